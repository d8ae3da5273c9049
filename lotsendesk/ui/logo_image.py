"""The Träger's logo for the documents: a PNG, JPEG or SVG file the user chooses, scaled and turned into PNG
bytes (what services.traeger stores), and a preview of stored PNG bytes.

Qt does the reading (its image plugins, QtSvg for SVG), so no other image library is needed in the UI.
The file chooser is a module function so tests can answer it.
"""

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFileDialog, QWidget

from lotsendesk.domain.formatting import format_number
from lotsendesk.services.traeger import MAX_LOGO_BYTES

# 12 mm in print is about 140 px at 300 dpi; 360 px keeps it sharp on any printer and small in the database.
MAX_HEIGHT = 360
MAX_WIDTH = 1440  # a very wide logo is shrunk on the page anyway (reports.base.LOGO_MAX_WIDTH)
MAX_FILE_BYTES = 20_000_000  # a logo file larger than this is surely a photo or the wrong file


class LogoError(ValueError):
    """The file cannot be used as a logo; ``str(error)`` is the message for the user (translated)."""


def choose_logo_file(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask for a picture file; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Logo", "Logo für die Dokumente wählen"),
        str(start or Path.home()),
        QCoreApplication.translate("Logo", "Bilder (*.png *.jpg *.jpeg *.svg);;Alle Dateien (*)"),
    )
    return Path(name) if name else None


def logo_png_from_file(path: Path) -> bytes:
    """The picture at ``path`` as PNG bytes, at most MAX_WIDTH × MAX_HEIGHT pixels, aspect kept (an SVG is
    drawn at that size, a photo-sized PNG/JPEG shrunk, a small one left as it is). LogoError if unusable."""
    try:
        size = path.stat().st_size
    except OSError:
        raise LogoError(
            QCoreApplication.translate("Logo", "Die Datei „%1“ lässt sich nicht öffnen.").replace("%1", path.name)
        ) from None
    if size > MAX_FILE_BYTES:
        raise LogoError(
            QCoreApplication.translate(
                "Logo", "Die Datei „%1“ ist sehr groß (über 20 MB). Bitte eine kleinere Bilddatei wählen."
            ).replace("%1", path.name)
        )
    image = _render_svg(path) if path.suffix.lower() in (".svg", ".svgz") else _read_raster(path)
    if image.isNull() or image.width() < 1 or image.height() < 1:
        raise LogoError(
            QCoreApplication.translate(
                "Logo", "„%1“ ist kein lesbares Bild. Bitte eine PNG-, JPEG- oder SVG-Datei wählen."
            ).replace("%1", path.name)
        )
    if image.width() > MAX_WIDTH or image.height() > MAX_HEIGHT:
        image = image.scaled(
            QSize(MAX_WIDTH, MAX_HEIGHT),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    png = _png_bytes(image)
    while len(png) > MAX_LOGO_BYTES and image.height() > 1:  # a photo: smaller until the database takes it
        image = image.scaled(
            max(1, image.width() * 3 // 4),
            max(1, image.height() * 3 // 4),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        png = _png_bytes(image)
    return png


def logo_pixmap(png: bytes, height: int) -> QPixmap:
    """A preview of stored PNG bytes, ``height`` pixels high (a null pixmap for none)."""
    pixmap = QPixmap()
    if not png or not pixmap.loadFromData(png, "PNG"):
        return QPixmap()
    return pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)


def _read_raster(path: Path) -> QImage:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a JPEG from a phone may be stored rotated
    size = reader.size()
    too_large = size.isValid() and (size.width() > MAX_WIDTH or size.height() > MAX_HEIGHT)
    if too_large and reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize):  # JPEG: decoded small
        reader.setScaledSize(size.scaled(QSize(MAX_WIDTH, MAX_HEIGHT), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull() and too_large and size.width() * size.height() * 4 > QImageReader.allocationLimit() << 20:
        raise LogoError(  # more pixels than Qt reads at once: a readable picture, just far too large
            QCoreApplication.translate(
                "Logo", "„%1“ hat sehr viele Pixel (%2 × %3 Pixel). Bitte eine kleinere Fassung des Logos wählen."
            )
            .replace("%1", path.name)
            .replace("%2", format_number(Decimal(size.width()), 0))
            .replace("%3", format_number(Decimal(size.height()), 0))
        )
    return image


def _render_svg(path: Path) -> QImage:
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        return QImage()
    size = renderer.defaultSize()
    if size.isEmpty():
        size = QSize(MAX_HEIGHT, MAX_HEIGHT)
    size = size.scaled(QSize(MAX_WIDTH, MAX_HEIGHT), Qt.AspectRatioMode.KeepAspectRatio)  # vectors: as large as kept
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
