"""The "Exportieren…" buttons of the Lots*innen, Einsätze and Förderjahr pages, clicked like a treasurer would: the
save dialog and the question "jetzt öffnen?" are answered by the test, the file is read back."""

import csv
import io
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from lotsendesk.domain.people import Status
from lotsendesk.services.auszahlungen import Methode, confirm_run
from lotsendesk.services.einsaetze import EinsatzData, EinsatzRow, record_einsatz
from lotsendesk.services.exports import write_einsaetze
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.ui import export_dialog
from lotsendesk.ui.einsaetze_model import COL_DAUER
from lotsendesk.ui.einsaetze_page import EinsaetzePage
from lotsendesk.ui.foerderjahr_page import FoerderjahrPage
from lotsendesk.ui.lotsen_page import SHOW_ALL, LotsenPage
from tests.conftest import add_lotse
from tests.qt_helpers import type_text
from tests.test_exports import subtotal

TODAY = date(2025, 12, 31)


@pytest.fixture
def data(db):
    """Förderjahr 2025, three people (one left), Einsätze in 2024 and 2025, one payout run."""
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    yilmaz = add_lotse(db, "7", "Yılmaz", "Şükrü", qualifiziert_am=date(2024, 1, 1), iban="DE02120300000000202051")
    olga = add_lotse(db, "12", "Петренко", "Ольга", qualifiziert_am=date(2024, 1, 1))
    add_lotse(db, "3", "Becker", "Jürgen", austritt=date(2024, 12, 31), status=Status.AUSGESCHIEDEN)
    for day in range(4):
        record_einsatz(db, EinsatzData(yilmaz, date(2025, 2, 3) + timedelta(days=day), 60 + 30 * day), today=TODAY)
    record_einsatz(db, EinsatzData(olga, date(2025, 3, 3), 45, bemerkung="=1+1"), today=TODAY)
    record_einsatz(db, EinsatzData(olga, date(2024, 5, 6), 120), today=TODAY)
    confirm_run(db, 2025, date(2025, 2, 28), date(2025, 3, 5), Methode.UEBERWEISUNG)
    return db


@pytest.fixture
def saving(monkeypatch, tmp_path):
    """Answers the save dialog with ``state["path"]`` and "jetzt öffnen?" with ``state["open"]``; records what was
    suggested, said and opened."""
    state = {"path": tmp_path / "export.xlsx", "open": True, "suggested": [], "said": [], "opened": [], "warned": []}

    def choose(_parent, suggested_name):
        state["suggested"].append(suggested_name)
        return state["path"]

    def ask(_parent, _title, text):
        state["said"].append(text)
        return state["open"]

    def open_url(url: QUrl) -> bool:
        state["opened"].append(url)
        return True

    def warn(_parent, title, text, *_args, **_kwargs):
        state["warned"].append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(export_dialog, "choose_export_path", choose)
    monkeypatch.setattr(export_dialog, "ask_to_open", ask)
    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setattr(QMessageBox, "warning", warn)
    return state


def xlsx_rows(path: Path) -> list[list]:
    return [list(row) for row in load_workbook(path).active.iter_rows(values_only=True)]


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))


# --- Einsätze --------------------------------------------------------------------------------------------------
@pytest.fixture
def einsaetze_page(qtbot, data):
    page = EinsaetzePage(data, QUndoStack())
    qtbot.addWidget(page)
    page.reload()
    page.year_filter.setCurrentIndex(0)  # all years (the page starts with this year, which has no Einsätze)
    page.show()
    assert page.export_button.isEnabled()
    return page


def test_einsaetze_export_writes_what_the_table_shows_and_opens_it(qtbot, einsaetze_page, saving):
    page = einsaetze_page
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    page.lotse_filter.setCurrentIndex(page.lotse_filter.findData(page._lotsen[1].id))  # Yılmaz (by name)
    page.table.sortByColumn(COL_DAUER, Qt.SortOrder.DescendingOrder)
    assert page.model.rowCount() == 4
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)

    assert saving["suggested"] == ["Einsätze 2025 Nr 7.xlsx"]
    rows = xlsx_rows(saving["path"])
    assert rows[0][:4] == ["Datum", "Nr", "Lots*in", "Stunden"]
    assert [r[3] for r in rows[1:5]] == [2.5, 2.0, 1.5, 1.0]  # the table's sort order
    assert {r[2] for r in rows[1:5]} == {"Yılmaz, Şükrü"}
    assert rows[6][0] == '="Summe"' and subtotal(rows, rows[6][3]) == 7.0  # a sum the importer skips
    assert saving["said"] == ["4 Einsätze (7,00 Stunden) gespeichert in „export.xlsx“."]
    assert saving["opened"] == [QUrl.fromLocalFile(str(saving["path"]))]


def test_einsaetze_export_as_csv_without_opening(qtbot, einsaetze_page, saving, tmp_path):
    saving["path"], saving["open"] = tmp_path / "einsätze.csv", False
    page = einsaetze_page
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert saving["suggested"] == ["Einsätze.xlsx"]
    rows = csv_rows(saving["path"])
    assert len(rows) == 1 + 6  # every Einsatz, no total row (the importer reads this list)
    assert ["03.03.2025", "12", "Петренко, Ольга", "0,75", "", "'=1+1", ""] in rows  # formula stays text
    paid = [r for r in rows[1:] if r[0] in ("03.02.2025", "04.02.2025")]
    assert {r[6] for r in paid} == {"2025-001"}
    assert saving["opened"] == []


