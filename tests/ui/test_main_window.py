"""The main window as a whole: pages by keyboard, undo from the menu refreshes what is shown, import via menu."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lotsendesk.services.einsaetze import EinsatzFilter, query_einsaetze
from lotsendesk.ui.main_window import MainWindow
from tests.conftest import add_lotse
from tests.qt_helpers import press

DATA = Path(__file__).parent.parent / "data" / "import"


@pytest.fixture
def window(qtbot, db):
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    add_lotse(db, "2", "Петренко", "Ольга")
    add_lotse(db, "3", "Nguyễn", "Thị Hương")
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    return win


def test_opens_on_the_uebersicht_and_ctrl_1_to_5_switch_pages(window, qtbot):
    assert window.current_page() is window.uebersicht_page
    press(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.auszahlungen_page
    press(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.foerderjahr_page
    press(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.uebersicht_page
    press(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.lotsen_page
    assert window.lotsen_page.model.rowCount() == 3
    press(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.einsaetze_page


def test_status_bar_names_the_database_file(window, db):
    assert window.db_label.text() == f"Datenbank: {db.path}"
    assert window.db_label.isVisible()


def test_menu_undo_takes_back_a_typed_einsatz_and_the_table_follows(window, qtbot, db):
    window.show_page("einsaetze")
    page = window.einsaetze_page
    page.form.lotse_edit.setText("1")
    page.form.datum_edit.setText(date.today().strftime("%d.%m.%Y"))
    page.form.dauer_edit.setText("2:30")
    press(page.form.dauer_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert query_einsaetze(db, EinsatzFilter()) == []
    assert page.model.rowCount() == 0
    window.redo_action.trigger()
    assert page.model.rowCount() == 1


def test_an_edit_on_one_page_shows_on_the_other(window, qtbot, db):
    window.show_page("einsaetze")
    page = window.einsaetze_page
    page.form.lotse_edit.setText("2")
    page.form.datum_edit.setText(date.today().strftime("%d.%m.%Y"))
    page.form.dauer_edit.setText("1,5")
    press(page.form.dauer_edit, Qt.Key.Key_Return)
    window.show_page("lotsen")
    row = next(r for r in window.lotsen_page.model.rows() if r.nr == "2")
    assert row.minuten == 90


def test_import_from_the_file_menu_fills_the_einsaetze_page(window, qtbot, db, monkeypatch):
    from lotsendesk.ui.import_wizard import ImportWizard

    monkeypatch.setattr(
        "lotsendesk.ui.import_wizard.choose_file", lambda parent, kind: DATA / "einsaetze_excel_utf8_bom.csv"
    )
    monkeypatch.setattr(ImportWizard, "exec", lambda w: w.show() or w.next() or w.next() or 1)  # check, import
    window.show_page("einsaetze")
    window.einsaetze_page.year_filter.setCurrentIndex(0)
    window.import_einsaetze_action.trigger()
    imported = query_einsaetze(db, EinsatzFilter())
    assert imported
    assert window.einsaetze_page.model.rowCount() == len(imported)


def test_a_new_database_opens_on_the_lotsen_page_and_the_einsaetze_page_says_why(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    assert win.current_page() is win.lotsen_page
    win.show_page("einsaetze")
    assert "Noch keine Lots*innen angelegt" in win.einsaetze_page.empty_label.text()
    assert not win.einsaetze_page.delete_button.isEnabled()


def test_a_pruefhinweis_opens_the_person_it_names(window, qtbot, db):
    window.show_page("lotsen")
    lotse_id = next(r.id for r in window.lotsen_page.model.rows() if r.nr == "2")
    window.show_page("uebersicht")
    window.uebersicht_page.open_target.emit("lotse", lotse_id)
    assert window.current_page() is window.lotsen_page
    assert window.lotsen_page.selected_row().nr == "2"
