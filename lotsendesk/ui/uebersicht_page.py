"""The Übersicht page: how the Förderjahr stands (budget bar), the hours of each Lots*in against the cap, the
next deadlines, the Prüfhinweise, and quick actions for the work of the month, the quarter and March.

Read-only: everything comes from ``services.pruefhinweise.uebersicht`` (one computation per reload; the person
bars reuse its ``YearSummary``). A double click or Enter on a Prüfhinweis, a click on a deadline's name or on a
person's bar emits ``open_target(kind, id)`` with what it refers to (("lotse", id), ("foerderjahr", jahr),
("kurs", id), …); the quick-action buttons emit ``quick_action(action, jahr)``. The main window opens the page.

Layout: the year's figures on the left (budget, then the person bars), what is due on the right (deadlines,
then the Prüfhinweise). The lower half is a splitter – the Prüfhinweise need width for their sentences, the
bars need height for many people – and the upper half follows the splitter so the two columns stay aligned.
"""

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.formatting import format_date, format_hours, format_money
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.pruefhinweise import (
    FEHLER,
    INFO,
    URGENT_DAYS,
    WARNUNG,
    Frist,
    Hinweis,
    Uebersicht,
    tage_text,
    uebersicht,
)
from lotsendesk.services.stunden_je_person import person_hours
from lotsendesk.ui.budget_bar import BudgetBar
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.icons import set_icon, set_primary
from lotsendesk.ui.lotse_dialog import set_muted
from lotsendesk.ui.page import Page
from lotsendesk.ui.person_bars import PersonBars

# Severity: a word in every row, the colour only underlines it (light tints of the Okabe–Ito vermillion, orange
# and blue, with dark text, so they read in light and dark themes).
SEVERITY_BACKGROUND = {FEHLER: QColor("#F6C9B5"), WARNUNG: QColor("#FBE3A6"), INFO: QColor("#D3E5F5")}
SEVERITY_TEXT = QColor("#1A1A1A")
MAX_FRISTEN = 5
SOON_TINT_DAYS = 60  # a deadline this close gets the blue tint of a Hinweis, as in the Prüfhinweise

# What the quick-action buttons ask the main window to do (with the Förderjahr shown).
EINSAETZE_ERFASSEN = "einsaetze_erfassen"
AUSZAHLUNG_VORBEREITEN = "auszahlung_vorbereiten"
VERWENDUNGSNACHWEIS = "verwendungsnachweis"
FOERDERJAHR_ANLEGEN = "foerderjahr_anlegen"


