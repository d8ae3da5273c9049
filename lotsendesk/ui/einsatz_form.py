"""The keyboard-first entry row for Einsätze: Lots*in, Datum, Dauer, Tätigkeit, Bemerkung – Enter saves.

Also used in the dialog that edits a recorded Einsatz, so both check input the same way.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QGridLayout, QLabel, QLineEdit, QWidget

from lotsendesk.domain.datenschutz import note_warnings
from lotsendesk.domain.dates import format_date, parse_date
from lotsendesk.domain.durations import parse_duration
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.formatting import format_hours
from lotsendesk.services.einsaetze import EinsatzData
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.lotsen import LotseRef
from lotsendesk.services.taetigkeiten import TaetigkeitRow
from lotsendesk.ui.i18n import localized

T = TypeVar("T")

FIELDS = ("lotse", "datum", "dauer", "taetigkeit", "bemerkung")


@dataclass(frozen=True)
class LotseChoice:
    id: int
    nr: str
    label: str  # "7 – Yılmaz, Şükrü"


class EinsatzForm(QWidget):
    """Emits ``submitted`` when Enter is pressed and every required field is filled."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[LotseChoice] = []
        self._taetigkeiten: list[TaetigkeitRow] = []
        self._field_messages: dict[str, str] = {}
        self.today = date.today

        self.lotse_edit = QLineEdit()
        self.lotse_edit.setPlaceholderText(self.tr("Nr. oder Name"))
        self._lotse_model = QStringListModel(self)
        completer = QCompleter(self._lotse_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.lotse_edit.setCompleter(completer)

        self.datum_edit = QLineEdit()
        self.datum_edit.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.datum_edit.setText(format_date(date.today()))
        self.dauer_edit = QLineEdit()
        self.dauer_edit.setPlaceholderText(self.tr("z. B. 2,5 oder 2:30"))
        self.taetigkeit_combo = QComboBox()
        self.taetigkeit_combo.setEditable(True)
        self.taetigkeit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.taetigkeit_combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.taetigkeit_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.taetigkeit_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.bemerkung_edit = QLineEdit()
        self.bemerkung_edit.setPlaceholderText(self.tr("ohne Namen begleiteter Personen"))

        labels = (
            self.tr("Lots*in *"),
            self.tr("Datum *"),
            self.tr("Dauer (Std.) *"),
            self.tr("Tätigkeit"),
            self.tr("Bemerkung"),
        )
        self.inputs: dict[str, QWidget] = {
            "lotse": self.lotse_edit,
            "datum": self.datum_edit,
            "dauer": self.dauer_edit,
            "taetigkeit": self.taetigkeit_combo,
            "bemerkung": self.bemerkung_edit,
        }
        self.error_labels: dict[str, QLabel] = {}
        grid = self._grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for column, (key, text) in enumerate(zip(FIELDS, labels, strict=True)):
            label = QLabel(text)
            label.setBuddy(self.inputs[key])
            self.inputs[key].setAccessibleName(text.rstrip(" *"))
            error = QLabel()
            error.setObjectName("fieldError")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.setVisible(False)
            self.error_labels[key] = error
            grid.addWidget(label, 0, column)
            grid.addWidget(self.inputs[key], 1, column)
            grid.addWidget(error, 2, column, Qt.AlignmentFlag.AlignTop)
        # Data protection (domain.md §6 rule 37): a warning under the Bemerkung, never a refusal – as you type.
        self.bemerkung_warning = QLabel()
        self.bemerkung_warning.setObjectName("fieldWarning")
        self.bemerkung_warning.setStyleSheet("color: #8a5300;")
        self.bemerkung_warning.setWordWrap(True)
        self.bemerkung_warning.setVisible(False)
        grid.addWidget(self.bemerkung_warning, 3, FIELDS.index("bemerkung"), Qt.AlignmentFlag.AlignTop)
        self.bemerkung_edit.textChanged.connect(self._check_bemerkung)
        for column, stretch in enumerate((3, 2, 2, 3, 4)):
            grid.setColumnStretch(column, stretch)

        for edit in (
            self.lotse_edit,
            self.datum_edit,
            self.dauer_edit,
            self.bemerkung_edit,
            self.taetigkeit_combo.lineEdit(),
        ):
            edit.returnPressed.connect(self._on_enter)
        self.lotse_edit.editingFinished.connect(self._check_lotse_quietly)
        self.datum_edit.editingFinished.connect(lambda: self._check_field("datum"))
        self.dauer_edit.editingFinished.connect(lambda: self._check_field("dauer"))

    def add_button(self, button: QWidget) -> None:
        """A button on the line of the inputs (the entry row's "Erfassen")."""
        self._grid.addWidget(button, 1, len(FIELDS))

    # choices -----------------------------------------------------------------------------------
    def set_lotsen(self, rows: list[LotseRef]) -> None:
        self._choices = [LotseChoice(r.id, r.nr, f"{r.nr} – {r.name}") for r in rows]
        self._lotse_model.setStringList([c.label for c in self._choices])

    def set_taetigkeiten(self, rows: list[TaetigkeitRow]) -> None:
        current = self.taetigkeit_combo.currentText()
        self._taetigkeiten = rows
        self.taetigkeit_combo.clear()
        self.taetigkeit_combo.addItem("")
        self.taetigkeit_combo.addItems([t.name for t in rows])
        self.taetigkeit_combo.setCurrentText(current)

    # values ------------------------------------------------------------------------------------
    def set_data(self, data: EinsatzData) -> None:
        choice = next((c for c in self._choices if c.id == data.lotse_id), None)
        self.lotse_edit.setText(choice.label if choice else "")
        self.datum_edit.setText(format_date(data.datum))
        self.dauer_edit.setText(format_hours(data.minuten))
        name = next((t.name for t in self._taetigkeiten if t.id == data.taetigkeit_id), "")
        self.taetigkeit_combo.setCurrentText(name)
        self.bemerkung_edit.setText(data.bemerkung)

    def read(self) -> EinsatzData:
        """The typed Einsatz; InputErrors with a message per field if something cannot be read."""
        errors: list[ValidationError] = []
        lotse_id = datum = minuten = taetigkeit_id = None
        for key, parse in (
            ("lotse", self._parse_lotse),
            ("datum", lambda: parse_date(self.datum_edit.text(), today=self.today())),
            ("dauer", lambda: parse_duration(self.dauer_edit.text())),
            ("taetigkeit", self._parse_taetigkeit),
        ):
            try:
                value = parse()
            except ValidationError as error:
                errors.append(ValidationError(error.message, key))
                continue
            if key == "lotse":
                lotse_id = value
            elif key == "datum":
                datum = value
            elif key == "dauer":
                minuten = value
            else:
                taetigkeit_id = value
        if errors:
            raise InputErrors(errors)
        return EinsatzData(lotse_id, datum, minuten, taetigkeit_id, self.bemerkung_edit.text())  # type: ignore[arg-type]

    def save_with(self, save: Callable[[EinsatzData], T]) -> tuple[EinsatzData, T] | None:
        """Read the fields and hand them to ``save`` (a service call); any error lands under its field and
        None comes back – the typed input stays as it is."""
        try:
            data = self.read()
            result = save(data)
        except InputErrors as errors:
            self.show_errors(errors.by_field())
            return None
        except ServiceError as error:
            self.show_errors({"lotse": error.message})
            return None
        self.clear_errors()
        return data, result

    def show_errors(self, by_field: dict[str, str]) -> None:
        for key, label in self.error_labels.items():
            message = localized(by_field.get(key, ""))
            label.setText(message)
            label.setVisible(bool(message))
        first = next((k for k in FIELDS if by_field.get(k)), None)
        if first:
            self.inputs[first].setFocus()

    def clear_errors(self) -> None:
        self.show_errors({})

    def prepare_next(self, saved: EinsatzData) -> None:
        """After saving: keep Lots*in and Datum, empty the rest, cursor on Datum for the next line."""
        self.lotse_edit.completer().popup().hide()
        choice = next((c for c in self._choices if c.id == saved.lotse_id), None)
        if choice is not None:
            self.lotse_edit.setText(choice.label)
        self.datum_edit.setText(format_date(saved.datum))
        self.dauer_edit.clear()
        self.taetigkeit_combo.setCurrentIndex(0)
        self.bemerkung_edit.clear()
        self.clear_errors()
        self.datum_edit.setFocus()
        self.datum_edit.selectAll()

    # parsing -----------------------------------------------------------------------------------
    def _parse_lotse(self) -> int:
        text = self.lotse_edit.text().strip()
        if not text:
            raise ValidationError(self.tr("Bitte eine*n Lots*in angeben (Nr. oder Name)."), "lotse")
        key = text.casefold()
        for choice in self._choices:
            if choice.label.casefold() == key or choice.nr.casefold() == key:
                return choice.id
        matches = [c for c in self._choices if key in c.label.casefold()]
        if len(matches) == 1:
            return matches[0].id
        if matches:
            raise ValidationError(
                self.tr("„%1“ passt auf %2 Personen – bitte genauer eingeben.")
                .replace("%1", text)
                .replace("%2", str(len(matches))),
                "lotse",
            )
        raise ValidationError(self.tr("Keine*n Lots*in mit „%1“ gefunden.").replace("%1", text), "lotse")

    def _parse_taetigkeit(self) -> int | None:
        text = self.taetigkeit_combo.currentText().strip()
        if not text:
            return None
        for row in self._taetigkeiten:
            if row.name.casefold() == text.casefold():
                return row.id
        matches = [r for r in self._taetigkeiten if text.casefold() in r.name.casefold()]
        if len(matches) == 1:
            return matches[0].id
        raise ValidationError(
            self.tr(
                "Die Tätigkeit „%1“ gibt es nicht. Bitte aus der Liste wählen (Liste ändern: Bearbeiten → "
                "Tätigkeiten bearbeiten)."
            ).replace("%1", text),
            "taetigkeit",
        )

    def _check_field(self, key: str) -> None:
        """Validation as you type: a field is checked when the cursor leaves it (or Enter is pressed).

        A message from saving (e.g. more than 24 hours that day) stays until the next save attempt.
        """
        try:
            if key == "datum":
                parse_date(self.datum_edit.text(), today=self.today())
            elif key == "dauer" and self.dauer_edit.text().strip():
                parse_duration(self.dauer_edit.text())
            message = ""
        except ValidationError as error:
            message = localized(error.message)
        label = self.error_labels[key]
        if message or label.text() == self._field_messages.get(key):
            label.setText(message)
            label.setVisible(bool(message))
        self._field_messages[key] = message

    def _check_bemerkung(self) -> None:
        """Warn when the Bemerkung looks like it holds data of a begleitete Person (phone, e-mail, birth date)."""
        warnings = note_warnings(self.bemerkung_edit.text(), self.today())
        self.bemerkung_warning.setText("\n".join(localized(w) for w in warnings))
        self.bemerkung_warning.setVisible(bool(warnings))

    def _check_lotse_quietly(self) -> None:
        """Complete a unique Nr or name to the full label when the field is left."""
        try:
            lotse_id = self._parse_lotse()
        except ValidationError:
            return
        choice = next(c for c in self._choices if c.id == lotse_id)
        if self.lotse_edit.text() != choice.label:
            self.lotse_edit.setText(choice.label)
        self.error_labels["lotse"].setVisible(False)

    def _on_enter(self) -> None:
        """Enter saves when Lots*in, Datum and Dauer are filled; otherwise it moves to the first empty one."""
        for key in ("lotse", "datum", "dauer"):
            widget = self.inputs[key]
            if isinstance(widget, QLineEdit) and not widget.text().strip():
                widget.setFocus()
                return
        self.submitted.emit()
