"""The Übersicht page: how the Förderjahr stands (budget bar), the next deadlines, and the Prüfhinweise.

Read-only: everything comes from ``services.pruefhinweise.uebersicht`` (one computation per reload). A double
click or Enter on a Prüfhinweis, or a click on a deadline's name, emits ``open_target(kind, id)`` with what it
refers to (("lotse", id), ("foerderjahr", jahr), ("kurs", id), …); the main window opens the matching page.
"""

import html
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
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
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.formatting import format_date, format_hours, format_money
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.pruefhinweise import FEHLER, INFO, WARNUNG, Frist, Hinweis, Uebersicht, tage_text, uebersicht
from lotsendesk.ui.budget_bar import BudgetBar
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.lotse_dialog import set_muted
from lotsendesk.ui.page import Page

# Severity: a word in every row, the colour only underlines it (light tints of the Okabe–Ito vermillion, orange
# and blue, with dark text, so they read in light and dark themes).
SEVERITY_BACKGROUND = {FEHLER: QColor("#F6C9B5"), WARNUNG: QColor("#FBE3A6"), INFO: QColor("#D3E5F5")}
SEVERITY_TEXT = QColor("#1A1A1A")
MAX_FRISTEN = 4


class UebersichtPage(Page):
    """What needs attention: the budget of the Förderjahr, the next deadlines, the Prüfhinweise."""

    open_target = Signal(str, int)

    def __init__(self, db, undo_stack, parent: QWidget | None = None) -> None:
        super().__init__(db, undo_stack, parent)
        self._today = date.today  # tests may replace it
        self._chosen: int | None = None  # None: this year's Förderjahr, else the newest
        self._hinweise: list[Hinweis] = []
        self.result: Uebersicht | None = None
        self.set_header(
            self.tr("Übersicht"),
            self.tr(
                "Wie das Förderjahr steht – Budget, nächste Fristen – und die Prüfhinweise, die Ihre "
                "Aufmerksamkeit brauchen. Doppelklick auf einen Hinweis öffnet, worum es geht."
            ),
        )

        # the Förderjahr to look at
        self.year_label = QLabel(self.tr("Förderjahr:"))
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Förderjahr wählen"))
        self.year_combo.setMinimumContentsLength(6)
        self.year_label.setBuddy(self.year_combo)
        self.year_combo.activated.connect(self._year_chosen)
        choose = QHBoxLayout()
        choose.addWidget(self.year_label)
        choose.addWidget(self.year_combo)
        choose.addStretch(1)
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
        self.fristen_box = QGroupBox(self.tr("Nächste Fristen"))
        self.fristen_layout = QGridLayout(self.fristen_box)
        self.fristen_layout.setHorizontalSpacing(14)
        self.fristen_layout.setColumnStretch(0, 1)
        self.top_panel = top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.budget_box, 3)
        top_layout.addWidget(self.fristen_box, 2)
        self.no_year_label = QLabel(
            self.tr(
                "Noch kein Förderjahr angelegt – legen Sie es auf der Seite Förderjahr an: Aktenzeichen, bewilligte "
                "Beträge und Raten aus dem Zuwendungsbescheid. Dann zeigt diese Seite das Budget, die Fristen und "
                "alle Prüfhinweise."
            )
        )
        self.no_year_label.setWordWrap(True)
        self.no_year_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_year_label.setContentsMargins(40, 16, 40, 16)
        self.no_year_label.hide()
        self.layout_.addWidget(top)  # one of the two is shown (not a stack: it would keep the taller height)
        self.layout_.addWidget(self.no_year_label)

        # the Prüfhinweise
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
        self.layout_.addLayout(heading)

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Art"), self.tr("Prüfhinweis")])
        self.table.setAccessibleName(self.tr("Liste der Prüfhinweise"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())  # wrapped texts, new width
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.installEventFilter(self)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setContentsMargins(40, 30, 40, 30)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.layout_.addWidget(self.stack, 1)

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
        self._fill_fristen(result.fristen)
        self._fill_hinweise(list(result.hinweise), result.jahr)

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
            self.no_year_label.show()
            if result.jahre:  # only possible for a year chosen from outside the list
                self.no_year_label.setText(
                    self.tr("Für %1 ist noch kein Förderjahr angelegt.").replace("%1", str(result.jahr))
                )
            return
        self.no_year_label.hide()
        self.top_panel.show()
        self.budget_box.setTitle(self.tr("Budget %1 (Einsatz)").replace("%1", str(result.jahr)))
        self.budget_bar.set_values(summary.year.bewilligt_einsatz, summary.betrag, summary.ausgezahlt, summary.erhalten)
        self.budget_caption.setText(
            self.tr("%1 Stunden erfasst, davon %2 abrechenbar zu %3 je Stunde.")
            .replace("%1", format_hours(summary.recorded_minutes))
            .replace("%2", format_hours(summary.claimable_minutes))
            .replace("%3", format_money(summary.year.params.rate))
        )

    def _fill_fristen(self, fristen: tuple[Frist, ...]) -> None:
        while self.fristen_layout.count():
            item = self.fristen_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        shown = list(fristen[:MAX_FRISTEN])
        if not shown:
            none = QLabel(self.tr("Keine offenen Fristen."))
            set_muted(none)
            self.fristen_layout.addWidget(none, 0, 0)
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
            tage = QLabel(localized(tage_text(frist.tage)))
            tage.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if frist.tage <= 14:  # urgent or overdue: bold as well as the words
                bold = QFont(tage.font())
                bold.setBold(True)
                tage.setFont(bold)
            self.fristen_layout.addWidget(name, row, 0)
            self.fristen_layout.addWidget(datum, row, 1)
            self.fristen_layout.addWidget(tage, row, 2)
        self.fristen_layout.setRowStretch(len(shown), 1)

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
