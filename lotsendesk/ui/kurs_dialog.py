"""Entering a course (KursDialog) and its Sachbericht (SachberichtDialog).

Like the other forms: labels left, fields right, each message in plain German under its field. The dialogs call
the service themselves, so an error lands beside its field and nothing typed is lost; afterwards ``kurs_id``,
``before`` and ``after`` tell the page what happened, for its undo entry.
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from lotsendesk.domain import qualifizierung as q
from lotsendesk.domain.dates import format_date
from lotsendesk.services import kurse
from lotsendesk.services.foerderjahre import list_years
from lotsendesk.ui.foerderjahr_dialog import FormDialog, format_amount
from lotsendesk.ui.kurse_models import art_label
from lotsendesk.ui.rollen_editor import date_line_edit


class KursDialog(FormDialog):
    """``KursDialog(db)`` plans a new course, ``KursDialog(db, kurs_id)`` changes one.

    After ``exec()`` returned Accepted: ``kurs_id`` is the course, ``before`` its data before (None for a new
    one) and ``after`` the data as stored."""

    FIELD_ORDER = (
        "art",
        "titel",
        "veranstalter",
        "ort",
        "referenten",
        "geplante_teilnehmende",
        "notizen",
        "foerderjahr",
        "bewilligt",
        "satz_ue",
        "mindestanwesenheit",
        "erhalten",
        "erhalten_am",
        "verwendungsnachweis_bis",
    )

    def __init__(self, db, kurs_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kurs_id = kurs_id
        self.before: kurse.KursData | None = kurse.get_course(db, kurs_id).data if kurs_id is not None else None
        self.after: kurse.KursData | None = None
        self._years = [y.jahr for y in list_years(db)]
        if self.before is None:
            self.setWindowTitle(self.tr("Neuer Kurs"))
        else:
            self.setWindowTitle(self.tr("Kurs bearbeiten – %1").replace("%1", self.before.titel))
        self._build()
        self._fill(self.before or kurse.KursData(art=q.KursArt.BASIS, titel="", foerderjahr=self._default_year()))
        self.titel_edit.setFocus()

    def _default_year(self) -> int | None:
        this_year = date.today().year
        return this_year if this_year in self._years else None

    # building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.art_combo = QComboBox()
        for art in q.KursArt:
            self.art_combo.addItem(art_label(art), art)
        self.titel_edit = QLineEdit()
        self.titel_edit.setMaxLength(200)
        self.titel_edit.setPlaceholderText(self.tr("z. B. Basisqualifizierung Frühjahr 2025"))
        self.eigen_radio = QRadioButton(self.tr("wir selbst"))
        self.extern_radio = QRadioButton(self.tr("extern:"))
        group = QButtonGroup(self)
        group.addButton(self.eigen_radio)
        group.addButton(self.extern_radio)
        self.veranstalter_edit = QLineEdit()
        self.veranstalter_edit.setMaxLength(200)
        self.veranstalter_edit.setPlaceholderText(self.tr("Name des Veranstalters"))
        self.veranstalter_edit.setAccessibleName(self.tr("Externer Veranstalter"))
        organiser = QWidget()
        organiser_row = QHBoxLayout(organiser)
        organiser_row.setContentsMargins(0, 0, 0, 0)
        organiser_row.addWidget(self.eigen_radio)
        organiser_row.addWidget(self.extern_radio)
        organiser_row.addWidget(self.veranstalter_edit, 1)
        self.ort_edit = QLineEdit()
        self.ort_edit.setMaxLength(200)
        self.ort_edit.setPlaceholderText(self.tr("z. B. Gemeindehaus, Kirchstraße 3"))
        self.online_check = QCheckBox(self.tr("online"))
        place = QWidget()
        place_row = QHBoxLayout(place)
        place_row.setContentsMargins(0, 0, 0, 0)
        place_row.addWidget(self.ort_edit, 1)
        place_row.addWidget(self.online_check)
        self.referenten_edit = QLineEdit()
        self.referenten_edit.setPlaceholderText(self.tr("Namen, durch Komma getrennt"))
        self.geplant_spin = QSpinBox()
        self.geplant_spin.setRange(0, 999)
        self.geplant_spin.setFixedWidth(self.geplant_spin.fontMetrics().horizontalAdvance("0000") + 48)
        self.notizen_edit = QPlainTextEdit()
        self.notizen_edit.setTabChangesFocus(True)
        self.notizen_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

        self.jahr_combo = QComboBox()
        self.jahr_combo.addItem(self.tr("keinem zugeordnet"), None)
        for jahr in self._years:
            self.jahr_combo.addItem(str(jahr), jahr)
        self.bewilligt_edit = self._money_edit()
        self.satz_edit = self._short_edit("000,00")
        self.mindest_spin = QSpinBox()
        self.mindest_spin.setRange(1, 100)
        self.mindest_spin.setSuffix(" %")
        self.mindest_spin.setFixedWidth(self.mindest_spin.fontMetrics().horizontalAdvance("100 %") + 48)
        self.erhalten_edit = self._money_edit()
        self.erhalten_am_edit = date_line_edit(self.tr("Zuwendung erhalten am"))
        am_label = QLabel(self.tr("am"))
        am_label.setBuddy(self.erhalten_am_edit)
        received = self._joined(self.erhalten_edit, am_label, self.erhalten_am_edit)
        self.vn_bis_edit = date_line_edit(self.tr("Verwendungsnachweis bis"))

        course = QGroupBox(self.tr("Kurs"))
        form = self._form(course)
        self._add_row(form, self.tr("Art *"), self.art_combo, "art")
        self._add_row(form, self.tr("Titel *"), self.titel_edit, "titel")
        self._add_row(form, self.tr("Veranstalter"), organiser, "veranstalter", buddy=self.eigen_radio)
        self.fields["veranstalter"] = self.veranstalter_edit
        self._add_row(form, self.tr("Ort"), place, "ort", buddy=self.ort_edit)
        self._add_row(form, self.tr("Referent*innen"), self.referenten_edit, "referenten")
        self._add_row(
            form,
            self.tr("Geplante Teilnehmende"),
            self.geplant_spin,
            "geplante_teilnehmende",
            self.tr("Wie im Antrag; daraus ergibt sich der geplante Höchstbetrag."),
        )
        self._add_row(form, self.tr("Notizen"), self.notizen_edit, "notizen")

        money = QGroupBox(self.tr("Förderung und Abrechnung"))
        form = self._form(money)
        self._add_row(
            form,
            self.tr("Förderjahr"),
            self.jahr_combo,
            "foerderjahr",
            self.tr("Das Jahr, dessen Bescheid die Qualifizierung bewilligt."),
        )
        self._add_row(form, self.tr("Bewilligt (€)"), self.bewilligt_edit, "bewilligt")
        self._add_row(
            form,
            self.tr("Satz je TN und UE (€) *"),
            self.satz_edit,
            "satz_ue",
            self.tr("Höchstbetrag = Teilnehmende × UE × Satz (meist 12,50 €)."),
        )
        self._add_row(
            form,
            self.tr("Mindestanwesenheit *"),
            self.mindest_spin,
            "mindestanwesenheit",
            self.tr("Anteil der UE, ab dem es ein Zertifikat gibt."),
        )
        self._add_row(form, self.tr("Zuwendung erhalten (€)"), received, "erhalten", buddy=self.erhalten_edit)
        self.fields["erhalten_am"] = self.erhalten_am_edit
        self.error_labels["erhalten_am"] = self.error_labels["erhalten"]
        self._add_row(
            form,
            self.tr("Verwendungsnachweis bis"),
            self.vn_bis_edit,
            "verwendungsnachweis_bis",
            self.tr("Nur wenn der Bescheid eine Frist nennt; sonst drei Monate nach dem letzten Termin."),
        )

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(course, 3)
        columns.addWidget(money, 2)
        self._lay_out(columns)

        for key, edit in (
            ("bewilligt", self.bewilligt_edit),
            ("satz_ue", self.satz_edit),
            ("erhalten", self.erhalten_edit),
        ):
            edit.editingFinished.connect(lambda key=key, edit=edit: self._money_left(edit, key))
            edit.textEdited.connect(lambda _text, key=key: self._set_error(key, ""))
        for key, edit in (("erhalten_am", self.erhalten_am_edit), ("verwendungsnachweis_bis", self.vn_bis_edit)):
            edit.editingFinished.connect(lambda key=key, edit=edit: self._date_left(edit, key))
        self.titel_edit.textEdited.connect(lambda _text: self._set_error("titel", ""))
        self.veranstalter_edit.textEdited.connect(lambda _text: self._set_error("veranstalter", ""))
        self.extern_radio.toggled.connect(self._extern_toggled)
        self.resize(max(self.sizeHint().width(), 1080), self.sizeHint().height())
        self.titel_edit.setFocus()

    def _extern_toggled(self, extern: bool) -> None:
        self.veranstalter_edit.setEnabled(extern)
        if extern:
            self.veranstalter_edit.setFocus()
        else:
            self._set_error("veranstalter", "")

    def _fill(self, data: kurse.KursData) -> None:
        self.art_combo.setCurrentIndex(max(0, self.art_combo.findData(data.art)))
        self.titel_edit.setText(data.titel)
        (self.extern_radio if data.extern else self.eigen_radio).setChecked(True)
        self.veranstalter_edit.setText(data.veranstalter)
        self.veranstalter_edit.setEnabled(data.extern)
        self.ort_edit.setText(data.ort)
        self.online_check.setChecked(data.online)
        self.referenten_edit.setText(data.referenten)
        self.geplant_spin.setValue(data.geplante_teilnehmende)
        self.notizen_edit.setPlainText(data.notizen)
        index = self.jahr_combo.findData(data.foerderjahr) if data.foerderjahr is not None else 0
        self.jahr_combo.setCurrentIndex(max(0, index))
        self.bewilligt_edit.setText(format_amount(data.bewilligt) if data.bewilligt else "")
        self.satz_edit.setText(format_amount(data.satz_ue))
        self.mindest_spin.setValue(data.mindestanwesenheit)
        self.erhalten_edit.setText(format_amount(data.erhalten) if data.erhalten else "")
        self.erhalten_am_edit.setText(format_date(data.erhalten_am))
        self.vn_bis_edit.setText(format_date(data.verwendungsnachweis_bis))

    # reading and saving ------------------------------------------------------------------------
    def data(self, errors: dict[str, str]) -> kurse.KursData:
        base = self.before or kurse.KursData(art=q.KursArt.BASIS, titel="")
        zero = Decimal("0.00")
        return replace(
            base,
            art=q.KursArt(self.art_combo.currentData()),
            titel=self.titel_edit.text(),
            extern=self.extern_radio.isChecked(),
            veranstalter=self.veranstalter_edit.text() if self.extern_radio.isChecked() else "",
            ort=self.ort_edit.text(),
            online=self.online_check.isChecked(),
            referenten=self.referenten_edit.text(),
            geplante_teilnehmende=self.geplant_spin.value(),
            notizen=self.notizen_edit.toPlainText(),
            foerderjahr=self.jahr_combo.currentData(),
            bewilligt=self._read_money(self.bewilligt_edit, "bewilligt", errors, zero),
            satz_ue=self._read_money(self.satz_edit, "satz_ue", errors, None),
            mindestanwesenheit=self.mindest_spin.value(),
            erhalten=self._read_money(self.erhalten_edit, "erhalten", errors, zero),
            erhalten_am=self._read_date(self.erhalten_am_edit, "erhalten_am", errors),
            verwendungsnachweis_bis=self._read_date(self.vn_bis_edit, "verwendungsnachweis_bis", errors),
        )

    def accept(self) -> None:
        errors: dict[str, str] = {}
        data = self.data(errors)
        if not data.titel.strip():
            errors.setdefault("titel", self.tr("Bitte einen Titel für den Kurs angeben."))
        if errors:
            self.show_errors(errors)
            return

        def store() -> None:
            if self.kurs_id is None:
                self.kurs_id = kurse.add_course(self.db, data)
            else:
                kurse.update_course(self.db, self.kurs_id, data)
            self.after = kurse.get_course(self.db, self.kurs_id).data

        if self._store(store):
            super().accept()

    def changed(self) -> bool:
        return self.before is None or self.after != self.before


class SachberichtDialog(FormDialog):
    """The Sachbericht of a course's Verwendungsnachweis: what happened, in a few sentences. After Accepted:
    ``before`` and ``after`` (the course data)."""

    FIELD_ORDER = ("sachbericht",)

    def __init__(self, db, kurs_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kurs_id = kurs_id
        self.before: kurse.KursData = kurse.get_course(db, kurs_id).data
        self.after: kurse.KursData | None = None
        self.setWindowTitle(self.tr("Sachbericht – %1").replace("%1", self.before.titel))
        intro = QLabel(
            self.tr(
                "Der Sachbericht steht im Verwendungsnachweis des Kurses: Inhalte, Ablauf, Teilnahme und was gut "
                "oder weniger gut lief – in einigen Sätzen."
            )
        )
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self.before.sachbericht)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("Sachbericht"))
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        self.fields["sachbericht"] = self.text_edit
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(self.general_error.styleSheet())
        error.hide()
        self.error_labels["sachbericht"] = error
        self._lay_out(intro, (self.text_edit, 1), error, required_note=False)
        # Enter makes a new line here; Strg+Enter saves like the button
        self.save_button.setDefault(False)
        self.resize(640, 460)
        self.text_edit.setFocus()
        self.text_edit.moveCursor(self.text_edit.textCursor().MoveOperation.End)
        self.save_button.setShortcut(Qt.Modifier.CTRL | Qt.Key.Key_Return)

    def accept(self) -> None:
        data = replace(self.before, sachbericht=self.text_edit.toPlainText())

        def store() -> None:
            kurse.update_course(self.db, self.kurs_id, data)
            self.after = kurse.get_course(self.db, self.kurs_id).data

        if self._store(store):
            super().accept()

    def changed(self) -> bool:
        return self.after is not None and self.after != self.before
