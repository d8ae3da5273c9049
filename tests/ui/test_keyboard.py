"""Finding and doing things fast: Strg+N / Strg+F / Strg+S / Entf on the current page, F1, every action in a menu."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from lotsendesk.services.einsaetze import EinsatzFilter, query_einsaetze
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.lotsen import list_lotse_refs
from lotsendesk.ui.auszahlung_wizard import AuszahlungWizard
from lotsendesk.ui.foerderjahr_dialog import FoerderjahrDialog
from lotsendesk.ui.kurs_dialog import KursDialog
from lotsendesk.ui.lotse_dialog import LotseDialog
from lotsendesk.ui.main_window import PAGE_KEYS, MainWindow
from tests.conftest import add_lotse
from tests.qt_helpers import press

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, db):
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    add_lotse(db, "2", "Becker", "Jürgen")
    add_year(db, FoerderjahrData(jahr=date.today().year, bewilligt_einsatz=Decimal("5000.00")))
    win = MainWindow(db)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


@pytest.fixture
def opened(monkeypatch):
    """Dialogs are not really shown: their exec() notes the class and answers Abbrechen."""
    seen: list[str] = []

    def fake_exec(dialog):
        seen.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected

    for cls in (LotseDialog, FoerderjahrDialog, KursDialog, AuszahlungWizard):
        monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


@pytest.fixture
def asked(monkeypatch):
    """QMessageBox.question answers Ja and records the question."""
    questions: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def key(window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the user's focus is (shortcuts are matched from there)."""
    target = window.focusWidget() or window
    press(target, key, modifiers)


@pytest.mark.parametrize(
    ("page", "dialog"),
    [
        ("lotsen", "LotseDialog"),
        ("auszahlungen", "AuszahlungWizard"),
        ("foerderjahr", "FoerderjahrDialog"),
        ("kurse", "KursDialog"),
    ],
)
def test_ctrl_n_opens_the_new_record_dialog_of_the_page(window, opened, page, dialog):
    window.show_page(page)
    key(window, Qt.Key.Key_N, CTRL)
    assert opened == [dialog]


def test_ctrl_n_on_einsaetze_goes_to_the_entry_row(window, qtbot):
    window.show_page("einsaetze")
    window.einsaetze_page.table.setFocus()
    key(window, Qt.Key.Key_N, CTRL)
    assert window.einsaetze_page.form.lotse_edit.hasFocus()


def test_ctrl_n_does_nothing_where_there_is_nothing_new(window, opened):
    window.show_page("uebersicht")
    assert not window.page_actions["new_record"].isEnabled()
    key(window, Qt.Key.Key_N, CTRL)
    assert opened == []


@pytest.mark.parametrize("page", ["lotsen", "einsaetze", "auszahlungen"])
def test_ctrl_f_goes_to_the_search_field(window, page):
    window.show_page(page)
    window.sidebar.setFocus()
    key(window, Qt.Key.Key_F, CTRL)
    assert window.current_page().search_edit.hasFocus()


def test_ctrl_f_on_the_foerderjahr_page_goes_to_the_year(window):
    window.show_page("foerderjahr")
    window.sidebar.setFocus()
    key(window, Qt.Key.Key_F, CTRL)
    assert window.foerderjahr_page.year_combo.hasFocus()


def test_ctrl_s_on_einsaetze_records_the_typed_line(window, db):
    window.show_page("einsaetze")
    form = window.einsaetze_page.form
    form.lotse_edit.setText("2")
    form.datum_edit.setText(date.today().strftime("%d.%m.%Y"))
    form.dauer_edit.setText("1:30")
    form.dauer_edit.setFocus()
    key(window, Qt.Key.Key_S, CTRL)
    assert [e.minuten for e in query_einsaetze(db, EinsatzFilter())] == [90]


def test_ctrl_s_on_an_empty_entry_row_says_nothing(window, db):
    window.show_page("einsaetze")
    window.einsaetze_page.form.lotse_edit.clear()
    key(window, Qt.Key.Key_S, CTRL)
    assert query_einsaetze(db, EinsatzFilter()) == []
    assert not window.einsaetze_page.form.lotse_edit.property("error")


