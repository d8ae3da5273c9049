"""The Förderjahr page: the Zuwendungsbescheid of one year, its rules and deadlines, the Raten received, and a
gauge of the budget (bewilligt / abrechenbar / ausgezahlt / erhalten)."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.deadlines import days_left
from lotsendesk.domain.formatting import format_hours, format_money, format_number
from lotsendesk.domain.funding import CapMethod
from lotsendesk.services.dokumente import sent_years
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.exports import export_belegliste, export_summary
from lotsendesk.services.foerderjahre import (
    FoerderjahrData,
    RateRow,
    YearSummary,
    active_qualified_count,
    add_rate,
    add_year,
    delete_rate,
    delete_year,
    list_years,
    update_year,
    year_summary,
)
from lotsendesk.services.quali_jahr import quali_text, year_quali
from lotsendesk.services.traeger import TraegerData, get_traeger, koordinierung_eligible
from lotsendesk.ui.ask import confirm
from lotsendesk.ui.budget_bar import BudgetBar
from lotsendesk.ui.export_dialog import export_with_dialog
from lotsendesk.ui.foerderjahr_dialog import (
    FoerderjahrDialog,
    RateDialog,
    TraegerDialog,
    cap_method_explanation,
    cap_method_label,
    format_hours_plain,
    rechtsform_label,
)
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.icons import set_icon
from lotsendesk.ui.lotse_dialog import set_muted
from lotsendesk.ui.page import Page
from lotsendesk.ui.traeger_form import push_traeger_edit
from lotsendesk.ui.undo import push_done
from lotsendesk.ui.value_grid import value_grid, vertical_scroll

MIN_QUALIFIED = 5  # Koordinierungspauschale: at least five active qualified Lots*innen (domain.md §1.3)

# Raten table columns
DATUM, BETRAG, NOTIZ = range(3)


class FoerderjahrPage(Page):
    def __init__(self, db, undo_stack, parent: QWidget | None = None) -> None:
        super().__init__(db, undo_stack, parent)
        self._today = date.today  # tests may replace it
        self._years: list[FoerderjahrData] = []
        self.summary: YearSummary | None = None
        self.set_header(
            self.tr("Förderjahr"),
            self.tr("Zuwendungsbescheid, Raten und der Stand des Budgets für ein Jahr."),
        )
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Förderjahr wählen"))
        self.year_combo.setMinimumContentsLength(6)
        self.year_combo.currentIndexChanged.connect(lambda _i: self._show_year())
        year_label = QLabel(self.tr("Jahr:"))
        year_label.setBuddy(self.year_combo)
        year_label.setMinimumHeight(self.year_combo.sizeHint().height())
        year_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit_button = QPushButton(self.tr("Bescheid bearbeiten…"))
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit_year)
        self.new_button = QPushButton(self.tr("Förderjahr anlegen…"))
        self.new_button.setObjectName("primary")
        set_icon(self.new_button, "grant")
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.add_year)
        self.export_button = QPushButton(self.tr("Exportieren"))  # a menu: its entries end in "…"
        self.export_button.setAutoDefault(False)
        self.export_button.setToolTip(self.tr("Zahlen dieses Förderjahres als Excel- oder CSV-Datei speichern"))
        export_menu = QMenu(self.export_button)
        self.export_summary_action = export_menu.addAction(self.tr("Stunden und Beträge je Lots*in…"))
        self.export_summary_action.triggered.connect(self.export_summary)
        self.export_belegliste_action = export_menu.addAction(self.tr("Belegliste (Auszahlungen und Stornos)…"))
        self.export_belegliste_action.triggered.connect(self.export_belegliste)
        self.export_button.setMenu(export_menu)
        for widget in (year_label, self.year_combo, self.edit_button, self.export_button):
            self.actions_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        self.actions_layout.addSpacing(12)
        self.actions_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)

        self.empty_label = QLabel(
            self.tr(
                "Noch kein Förderjahr angelegt. Tragen Sie die Daten Ihres Zuwendungsbescheids ein: "
                "„Förderjahr anlegen…“."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setContentsMargins(40, 40, 40, 40)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        body.addWidget(self._build_budget())
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(self._build_bescheid(), 5)
        columns.addWidget(self._build_rules(), 5)
        columns.addWidget(self._build_raten(), 4)
        body.addLayout(columns, 1)
        scroll = vertical_scroll(content)

        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.empty_label)
        self.content = scroll
        self.layout_.addWidget(self.stack, 1)
        self._update_buttons()

    # building ----------------------------------------------------------------------------------
    def _build_budget(self) -> QGroupBox:
        box = QGroupBox(self.tr("Budget"))
        layout = QVBoxLayout(box)
        self.budget_bar = BudgetBar()
        layout.addWidget(self.budget_bar)
        self.hours_label = QLabel()
        self.hours_label.setWordWrap(True)
        self.hours_label.setObjectName("hours")
        layout.addWidget(self.hours_label)
        self.quali_label = QLabel()  # Qualifizierung: approved vs. the fundable part of the year's courses
        self.quali_label.setWordWrap(True)
        self.quali_label.setObjectName("quali")
        layout.addWidget(self.quali_label)
        legend = QLabel(
            self.tr(
                "abrechenbar: Betrag der abrechenbaren Stunden · ausgezahlt: an die Lots*innen gezahlt · "
                "erhalten: Raten vom Regierungspräsidium · gestrichelte Linie: bewilligte Summe"
            )
        )
        legend.setWordWrap(True)
        set_muted(legend)
        layout.addWidget(legend)
        return box

    def _grid_box(self, title: str, rows: list[tuple[str, str]]) -> tuple[QGroupBox, QGridLayout]:
        """A box of label/value pairs; the value labels are kept in ``self.values`` under their keys."""
        box = QGroupBox(title)
        grid = value_grid(box, rows, self.values)
        return box, grid

    def _build_bescheid(self) -> QGroupBox:
        self.values: dict[str, QLabel] = {}
        box, grid = self._grid_box(
            self.tr("Zuwendungsbescheid"),
            [
                ("aktenzeichen", self.tr("Aktenzeichen")),
                ("bescheid_datum", self.tr("Bescheid vom")),
                ("bewilligung", self.tr("Bewilligungszeitraum")),
                ("nebenbestimmungen", self.tr("Nebenbestimmungen")),
                ("bewilligt_einsatz", self.tr("Bewilligt: Einsatz")),
                ("bewilligt_koordination", self.tr("Koordinierungspauschale")),
                ("bewilligt_quali", self.tr("Qualifizierung")),
                ("notizen", self.tr("Notizen")),
            ],
        )
        for key in ("bewilligt_einsatz", "bewilligt_koordination", "bewilligt_quali"):
            self.values[key].setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.koordination_label = QLabel()
        self.koordination_label.setWordWrap(True)
        self.koordination_label.setObjectName("koordination_status")
        self.traeger_button = QPushButton(self.tr("Träger…"))
        self.traeger_button.setAutoDefault(False)
        self.traeger_button.setToolTip(
            self.tr(
                "Rechtsform, Gemeinnützigkeit und Einwohnerzahl (für die Koordinierungspauschale), Anschrift und "
                "Unterschriften für die Dokumente"
            )
        )
        self.traeger_button.clicked.connect(self.edit_traeger)
        row = grid.rowCount()
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, row, 0, 1, 2)
        grid.addWidget(self.koordination_label, row + 1, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.traeger_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, row + 2, 0, 1, 2)
        grid.setRowStretch(row + 3, 1)
        return box

    def _build_rules(self) -> QGroupBox:
        box, grid = self._grid_box(
            self.tr("Regeln und Fristen"),
            [
                ("satz", self.tr("Satz")),
                ("cap", self.tr("Höchstgrenze im Jahr")),
                ("wochenschnitt", self.tr("Wochenschnitt")),
                ("cap_methode", self.tr("Bei Rollenwechsel")),
                ("erklaerung", self.tr("Erklärung zum Bescheid")),
                ("verwendungsnachweis", self.tr("Verwendungsnachweis")),
            ],
        )
        grid.setRowStretch(grid.rowCount(), 1)
        return box

    def _build_raten(self) -> QGroupBox:
        box = QGroupBox(self.tr("Raten (Mittelabrufe)"))
        layout = QVBoxLayout(box)
        self.raten_table = QTableWidget(0, 3)
        self.raten_table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Betrag"), self.tr("Notiz")])
        self.raten_table.setAccessibleName(self.tr("Erhaltene Raten"))
        self.raten_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.raten_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.raten_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.raten_table.setAlternatingRowColors(True)
        self.raten_table.setWordWrap(False)
        self.raten_table.verticalHeader().hide()
        header = self.raten_table.horizontalHeader()
        header.setHighlightSections(False)
        metrics = self.raten_table.fontMetrics()
        header.resizeSection(DATUM, metrics.horizontalAdvance("00.00.0000") + 24)
        header.resizeSection(BETRAG, metrics.horizontalAdvance("000.000,00 €") + 24)
        header.setSectionResizeMode(NOTIZ, QHeaderView.ResizeMode.Stretch)
        header_item = self.raten_table.horizontalHeaderItem(BETRAG)
        header_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.raten_table.itemSelectionChanged.connect(self._update_buttons)
        self.raten_table.setMinimumHeight(metrics.height() * 6)
        layout.addWidget(self.raten_table, 1)
        self.raten_sum = QLabel()
        self.raten_sum.setObjectName("raten_sum")
        layout.addWidget(self.raten_sum)
        self.raten_empty = QLabel(self.tr("Noch keine Rate erfasst. Tragen Sie jeden Zahlungseingang ein."))
        self.raten_empty.setWordWrap(True)
        set_muted(self.raten_empty)
        layout.addWidget(self.raten_empty)
        self.add_rate_button = QPushButton(self.tr("Rate erfassen…"))
        self.add_rate_button.setAutoDefault(False)
        self.add_rate_button.clicked.connect(self.add_rate)
        self.delete_rate_button = QPushButton(self.tr("Rate löschen"))
        self.delete_rate_button.setAutoDefault(False)
        self.delete_rate_button.clicked.connect(self.delete_selected_rate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_rate_button)
        buttons.addWidget(self.delete_rate_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    # loading -----------------------------------------------------------------------------------
    def reload(self) -> None:
        shown = self.current_jahr()
        try:
            self._years = list_years(self.db)
        except ServiceError as error:
            self._years = []
            QMessageBox.warning(self, self.tr("Förderjahr"), localized(error.message))
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in self._years:
            self.year_combo.addItem(str(year.jahr), year.jahr)
        jahre = [y.jahr for y in self._years]
        if shown not in jahre:
            this_year = self._today().year
            shown = this_year if this_year in jahre else (jahre[0] if jahre else None)
        if shown is not None:
            self.year_combo.setCurrentIndex(self.year_combo.findData(shown))
        self.year_combo.blockSignals(False)
        self._show_year()

    def current_jahr(self) -> int | None:
        return self.year_combo.currentData()

    def show_jahr(self, jahr: int) -> None:
        index = self.year_combo.findData(jahr)
        if index >= 0:
            self.year_combo.setCurrentIndex(index)

    def _show_year(self) -> None:
        jahr = self.current_jahr()
        self.summary = None
        if jahr is None:
            self.stack.setCurrentWidget(self.empty_label)
            self._update_buttons()
            return
        try:
            self.summary = year_summary(self.db, jahr)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Förderjahr"), localized(error.message))
            self.stack.setCurrentWidget(self.empty_label)
            self._update_buttons()
            return
        self.stack.setCurrentWidget(self.content)
        self._fill(self.summary)
        self._update_buttons()

    def _fill(self, summary: YearSummary) -> None:
        data = summary.year
        v = self.values
        v["aktenzeichen"].setText(data.aktenzeichen or self.tr("– noch nicht eingetragen –"))
        v["bescheid_datum"].setText(format_date(data.bescheid_datum) or self.tr("– noch nicht eingetragen –"))
        period = data.period
        period_text = (
            self.tr("%1 bis %2").replace("%1", format_date(period.start)).replace("%2", format_date(period.end))
        )
        if data.bewilligung is None:
            period_text = self.tr("%1 (Kalenderjahr)").replace("%1", period_text)
        v["bewilligung"].setText(period_text)
        v["nebenbestimmungen"].setText(data.nebenbestimmungen)
        v["bewilligt_einsatz"].setText(format_money(data.bewilligt_einsatz))
        v["bewilligt_koordination"].setText(format_money(data.bewilligt_koordination))
        v["bewilligt_quali"].setText(format_money(data.bewilligt_quali))
        v["notizen"].setText(data.notizen or "–")

        params = data.params
        v["satz"].setText(self.tr("%1 je Stunde").replace("%1", format_money(params.rate)))
        v["cap"].setText(
            self.tr("%1 h als Lots*in, %2 h koordinierend")
            .replace("%1", format_hours_plain(params.cap_lotsin_minutes))
            .replace("%2", format_hours_plain(params.cap_koordinierend_minutes))
        )
        v["wochenschnitt"].setText(
            self.tr("%1 h / %2 h (nur ein Hinweis)")
            .replace("%1", format_hours_plain(params.weekly_lotsin_minutes))
            .replace("%2", format_hours_plain(params.weekly_koordinierend_minutes))
        )
        method = CapMethod(params.cap_method)
        v["cap_methode"].setText(f"{cap_method_label(method)}\n{cap_method_explanation(method)}")
        v["erklaerung"].setText(self._erklaerung_text(data))
        sent = sent_years(self.db).get(data.jahr)
        v["verwendungsnachweis"].setText(
            self.tr("bis %1 – versandt am %2")
            .replace("%1", format_date(data.vn_frist))
            .replace("%2", format_date(sent))
            if sent
            else self._due_text(data.vn_frist)
        )

        self.budget_bar.set_values(data.bewilligt_einsatz, summary.betrag, summary.ausgezahlt, summary.erhalten)
        self.hours_label.setText(
            self.tr("Stunden erfasst: %1 · davon abrechenbar: %2 · Betrag: %3 · Lots*innen mit Stunden: %4")
            .replace("%1", format_hours(summary.recorded_minutes))
            .replace("%2", format_hours(summary.claimable_minutes))
            .replace("%3", format_money(summary.betrag))
            .replace("%4", format_number(Decimal(len(summary.people)), 0))
        )
        self._fill_quali(data.jahr)
        self._fill_raten(summary.raten)
        self._fill_koordination(data)

    def _fill_quali(self, jahr: int) -> None:
        try:
            text = localized(quali_text(year_quali(self.db, jahr, self._today())))
        except ServiceError as error:
            text = localized(error.message)
        self.quali_label.setText(self.tr("Qualifizierung: %1").replace("%1", text))

    def _due_text(self, due: date) -> str:
        left = days_left(due, self._today())
        if left > 1:
            rest = self.tr("noch %1 Tage").replace("%1", format_number(Decimal(left), 0))
        elif left == 1:
            rest = self.tr("noch 1 Tag")
        elif left == 0:
            rest = self.tr("heute fällig")
        elif left == -1:
            rest = self.tr("seit 1 Tag überfällig")
        else:
            rest = self.tr("seit %1 Tagen überfällig").replace("%1", format_number(Decimal(-left), 0))
        return self.tr("bis %1 (%2)").replace("%1", format_date(due)).replace("%2", rest)

    def _erklaerung_text(self, data: FoerderjahrData) -> str:
        if data.erklaerung_zurueck_am:
            return self.tr("zurückgegeben am %1").replace("%1", format_date(data.erklaerung_zurueck_am))
        due = data.erklaerung_frist
        if due is None:
            return self.tr("Frist offen: ein Monat nach dem Bescheid-Datum (noch nicht eingetragen)")
        return self._due_text(due)

    def _fill_raten(self, raten: tuple[RateRow, ...]) -> None:
        table = self.raten_table
        table.setRowCount(len(raten))
        for row, rate in enumerate(raten):
            datum = QTableWidgetItem(format_date(rate.datum))
            datum.setData(Qt.ItemDataRole.UserRole, rate.id)
            betrag = QTableWidgetItem(format_money(rate.betrag))
            betrag.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            notiz = QTableWidgetItem(rate.notiz)
            notiz.setToolTip(rate.notiz)
            for column, item in ((DATUM, datum), (BETRAG, betrag), (NOTIZ, notiz)):
                table.setItem(row, column, item)
        total = sum((r.betrag for r in raten), Decimal("0.00"))
        if len(raten) == 1:
            text = self.tr("Erhalten: %1 in 1 Rate").replace("%1", format_money(total))
        else:
            text = (
                self.tr("Erhalten: %1 in %2 Raten")
                .replace("%1", format_money(total))
                .replace("%2", format_number(Decimal(len(raten)), 0))
            )
        self.raten_sum.setText(text)
        self.raten_sum.setVisible(bool(raten))
        self.raten_empty.setVisible(not raten)

    def _fill_koordination(self, data: FoerderjahrData) -> None:
        on = min(self._today(), data.period.end)
        try:
            count = active_qualified_count(self.db, on)
            traeger = get_traeger(self.db)
        except ServiceError as error:
            self.koordination_label.setText(localized(error.message))
            return
        eligible_traeger = koordinierung_eligible(traeger)
        enough = count >= MIN_QUALIFIED
        people = (
            self.tr("1 aktive qualifizierte Lots*in")
            if count == 1
            else self.tr("%1 aktive qualifizierte Lots*innen").replace("%1", format_number(Decimal(count), 0))
        )
        if not enough:
            people = self.tr("%1, mindestens 5 nötig").replace("%1", people)
        traeger_text = self._traeger_text(traeger, eligible_traeger)
        if enough and eligible_traeger:
            text = self.tr("Koordinierungspauschale: Voraussetzungen erfüllt (%1; %2).")
        else:
            text = self.tr("Koordinierungspauschale: Voraussetzungen nicht erfüllt (%1; %2).")
        self.koordination_label.setText(text.replace("%1", people).replace("%2", traeger_text))
        self.koordination_label.setStyleSheet("" if enough and eligible_traeger else "color: #8a5a00;")

    def _traeger_text(self, traeger: TraegerData, eligible: bool) -> str:
        form = rechtsform_label(traeger.rechtsform)
        if traeger.gemeinnuetzig:
            return self.tr("Träger: %1, gemeinnützig").replace("%1", form)
        if traeger.rechtsform == "kommune":
            einwohner = format_number(Decimal(traeger.einwohner), 0)
            if eligible:
                return self.tr("Träger: Kommune mit %1 Einwohner*innen").replace("%1", einwohner)
            return self.tr("Träger: Kommune mit %1 Einwohner*innen, 50.000 oder mehr").replace("%1", einwohner)
        return self.tr("Träger: %1, nicht gemeinnützig").replace("%1", form)

    def _update_buttons(self) -> None:
        has_year = self.current_jahr() is not None and self.summary is not None
        self.year_combo.setEnabled(bool(self._years))
        self.edit_button.setEnabled(has_year)
        self.export_button.setEnabled(has_year)
        self.add_rate_button.setEnabled(has_year)
        self.delete_rate_button.setEnabled(has_year and self.selected_rate_id() is not None)

    # Called by the main window's Bearbeiten menu (Strg+N, Strg+F, Entf).
    def new_record(self) -> None:
        if self.new_button.isEnabled():
            self.add_year()

    def focus_search(self) -> None:
        """No search here: the year chooser is the page's filter."""
        self.year_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def delete_selection(self) -> None:
        """Only Raten can be deleted here, and only when their list has the focus (a Bescheid is never deleted)."""
        if self.raten_table.hasFocus():
            self.delete_selected_rate()

    # actions -----------------------------------------------------------------------------------
    def add_year(self) -> None:
        try:
            dialog = FoerderjahrDialog(self.db, None, False, self)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Förderjahr anlegen"), localized(error.message))
            return
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.after is None:
            return
        after = dialog.after
        jahr = after.jahr
        push_done(
            self.undo_stack,
            self.tr("Förderjahr %1 anlegen").replace("%1", str(jahr)),
            lambda: delete_year(self.db, jahr),
            lambda: add_year(self.db, after),
            self,
        )
        self.reload()
        self.show_jahr(jahr)
        self.data_changed.emit()

    def edit_year(self) -> None:
        jahr = self.current_jahr()
        if jahr is None:
            return
        try:
            dialog = FoerderjahrDialog(self.db, jahr, True, self)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Bescheid bearbeiten"), localized(error.message))
            self.reload()
            return
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changed():
            return
        before, after = dialog.before, dialog.after
        push_done(
            self.undo_stack,
            self.tr("Zuwendungsbescheid %1 bearbeiten").replace("%1", str(jahr)),
            lambda: update_year(self.db, before),
            lambda: update_year(self.db, after),
            self,
        )
        self._after_edit()

    def add_rate(self) -> None:
        jahr = self.current_jahr()
        if jahr is None:
            return
        dialog = RateDialog(self.db, jahr, self, today=self._today())
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.rate_id is None:
            return
        datum, betrag, notiz = dialog.datum, dialog.betrag, dialog.notiz
        current = {"id": dialog.rate_id}

        def undo() -> None:
            delete_rate(self.db, current["id"])

        def redo() -> None:
            current["id"] = add_rate(self.db, jahr, datum, betrag, notiz)

        push_done(
            self.undo_stack,
            self.tr("Rate über %1 erfassen").replace("%1", format_money(betrag)),
            undo,
            redo,
            self,
        )
        self._after_edit()

    def selected_rate_id(self) -> int | None:
        rows = self.raten_table.selectionModel().selectedRows() if self.raten_table.selectionModel() else []
        if not rows:
            return None
        item = self.raten_table.item(rows[0].row(), DATUM)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def delete_selected_rate(self) -> None:
        jahr, rate_id = self.current_jahr(), self.selected_rate_id()
        if jahr is None or rate_id is None or self.summary is None:
            return
        rate = next((r for r in self.summary.raten if r.id == rate_id), None)
        if rate is None:
            return
        question = (
            self.tr(
                "Die Rate vom %1 über %2 löschen?\n\nSie zählt dann nicht mehr zu „erhalten“. "
                "Mit Bearbeiten → Rückgängig (Strg+Z) lässt sich das zurücknehmen."
            )
            .replace("%1", format_date(rate.datum))
            .replace("%2", format_money(rate.betrag))
        )
        if not confirm(self, self.tr("Rate löschen"), question):
            return
        try:
            delete_rate(self.db, rate_id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Rate löschen"), localized(error.message))
            return
        current = {"id": rate_id}

        def undo() -> None:
            current["id"] = add_rate(self.db, jahr, rate.datum, rate.betrag, rate.notiz)

        def redo() -> None:
            delete_rate(self.db, current["id"])

        push_done(
            self.undo_stack,
            self.tr("Rate über %1 löschen").replace("%1", format_money(rate.betrag)),
            undo,
            redo,
            self,
        )
        self._after_edit()

    def edit_traeger(self) -> None:
        try:
            dialog = TraegerDialog(self.db, self)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Träger"), localized(error.message))
            return
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.after_state is None or not dialog.changed():
            return
        # the facts and the logo, undone together (the same entry as on the Einstellungen page)
        push_traeger_edit(self.undo_stack, self.db, dialog.before_state, dialog.after_state, self)
        self._after_edit()

    def _after_edit(self) -> None:
        self.reload()
        self.data_changed.emit()

    # export ------------------------------------------------------------------------------------
    def export_summary(self) -> None:
        """The year's figures per person (what the Verwendungsnachweis' Anlage shows), for Excel."""
        jahr = self.current_jahr()
        if jahr is None:
            return
        export_with_dialog(
            self,
            self.tr("Förderjahr exportieren"),
            self.tr("Förderjahr %1 je Lotsin").replace("%1", str(jahr)) + ".xlsx",
            lambda path, progress: export_summary(self.db, jahr, path, None, progress),
            lambda result: (
                self.tr("Stunden und Beträge %1 (%2) gespeichert in „%3“.")
                .replace("%1", str(jahr))
                .replace("%2", self._people_text(result.rows))
                .replace("%3", result.path.name)
            ),
        )

    def export_belegliste(self) -> None:
        """Every payout and Storno of the year, as in the Verwendungsnachweis' Belegliste."""
        jahr = self.current_jahr()
        if jahr is None:
            return
        export_with_dialog(
            self,
            self.tr("Belegliste exportieren"),
            self.tr("Belegliste %1").replace("%1", str(jahr)) + ".xlsx",
            lambda path, progress: export_belegliste(self.db, jahr, path, None, progress),
            lambda result: (
                (
                    self.tr("Belegliste %1 (1 Buchung, %3) gespeichert in „%4“.")
                    if result.rows == 1
                    else self.tr("Belegliste %1 (%2 Buchungen, %3) gespeichert in „%4“.")
                )
                .replace("%1", str(jahr))
                .replace("%2", format_number(Decimal(result.rows), 0))
                .replace("%3", format_money(result.amount or Decimal("0.00")))
                .replace("%4", result.path.name)
            ),
        )

    def _people_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 Lots*in")
        return self.tr("%1 Lots*innen").replace("%1", format_number(Decimal(count), 0))
