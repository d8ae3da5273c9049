"""Sorting inside the model: every column, both directions, equal values stay in date order."""

from datetime import date

from PySide6.QtCore import Qt

from lotsendesk.services.einsaetze import EinsatzRow
from lotsendesk.ui.einsaetze_model import COL_DATUM, COL_DAUER, COL_NAME, COL_NR, COL_TAETIGKEIT, EinsaetzeModel

ROWS = [
    EinsatzRow(1, date(2025, 1, 5), 10, "10", "Yılmaz, Şükrü", 60, "Gesundheit", "b"),
    EinsatzRow(2, date(2025, 1, 3), 2, "2", "Becker, Jürgen", 90, "arbeit", "A"),
    EinsatzRow(3, date(2025, 1, 4), 10, "10", "Yılmaz, Şükrü", 60, "Arbeit", "c"),
    EinsatzRow(4, date(2025, 1, 1), 3, "A7", "Schulz, Eva", 30, "", ""),
]


def ids(model: EinsaetzeModel) -> list[int]:
    return [model.index(i, 0).data(Qt.ItemDataRole.UserRole) for i in range(model.rowCount())]


def test_each_column_sorts_and_ties_keep_date_order(qapp):
    model = EinsaetzeModel()
    model.set_rows(list(ROWS))
    model.sort(COL_DATUM, Qt.SortOrder.AscendingOrder)
    assert ids(model) == [4, 2, 3, 1]
    model.sort(COL_DATUM, Qt.SortOrder.DescendingOrder)
    assert ids(model) == [1, 3, 2, 4]
    model.sort(COL_NR, Qt.SortOrder.AscendingOrder)  # 2 before 10, letters after numbers
    assert ids(model) == [2, 3, 1, 4]
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)  # Ş with S: Schulz < Yılmaz
    assert ids(model) == [2, 4, 3, 1]
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)  # ties newest first
    assert ids(model) == [1, 3, 4, 2]
    model.sort(COL_DAUER, Qt.SortOrder.AscendingOrder)
    assert ids(model) == [4, 3, 1, 2]
    model.sort(COL_TAETIGKEIT, Qt.SortOrder.AscendingOrder)  # case-insensitive, empty first
    assert ids(model) == [4, 2, 3, 1]


def test_sum_of_what_is_shown(qapp):
    model = EinsaetzeModel()
    model.set_rows(list(ROWS))
    assert model.total_minutes == 240
