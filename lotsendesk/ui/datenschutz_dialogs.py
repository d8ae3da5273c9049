"""Data protection in the GUI: where to save an Auskunft, and the list "Zur Löschung fällig"."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.formatting import format_date
from lotsendesk.services.aufbewahrung import Aufbewahrung


def ask_auskunft_path(parent: QWidget, suggested: str) -> Path | None:
    """The file to write the Auskunft to (.pdf or .json); None when cancelled. Module level: tests replace it."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DatenschutzDialogs", "Auskunft speichern"),
        suggested,
        QCoreApplication.translate("DatenschutzDialogs", "PDF für die Person (*.pdf);;JSON für Programme (*.json)"),
    )
    return Path(name) if name else None


class FaelligDialog(QDialog):
    """Departed Lots*innen whose retention has passed: who, Austritt, kept until."""

    def __init__(self, due: list[Aufbewahrung], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zur Löschung fällig"))
        layout = QVBoxLayout(self)
        if due:
            text = self.tr(
                "Diese ausgeschiedenen Lots*innen müssen nicht mehr aufbewahrt werden. Auf der Seite Lots*innen "
                "auswählen und „Anonymisieren…“ wählen: Personendaten werden entfernt, die Zahlen bleiben."
            )
        else:
            text = self.tr("Niemand ist zur Löschung fällig.")
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.table = QTableWidget(len(due), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nr."), self.tr("Name"), self.tr("Austritt"), self.tr("Aufbewahrung bis")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, item in enumerate(due):
            values = (item.nr, item.name, format_date(item.austritt), _until(self, item.bis))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(due))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)


def _until(widget: QWidget, bis: date | None) -> str:
    return format_date(bis) if bis else QCoreApplication.translate("DatenschutzDialogs", "keine Pflicht")
