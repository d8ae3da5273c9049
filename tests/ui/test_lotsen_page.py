"""The Lots*innen page: table, filter, add/edit/deactivate/delete through the real widgets, undo and redo."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from lotsendesk.domain.lotse_record import RolleAb
from lotsendesk.domain.people import Rolle, Status
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.lotsen import get_lotse, list_lotsen
from lotsendesk.ui import lotsen_model as cols
from lotsendesk.ui.lotse_dialog import LotseDialog
from lotsendesk.ui.lotsen_page import SHOW_ALL, SHOW_FORMER, LotsenPage
from tests.conftest import add_lotse
from tests.qt_helpers import type_text


@pytest.fixture
def page(qtbot, db):
    page = LotsenPage(db, QUndoStack())
    qtbot.addWidget(page)
    page.resize(1366 - 190, 700)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    return page


@pytest.fixture
def dialogs(qtbot, monkeypatch):
    """Replace the modal exec() of the Lots*in dialog: show it, let the test type into it, return the result."""
    state = {"fill": None, "opened": []}

    def fake_exec(dialog):
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        state["opened"].append(dialog)
        state["fill"](dialog)
        if dialog.isVisible():  # an error kept it open: the user gives up
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(LotseDialog, "exec", fake_exec)
    return state


@pytest.fixture
def answers(monkeypatch):
    """Stub the modal message boxes: questions get ``answers['question']``, messages are collected."""
    state = {"question": QMessageBox.StandardButton.Yes, "asked": [], "told": []}

    def question(_parent, title, text, *_args, **_kwargs):
        state["asked"].append((title, text))
        return state["question"]

    def tell(_parent, title, text, *_args, **_kwargs):
        state["told"].append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", tell)
    monkeypatch.setattr(QMessageBox, "warning", tell)
    return state


def names(page) -> list[str]:
    return [page.model.index(r, cols.NAME).data() for r in range(page.model.rowCount())]


def cell(page, name: str, column: int):
    row = names(page).index(name)
    return page.model.index(row, column)


def select(page, name: str) -> None:
    assert page.select_id(page.model.row_at(names(page).index(name)).id)


def test_empty_state_teaches_what_to_do(page):
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == (
        "Noch keine Lots*innen erfasst. Legen Sie mit „Neue*r Lots*in“ die erste Person an – oder importieren "
        "Sie eine Liste (Datei → Lots*innen importieren…)."
    )
    assert page.title_label.text() == "Lots*innen"
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()


def test_table_shows_german_formats_and_counts(page, db):
    lotse_id = add_lotse(
        db,
        "4",
        "Yılmaz",
        "Şükrü",
        eintritt=date(2024, 2, 1),
        qualifiziert_am=date(2024, 3, 7),
        rollen=(RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, date(2025, 1, 1))),
    )
    add_lotse(db, "5", "Kaya", "Deniz", status=Status.PAUSIERT)
    record_einsatz(db, EinsatzData(lotse_id, date(2025, 3, 7), 150), today=date(2025, 4, 1))
    page.reload()

    assert page.stack.currentWidget() is page.table
    assert names(page) == ["Kaya, Deniz", "Yılmaz, Şükrü"]
    assert cell(page, "Yılmaz, Şükrü", cols.ROLLE).data() == "koordinierende*r Lots*in seit 01.01.2025"
    assert cell(page, "Yılmaz, Şükrü", cols.QUALIFIZIERT).data() == "07.03.2024"
    assert cell(page, "Yılmaz, Şükrü", cols.EINTRITT).data() == "01.02.2024"
    assert cell(page, "Yılmaz, Şükrü", cols.STUNDEN).data() == "2,50"
    assert cell(page, "Yılmaz, Şükrü", cols.EINSAETZE).data() == "1"
    hours_alignment = cell(page, "Yılmaz, Şükrü", cols.STUNDEN).data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(hours_alignment) & Qt.AlignmentFlag.AlignRight
    assert cell(page, "Kaya, Deniz", cols.QUALIFIZIERT).data() == "nicht qualifiziert"
    assert cell(page, "Kaya, Deniz", cols.QUALIFIZIERT).data(Qt.ItemDataRole.ForegroundRole) is not None
    status = cell(page, "Kaya, Deniz", cols.STATUS)
    assert status.data() == "pausiert"  # the word, and a colour as well
    assert status.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.count_label.text() == "2 Lots*innen · 1 Einsatz · 2,50 Stunden"
    assert page.model.headerData(cols.STUNDEN, Qt.Orientation.Horizontal) == "Stunden"


def test_sorting_by_name_puts_sukru_between_the_s_names(page, db):
    for nr, nachname, vorname in [
        ("1", "Schmidt", "Anna"),
        ("2", "Zimmermann", "Jonas"),
        ("3", "Şahin", "Şükrü"),
        ("4", "Saal", "Peter"),
        ("5", "Łukasik", "Ewa"),
        ("6", "Lange", "Ute"),
        ("7", "Lyon", "Marc"),
    ]:
        add_lotse(db, nr, nachname, vorname)
    page.reload()
    page.table.sortByColumn(cols.NAME, Qt.SortOrder.DescendingOrder)
    page.table.sortByColumn(cols.NAME, Qt.SortOrder.AscendingOrder)
    assert names(page) == [
        "Lange, Ute",
        "Łukasik, Ewa",
        "Lyon, Marc",
        "Saal, Peter",
        "Şahin, Şükrü",
        "Schmidt, Anna",
        "Zimmermann, Jonas",
    ]
    page.table.sortByColumn(cols.NAME, Qt.SortOrder.DescendingOrder)
    assert names(page)[1:4] == ["Schmidt, Anna", "Şahin, Şükrü", "Saal, Peter"]


def test_clicking_the_nr_header_sorts_numbers_naturally(qtbot, page, db):
    for nr, nachname in [("10", "Adler"), ("2", "Berg"), ("1", "Chen")]:
        add_lotse(db, nr, nachname)
    page.reload()
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(cols.NR) + header.sectionSize(cols.NR) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == cols.NR
    numbers = [page.model.index(r, cols.NR).data() for r in range(3)]
    expected = ["1", "2", "10"]
    assert numbers == (expected if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder else expected[::-1])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert [page.model.index(r, cols.NR).data() for r in range(3)] == numbers[::-1]


def test_sorting_keeps_the_selected_person_selected(page, db):
    add_lotse(db, "1", "Adler")
    add_lotse(db, "2", "Berg")
    add_lotse(db, "3", "Chen")
    page.reload()
    select(page, "Adler")
    page.table.sortByColumn(cols.NAME, Qt.SortOrder.DescendingOrder)
    assert page.selected_row().nachname == "Adler"
    assert names(page)[-1] == "Adler"


def test_add_person_with_cyrillic_name_appears_sorted_and_can_be_undone(qtbot, page, db, dialogs):
    add_lotse(db, "1", "Neumann", "Jan")
    add_lotse(db, "2", "Richter", "Eva")
    page.reload()

    def fill(dialog):
        assert dialog.nr_edit.text() == "3"
        type_text(dialog.nachname_edit, "Петренко")
        type_text(dialog.vorname_edit, "Ольга")
        qtbot.keyClicks(dialog.eintritt_edit, "1.2.25")
        qtbot.keyClick(dialog.eintritt_edit, Qt.Key.Key_Return)

    dialogs["fill"] = fill
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)

    # Cyrillic sorts after Latin, like every other name by its letters
    assert names(page) == ["Neumann, Jan", "Richter, Eva", "Петренко, Ольга"]
    assert page.selected_row().nachname == "Петренко"
    new_id = page.selected_row().id
    assert get_lotse(db, new_id).eintritt == date(2025, 2, 1)
    assert page.undo_stack.undoText() == "Lots*in Петренко, Ольга anlegen"

    page.undo_stack.undo()
    page.reload()
    assert names(page) == ["Neumann, Jan", "Richter, Eva"]
    assert [r.nr for r in list_lotsen(db)] == ["1", "2"]

    page.undo_stack.redo()
    page.reload()
    assert names(page) == ["Neumann, Jan", "Richter, Eva", "Петренко, Ольга"]
    assert get_lotse(db, new_id).nachname == "Петренко"  # the same person again, same id


def test_cancelled_or_failed_add_changes_nothing(qtbot, page, db, dialogs):
    def fill(dialog):
        dialog.nr_edit.clear()
        qtbot.keyClick(dialog.nachname_edit, Qt.Key.Key_Return)  # Nr and Nachname missing: stays open

    dialogs["fill"] = fill
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert dialogs["opened"][0].error_text("nr") == "Bitte eine Nr. angeben."
    assert list_lotsen(db) == []
    assert page.undo_stack.count() == 0


def test_double_click_edits_and_undo_restores_the_old_data(qtbot, page, db, dialogs):
    lotse_id = add_lotse(db, "1", "Kaya", "Deniz")
    page.reload()

    def fill(dialog):
        dialog.nachname_edit.clear()
        type_text(dialog.nachname_edit, "Kaya-Öztürk")
        qtbot.keyClick(dialog.nachname_edit, Qt.Key.Key_Return)

    dialogs["fill"] = fill
    rect = page.table.visualRect(cell(page, "Kaya, Deniz", cols.NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert len(dialogs["opened"]) == 1
    assert names(page) == ["Kaya-Öztürk, Deniz"]
    assert get_lotse(db, lotse_id).nachname == "Kaya-Öztürk"
    page.undo_stack.undo()
    page.reload()
    assert get_lotse(db, lotse_id).nachname == "Kaya"
    assert names(page) == ["Kaya, Deniz"]
    page.undo_stack.redo()
    assert get_lotse(db, lotse_id).nachname == "Kaya-Öztürk"


def test_enter_on_the_table_opens_the_person(qtbot, page, db, dialogs):
    add_lotse(db, "1", "Kaya", "Deniz")
    page.reload()
    select(page, "Kaya, Deniz")
    dialogs["fill"] = lambda dialog: dialog.reject()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(dialogs["opened"]) == 1
    assert dialogs["opened"][0].nachname_edit.text() == "Kaya"
    assert page.undo_stack.count() == 0  # nothing changed, nothing to undo


def test_role_history_edited_in_the_dialog_shows_in_the_table(qtbot, page, db, dialogs):
    lotse_id = add_lotse(db, "1", "Kaya", "Deniz")
    page.reload()
    select(page, "Kaya, Deniz")

    def fill(dialog):
        qtbot.mouseClick(dialog.rollen_editor.add_button, Qt.MouseButton.LeftButton)
        _combo, date_edit = dialog.rollen_editor.line(1)
        qtbot.keyClicks(date_edit, "01.01.2025")
        qtbot.keyClick(date_edit, Qt.Key.Key_Return)

    dialogs["fill"] = fill
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert get_lotse(db, lotse_id).rollen == (
        RolleAb(Rolle.LOTSIN, None),
        RolleAb(Rolle.KOORDINIEREND, date(2025, 1, 1)),
    )
    assert cell(page, "Kaya, Deniz", cols.ROLLE).data() == "koordinierende*r Lots*in seit 01.01.2025"


def test_deactivate_asks_sets_status_and_austritt_and_can_be_undone(qtbot, page, db, answers):
    lotse_id = add_lotse(db, "1", "Kaya", "Deniz")
    add_lotse(db, "2", "Berg", "Ida")
    page.reload()
    page._today = lambda: date(2025, 6, 30)
    select(page, "Kaya, Deniz")
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)

    title, text = answers["asked"][0]
    assert title == "Lots*in deaktivieren"
    assert "Der Status wird „ausgeschieden“" in text and "30.06.2025" in text
    stored = get_lotse(db, lotse_id)
    assert (stored.status, stored.austritt) == (Status.AUSGESCHIEDEN, date(2025, 6, 30))
    # gone from the default view ("Aktive und pausierte"), shown under "Ausgeschiedene"
    assert names(page) == ["Berg, Ida"]
    assert page.count_label.text().startswith("1 Lots*in (von 2)")
    page.status_filter.setCurrentIndex(page.status_filter.findData(SHOW_FORMER))
    assert names(page) == ["Kaya, Deniz"]
    assert cell(page, "Kaya, Deniz", cols.STATUS).data() == "ausgeschieden"
    assert cell(page, "Kaya, Deniz", cols.AUSTRITT).data() == "30.06.2025"

    page.undo_stack.undo()
    stored = get_lotse(db, lotse_id)
    assert (stored.status, stored.austritt) == (Status.AKTIV, None)


def test_deactivate_keeps_an_austritt_already_entered_and_cancel_does_nothing(qtbot, page, db, answers):
    lotse_id = add_lotse(db, "1", "Kaya", austritt=date(2025, 3, 31))
    page.reload()
    select(page, "Kaya")
    answers["question"] = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    assert get_lotse(db, lotse_id).status is Status.AKTIV
    answers["question"] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    assert "Der Austritt bleibt am 31.03.2025." in answers["asked"][-1][1]
    assert get_lotse(db, lotse_id).austritt == date(2025, 3, 31)
    assert get_lotse(db, lotse_id).status is Status.AUSGESCHIEDEN


def test_delete_is_refused_for_a_person_with_einsaetze(qtbot, page, db, answers):
    lotse_id = add_lotse(db, "1", "Yılmaz", "Şükrü")
    record_einsatz(db, EinsatzData(lotse_id, date(2025, 3, 7), 120), today=date(2025, 4, 1))
    page.reload()
    select(page, "Yılmaz, Şükrü")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)

    assert answers["asked"] == []  # nothing to confirm: it cannot be done
    assert answers["told"] == [
        (
            "Lots*in löschen",
            "Yılmaz, Şükrü hat 1 erfasste Einsätze und kann deshalb nicht gelöscht werden. Setzen Sie den Status "
            "stattdessen auf „ausgeschieden“.",
        )
    ]
    assert get_lotse(db, lotse_id).nachname == "Yılmaz"
    assert names(page) == ["Yılmaz, Şükrü"]
    assert page.undo_stack.count() == 0


def test_del_key_deletes_after_asking_and_undo_redo_restore(qtbot, page, db, answers):
    lotse_id = add_lotse(db, "8", "Nguyễn", "Thị Lan", iban="DE89370400440532013000", anschrift="Am Markt 1")
    add_lotse(db, "9", "Berg", "Ida")
    page.reload()
    select(page, "Nguyễn, Thị Lan")
    before = get_lotse(db, lotse_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)

    title, text = answers["asked"][0]
    assert title == "Lots*in löschen"
    assert text.startswith("Nguyễn, Thị Lan löschen?") and "werden gelöscht" in text
    assert [r.id for r in list_lotsen(db)] != [lotse_id] and lotse_id not in [r.id for r in list_lotsen(db)]
    assert names(page) == ["Berg, Ida"]

    page.undo_stack.undo()
    page.reload()
    assert get_lotse(db, lotse_id) == before  # same id, every field back
    assert names(page) == ["Berg, Ida", "Nguyễn, Thị Lan"]

    page.undo_stack.redo()
    page.reload()
    assert names(page) == ["Berg, Ida"]


def test_delete_cancelled_keeps_the_person(qtbot, page, db, answers):
    lotse_id = add_lotse(db, "1", "Kaya")
    page.reload()
    select(page, "Kaya")
    answers["question"] = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert get_lotse(db, lotse_id).nachname == "Kaya"
    assert page.undo_stack.count() == 0


def test_search_ignores_case_and_accents_and_finds_languages(qtbot, page, db):
    add_lotse(db, "1", "Şahin", "Şükrü", sprachen="Türkisch, Kurdisch")
    add_lotse(db, "2", "Петренко", "Ольга", sprachen="Ukrainisch")
    add_lotse(db, "13", "Berg", "Ida", status=Status.AUSGESCHIEDEN)
    page.reload()
    assert names(page) == ["Şahin, Şükrü", "Петренко, Ольга"]  # former ones hidden by default

    qtbot.keyClicks(page.search_edit, "sukru")
    assert names(page) == ["Şahin, Şükrü"]
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "ukrain")
    assert names(page) == ["Петренко, Ольга"]
    page.search_edit.clear()
    type_text(page.search_edit, "ольга")
    assert names(page) == ["Петренко, Ольга"]
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "13")
    assert names(page) == []
    assert "Kein*e Lots*in passt zu „13“" in page.empty_label.text()
    page.status_filter.setCurrentIndex(page.status_filter.findData(SHOW_ALL))
    assert names(page) == ["Berg, Ida"]


def test_columns_fit_a_1366_pixel_window_without_horizontal_scrolling(page, db):
    add_lotse(
        db,
        "1234",
        "Hoffmann-Schmidt",
        "Anna-Katharina",
        rollen=(RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, date(2025, 1, 1))),
        austritt=date(2025, 12, 31),
        status=Status.PAUSIERT,
    )
    page.reload()
    header = page.table.horizontalHeader()
    assert header.length() <= page.table.viewport().width()
    assert not page.table.horizontalScrollBar().isVisible()
    assert header.sectionSize(cols.NAME) >= 180
    metrics = page.table.fontMetrics()
    for column in range(cols.COLUMN_COUNT):
        if column == cols.NAME:
            continue
        text = page.model.index(0, column).data()
        assert metrics.horizontalAdvance(text) < header.sectionSize(column), (column, text)