def test_del_in_the_lotsen_list_asks_then_deletes(window, db, asked):
    window.show_page("lotsen")
    page = window.lotsen_page
    page.select_id(next(r.id for r in list_lotse_refs(db) if r.nr == "2"))
    page.table.setFocus()
    key(window, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "Becker" in asked[0]
    assert [r.nr for r in list_lotse_refs(db)] == ["1"]


def test_del_in_a_text_field_deletes_text_not_the_person(window, db, asked):
    window.show_page("lotsen")
    page = window.lotsen_page
    page.select_id(list_lotse_refs(db)[0].id)
    page.search_edit.setText("ab")
    page.search_edit.setFocus()
    page.search_edit.setCursorPosition(0)
    key(window, Qt.Key.Key_Delete)
    assert page.search_edit.text() == "b"
    assert asked == []
    assert len(list_lotse_refs(db)) == 2


def test_del_in_the_einsaetze_list_asks_first(window, db, asked):
    window.show_page("einsaetze")
    page = window.einsaetze_page
    page.form.lotse_edit.setText("1")
    page.form.datum_edit.setText(date.today().strftime("%d.%m.%Y"))
    page.form.dauer_edit.setText("2")
    page.record()
    page.table.selectRow(0)
    page.table.setFocus()
    key(window, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert query_einsaetze(db, EinsatzFilter()) == []


def test_every_shortcut_is_in_a_menu(window):
    def entries(title: str) -> dict[str, str]:
        menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
        return {
            a.text(): a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            for a in menu.actions()
            if not a.isSeparator()
        }

    edit = entries("&Bearbeiten")
    assert edit["&Neu…"] == "Ctrl+N"
    assert edit["&Suchen"] == "Ctrl+F"
    assert edit["Spei&chern"] == "Ctrl+S"
    assert edit["&Löschen…"] == "Del"
    assert entries("&Hilfe")["&Hilfe zu LotsenDesk"] == "F1"
    view = entries("&Ansicht")
    assert list(view.values()) == [f"Ctrl+{n}" for n in range(1, len(PAGE_KEYS) + 1)]


@pytest.mark.parametrize("page", PAGE_KEYS)
def test_f1_opens_the_help_at_the_section_of_the_current_page(window, qtbot, page):
    window.show_page(page)
    key(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.current_anchor() == f"seite-{page}"
    # the section's heading is at the top of the visible text
    top = dialog.browser.cursorForPosition(dialog.browser.viewport().rect().topLeft()).block().text()
    label = window.sidebar.item(PAGE_KEYS.index(page)).text()
    assert top.startswith(label), (top, label)
    dialog.close()


def test_accessible_names_of_the_main_widgets(window):
    assert window.sidebar.accessibleName() == "Seiten"
    for key_ in ("lotsen", "einsaetze", "auszahlungen", "kurse"):
        page = window.page(key_)
        assert page.table.accessibleName(), key_
        if hasattr(page, "search_edit"):
            assert page.search_edit.accessibleName(), key_


# Strg+S in dialogs ------------------------------------------------------------------------------------------
@pytest.fixture
def save_shortcuts(qapp):
    from lotsendesk.ui.keys import install_save_shortcuts

    install_save_shortcuts()


def test_ctrl_s_saves_a_dialog_like_its_save_button(qtbot, db, save_shortcuts):
    from tests.qt_helpers import type_text

    dialog = LotseDialog(db, None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    type_text(dialog.nachname_edit, "Özdemir")
    dialog.nachname_edit.setFocus()
    press(dialog.nachname_edit, Qt.Key.Key_S, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [r.name for r in list_lotse_refs(db)] == ["Özdemir"]


def test_ctrl_s_never_answers_a_question(qtbot, save_shortcuts):
    box = QMessageBox(QMessageBox.Icon.Question, "Frage", "Wirklich?")
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    with qtbot.waitActive(box):
        box.show()
        box.activateWindow()
    press(box.focusWidget() or box, Qt.Key.Key_S, CTRL)
    assert box.isVisible()
    assert box.clickedButton() is None


# tab order ---------------------------------------------------------------------------------------------------
def tab_chain(window) -> list:
    """The widgets Tab visits, in order, starting after the window itself."""
    chain, widget = [], window.nextInFocusChain()
    while widget is not window and len(chain) < 500:
        tabbable = (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
        if tabbable and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_tab_goes_through_the_roles_in_place_in_the_lotse_dialog(qtbot, db):
    from lotsendesk.domain.lotse_record import RolleAb
    from lotsendesk.domain.people import Rolle

    lotse_id = add_lotse(
        db, "1", "Adler", rollen=(RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, date(2025, 3, 1)))
    )
    dialog = LotseDialog(db, lotse_id)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.rollen_editor
    editor.add_button.click()  # a third line, added while the dialog is open
    qtbot.waitUntil(lambda: editor.line(2)[0].isVisible())
    chain = tab_chain(dialog)
    start, end = chain.index(dialog.austritt_edit), chain.index(dialog.qualifiziert_edit)
    between = chain[start + 1 : end]
    assert between[-1] is editor.add_button
    assert [w for w in between if w.accessibleName() == "Rolle"] == [editor.line(i)[0] for i in range(3)]
    assert chain[-2:] == [dialog.save_button, dialog.buttons.button(dialog.buttons.StandardButton.Cancel)]
