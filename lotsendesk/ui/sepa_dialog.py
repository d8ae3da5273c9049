"""The SEPA transfer file of a payout run: what it will hold, who is left out and why, the execution date, and
where to save it (for the upload in online banking)."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.formatting import format_money
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.sepa import SepaPlan, sepa_plan, write_sepa
from lotsendesk.ui.i18n import localized


def choose_xml_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save the XML file (a module function, so tests can answer it)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SepaDialog", "SEPA-Datei speichern"),
        str(Path(folder) / suggested),
        QCoreApplication.translate("SepaDialog", "SEPA-Überweisungsdatei (*.xml)"),
    )
    if not name:
        return None
    return Path(name) if name.lower().endswith(".xml") else Path(name + ".xml")


class SepaDialog(QDialog):
    """Built for one run; ``written`` is the path after a successful save."""

    def __init__(self, db, lauf_id: int, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.lauf_id = db, lauf_id
        self.today = today or date.today()
        self.written: Path | None = None
        self.plan: SepaPlan = sepa_plan(db, lauf_id)  # ServiceError: the caller says so
        self.setWindowTitle(self.tr("SEPA-Datei für Auszahlungslauf %1").replace("%1", str(lauf_id)))
        layout = QVBoxLayout(self)
        count = len(self.plan.transfers)
        summary = QLabel(
            self.tr("%1 Überweisungen, zusammen %2. Die Datei wird im Online-Banking hochgeladen.")
            .replace("%1", str(count))
            .replace("%2", format_money(self.plan.total))
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if self.plan.left_out:
            layout.addWidget(QLabel(self.tr("Nicht in der Datei:")))
            self.left_out_list = QListWidget()
            for item in self.plan.left_out:
                self.left_out_list.addItem(
                    f"{item.beleg_nr} {item.name} ({format_money(item.betrag)}): {localized(item.grund)}"
                )
            self.left_out_list.setMaximumHeight(self.left_out_list.sizeHintForRow(0) * 6 + 8)
            layout.addWidget(self.left_out_list)
        else:
            self.left_out_list = None
        form = QFormLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate(self.today.year, self.today.month, self.today.day))
        default = self.plan.execution_date(self.today)
        self.date_edit.setDate(QDate(default.year, default.month, default.day))
        form.addRow(self.tr("Ausführungsdatum:"), self.date_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Speichern unter…"))
        self.save_button.setEnabled(count > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def execution_date(self) -> date:
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def accept(self) -> None:
        path = choose_xml_path(self, f"SEPA Auszahlungslauf {self.lauf_id}.xml")
        if path is None:
            return
        try:
            write_sepa(self.db, self.lauf_id, path, execution_date=self.execution_date(), today=self.today)
        except ServiceError as error:
            QMessageBox.warning(self, self.windowTitle(), localized(error.message))
            return
        self.written = path
        super().accept()
