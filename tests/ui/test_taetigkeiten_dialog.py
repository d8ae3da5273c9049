"""The Tätigkeiten list: add, rename, delete if unused – each step undoable."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from lotsendesk.domain.einsatz_rules import DEFAULT_TAETIGKEITEN
from lotsendesk.services.einsaetze import EinsatzData, EinsatzFilter, query_einsaetze, record_einsatz
from lotsendesk.services.taetigkeiten import find_taetigkeit_id, list_taetigkeiten
from lotsendesk.ui.taetigkeiten_dialog import COUNT_COLUMN, NAME_COLUMN, TaetigkeitenDialog
from lotsendesk.ui.undo import push_done
from tests.conftest import add_lotse
from tests.qt_helpers import type_text


@pytest.fixture
def stack():
    return QUndoStack()


@pytest.fixture
def dialog(qtbot, db, stack):
    dialog = TaetigkeitenDialog(db, stack)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


@pytest.fixture
def yes(monkeypatch):
    asked = []

    def question(_parent, title, text, *_args, **_kwargs):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def shown(dialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(r, NAME_COLUMN).text(), table.item(r, COUNT_COLUMN).text()) for r in range(table.rowCount())]


def db_names(db) -> list[str]:
    return [t.name for t in list_taetigkeiten(db)]


def select_name(dialog, name: str) -> None:
    dialog.select_id(next(r.id for r in dialog.rows() if r.name == name))


def with_einsatz(db, taetigkeit: str) -> None:
    lotse_id = add_lotse(db, "1", "Yılmaz", "Şükrü")
    record_einsatz(
        db,
        EinsatzData(lotse_id, date(2025, 3, 7), 90, find_taetigkeit_id(db, taetigkeit)),
        today=date(2025, 4, 1),
    )


def test_list_shows_each_taetigkeit_with_how_often_it_is_used(db, qtbot, stack):
    with_einsatz(db, "Gesundheit")
    dialog = TaetigkeitenDialog(db, stack)
    qtbot.addWidget(dialog)
    assert [name for name, _ in shown(dialog)] == list(DEFAULT_TAETIGKEITEN)
    assert dict(shown(dialog))["Gesundheit"] == "1"
    assert dict(shown(dialog))["Wohnen"] == "0"
    assert dialog.windowTitle() == "Tätigkeiten bearbeiten"


def test_add_by_typing_and_enter_then_undo_and_redo(qtbot, dialog, db, stack):
    type_text(dialog.new_edit, "Begleitung Jobcenter (Ü25)")
    qtbot.keyClick(dialog.new_edit, Qt.Key.Key_Return)

    assert dialog.isVisible()  # Enter added the name, it did not close the dialog
    assert db_names(db)[-1] == "Begleitung Jobcenter (Ü25)"
    assert shown(dialog)[-1] == ("Begleitung Jobcenter (Ü25)", "0")
    assert dialog.selected_row().name == "Begleitung Jobcenter (Ü25)"
    assert dialog.new_edit.text() == ""
    assert stack.undoText() == "Tätigkeit „Begleitung Jobcenter (Ü25)“ hinzufügen"

    # Strg+Z in the dialog
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Begleitung Jobcenter (Ü25)" not in db_names(db)
    assert len(shown(dialog)) == len(DEFAULT_TAETIGKEITEN)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert db_names(db)[-1] == "Begleitung Jobcenter (Ü25)"
    assert shown(dialog)[-1][0] == "Begleitung Jobcenter (Ü25)"


def test_duplicate_or_empty_name_is_explained_and_not_added(qtbot, dialog, db, stack):
    qtbot.keyClicks(dialog.new_edit, "wohnen")
    qtbot.keyClick(dialog.new_edit, Qt.Key.Key_Return)
    assert dialog.message_label.text() == "Die Tätigkeit „wohnen“ gibt es schon."
    assert dialog.new_edit.text() == "wohnen"  # kept, so it can be corrected
    dialog.new_edit.clear()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text() == "Bitte einen Namen für die Tätigkeit angeben."
    assert db_names(db) == list(DEFAULT_TAETIGKEITEN)
    assert stack.count() == 0


def test_rename_in_the_list_renames_recorded_einsaetze_and_can_be_undone(qtbot, dialog, db, stack):
    with_einsatz(db, "Gesundheit")
    dialog.reload()
    select_name(dialog, "Gesundheit")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    editor = dialog.table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Gesundheit"
    editor.selectAll()
    type_text(editor, "Gesundheit/Ärzt*innen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Gesundheit/Ärzt*innen" in db_names(db))

    assert "Gesundheit" not in db_names(db)
    assert query_einsaetze(db, EinsatzFilter())[0].taetigkeit == "Gesundheit/Ärzt*innen"
    qtbot.waitUntil(lambda: ("Gesundheit/Ärzt*innen", "1") in shown(dialog))
    assert dialog.isVisible()

    dialog.undo()
    assert query_einsaetze(db, EinsatzFilter())[0].taetigkeit == "Gesundheit"
    assert ("Gesundheit", "1") in shown(dialog)


def test_rename_to_an_existing_name_keeps_the_old_one(qtbot, dialog, db):
    row_id = next(r.id for r in dialog.rows() if r.name == "Wohnen")
    assert not dialog.rename(row_id, "Arbeit")
    assert dialog.message_label.text() == "Die Tätigkeit „Arbeit“ gibt es schon."
    assert ("Wohnen", "0") in shown(dialog)
    assert "Wohnen" in db_names(db)


def test_delete_unused_asks_and_undo_brings_it_back(qtbot, dialog, db, stack, yes):
    select_name(dialog, "Teamtreffen")
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)

    assert yes[0][0] == "Tätigkeit löschen"
    assert "Teamtreffen" not in db_names(db)
    assert "Teamtreffen" not in [name for name, _ in shown(dialog)]
    dialog.undo()
    assert "Teamtreffen" in db_names(db)
    dialog.redo()
    assert "Teamtreffen" not in db_names(db)
    dialog.undo()
    assert "Teamtreffen" in [name for name, _ in shown(dialog)]


def test_delete_of_a_used_taetigkeit_shows_the_reason(qtbot, dialog, db, stack, yes):
    with_einsatz(db, "Schule/Kita")
    dialog.reload()
    select_name(dialog, "Schule/Kita")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    assert yes == []  # nothing to confirm
    assert dialog.message_label.text() == (
        "„Schule/Kita“ ist 1-mal erfasst und kann nicht gelöscht werden; Sie können sie aber umbenennen."
    )
    assert "Schule/Kita" in db_names(db)
    assert stack.count() == 0


def test_rename_then_delete_undo_both_in_order(qtbot, dialog, db, stack, yes):
    """Undoing a deletion re-creates the Tätigkeit; the older rename entry must still find it."""
    row_id = next(r.id for r in dialog.rows() if r.name == "Wohnen")
    assert dialog.rename(row_id, "Wohnungssuche")
    select_name(dialog, "Wohnungssuche")
    dialog.delete_selected()
    assert "Wohnungssuche" not in db_names(db)

    dialog.undo()
    dialog.undo()
    assert "Wohnen" in db_names(db) and "Wohnungssuche" not in db_names(db)
    dialog.redo()
    dialog.redo()
    assert "Wohnen" not in db_names(db) and "Wohnungssuche" not in db_names(db)


def test_undo_inside_the_dialog_leaves_earlier_edits_alone(qtbot, db, stack):
    done = []
    push_done(stack, "frühere Änderung", lambda: done.append("undo"), lambda: done.append("redo"))
    dialog = TaetigkeitenDialog(db, stack)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new_edit, "Fahrdienst")
    dialog.add()
    dialog.undo()
    dialog.undo()  # nothing more to undo here
    assert done == []
    assert stack.index() == 1
    assert "Fahrdienst" not in db_names(db)
    QApplication.processEvents()
