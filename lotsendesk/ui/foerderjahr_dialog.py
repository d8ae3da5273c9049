"""Entering a Zuwendungsbescheid (FoerderjahrDialog) and a received Rate (RateDialog).

Labels left, fields right, each message in plain German under its field. The dialogs call the services
themselves, so every error lands beside its field and nothing typed is lost; afterwards they tell the page
what they did (``before``/``after``, ``rate_id``) for its undo entry.
"""

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.amounts import parse_amount
from lotsendesk.domain.dates import format_date
from lotsendesk.domain.formatting import format_number
from lotsendesk.domain.funding import CapMethod, FundingParameters, Period
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.foerderjahre import (
    NEBENBESTIMMUNGEN,
    FoerderjahrData,
    add_rate,
    add_year,
    get_year,
    list_years,
    update_year,
)
from lotsendesk.ui.form_rows import FormRows
from lotsendesk.ui.lotse_dialog import set_muted
from lotsendesk.ui.rollen_editor import date_line_edit

# The Träger form lives in traeger_form (shared with the Einstellungen page); importable from here as before.
from lotsendesk.ui.traeger_form import TraegerDialog, rechtsform_label


def parse_money(text: str) -> Decimal:
    """A German amount as typed (``5.000,00``, ``5000``, ``2.500 €``, ``2500.50``); ValueError otherwise."""
    return parse_amount(text)


def format_amount(value: Decimal) -> str:
    """``5.000,00`` (without the euro sign: what the money fields show and accept)."""
    return format_number(value, 2)


