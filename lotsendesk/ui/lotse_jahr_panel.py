"""The details below the Lots*innen table: one person's year, seen as Förderjahr and as tax year.

Förderjahr: the Einsätze dated in the year – hours recorded and claimable, the cap and what is left of it, the
amount and what has been paid for it. Steuerjahr: what was paid in the calendar year (Zufluss), against the
Freibetrag of the person's Freibetragserklärung. The two differ when December hours are paid in January.
"""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.allowances import Freibetrag
from lotsendesk.domain.dates import format_date
from lotsendesk.domain.formatting import format_hours, format_money
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.freibetraege import PersonYear, available_years, person_year
from lotsendesk.ui.freibetrag_dialog import art_label, edit_freibetrag
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.lotse_dialog import set_muted

WARNING_STYLE = "color: #8a4500;"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class _Figures(QGroupBox):
    """A titled box of "label … value" lines; values right-aligned and findable by key (for tests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(0, 1)
        self.values: dict[str, QLabel] = {}
        self._widgets: list[QWidget] = []

    def clear(self) -> None:
        for widget in self._widgets:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._widgets.clear()
        self.values.clear()

    def add(self, key: str, label: str, value: str, bold: bool = False) -> None:
        row = self.grid.rowCount()
        name = QLabel(label)
        name.setAlignment(_LEFT)
        shown = QLabel(value)
        shown.setAlignment(_RIGHT)
        shown.setObjectName(key)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name.setBuddy(shown)
        shown.setAccessibleName(label)
        if bold:
            font = QFont(shown.font())
            font.setBold(True)
            shown.setFont(font)
        self.grid.addWidget(name, row, 0)
        self.grid.addWidget(shown, row, 1)
        self._widgets += [name, shown]
        self.values[key] = shown

    def add_text(self, text: str, muted: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        if muted:
            set_muted(label)
        self.grid.addWidget(label, self.grid.rowCount(), 0, 1, 2)
        self._widgets.append(label)
        return label

    def finish(self) -> None:
        """Spare height below the lines, not between them."""
        spacer = QWidget()
        self.grid.addWidget(spacer, self.grid.rowCount(), 0, 1, 2)
        self.grid.setRowStretch(self.grid.rowCount() - 1, 1)
        self._widgets.append(spacer)


class LotseJahrPanel(QWidget):
    """``show_person(lotse_id, jahr)`` shows that person's figures; ``changed`` after a declaration was saved."""

    changed = Signal()

    def __init__(self, db, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.lotse_id: int | None = None
        self.figures: PersonYear | None = None
        self._today = date.today  # tests may replace it

        self.name_label = QLabel()
        font = QFont(self.name_label.font())
        font.setBold(True)
        self.name_label.setFont(font)
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Jahr der Zahlen"))
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_combo.currentIndexChanged.connect(lambda _i: self._refresh())
        year_label = QLabel(self.tr("Jahr:"))
        year_label.setBuddy(self.year_combo)
        top = QHBoxLayout()
        top.addWidget(self.name_label, 1)
        top.addWidget(year_label)
        top.addWidget(self.year_combo)

        self.foerderjahr_box = _Figures()
        self.steuer_box = _Figures()
        self.erklaerung_box = QGroupBox()
        erklaerung_layout = QVBoxLayout(self.erklaerung_box)
        self.erklaerung_status = QLabel()
        self.erklaerung_status.setWordWrap(True)
        self.erklaerung_details = QLabel()
        self.erklaerung_details.setWordWrap(True)
        set_muted(self.erklaerung_details)
        self.erklaerung_button = QPushButton(self.tr("Freibetragserklärung…"))
        self.erklaerung_button.setAutoDefault(False)
        self.erklaerung_button.setToolTip(
            self.tr("Freibetrag, anderweitig in Anspruch genommenen Betrag und Unterschrift erfassen")
        )
        self.erklaerung_button.clicked.connect(self.edit_declaration)
        erklaerung_layout.addWidget(self.erklaerung_status)
        erklaerung_layout.addWidget(self.erklaerung_details)
        erklaerung_layout.addStretch(1)
        erklaerung_layout.addWidget(self.erklaerung_button, 0, Qt.AlignmentFlag.AlignLeft)

        boxes = QHBoxLayout()
        boxes.setSpacing(12)
        boxes.addWidget(self.foerderjahr_box, 4)
        boxes.addWidget(self.steuer_box, 4)
        boxes.addWidget(self.erklaerung_box, 3)

        self.hints_label = QLabel()
        self.hints_label.setWordWrap(True)
        self.hints_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hints_label.setStyleSheet(WARNING_STYLE)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        set_muted(self.notes_label)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(6)
        details_layout.addLayout(top)
        details_layout.addLayout(boxes, 1)
        details_layout.addWidget(self.hints_label)
        details_layout.addWidget(self.notes_label)

        self.empty_label = QLabel(
            self.tr(
                "Wählen Sie oben eine Person aus: Hier stehen dann ihre Stunden, Auszahlungen und ihr Freibetrag "
                "für ein Jahr."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_muted(self.empty_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(details)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.stack)
        self.stack.setCurrentWidget(self.empty_label)

    # public ------------------------------------------------------------------------------------
    def current_year(self) -> int:
        year = self.year_combo.currentData()
        return int(year) if year is not None else self._today().year

    def show_person(self, lotse_id: int | None, jahr: int) -> None:
        self.lotse_id = lotse_id
        self._fill_years(jahr)
        self._refresh()

    def reload(self) -> None:
        """Fresh years and figures (after edits elsewhere, undo, import)."""
        self._fill_years(self.current_year(), reload=True)
        self._refresh()

    def value(self, key: str) -> str:
        """The text shown for a figure (``fj_abrechenbar``, ``st_frei`` …); '' if it is not shown."""
        for box in (self.foerderjahr_box, self.steuer_box):
            if key in box.values:
                return box.values[key].text()
        return ""

    def edit_declaration(self) -> None:
        if self.lotse_id is None or self.figures is None:
            return
        if edit_freibetrag(self.db, self.undo_stack, self.lotse_id, self.current_year(), self.figures.name, self):
            self._refresh()
            self.changed.emit()

    # internals ---------------------------------------------------------------------------------
    def _fill_years(self, jahr: int, reload: bool = False) -> None:
        known = [int(self.year_combo.itemData(i)) for i in range(self.year_combo.count())]
        if reload or not known:
            try:
                known = available_years(self.db, self._today())
            except ServiceError:
                known = [self._today().year]
        if jahr not in known:
            known = sorted({*known, jahr}, reverse=True)
        self.year_combo.blockSignals(True)
        if [int(self.year_combo.itemData(i)) for i in range(self.year_combo.count())] != known:
            self.year_combo.clear()
            for year in known:
                self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(jahr))
        self.year_combo.blockSignals(False)

    def _refresh(self) -> None:
        if self.lotse_id is None:
            self.figures = None
            self.stack.setCurrentWidget(self.empty_label)
            return
        try:
            self.figures = person_year(self.db, self.lotse_id, self.current_year())
        except ServiceError as error:
            self.figures = None
            self.empty_label.setText(localized(error.message))
            self.stack.setCurrentWidget(self.empty_label)
            return
        self._show(self.figures)
        self.stack.setCurrentIndex(0)

    def _show(self, figures: PersonYear) -> None:
        jahr = figures.jahr
        self.name_label.setText(figures.name)
        box = self.foerderjahr_box
        box.clear()
        box.setTitle(self.tr("Förderjahr %1 (Einsätze im Jahr)").replace("%1", str(jahr)))
        fj = figures.foerderjahr
        if fj is None:
            box.add_text(
                self.tr("Für %1 ist noch kein Förderjahr angelegt (Seite Förderjahr).").replace("%1", str(jahr)),
                muted=True,
            )
        else:
            box.add_text(fj.rolle, muted=True)
            box.add("fj_erfasst", self.tr("Stunden erfasst"), format_hours(fj.recorded))
            box.add("fj_abrechenbar", self.tr("Stunden abrechenbar"), format_hours(fj.claimable))
            box.add("fj_grenze", self.tr("Höchstgrenze (Stunden)"), format_hours(fj.cap))
            box.add("fj_frei", self.tr("noch frei (Stunden)"), format_hours(fj.cap_left))
            box.add("fj_betrag", self.tr("Betrag abrechenbar"), format_money(fj.betrag))
            box.add("fj_ausgezahlt", self.tr("ausgezahlt"), format_money(fj.ausgezahlt), bold=True)
            if fj.ausgezahlt_spaeter:
                box.add(
                    "fj_spaeter",
                    self.tr("davon ausgezahlt in %1").replace("%1", str(jahr + 1)),
                    format_money(fj.ausgezahlt_spaeter),
                )
            box.add("fj_offen", self.tr("noch auszuzahlen"), format_money(fj.offen))
        box.finish()

        box = self.steuer_box
        box.clear()
        box.setTitle(self.tr("Steuerjahr %1 (ausgezahlt im Jahr)").replace("%1", str(jahr)))
        steuer = figures.steuer
        box.add("st_ausgezahlt", self.tr("ausgezahlt im Kalenderjahr"), format_money(steuer.ausgezahlt), bold=True)
        for foerderjahr, paid in steuer.nach_foerderjahr:
            if foerderjahr != jahr:
                box.add(
                    f"st_fj_{foerderjahr}",
                    self.tr("davon für Förderjahr %1").replace("%1", str(foerderjahr)),
                    format_money(paid),
                )
        erklaerung, room = steuer.erklaerung, steuer.headroom
        if erklaerung is None:
            box.add("st_art", self.tr("Freibetrag"), self.tr("keine Erklärung"))
        else:
            box.add("st_art", self.tr("Freibetrag"), erklaerung.art.value)
            if room is not None:
                box.add("st_grenze", self.tr("Grenze %1").replace("%1", str(jahr)), format_money(room.limit))
                box.add(
                    "st_anderweitig", self.tr("anderweitig in Anspruch genommen"), format_money(room.used_elsewhere)
                )
                box.add("st_frei", self.tr("noch frei"), format_money(room.left), bold=True)
                if steuer.ueberschritten:
                    box.add("st_steuerpflichtig", self.tr("steuerpflichtig"), format_money(steuer.ueberschritten))
        box.finish()

        self.erklaerung_box.setTitle(self.tr("Freibetragserklärung %1").replace("%1", str(jahr)))
        if erklaerung is None:
            self.erklaerung_status.setText(self.tr("Für %1 liegt keine Erklärung vor.").replace("%1", str(jahr)))
            self.erklaerung_details.setText(
                self.tr("Vor der ersten Auszahlung im Jahr einholen: welcher Freibetrag, was anderweitig genutzt wird.")
            )
        else:
            if erklaerung.unterschrieben_am:
                status = self.tr("Unterschrieben am %1.").replace("%1", format_date(erklaerung.unterschrieben_am))
            else:
                status = self.tr("Erfasst, aber noch nicht unterschrieben.")
            self.erklaerung_status.setText(status)
            details = [art_label(Freibetrag(erklaerung.art))]
            if erklaerung.sozialleistungen and erklaerung.einwilligung_am:
                details.append(
                    self.tr(
                        "Bezieht Bürgergeld/AsylbLG (Einwilligung vom %1): Monate über 250 € werden gemeldet."
                    ).replace("%1", format_date(erklaerung.einwilligung_am))
                )
            self.erklaerung_details.setText("\n".join(details))

        prefix = self.tr("Prüfhinweis: %1")
        hints = [prefix.replace("%1", localized(text)) for text in figures.warnings]
        self.hints_label.setText("\n".join(hints))
        self.hints_label.setVisible(bool(hints))
        notes = [self.tr("Hinweis: %1").replace("%1", localized(text)) for text in figures.notes]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
