"""Datei → Importieren as a wizard, through the real widgets: map the columns, see the errors, fix the mapping,
import all or nothing, read the summary, undo. The modal file dialog is replaced; workbooks are built here."""

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QProgressDialog, QWidget, QWizard

from lotsendesk.services.einsaetze import EinsatzFilter, query_einsaetze
from lotsendesk.services.importer import import_file, remembered_mapping
from lotsendesk.services.lotsen import list_lotsen
from lotsendesk.ui import import_wizard
from lotsendesk.ui.import_wizard import (
    ERROR_ROW_COLOUR,
    PAGE_CHECK,
    PAGE_DONE,
    PAGE_MAPPING,
    ImportWizard,
    run_import_dialog,
)
from tests.conftest import add_lotse

DATA = Path(__file__).parent.parent / "data" / "import"
NEXT, BACK = QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton
COMMIT, FINISH = QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton


@pytest.fixture
def team(db):
    for nr, nachname, vorname in (("1", "Yılmaz", "Şükrü"), ("2", "Петренко", "Ольга"), ("3", "Nguyễn", "Thị Hương")):
        add_lotse(db, nr, nachname, vorname)
    return db


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def maerz(tmp_path: Path) -> Path:
    """Headings below a merged title (row 3); "Einsatztag" is no known heading, so Datum must be chosen."""
    wb = Workbook()
    ws = wb.active
    ws.title = "März"
    ws["A1"] = "Einsätze März 2025"
    ws.merge_cells("A1:D1")
    ws.append([])
    ws.append(["Nr", "Name", "Einsatztag", "Stunden"])
    ws.append([1, "Yılmaz", datetime(2025, 3, 7), 2.5])
    ws.append([2, "Петренко", "08.03.2025", "1:45"])
    ws.append([3, "Nguyễn", datetime(2025, 3, 10), 3])
    april = wb.create_sheet("April")
    april.append(["Nr", "Datum", "Stunden", "Tätigkeit"])
    april.append([3, datetime(2025, 4, 2), 1, "Wohnen"])
    path = tmp_path / "maerz.xlsx"
    wb.save(path)
    return path


def make_wizard(qtbot, db, kind: str, path: Path, stack: QUndoStack | None = None) -> ImportWizard:
    wizard = ImportWizard(db, kind, path, stack if stack is not None else QUndoStack())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{button.text()} cannot be clicked"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot, wizard: ImportWizard, column: int, letters: str) -> None:
    """Pick a field in a column's combo box by typing its first letters, as a keyboard user would."""
    combo = wizard.mapping_page.combos[column]
    combo.setFocus()
    qtbot.keyClicks(combo, letters)


def combo_fields(wizard: ImportWizard) -> list[str | None]:
    return [combo.currentData() for combo in wizard.mapping_page.combos]


def table_rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def stored(db) -> list[tuple[str, date, int]]:
    return [(r.nr, r.datum, r.minuten) for r in query_einsaetze(db, EinsatzFilter())]


# --- the whole flow ------------------------------------------------------------------------------------------------


