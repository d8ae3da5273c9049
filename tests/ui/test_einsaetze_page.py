"""The Einsätze page driven like a treasurer with a pile of timesheets: keyboard only."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from lotsendesk.services.einsaetze import EinsatzData, EinsatzFilter, query_einsaetze, record_einsatz
from lotsendesk.ui.einsaetze_model import COL_DAUER, COL_NAME
from lotsendesk.ui.einsaetze_page import EinsaetzePage
from tests.conftest import add_lotse
from tests.qt_helpers import press, type_text


@pytest.fixture
def page(qtbot, db):
    add_lotse(db, "7", "Yılmaz", "Şükrü")
    add_lotse(db, "12", "Petrenko", "Ольга", austritt=date(2025, 6, 30))
    add_lotse(db, "3", "Becker", "Jürgen")
    widget = EinsaetzePage(db, QUndoStack())
    qtbot.addWidget(widget)
    widget.reload()
    assert widget.year_filter.currentData() == date.today().year  # the year the treasurer works in
    widget.year_filter.setCurrentIndex(0)  # the tests' Einsätze lie in 2025: show all years
    widget.show()
    return widget


def _enter_line(page, qtbot, lotse: str, datum: str, dauer: str, taetigkeit: str = "", bemerkung: str = "") -> None:
    form = page.form
    if lotse is not None:
        form.lotse_edit.clear()
        type_text(form.lotse_edit, lotse)
    form.datum_edit.clear()
    qtbot.keyClicks(form.datum_edit, datum)
    form.dauer_edit.clear()
    qtbot.keyClicks(form.dauer_edit, dauer)
    if taetigkeit:
        form.taetigkeit_combo.setEditText("")
        type_text(form.taetigkeit_combo.lineEdit(), taetigkeit)
    if bemerkung:
        type_text(form.bemerkung_edit, bemerkung)
    press(form.dauer_edit, Qt.Key.Key_Return)


def test_typing_a_line_and_enter_saves_it_and_keeps_person_and_date(page, qtbot, db):
    _enter_line(page, qtbot, "7", "07.03.2025", "2,5", "Gesundheit", "Termin Hausärztin")
    rows = query_einsaetze(db, EinsatzFilter())
    assert [(r.name, r.datum, r.minuten, r.taetigkeit, r.bemerkung) for r in rows] == [
        ("Yılmaz, Şükrü", date(2025, 3, 7), 150, "Gesundheit", "Termin Hausärztin")
    ]
    assert page.model.rowCount() == 1
    assert page.model.index(0, COL_DAUER).data() == "2,50"
    assert page.form.lotse_edit.text() == "7 – Yılmaz, Şükrü"
    assert page.form.datum_edit.text() == "07.03.2025"
    assert page.form.dauer_edit.text() == ""
    assert "1 Einsatz · 2,50 Stunden" in page.sum_label.text()


@pytest.mark.parametrize(("typed", "minutes"), [("2.5", 150), ("2:30", 150), ("90 min", 90), ("0,25", 15)])
def test_every_way_of_writing_a_duration_means_what_it_says(page, qtbot, db, typed, minutes):
    _enter_line(page, qtbot, "3", "01.02.2025", typed)
    assert [r.minuten for r in query_einsaetze(db, EinsatzFilter())] == [minutes]


def test_person_found_by_part_of_a_non_latin_name(page, qtbot, db):
    _enter_line(page, qtbot, "Ольга", "02.02.2025", "1")
    assert [r.nr for r in query_einsaetze(db, EinsatzFilter())] == ["12"]


def test_errors_show_next_to_the_field_in_german_and_nothing_is_saved(page, qtbot, db):
    _enter_line(page, qtbot, "7", "31.02.2025", "2")
    assert page.form.error_labels["datum"].text() == "Das Datum „31.02.2025“ gibt es nicht."
    assert not page.form.error_labels["datum"].isHidden()
    assert query_einsaetze(db, EinsatzFilter()) == []
    # typed input is not lost by an error
    assert page.form.dauer_edit.text() == "2"


def test_date_after_austritt_and_in_the_future_are_refused(page, qtbot, db):
    _enter_line(page, qtbot, "12", "01.07.2025", "2")
    assert "nach dem Austritt am 30.06.2025" in page.form.error_labels["datum"].text()
    tomorrow = (date.today() + timedelta(days=1)).strftime("%d.%m.%Y")
    _enter_line(page, qtbot, "7", tomorrow, "2")
    assert "in der Zukunft" in page.form.error_labels["datum"].text()
    assert query_einsaetze(db, EinsatzFilter()) == []


def test_more_than_24_hours_on_one_day_is_refused(page, qtbot, db):
    _enter_line(page, qtbot, "3", "05.05.2025", "20")
    _enter_line(page, qtbot, None, "05.05.2025", "5")
    assert "mehr als 24 Stunden" in page.form.error_labels["dauer"].text()
    assert [r.minuten for r in query_einsaetze(db, EinsatzFilter())] == [1200]


def test_enter_with_an_empty_duration_moves_there_instead_of_complaining(page, qtbot, db):
    type_text(page.form.lotse_edit, "7")
    press(page.form.lotse_edit, Qt.Key.Key_Return)
    assert page.form.dauer_edit.hasFocus() or page.form.datum_edit.text()
    assert page.form.error_labels["dauer"].isHidden()
    assert query_einsaetze(db, EinsatzFilter()) == []


def test_undo_and_redo_of_recording(page, qtbot, db):
    _enter_line(page, qtbot, "7", "07.03.2025", "2")
    page.undo_stack.undo()
    assert query_einsaetze(db, EinsatzFilter()) == []
    page.undo_stack.redo()
    assert [r.minuten for r in query_einsaetze(db, EinsatzFilter())] == [120]


def test_filter_by_person_month_and_text_and_the_sum(page, qtbot, db):
    ids = {r.nr: r.id for r in page._lotsen}
    today = date(2025, 12, 31)
    record_einsatz(db, EinsatzData(ids["7"], date(2025, 3, 7), 60, None, "Elternabend"), today=today)
    record_einsatz(db, EinsatzData(ids["7"], date(2025, 4, 7), 90), today=today)
    record_einsatz(db, EinsatzData(ids["3"], date(2025, 3, 8), 30), today=today)
    page.reload()
    assert page.model.rowCount() == 3
    page.lotse_filter.setCurrentIndex(page.lotse_filter.findData(ids["7"]))
    assert page.model.rowCount() == 2
    assert page.sum_label.text() == "2 Einsätze · 2,50 Stunden"
    page.month_filter.setCurrentIndex(page.month_filter.findData(3))
    assert page.model.rowCount() == 1
    page.lotse_filter.setCurrentIndex(0)
    page.month_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search_edit, "eltern")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.rows[0].bemerkung == "Elternabend"


def test_sorting_by_name_is_locale_aware(page, qtbot, db):
    ids = {r.nr: r.id for r in page._lotsen}
    for nr in ("7", "12", "3"):
        record_einsatz(db, EinsatzData(ids[nr], date(2025, 3, 1), 60), today=date(2025, 12, 31))
    page.reload()
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [page.model.index(i, COL_NAME).data() for i in range(3)] == [
        "Becker, Jürgen",
        "Petrenko, Ольга",
        "Yılmaz, Şükrü",
    ]


def test_delete_asks_and_can_be_undone(page, qtbot, db, monkeypatch):
    ids = {r.nr: r.id for r in page._lotsen}
    record_einsatz(db, EinsatzData(ids["7"], date(2025, 3, 1), 60), today=date(2025, 12, 31))
    page.reload()
    page.table.selectRow(0)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert asked and "wird gelöscht" in asked[0]
    assert query_einsaetze(db, EinsatzFilter()) == []
    assert page.model.rowCount() == 0 or page.reload() is None
    page.undo_stack.undo()
    assert [r.minuten for r in query_einsaetze(db, EinsatzFilter())] == [60]


def test_empty_state_teaches_what_to_do(page):
    assert page.table_stack.currentWidget() is page.empty_label
    assert "Enter" in page.empty_label.text()


def test_editing_a_recorded_einsatz_in_the_dialog(page, qtbot, db, monkeypatch):
    ids = {r.nr: r.id for r in page._lotsen}
    record_einsatz(db, EinsatzData(ids["7"], date(2025, 3, 1), 60), today=date(2025, 12, 31))
    page.reload()
    page.table.selectRow(0)

    def fake_exec(dialog):
        dialog.form.dauer_edit.setText("3:15")
        dialog.accept()
        return 1

    monkeypatch.setattr("lotsendesk.ui.einsatz_dialog.EinsatzDialog.exec", fake_exec)
    page.edit_selected()
    assert [r.minuten for r in query_einsaetze(db, EinsatzFilter())] == [195]
    page.undo_stack.undo()
    assert [r.minuten for r in query_einsaetze(db, EinsatzFilter())] == [60]


def test_a_line_for_another_year_widens_the_year_filter(qtbot, db):
    add_lotse(db, "7", "Yılmaz", "Şükrü")
    page = EinsaetzePage(db, QUndoStack())
    qtbot.addWidget(page)
    page.reload()
    last_year = date.today().year - 1
    _enter_line(page, qtbot, "7", f"15.12.{last_year}", "2")
    assert page.year_filter.currentData() == last_year
    assert page.model.rowCount() == 1


@pytest.fixture
def real_program(qapp):
    """As in the real program (organisation name set), so pages remember their layout."""
    qapp.setOrganizationName("LotsenDesk")
    yield
    qapp.setOrganizationName("")


def test_column_widths_and_sort_order_are_remembered(qtbot, db, real_program):
    first = EinsaetzePage(db, QUndoStack())
    qtbot.addWidget(first)
    first.table.setColumnWidth(COL_NAME, 311)
    first.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    second = EinsaetzePage(db, QUndoStack())
    qtbot.addWidget(second)
    assert second.table.columnWidth(COL_NAME) == 311
    assert second.model.sort_column == COL_NAME
    assert second.model.sort_order == Qt.SortOrder.AscendingOrder
