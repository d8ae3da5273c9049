"""One Termin of a course: Datum, Beginn, Ende, UE, Thema. The dialog stores it itself (each message under its
field); after Accepted ``termin_id``, ``before`` (None for a new one) and ``after`` are there for the undo entry."""

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from lotsendesk.domain.dates import format_date
from lotsendesk.services import kurse
from lotsendesk.ui.foerderjahr_dialog import FormDialog
from lotsendesk.ui.rollen_editor import date_line_edit


class TerminDialog(FormDialog):
    FIELD_ORDER = ("datum", "beginn", "ende", "ue", "thema")

    def __init__(
        self,
        db,
        kurs_id: int,
        termin: kurse.TerminRow | None = None,
        parent: QWidget | None = None,
        suggestion: kurse.TerminData | None = None,
    ) -> None:
        """``suggestion`` fills a new Termin (e.g. a week after the last one, same times and UE)."""
        super().__init__(parent)
        self.db = db
        self.kurs_id = kurs_id
        self.termin_id: int | None = termin.id if termin else None
        self.before: kurse.TerminData | None = termin.data if termin else None
        self.after: kurse.TerminData | None = None
        self.setWindowTitle(self.tr("Neuer Termin") if termin is None else self.tr("Termin bearbeiten"))
        self.datum_edit = date_line_edit(self.tr("Datum"))
        self.beginn_edit = QLineEdit()
        self.beginn_edit.setPlaceholderText("09:00")
        self.beginn_edit.setAccessibleName(self.tr("Beginn"))
        self.ende_edit = QLineEdit()
        self.ende_edit.setPlaceholderText("16:00")
        self.ende_edit.setAccessibleName(self.tr("Ende"))
        for edit in (self.beginn_edit, self.ende_edit):
            edit.setMaxLength(5)
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00:000") + 24)
        until = QLabel(self.tr("bis"))
        until.setBuddy(self.ende_edit)
        times = self._joined(self.beginn_edit, until, self.ende_edit)
        self.ue_spin = QSpinBox()
        self.ue_spin.setRange(1, 12)
        self.ue_spin.setFixedWidth(self.ue_spin.fontMetrics().horizontalAdvance("000") + 48)
        self.thema_edit = QLineEdit()
        self.thema_edit.setMaxLength(300)
        self.thema_edit.setPlaceholderText(self.tr("z. B. Rolle und Grenzen der Lots*innen"))

        box = QWidget()
        form = self._form(box, flush=True)
        self._add_row(form, self.tr("Datum *"), self.datum_edit, "datum")
        self._add_row(form, self.tr("Zeit"), times, "beginn", buddy=self.beginn_edit)
        self.fields["ende"] = self.ende_edit
        self.error_labels["ende"] = self.error_labels["beginn"]
        self._add_row(
            form,
            self.tr("UE *"),
            self.ue_spin,
            "ue",
            self.tr("Unterrichtseinheiten zu 45 Minuten; ein ganzer Tag hat meist 8 UE."),
        )
        self._add_row(form, self.tr("Thema"), self.thema_edit, "thema")
        self._lay_out(box)
        self.datum_edit.editingFinished.connect(lambda: self._date_left(self.datum_edit, "datum"))

        start = self.before or suggestion
        if start is not None:
            self.datum_edit.setText(format_date(start.datum))
            self.beginn_edit.setText(start.beginn)
            self.ende_edit.setText(start.ende)
            self.ue_spin.setValue(start.ue)
            self.thema_edit.setText(start.thema if self.before else "")
        else:
            self.ue_spin.setValue(8)
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())
        self.datum_edit.setFocus()
        self.datum_edit.selectAll()

    def data(self, errors: dict[str, str]) -> kurse.TerminData:
        datum = self._read_required_date(self.datum_edit, "datum", errors) or date.today()
        return kurse.TerminData(
            datum, self.ue_spin.value(), self.beginn_edit.text(), self.ende_edit.text(), self.thema_edit.text()
        )

    def accept(self) -> None:
        errors: dict[str, str] = {}
        data = self.data(errors)
        if errors:
            self.show_errors(errors)
            return

        def store() -> None:
            if self.termin_id is None:
                self.termin_id = kurse.add_termin(self.db, self.kurs_id, data)
            else:
                kurse.update_termin(self.db, self.termin_id, data)
            stored = kurse.get_course(self.db, self.kurs_id).termine
            self.after = next((t.data for t in stored if t.id == self.termin_id), data)

        if self._store(store):
            super().accept()

    def changed(self) -> bool:
        return self.before is None or self.after != self.before
