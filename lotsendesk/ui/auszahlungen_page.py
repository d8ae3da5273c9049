"""The Auszahlungen page: every payout and Storno with its Beleg-Nr., the payout run, and Storno with a reason.

A payout is a Beleg: it is never changed or removed. A correction is a Storno (a new Beleg with the negative
amount), which cannot be undone either – so nothing here goes on the undo stack.
"""

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.formatting import format_hours, format_money, format_number
from lotsendesk.domain.people import sort_key
from lotsendesk.services.auszahlungen import PayoutRow, list_payouts, run_of_payout
from lotsendesk.services.dokumente import write_receipts_for
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.exports.lists import write_payouts
from lotsendesk.services.foerderjahre import list_years
from lotsendesk.ui.auszahlung_wizard import AuszahlungWizard, methode_label, payouts_text
from lotsendesk.ui.export_dialog import export_with_dialog
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.icons import set_icon
from lotsendesk.ui.lotse_dialog import set_muted
from lotsendesk.ui.lotsen_model import nr_key
from lotsendesk.ui.page import Page
from lotsendesk.ui.sepa_dialog import SepaDialog
from lotsendesk.ui.storno_dialog import StornoDialog
from lotsendesk.ui.tables import SortedRecordsModel, record_table

BELEG, DATUM, FOERDERJAHR, LOTSE, STUNDEN, BETRAG, ZAHLUNGSART, STATUS, GRUND = range(9)
NUMERIC_COLUMNS = (FOERDERJAHR, STUNDEN, BETRAG)

# Text colours that read well on a light background; the word always says the same (never colour only).
PAID_COLOUR = QColor("#1e7b34")
CANCELLED_COLOUR = QColor("#b00020")
STORNO_COLOUR = QColor("#6a4c93")

_SETTINGS_HEADER = "auszahlungen_page/header"
_DIGITS = re.compile(r"\d+")


def status_text(row: PayoutRow) -> str:
    """``ausgezahlt``, ``storniert durch 2025-004`` or ``Storno zu 2025-002``."""
    if row.storno_von:
        return QCoreApplication.translate("Auszahlungen", "Storno zu %1").replace("%1", row.storno_von)
    if row.storniert_durch:
        return QCoreApplication.translate("Auszahlungen", "storniert durch %1").replace("%1", row.storniert_durch)
    return QCoreApplication.translate("Auszahlungen", "ausgezahlt")


def can_cancel(row: PayoutRow | None) -> bool:
    """Only a payout that is neither a Storno nor already cancelled can be cancelled."""
    return row is not None and not row.storno_von and not row.storniert_durch


def beleg_key(beleg_nr: str) -> tuple[int, ...]:
    """``2025-004`` → (2025, 4): numbers as numbers."""
    return tuple(int(part) for part in _DIGITS.findall(beleg_nr))


def _folded(text: str) -> str:
    return sort_key(text)[0]


