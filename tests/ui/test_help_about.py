"""The user guide (F1) and the About dialog with the licenses."""

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lotsendesk import __version__
from lotsendesk.paths import help_dir
from lotsendesk.ui import help_dialog as help_module
from lotsendesk.ui.about_dialog import OWN_LICENSE, RUNTIME_DEPENDENCIES, AboutDialog, runtime_components
from lotsendesk.ui.help_dialog import HELP_FILE, HELP_FILE_EN, HelpDialog, help_file
from lotsendesk.ui.main_window import PAGE_KEYS, MainWindow
from tests.qt_helpers import press
from tests.ui import test_english_ui

ROOT = Path(__file__).resolve().parent.parent.parent
HTML = (help_dir() / HELP_FILE).read_text(encoding="utf-8")
HTML_EN = (help_dir() / HELP_FILE_EN).read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

language = test_english_ui.language  # the fixture that switches the UI language for one test, German afterwards


@pytest.fixture
def help_dialog(qtbot):
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# the guide --------------------------------------------------------------------------------------------------
def test_every_page_has_its_section_and_every_internal_link_a_target():
    names = set(re.findall(r'<a name="([^"]+)"', HTML))
    assert {f"seite-{key}" for key in PAGE_KEYS} <= names
    targets = set(re.findall(r'href="#([^"]+)"', HTML))
    assert targets and targets <= names


def test_the_guide_names_the_shortcuts_as_the_program_has_them():
    assert f"<kbd>Strg+{len(PAGE_KEYS)}</kbd>" in HTML or f"Strg+{len(PAGE_KEYS)})" in HTML
    for shortcut in ("Strg+N", "Strg+F", "Strg+S", "Entf", "F1"):
        assert f"<kbd>{shortcut}</kbd>" in HTML


def test_the_guide_is_drawn_with_its_stylesheet(help_dialog):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(help_dialog.browser.document())  # the first heading: "LotsenDesk – Hilfe"
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    assert cursor.charFormat().foreground().color().name() == "#1f4e79"  # h1 colour from hilfe.css


def test_a_link_in_the_contents_jumps_and_zurueck_comes_back(help_dialog, qtbot):
    assert help_dialog.browser.toPlainText().startswith("LotsenDesk – Hilfe")
    assert not help_dialog.back_button.isEnabled()
    help_dialog.browser.setSource(help_dialog.browser.source().resolved("#tasten"))
    assert help_dialog.current_anchor() == "tasten"
    assert help_dialog.back_button.isEnabled()
    help_dialog.back_button.click()
    assert help_dialog.current_anchor() == ""
    assert help_dialog.forward_button.isEnabled()
    help_dialog.forward_button.click()
    assert help_dialog.current_anchor() == "tasten"


def test_search_marks_every_match_and_enter_goes_to_the_next(help_dialog, qtbot):
    help_dialog.search_edit.setFocus()
    qtbot.keyClicks(help_dialog.search_edit, "Quittung")
    count = plain_count(help_dialog, "quittung")
    assert count >= 2
    assert len(help_dialog.browser.extraSelections()) == count
    assert help_dialog.result_label.text() == f"{count} Fundstellen"
    first = help_dialog.browser.textCursor().selectionStart()
    press(help_dialog.search_edit, Qt.Key.Key_Return)
    second = help_dialog.browser.textCursor().selectionStart()
    assert second > first
    assert help_dialog.browser.textCursor().selectedText().lower() == "quittung"
    for _ in range(count - 1):  # past the last match it starts again at the top
        press(help_dialog.search_edit, Qt.Key.Key_Return)
    assert help_dialog.browser.textCursor().selectionStart() == first


def plain_count(dialog: HelpDialog, word: str) -> int:
    return dialog.browser.toPlainText().lower().count(word)


def test_search_says_when_nothing_is_found(help_dialog, qtbot):
    qtbot.keyClicks(help_dialog.search_edit, "Xylophon")
    assert help_dialog.result_label.text() == "nicht gefunden"
    assert help_dialog.browser.extraSelections() == []


def test_an_unknown_page_opens_the_overview_of_the_pages(help_dialog):
    help_dialog.show_section("seite-gibt-es-nicht")
    assert help_dialog.current_anchor() == "seiten"


