"""The main window in English (LOTSENDESK_LANG=en), and German with Qt's own German strings.

Every test here leaves the application German again (install_translators(app, "de")), so the tests that
run later see the German UI they expect.
"""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from lotsendesk.ui import i18n
from lotsendesk.ui.einsaetze_model import COL_DATUM, COL_TAETIGKEIT
from lotsendesk.ui.einsaetze_page import EinsaetzePage
from lotsendesk.ui.import_wizard import ImportWizard
from lotsendesk.ui.main_window import MainWindow
from tests.conftest import add_lotse


@pytest.fixture
def language(qapp):
    """Switch the UI language for one test; German again afterwards, whatever happened."""

    def switch(name: str) -> None:
        i18n.install_translators(qapp, name)

    try:
        yield switch
    finally:
        i18n.install_translators(qapp, "de")


@pytest.fixture
def english_window(qtbot, db, monkeypatch, language):
    monkeypatch.setenv("LOTSENDESK_LANG", "en")
    assert i18n.ui_language() == "en"
    language(i18n.ui_language())
    window = MainWindow(db)
    qtbot.addWidget(window)
    try:
        yield window
    finally:
        window.close()  # saves the geometry while the settings still point at tmp_path


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _sidebar_labels(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def test_menus_are_english(english_window):
    assert _menu_titles(english_window) == ["&File", "&Edit", "&View", "&Help"]
    file_menu = english_window.menuBar().actions()[0].menu()
    items = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    assert items == [
        "Import &guides…",
        "Import &assignments…",
        "Create &timesheets…",
        "&Import timesheets…",
        "Create &backup…",
        "&Restore backup…",
        "Backup &settings…",
        "&Quit",
    ]
    assert english_window.undo_action.text() == "Undo"
    assert english_window.redo_action.text() == "Redo"


def test_sidebar_and_pages_are_english(english_window):
    english = ["Overview", "Guides", "Assignments", "Payouts", "Funding year", "Training", "Reports", "Settings"]
    assert _sidebar_labels(english_window) == english
    assert english_window.einsaetze_page.title_label.text() == "Assignments"
    assert english_window.lotsen_page.title_label.text() == "Guides"
    assert english_window.einsaetze_page.save_button.text() == "Record"
    assert english_window.windowTitle() == "LotsenDesk"


def test_standard_buttons_are_english(english_window, qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_table_headers_are_english(english_window):
    model = english_window.einsaetze_page.model
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in (COL_DATUM, COL_TAETIGKEIT)]
    assert headers == ["Date", "Activity"]


def test_german_again_afterwards(qtbot, db, language):
    language("en")
    language("de")
    window = MainWindow(db)
    qtbot.addWidget(window)
    try:
        assert _menu_titles(window)[0] == "&Datei"
        german = [
            "Übersicht",
            "Lots*innen",
            "Einsätze",
            "Auszahlungen",
            "Förderjahr",
            "Qualifizierungen",
            "Berichte",
            "Einstellungen",
        ]
        assert _sidebar_labels(window) == german
        assert window.einsaetze_page.title_label.text() == "Einsätze"
    finally:
        window.close()


def test_german_standard_buttons_come_from_qtbase_de(qtbot, language):
    language("de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


# messages of the domain and the services ------------------------------------------------------------------------
def _einsaetze_page(qtbot, db) -> EinsaetzePage:
    add_lotse(db, "1", "Yılmaz", "Şükrü", austritt=date(2025, 6, 30))
    page = EinsaetzePage(db, QUndoStack())
    qtbot.addWidget(page)
    page.reload()
    return page


def _record(page: EinsaetzePage, datum: str, dauer: str = "2") -> None:
    page.form.lotse_edit.setText("1")
    page.form.datum_edit.setText(datum)
    page.form.dauer_edit.setText(dauer)
    page.record()


def test_a_typed_bad_date_is_explained_in_english(qtbot, db, language):
    language("en")
    page = _einsaetze_page(qtbot, db)
    _record(page, "31.02.2025")
    assert page.form.error_labels["datum"].text() == "The date “31.02.2025” does not exist."
    assert not page.form.error_labels["datum"].isHidden()


def test_a_refused_einsatz_is_explained_in_english(qtbot, db, language):
    """Messages from the service (after the form was read), two for one field."""
    language("en")
    page = _einsaetze_page(qtbot, db)
    _record(page, "01.07.2025", "25")
    assert page.form.error_labels["dauer"].text() == "The duration may be at most 24 hours."
    assert page.form.error_labels["datum"].text() == "The date is after the leaving date, 30.06.2025."


def test_a_typed_bad_date_is_explained_in_german_as_before(qtbot, db, language):
    language("de")
    page = _einsaetze_page(qtbot, db)
    _record(page, "31.02.2025")
    assert page.form.error_labels["datum"].text() == "Das Datum „31.02.2025“ gibt es nicht."


def _lotsen_file(tmp_path, content: str):
    path = tmp_path / "lotsen.csv"
    path.write_text(content, encoding="utf-8")
    return path


def _checked(qtbot, db, path) -> ImportWizard:
    """The import wizard for ``path`` after "Weiter": on its check page."""
    wizard = ImportWizard(db, "lotsen", path, QUndoStack())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    return wizard


def test_import_errors_and_summary_are_english(qtbot, db, tmp_path, language):
    language("en")
    bad = _checked(qtbot, db, _lotsen_file(tmp_path, "Nr;Nachname;Vorname;Eintritt\n1;A;B;31.02.2024\n2;;C;\n"))
    assert bad.check_page.error_text().splitlines() == [
        "Line 2: The date “31.02.2024” does not exist (column “Eintritt”).",
        "Line 3: Please enter the surname.",
    ]
    table = bad.check_page.table
    assert table.item(0, table.columnCount() - 1).text() == "The date “31.02.2024” does not exist (column “Eintritt”)."
    good = _checked(qtbot, db, _lotsen_file(tmp_path, "Nr;Nachname;Vorname\n1;A;B\n2;C;D\n"))
    good.next()
    assert good.done_page.summary_label.text() == "“lotsen.csv”: 2 guides imported (2 new, 0 updated)."


def test_import_errors_stay_german_in_german(qtbot, db, tmp_path, language):
    language("de")
    bad = _checked(qtbot, db, _lotsen_file(tmp_path, "Nr;Nachname;Vorname;Eintritt\n1;A;B;31.02.2024\n"))
    assert bad.check_page.error_text() == "Zeile 2: Das Datum „31.02.2024“ gibt es nicht (Spalte „Eintritt“)."