def parse_hours(text: str) -> int:
    """Hours as typed (``276``, ``276,5``, ``6``) in whole minutes; ValueError otherwise."""
    raw = (text or "").replace(" ", "").strip()
    if not re.fullmatch(r"\d{1,5}(?:,\d{1,2})?", raw):
        raise ValueError(raw)
    hours = Decimal(raw.replace(",", "."))
    return int((hours * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_hours_plain(minutes: int) -> str:
    """``276`` for whole hours, ``276,50`` otherwise."""
    if minutes % 60 == 0:
        return str(minutes // 60)
    return format_number(Decimal(minutes) / 60, 2)


def cap_method_label(method: CapMethod) -> str:
    labels = {
        CapMethod.PRO_RATA: QCoreApplication.translate(
            "Foerderjahr", "anteilig nach Tagen in jeder Rolle (Standard; mit dem RP abstimmen)"
        ),
        CapMethod.CONSERVATIVE: QCoreApplication.translate(
            "Foerderjahr", "vorsichtig: 414 h nur bei Koordination ab 1. Januar"
        ),
        CapMethod.HIGHEST: QCoreApplication.translate("Foerderjahr", "höchste Grenze, sobald koordiniert wird"),
    }
    return labels[method]


def cap_method_explanation(method: CapMethod) -> str:
    """One line what the method means for a person whose role changes during the year."""
    texts = {
        CapMethod.PRO_RATA: QCoreApplication.translate(
            "Foerderjahr",
            "Wechselt jemand die Rolle, gilt jede Grenze für die Tage in dieser Rolle "
            "(z. B. halbes Jahr je Rolle: 345 h).",
        ),
        CapMethod.CONSERVATIVE: QCoreApplication.translate(
            "Foerderjahr",
            "Die höhere Grenze gilt nur, wenn die Person schon am ersten Tag des Zeitraums koordiniert; sonst 276 h.",
        ),
        CapMethod.HIGHEST: QCoreApplication.translate(
            "Foerderjahr", "Koordiniert die Person an irgendeinem Tag des Zeitraums, gilt die höhere Grenze fürs Jahr."
        ),
    }
    return texts[method]


def nebenbestimmungen_hint() -> str:
    return QCoreApplication.translate(
        "Foerderjahr", "ANBest-P für Vereine und andere private Träger, ANBest-GK für Kommunen (steht im Bescheid)."
    )


class FormDialog(FormRows, QDialog):
    """Shared building blocks: rows with a message label under the field (FormRows), Save/Cancel, money fields."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._init_rows()

    def _buttons(self, required_note: bool = True) -> QHBoxLayout:
        """Save/Cancel, with the "* Pflichtangabe" note on the left when the form has required fields."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        if required_note:
            required = QLabel(QCoreApplication.translate("Foerderjahr", "* Pflichtangabe"))
            set_muted(required)
            bottom.addWidget(required)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        return bottom

    def _lay_out(self, *parts: QWidget | QLayout | tuple[QWidget, int], required_note: bool = True) -> None:
        """The dialog's column: ``parts`` top down (a widget with its stretch as a pair), then the message for
        no particular field and Save/Cancel (see ``_buttons``)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        for part in parts:
            if isinstance(part, tuple):
                layout.addWidget(*part)
            elif isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.general_error)
        layout.addLayout(self._buttons(required_note))

    @staticmethod
    def _joined(first: QWidget, word: QLabel, second: QWidget) -> QWidget:
        """``first word second`` on one line, left-aligned, for one form row (e.g. "09:00 bis 16:00")."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first)
        row.addWidget(word)
        row.addWidget(second)
        row.addStretch(1)
        return box

    def _money_edit(self, placeholder: str = "0,00") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("000.000.000,00") + 24)
        return edit

    def _short_edit(self, sample: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance(sample) + 24)
        return edit

    def _money_message(self) -> str:
        return QCoreApplication.translate("Foerderjahr", "Bitte einen Betrag wie 5.000,00 eingeben.")

    def _read_money(self, edit: QLineEdit, key: str, errors: dict[str, str], empty: Decimal | None) -> Decimal:
        text = edit.text().strip()
        if not text:
            if empty is None:
                errors.setdefault(key, QCoreApplication.translate("Foerderjahr", "Bitte den Betrag angeben."))
                return Decimal("0.00")
            return empty
        try:
            return parse_money(text)
        except ValueError:
            errors.setdefault(key, self._money_message())
            return Decimal("0.00")

    def _money_left(self, edit: QLineEdit, key: str) -> None:
        """Leaving a money field: show it in the German form, or say what is wrong with it."""
        text = edit.text().strip()
        if not text:
            return
        try:
            edit.setText(format_amount(parse_money(text)))
        except ValueError:
            self._set_error(key, self._money_message())
            return
        self._set_error(key, "")


class FoerderjahrDialog(FormDialog):
    """``FoerderjahrDialog(db)`` enters a new Förderjahr (``jahr`` suggests the year), ``FoerderjahrDialog(db,
    jahr=2025, edit=True)`` changes its Bescheid data.

    After ``exec()`` returned Accepted: ``before`` is the data before (None for a new year), ``after`` the data
    as stored; ``created`` says whether a year was added.
    """

    FIELD_ORDER = (
        "jahr",
        "aktenzeichen",
        "bescheid_datum",
        "bewilligung",
        "nebenbestimmungen",
        "bewilligt_einsatz",
        "bewilligt_koordination",
        "bewilligt_quali",
        "satz",
        "cap",
        "wochenschnitt",
        "cap_methode",
        "erklaerung_bis",
        "erklaerung_zurueck_am",
        "verwendungsnachweis_bis",
        "notizen",
    )

    def __init__(self, db, jahr: int | None = None, edit: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.before: FoerderjahrData | None = get_year(db, jahr) if edit and jahr is not None else None
        if edit and self.before is None:
            raise ServiceError(
                QCoreApplication.translate("Foerderjahr", "Für %1 ist noch kein Förderjahr angelegt.").replace(
                    "%1", str(jahr)
                )
            )
        self.after: FoerderjahrData | None = None
        self.created = False
        existing = list_years(db)
        self._existing = {y.jahr for y in existing}
        if self.before is None:
            suggested = jahr if jahr is not None else date.today().year
            while suggested in self._existing:
                suggested += 1
            self.setWindowTitle(self.tr("Förderjahr anlegen"))
            # A new year starts with the parameters of the latest one (rate, caps, method, Nebenbestimmungen).
            template = existing[0] if existing else None
            start = FoerderjahrData(
                jahr=suggested,
                bewilligt_einsatz=Decimal("0.00"),
                nebenbestimmungen=template.nebenbestimmungen if template else "ANBest-P",
                params=template.params if template else FundingParameters(),
            )
        else:
            start = self.before
            self.setWindowTitle(self.tr("Zuwendungsbescheid %1 bearbeiten").replace("%1", str(self.before.jahr)))
        self._build(start.jahr)
        self._fill(start, new=self.before is None)

    # building ----------------------------------------------------------------------------------
    def _build(self, jahr: int) -> None:
        self.jahr_spin = QSpinBox()
        self.jahr_spin.setRange(2000, 2100)
        self.jahr_spin.setValue(jahr)
        self.jahr_spin.setFixedWidth(self.jahr_spin.fontMetrics().horizontalAdvance("00000") + 48)
        self.jahr_spin.setEnabled(self.before is None)
        self.aktenzeichen_edit = QLineEdit()
        self.aktenzeichen_edit.setPlaceholderText(self.tr("wie im Bescheid, z. B. II 12 – 51 d 12.03"))
        self.bescheid_edit = date_line_edit(self.tr("Bescheid-Datum"))
        self.von_edit = date_line_edit(self.tr("Bewilligungszeitraum von"))
        self.bis_edit = date_line_edit(self.tr("Bewilligungszeitraum bis"))
        period = self._joined(self.von_edit, QLabel(self.tr("bis")), self.bis_edit)
        self.neben_combo = QComboBox()
        for name in NEBENBESTIMMUNGEN:
            self.neben_combo.addItem(name, name)
        self.einsatz_edit = self._money_edit()
        self.koordination_edit = self._money_edit()
        self.quali_edit = self._money_edit()
        self.satz_edit = self._short_edit("000,00")
        self.cap_lotsin_edit = self._short_edit("0.000")
        self.cap_koord_edit = self._short_edit("0.000")
        self.woche_lotsin_edit = self._short_edit("000")
        self.woche_koord_edit = self._short_edit("000")
        caps = self._pair(self.cap_lotsin_edit, self.tr("h Lots*in"), self.cap_koord_edit, self.tr("h koordinierend"))
        weeks = self._pair(
            self.woche_lotsin_edit, self.tr("h Lots*in"), self.woche_koord_edit, self.tr("h koordinierend")
        )
        self.cap_lotsin_edit.setAccessibleName(self.tr("Jahreshöchstgrenze Lots*in in Stunden"))
        self.cap_koord_edit.setAccessibleName(self.tr("Jahreshöchstgrenze koordinierende*r Lots*in in Stunden"))
        self.woche_lotsin_edit.setAccessibleName(self.tr("Wochenschnitt Lots*in in Stunden"))
        self.woche_koord_edit.setAccessibleName(self.tr("Wochenschnitt koordinierende*r Lots*in in Stunden"))
        self.methode_combo = QComboBox()
        for method in CapMethod:
            self.methode_combo.addItem(cap_method_label(method), method)
        # its long entries must not set the dialog's width (the list shows them whole; the hint below explains)
        self.methode_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.methode_combo.setMinimumContentsLength(28)
        self.erklaerung_bis_edit = date_line_edit(self.tr("Erklärung zum Bescheid bis"))
        self.erklaerung_zurueck_edit = date_line_edit(self.tr("Erklärung zurückgegeben am"))
        self.vn_bis_edit = date_line_edit(self.tr("Verwendungsnachweis bis"))
        self.notizen_edit = QPlainTextEdit()
        self.notizen_edit.setTabChangesFocus(True)
        self.notizen_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)

        bescheid = QGroupBox(self.tr("Zuwendungsbescheid"))
        form = self._form(bescheid)
        self._add_row(form, self.tr("Förderjahr *"), self.jahr_spin, "jahr")
        self._add_row(form, self.tr("Aktenzeichen"), self.aktenzeichen_edit, "aktenzeichen")
        self._add_row(form, self.tr("Bescheid-Datum"), self.bescheid_edit, "bescheid_datum")
        self._add_row(
            form,
            self.tr("Bewilligungszeitraum *"),
            period,
            "bewilligung",
            self.tr("Meist das Kalenderjahr. Einsätze außerhalb werden nicht abgerechnet."),
            buddy=self.von_edit,
        )
        self._add_row(
            form, self.tr("Nebenbestimmungen *"), self.neben_combo, "nebenbestimmungen", nebenbestimmungen_hint()
        )
        self._add_row(
            form,
            self.tr("Bewilligt: Einsatz *"),
            self.einsatz_edit,
            "bewilligt_einsatz",
            self.tr("Aufwandsentschädigung der Lots*innen, in Euro."),
        )
        self._add_row(form, self.tr("Koordinierungspauschale"), self.koordination_edit, "bewilligt_koordination")
        self._add_row(form, self.tr("Qualifizierung"), self.quali_edit, "bewilligt_quali")

        rules = QGroupBox(self.tr("Regeln und Fristen"))
        form = self._form(rules)
        self._add_row(form, self.tr("Satz (€ je Stunde) *"), self.satz_edit, "satz")
        self._add_row(form, self.tr("Höchstgrenze im Jahr *"), caps, "cap", buddy=self.cap_lotsin_edit)
        self._add_row(
            form,
            self.tr("Wochenschnitt *"),
            weeks,
            "wochenschnitt",
            self.tr("Nur ein Hinweis; eine volle Woche ist erlaubt."),
            buddy=self.woche_lotsin_edit,
        )
        self.methode_hint = self._add_row(form, self.tr("Bei Rollenwechsel"), self.methode_combo, "cap_methode", " ")
        self._add_row(
            form,
            self.tr("Erklärung zum Bescheid bis"),
            self.erklaerung_bis_edit,
            "erklaerung_bis",
            self.tr("Leer: ein Monat nach dem Bescheid-Datum."),
        )
        self._add_row(form, self.tr("Erklärung zurück am"), self.erklaerung_zurueck_edit, "erklaerung_zurueck_am")
        self.vn_hint = self._add_row(
            form, self.tr("Verwendungsnachweis bis"), self.vn_bis_edit, "verwendungsnachweis_bis", " "
        )
        self._add_row(form, self.tr("Notizen"), self.notizen_edit, "notizen")

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(bescheid, 1)
        columns.addWidget(rules, 2)  # the rules need the room: long choices and hints
        self._lay_out(columns)
        self._widen_for(self.methode_combo)

        for key, edit in (
            ("bewilligt_einsatz", self.einsatz_edit),
            ("bewilligt_koordination", self.koordination_edit),
            ("bewilligt_quali", self.quali_edit),
            ("satz", self.satz_edit),
        ):
            edit.editingFinished.connect(lambda key=key, edit=edit: self._money_left(edit, key))
            edit.textEdited.connect(lambda _text, key=key: self._set_error(key, ""))
        for key, edit in (
            ("bescheid_datum", self.bescheid_edit),
            ("bewilligung", self.von_edit),
            ("bewilligung", self.bis_edit),
            ("erklaerung_bis", self.erklaerung_bis_edit),
            ("erklaerung_zurueck_am", self.erklaerung_zurueck_edit),
            ("verwendungsnachweis_bis", self.vn_bis_edit),
        ):
            edit.editingFinished.connect(lambda key=key, edit=edit: self._date_left(edit, key))
        self.methode_combo.currentIndexChanged.connect(self._update_hints)
        self.jahr_spin.valueChanged.connect(self._jahr_changed)
        self._shown_jahr = jahr

    def _pair(self, first: QLineEdit, first_unit: str, second: QLineEdit, second_unit: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first)
        row.addWidget(QLabel(first_unit))
        row.addSpacing(12)
        row.addWidget(second)
        row.addWidget(QLabel(second_unit))
        row.addStretch(1)
        return box

    def _fill(self, data: FoerderjahrData, new: bool) -> None:
        self.aktenzeichen_edit.setText(data.aktenzeichen)
        self.bescheid_edit.setText(format_date(data.bescheid_datum))
        self.von_edit.setText(format_date(data.period.start))
        self.bis_edit.setText(format_date(data.period.end))
        self.neben_combo.setCurrentIndex(max(0, self.neben_combo.findData(data.nebenbestimmungen)))
        self.einsatz_edit.setText("" if new else format_amount(data.bewilligt_einsatz))
        self.koordination_edit.setText(format_amount(data.bewilligt_koordination))
        self.quali_edit.setText(format_amount(data.bewilligt_quali))
        params = data.params
        self.satz_edit.setText(format_amount(params.rate))
        self.cap_lotsin_edit.setText(format_hours_plain(params.cap_lotsin_minutes))
        self.cap_koord_edit.setText(format_hours_plain(params.cap_koordinierend_minutes))
        self.woche_lotsin_edit.setText(format_hours_plain(params.weekly_lotsin_minutes))
        self.woche_koord_edit.setText(format_hours_plain(params.weekly_koordinierend_minutes))
        self.methode_combo.setCurrentIndex(max(0, self.methode_combo.findData(params.cap_method)))
        self.erklaerung_bis_edit.setText(format_date(data.erklaerung_bis))
        self.erklaerung_zurueck_edit.setText(format_date(data.erklaerung_zurueck_am))
        self.vn_bis_edit.setText(format_date(data.verwendungsnachweis_bis))
        self.notizen_edit.setPlainText(data.notizen)
        self._update_hints()
        (self.jahr_spin if new else self.aktenzeichen_edit).setFocus()

    def _jahr_changed(self, jahr: int) -> None:
        """A still untouched calendar-year period follows the year."""
        old = Period.calendar_year(self._shown_jahr)
        if self.von_edit.text() == format_date(old.start) and self.bis_edit.text() == format_date(old.end):
            new = Period.calendar_year(jahr)
            self.von_edit.setText(format_date(new.start))
            self.bis_edit.setText(format_date(new.end))
        self._shown_jahr = jahr
        self._set_error("jahr", "")
        self._update_hints()

    def _update_hints(self, *_args) -> None:
        method = self.methode_combo.currentData()
        if method is not None:
            self.methode_hint.setText(cap_method_explanation(CapMethod(method)))
        self.vn_hint.setText(
            self.tr("Leer: 31.03.%1 (31. März des Folgejahres).").replace("%1", str(self.jahr_spin.value() + 1))
        )

    # collecting and saving ---------------------------------------------------------------------
    def data(self, errors: dict[str, str] | None = None) -> FoerderjahrData:
        """What the form holds; what cannot be read gets its message in ``errors`` (and a harmless value)."""
        errors = {} if errors is None else errors
        jahr = self.jahr_spin.value()
        von = self._read_date(self.von_edit, "bewilligung", errors)
        bis = self._read_date(self.bis_edit, "bewilligung", errors)
        if (von is None) != (bis is None) and "bewilligung" not in errors:
            errors["bewilligung"] = self.tr("Bitte Beginn und Ende des Bewilligungszeitraums angeben.")
        bewilligung = Period(von, bis) if von and bis else None
        if bewilligung == Period.calendar_year(jahr):
            bewilligung = None

        def hours(edit_a: QLineEdit, edit_b: QLineEdit, key: str, default_a: int, default_b: int) -> tuple[int, int]:
            values = []
            for edit, default in ((edit_a, default_a), (edit_b, default_b)):
                try:
                    values.append(parse_hours(edit.text()))
                except ValueError:
                    errors.setdefault(key, self.tr("Bitte Stunden als Zahl eingeben, z. B. 276."))
                    values.append(default)
            return values[0], values[1]

        defaults = FundingParameters()
        cap_a, cap_b = hours(
            self.cap_lotsin_edit,
            self.cap_koord_edit,
            "cap",
            defaults.cap_lotsin_minutes,
            defaults.cap_koordinierend_minutes,
        )
        week_a, week_b = hours(
            self.woche_lotsin_edit,
            self.woche_koord_edit,
            "wochenschnitt",
            defaults.weekly_lotsin_minutes,
            defaults.weekly_koordinierend_minutes,
        )
        if "wochenschnitt" not in errors and (week_a <= 0 or week_b <= 0):
            errors["wochenschnitt"] = self.tr("Der Wochenschnitt muss größer als 0 sein.")
        rate = self._read_money(self.satz_edit, "satz", errors, None)
        return FoerderjahrData(
            jahr=jahr,
            bewilligt_einsatz=self._read_money(self.einsatz_edit, "bewilligt_einsatz", errors, None),
            aktenzeichen=self.aktenzeichen_edit.text().strip(),
            bescheid_datum=self._read_date(self.bescheid_edit, "bescheid_datum", errors),
            bewilligung=bewilligung,
            bewilligt_koordination=self._read_money(
                self.koordination_edit, "bewilligt_koordination", errors, Decimal("0.00")
            ),
            bewilligt_quali=self._read_money(self.quali_edit, "bewilligt_quali", errors, Decimal("0.00")),
            nebenbestimmungen=self.neben_combo.currentData() or "",
            params=FundingParameters(
                rate=rate,
                cap_lotsin_minutes=cap_a,
                cap_koordinierend_minutes=cap_b,
                weekly_lotsin_minutes=week_a,
                weekly_koordinierend_minutes=week_b,
                cap_method=CapMethod(self.methode_combo.currentData()),
            ),
            erklaerung_bis=self._read_date(self.erklaerung_bis_edit, "erklaerung_bis", errors),
            erklaerung_zurueck_am=self._read_date(self.erklaerung_zurueck_edit, "erklaerung_zurueck_am", errors),
            verwendungsnachweis_bis=self._read_date(self.vn_bis_edit, "verwendungsnachweis_bis", errors),
            notizen=self.notizen_edit.toPlainText().strip(),
        )

    def accept(self) -> None:
        errors: dict[str, str] = {}
        data = self.data(errors)
        if self.before is None and data.jahr in self._existing:
            errors.setdefault("jahr", self.tr("Das Förderjahr %1 gibt es schon.").replace("%1", str(data.jahr)))
        if errors:
            self.show_errors(errors)
            return

        def store() -> None:
            if self.before is None:
                add_year(self.db, data)
                self.created = True
            else:
                update_year(self.db, data)
            self.after = get_year(self.db, data.jahr)

        if self._store(store):
            super().accept()

    def changed(self) -> bool:
        """After Accepted: whether anything is stored differently than before."""
        return self.before is None or self.after != self.before

    def _widen_for(self, combo: QComboBox) -> None:
        """Open wide enough to show the combo's longest entry whole, as far as the screen allows (its minimum
        width stays small, so a longer language or a small screen never pushes the dialog off the screen)."""
        full = max((combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
        missing = full + 48 - combo.sizeHint().width()  # 48: arrow and frame
        if missing <= 0:
            return
        screen = combo.screen().availableGeometry()
        hint = self.sizeHint()
        width = min(hint.width() + missing * 3 // 2, screen.width() - 40)  # the columns share 1 : 2
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else hint.height()
        self.resize(width, max(height, hint.height()))  # wrapped hints may need more lines at this width


class RateDialog(FormDialog):
    """A received Rate (Mittelabruf): Datum, Betrag, Notiz. After Accepted: ``rate_id``, ``datum``, ``betrag``,
    ``notiz`` as stored (for the page's undo entry)."""

    FIELD_ORDER = ("datum", "betrag", "notiz")

    def __init__(self, db, jahr: int, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.jahr = jahr
        self.rate_id: int | None = None
        self.datum: date | None = None
        self.betrag: Decimal | None = None
        self.notiz = ""
        self.setWindowTitle(self.tr("Rate erfassen – Förderjahr %1").replace("%1", str(jahr)))
        self.datum_edit = date_line_edit(self.tr("Datum"))
        self.datum_edit.setText(format_date(today or date.today()))
        self.betrag_edit = self._money_edit("2.500,00")
        self.notiz_edit = QLineEdit()
        self.notiz_edit.setPlaceholderText(self.tr("z. B. 1. Rate laut Mittelabruf vom …"))
        box = QWidget()
        form = self._form(box, flush=True)
        self._add_row(form, self.tr("Eingegangen am *"), self.datum_edit, "datum")
        self._add_row(form, self.tr("Betrag (€) *"), self.betrag_edit, "betrag")
        self._add_row(form, self.tr("Notiz"), self.notiz_edit, "notiz")
        intro = QLabel(self.tr("Eine Rate (Mittelabruf), die vom Regierungspräsidium auf dem Konto eingegangen ist."))
        intro.setWordWrap(True)
        self._lay_out(intro, box)
        self.betrag_edit.editingFinished.connect(lambda: self._money_left(self.betrag_edit, "betrag"))
        self.betrag_edit.textEdited.connect(lambda _text: self._set_error("betrag", ""))
        self.datum_edit.editingFinished.connect(lambda: self._date_left(self.datum_edit, "datum"))
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())
        self.betrag_edit.setFocus()

    def accept(self) -> None:
        errors: dict[str, str] = {}
        datum = self._read_required_date(self.datum_edit, "datum", errors)
        betrag = self._read_money(self.betrag_edit, "betrag", errors, None)
        if "betrag" not in errors and betrag <= 0:
            errors["betrag"] = self.tr("Der Betrag der Rate muss größer als 0 sein.")
        if errors or datum is None:
            self.show_errors(errors)
            return
        notiz = self.notiz_edit.text().strip()

        def store() -> None:
            self.rate_id = add_rate(self.db, self.jahr, datum, betrag, notiz)
            self.datum, self.betrag, self.notiz = datum, betrag, notiz

        if self._store(store):
            super().accept()


__all__ = ["FoerderjahrDialog", "FormDialog", "RateDialog", "TraegerDialog", "rechtsform_label"]
