"""The one look of a record table: whole rows selected, read-only, alternating rows, headers left-aligned."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView


def record_table(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    """A table of records where one row is one record (double-click or Enter opens it on each page)."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class RecordsModel(QAbstractTableModel):
    """The part every table model here shares: one row per record, headers from ``_headers``, the columns in
    ``numeric_columns`` right-aligned in the header. Subclasses keep their records in ``rows`` (or override
    ``record_count``) and implement ``data``."""

    numeric_columns: tuple[int, ...] = ()
    _headers: tuple[str, ...] = ()

    def record_count(self) -> int:
        return len(self.rows)  # type: ignore[attr-defined]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.record_count()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.numeric_columns:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SortedRecordsModel(RecordsModel):
    """Rows sorted inside the model (no proxy) by the key of the chosen column (``_keys``); a column without
    a key is not sortable. Records have an ``id``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder

    def _keys(self) -> dict[int, Callable[[Any], Any]]:
        return {}

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._sort_rows()
        self.endResetModel()

    def row_at(self, position: int) -> Any:
        return self.rows[position]

    def row_of_id(self, ident: int) -> int:
        return next((position for position, row in enumerate(self.rows) if row.id == ident), -1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in self._keys():
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [self.rows[p.row()] for p in persistent]
        self._sort_rows()
        position = {id(r): i for i, r in enumerate(self.rows)}
        after = [self.index(position[id(r)], p.column()) for r, p in zip(before, persistent, strict=True)]
        self.changePersistentIndexList(persistent, after)
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        key = self._keys().get(self._sort_column)
        if key is not None:
            self.rows.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