# the guide in English ---------------------------------------------------------------------------------------
def _tags(html: str) -> list[tuple[str, str]]:
    """Every tag with its name/href/class: the skeleton of the guide without its words."""
    return re.findall(r'<(/?[a-zA-Z0-9]+)((?:\s+(?:name|href|class)="[^"]*")*)', html)


def test_the_english_guide_has_the_structure_anchors_and_style_of_the_german_one():
    assert _tags(HTML_EN) == _tags(HTML)
    link = '<link rel="stylesheet" type="text/css" href="hilfe.css">'  # one style for both languages
    assert link in HTML and link in HTML_EN
    assert '<html lang="en">' in HTML_EN


def test_the_english_guide_names_the_english_shortcuts():
    assert f"<kbd>Ctrl+{len(PAGE_KEYS)}</kbd>" in HTML_EN
    for shortcut in ("Ctrl+N", "Ctrl+F", "Ctrl+S", "Del", "F1"):
        assert f"<kbd>{shortcut}</kbd>" in HTML_EN
    assert "Strg" not in HTML_EN and "Entf" not in HTML_EN and "„" not in HTML_EN


@pytest.fixture
def english(monkeypatch, language):
    monkeypatch.setenv("LOTSENDESK_LANG", "en")
    language("en")


def test_in_english_the_dialog_shows_the_english_guide_and_searches_it(english, qtbot):
    assert help_file() == HELP_FILE_EN
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "LotsenDesk Help"
    assert dialog.browser.toPlainText().startswith("LotsenDesk – Help")
    assert "Contents:" in dialog.browser.toPlainText()
    assert "Inhalt:" not in dialog.browser.toPlainText()

    dialog.browser.setSource(dialog.browser.source().resolved("#tasten"))
    assert dialog.current_anchor() == "tasten"
    dialog.back_button.click()
    assert dialog.current_anchor() == ""
    dialog.show_section("seite-gibt-es-nicht")
    assert dialog.current_anchor() == "seiten"

    qtbot.keyClicks(dialog.search_edit, "receipt")
    count = plain_count(dialog, "receipt")
    assert count >= 2
    assert dialog.result_label.text() == f"{count} matches"
    assert dialog.browser.textCursor().selectedText().lower() == "receipt"


@pytest.mark.parametrize("page", PAGE_KEYS)
def test_in_english_f1_opens_the_english_section_of_the_current_page(english, qtbot, db, page):
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(window.isActiveWindow)
    try:
        window.show_page(page)
        press(window.focusWidget() or window, Qt.Key.Key_F1)
        dialog = window.help_dialog
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.current_anchor() == f"seite-{page}"
        # the section's heading, the page's English name as in the sidebar, is at the top of the visible text
        top = dialog.browser.cursorForPosition(dialog.browser.viewport().rect().topLeft()).block().text()
        label = window.sidebar.item(PAGE_KEYS.index(page)).text()
        assert label.isascii() and top.startswith(label), (top, label)
        dialog.close()
    finally:
        window.close()


def test_in_german_the_guide_stays_german(monkeypatch, qtbot):
    monkeypatch.setenv("LOTSENDESK_LANG", "de")
    assert help_file() == HELP_FILE
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show_section("seite-lotsen")
    assert dialog.browser.toPlainText().startswith("LotsenDesk – Hilfe")
    assert dialog.current_anchor() == "seite-lotsen"


def test_a_language_chosen_in_the_einstellungen_changes_the_guide_only_with_the_ui(monkeypatch, qapp):
    # "Die neue Sprache gilt ab dem nächsten Start": until then F1 shows the guide in the language the UI speaks
    from PySide6.QtCore import QSettings

    from lotsendesk.ui import i18n

    monkeypatch.delenv("LOTSENDESK_LANG", raising=False)
    i18n.install_translators(qapp, "de")
    QSettings().setValue(i18n.LANGUAGE_SETTING, "en")
    assert i18n.ui_language() == "en"  # for the next start
    assert help_file() == HELP_FILE


