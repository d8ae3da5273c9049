"""The app's one icon set (resources/icons/*.svg, drawn in the accent colour) for the sidebar and buttons.

A button in the accent style (``QPushButton#primary``: white text on the accent colour) gets the same icon drawn
in white, so it stays visible; ``set_primary`` switches style and icon together."""

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QPushButton

from lotsendesk.paths import resources_dir

ACCENT = "#1f5f8b"  # the stroke colour of every SVG in resources/icons (and app.STYLE's accent)
_SIZES = (16, 24, 32, 48)
_NAME = "lotsendesk_icon"  # button property: which icon it shows


@cache
def icon(name: str, light: bool = False) -> QIcon:
    """``resources/icons/<name>.svg``; ``light``: drawn in white for a button in the accent style."""
    svg = (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")
    if light:
        svg = svg.replace(ACCENT, "#ffffff")
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in _SIZES:  # rendered per size: crisp at any scale, no blurry downscaling
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def set_icon(button: QPushButton, name: str) -> None:
    """Give ``button`` the icon ``name``, in white while it is in the accent style."""
    button.setProperty(_NAME, name)
    button.setIcon(icon(name, light=button.objectName() == "primary"))


def set_primary(button: QPushButton, primary: bool) -> None:
    """The accent style (app.STYLE's ``QPushButton#primary``) on or off, with its icon in the matching colour."""
    name = "primary" if primary else ""
    if button.objectName() != name:
        button.setObjectName(name)
        button.style().unpolish(button)  # the style sheet applies only after a re-polish
        button.style().polish(button)
    if button.property(_NAME):
        button.setIcon(icon(button.property(_NAME), light=primary))