class UebersichtPage(Page):
    """What needs attention: the budget of the Förderjahr, the next deadlines, the Prüfhinweise."""

    open_target = Signal(str, int)
    quick_action = Signal(str, int)  # (EINSAETZE_ERFASSEN | … , the Förderjahr shown)

    def __init__(self, db, undo_stack, parent: QWidget | None = None) -> None:
        super().__init__(db, undo_stack, parent)
        self._today = date.today  # tests may replace it
        self._chosen: int | None = None  # None: this year's Förderjahr, else the newest
        self._hinweise: list[Hinweis] = []
        self.result: Uebersicht | None = None
        self.set_header(
            self.tr("Übersicht"),
            self.tr(
                "Wie das Förderjahr steht – Budget, Stunden je Lots*in, nächste Fristen – und die Prüfhinweise, "
                "die Ihre Aufmerksamkeit brauchen. Ein Klick auf eine Lots*in oder ein Doppelklick auf einen "
                "Hinweis öffnet, worum es geht."
            ),
        )

        # the Förderjahr to look at, and the quick actions of the month, the quarter and March
        self.year_label = QLabel(self.tr("Förderjahr:"))
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Förderjahr wählen"))
        self.year_combo.setMinimumContentsLength(6)
        self.year_label.setBuddy(self.year_combo)
        self.year_combo.activated.connect(self._year_chosen)
        self.einsaetze_button = QPushButton(self.tr("Einsätze erfassen"))
        self.einsaetze_button.setObjectName("primary")  # the monthly work: the page's one prominent button
        set_icon(self.einsaetze_button, "clock")
        self.einsaetze_button.setToolTip(self.tr("Stunden von den Stundenzetteln eintippen (Seite Einsätze)"))
        self.auszahlung_button = QPushButton(self.tr("Auszahlung vorbereiten"))
        set_icon(self.auszahlung_button, "payout")
        self.auszahlung_button.setToolTip(
            self.tr("Den Vorschlag für die nächste Auszahlung prüfen und bestätigen (Seite Auszahlungen)")
        )
        self.vn_button = QPushButton(self.tr("Verwendungsnachweis erstellen"))
        set_icon(self.vn_button, "report")
        self.vn_button.setToolTip(
            self.tr("Den Verwendungsnachweis des gewählten Förderjahres auf der Seite Berichte öffnen")
        )
        self.einsaetze_button.clicked.connect(lambda: self._quick(EINSAETZE_ERFASSEN))
        self.auszahlung_button.clicked.connect(lambda: self._quick(AUSZAHLUNG_VORBEREITEN))
        self.vn_button.clicked.connect(lambda: self._quick(VERWENDUNGSNACHWEIS))
        choose = QHBoxLayout()
        choose.addWidget(self.year_label)
        choose.addWidget(self.year_combo)
        choose.addStretch(1)
        for button in (self.einsaetze_button, self.auszahlung_button, self.vn_button):
            choose.addWidget(button)
        self.layout_.addLayout(choose)

        # budget and deadlines side by side, or the empty state that says where to start
        self.budget_box = QGroupBox(self.tr("Budget"))
        budget_layout = QVBoxLayout(self.budget_box)
        self.budget_bar = BudgetBar()
        self.budget_caption = QLabel()
        self.budget_caption.setWordWrap(True)
        set_muted(self.budget_caption)
        budget_layout.addWidget(self.budget_bar)
        budget_layout.addWidget(self.budget_caption)
        budget_layout.addStretch(1)
        self.fristen_box = QGroupBox(self.tr("Nächste Fristen"))
        self.fristen_layout = QGridLayout(self.fristen_box)
        self.fristen_layout.setHorizontalSpacing(14)
        self.fristen_layout.setColumnStretch(0, 1)
        self.top_panel = top = QWidget()
        self.top_layout = top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.budget_box, 1)
        top_layout.addWidget(self.fristen_box, 1)
        self.no_year_panel = QWidget()
        no_year_layout = QVBoxLayout(self.no_year_panel)
        no_year_layout.setContentsMargins(40, 16, 40, 16)
        self.no_year_label = QLabel(
            self.tr(
                "Noch kein Förderjahr angelegt – legen Sie es mit den Angaben aus dem Zuwendungsbescheid an: "
                "Aktenzeichen, bewilligte Beträge und Raten. Dann zeigt diese Seite das Budget, die Stunden je "
                "Lots*in, die Fristen und alle Prüfhinweise."
            )
        )
        self.no_year_label.setWordWrap(True)
        self.no_year_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_year_button = QPushButton(self.tr("Förderjahr anlegen…"))
        set_icon(self.new_year_button, "grant")
        self.new_year_button.clicked.connect(lambda: self._quick(FOERDERJAHR_ANLEGEN))
        no_year_layout.addWidget(self.no_year_label)
        no_year_layout.addWidget(self.new_year_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.no_year_panel.hide()
        self.layout_.addWidget(top)  # one of the two is shown (not a stack: it would keep the taller height)
        self.layout_.addWidget(self.no_year_panel)

        # the hours of each Lots*in against the cap
        self.people_box = QGroupBox(self.tr("Stunden je Lots*in"))
        people_layout = QVBoxLayout(self.people_box)
        self.person_bars = PersonBars()
        self.person_bars.person_activated.connect(lambda lotse_id: self.open_target.emit("lotse", lotse_id))
        self.people_caption = QLabel(
            self.tr(
                "Abrechenbar sind höchstens 276 Stunden im Jahr, als koordinierende*r Lots*in 414 – nach einem "
                "Rollenwechsel anteilig. Schraffiert: Stunden über der Grenze."
            )
        )
        self.people_caption.setWordWrap(True)
        set_muted(self.people_caption)
        people_layout.addWidget(self.person_bars, 1)
        people_layout.addWidget(self.people_caption)

        # the Prüfhinweise
        hinweise_panel = QWidget()
        hinweise_layout = QVBoxLayout(hinweise_panel)
        hinweise_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        self.hinweise_title = QLabel(self.tr("Prüfhinweise"))
        font = QFont(self.hinweise_title.font())
        font.setBold(True)
        self.hinweise_title.setFont(font)
        self.count_label = QLabel()
        set_muted(self.count_label)
        heading.addWidget(self.hinweise_title)
        heading.addSpacing(8)
        heading.addWidget(self.count_label, 1)
        hinweise_layout.addLayout(heading)

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Art"), self.tr("Prüfhinweis")])
        self.table.setAccessibleName(self.tr("Liste der Prüfhinweise"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # tall wrapped rows
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # wrapped texts need new heights at a new width – once the resize has settled (a splitter move resizes
        # the column several times, and a height computed mid-way cuts the last line off)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows_timer.start())
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.installEventFilter(self)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setContentsMargins(40, 30, 40, 30)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        hinweise_layout.addWidget(self.stack, 1)

        # figures left, to-dos right; the top row follows the splitter so the columns stay aligned
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.people_box)
        self.splitter.addWidget(hinweise_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        top_layout.setSpacing(self.splitter.handleWidth() + 4)
        self.splitter.splitterMoved.connect(self._align_top)
        self.layout_.addWidget(self.splitter, 1)
        self._restore_splitter()

    # loading -----------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            result = uebersicht(self.db, self._chosen, self._today())
            if self._chosen is not None and self._chosen not in result.jahre:  # deleted meanwhile
                self._chosen = None
                result = uebersicht(self.db, None, self._today())
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Übersicht"), localized(error.message))
            return
        self.result = result
        self._fill_years(result)
        self._fill_budget(result)
        self._fill_people(result)
        self._fill_fristen(result.fristen)
        self._fill_hinweise(list(result.hinweise), result.jahr)
        has_year = result.summary is not None
        self.auszahlung_button.setEnabled(has_year)
        self.vn_button.setEnabled(has_year)
        # one prominent button: without a Förderjahr that is "Förderjahr anlegen", else "Einsätze erfassen"
        set_primary(self.einsaetze_button, has_year)
        set_primary(self.new_year_button, not has_year)
        self._align_top()

    def _year_chosen(self, _index: int) -> None:
        jahr = self.year_combo.currentData()
        if jahr is not None and jahr != (self.result.jahr if self.result else None):
            self._chosen = jahr
            self.reload()

    def _fill_years(self, result: Uebersicht) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for jahr in result.jahre:
            self.year_combo.addItem(str(jahr), jahr)
        index = self.year_combo.findData(result.jahr)
        if index >= 0:
            self.year_combo.setCurrentIndex(index)
        self.year_combo.blockSignals(False)
        has_years = bool(result.jahre)
        self.year_label.setVisible(has_years)
        self.year_combo.setVisible(has_years)

    def _fill_budget(self, result: Uebersicht) -> None:
        summary = result.summary
        if summary is None:
            self.top_panel.hide()
            self.no_year_panel.show()
            if result.jahre:  # only possible for a year chosen from outside the list
                self.no_year_label.setText(
                    self.tr("Für %1 ist noch kein Förderjahr angelegt.").replace("%1", str(result.jahr))
                )
            return
        self.no_year_panel.hide()
        self.top_panel.show()
        self.budget_box.setTitle(self.tr("Budget %1 (Einsatz)").replace("%1", str(result.jahr)))
        self.budget_bar.set_values(summary.year.bewilligt_einsatz, summary.betrag, summary.ausgezahlt, summary.erhalten)
        self.budget_caption.setText(
            self.tr("%1 Stunden erfasst, davon %2 abrechenbar zu %3 je Stunde.")
            .replace("%1", format_hours(summary.recorded_minutes))
            .replace("%2", format_hours(summary.claimable_minutes))
            .replace("%3", format_money(summary.year.params.rate))
        )

    def _fill_people(self, result: Uebersicht) -> None:
        """The person bars from the same YearSummary as the budget (so the figures cannot disagree)."""
        summary = result.summary
        self.people_box.setVisible(summary is not None)
        if summary is None:
            self.person_bars.set_rows([])
            return
        try:
            rows = person_hours(self.db, summary)
        except ServiceError as error:
            rows = []
            self.person_bars.set_empty_text(localized(error.message))
        self.people_box.setTitle(self.tr("Stunden je Lots*in %1").replace("%1", str(result.jahr)))
        self.person_bars.set_empty_text(
            self.tr(
                "Noch keine Lots*innen mit Stunden in %1. Legen Sie die Lots*innen auf der Seite Lots*innen an und "
                "erfassen Sie ihre Einsätze – dann steht hier, wie viel jede*r noch abrechnen kann."
            ).replace("%1", str(result.jahr))
        )
        self.person_bars.set_rows(rows)

    def _fill_fristen(self, fristen: tuple[Frist, ...]) -> None:
        while self.fristen_layout.count():
            item = self.fristen_layout.takeAt(0)
            if item.widget() is not None:  # hidden at once: deleteLater waits for the event loop
                item.widget().hide()
                item.widget().deleteLater()
        for row in range(self.fristen_layout.rowCount()):
            self.fristen_layout.setRowStretch(row, 0)
        shown = list(fristen[:MAX_FRISTEN])
        if not shown:
            none = QLabel(self.tr("Keine offenen Fristen."))
            set_muted(none)
            self.fristen_layout.addWidget(none, 0, 0)
            self.fristen_layout.setRowStretch(1, 1)
            return
        for row, frist in enumerate(shown):
            name = QLabel()
            name.setWordWrap(True)
            if frist.ziel is None:
                name.setText(localized(frist.name))
            else:  # a link that opens what the deadline belongs to (the Förderjahr, the course)
                kind, ident = frist.ziel
                name.setTextFormat(Qt.TextFormat.RichText)
                name.setText(f'<a href="{kind}:{ident}">{html.escape(localized(frist.name))}</a>')
                name.setTextInteractionFlags(
                    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                )
                name.setToolTip(self.tr("Öffnen, wozu die Frist gehört"))
                name.linkActivated.connect(self.open_link)
            datum = QLabel(format_date(frist.datum))
            datum.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.fristen_layout.addWidget(name, row, 0)
            self.fristen_layout.addWidget(datum, row, 1)
            self.fristen_layout.addWidget(self._days_badge(frist.tage), row, 2)
        rest = len(fristen) - len(shown)
        if rest:
            more = QLabel(
                (self.tr("und 1 weitere Frist") if rest == 1 else self.tr("und %1 weitere Fristen")).replace(
                    "%1", str(rest)
                )
                + " "
                + self.tr("(unter den Prüfhinweisen, sobald sie näher rücken)")
            )
            more.setWordWrap(True)
            set_muted(more)
            self.fristen_layout.addWidget(more, len(shown), 0, 1, 3)
        self.fristen_layout.setRowStretch(len(shown) + 1, 1)

    def _days_badge(self, tage: int) -> QLabel:
        """The days left in words, on the tint of the Prüfhinweis it would be (overdue: Fehler, within two weeks:
        Warnung, within two months: Hinweis) – and bold with a warning sign when urgent, not by colour alone."""
        text = localized(tage_text(tage))
        if tage < 0:
            severity: str | None = FEHLER
            text = "\u26a0 " + text
        elif tage <= URGENT_DAYS:
            severity = WARNUNG
        elif tage <= SOON_TINT_DAYS:
            severity = INFO
        else:
            severity = None
        badge = QLabel(text)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setAccessibleName(text)
        if severity is not None:
            weight = "bold" if severity != INFO else "normal"
            badge.setStyleSheet(
                f"QLabel {{ background: {SEVERITY_BACKGROUND[severity].name()}; color: {SEVERITY_TEXT.name()}; "
                f"border-radius: 3px; padding: 1px 8px; font-weight: {weight}; }}"
            )
        else:
            badge.setStyleSheet("QLabel { padding: 1px 8px; }")
        return badge

    def _fill_hinweise(self, hinweise: list[Hinweis], jahr: int) -> None:
        self._hinweise = hinweise
        words = {FEHLER: self.tr("Fehler"), WARNUNG: self.tr("Warnung"), INFO: self.tr("Hinweis")}
        self.table.setRowCount(len(hinweise))
        for row, hinweis in enumerate(hinweise):
            severity = QTableWidgetItem(words.get(hinweis.schwere, words[INFO]))
            severity.setBackground(SEVERITY_BACKGROUND.get(hinweis.schwere, SEVERITY_BACKGROUND[INFO]))
            severity.setForeground(SEVERITY_TEXT)
            if hinweis.schwere == FEHLER:
                bold = QFont(self.table.font())
                bold.setBold(True)
                severity.setFont(bold)
            text = localized(hinweis.text)
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, 0, severity)
            self.table.setItem(row, 1, item)
        self.table.resizeRowsToContents()
        counts = {s: sum(1 for h in hinweise if h.schwere == s) for s in (FEHLER, WARNUNG, INFO)}
        parts = []
        if counts[FEHLER]:
            parts.append(self.tr("%1 Fehler").replace("%1", str(counts[FEHLER])))
        if counts[WARNUNG]:
            parts.append(
                (self.tr("1 Warnung") if counts[WARNUNG] == 1 else self.tr("%1 Warnungen")).replace(
                    "%1", str(counts[WARNUNG])
                )
            )
        if counts[INFO]:
            parts.append(
                (self.tr("1 Hinweis") if counts[INFO] == 1 else self.tr("%1 Hinweise")).replace("%1", str(counts[INFO]))
            )
        self.count_label.setText(" · ".join(parts))
        if hinweise:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(
                self.tr(
                    "Keine Prüfhinweise für %1 – nichts zu tun. Neue Hinweise erscheinen hier, sobald Stunden, "
                    "Auszahlungen oder Fristen es verlangen."
                ).replace("%1", str(jahr))
            )
            self.stack.setCurrentWidget(self.empty_label)

    # quick actions and layout ------------------------------------------------------------------
    def _quick(self, action: str) -> None:
        jahr = self.result.jahr if self.result is not None else self._today().year
        self.quick_action.emit(action, jahr)

    def _align_top(self, *_args: object) -> None:
        """Budget above the person bars, deadlines above the Prüfhinweise: the top row takes the splitter's
        proportions (while the person bars are hidden the Prüfhinweise fill the splitter: keep the last ones)."""
        sizes = self.splitter.sizes()
        if self.people_box.isVisible() and all(size > 0 for size in sizes):
            self.top_layout.setStretch(0, sizes[0])
            self.top_layout.setStretch(1, sizes[1])
        if _args and QCoreApplication.organizationName():  # moved by hand: remembered (not in tests)
            QSettings().setValue("uebersicht/splitter", self.splitter.saveState())

    def _restore_splitter(self) -> None:
        state = QSettings().value("uebersicht/splitter") if QCoreApplication.organizationName() else None
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([500, 500])  # half each: at 1366 px the bars still fit on one line

    # opening what a Prüfhinweis refers to ------------------------------------------------------
    def hinweis_at(self, row: int) -> Hinweis | None:
        return self._hinweise[row] if 0 <= row < len(self._hinweise) else None

    def open_row(self, row: int) -> None:
        hinweis = self.hinweis_at(row)
        if hinweis is not None and hinweis.ziel is not None:
            kind, ident = hinweis.ziel
            self.open_target.emit(kind, ident)

    def open_link(self, link: str) -> None:
        """A deadline's link ``kind:id`` was clicked: open its target like a Prüfhinweis's."""
        kind, _, ident = link.partition(":")
        if kind and ident.lstrip("-").isdigit():
            self.open_target.emit(kind, int(ident))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_row(self.table.currentRow())
            return True
        return super().eventFilter(watched, event)
