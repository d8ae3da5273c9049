"""Einsätze: type them in from paper timesheets, find them again, correct or delete them."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from lotsendesk.domain.formatting import format_date, format_hours, format_number
from lotsendesk.services import einsaetze as service
from lotsendesk.services.database import Database
from lotsendesk.services.einsaetze import EinsatzData, EinsatzFilter
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.exports import ExportResult, write_einsaetze
from lotsendesk.services.lotsen import LotseRef, list_lotse_refs
from lotsendesk.services.taetigkeiten import list_taetigkeiten
from lotsendesk.ui.ask import confirm
from lotsendesk.ui.einsaetze_model import (
    COL_DATUM,
    COL_DAUER,
    COL_NAME,
    COL_NR,
    COL_STATUS,
    COL_TAETIGKEIT,
    EinsaetzeModel,
)
from lotsendesk.ui.einsatz_dialog import EinsatzDialog
from lotsendesk.ui.einsatz_form import EinsatzForm
from lotsendesk.ui.export_dialog import export_with_dialog
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.icons import set_icon
from lotsendesk.ui.page import Page
from lotsendesk.ui.undo import push_done

_SETTINGS_FILTER = "einsaetze_page/filter"  # Lots*in, Jahr, Monat; the search text is not kept: it may hold a name


def _stored_filter() -> dict[str, int | None] | None:
    """The filter the user left (``None`` = "Alle"), or None if there is none (or in tests: no organisation)."""
    if not QCoreApplication.organizationName():
        return None
    settings = QSettings()
    if not settings.contains(f"{_SETTINGS_FILTER}/jahr"):
        return None
    result: dict[str, int | None] = {}
    for name in ("lotse", "jahr", "monat"):
        value = settings.value(f"{_SETTINGS_FILTER}/{name}")
        try:
            result[name] = int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            result[name] = None
    return result


class EinsaetzePage(Page):
    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(db, undo_stack, parent)
        self.set_header(
            self.tr("Einsätze"),
            self.tr("Stunden von den Stundenzetteln erfassen: Lots*in, Datum, Dauer eintippen – Enter speichert."),
        )
        self._lotsen: list[LotseRef] = []

        # entry row
        entry_frame = QFrame()
        entry_frame.setObjectName("entryFrame")
        entry_frame.setFrameShape(QFrame.Shape.StyledPanel)
        entry_layout = QHBoxLayout(entry_frame)
        entry_layout.setContentsMargins(10, 8, 10, 8)
        self.form = EinsatzForm()
        self.save_button = QPushButton(self.tr("Erfassen"))
        self.save_button.setObjectName("primary")
        set_icon(self.save_button, "clock")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Speichert den Einsatz (Enter)"))
        self.save_button.clicked.connect(self.record)
        self.form.submitted.connect(self.record)
        self.form.add_button(self.save_button)
        entry_layout.addWidget(self.form, 1)
        self.layout_.addWidget(entry_frame)
        self.feedback_label = QLabel()
        self.feedback_label.setObjectName("feedback")
        self.feedback_label.setStyleSheet("color: #2e7d32;")
        self.layout_.addWidget(self.feedback_label)

        # filter row
        filters = QHBoxLayout()
        self.lotse_filter = QComboBox()
        self.lotse_filter.setAccessibleName(self.tr("Filter Lots*in"))
        self.lotse_filter.setMinimumWidth(220)
        self.year_filter = QComboBox()
        self.year_filter.setAccessibleName(self.tr("Filter Jahr"))
        self.month_filter = QComboBox()
        self.month_filter.setAccessibleName(self.tr("Filter Monat"))
        self.month_filter.addItem(self.tr("Alle Monate"), None)
        for number in range(1, 13):
            self.month_filter.addItem(QLocale().standaloneMonthName(number), number)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Suchen in Name, Tätigkeit, Bemerkung …"))
        self.search_edit.setAccessibleName(self.tr("Suchen"))
        self.search_edit.setClearButtonEnabled(True)
        filters.addWidget(QLabel(self.tr("Filter:")))
        filters.addWidget(self.lotse_filter)
        filters.addWidget(self.year_filter)
        filters.addWidget(self.month_filter)
        filters.addWidget(self.search_edit, 1)
        self.export_button = QPushButton(self.tr("Exportieren…"))
        self.export_button.setAutoDefault(False)
        self.export_button.setToolTip(
            self.tr("Die angezeigten Einsätze (mit diesem Filter) als Excel- oder CSV-Datei speichern")
        )
        self.export_button.clicked.connect(self.export)
        filters.addWidget(self.export_button)
        self.layout_.addLayout(filters)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh_table)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self._stored_filter = _stored_filter()
        if self._stored_filter is not None:
            self.month_filter.setCurrentIndex(max(0, self.month_filter.findData(self._stored_filter["monat"])))
        for combo in (self.lotse_filter, self.year_filter, self.month_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_table())
            combo.currentIndexChanged.connect(lambda _i: self._remember_filter())  # refills block the signals

        # table (or the empty state that teaches)
        self.model = EinsaetzeModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Liste der Einsätze"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(self.model.sort_column, self.model.sort_order)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (COL_DATUM, 100),
            (COL_NR, 60),
            (COL_NAME, 230),
            (COL_DAUER, 80),
            (COL_TAETIGKEIT, 170),
            (COL_STATUS, 150),
        ):
            self.table.setColumnWidth(column, width)
        header.setMinimumSectionSize(50)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)
        self.remember_header(self.table, "einsaetze_page/header")
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_label)
        self.layout_.addWidget(self.table_stack, 1)

        # sum line and row actions
        bottom = QHBoxLayout()
        self.sum_label = QLabel()
        self.sum_label.setObjectName("sumLine")
        font = self.sum_label.font()
        font.setBold(True)
        self.sum_label.setFont(font)
        self.edit_button = QPushButton(self.tr("Bearbeiten…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Löschen"))
        self.delete_button.clicked.connect(self.delete_selected)
        bottom.addWidget(self.sum_label, 1)
        self.history_button = QPushButton(self.tr("Verlauf…"))
        self.history_button.setToolTip(self.tr("Alle Änderungen an diesem Einsatz: wann, wer, was (Protokoll)."))
        self.history_button.clicked.connect(self.show_history)
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.delete_button)
        self.layout_.addLayout(bottom)
        self.setTabOrder(self.form.bemerkung_edit, self.save_button)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # Called by the main window's Bearbeiten menu (Strg+N, Strg+F, Strg+S, Entf).
    def new_record(self) -> None:
        """ "Einsatz erfassen" is the entry row: the cursor goes to its first field."""
        self.form.lotse_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.lotse_edit.selectAll()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def save_current(self) -> None:
        """Strg+S = Erfassen, but an untouched entry row is no reason for error messages."""
        if any(edit.text().strip() for edit in (self.form.lotse_edit, self.form.dauer_edit)):
            self.record()

    def delete_selection(self) -> None:
        self.delete_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the table, Enter opens the selected Einsatz and Del deletes it (after asking)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    # loading -----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fresh choices for the entry row and the filters, then the table."""
        self._lotsen = list_lotse_refs(self.db)
        self.form.set_lotsen(self._lotsen)
        self.form.set_taetigkeiten(list_taetigkeiten(self.db))
        self._fill_filters()
        self.refresh_table()

    def _fill_filters(self) -> None:
        for combo in (self.lotse_filter, self.year_filter):
            combo.blockSignals(True)
        lotse_id, year = self.lotse_filter.currentData(), self.year_filter.currentData()
        if self.year_filter.count() == 0:  # first load: the filter left last time, else the current year
            year = date.today().year
            if self._stored_filter is not None:
                lotse_id, year = self._stored_filter["lotse"], self._stored_filter["jahr"]
        self.lotse_filter.clear()
        self.lotse_filter.addItem(self.tr("Alle Lots*innen"), None)
        for row in self._lotsen:
            self.lotse_filter.addItem(f"{row.nr} – {row.name}", row.id)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("Alle Jahre"), None)
        for value in service.einsatz_years(self.db):
            self.year_filter.addItem(str(value), value)
        self.lotse_filter.setCurrentIndex(max(0, self.lotse_filter.findData(lotse_id)))
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(year)))
        for combo in (self.lotse_filter, self.year_filter):
            combo.blockSignals(False)

    def _remember_filter(self) -> None:
        if not QCoreApplication.organizationName():
            return
        settings = QSettings()
        for name, combo in (("lotse", self.lotse_filter), ("jahr", self.year_filter), ("monat", self.month_filter)):
            value = combo.currentData()
            settings.setValue(f"{_SETTINGS_FILTER}/{name}", "" if value is None else int(value))

    def current_filter(self) -> EinsatzFilter:
        return EinsatzFilter(
            lotse_id=self.lotse_filter.currentData(),
            year=self.year_filter.currentData(),
            month=self.month_filter.currentData(),
            text=self.search_edit.text(),
        )

    def refresh_table(self) -> None:
        try:
            rows = service.query_einsaetze(self.db, self.current_filter())
        except ServiceError as error:
            self.feedback_label.setText(localized(error.message))
            return
        self.model.set_rows(rows)
        count = len(rows)
        summary = self.tr("1 Einsatz · %2 Stunden") if count == 1 else self.tr("%1 Einsätze · %2 Stunden")
        self.sum_label.setText(
            summary.replace("%1", format_number(Decimal(count), 0)).replace(
                "%2", format_hours(self.model.total_minutes)
            )
        )
        nothing_at_all = count == 0 and not service.has_einsaetze(self.db)
        if nothing_at_all:
            self.empty_label.setText(self._empty_text())
        self.table_stack.setCurrentWidget(self.empty_label if nothing_at_all else self.table)
        self._update_buttons()

    def _empty_text(self) -> str:
        """Empty states teach: what to do first, and where."""
        if not self._lotsen:
            return self.tr(
                "Noch keine Lots*innen angelegt. Legen Sie sie zuerst auf der Seite „Lots*innen“ an (Strg+2) – "
                "oder importieren Sie Ihre Liste (Datei → Lots*innen importieren…)."
            )
        return self.tr(
            "Noch keine Einsätze erfasst. Tippen Sie oben Lots*in, Datum und Dauer ein und drücken Sie "
            "Enter – oder importieren Sie eine Liste (Datei → Einsätze importieren…)."
        )

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.history_button.setEnabled(len(self.table.selectionModel().selectedRows()) == 1)
        self.export_button.setEnabled(bool(self.model.rows))

    def show_history(self) -> None:
        from lotsendesk.ui.protokoll_dialog import VerlaufDialog

        selected = self.table.selectionModel().selectedRows()
        if len(selected) == 1:
            row = self.model.rows[selected[0].row()]
            title = self.tr("Einsatz vom %1, %2").replace("%1", format_date(row.datum)).replace("%2", row.name)
            VerlaufDialog(self.db, "einsatz", row.id, title, self).exec()

    # export ------------------------------------------------------------------------------------
    def export(self) -> None:
        """Save what the table shows – this filter, this sort order – for Excel or LibreOffice."""
        rows = list(self.model.rows)
        if not rows:
            return
        export_with_dialog(
            self,
            self.tr("Einsätze exportieren"),
            self._export_name() + ".xlsx",
            lambda path, progress: write_einsaetze(rows, path, None, progress),
            self._export_done,
            len(rows),
        )

    def _export_name(self) -> str:
        """``Einsätze 2025-03 Nr 07``: the filter in the file name, so two exports are told apart."""
        flt = self.current_filter()
        name = self.tr("Einsätze")
        if flt.year is not None:
            name += f" {flt.year}" + (f"-{flt.month:02d}" if flt.month is not None else "")
        elif flt.month is not None:
            name += " " + QLocale().standaloneMonthName(flt.month)
        lotse = next((r for r in self._lotsen if r.id == flt.lotse_id), None)
        if lotse is not None:
            name += " " + self.tr("Nr %1").replace("%1", lotse.nr)
        return "".join(ch for ch in name if ch not in '\\/:*?"<>|')

    def _export_done(self, result: ExportResult) -> str:
        text = (
            self.tr("1 Einsatz (%2 Stunden) gespeichert in „%3“.")
            if result.rows == 1
            else self.tr("%1 Einsätze (%2 Stunden) gespeichert in „%3“.")
        )
        return (
            text.replace("%1", format_number(Decimal(result.rows), 0))
            .replace("%2", format_hours(result.minutes or 0))
            .replace("%3", result.path.name)
        )

    # editing -----------------------------------------------------------------------------------
    def record(self) -> None:
        """Save the entry row; keep Lots*in and Datum for the next line."""
        saved = self.form.save_with(lambda data: service.record_einsatz(self.db, data))
        if saved is None:
            return
        data, new_id = saved
        push_done(
            self.undo_stack,
            self.tr("Einsatz erfassen"),
            undo=lambda: service.delete_einsaetze(self.db, [new_id]),
            redo=lambda: service.restore_einsaetze(self.db, [(new_id, data)]),
            widget=self,
        )
        self.form.prepare_next(data)
        self._show_despite_filter(data)
        self.refresh_table()
        name = next((r.name for r in self._lotsen if r.id == data.lotse_id), "")
        self.feedback_label.setText(
            self.tr("Gespeichert: %1, %2, %3 Stunden.")
            .replace("%1", name)
            .replace("%2", format_date(data.datum))
            .replace("%3", format_hours(data.minuten))
        )
        self.data_changed.emit()
        self.select_einsatz(new_id)

    def _show_despite_filter(self, data: EinsatzData) -> None:
        """A line just typed must be visible: widen whichever filter would hide it."""
        combos = (self.lotse_filter, self.year_filter, self.month_filter)
        for combo in combos:
            combo.blockSignals(True)
        if self.lotse_filter.currentData() not in (None, data.lotse_id):
            self.lotse_filter.setCurrentIndex(0)
        if self.year_filter.currentData() not in (None, data.datum.year):
            index = self.year_filter.findData(data.datum.year)
            self.year_filter.setCurrentIndex(max(index, 0))
        if self.month_filter.currentData() not in (None, data.datum.month):
            self.month_filter.setCurrentIndex(0)
        for combo in combos:
            combo.blockSignals(False)
        if self.search_edit.text():
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)

    def select_einsatz(self, einsatz_id: int) -> None:
        position = self.model.row_for_id(einsatz_id)
        if position is None:
            return
        self.table.selectRow(position)
        self.table.scrollTo(self.model.index(position, 0))

    def selected_ids(self) -> list[int]:
        return [self.model.rows[i.row()].id for i in self.table.selectionModel().selectedRows()]

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        einsatz_id = ids[0]
        try:
            before = service.get_einsatz(self.db, einsatz_id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Einsatz bearbeiten"), localized(error.message))
            return
        dialog = EinsatzDialog(self.db, einsatz_id, before, self._lotsen, list_taetigkeiten(self.db), self)
        if dialog.exec() and dialog.after is not None:
            after = dialog.after
            push_done(
                self.undo_stack,
                self.tr("Einsatz ändern"),
                undo=lambda: service.update_einsatz(self.db, einsatz_id, before),
                redo=lambda: service.update_einsatz(self.db, einsatz_id, after),
                widget=self,
            )
            self.refresh_table()
            self.data_changed.emit()
            self.select_einsatz(einsatz_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        count = str(len(ids))
        question = (
            self.tr("Der ausgewählte Einsatz wird gelöscht.")
            if len(ids) == 1
            else self.tr("%1 Einsätze werden gelöscht.").replace("%1", count)
        )
        if not confirm(
            self,
            self.tr("Einsätze löschen"),
            question + " " + self.tr("Mit Strg+Z können Sie das rückgängig machen."),
        ):
            return
        try:
            deleted = service.delete_einsaetze(self.db, ids)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Einsätze löschen"), localized(error.message))
            return
        text = self.tr("Einsatz löschen") if len(ids) == 1 else self.tr("%1 Einsätze löschen").replace("%1", count)
        push_done(
            self.undo_stack,
            text,
            undo=lambda: service.restore_einsaetze(self.db, deleted),
            redo=lambda: service.delete_einsaetze(self.db, [i for i, _ in deleted]),
            widget=self,
        )
        self.feedback_label.setText(
            self.tr("Ein Einsatz wurde gelöscht (Strg+Z macht das rückgängig).")
            if len(ids) == 1
            else self.tr("%1 Einsätze wurden gelöscht (Strg+Z macht das rückgängig).").replace("%1", count)
        )
        self.refresh_table()
        self.data_changed.emit()
