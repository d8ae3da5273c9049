"""Adding or editing one Lots*in: labels left, fields right, each message in plain German under its field.

The dialog calls the service itself (create or update) so that every error lands beside the field it
belongs to and nothing typed is lost; afterwards ``saved_id``, ``before`` and ``after`` tell the page what
happened, for its undo entry.
"""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.dates import format_date, parse_optional_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.iban import format_iban, normalize_iban, validate_iban
from lotsendesk.domain.lotse_record import LotseData, RolleAb, check_lotse, normalized
from lotsendesk.domain.messages import join
from lotsendesk.domain.people import Rolle, Status, display_name, suggest_nr
from lotsendesk.services.lotsen import create_lotse, get_lotse, list_lotsen, update_lotse
from lotsendesk.ui.field_errors import FieldErrors
from lotsendesk.ui.lotsen_model import status_label
from lotsendesk.ui.rollen_editor import RollenEditor, date_line_edit

ERROR_STYLE = "color: #b00020;"

# The order in which fields are checked and focused after an error.
FIELD_ORDER = (
    "nr",
    "nachname",
    "vorname",
    "status",
    "eintritt",
    "austritt",
    "rollen",
    "qualifiziert_am",
    "email",
    "telefon",
    "anschrift",
    "iban",
    "sprachen",
    "notizen",
)


def set_muted(label: QLabel) -> None:
    """Hints in a calmer colour that still reads well: the text colour blended a little into the background."""
    palette = label.palette()
    text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    palette.setColor(
        QPalette.ColorRole.WindowText,
        QColor(
            round(text.red() * 0.68 + window.red() * 0.32),
            round(text.green() * 0.68 + window.green() * 0.32),
            round(text.blue() * 0.68 + window.blue() * 0.32),
        ),
    )
    label.setPalette(palette)