def test_einsaetze_export_cancelled_in_the_save_dialog_writes_nothing(qtbot, einsaetze_page, saving, tmp_path):
    saving["path"] = None
    qtbot.mouseClick(einsaetze_page.export_button, Qt.MouseButton.LeftButton)
    assert saving["suggested"] == ["Einsätze.xlsx"]
    assert saving["said"] == [] and saving["warned"] == []
    assert not list(tmp_path.glob("*.xlsx"))


def test_einsaetze_export_into_a_missing_folder_says_so_in_german(qtbot, einsaetze_page, saving, tmp_path):
    saving["path"] = tmp_path / "weg" / "e.xlsx"
    qtbot.mouseClick(einsaetze_page.export_button, Qt.MouseButton.LeftButton)
    assert saving["warned"] == [("Einsätze exportieren", f"Den Ordner „{tmp_path / 'weg'}“ gibt es nicht.")]
    assert saving["said"] == []


def test_einsaetze_export_button_is_off_when_the_filter_shows_nothing(einsaetze_page):
    page = einsaetze_page
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    assert page.export_button.isEnabled()
    page.search_edit.setText("gibt es nicht")
    page.refresh_table()
    assert page.model.rowCount() == 0
    assert not page.export_button.isEnabled()


def test_a_long_export_can_be_cancelled_in_its_progress_dialog(qtbot, saving, monkeypatch, tmp_path):
    """6,000 rows: the progress dialog appears; Abbrechen leaves no file and no temporary file behind."""
    rows = [
        EinsatzRow(i, date(2025, 1, 1) + timedelta(days=i % 300), 1, "7", "Yılmaz, Şükrü", 60, "", "")
        for i in range(6000)
    ]
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: True)
    parent = QWidget()
    qtbot.addWidget(parent)
    result = export_dialog.export_with_dialog(
        parent,
        "Einsätze exportieren",
        "x.xlsx",
        lambda path, progress: write_einsaetze(rows, path, None, progress),
        lambda _result: "gespeichert",
        len(rows),
    )
    assert result is None
    assert saving["said"] == [] and saving["warned"] == []
    assert [p.name for p in tmp_path.iterdir() if "export" in p.name] == []


# --- Lots*innen ------------------------------------------------------------------------------------------------
@pytest.fixture
def lotsen_page(qtbot, data):
    page = LotsenPage(data, QUndoStack())
    page._today = lambda: TODAY
    qtbot.addWidget(page)
    page.reload()
    page.show()
    return page


def test_lotsen_export_writes_the_people_shown(qtbot, lotsen_page, saving):
    page = lotsen_page
    assert page.model.record_count() == 2  # Becker has left: not shown by default
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert saving["suggested"] == ["Lotsinnen 2025-12-31.xlsx"]
    rows = xlsx_rows(saving["path"])
    assert [r[0] for r in rows] == ["Nr", "7", "12"]
    header = rows[0]
    yilmaz = dict(zip(header, rows[1], strict=True))
    assert yilmaz["IBAN"] == "DE02 1203 0000 0000 2020 51"
    assert yilmaz["Nachname"] == "Yılmaz"
    assert saving["said"][0].startswith("2 Lots*innen gespeichert in „export.xlsx“.")
    assert "vertraulich" in saving["said"][0]
    assert len(saving["opened"]) == 1


def test_lotsen_export_follows_search_and_status_filter(qtbot, lotsen_page, saving):
    page = lotsen_page
    page.status_filter.setCurrentIndex(page.status_filter.findData(SHOW_ALL))
    type_text(page.search_edit, "Петренко")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert [r[0] for r in xlsx_rows(saving["path"])] == ["Nr", "12"]
    assert saving["said"][0].startswith("1 Lots*in gespeichert")


# --- Förderjahr ------------------------------------------------------------------------------------------------
@pytest.fixture
def foerderjahr_page(qtbot, data):
    page = FoerderjahrPage(data, QUndoStack())
    page._today = lambda: TODAY
    qtbot.addWidget(page)
    page.reload()
    page.show()
    return page


def test_foerderjahr_exports_the_summary_per_person(foerderjahr_page, saving):
    page = foerderjahr_page
    assert page.export_button.isEnabled() and page.export_button.menu() is not None
    page.export_summary_action.trigger()
    assert saving["suggested"] == ["Förderjahr 2025 je Lotsin.xlsx"]
    rows = xlsx_rows(saving["path"])
    assert rows[0][:7] == ["Nr", "Nachname", "Vorname", "Rolle", "Stunden erfasst", "Stunden abrechenbar", "Betrag"]
    assert rows[-1][0] == "Summe" and subtotal(rows, rows[-1][6]) == pytest.approx(38.75)  # 465 min × 5 € / 60
    assert saving["said"] == ["Stunden und Beträge 2025 (2 Lots*innen) gespeichert in „export.xlsx“."]


def test_foerderjahr_exports_the_belegliste(foerderjahr_page, saving, tmp_path):
    saving["path"] = tmp_path / "belege.csv"
    foerderjahr_page.export_belegliste_action.trigger()
    assert saving["suggested"] == ["Belegliste 2025.xlsx"]
    rows = csv_rows(saving["path"])
    assert rows[0] == ["Lfd. Nr.", "Datum", "Beleg-Nr.", "Empfänger*in", "Grund", "Betrag"]
    assert rows[1][:4] == ["1", "05.03.2025", "2025-001", "Yılmaz, Şükrü"]
    assert rows[-1][-1] == "35,00"  # 420 min × 5 € / 60
    assert saving["said"] == ["Belegliste 2025 (1 Buchung, 35,00\u00a0€) gespeichert in „belege.csv“."]


def test_foerderjahr_export_is_off_without_a_year(qtbot, db):
    page = FoerderjahrPage(db, QUndoStack())
    qtbot.addWidget(page)
    page.reload()
    assert not page.export_button.isEnabled()
