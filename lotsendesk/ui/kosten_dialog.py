"""One cost of a course (a Beleg): Datum, Kategorie, Empfänger*in, Grund, Betrag, förderfähig. Changing the
Kategorie sets "förderfähig" to what that kind usually is (Verpflegung: no); the box can still be changed.
The dialog stores the cost itself; after Accepted ``row`` (as stored, with its Beleg-Nr.) and ``before`` (None
for a new one) are there for the undo entry."""

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from lotsendesk.domain import qualifizierung as q
from lotsendesk.domain.dates import format_date
from lotsendesk.services import kurse
from lotsendesk.ui.foerderjahr_dialog import FormDialog, format_amount
from lotsendesk.ui.kurse_models import kategorie_label
from lotsendesk.ui.rollen_editor import date_line_edit


class KostenDialog(FormDialog):
    FIELD_ORDER = ("datum", "kategorie", "empfaenger", "beschreibung", "betrag", "foerderfaehig")

    def __init__(
        self,
        db,
        kurs_id: int,
        row: kurse.KostenRow | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.kurs_id = kurs_id
        self.kosten_id: int | None = row.id if row else None
        self.before: kurse.KostenData | None = row.data if row else None
        self.row: kurse.KostenRow | None = None
        if row is None:
            self.setWindowTitle(self.tr("Kosten erfassen"))
        else:
            self.setWindowTitle(self.tr("Beleg %1 berichtigen").replace("%1", row.beleg_nr))
        self.datum_edit = date_line_edit(self.tr("Datum"))
        self.kategorie_combo = QComboBox()
        for kategorie in q.Kategorie:
            self.kategorie_combo.addItem(kategorie_label(kategorie), kategorie)
        self.empfaenger_edit = QLineEdit()
        self.empfaenger_edit.setMaxLength(200)
        self.empfaenger_edit.setPlaceholderText(self.tr("z. B. Name der Referentin, Gemeindehaus"))
        self.beschreibung_edit = QLineEdit()
        self.beschreibung_edit.setPlaceholderText(self.tr("z. B. Honorar 1. Kurstag, 8 UE"))
        self.betrag_edit = self._money_edit("480,00")
        self.foerderfaehig_check = QCheckBox(self.tr("förderfähig"))

        box = QWidget()
        form = self._form(box, flush=True)
        if row is not None:
            beleg = QLabel(row.beleg_nr)
            self._add_row(
                form,
                self.tr("Beleg-Nr."),
                beleg,
                "beleg",
                self.tr("Die Nummer bleibt; der Beleg wird berichtigt."),
            )
        self._add_row(form, self.tr("Datum *"), self.datum_edit, "datum", self.tr("Tag der Zahlung oder Rechnung."))
        self._add_row(form, self.tr("Kategorie *"), self.kategorie_combo, "kategorie")
        self._add_row(form, self.tr("Empfänger*in *"), self.empfaenger_edit, "empfaenger")
        self._add_row(form, self.tr("Grund"), self.beschreibung_edit, "beschreibung")
        self._add_row(form, self.tr("Betrag (€) *"), self.betrag_edit, "betrag")
        self.foerderfaehig_hint = self._add_row(
            form, self.tr("Förderung"), self.foerderfaehig_check, "foerderfaehig", " "
        )
        self._lay_out(box)

        start = self.before
        if start is not None:
            self.datum_edit.setText(format_date(start.datum))
            self.kategorie_combo.setCurrentIndex(max(0, self.kategorie_combo.findData(start.kategorie)))
            self.empfaenger_edit.setText(start.empfaenger)
            self.beschreibung_edit.setText(start.beschreibung)
            self.betrag_edit.setText(format_amount(start.betrag))
            self.foerderfaehig_check.setChecked(start.foerderfaehig)
        else:
            self.datum_edit.setText(format_date(today or date.today()))
            self.foerderfaehig_check.setChecked(
                q.FOERDERFAEHIG_VORGABE[q.Kategorie(self.kategorie_combo.currentData())]
            )
        self._update_hint()
        self.kategorie_combo.currentIndexChanged.connect(self._kategorie_changed)
        self.foerderfaehig_check.toggled.connect(lambda _on: self._update_hint())
        self.datum_edit.editingFinished.connect(lambda: self._date_left(self.datum_edit, "datum"))
        self.betrag_edit.editingFinished.connect(lambda: self._money_left(self.betrag_edit, "betrag"))
        self.betrag_edit.textEdited.connect(lambda _text: self._set_error("betrag", ""))
        self.empfaenger_edit.textEdited.connect(lambda _text: self._set_error("empfaenger", ""))
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())
        (self.betrag_edit if row is not None else self.datum_edit).setFocus()

    def _kategorie_changed(self) -> None:
        kategorie = q.Kategorie(self.kategorie_combo.currentData())
        self.foerderfaehig_check.setChecked(q.FOERDERFAEHIG_VORGABE[kategorie])
        self._update_hint()

    def _update_hint(self) -> None:
        if self.foerderfaehig_check.isChecked():
            text = self.tr("Zählt zu den förderfähigen Kosten (bis zum Höchstbetrag).")
        else:
            text = self.tr("Trägt der Träger selbst; Verpflegung ist meist nicht förderfähig.")
        self.foerderfaehig_hint.setText(text)

    def data(self, errors: dict[str, str]) -> kurse.KostenData:
        datum = self._read_required_date(self.datum_edit, "datum", errors) or date.today()
        return kurse.KostenData(
            datum=datum,
            kategorie=q.Kategorie(self.kategorie_combo.currentData()),
            betrag=self._read_money(self.betrag_edit, "betrag", errors, None),
            empfaenger=self.empfaenger_edit.text(),
            beschreibung=self.beschreibung_edit.text(),
            foerderfaehig=self.foerderfaehig_check.isChecked(),
        )

    def accept(self) -> None:
        errors: dict[str, str] = {}
        data = self.data(errors)
        if not data.empfaenger.strip():
            errors.setdefault("empfaenger", self.tr("Bitte angeben, an wen gezahlt wurde."))
        if errors:
            self.show_errors(errors)
            return

        def store() -> None:
            if self.kosten_id is None:
                self.row = kurse.add_cost(self.db, self.kurs_id, data)
                self.kosten_id = self.row.id
            else:
                kurse.update_cost(self.db, self.kosten_id, data)
                stored = kurse.get_course(self.db, self.kurs_id).kosten
                self.row = next(r for r in stored if r.id == self.kosten_id)

        if self._store(store):
            super().accept()

    def changed(self) -> bool:
        return self.before is None or (self.row is not None and self.row.data != self.before)
