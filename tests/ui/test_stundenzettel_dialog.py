"""Datei → Stundenzettel erstellen / einlesen, driven like a user: the dialog's own widgets, stubbed file choosers."""

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from lotsendesk.services.einsaetze import EinsatzFilter, query_einsaetze
from lotsendesk.ui import stundenzettel_dialog
from lotsendesk.ui.stundenzettel_dialog import (
    CreateTimesheetsDialog,
    TimesheetImportDialog,
    create_timesheets,
    import_timesheets,
)
from tests.conftest import add_lotse
from tests.test_stundenzettel import fill

TODAY = date(2025, 7, 15)


@pytest.fixture(autouse=True)
def _no_real_file_dialogs(monkeypatch):
    """A modal file dialog would hang the test: each test answers the ones it expects."""

    def unexpected(*_args):
        pytest.fail("unexpected file dialog")

    for name in ("choose_save_path", "choose_folder", "choose_files", "ask_open"):
        monkeypatch.setattr(stundenzettel_dialog, name, unexpected)


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def team(db):
    add_lotse(db, "01", "Yılmaz", "Şükrü")
    add_lotse(db, "02", "Петренко", "Ольга")
    return db


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    """Answer "Öffnen" to the question and record what would have been opened."""
    paths: list[Path] = []
    monkeypatch.setattr(stundenzettel_dialog, "ask_open", lambda _parent, _title, _text: True)
    monkeypatch.setattr(stundenzettel_dialog, "open_path", lambda path: paths.append(path) or True)
    return paths


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def answer_dialog(monkeypatch, qtbot, span: str, part_index: int, year: int, per_person: bool) -> None:
    """The create dialog, filled in through its widgets instead of being shown modally."""

    def run(self: CreateTimesheetsDialog) -> int:
        self.span_box.setCurrentIndex(self.span_box.findData(span))
        self.part_box.setCurrentIndex(part_index)
        self.year_spin.setValue(year)
        self.show()
        button = self.per_person_files if per_person else self.one_file
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert self.per_person() == per_person
        self.hide()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CreateTimesheetsDialog, "exec", run)


def test_the_dialog_offers_month_or_quarter_of_today(qtbot):
    dialog = CreateTimesheetsDialog(today=date(2025, 8, 20))
    qtbot.addWidget(dialog)
    assert dialog.part_box.count() == 12
    assert dialog.period()[:2] == (date(2025, 8, 1), date(2025, 8, 31))
    dialog.span_box.setCurrentIndex(dialog.span_box.findData("quartal"))
    assert dialog.part_box.count() == 4
    assert dialog.period() == (date(2025, 7, 1), date(2025, 9, 30), "3. Quartal 2025")
    dialog.part_box.setCurrentIndex(3)
    assert dialog.period()[:2] == (date(2025, 10, 1), date(2025, 12, 31))
    assert dialog.one_file.isChecked() and not dialog.per_person()


def test_create_one_workbook_and_open_it(team, window, qtbot, monkeypatch, tmp_path, opened):
    answer_dialog(monkeypatch, qtbot, "quartal", 1, 2025, per_person=False)
    suggested: list[str] = []
    target = tmp_path / "q2.xlsx"
    monkeypatch.setattr(stundenzettel_dialog, "choose_save_path", lambda _p, name: suggested.append(name) or target)
    assert create_timesheets(window, team, today=TODAY) is True
    assert suggested == ["Stundenzettel 2. Quartal 2025.xlsx"]
    book = load_workbook(target)
    assert book.sheetnames == ["01 Yılmaz", "02 Петренко"]
    assert book["01 Yılmaz"]["B6"].value == datetime(2025, 4, 1)
    assert book["01 Yılmaz"]["B7"].value == datetime(2025, 6, 30)
    assert opened == [target]


def test_create_one_file_per_person_in_a_folder(team, window, qtbot, monkeypatch, tmp_path, opened):
    answer_dialog(monkeypatch, qtbot, "monat", 2, 2025, per_person=True)  # März
    monkeypatch.setattr(stundenzettel_dialog, "choose_folder", lambda _p: tmp_path)
    assert create_timesheets(window, team, today=TODAY) is True
    assert sorted(p.name for p in tmp_path.glob("*.xlsx")) == [
        "Stundenzettel 2025-03 01 Yılmaz.xlsx",
        "Stundenzettel 2025-03 02 Петренко.xlsx",
    ]
    assert opened == [tmp_path]


