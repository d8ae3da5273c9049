"""Datei → Importieren end to end: pick a file, see the result, undo it. Modal dialogs are stubbed."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from lotsendesk.services.einsaetze import EinsatzFilter, query_einsaetze
from lotsendesk.services.lotsen import list_lotsen
from lotsendesk.ui import import_dialog
from lotsendesk.ui.import_dialog import ImportErrorsDialog, run_import_dialog
from tests.conftest import add_lotse

DATA = Path(__file__).parent.parent / "data" / "import"


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    """Message boxes are recorded instead of shown."""
    shown: list[tuple[str, str]] = []

    def record(kind: str):
        def box(_parent, _title, text, *args, **kwargs):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return box

    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    return shown


def pick(monkeypatch, path: Path | None) -> None:
    monkeypatch.setattr(import_dialog, "choose_file", lambda _parent, _kind: path)


def rows(db) -> list[tuple[str, date, int]]:
    return [(r.nr, r.datum, r.minuten) for r in query_einsaetze(db, EinsatzFilter())]


@pytest.fixture
def team(db):
    for nr, nachname, vorname in (("1", "Yılmaz", "Şükrü"), ("2", "Петренко", "Ольга"), ("3", "Nguyễn", "Thị Hương")):
        add_lotse(db, nr, nachname, vorname)
    return db


def test_import_shows_the_summary_and_undo_removes_the_rows(team, window, monkeypatch, messages):
    stack = QUndoStack(window)
    pick(monkeypatch, DATA / "einsaetze_excel_utf8_bom.csv")
    assert run_import_dialog(window, team, "einsaetze", stack) is True
    assert len(rows(team)) == 3
    kind, text = messages[-1]
    assert kind == "information"
    assert text.startswith("„einsaetze_excel_utf8_bom.csv“: 3 Einsätze importiert (7,25 Stunden).")
    assert stack.undoText() == "Import „einsaetze_excel_utf8_bom.csv“"

    stack.undo()  # what Ctrl+Z triggers
    assert rows(team) == []
    stack.redo()
    assert [nr for nr, _d, _m in rows(team)] == ["1", "2", "3"]


def test_a_file_with_errors_lists_every_line_and_imports_nothing(team, window, monkeypatch, messages):
    shown: list[ImportErrorsDialog] = []
    monkeypatch.setattr(ImportErrorsDialog, "exec", lambda self: shown.append(self) or 0)
    stack = QUndoStack(window)
    pick(monkeypatch, DATA / "einsaetze_quoted.csv")
    assert run_import_dialog(window, team, "einsaetze", stack) is False
    (dialog,) = shown
    assert dialog.message_label.text().startswith("Nichts wurde importiert.")
    assert dialog.errors_edit.isReadOnly()
    assert dialog.errors_edit.toPlainText() == "Zeile 5: Das Datum „31.02.2025“ gibt es nicht."
    assert rows(team) == [] and stack.count() == 0 and messages == []


def test_a_refused_file_explains_why(team, window, monkeypatch, messages):
    stack = QUndoStack(window)
    pick(monkeypatch, DATA / "einsaetze_tab_hmm.csv")
    assert run_import_dialog(window, team, "einsaetze", stack) is True
    assert run_import_dialog(window, team, "einsaetze", stack) is False
    kind, text = messages[-1]
    assert kind == "warning" and text.startswith("Diese Datei wurde bereits am ")
    assert stack.count() == 1 and len(rows(team)) == 3


def test_cancelling_the_file_dialog_does_nothing(team, window, monkeypatch, messages):
    stack = QUndoStack(window)
    pick(monkeypatch, None)
    assert run_import_dialog(window, team, "lotsen", stack) is False
    assert messages == [] and stack.count() == 0


def test_lotsen_import_can_be_undone_from_the_stack(db, window, monkeypatch, messages):
    stack = QUndoStack(window)
    pick(monkeypatch, DATA / "lotsen_excel_utf8_bom.csv")
    assert run_import_dialog(window, db, "lotsen", stack) is True
    assert "4 Lots*innen importiert (4 neu, 0 aktualisiert)" in messages[-1][1]
    assert len(list_lotsen(db)) == 4
    stack.undo()
    assert list_lotsen(db) == []