def test_map_a_column_see_the_errors_fix_the_mapping_import_and_undo(qtbot, team, tmp_path):
    stack = QUndoStack()
    wizard = make_wizard(qtbot, team, "einsaetze", maerz(tmp_path), stack)
    page = wizard.mapping_page
    assert wizard.currentId() == PAGE_MAPPING
    assert page.file_label.text() == "maerz.xlsx"
    assert page.sheet_combo.isVisible() and [page.sheet_combo.itemText(i) for i in range(2)] == ["März", "April"]
    assert page.header_label.text() == "Kopfzeile in Zeile 3 · Vorschau der ersten 3 Datenzeilen"
    assert [page.table.horizontalHeaderItem(c).text() for c in range(4)] == ["Nr", "Name", "Einsatztag", "Stunden"]
    assert page.table.verticalHeaderItem(1).text() == "4"  # Excel's row number
    assert page.table.item(1, 2).text() == "07.03.2025"  # a real Excel date, shown as the checks read it
    assert combo_fields(wizard) == ["nr", None, None, "stunden"]
    assert page.status_label.text().startswith("Noch nicht zugeordnet: „Datum“.")
    assert not wizard.button(NEXT).isEnabled()

    # the wrong column first: the names are no dates
    choose(qtbot, wizard, 1, "Da")
    assert combo_fields(wizard) == ["nr", "datum", None, "stunden"]
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_CHECK
    check = wizard.check_page
    assert check.summary_label.text().startswith("In „maerz.xlsx“ gibt es 3 Fehler.")
    rows = table_rows(check.table)
    assert [check.table.horizontalHeaderItem(c).text() for c in range(4)] == ["Zeile", "Nr", "Datum", "Stunden"]
    assert rows[0][:4] == ["4", "1", "Yılmaz", "2,5"]
    assert rows[0][-1].startswith("„Yılmaz“ ist kein Datum.")
    assert [row[0] for row in rows] == ["4", "5", "6"]
    assert not wizard.button(COMMIT).isEnabled()
    assert stored(team) == []

    # back: the bad rows are marked in the preview; the right column takes "Datum" from the wrong one
    click(qtbot, wizard, BACK)
    assert wizard.currentId() == PAGE_MAPPING
    assert page.table.verticalHeaderItem(1).text() == "⚠ 4"
    assert page.table.item(1, 0).background().color() == ERROR_ROW_COLOUR
    assert page.table.item(1, 1).toolTip().startswith("„Yılmaz“ ist kein Datum.")
    choose(qtbot, wizard, 2, "Da")
    assert combo_fields(wizard) == ["nr", None, "datum", "stunden"]
    click(qtbot, wizard, NEXT)
    assert check.summary_label.text().startswith(
        "Prüfung ohne Fehler: „maerz.xlsx“: 3 Einsätze (7,25 Stunden) würden importiert."
    )
    assert not check.table.isVisible()
    assert wizard.button(COMMIT).text() == "Importieren"
    assert stored(team) == []

    click(qtbot, wizard, COMMIT)
    assert wizard.currentId() == PAGE_DONE
    done = wizard.done_page
    assert done.summary_label.text() == "„maerz.xlsx“: 3 Einsätze importiert (7,25 Stunden)."
    assert done.values() == {
        "Tabellenblatt:": "März",
        "Neue Einsätze:": "3",
        "Stunden zusammen:": "7,25",
        "Neue Tätigkeiten:": "keine",
    }
    assert not wizard.button(BACK).isVisible()
    assert stored(team) == [("1", date(2025, 3, 7), 150), ("2", date(2025, 3, 8), 105), ("3", date(2025, 3, 10), 180)]
    assert remembered_mapping(team, "einsaetze", ["Nr", "Name", "Einsatztag", "Stunden"]) == {
        "nr": 0,
        "datum": 2,
        "stunden": 3,
    }
    click(qtbot, wizard, FINISH)
    assert wizard.result_of_import is not None

    assert stack.undoText() == "Import „maerz.xlsx“"
    stack.undo()  # what Ctrl+Z triggers
    assert stored(team) == []
    stack.redo()
    assert len(stored(team)) == 3


def test_the_next_file_with_the_same_headings_opens_with_the_remembered_mapping(qtbot, team, tmp_path):
    first = make_wizard(qtbot, team, "einsaetze", maerz(tmp_path))
    choose(qtbot, first, 2, "Da")
    click(qtbot, first, NEXT)
    click(qtbot, first, COMMIT)
    later = tmp_path / "later"
    later.mkdir()
    wizard = make_wizard(qtbot, team, "einsaetze", maerz(later))
    assert combo_fields(wizard) == ["nr", None, "datum", "stunden"]
    assert wizard.mapping_page.status_label.text() == (
        "Die Zuordnung ist die vom letzten Import einer Datei mit diesen Spaltennamen."
    )


def test_another_sheet_is_shown_and_imported(qtbot, team, tmp_path):
    wizard = make_wizard(qtbot, team, "einsaetze", maerz(tmp_path))
    page = wizard.mapping_page
    page.sheet_combo.setCurrentIndex(1)
    page.sheet_combo.activated.emit(1)
    assert page.header_label.text() == "Kopfzeile in Zeile 1 · Vorschau der ersten 1 Datenzeilen"
    assert combo_fields(wizard) == ["nr", "datum", "stunden", "taetigkeit"]
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, COMMIT)
    assert stored(team) == [("3", date(2025, 4, 2), 60)]
    assert wizard.done_page.values()["Tabellenblatt:"] == "April"


def test_a_lotsen_csv_shows_new_updated_and_unchanged(qtbot, db, tmp_path):
    add_lotse(db, "1", "Yilmaz", "Sukru")
    add_lotse(db, "2", "Neu", "Nina")
    path = tmp_path / "lotsen.csv"
    path.write_text("Nr;Nachname;Vorname\n1;Yılmaz;Şükrü\n2;Neu;Nina\n3;Öztürk;Ayşe\n", encoding="utf-8")
    wizard = make_wizard(qtbot, db, "lotsen", path)
    assert not wizard.mapping_page.sheet_combo.isVisible()  # a CSV file has no sheets
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, COMMIT)
    assert wizard.done_page.values() == {
        "Neu angelegt:": "1",
        "Aktualisiert:": "1",
        "Unverändert (übersprungen):": "1",
    }
    assert len(list_lotsen(db)) == 3


# --- what cannot be imported ------------------------------------------------------------------------------------


def test_a_file_that_cannot_be_read_says_why_and_another_can_be_chosen(qtbot, team, tmp_path, monkeypatch):
    old = tmp_path / "alt.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    wizard = make_wizard(qtbot, team, "einsaetze", old)
    page = wizard.mapping_page
    assert page.message_label.isVisible()
    assert page.message_label.text().startswith("„alt.xls“ ist eine Arbeitsmappe im alten Excel-Format (.xls).")
    assert not wizard.button(NEXT).isEnabled()
    monkeypatch.setattr(import_wizard, "choose_file", lambda _parent, _kind: DATA / "einsaetze_excel_utf8_bom.csv")
    qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    assert not page.message_label.isVisible()
    assert page.file_label.text() == "einsaetze_excel_utf8_bom.csv"
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, COMMIT)
    assert len(stored(team)) == 3