def test_cancel_and_a_service_error_write_nothing(db, window, qtbot, monkeypatch, tmp_path, warnings, opened):
    monkeypatch.setattr(CreateTimesheetsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert create_timesheets(window, db, today=TODAY) is False
    answer_dialog(monkeypatch, qtbot, "monat", 0, 2025, per_person=False)
    monkeypatch.setattr(stundenzettel_dialog, "choose_save_path", lambda _p, _name: None)
    assert create_timesheets(window, db, today=TODAY) is False
    monkeypatch.setattr(stundenzettel_dialog, "choose_save_path", lambda _p, _name: tmp_path / "leer.xlsx")
    assert create_timesheets(window, db, today=TODAY) is False  # nobody in the database
    assert warnings == ["Vom 01.01.2025 bis 31.01.2025 gibt es keine aktiven Lots*innen."]
    assert not (tmp_path / "leer.xlsx").exists()
    assert opened == []


def test_import_several_files_lists_them_and_undo_removes_the_good_ones(team, window, monkeypatch, tmp_path):
    from lotsendesk.services.stundenzettel import write_stundenzettel

    blank = tmp_path / "april.xlsx"
    write_stundenzettel(team, date(2025, 4, 1), date(2025, 4, 30), blank)
    good = fill(blank, {"01": [(datetime(2025, 4, 3), 2.5, None, None)]}, tmp_path / "yilmaz.xlsx")
    also = fill(blank, {"02": [(datetime(2025, 4, 4), "1:30", None, None)]}, tmp_path / "petrenko.xlsx")
    bad = fill(blank, {"02": [(datetime(2025, 5, 4), "zwei", None, None)]}, tmp_path / "falsch.xlsx")
    monkeypatch.setattr(stundenzettel_dialog, "choose_files", lambda _p: [good, bad, also])
    shown: list[TimesheetImportDialog] = []
    monkeypatch.setattr(TimesheetImportDialog, "exec", lambda self: shown.append(self) or 0)
    stack = QUndoStack(window)

    assert import_timesheets(window, team, stack, today=TODAY) is True
    minutes = [(r.nr, r.minuten) for r in query_einsaetze(team, EinsatzFilter())]
    assert minutes == [("01", 150), ("02", 90)]
    (dialog,) = shown
    assert dialog.message_label.text().startswith("2 von 3 Dateien wurden importiert.")
    assert dialog.lines() == [
        "yilmaz.xlsx – importiert",
        "  „yilmaz.xlsx“: 1 Einsatz importiert (2,50 Stunden).",
        "  Blatt „01 Yılmaz“: 1 Einsatz, 2,50 Stunden",
        "falsch.xlsx – nicht importiert",
        "  Nichts importiert – 2 Fehler in „falsch.xlsx“.",
        "  Blatt „02 Петренко“, Zeile 12: Das Datum 04.05.2025 liegt nicht im Zeitraum dieses Stundenzettels "
        "(01.04.2025 – 30.04.2025).",
        "  Blatt „02 Петренко“, Zeile 12: Die Dauer „zwei“ ist nicht lesbar. Möglich sind z. B. 2,5 · 2:30 · 90 min.",
        "petrenko.xlsx – importiert",
        "  „petrenko.xlsx“: 1 Einsatz importiert (1,50 Stunden).",
        "  Blatt „02 Петренко“: 1 Einsatz, 1,50 Stunden",
    ]
    dialog.copy_list()
    assert QGuiApplication.clipboard().text().splitlines()[0] == "yilmaz.xlsx – importiert"

    assert stack.count() == 1
    assert stack.undoText() == "Stundenzettel-Import (2 Dateien)"
    stack.undo()  # what Ctrl+Z triggers: both files' Einsätze go
    assert query_einsaetze(team, EinsatzFilter()) == []
    stack.redo()
    assert [(r.nr, r.minuten) for r in query_einsaetze(team, EinsatzFilter())] == minutes


def test_import_of_one_file_refused_as_a_repeat(team, window, monkeypatch, tmp_path):
    from lotsendesk.services.stundenzettel import write_stundenzettel

    blank = tmp_path / "april.xlsx"
    write_stundenzettel(team, date(2025, 4, 1), date(2025, 4, 30), blank)
    good = fill(blank, {"01": [(datetime(2025, 4, 3), 2, None, None)]}, tmp_path / "yilmaz.xlsx")
    monkeypatch.setattr(stundenzettel_dialog, "choose_files", lambda _p: [good])
    shown: list[TimesheetImportDialog] = []
    monkeypatch.setattr(TimesheetImportDialog, "exec", lambda self: shown.append(self) or 0)
    stack = QUndoStack(window)
    assert import_timesheets(window, team, stack, today=TODAY) is True
    assert stack.undoText() == "Stundenzettel-Import „yilmaz.xlsx“"
    assert import_timesheets(window, team, stack, today=TODAY) is False
    assert shown[-1].message_label.text().startswith("Die Datei wurde nicht importiert.")
    lines = shown[-1].lines()
    assert lines[0] == "yilmaz.xlsx – nicht importiert"
    assert "wurde bereits am" in lines[1]
    assert stack.count() == 1
    assert len(query_einsaetze(team, EinsatzFilter())) == 1


def test_choosing_no_file_does_nothing(team, window, monkeypatch):
    monkeypatch.setattr(stundenzettel_dialog, "choose_files", lambda _p: [])
    assert import_timesheets(window, team, QUndoStack(window)) is False
