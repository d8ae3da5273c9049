"""The payout run in three steps: choose (Förderjahr, Zeitraum, date, method) → check the proposal → the Belege.

Step 1 asks the service what a run would pay (``propose_run``); step 2 shows it per person with a tick each,
the total of the ticked rows updating as you go; "Auszahlung bestätigen…" asks once, stating count, total, date
and method, and then ``confirm_run`` pays everything in one transaction (all or nothing). Step 3 lists the new
Beleg-Nr. Nothing is written before the confirmation.
"""

from collections.abc import Callable
from contextlib import suppress
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.dates import format_date, parse_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.formatting import format_hours, format_money, format_number
from lotsendesk.domain.iban import format_iban
from lotsendesk.domain.people import sort_key
from lotsendesk.services.auszahlungen import Methode, PayoutRow, Proposal, confirm_run, propose_run
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.foerderjahre import list_years
from lotsendesk.ui.ask import confirm
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.lotse_dialog import ERROR_STYLE, set_muted
from lotsendesk.ui.lotsen_model import nr_key
from lotsendesk.ui.rollen_editor import date_line_edit
from lotsendesk.ui.tables import RecordsModel

# Zeitraum choices
BIS_MONATSENDE, BIS_QUARTALSENDE, BIS_DATUM = range(3)
# steps
STEP_SETTINGS, STEP_PROPOSAL, STEP_DONE = range(3)

WARNING_COLOUR = QColor("#9a5b00")


def last_month_end(today: date) -> date:
    """The end of the last complete month: 31.03.2025 on 05.04.2025."""
    return today.replace(day=1) - timedelta(days=1)


