"""Thin table model over the Einsätze the service returned. Sorting happens here, on the Python list
(a QSortFilterProxyModel over 100,000 rows takes 20–34 s per sort; this takes milliseconds)."""

from operator import attrgetter

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.formatting import format_hours
from lotsendesk.domain.people import sort_key
from lotsendesk.services.einsaetze import EinsatzRow
from lotsendesk.ui.tables import RecordsModel

COL_DATUM, COL_NR, COL_NAME, COL_DAUER, COL_TAETIGKEIT, COL_STATUS, COL_BEMERKUNG = range(7)


_PAID_COLOUR = QColor("#1b5e20")  # dark green: ausgezahlt and festgeschrieben
_OPEN_COLOUR = QColor("#555555")


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("EinsaetzeModel", "Datum"),
        QCoreApplication.translate("EinsaetzeModel", "Nr."),
        QCoreApplication.translate("EinsaetzeModel", "Lots*in"),
        QCoreApplication.translate("EinsaetzeModel", "Stunden"),
        QCoreApplication.translate("EinsaetzeModel", "Tätigkeit"),
        QCoreApplication.translate("EinsaetzeModel", "Status"),
        QCoreApplication.translate("EinsaetzeModel", "Bemerkung"),
    )


def nr_key(nr: str) -> tuple[int, int, str]:
    """Numbers as numbers (2 before 10), other references after them, alphabetically."""
    return (0, int(nr), "") if nr.isdigit() else (1, 0, nr.casefold())


class EinsaetzeModel(RecordsModel):
    numeric_columns = (COL_DAUER,)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[EinsatzRow] = []
        self._by_date: list[EinsatzRow] = []
        self.total_minutes = 0
        self._sort_column = COL_DATUM
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._headers = _headers()
        # a short word, and a colour that is never the only signal (ux.md)
        self._status_open = QCoreApplication.translate("EinsaetzeModel", "offen")
        self._status_paid = QCoreApplication.translate("EinsaetzeModel", "ausgezahlt (%1)")

    # data --------------------------------------------------------------------------------------
    def set_rows(self, rows: list[EinsatzRow]) -> None:
        self.beginResetModel()
        self._by_date = sorted(rows, key=attrgetter("datum", "id"))  # already in this order from the query
        self.total_minutes = sum(r.minuten for r in rows)
        self._sort_rows()
        self.endResetModel()

    def row_for_id(self, einsatz_id: int) -> int | None:
        for position, row in enumerate(self.rows):
            if row.id == einsatz_id:
                return position
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DATUM:
                return format_date(row.datum)
            if column == COL_NR:
                return row.nr
            if column == COL_NAME:
                return row.name
            if column == COL_DAUER:
                return format_hours(row.minuten)
            if column == COL_TAETIGKEIT:
                return row.taetigkeit
            if column == COL_BEMERKUNG:
                return row.bemerkung
            if column == COL_STATUS:
                return self._status_paid.replace("%1", row.beleg) if row.beleg else self._status_open
        elif role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return _PAID_COLOUR if row.beleg else _OPEN_COLOUR
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COL_DAUER:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ToolTipRole and column == COL_BEMERKUNG and row.bemerkung:
            return row.bemerkung
        elif role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    # sorting -----------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        """Start from the rows in date order (kept from loading) and sort stably by the column alone: equal
        values stay in date order, and no pass compares 100,000 (date, id) tuples from a shuffled order
        (300 ms). People and categories are ranked once, so rows compare plain integers."""
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        rows = self._by_date[::-1] if reverse else list(self._by_date)
        column = self._sort_column
        if column in (COL_NR, COL_NAME):
            people = {r.lotse_id: r for r in rows}
            order = sorted(
                people.values(), key=(lambda r: nr_key(r.nr)) if column == COL_NR else (lambda r: sort_key(r.name))
            )
            rank = {r.lotse_id: position for position, r in enumerate(order)}
            rows.sort(key=lambda r: rank[r.lotse_id], reverse=reverse)
        elif column == COL_DAUER:
            rows.sort(key=attrgetter("minuten"), reverse=reverse)
        elif column == COL_TAETIGKEIT:
            folded = sorted({r.taetigkeit.casefold() for r in rows})
            position = {value: i for i, value in enumerate(folded)}
            rank = {name: position[name.casefold()] for name in {r.taetigkeit for r in rows}}
            rows.sort(key=lambda r: rank[r.taetigkeit], reverse=reverse)
        elif column == COL_BEMERKUNG:
            rows.sort(key=lambda r: r.bemerkung.casefold(), reverse=reverse)
        elif column == COL_STATUS:
            rows.sort(key=attrgetter("beleg"), reverse=reverse)
        self.rows = rows

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order
