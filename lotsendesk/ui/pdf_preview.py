"""The pages of a PDF inside the app, rendered with pdfium (pypdfium2), and printing them.

QtPdf would show PDFs natively but lives in the 440 MB PySide6-Addons; pdfium is one small wheel. Only the first
``MAX_PAGES`` pages are shown — a Stundennachweis of 250 pages is looked at in the PDF viewer, not here.
"""

from pathlib import Path

import pypdfium2
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

MAX_PAGES = 30
PREVIEW_WIDTH = 640  # pixels of a page in the preview
PRINT_DPI = 300


def render_page(document: pypdfium2.PdfDocument, index: int, width: int) -> QImage:
    """Page ``index`` as an image ``width`` pixels wide."""
    page = document[index]
    try:
        page_width, _ = page.get_size()
        bitmap = page.render(scale=width / page_width, rev_byteorder=True, prefer_bgrx=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
        return image.copy()  # the bitmap's memory goes with it
    finally:
        page.close()


class PdfPreview(QScrollArea):
    """A vertical strip of page images; ``show_pdf`` replaces it, ``show_message`` shows a hint instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("pdfPreview")
        self.page_labels: list[QLabel] = []
        self.page_count = 0
        self.show_message("")

    def show_message(self, text: str) -> None:
        self.page_labels, self.page_count = [], 0
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("previewMessage")
        self.setWidget(label)

    def show_pdf(self, path: Path) -> int:
        """Render the pages of ``path``; returns how many pages the file has."""
        content = QWidget()
        content.setObjectName("previewPages")
        layout = QVBoxLayout(content)
        layout.setSpacing(14)
        layout.setContentsMargins(14, 14, 14, 14)
        labels = []
        document = pypdfium2.PdfDocument(str(path))
        try:
            count = len(document)
            for index in range(min(count, MAX_PAGES)):
                label = QLabel()
                label.setPixmap(QPixmap.fromImage(render_page(document, index, PREVIEW_WIDTH)))
                label.setFrameShape(QFrame.Shape.Box)
                label.setAccessibleName(self.tr("Seite %1").replace("%1", str(index + 1)))
                layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
                labels.append(label)
        finally:
            document.close()
        if count > MAX_PAGES:
            more = QLabel(
                self.tr("… und %1 weitere Seiten. Das ganze Dokument zeigt „Öffnen“.").replace(
                    "%1", str(count - MAX_PAGES)
                )
            )
            layout.addWidget(more, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setWidget(content)
        self.page_labels, self.page_count = labels, count
        return count


def print_pdf(parent: QWidget, path: Path) -> bool:
    """Ask for a printer and print every page of ``path``; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document = pypdfium2.PdfDocument(str(path))
    painter = QPainter()
    try:
        if not painter.begin(printer):
            return False
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(len(document)):
            if index:
                printer.newPage()
            width_inches, _ = (size / 72 for size in document[index].get_size())
            image = render_page(document, index, int(width_inches * min(printer.resolution(), PRINT_DPI)))
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(area.topLeft().x(), area.topLeft().y(), image.scaled(scaled))
        return True
    finally:
        if painter.isActive():
            painter.end()
        document.close()