class PayoutsModel(SortedRecordsModel):
    """A thin model over the rows the page fetched; sorts inside itself (no proxy)."""

    numeric_columns = NUMERIC_COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[PayoutRow] = []
        self._sort_column = BELEG
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._headers = (
            self.tr("Beleg-Nr."),
            self.tr("Datum"),
            self.tr("Förderjahr"),
            self.tr("Lots*in"),
            self.tr("Stunden"),
            self.tr("Betrag"),
            self.tr("Zahlungsart"),
            self.tr("Status"),
            self.tr("Grund"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in NUMERIC_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            if row.storno_von:
                return QBrush(STORNO_COLOUR)
            return QBrush(CANCELLED_COLOUR if row.storniert_durch else PAID_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == GRUND and row.grund:
                return row.grund
            if column == STATUS and row.storno_von:
                return self.tr("Stornierung der Auszahlung %1 (negativer Betrag).").replace("%1", row.storno_von)
            if column == STATUS and row.storniert_durch:
                return self.tr("Diese Auszahlung wurde mit Beleg-Nr. %1 storniert.").replace("%1", row.storniert_durch)
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _keys(self) -> dict[int, Callable[[PayoutRow], Any]]:
        return {
            BELEG: lambda r: beleg_key(r.beleg_nr),
            DATUM: lambda r: r.bezahlt_am,
            FOERDERJAHR: lambda r: r.foerderjahr,
            LOTSE: lambda r: (sort_key(r.name), nr_key(r.nr)),
            STUNDEN: lambda r: r.minuten,
            BETRAG: lambda r: r.betrag,
            ZAHLUNGSART: lambda r: methode_label(r.methode),
            STATUS: lambda r: 2 if r.storno_von else 1 if r.storniert_durch else 0,
            GRUND: lambda r: sort_key(r.grund),
        }

    def _sort_rows(self) -> None:
        # Beleg order first, so equal keys (same date, same person) stay in receipt order.
        self.rows.sort(key=lambda r: beleg_key(r.beleg_nr))
        super()._sort_rows()

    def _display(self, row: PayoutRow, column: int) -> str:
        if column == BELEG:
            return row.beleg_nr
        if column == DATUM:
            return format_date(row.bezahlt_am)
        if column == FOERDERJAHR:
            return str(row.foerderjahr)
        if column == LOTSE:
            return f"{row.nr} – {row.name}"
        if column == STUNDEN:
            return format_hours(row.minuten)
        if column == BETRAG:
            return format_money(row.betrag)
        if column == ZAHLUNGSART:
            return methode_label(row.methode)
        if column == STATUS:
            return status_text(row)
        if column == GRUND:
            return row.grund
        return ""


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save a PDF (a module function, so tests can answer it)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AuszahlungenPage", "Quittungen speichern"),
        str(Path(folder) / suggested),
        QCoreApplication.translate("AuszahlungenPage", "PDF-Dateien (*.pdf)"),
    )
    if not name:
        return None
    return Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")


class AuszahlungenPage(Page):
    def __init__(self, db, undo_stack, parent: QWidget | None = None) -> None:
        super().__init__(db, undo_stack, parent)
        self._all_rows: list[PayoutRow] = []
        self._years: list[int] = []
        self._today = date.today  # tests may replace it
        self.set_header(
            self.tr("Auszahlungen"),
            self.tr(
                "Aufwandsentschädigungen auszahlen: Auszahlungslauf vorbereiten, prüfen, bestätigen – mit "
                "fortlaufender Beleg-Nr."
            ),
        )
        self.run_button = QPushButton(self.tr("Auszahlung vorbereiten…"))
        self.run_button.setObjectName("primary")
        set_icon(self.run_button, "payout")
        self.run_button.setDefault(True)
        self.run_button.setAccessibleName(self.tr("Auszahlungslauf vorbereiten"))
        self.run_button.clicked.connect(self.open_wizard)
        self.export_button = QPushButton(self.tr("Exportieren…"))
        self.export_button.setAutoDefault(False)
        self.export_button.setToolTip(self.tr("Die Auszahlungen, die die Tabelle zeigt, als Excel- oder CSV-Datei"))
        self.export_button.clicked.connect(self.export_shown)
        self.actions_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        self.actions_layout.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignTop)

        # filter row
        self.year_filter = QComboBox()
        self.year_filter.setAccessibleName(self.tr("Förderjahr anzeigen"))
        self.year_filter.addItem(self.tr("Alle"), None)
        self.year_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        year_label = QLabel(self.tr("Förderjahr:"))
        year_label.setBuddy(self.year_filter)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Suchen nach Beleg-Nr., Nr., Name oder Grund …"))
        self.search_edit.setAccessibleName(self.tr("Auszahlungen suchen"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._apply_filter())
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search_edit, 2)
        filters.addSpacing(12)
        filters.addWidget(year_label)
        filters.addWidget(self.year_filter)
        filters.addStretch(1)
        self.layout_.addLayout(filters)

        # table, or the empty state that explains what to do
        self.model = PayoutsModel(self)
        self.table = record_table(self.model, self.tr("Liste der Auszahlungen"))
        header = self.table.horizontalHeader()
        self._set_column_widths()
        header.setSortIndicator(BELEG, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setContentsMargins(40, 40, 40, 40)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.layout_.addWidget(self.stack, 1)

        # below the table: the sums, and the Storno of the selected payout
        self.sum_label = QLabel()
        set_muted(self.sum_label)
        self.storno_button = QPushButton(self.tr("Stornieren…"))
        self.storno_button.setAutoDefault(False)
        self.storno_button.setToolTip(
            self.tr(
                "Eine Auszahlung mit Grund stornieren. Der Beleg bleibt erhalten; das Storno bekommt eine "
                "eigene Beleg-Nr."
            )
        )
        self.storno_button.clicked.connect(self.cancel_selected)
        self.receipts_button = QPushButton(self.tr("Quittungen drucken…"))
        self.receipts_button.setAutoDefault(False)
        self.receipts_button.setToolTip(
            self.tr("Die Quittungen des ganzen Auszahlungslaufs der gewählten Auszahlung als PDF speichern und öffnen.")
        )
        self.receipts_button.clicked.connect(self.print_receipts)
        self.sepa_button = QPushButton(self.tr("SEPA-Datei…"))
        self.sepa_button.setAutoDefault(False)
        self.sepa_button.setToolTip(
            self.tr("Die Überweisungen des Auszahlungslaufs der gewählten Auszahlung als Datei fürs Online-Banking.")
        )
        self.sepa_button.clicked.connect(self.write_sepa_file)
        bottom = QHBoxLayout()
        bottom.addWidget(self.sum_label, 1)
        bottom.addWidget(self.sepa_button)
        bottom.addWidget(self.receipts_button)
        bottom.addWidget(self.storno_button)
        self.layout_.addLayout(bottom)

        self.remember_header(self.table, _SETTINGS_HEADER, self._header_restored)
        self._update_buttons()

    def _set_column_widths(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.fontMetrics()
        header.setStretchLastSection(True)
        for column, sample in (
            (BELEG, "Beleg-Nr.MMM"),
            (DATUM, "00.00.0000MM"),
            (FOERDERJAHR, "FörderjahrMM"),
            (LOTSE, "M" * 17),
            (STUNDEN, "StundenMMM"),
            (BETRAG, "-1.234,50 €MM"),
            (ZAHLUNGSART, "ÜberweisungMM"),
            (STATUS, "storniert durch 2025-004MM"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample))

    def _header_restored(self) -> None:
        self.table.horizontalHeader().setStretchLastSection(True)

    # loading and filtering ---------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_row()
        try:
            self._years = [y.jahr for y in list_years(self.db)]
            self._all_rows = list_payouts(self.db)
        except ServiceError as error:
            self._years, self._all_rows = [], []
            QMessageBox.warning(self, self.tr("Auszahlungen"), localized(error.message))
        self._fill_year_filter()
        self._apply_filter(keep_id=selected.id if selected else None)

    def _fill_year_filter(self) -> None:
        current = self.year_filter.currentData()
        years = sorted(set(self._years) | {r.foerderjahr for r in self._all_rows}, reverse=True)
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("Alle"), None)
        for year in years:
            self.year_filter.addItem(str(year), year)
        position = self.year_filter.findData(current) if current is not None else 0
        self.year_filter.setCurrentIndex(max(position, 0))
        self.year_filter.blockSignals(False)

    def set_year_filter(self, jahr: int | None) -> None:
        position = self.year_filter.findData(jahr) if jahr is not None else 0
        if position >= 0:
            self.year_filter.setCurrentIndex(position)

    def _apply_filter(self, keep_id: int | None = None) -> None:
        if keep_id is None:
            selected = self.selected_row()
            keep_id = selected.id if selected else None
        jahr = self.year_filter.currentData()
        needle = _folded(self.search_edit.text().strip())
        rows = []
        for row in self._all_rows:
            if jahr is not None and row.foerderjahr != jahr:
                continue
            if needle:
                haystack = _folded(f"{row.beleg_nr} {row.nr} {row.name} {row.grund} {status_text(row)}")
                if needle not in haystack:
                    continue
            rows.append(row)
        self.model.set_rows(rows)
        if keep_id is not None:
            self.select_id(keep_id)
        self._update_empty_state(rows)
        self._update_sum(rows)
        self._update_buttons()

    def _update_empty_state(self, rows: list[PayoutRow]) -> None:
        self.export_button.setEnabled(bool(rows))
        if rows:
            self.stack.setCurrentWidget(self.table)
            return
        if not self._all_rows and not self._years:
            text = self.tr(
                "Noch kein Förderjahr angelegt. Legen Sie auf der Seite „Förderjahr“ den Zuwendungsbescheid an "
                "(Jahr, bewilligter Betrag, Stundensatz) – danach schlägt „Auszahlung vorbereiten…“ vor, was "
                "abrechenbar ist."
            )
        elif not self._all_rows:
            text = self.tr(
                "Noch keine Auszahlungen. „Auszahlung vorbereiten…“ schlägt vor, was abrechenbar und noch nicht "
                "ausgezahlt ist."
            )
        elif self.search_edit.text().strip():
            text = self.tr(
                "Keine Auszahlung passt zu „%1“. Prüfen Sie die Schreibweise oder wählen Sie bei „Förderjahr“ „Alle“."
            ).replace("%1", self.search_edit.text().strip())
        else:
            text = self.tr(
                "Im Förderjahr %1 gibt es noch keine Auszahlungen. „Auszahlung vorbereiten…“ schlägt vor, was "
                "abrechenbar ist."
            ).replace("%1", str(self.year_filter.currentData()))
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def _update_sum(self, rows: list[PayoutRow]) -> None:
        if not rows:
            self.sum_label.clear()
            self.sum_label.setToolTip("")
            return
        stornos = sum(1 for r in rows if r.storno_von)
        count = payouts_text(len(rows))
        if stornos:
            count = (
                (self.tr("%1 (davon 1 Storno)") if stornos == 1 else self.tr("%1 (davon %2 Stornos)"))
                .replace("%1", count)
                .replace("%2", format_number(Decimal(stornos), 0))
            )
        self.sum_label.setText(
            self.tr("%1 · %2 Stunden · %3")
            .replace("%1", count)
            .replace("%2", format_hours(sum(r.minuten for r in rows)))
            .replace("%3", format_money(sum((r.betrag for r in rows), Decimal("0.00"))))
        )
        self.sum_label.setToolTip(self.tr("Stunden und Betrag nach Abzug der Stornos.") if stornos else "")

    # selection ---------------------------------------------------------------------------------
    def selected_row(self) -> PayoutRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_id(self, payout_id: int) -> bool:
        row = self.model.row_of_id(payout_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.storno_button.setEnabled(can_cancel(row))
        self.receipts_button.setEnabled(row is not None)
        self.sepa_button.setEnabled(row is not None and row.storno_von is None)

    def export_shown(self) -> None:
        """The payouts the table shows (filter and order) as XLSX or CSV."""
        rows = list(self.model.rows)
        if not rows:
            return
        year = self.year_filter.currentData()
        name = self.tr("Auszahlungen %1").replace("%1", str(year) if year else self.tr("alle Jahre")) + ".xlsx"
        export_with_dialog(
            self,
            self.tr("Auszahlungen exportieren"),
            name,
            lambda path, progress: write_payouts(rows, path, None, progress),
            lambda result: (
                self.tr("%1 Auszahlungen gespeichert in „%2“.")
                .replace("%1", str(result.rows))
                .replace("%2", result.path.name)
            ),
            len(rows),
        )

    def write_sepa_file(self) -> None:
        """The SEPA transfer file of the selected payout's run: what it holds, who is left out, where to save."""
        row = self.selected_row()
        if row is None:
            return
        try:
            lauf_id = run_of_payout(self.db, row.id)
            dialog = SepaDialog(self.db, lauf_id, self._today(), self) if lauf_id is not None else None
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("SEPA-Datei"), localized(error.message))
            return
        if dialog is None:
            QMessageBox.information(
                self,
                self.tr("SEPA-Datei"),
                self.tr("Ein Storno gehört zu keinem Auszahlungslauf und wird nicht überwiesen."),
            )
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.written is not None:
            QMessageBox.information(
                self,
                self.tr("SEPA-Datei"),
                self.tr("Gespeichert unter:\n%1\n\nJetzt im Online-Banking als Sammelüberweisung hochladen.").replace(
                    "%1", str(dialog.written)
                ),
            )

    def print_receipts(self) -> None:
        """Save the Quittungen of the selected payout's run as a PDF and open it in the system's viewer."""
        row = self.selected_row()
        if row is None:
            return
        path = choose_pdf_path(self, f"Quittungen {row.beleg_nr}.pdf")
        if path is None:
            return
        try:
            receipts = write_receipts_for(self.db, row.id, path)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Quittungen drucken"), localized(error.message))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):  # no PDF viewer: say where it is
            QMessageBox.information(
                self,
                self.tr("Quittungen drucken"),
                self.tr("%1 Quittungen gespeichert unter:\n%2")
                .replace("%1", str(len(receipts)))
                .replace("%2", str(path)),
            )

    # actions -----------------------------------------------------------------------------------
    # Called by the main window's Bearbeiten menu (Strg+N, Strg+F).
    def new_record(self) -> None:
        if self.run_button.isEnabled():
            self.open_wizard()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def open_wizard(self) -> None:
        if not self._years:
            try:
                self._years = [y.jahr for y in list_years(self.db)]
            except ServiceError as error:
                QMessageBox.warning(self, self.tr("Auszahlung vorbereiten"), localized(error.message))
                return
        if not self._years:
            QMessageBox.information(
                self,
                self.tr("Auszahlung vorbereiten"),
                self.tr(
                    "Es ist noch kein Förderjahr angelegt. Legen Sie auf der Seite „Förderjahr“ den "
                    "Zuwendungsbescheid an (Jahr, bewilligter Betrag, Stundensatz); danach können Sie auszahlen."
                ),
            )
            return
        wizard = AuszahlungWizard(self.db, self, jahr=self.year_filter.currentData(), today=self._today)
        wizard.exec()
        if not wizard.created:
            return
        jahr = wizard.created[0].foerderjahr
        if self.year_filter.currentData() not in (None, jahr):
            self.year_filter.blockSignals(True)
            self.set_year_filter(None)
            self.year_filter.blockSignals(False)
        self.reload()
        self.select_id(min(wizard.created, key=lambda r: beleg_key(r.beleg_nr)).id)
        self.data_changed.emit()

    def cancel_selected(self) -> None:
        row = self.selected_row()
        if not can_cancel(row):
            return
        dialog = StornoDialog(self.db, row, self, today=self._today)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.created is None:
            return
        self.reload()
        self.select_id(dialog.created.id)
        self.data_changed.emit()