def test_a_file_imported_before_is_refused_at_the_check(qtbot, team):
    import_file(team, "einsaetze", DATA / "einsaetze_tab_hmm.csv")
    wizard = make_wizard(qtbot, team, "einsaetze", DATA / "einsaetze_tab_hmm.csv")
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_MAPPING
    assert wizard.mapping_page.message_label.text().startswith("Diese Datei wurde bereits am ")
    assert len(stored(team)) == 3


def test_errors_can_be_copied_and_the_corrected_file_checked_again(qtbot, team, tmp_path):
    path = tmp_path / "maerz.csv"
    path.write_text("Nr;Datum;Stunden\n1;07.03.2025;2\n9;08.03.2025;1\n1;31.02.2025;1\n", encoding="utf-8")
    wizard = make_wizard(qtbot, team, "einsaetze", path)
    click(qtbot, wizard, NEXT)
    check = wizard.check_page
    qtbot.mouseClick(check.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == (
        "Zeile 3: Eine*n Lots*in mit der Nr. „9“ gibt es nicht.\nZeile 4: Das Datum „31.02.2025“ gibt es nicht."
    )
    path.write_text("Nr;Datum;Stunden\n1;07.03.2025;2\n3;08.03.2025;1\n1;28.02.2025;1\n", encoding="utf-8")
    qtbot.mouseClick(check.recheck_button, Qt.MouseButton.LeftButton)
    assert check.summary_label.text().startswith("Prüfung ohne Fehler: „maerz.csv“: 3 Einsätze")
    click(qtbot, wizard, COMMIT)
    assert [nr for nr, _d, _m in stored(team)] == ["1", "1", "3"]


def test_a_long_check_shows_progress_and_can_be_cancelled(qtbot, team, tmp_path, monkeypatch):
    wb = Workbook()
    wb.active.append(["Nr", "Datum", "Stunden"])
    for i in range(4500):
        wb.active.append([1 + i % 3, datetime(2025, 1, 1 + i % 28), 0.25])
    path = tmp_path / "viele.xlsx"
    wb.save(path)
    shown: list[str] = []
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: shown.append(self.labelText()) or True)
    wizard = make_wizard(qtbot, team, "einsaetze", path)
    click(qtbot, wizard, NEXT)
    assert shown == ["Zeile 2.000 wird gelesen …"]
    assert wizard.currentId() == PAGE_MAPPING
    assert wizard.mapping_page.message_label.text() == "Der Import wurde abgebrochen; es wurde nichts gespeichert."
    assert stored(team) == []


# --- the entry point the main window calls -----------------------------------------------------------------------


def drive(answers: list[str]):
    """An ``exec`` that clicks Weiter and Importieren instead of waiting for the user."""

    def run(self: ImportWizard) -> int:
        self.show()
        self.next()  # check
        answers.append(self.check_page.summary_label.text())
        if self.currentId() == PAGE_CHECK and self.check_page.isComplete():
            self.next()  # import
        return int(self.currentId() == PAGE_DONE)

    return run


def test_run_import_dialog_imports_and_pushes_one_undo_step(window, team, monkeypatch):
    answers: list[str] = []
    monkeypatch.setattr(import_wizard, "choose_file", lambda _parent, _kind: DATA / "einsaetze_excel_utf8_bom.csv")
    monkeypatch.setattr(ImportWizard, "exec", drive(answers))
    stack = QUndoStack(window)
    assert run_import_dialog(window, team, "einsaetze", stack) is True
    assert len(stored(team)) == 3 and stack.count() == 1
    stack.undo()
    assert stored(team) == []


def test_run_import_dialog_with_errors_imports_nothing(window, team, monkeypatch):
    answers: list[str] = []
    monkeypatch.setattr(import_wizard, "choose_file", lambda _parent, _kind: DATA / "einsaetze_quoted.csv")
    monkeypatch.setattr(ImportWizard, "exec", drive(answers))
    stack = QUndoStack(window)
    assert run_import_dialog(window, team, "einsaetze", stack) is False
    assert answers[0].startswith("In „einsaetze_quoted.csv“ gibt es 1 Fehler.")
    assert stored(team) == [] and stack.count() == 0


def test_cancelling_the_file_dialog_opens_no_wizard(window, db, monkeypatch):
    monkeypatch.setattr(import_wizard, "choose_file", lambda _parent, _kind: None)
    monkeypatch.setattr(ImportWizard, "exec", lambda self: pytest.fail("no wizard without a file"))
    stack = QUndoStack(window)
    assert run_import_dialog(window, db, "lotsen", stack) is False
    assert stack.count() == 0