def last_quarter_end(today: date) -> date:
    """The end of the last complete quarter: 31.03.2025 on any day from 01.04. to 30.06.2025."""
    first_month = 3 * ((today.month - 1) // 3) + 1
    return date(today.year, first_month, 1) - timedelta(days=1)


def methode_label(methode: Methode) -> str:
    if methode is Methode.BAR:
        return QCoreApplication.translate("Auszahlungen", "bar")
    return QCoreApplication.translate("Auszahlungen", "Überweisung")


def payouts_text(count: int) -> str:
    """``1 Auszahlung`` / ``3 Auszahlungen``."""
    if count == 1:
        return QCoreApplication.translate("Auszahlungen", "1 Auszahlung")
    return QCoreApplication.translate("Auszahlungen", "%1 Auszahlungen").replace("%1", format_number(Decimal(count), 0))


# --- the proposal table ------------------------------------------------------------------------------------------
AUSZAHLEN, NR, NAME, STUNDEN, BETRAG, IBAN, HINWEISE = range(7)
_NUMERIC = (STUNDEN, BETRAG)


class ProposalModel(RecordsModel):
    """One row per person of the proposal, with a tick (ticked = paid in this run). ``ticks_changed`` fires
    whenever a tick changes, so the total can follow."""

    ticks_changed = Signal()

    numeric_columns = _NUMERIC

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Proposal] = []
        self._ticked: set[int] = set()
        self._headers = (
            self.tr("Auszahlen"),
            self.tr("Nr."),
            self.tr("Lots*in"),
            self.tr("Stunden"),
            self.tr("Betrag"),
            self.tr("IBAN"),
            self.tr("Hinweise"),
        )

    def set_rows(self, rows: list[Proposal]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._ticked = {p.lotse_id for p in rows}
        self.endResetModel()
        self.ticks_changed.emit()

    # what is ticked ----------------------------------------------------------------------------
    def ticked(self) -> list[Proposal]:
        return [p for p in self.rows if p.lotse_id in self._ticked]

    def excluded_ids(self) -> frozenset[int]:
        return frozenset(p.lotse_id for p in self.rows if p.lotse_id not in self._ticked)

    def set_ticked(self, lotse_id: int, ticked: bool) -> None:
        for position, proposal in enumerate(self.rows):
            if proposal.lotse_id == lotse_id:
                self.setData(
                    self.index(position, AUSZAHLEN),
                    Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked,
                    Qt.ItemDataRole.CheckStateRole,
                )
                return

    def set_all(self, ticked: bool) -> None:
        self._ticked = {p.lotse_id for p in self.rows} if ticked else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, AUSZAHLEN), self.index(len(self.rows) - 1, AUSZAHLEN))
        self.ticks_changed.emit()

    # the Qt model ------------------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == AUSZAHLEN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        proposal = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == AUSZAHLEN:
            return Qt.CheckState.Checked if proposal.lotse_id in self._ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(proposal, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (column == HINWEISE and proposal.warnings) or (column == IBAN and not proposal.iban):
                return QBrush(WARNING_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if proposal.warnings and column in (NAME, HINWEISE):
                return "\n".join(localized(w) for w in proposal.warnings)
            if column == IBAN and proposal.iban:
                return format_iban(proposal.iban)
            if column == AUSZAHLEN:
                return self.tr("Haken entfernen, um diese Person in diesem Lauf nicht auszuzahlen.")
            return None
        if role == Qt.ItemDataRole.UserRole:
            return proposal.lotse_id
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != AUSZAHLEN or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        lotse_id = self.rows[index.row()].lotse_id
        if checked:
            self._ticked.add(lotse_id)
        else:
            self._ticked.discard(lotse_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = {
            AUSZAHLEN: lambda p: p.lotse_id not in self._ticked,
            NR: lambda p: nr_key(p.nr),
            NAME: lambda p: sort_key(p.name),
            STUNDEN: lambda p: p.minutes,
            BETRAG: lambda p: p.amount,
            IBAN: lambda p: bool(p.iban),
            HINWEISE: lambda p: len(p.warnings),
        }
        if column not in keys:
            return
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda p: sort_key(p.name))
        self.rows.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def _display(self, proposal: Proposal, column: int) -> str | None:
        if column == NR:
            return proposal.nr
        if column == NAME:
            return proposal.name
        if column == STUNDEN:
            return format_hours(proposal.minutes)
        if column == BETRAG:
            return format_money(proposal.amount)
        if column == IBAN:
            return self.tr("vorhanden") if proposal.iban else self.tr("fehlt")
        if column == HINWEISE:
            return " · ".join(localized(w) for w in proposal.warnings) or "–"
        return None


# --- the wizard -------------------------------------------------------------------------------------------------
class AuszahlungWizard(QDialog):
    """``AuszahlungWizard(db)``; after ``exec()``, ``created`` holds the payouts of the confirmed run (empty
    when the user cancelled). ``today`` may be replaced in tests."""

    def __init__(
        self,
        db,
        parent: QWidget | None = None,
        jahr: int | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._today = today
        self.created: list[PayoutRow] = []
        self._proposed_for: tuple[int, date, date, Methode] | None = None
        self.setWindowTitle(self.tr("Auszahlung vorbereiten"))

        self.steps = QStackedWidget()
        self.steps.addWidget(self._build_settings())
        self.steps.addWidget(self._build_proposal())
        self.steps.addWidget(self._build_done())

        self.step_label = QLabel()
        set_muted(self.step_label)
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        self.cancel_button.clicked.connect(self.reject)
        self.back_button = QPushButton(self.tr("< Zurück"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("Vorschlag anzeigen >"))
        self.next_button.clicked.connect(self.show_proposal)
        self.confirm_button = QPushButton(self.tr("Auszahlung bestätigen…"))
        self.confirm_button.setObjectName("primary")
        self.confirm_button.clicked.connect(self.confirm_payout)
        self.close_button = QPushButton(self.tr("Schließen"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label, 1)
        for button in (
            self.cancel_button,
            self.back_button,
            self.next_button,
            self.confirm_button,
            self.close_button,
        ):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self.resize(1000, 560)

        self._fill_years(jahr)
        self._update_zeitraum_labels()
        self.bis_edit.setText(format_date(self._clamped(last_month_end(self._today()))))
        self._go(STEP_SETTINGS)

    # step 1: what to pay --------------------------------------------------------------------------------------
    def _build_settings(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Der Auszahlungslauf schlägt für jede*n Lots*in die abrechenbaren Stunden bis zum Ende des "
                "Zeitraums vor, die noch nicht ausgezahlt sind. Sie prüfen den Vorschlag im nächsten Schritt; "
                "erst „Auszahlung bestätigen…“ schreibt etwas fest."
            )
        )
        intro.setWordWrap(True)

        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Förderjahr"))
        self.year_combo.currentIndexChanged.connect(lambda _i: self._settings_changed())

        self.zeitraum_group = QButtonGroup(self)
        self.monat_radio = QRadioButton()
        self.quartal_radio = QRadioButton()
        self.datum_radio = QRadioButton(self.tr("bis Datum:"))
        for choice, radio in (
            (BIS_MONATSENDE, self.monat_radio),
            (BIS_QUARTALSENDE, self.quartal_radio),
            (BIS_DATUM, self.datum_radio),
        ):
            self.zeitraum_group.addButton(radio, choice)
        self.monat_radio.setChecked(True)
        self.bis_edit = date_line_edit(self.tr("Zeitraum bis Datum"))
        self.bis_edit.setText(format_date(last_month_end(self._today())))
        self.bis_edit.setEnabled(False)
        self.zeitraum_group.idToggled.connect(self._zeitraum_toggled)
        self.bis_edit.textEdited.connect(lambda _t: self._settings_changed())
        self.bis_edit.editingFinished.connect(lambda: self._normalise(self.bis_edit))
        zeitraum = QWidget()
        zeitraum_layout = QVBoxLayout(zeitraum)
        zeitraum_layout.setContentsMargins(0, 0, 0, 0)
        zeitraum_layout.setSpacing(4)
        zeitraum_layout.addWidget(self.monat_radio)
        zeitraum_layout.addWidget(self.quartal_radio)
        datum_row = QHBoxLayout()
        datum_row.addWidget(self.datum_radio)
        datum_row.addWidget(self.bis_edit)
        datum_row.addStretch(1)
        zeitraum_layout.addLayout(datum_row)
        self.bis_error = self._error_label()
        zeitraum_layout.addWidget(self.bis_error)

        self.paid_edit = date_line_edit(self.tr("Auszahlungsdatum"))
        self.paid_edit.setText(format_date(self._today()))
        self.paid_edit.textEdited.connect(lambda _t: self._settings_changed())
        self.paid_edit.editingFinished.connect(lambda: self._normalise(self.paid_edit))
        self.paid_error = self._error_label()
        paid_hint = QLabel(
            self.tr("Das Auszahlungsdatum bestimmt die Beleg-Nr. und das Steuerjahr (Zufluss) der Auszahlung.")
        )
        paid_hint.setWordWrap(True)
        set_muted(paid_hint)
        paid = QWidget()
        paid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # room for the hint
        paid_layout = QVBoxLayout(paid)
        paid_layout.setContentsMargins(0, 0, 0, 0)
        paid_layout.setSpacing(2)
        paid_layout.addWidget(self.paid_edit)
        paid_layout.addWidget(paid_hint)
        paid_layout.addWidget(self.paid_error)

        self.methode_combo = QComboBox()
        self.methode_combo.setAccessibleName(self.tr("Zahlungsart"))
        for methode in (Methode.UEBERWEISUNG, Methode.BAR):
            self.methode_combo.addItem(methode_label(methode), methode)
        self.methode_combo.currentIndexChanged.connect(lambda _i: self._settings_changed())

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(12)
        form.addRow(self._buddy(self.tr("Förderjahr"), self.year_combo), self.year_combo)
        form.addRow(self.tr("Zeitraum"), zeitraum)
        form.addRow(self._buddy(self.tr("Auszahlungsdatum *"), self.paid_edit), paid)
        form.addRow(self._buddy(self.tr("Zahlungsart"), self.methode_combo), self.methode_combo)

        self.settings_message = QLabel()
        self.settings_message.setWordWrap(True)
        self.settings_message.hide()

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.settings_message)
        layout.addStretch(1)
        return page

    def _fill_years(self, jahr: int | None) -> None:
        try:
            years = [y.jahr for y in list_years(self.db)]
        except ServiceError as error:
            years = []
            self._tell(localized(error.message), error=True)
        self.year_combo.blockSignals(True)
        for year in sorted(years, reverse=True):
            self.year_combo.addItem(str(year), year)
        if jahr is None and years:
            wanted = last_month_end(self._today()).year
            earlier = [y for y in years if y <= wanted]
            jahr = wanted if wanted in years else (max(earlier) if earlier else min(years))
        if jahr is not None and (position := self.year_combo.findData(jahr)) >= 0:
            self.year_combo.setCurrentIndex(position)
        self.year_combo.blockSignals(False)
        if not years:
            self._tell(
                self.tr(
                    "Es ist noch kein Förderjahr angelegt. Legen Sie es auf der Seite „Förderjahr“ an; danach "
                    "können Sie hier auszahlen."
                ),
            )

    def _zeitraum_toggled(self, choice: int, checked: bool) -> None:
        if not checked:
            return
        self.bis_edit.setEnabled(choice == BIS_DATUM)
        if choice == BIS_DATUM:
            self.bis_edit.setFocus()
            self.bis_edit.selectAll()
        self._settings_changed()

    def _update_zeitraum_labels(self) -> None:
        self.monat_radio.setText(
            self.tr("bis Monatsende (%1)").replace("%1", format_date(self._clamped(last_month_end(self._today()))))
        )
        self.quartal_radio.setText(
            self.tr("bis Quartalsende (%1)").replace("%1", format_date(self._clamped(last_quarter_end(self._today()))))
        )

    def _clamped(self, day: date) -> date:
        """A Förderjahr ends on 31.12.: "bis Monatsende" in a later year means the whole year."""
        jahr = self.jahr()
        return min(day, date(jahr, 12, 31)) if jahr is not None else day

    def _settings_changed(self) -> None:
        self._update_zeitraum_labels()
        if not self.datum_radio.isChecked():  # the date to start from when "bis Datum" is chosen
            self.bis_edit.setText(format_date(self._clamped(last_month_end(self._today()))))
        self._show(self.settings_message, "")

    def _tell(self, text: str, error: bool = False) -> None:
        """A message under the settings: red for an error, plain for information (nothing to pay)."""
        self.settings_message.setStyleSheet(ERROR_STYLE if error else "")
        self._show(self.settings_message, text)

    def _normalise(self, edit: QLineEdit) -> None:
        with suppress(ValidationError):  # the message comes with "Vorschlag anzeigen"
            edit.setText(format_date(parse_date(edit.text(), today=self._today())))

    # what step 1 says ---------------------------------------------------------------------------------------
    def jahr(self) -> int | None:
        return self.year_combo.currentData()

    def methode(self) -> Methode:
        return Methode(self.methode_combo.currentData())  # Qt hands the enum back as a plain str

    def until(self) -> date | None:
        """The end of the Zeitraum, or None (with the message under the field) if the date is not valid."""
        choice = self.zeitraum_group.checkedId()
        if choice == BIS_MONATSENDE:
            return self._clamped(last_month_end(self._today()))
        if choice == BIS_QUARTALSENDE:
            return self._clamped(last_quarter_end(self._today()))
        try:
            day = parse_date(self.bis_edit.text(), today=self._today(), field="bis")
        except ValidationError as error:
            self._show(self.bis_error, localized(error.message))
            return None
        self._show(self.bis_error, "")
        return day

    def paid_on(self) -> date | None:
        try:
            day = parse_date(self.paid_edit.text(), today=self._today(), field="bezahlt_am")
        except ValidationError as error:
            self._show(self.paid_error, localized(error.message))
            return None
        self._show(self.paid_error, "")
        return day

    # step 2: the proposal ------------------------------------------------------------------------------------
    def _build_proposal(self) -> QWidget:
        page = QWidget()
        self.proposal_intro = QLabel()
        self.proposal_intro.setWordWrap(True)
        self.proposal_model = ProposalModel(self)
        self.proposal_model.ticks_changed.connect(self._update_total)
        self.proposal_table = QTableView()
        self.proposal_table.setModel(self.proposal_model)
        self.proposal_table.setAccessibleName(self.tr("Vorschlag des Auszahlungslaufs"))
        self.proposal_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposal_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.proposal_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposal_table.setAlternatingRowColors(True)
        self.proposal_table.setWordWrap(False)
        self.proposal_table.verticalHeader().hide()
        self.proposal_table.setSortingEnabled(True)
        header = self.proposal_table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        metrics = self.fontMetrics()
        for column, sample in (
            (AUSZAHLEN, self.tr("Auszahlen") + "MMM"),
            (NR, "Nr.MMM"),
            (NAME, "M" * 18),
            (STUNDEN, "Stunden" + "MMM"),
            (BETRAG, "1.234,50 €MM"),
            (IBAN, self.tr("vorhanden") + "MMM"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample))
        header.setSectionResizeMode(HINWEISE, QHeaderView.ResizeMode.Stretch)

        buttons = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Alle auswählen"))
        self.all_button.clicked.connect(lambda: self.proposal_model.set_all(True))
        self.none_button = QPushButton(self.tr("Keine auswählen"))
        self.none_button.clicked.connect(lambda: self.proposal_model.set_all(False))
        self.total_label = QLabel()
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        buttons.addWidget(self.total_label, 1)
        for button in (self.all_button, self.none_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.proposal_message = QLabel()
        self.proposal_message.setWordWrap(True)
        self.proposal_message.setStyleSheet(ERROR_STYLE)
        self.proposal_message.hide()

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.proposal_intro)
        layout.addWidget(self.proposal_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.proposal_message)
        return page

    def show_proposal(self) -> bool:
        """Step 1 → 2: ask the service for the proposal. False (and a message in step 1) if there is nothing
        to pay or the input is not valid."""
        jahr = self.jahr()
        if jahr is None:
            self._tell(
                self.tr(
                    "Es ist noch kein Förderjahr angelegt. Legen Sie es auf der Seite „Förderjahr“ an; danach "
                    "können Sie hier auszahlen."
                ),
            )
            return False
        until, paid_on = self.until(), self.paid_on()
        if until is None or paid_on is None:
            return False
        if paid_on < until:
            self._show(
                self.paid_error,
                self.tr(
                    "Das Auszahlungsdatum liegt vor dem Ende des Zeitraums (%1). Bitte ein späteres "
                    "Auszahlungsdatum oder einen früheren Zeitraum wählen."
                ).replace("%1", format_date(until)),
            )
            self.paid_edit.setFocus()
            return False
        try:
            proposals = propose_run(self.db, jahr, until, paid_on)
        except ServiceError as error:
            self._tell(localized(error.message), error=True)
            return False
        if not proposals:
            self._tell(
                self.tr(
                    "Bis zum %1 ist im Förderjahr %2 nichts auszuzahlen: Alle abrechenbaren Stunden sind schon "
                    "ausgezahlt, oder es sind keine Stunden qualifizierter Lots*innen erfasst."
                )
                .replace("%1", format_date(until))
                .replace("%2", str(jahr)),
            )
            return False
        self._proposed_for = (jahr, until, paid_on, self.methode())
        self.proposal_intro.setText(
            self.tr(
                "Vorschlag für das Förderjahr %1: abrechenbare, noch nicht ausgezahlte Stunden bis zum %2, "
                "ausgezahlt am %3 (%4). Entfernen Sie den Haken bei Personen, die Sie diesmal nicht auszahlen "
                "wollen; sie bleiben für den nächsten Lauf offen."
            )
            .replace("%1", str(jahr))
            .replace("%2", format_date(until))
            .replace("%3", format_date(paid_on))
            .replace("%4", methode_label(self.methode()))
        )
        self.proposal_model.set_rows(proposals)
        header = self.proposal_table.horizontalHeader()
        self.proposal_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._show(self.proposal_message, "")
        self._go(STEP_PROPOSAL)
        return True

    def _update_total(self) -> None:
        ticked = self.proposal_model.ticked()
        total = len(self.proposal_model.rows)
        if not ticked:
            self.total_label.setText(self.tr("Niemand ausgewählt – es wird nichts ausgezahlt."))
        else:
            self.total_label.setText(
                self.tr("%1 von %2 ausgewählt · %3 Stunden · %4")
                .replace("%1", format_number(Decimal(len(ticked)), 0))
                .replace("%2", format_number(Decimal(total), 0))
                .replace("%3", format_hours(sum(p.minutes for p in ticked)))
                .replace("%4", format_money(self.total()))
            )
        self.confirm_button.setEnabled(bool(ticked))

    def total(self) -> Decimal:
        """The sum of the ticked rows."""
        return sum((p.amount for p in self.proposal_model.ticked()), Decimal("0.00"))

    def confirm_payout(self) -> bool:
        """Ask once (count, total, date, method), then pay in one transaction and show the Belege."""
        if self._proposed_for is None:
            return False
        jahr, until, paid_on, methode = self._proposed_for
        ticked = self.proposal_model.ticked()
        if not ticked:
            return False
        how = self.tr("als Überweisung") if methode is Methode.UEBERWEISUNG else self.tr("in bar")
        question = (
            self.tr("%1 über %2 am %3 %4 festschreiben? Die Einsätze sind danach nicht mehr änderbar.")
            .replace("%1", payouts_text(len(ticked)))
            .replace("%2", format_money(self.total()))
            .replace("%3", format_date(paid_on))
            .replace("%4", how)
        )
        without_iban = sum(1 for p in ticked if not p.iban)
        if methode is Methode.UEBERWEISUNG and without_iban:
            question += "\n\n" + self.tr(
                "Achtung: Für %1 der ausgewählten Lots*innen ist keine IBAN hinterlegt."
            ).replace("%1", format_number(Decimal(without_iban), 0))
        if not confirm(self, self.tr("Auszahlung bestätigen"), question):
            return False
        try:
            self.created = confirm_run(
                self.db, jahr, until, paid_on, methode, exclude=self.proposal_model.excluded_ids()
            )
        except ServiceError as error:
            self._show(self.proposal_message, localized(error.message))
            return False
        self._show_done()
        return True

    # step 3: the Belege ---------------------------------------------------------------------------------------
    def _build_done(self) -> QWidget:
        page = QWidget()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        font = self.done_label.font()
        font.setBold(True)
        self.done_label.setFont(font)
        self.done_hint = QLabel(
            self.tr(
                "Die Einsätze dieser Auszahlungen sind jetzt festgeschrieben. Eine Korrektur geht nur über ein "
                "Storno auf der Seite „Auszahlungen“; der nächste Lauf rechnet dann neu."
            )
        )
        self.done_hint.setWordWrap(True)
        self.done_list = QTableView()
        self.done_list.setAccessibleName(self.tr("Neue Belege"))
        self.done_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.done_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.done_list.setAlternatingRowColors(True)
        self.done_list.verticalHeader().hide()
        self.done_model = _DoneModel(self)
        self.done_list.setModel(self.done_model)
        header = self.done_list.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        header.resizeSection(0, metrics.horizontalAdvance("Beleg-Nr.MMMM"))
        header.resizeSection(2, metrics.horizontalAdvance("StundenMMM"))
        header.resizeSection(3, metrics.horizontalAdvance("12.345,50 €MM"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.done_label)
        layout.addWidget(self.done_hint)
        layout.addWidget(self.done_list, 1)
        return page

    def _show_done(self) -> None:
        rows = sorted(self.created, key=lambda r: r.beleg_nr)
        self.done_model.set_rows(rows)
        total = sum((r.betrag for r in rows), Decimal("0.00"))
        numbers = f"{rows[0].beleg_nr} – {rows[-1].beleg_nr}" if len(rows) > 1 else rows[0].beleg_nr
        self.done_label.setText(
            self.tr("Festgeschrieben: %1 über %2, Beleg-Nr. %3.")
            .replace("%1", payouts_text(len(rows)))
            .replace("%2", format_money(total))
            .replace("%3", numbers)
        )
        self._go(STEP_DONE)

    def beleg_numbers(self) -> list[str]:
        """The Beleg-Nr. listed in step 3."""
        return [r.beleg_nr for r in self.done_model.rows]

    # moving between the steps ---------------------------------------------------------------------------------
    def go_back(self) -> None:
        if self.steps.currentIndex() == STEP_PROPOSAL:
            self._go(STEP_SETTINGS)

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.step_label.setText(
            self.tr("Schritt %1 von 3").replace("%1", str(step + 1))
            + " – "
            + (
                self.tr("Zeitraum und Zahlungsart wählen"),
                self.tr("Vorschlag prüfen"),
                self.tr("Belege"),
            )[step]
        )
        self.cancel_button.setVisible(step != STEP_DONE)
        self.back_button.setVisible(step == STEP_PROPOSAL)
        self.next_button.setVisible(step == STEP_SETTINGS)
        self.confirm_button.setVisible(step == STEP_PROPOSAL)
        self.close_button.setVisible(step == STEP_DONE)
        default = {STEP_SETTINGS: self.next_button, STEP_PROPOSAL: self.confirm_button, STEP_DONE: self.close_button}
        for button in (self.cancel_button, self.back_button, self.next_button, self.confirm_button, self.close_button):
            button.setDefault(button is default[step])
            button.setAutoDefault(button is default[step])
        if step == STEP_SETTINGS:
            self.next_button.setEnabled(self.year_combo.count() > 0)
            self.year_combo.setFocus()
        elif step == STEP_PROPOSAL:
            self._update_total()
            self.proposal_table.setFocus()
            if self.proposal_model.rowCount():
                self.proposal_table.setCurrentIndex(self.proposal_model.index(0, AUSZAHLEN))
        else:
            self.close_button.setFocus()

    def reject(self) -> None:
        if self.created:  # paid already: closing is not cancelling
            super().accept()
            return
        super().reject()

    # helpers ----------------------------------------------------------------------------------------------------
    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label


class _DoneModel(RecordsModel):
    """The new Belege of the run: Beleg-Nr., Lots*in, Stunden, Betrag."""

    numeric_columns = (2, 3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[PayoutRow] = []
        self._headers = (self.tr("Beleg-Nr."), self.tr("Lots*in"), self.tr("Stunden"), self.tr("Betrag"))

    def set_rows(self, rows: list[PayoutRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.beleg_nr, f"{row.nr} – {row.name}", format_hours(row.minuten), format_money(row.betrag))[
                index.column()
            ]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() in (2, 3):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None
