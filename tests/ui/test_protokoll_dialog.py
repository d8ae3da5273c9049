"""The audit trail on screen: a record's Verlauf and the whole Protokoll with its filters – read-only tables,
German headers and values."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from lotsendesk.services import protokoll as log
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.lotsen import get_lotse, update_lotse
from lotsendesk.ui import protokoll_dialog as module
from lotsendesk.ui.protokoll_dialog import ProtokollDialog, VerlaufDialog
from tests.conftest import add_lotse
from tests.qt_helpers import type_text


def cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def column(model, name: str) -> list[str]:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    index = headers.index(name)
    return [model.data(model.index(row, index)) for row in range(model.rowCount())]


@pytest.fixture
def history(db):
    """Becker (created, phone changed, an Einsatz) and Yılmaz (created)."""
    becker = add_lotse(db, "1", "Becker", "Jürgen", iban="DE89370400440532013000", telefon="069 1")
    update_lotse(db, becker, replace(get_lotse(db, becker), telefon="069 2"))
    record_einsatz(db, EinsatzData(becker, date(2025, 3, 7), 150), today=date(2025, 12, 31))
    yilmaz = add_lotse(db, "2", "Yılmaz", "Şükrü")
    return {"becker": becker, "yilmaz": yilmaz}


def test_the_verlauf_of_a_lotsin_newest_first_in_german(qtbot, db, history):
    dialog = VerlaufDialog(db, "lotse", history["becker"], "Becker, Jürgen")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Verlauf – Becker, Jürgen"
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Zeit", "Wer", "Aktion", "Feld", "Alter Wert", "Neuer Wert"]
    assert model.rowCount() == len(log.verlauf(db, "lotse", history["becker"])) == 9
    assert cells(model, 0)[1:] == [log.os_benutzer(), "geändert", "Telefon", "069 1", "069 2"]
    rows = {cells(model, r)[3]: cells(model, r)[4:] for r in range(1, model.rowCount())}
    assert rows["Eintritt"] == ["", "01.01.2024"]
    assert rows["IBAN"] == ["", "******************3000"]
    assert rows["Rolle(n)"] == ["", "Lots*in"]
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert "9 Einträge" in dialog.note.text()


def test_values_are_shown_the_german_way(qtbot, db, history):
    einsatz = log.protokoll(db, tabelle="einsatz")[0].datensatz_id
    dialog = VerlaufDialog(db, "einsatz", einsatz, "Einsatz")
    qtbot.addWidget(dialog)
    shown = {cells(dialog.model, r)[3]: cells(dialog.model, r)[5] for r in range(dialog.model.rowCount())}
    assert shown["Datum"] == "07.03.2025"
    assert shown["Stunden"] == "2,50 Std."
    assert module.wert_text("betrag_cent", "-123456") == "-1.234,56\u00a0€"
    assert module.wert_text("rollen", "lotsin; koordinierend ab 2025-07-01") == (
        "Lots*in; koordinierende*r Lots*in ab 01.07.2025"
    )
    assert module.wert_text("bezahlt_am", None) == ""


def test_a_record_without_entries_says_so(qtbot, db):
    dialog = VerlaufDialog(db, "lotse", 999, "Niemand")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "nichts protokolliert" in dialog.note.text()


def test_the_protokoll_filters_by_area_text_and_period(qtbot, db, history):
    dialog = ProtokollDialog(db, today=date.today())
    qtbot.addWidget(dialog)
    everything = log.protokoll(db)
    assert dialog.model.rowCount() == len(everything)
    assert cells(dialog.model, 0)[2:4] == ["Lots*innen", str(history["yilmaz"])]  # newest first
    assert dialog.area_box.findText("Einsätze") >= 0
    dialog.area_box.setCurrentIndex(dialog.area_box.findText("Einsätze"))
    assert set(column(dialog.model, "Bereich")) == {"Einsätze"}
    dialog.area_box.setCurrentIndex(0)
    type_text(dialog.search_edit, "Yılmaz")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert column(dialog.model, "Neuer Wert") == ["Yılmaz"]
    dialog.search_edit.clear()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(everything))
    dialog.period_box.setCurrentIndex(dialog.period_box.findData("vorjahr"))
    assert dialog.model.rowCount() == 0
    assert dialog.count_label.text() == "Keine Einträge für diese Auswahl."
    assert dialog.von_edit.isHidden()
    dialog.period_box.setCurrentIndex(dialog.period_box.findData("heute"))
    assert dialog.model.rowCount() == len(everything)
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


def test_the_protokoll_shows_at_most_the_limit_and_says_so(qtbot, db, history, monkeypatch):
    monkeypatch.setattr(module, "LIMIT", 5)
    dialog = ProtokollDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 5 and dialog.more
    assert "neuesten 5 Einträge" in dialog.count_label.text()
    assert [e.id for e in dialog.model.rows] == [e.id for e in log.protokoll(db, limit=5)]


def test_the_name_set_here_is_recorded_with_the_next_change(qtbot, db, history):
    dialog = ProtokollDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == ""
    qtbot.keyClicks(dialog.name_edit, "Kassenwart Max Muster")
    qtbot.mouseClick(dialog.name_button, Qt.MouseButton.LeftButton)
    assert log.get_benutzername(db) == "Kassenwart Max Muster"
    update_lotse(db, history["yilmaz"], replace(get_lotse(db, history["yilmaz"]), telefon="0151"))
    dialog.reload()
    assert cells(dialog.model, 0)[1] == f"Kassenwart Max Muster ({log.os_benutzer()})"


def test_double_click_opens_the_records_verlauf(qtbot, db, history):
    dialog = ProtokollDialog(db)
    qtbot.addWidget(dialog)
    verlauf = dialog.open_verlauf(dialog.model.index(0, 0))
    assert verlauf is not None and verlauf.windowTitle() == f"Verlauf – Lots*innen #{history['yilmaz']}"
    assert verlauf.model.rowCount() == len(log.verlauf(db, "lotse", history["yilmaz"]))
    verlauf.close()


@pytest.fixture
def opened(monkeypatch):
    """Replace the modal exec() of the Verlauf dialog: note what it shows."""
    seen = []

    def run(dialog: VerlaufDialog) -> int:
        seen.append((dialog.windowTitle(), dialog.tabelle, dialog.datensatz_id, dialog.model.rowCount()))
        return 0

    monkeypatch.setattr(VerlaufDialog, "exec", run)
    return seen


def test_the_lotsen_page_shows_the_selected_persons_verlauf(qtbot, db, history, opened):
    from PySide6.QtGui import QUndoStack

    from lotsendesk.ui.lotsen_page import LotsenPage

    page = LotsenPage(db, QUndoStack())
    qtbot.addWidget(page)
    page.reload()
    page.table.clearSelection()
    assert not page.history_button.isEnabled()
    assert page.select_id(history["becker"])
    assert page.history_button.isEnabled()
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    assert opened == [("Verlauf – Becker, Jürgen", "lotse", history["becker"], 9)]


def test_the_einsaetze_page_shows_the_verlauf_of_one_selected_einsatz(qtbot, db, history, opened):
    from PySide6.QtGui import QUndoStack

    from lotsendesk.ui.einsaetze_page import EinsaetzePage

    second = record_einsatz(db, EinsatzData(history["yilmaz"], date(2025, 3, 8), 60), today=date(2025, 12, 31))
    page = EinsaetzePage(db, QUndoStack())
    qtbot.addWidget(page)
    page.reload()
    page.year_filter.setCurrentIndex(0)  # all years
    assert page.model.rowCount() == 2
    page.table.selectAll()
    assert not page.history_button.isEnabled()  # the Verlauf of one Einsatz at a time
    page.table.clearSelection()
    page.select_einsatz(second)
    assert page.history_button.isEnabled()
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    assert opened == [("Verlauf – Einsatz vom 08.03.2025, Yılmaz, Şükrü", "einsatz", second, 3)]


def test_course_tables_and_fields_have_german_names(qtbot, db):
    from lotsendesk.db.protokollierung import _TABLES
    from lotsendesk.domain import qualifizierung as q
    from lotsendesk.services import kurse

    tables = ("kurs", "kurs_termin", "kurs_teilnahme", "kurs_anwesenheit", "kurs_kosten", "externe_qualifikation")
    assert set(tables) <= set(_TABLES)
    assert [module.bereich_label(t) for t in tables] == [
        "Qualifizierungen (Kurse)",
        "Kurs-Termine",
        "Kurs-Teilnehmende",
        "Kurs-Anwesenheit",
        "Kurs-Kosten (Belege)",
        "Externe Qualifizierungen",
    ]
    lotse = add_lotse(db, "1", "Kaya", "Elif")
    kurs_id = kurse.add_course(db, kurse.KursData(art=q.KursArt.BASIS, titel="Basis", referenten="A; B"))
    termin = kurse.add_termin(db, kurs_id, kurse.TerminData(date(2025, 3, 1), 8, "09:00", "16:00", "Rolle"))
    teilnahme = kurse.add_participant(db, kurs_id, lotse)
    kurse.set_attendance(db, teilnahme, termin, True)
    kurse.issue_certificate(db, teilnahme, date(2025, 3, 1))
    kurse.add_cost(
        db,
        kurs_id,
        kurse.KostenData(date(2025, 3, 1), q.Kategorie.VERPFLEGUNG, Decimal("50.00"), "Bäckerei", "", False),
    )
    kurse.set_external_qualification(db, add_lotse(db, "2", "Alemu"), "Caritas", date(2024, 5, 1), "Kopie")
    # every field the log recorded for the new tables has a German name (none shown as its column name)
    recorded = {(e.tabelle, e.feld) for t in tables for e in log.protokoll(db, tabelle=t) if e.feld}
    assert recorded and {t for t, _ in recorded} == set(tables)
    unnamed = {feld for _, feld in recorded if module.feld_label(feld) == feld}
    assert unnamed == set()
    dialog = VerlaufDialog(db, "kurs", kurs_id, "Basis")
    qtbot.addWidget(dialog)
    shown = {cells(dialog.model, r)[3]: cells(dialog.model, r)[5] for r in range(dialog.model.rowCount())}
    assert shown["Art"] == "Basisqualifizierung" and shown["Referent*innen"] == "A; B"
    assert shown["Satz je Teilnehmende*n und UE"] == "12,50\u00a0€" and shown["Mindestanwesenheit"] == "80 %"
    assert shown["Externer Veranstalter"] == "nein"
    assert module.wert_text("kategorie", "verpflegung") == "Verpflegung"
    assert module.wert_text("foerderfaehig", "nein") == "nein"
    assert module.wert_text("zertifikat_am", "2025-03-01") == "01.03.2025"
    assert module.wert_text("art", "kurs_verwendungsnachweis") == "Verwendungsnachweis Qualifizierung"