class LotseDialog(FieldErrors, QDialog):
    """``LotseDialog(db)`` adds a person, ``LotseDialog(db, lotse_id)`` edits one.

    After ``exec()`` returned Accepted: ``saved_id`` is the person's id, ``before`` the data before the
    edit (None for a new person) and ``after`` the data as stored.
    """

    FIELD_ORDER = FIELD_ORDER

    def focus_field(self, key: str) -> None:
        if key == "rollen":
            self.rollen_editor.focus_first()
        else:
            super().focus_field(key)

    def __init__(self, db, lotse_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lotse_id = lotse_id
        self.before: LotseData | None = get_lotse(db, lotse_id) if lotse_id is not None else None
        self.after: LotseData | None = None
        self.saved_id: int | None = None
        self._others = {row.nr: row.name for row in list_lotsen(db) if row.id != lotse_id}
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}

        if self.before is None:
            self.setWindowTitle(self.tr("Neue*r Lots*in"))
        else:
            name = display_name(self.before.nachname, self.before.vorname)
            self.setWindowTitle(self.tr("Lots*in bearbeiten – %1").replace("%1", name))
        self._build()
        self._fill(self.before)

    # building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.nr_edit = QLineEdit()
        self.nr_edit.setMaxLength(32)
        self.nachname_edit = QLineEdit()
        self.vorname_edit = QLineEdit()
        self.status_combo = QComboBox()
        for status in Status:
            self.status_combo.addItem(status_label(status), status)
        self.eintritt_edit = date_line_edit(self.tr("Eintritt"))
        self.austritt_edit = date_line_edit(self.tr("Austritt"))
        self.rollen_editor = RollenEditor()
        self.rollen_editor.setAccessibleName(self.tr("Rollen mit Datum des Wechsels"))
        self.qualifiziert_edit = date_line_edit(self.tr("Qualifiziert am"))
        self.email_edit = QLineEdit()
        self.telefon_edit = QLineEdit()
        self.anschrift_edit = QPlainTextEdit()
        self.anschrift_edit.setTabChangesFocus(True)
        self.anschrift_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.iban_edit = QLineEdit()
        self.iban_edit.setPlaceholderText("DE00 0000 0000 0000 0000 00")
        self.iban_edit.setMaxLength(42)
        self.sprachen_edit = QLineEdit()
        self.sprachen_edit.setPlaceholderText(self.tr("z. B. Arabisch, Türkisch, Englisch"))
        self.notizen_edit = QPlainTextEdit()
        self.notizen_edit.setTabChangesFocus(True)
        self.notizen_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

        person = QGroupBox(self.tr("Person und Rolle"))
        person_form = self._form(person)
        self._add_row(person_form, self.tr("Nr. *"), self.nr_edit, "nr")
        self._add_row(person_form, self.tr("Nachname *"), self.nachname_edit, "nachname")
        self._add_row(person_form, self.tr("Vorname"), self.vorname_edit, "vorname")
        self._add_row(person_form, self.tr("Status"), self.status_combo, "status")
        self._add_row(person_form, self.tr("Eintritt"), self.eintritt_edit, "eintritt")
        self._add_row(
            person_form,
            self.tr("Austritt"),
            self.austritt_edit,
            "austritt",
            self.tr("Einsätze vor dem Eintritt oder nach dem Austritt werden nicht angenommen."),
        )
        self._add_row(
            person_form,
            self.tr("Rolle"),
            self.rollen_editor,
            "rollen",
            self.tr("Bei einem Rollenwechsel fügen Sie eine Zeile mit dem Datum des Wechsels hinzu."),
        )
        self._add_row(
            person_form,
            self.tr("Qualifiziert am"),
            self.qualifiziert_edit,
            "qualifiziert_am",
            self.tr(
                "Abschluss der Basisqualifizierung. Leer lassen, solange sie fehlt – "
                "Stunden davor werden nicht abgerechnet."
            ),
        )

        contact = QGroupBox(self.tr("Kontakt und Auszahlung"))
        contact_form = self._form(contact)
        self._add_row(contact_form, self.tr("E-Mail"), self.email_edit, "email")
        self._add_row(contact_form, self.tr("Telefon"), self.telefon_edit, "telefon")
        self._add_row(
            contact_form,
            self.tr("Anschrift"),
            self.anschrift_edit,
            "anschrift",
            self.tr("Für Quittung und Jahresbescheinigung."),
        )
        self._add_row(contact_form, self.tr("IBAN"), self.iban_edit, "iban")
        self._add_row(contact_form, self.tr("Sprachen"), self.sprachen_edit, "sprachen")
        self._add_row(contact_form, self.tr("Notizen"), self.notizen_edit, "notizen")

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(person, 1)
        columns.addWidget(contact, 1)

        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        required = QLabel(self.tr("* Pflichtangabe"))
        set_muted(required)
        bottom = QHBoxLayout()
        bottom.addWidget(required)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addLayout(bottom)

        # Messages as you go: dates and IBAN when the field is left, and gone as soon as they are fixed.
        for key, edit in (
            ("eintritt", self.eintritt_edit),
            ("austritt", self.austritt_edit),
            ("qualifiziert_am", self.qualifiziert_edit),
        ):
            edit.editingFinished.connect(lambda key=key, edit=edit: self._date_left(key, edit))
            edit.textEdited.connect(lambda _text, key=key: self._recheck_if_shown(key))
        self.nr_edit.editingFinished.connect(self._nr_left)
        self.nr_edit.textEdited.connect(lambda _text: self._recheck_if_shown("nr"))
        self.nachname_edit.textEdited.connect(lambda _text: self._recheck_if_shown("nachname"))
        self.email_edit.editingFinished.connect(lambda: self._show_check("email"))
        self.email_edit.textEdited.connect(lambda _text: self._recheck_if_shown("email"))
        self.iban_edit.editingFinished.connect(self._iban_left)
        self.iban_edit.textEdited.connect(self._iban_edited)
        self.rollen_editor.changed.connect(lambda: self._recheck_if_shown("rollen"))
        self.nr_edit.setFocus()

    def _form(self, box: QGroupBox) -> QFormLayout:
        outer = QVBoxLayout(box)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # spare height goes below the fields, not between them
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        return form

    def _add_row(self, form: QFormLayout, label_text: str, widget: QWidget, key: str, hint: str = "") -> None:
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            set_muted(hint_label)
            column.addWidget(hint_label)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setObjectName(f"error_{key}")
        error.hide()
        column.addWidget(error)
        label = QLabel(label_text)
        label.setBuddy(widget)
        # The label sits level with the first line of its field (and not in the middle of a tall one).
        first_line = widget if isinstance(widget, (QLineEdit, QComboBox)) else self.nr_edit
        label.setMinimumHeight(first_line.sizeHint().height())
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if key != "rollen":
            widget.setAccessibleName(label_text.rstrip(" *"))
        form.addRow(label, container)
        self.fields[key] = widget
        self.error_labels[key] = error

    def _fill(self, data: LotseData | None) -> None:
        if data is None:
            self.nr_edit.setText(self._suggested_nr())
            self.nr_edit.selectAll()
            self.status_combo.setCurrentIndex(self.status_combo.findData(Status.AKTIV))
            return
        self.nr_edit.setText(data.nr)
        self.nachname_edit.setText(data.nachname)
        self.vorname_edit.setText(data.vorname)
        self.status_combo.setCurrentIndex(self.status_combo.findData(data.status))
        self.eintritt_edit.setText(format_date(data.eintritt))
        self.austritt_edit.setText(format_date(data.austritt))
        self.rollen_editor.set_rollen(data.rollen)
        self.qualifiziert_edit.setText(format_date(data.qualifiziert_am))
        self.email_edit.setText(data.email)
        self.telefon_edit.setText(data.telefon)
        self.anschrift_edit.setPlainText(data.anschrift)
        self.iban_edit.setText(format_iban(data.iban))
        self.sprachen_edit.setText(data.sprachen)
        self.notizen_edit.setPlainText(data.notizen)

    def _suggested_nr(self) -> str:
        """The next number if the existing ones are plain numbers; otherwise leave it to the user."""
        return suggest_nr(self._others)

    # collecting and saving ---------------------------------------------------------------------
    def data(self, errors: dict[str, str] | None = None) -> LotseData:
        """What the form holds; a date that cannot be read becomes None and its message goes to ``errors``."""
        errors = {} if errors is None else errors

        def read_date(edit: QLineEdit, key: str) -> date | None:
            try:
                return parse_optional_date(edit.text(), key)
            except ValidationError as error:
                errors.setdefault(key, error.message)
                return None

        try:
            rollen = self.rollen_editor.rollen()
        except ValidationError as error:
            errors.setdefault("rollen", error.message)
            rollen = (RolleAb(Rolle.LOTSIN),)
        return LotseData(
            nr=self.nr_edit.text(),
            nachname=self.nachname_edit.text(),
            vorname=self.vorname_edit.text(),
            rollen=rollen,
            qualifiziert_am=read_date(self.qualifiziert_edit, "qualifiziert_am"),
            eintritt=read_date(self.eintritt_edit, "eintritt"),
            austritt=read_date(self.austritt_edit, "austritt"),
            email=self.email_edit.text(),
            telefon=self.telefon_edit.text(),
            anschrift=self.anschrift_edit.toPlainText(),
            iban=self.iban_edit.text(),
            sprachen=self.sprachen_edit.text(),
            notizen=self.notizen_edit.toPlainText(),
            status=Status(self.status_combo.currentData()),
        )

    def accept(self) -> None:
        errors: dict[str, str] = {}
        data = self.data(errors)
        for error in check_lotse(normalized(data)):
            key = error.field or ""
            errors[key] = join((errors[key], error.message)) if key in errors else error.message
        if "iban" in errors:
            errors["iban"] = self._iban_message(self.iban_edit.text())
        if errors:
            self.show_errors(errors)
            return

        def store() -> None:
            if self.lotse_id is None:
                saved_id = create_lotse(self.db, data)
            else:
                update_lotse(self.db, self.lotse_id, data)
                saved_id = self.lotse_id
            self.saved_id, self.after = saved_id, get_lotse(self.db, saved_id)

        if self._store(store):
            super().accept()

    def changed(self) -> bool:
        """After Accepted: whether anything was stored differently than before."""
        return self.before is None or self.after != self.before

    # messages ----------------------------------------------------------------------------------
    def _check(self, key: str) -> str:
        """The current message for one field, as the save would give it (without asking the database)."""
        errors: dict[str, str] = {}
        data = self.data(errors)
        if key in errors:
            return errors[key]
        data = normalized(data)
        if key == "nr" and data.nr in self._others:
            return self.tr("Die Nr. %1 hat bereits %2.").replace("%1", data.nr).replace("%2", self._others[data.nr])
        if key == "austritt" and "eintritt" in errors:
            data = replace(data, eintritt=None)
        return join(e.message for e in check_lotse(data) if e.field == key)

    def _show_check(self, key: str) -> None:
        self._set_error(key, self._check(key))

    def _recheck_if_shown(self, key: str) -> None:
        """While a message is shown, it disappears as soon as the input is right."""
        if self.error_text(key) and not self._check(key):
            self._set_error(key, "")

    def _date_left(self, key: str, edit: QLineEdit) -> None:
        try:
            value = parse_optional_date(edit.text(), key)
        except ValidationError as error:
            self._set_error(key, error.message)
            return
        edit.setText(format_date(value))
        self._set_error(key, "")
        if key in ("eintritt", "austritt"):
            self._show_check("austritt")

    def _nr_left(self) -> None:
        self._set_error("nr", self._check("nr") if self.nr_edit.text().strip() else "")

    def _iban_left(self) -> None:
        text = self.iban_edit.text()
        if not text.strip():
            self._set_error("iban", "")
            return
        try:
            compact = validate_iban(text)
        except ValidationError as error:
            self._set_error("iban", error.message)
            return
        self._set_error("iban", "")
        self.iban_edit.setText(format_iban(compact))

    def _iban_edited(self, text: str) -> None:
        """Check as soon as a German IBAN is complete, and clear a message once the IBAN is right."""
        compact = normalize_iban(text)
        complete = compact.startswith("DE") and len(compact) >= 22
        if not (complete or self.error_text("iban")):
            return
        message = self._iban_message(text)
        if message and not complete:
            return
        self._set_error("iban", message)

    @staticmethod
    def _iban_message(text: str) -> str:
        """The message for an IBAN as the user typed it ('' if it is fine)."""
        try:
            validate_iban(text)
        except ValidationError as error:
            return error.message
        return ""