def test_without_the_english_guide_english_falls_back_to_german(monkeypatch, tmp_path):
    (tmp_path / HELP_FILE).write_text(HTML, encoding="utf-8")
    monkeypatch.setattr(help_module, "help_dir", lambda: tmp_path)
    monkeypatch.setenv("LOTSENDESK_LANG", "en")
    assert help_file() == HELP_FILE


# About ------------------------------------------------------------------------------------------------------
def test_the_declared_license_and_dependencies_are_the_ones_of_pyproject():
    assert PYPROJECT["project"]["license"]["text"] == OWN_LICENSE
    names = [re.split(r"[<>=!~ ;\[]", dep, maxsplit=1)[0] for dep in PYPROJECT["project"]["dependencies"]]
    assert list(RUNTIME_DEPENDENCIES) == names


def test_about_shows_version_license_and_reportlab_with_its_license_text(qtbot, tmp_path):
    dialog = AboutDialog(tmp_path / "x.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.about_label.text()
    assert f"LotsenDesk {__version__}" in text
    assert "GPL-3.0-or-later" in text
    assert str(tmp_path / "x.sqlite") in dialog.db_label.text()

    rows = {
        dialog.table.item(row, 0).text(): (dialog.table.item(row, 1).text(), dialog.table.item(row, 2).text())
        for row in range(dialog.table.rowCount())
    }
    assert rows["reportlab"] == (metadata.version("reportlab"), "BSD License")
    assert rows["Qt"][1] == "LGPL-3.0-only"
    assert rows["SQLAlchemy"] == (metadata.version("SQLAlchemy"), "MIT")
    assert any(name.startswith("DejaVu") for name in rows)
    assert "pillow" in rows  # a dependency of a dependency (reportlab)
    assert "pytest" not in rows and "ruff" not in rows  # development tools are not shipped

    assert dialog.select_component("reportlab")
    assert dialog.tabs.currentIndex() == 1
    assert "Redistribution and use" in dialog.license_text.toPlainText()
    assert dialog.select_component("Qt")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.license_text.toPlainText()

    dialog.tabs.setCurrentIndex(0)
    dialog.own_license_button.click()
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.license_text.toPlainText()


def test_every_direct_dependency_is_listed_with_a_version_and_a_license():
    components = {c.name.lower().replace("_", "-"): c for c in runtime_components()}
    for name in RUNTIME_DEPENDENCIES:
        component = components[name.lower()]
        assert component.version and component.version != "nicht ermittelbar", name
        assert component.license and component.license != "nicht angegeben", name


def test_without_metadata_a_direct_dependency_is_still_listed(monkeypatch):
    """As in a bundle built without copy_metadata: the list says so instead of hiding the package."""
    real = metadata.distribution

    def missing(name):
        if name.lower() in ("lotsendesk", "openpyxl"):
            raise metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(metadata, "distribution", missing)
    monkeypatch.setattr(metadata, "requires", lambda name: (_ for _ in ()).throw(metadata.PackageNotFoundError(name)))
    components = {c.name: c for c in runtime_components()}
    assert components["openpyxl"].version == "nicht ermittelbar"
    assert "reportlab" in components


def test_a_package_whose_metadata_file_is_missing_is_listed_and_about_opens(monkeypatch, qtbot, tmp_path):
    """A dist-info folder that travelled with only its license (no METADATA): no version, no name from it."""
    info = tmp_path / "reportlab-4.0.dist-info"
    info.mkdir()
    (info / "LICENSE.txt").write_text("Redistribution and use", encoding="utf-8")
    real = metadata.distribution
    monkeypatch.setattr(
        metadata, "distribution", lambda name: metadata.PathDistribution(info) if name == "reportlab" else real(name)
    )
    components = {c.name: c for c in runtime_components()}
    assert components["reportlab"].version == "nicht ermittelbar"
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.select_component("reportlab")


def test_the_help_menu_opens_help_and_about(qtbot, db, monkeypatch):
    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.about_action.trigger()
    assert isinstance(opened[0], AboutDialog)
    window.show_page("einsaetze")
    window.help_action.trigger()
    assert window.help_dialog.isVisible()
    assert window.help_dialog.current_anchor() == "seite-einsaetze"
    window.help_dialog.close()
