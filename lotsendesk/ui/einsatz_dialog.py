"""Editing one recorded Einsatz: the same fields and checks as the entry row, in a dialog."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from lotsendesk.services.database import Database
from lotsendesk.services.einsaetze import EinsatzData, update_einsatz
from lotsendesk.services.lotsen import LotseRef
from lotsendesk.services.taetigkeiten import TaetigkeitRow
from lotsendesk.ui.einsatz_form import EinsatzForm


class EinsatzDialog(QDialog):
    """Saves through the service itself so errors stay in the form; ``before``/``after`` feed the undo entry."""

    def __init__(
        self,
        db: Database,
        einsatz_id: int,
        data: EinsatzData,
        lotsen: list[LotseRef],
        taetigkeiten: list[TaetigkeitRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einsatz bearbeiten"))
        self.db = db
        self.einsatz_id = einsatz_id
        self.before: EinsatzData = data
        self.after: EinsatzData | None = None
        self.form = EinsatzForm(self)
        self.form.set_lotsen(lotsen)
        self.form.set_taetigkeiten(taetigkeiten)
        self.form.set_data(data)
        self.form.submitted.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(900, self.sizeHint().height())

    def accept(self) -> None:
        saved = self.form.save_with(lambda data: update_einsatz(self.db, self.einsatz_id, data))
        if saved is None:
            return
        self.after = saved[0]
        super().accept()
