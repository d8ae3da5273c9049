"""The Lots*innen table: a thin model over the rows the page fetched from the services.

The list is small (a project has dozens, at most a few hundred people), so the page filters in Python and
hands the model a new list (model reset). Sorting happens inside the model with ``list.sort(key=…)`` – no
proxy – and names sort with ``domain.people.sort_key`` so Ş sorts with S and Ł with L.
"""

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.formatting import format_hours, format_number
from lotsendesk.domain.people import Rolle, Status, sort_key
from lotsendesk.services.lotsen import LotseRow
from lotsendesk.ui.tables import RecordsModel

NR, NAME, ROLLE, QUALIFIZIERT, EINTRITT, AUSTRITT, STATUS, EINSAETZE, STUNDEN = range(9)
COLUMN_COUNT = 9
NUMERIC_COLUMNS = (EINSAETZE, STUNDEN)

# Text colours that read well on a light background; the word always says the same (never colour only).
STATUS_COLOURS = {
    Status.AKTIV: QColor("#1e7b34"),
    Status.PAUSIERT: QColor("#9a5b00"),
    Status.AUSGESCHIEDEN: QColor("#6a6a6a"),
    Status.IN_QUALIFIZIERUNG: QColor("#1f5fa8"),
}
WARNING_COLOUR = QColor("#9a5b00")

_STATUS_ORDER = {Status.AKTIV: 0, Status.IN_QUALIFIZIERUNG: 1, Status.PAUSIERT: 2, Status.AUSGESCHIEDEN: 3}
_DIGITS = re.compile(r"(\d+)")


def rolle_label(rolle: Rolle) -> str:
    if rolle is Rolle.KOORDINIEREND:
        return QCoreApplication.translate("Lotsen", "koordinierende*r Lots*in")
    return QCoreApplication.translate("Lotsen", "Lots*in")


def status_label(status: Status) -> str:
    if status is Status.PAUSIERT:
        return QCoreApplication.translate("Lotsen", "pausiert")
    if status is Status.AUSGESCHIEDEN:
        return QCoreApplication.translate("Lotsen", "ausgeschieden")
    if status is Status.IN_QUALIFIZIERUNG:
        return QCoreApplication.translate("Lotsen", "in Qualifizierung")
    return QCoreApplication.translate("Lotsen", "aktiv")


def header_labels() -> list[str]:
    return [
        QCoreApplication.translate("LotsenModel", "Nr."),
        QCoreApplication.translate("LotsenModel", "Name"),
        QCoreApplication.translate("LotsenModel", "Rolle"),
        QCoreApplication.translate("LotsenModel", "Qualifiziert am"),
        QCoreApplication.translate("LotsenModel", "Eintritt"),
        QCoreApplication.translate("LotsenModel", "Austritt"),
        QCoreApplication.translate("LotsenModel", "Status"),
        QCoreApplication.translate("LotsenModel", "Einsätze"),
        QCoreApplication.translate("LotsenModel", "Stunden"),
    ]


def nr_key(nr: str) -> tuple:
    """Natural order: 2 before 10, L-9 before L-10."""
    parts = (part for part in _DIGITS.split(nr) if part)
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, sort_key(part)[0]) for part in parts)


def name_key(row: LotseRow) -> tuple:
    return sort_key(row.nachname), sort_key(row.vorname), nr_key(row.nr)


def _date_key(value: date | None) -> tuple[bool, date]:
    """Rows without a date come after those with one (ascending)."""
    return value is None, value or date.min


_SORT_KEYS = {
    NR: lambda r: nr_key(r.nr),
    NAME: name_key,
    ROLLE: lambda r: (r.rolle is not Rolle.LOTSIN, r.rolle_seit or date.min),
    QUALIFIZIERT: lambda r: _date_key(r.qualifiziert_am),
    EINTRITT: lambda r: _date_key(r.eintritt),
    AUSTRITT: lambda r: _date_key(r.austritt),
    STATUS: lambda r: _STATUS_ORDER[r.status],
    EINSAETZE: lambda r: r.einsaetze,
    STUNDEN: lambda r: r.minuten,
}


class LotsenModel(RecordsModel):
    """Rows are ``LotseRow`` as the service returns them; the model only formats and sorts."""

    numeric_columns = NUMERIC_COLUMNS

    def record_count(self) -> int:
        return len(self._rows)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[LotseRow] = []
        self._sort_column = NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = header_labels()

    # data in ---------------------------------------------------------------------------------
    def set_rows(self, rows: list[LotseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_rows()
        self.endResetModel()

    def row_at(self, row: int) -> LotseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, lotse_id: int) -> int:
        """The table row showing this person, or -1."""
        for i, row in enumerate(self._rows):
            if row.id == lotse_id:
                return i
        return -1

    def rows(self) -> list[LotseRow]:
        return list(self._rows)

    # Qt interface ----------------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in NUMERIC_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STATUS:
                return QBrush(STATUS_COLOURS[row.status])
            if column == QUALIFIZIERT and row.qualifiziert_am is None:
                return QBrush(WARNING_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and column == QUALIFIZIERT and row.qualifiziert_am is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in _SORT_KEYS:
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        # Keep the selection and the current row on the same people.
        persistent = self.persistentIndexList()
        before = [self._rows[p.row()] for p in persistent]
        self._sort_rows()
        position = {id(r): i for i, r in enumerate(self._rows)}
        after = [self.index(position[id(r)], p.column()) for r, p in zip(before, persistent, strict=True)]
        self.changePersistentIndexList(persistent, after)
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # helpers ---------------------------------------------------------------------------------
    def _sort_rows(self) -> None:
        key = _SORT_KEYS[self._sort_column]
        # Sort by name first so equal keys (same status, same date) stay in name order.
        self._rows.sort(key=name_key)
        self._rows.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _display(self, row: LotseRow, column: int) -> str:
        if column == NR:
            return row.nr
        if column == NAME:
            return row.name
        if column == ROLLE:
            label = rolle_label(row.rolle)
            if row.rolle_seit:
                return self.tr("%1 seit %2").replace("%1", label).replace("%2", format_date(row.rolle_seit))
            return label
        if column == QUALIFIZIERT:
            return format_date(row.qualifiziert_am) if row.qualifiziert_am else self.tr("nicht qualifiziert")
        if column == EINTRITT:
            return format_date(row.eintritt)
        if column == AUSTRITT:
            return format_date(row.austritt)
        if column == STATUS:
            return status_label(row.status)
        if column == EINSAETZE:
            return format_number(Decimal(row.einsaetze), 0)
        if column == STUNDEN:
            return format_hours(row.minuten)
        return ""

    def _tooltip(self, row: LotseRow, column: int) -> str | None:
        if column == NAME and row.sprachen:
            return self.tr("Sprachen: %1").replace("%1", row.sprachen)
        if column == QUALIFIZIERT and row.qualifiziert_am is None:
            return self.tr(
                "Ohne abgeschlossene Basisqualifizierung können die Stunden nicht über WIR abgerechnet werden."
            )
        return None
