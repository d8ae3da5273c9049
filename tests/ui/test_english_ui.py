"""The main window in English (LOTSENDESK_LANG=en), and German with Qt's own German strings.

Every test here leaves the application German again (install_translators(app, "de")), so the tests that
run later see the German UI they expect.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from lotsendesk.ui import i18n
from lotsendesk.ui.einsaetze_model import COL_DATUM, COL_TAETIGKEIT
from lotsendesk.ui.main_window import MainWindow


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
    assert items == ["Import &guides…", "Import &assignments…", "&Quit"]
    assert english_window.undo_action.text() == "Undo"
    assert english_window.redo_action.text() == "Redo"


def test_sidebar_and_pages_are_english(english_window):
    assert _sidebar_labels(english_window) == ["Guides", "Assignments"]
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
        assert _sidebar_labels(window) == ["Lots*innen", "Einsätze"]
        assert window.einsaetze_page.title_label.text() == "Einsätze"
    finally:
        window.close()


def test_german_standard_buttons_come_from_qtbase_de(qtbot, language):
    language("de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
