"""The Förderjahr page: entering a Bescheid, Raten with undo, the budget gauge and the Koordinierungspauschale
line, through the real widgets (modal dialogs are shown non-modally and filled by the test)."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from lotsendesk.domain.formatting import format_hours, format_money
from lotsendesk.services import foerderjahre as fj
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.traeger import TraegerData, get_traeger, set_traeger
from lotsendesk.ui.budget_bar import BudgetBar
from lotsendesk.ui.foerderjahr_dialog import FoerderjahrDialog, RateDialog, TraegerDialog, parse_money
from lotsendesk.ui.foerderjahr_page import BETRAG, DATUM, NOTIZ, FoerderjahrPage
from tests.conftest import add_lotse

TODAY = date(2025, 5, 15)


@pytest.fixture
def page(qtbot, db):
    page = FoerderjahrPage(db, QUndoStack())
    page._today = lambda: TODAY
    qtbot.addWidget(page)
    page.resize(1366 - 190, 700)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    return page


@pytest.fixture
def dialogs(qtbot, monkeypatch):
    """exec() of the page's dialogs: show the dialog, let the test fill it, give up if it stays open."""
    state = {"fill": None, "opened": []}

    def fake_exec(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        state["opened"].append(dialog)
        state["fill"](dialog)
        if dialog.isVisible():
            dialog.reject()
        return dialog.result()

    for cls in (FoerderjahrDialog, RateDialog, TraegerDialog):
        monkeypatch.setattr(cls, "exec", fake_exec)
    return state


@pytest.fixture
def answers(monkeypatch):
    state = {"question": QMessageBox.StandardButton.Yes, "asked": [], "told": []}

    def question(_parent, title, text, *_args, **_kwargs):
        state["asked"].append((title, text))
        return state["question"]

    def tell(_parent, title, text, *_args, **_kwargs):
        state["told"].append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", tell)
    monkeypatch.setattr(QMessageBox, "warning", tell)
    return state


def add_year(db, jahr: int = 2025, einsatz: str = "5000.00", **kwargs) -> None:
    fj.add_year(db, fj.FoerderjahrData(jahr=jahr, bewilligt_einsatz=Decimal(einsatz), **kwargs))


def combo_years(page) -> list[str]:
    return [page.year_combo.itemText(i) for i in range(page.year_combo.count())]


def rate_rows(page) -> list[tuple[str, str, str]]:
    table = page.raten_table
    return [
        (table.item(r, DATUM).text(), table.item(r, BETRAG).text(), table.item(r, NOTIZ).text())
        for r in range(table.rowCount())
    ]


# --- parsing money -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5.000,00", "5000.00"),
        ("5000", "5000.00"),
        ("5000,5", "5000.50"),
        ("2.500 €", "2500.00"),
        ("1.234.567,89", "1234567.89"),
        ("2500.50", "2500.50"),
        ("5.000", "5000.00"),
        (" 0,01 ", "0.01"),
    ],
)
def test_parse_money_reads_german_amounts(text, value):
    assert parse_money(text) == Decimal(value)
    assert isinstance(parse_money(text), Decimal)


@pytest.mark.parametrize("text", ["", "abc", "5.000,001", "5,000.00", "50.00.0", "-5,00", "5.00,00", "1e3"])
def test_parse_money_refuses_the_rest(text):
    with pytest.raises(ValueError):
        parse_money(text)


# --- the page ------------------------------------------------------------------------------------------------
def test_empty_state_teaches(page):
    assert page.stack.currentWidget() is page.empty_label
    assert "Noch kein Förderjahr angelegt" in page.empty_label.text()
    assert "„Förderjahr anlegen…“" in page.empty_label.text()
    assert not page.edit_button.isEnabled()
    assert page.new_button.objectName() == "primary"


def test_create_year_through_the_dialog(page, dialogs, qtbot, db):
    def fill(dialog):
        assert dialog.jahr_spin.value() == date.today().year  # the current year is suggested when missing
        dialog.jahr_spin.setValue(2025)
        assert dialog.von_edit.text() == "01.01.2025" and dialog.bis_edit.text() == "31.12.2025"
        qtbot.keyClicks(dialog.aktenzeichen_edit, "AZ 12-3")
        qtbot.keyClicks(dialog.einsatz_edit, "5.000,00")
        qtbot.keyClick(dialog.einsatz_edit, Qt.Key.Key_Return)  # Enter saves

    dialogs["fill"] = fill
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert dialogs["opened"][0].created
    assert combo_years(page) == ["2025"]
    assert page.current_jahr() == 2025
    stored = fj.get_year(db, 2025)
    assert stored.bewilligt_einsatz == Decimal("5000.00")
    assert stored.aktenzeichen == "AZ 12-3"
    assert stored.bewilligung is None and stored.params == fj.FundingParameters()
    assert page.values["bewilligt_einsatz"].text() == format_money(Decimal("5000.00"))
    assert "01.01.2025 bis 31.12.2025" in page.values["bewilligung"].text()
    assert page.budget_bar.bewilligt == Decimal("5000.00")
    assert page.stack.currentWidget() is page.content


def test_new_year_suggests_the_next_missing_year_and_keeps_parameters(page, dialogs, db):
    this_year = date.today().year
    add_year(db, this_year, "4000.00", params=fj.FundingParameters(rate=Decimal("6.00")), nebenbestimmungen="ANBest-GK")
    page.reload()
    seen = {}

    def fill(dialog):
        seen["jahr"] = dialog.jahr_spin.value()
        seen["satz"] = dialog.satz_edit.text()
        seen["neben"] = dialog.neben_combo.currentText()

    dialogs["fill"] = fill
    page.add_year()
    assert seen == {"jahr": this_year + 1, "satz": "6,00", "neben": "ANBest-GK"}
    assert combo_years(page) == [str(this_year)]  # cancelled: nothing added


def test_invalid_amount_is_explained_under_the_field_and_nothing_saved(page, dialogs, qtbot, db):
    def fill(dialog):
        dialog.jahr_spin.setValue(2025)
        qtbot.keyClicks(dialog.einsatz_edit, "5.000,0x")
        qtbot.keyClick(dialog.einsatz_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.error_text("bewilligt_einsatz") == "Bitte einen Betrag wie 5.000,00 eingeben."
        assert dialog.einsatz_edit.text() == "5.000,0x"  # typed input is never lost
        assert dialog.focusWidget() is dialog.einsatz_edit

    dialogs["fill"] = fill
    page.add_year()
    assert fj.list_years(db) == []
    assert page.stack.currentWidget() is page.empty_label


def test_service_errors_land_under_their_fields(page, dialogs, qtbot, db):
    def fill(dialog):
        dialog.jahr_spin.setValue(2025)
        qtbot.keyClicks(dialog.einsatz_edit, "1000")
        dialog.satz_edit.clear()
        qtbot.keyClicks(dialog.satz_edit, "0")
        dialog.bis_edit.setText("01.01.2024")
        dialog.accept()
        assert dialog.error_text("satz") == "Der Stundensatz muss größer als 0 sein."
        assert dialog.error_text("bewilligung") == "Der Bewilligungszeitraum endet vor seinem Beginn."

    dialogs["fill"] = fill
    page.add_year()
    assert fj.list_years(db) == []


def test_edit_bescheid_and_undo(page, dialogs, qtbot, db):
    add_year(db, 2025, aktenzeichen="alt")
    page.reload()

    def fill(dialog):
        assert not dialog.jahr_spin.isEnabled()
        assert dialog.einsatz_edit.text() == "5.000,00"
        dialog.aktenzeichen_edit.setText("neu")
        dialog.methode_combo.setCurrentIndex(dialog.methode_combo.findData(fj.CapMethod.CONSERVATIVE))
        dialog.erklaerung_zurueck_edit.setText("03.04.2025")
        dialog.accept()

    dialogs["fill"] = fill
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    stored = fj.get_year(db, 2025)
    assert stored.aktenzeichen == "neu" and stored.params.cap_method == fj.CapMethod.CONSERVATIVE
    assert page.values["aktenzeichen"].text() == "neu"
    assert "vorsichtig" in page.values["cap_methode"].text()
    assert page.values["erklaerung"].text() == "zurückgegeben am 03.04.2025"
    page.undo_stack.undo()
    page.reload()
    assert fj.get_year(db, 2025).aktenzeichen == "alt"
    assert page.values["aktenzeichen"].text() == "alt"
    page.undo_stack.redo()
    assert fj.get_year(db, 2025).aktenzeichen == "neu"


def test_deadlines_with_days_left(page, db):
    add_year(db, 2025, bescheid_datum=date(2025, 5, 1))
    page.reload()
    assert page.values["erklaerung"].text() == "bis 01.06.2025 (noch 17 Tage)"
    assert page.values["verwendungsnachweis"].text() == "bis 31.03.2026 (noch 320 Tage)"
    page._today = lambda: date(2025, 6, 3)
    page.reload()
    assert page.values["erklaerung"].text() == "bis 01.06.2025 (seit 2 Tagen überfällig)"


def test_a_sent_verwendungsnachweis_shows_its_day_instead_of_days_left(page, db):
    from lotsendesk.services.dokumente import issue_verwendungsnachweis, mark_sent

    add_year(db, 2025, bescheid_datum=date(2025, 5, 1))
    document, _ = issue_verwendungsnachweis(db, 2025, today=date(2026, 3, 2))
    mark_sent(db, document.id, date(2026, 3, 3), today=date(2026, 3, 3))
    page.reload()
    assert page.values["verwendungsnachweis"].text() == "bis 31.03.2026 – versandt am 03.03.2026"


def test_rate_added_shows_in_table_and_gauge_and_can_be_undone(page, dialogs, qtbot, db):
    add_year(db, 2025)
    page.reload()

    def fill(dialog):
        assert dialog.datum_edit.text() == "15.05.2025"
        dialog.datum_edit.setText("01.03.2025")
        qtbot.keyClicks(dialog.betrag_edit, "2.500,00")
        qtbot.keyClicks(dialog.notiz_edit, "1. Rate")
        qtbot.keyClick(dialog.notiz_edit, Qt.Key.Key_Return)

    dialogs["fill"] = fill
    qtbot.mouseClick(page.add_rate_button, Qt.MouseButton.LeftButton)
    assert rate_rows(page) == [("01.03.2025", "2.500,00\u00a0€", "1. Rate")]
    assert page.budget_bar.erhalten == Decimal("2500.00")
    assert "2.500,00" in page.raten_sum.text()
    assert [(r.datum, r.betrag, r.notiz) for r in fj.list_raten(db, 2025)] == [
        (date(2025, 3, 1), Decimal("2500.00"), "1. Rate")
    ]

    page.undo_stack.undo()
    page.reload()
    assert fj.list_raten(db, 2025) == []
    assert rate_rows(page) == []
    assert page.budget_bar.erhalten == Decimal("0.00")
    assert page.raten_empty.isVisible()

    page.undo_stack.redo()
    page.reload()
    assert rate_rows(page) == [("01.03.2025", "2.500,00\u00a0€", "1. Rate")]
    page.undo_stack.undo()  # the re-added Rate has a new id: undo must still find it
    assert fj.list_raten(db, 2025) == []


def test_invalid_rate_amount_is_explained_and_nothing_saved(page, dialogs, qtbot, db):
    add_year(db, 2025)
    page.reload()

    def fill(dialog):
        qtbot.keyClicks(dialog.betrag_edit, "zwei")
        qtbot.keyClick(dialog.betrag_edit, Qt.Key.Key_Return)
        assert dialog.error_text("betrag") == "Bitte einen Betrag wie 5.000,00 eingeben."
        dialog.betrag_edit.setText("0")
        dialog.accept()
        assert dialog.error_text("betrag") == "Der Betrag der Rate muss größer als 0 sein."

    dialogs["fill"] = fill
    page.add_rate()
    assert fj.list_raten(db, 2025) == []
    assert page.undo_stack.count() == 0


def test_delete_rate_asks_and_undo_restores_it(page, answers, db):
    add_year(db, 2025)
    fj.add_rate(db, 2025, date(2025, 3, 1), Decimal("2500.00"), "1. Rate")
    page.reload()
    assert not page.delete_rate_button.isEnabled()
    page.raten_table.selectRow(0)
    assert page.delete_rate_button.isEnabled()

    answers["question"] = QMessageBox.StandardButton.Cancel
    page.delete_selected_rate()
    assert len(fj.list_raten(db, 2025)) == 1
    assert "01.03.2025" in answers["asked"][0][1] and "2.500,00" in answers["asked"][0][1]

    answers["question"] = QMessageBox.StandardButton.Yes
    page.raten_table.selectRow(0)
    page.delete_selected_rate()
    assert fj.list_raten(db, 2025) == []
    assert rate_rows(page) == []
    page.undo_stack.undo()
    page.reload()
    assert [(r.datum, r.betrag, r.notiz) for r in fj.list_raten(db, 2025)] == [
        (date(2025, 3, 1), Decimal("2500.00"), "1. Rate")
    ]
    page.undo_stack.redo()
    assert fj.list_raten(db, 2025) == []


def test_gauge_shows_the_year_summary(page, db):
    qualified = add_lotse(db, "1", "Yılmaz", "Şükrü", qualifiziert_am=date(2025, 2, 1))
    add_lotse(db, "2", "Nguyen", "Lan")  # not qualified: recorded, never claimable
    for day, minutes in ((date(2025, 1, 20), 120), (date(2025, 3, 7), 80), (date(2025, 3, 8), 80)):
        record_einsatz(db, EinsatzData(qualified, day, minutes), today=TODAY)
    record_einsatz(db, EinsatzData(qualified + 1, date(2025, 3, 9), 90), today=TODAY)
    add_year(db, 2025, "100.00")
    fj.add_rate(db, 2025, date(2025, 3, 1), Decimal("60.00"))
    page.reload()
    summary = fj.year_summary(db, 2025)
    assert summary.betrag == Decimal("13.33")  # 160 min × 5 € / 60
    assert page.budget_bar.values() == (Decimal("100.00"), summary.betrag, summary.ausgezahlt, summary.erhalten)
    text = page.hours_label.text()
    assert format_hours(summary.recorded_minutes) in text and "6,17" in text
    assert format_hours(summary.claimable_minutes) in text and "2,67" in text
    assert page.budget_bar.state() == "ok"
    assert "13 %" in page.budget_bar.status_text().replace("\u00a0", " ")


def test_gauge_says_warning_and_overrun_in_words(qtbot):
    bar = BudgetBar()
    qtbot.addWidget(bar)
    bar.resize(800, bar.sizeHint().height())
    bar.set_values(Decimal("1000.00"), Decimal("900.00"), Decimal("0.00"), Decimal("0.00"))
    assert bar.state() == "warnung" and bar.status_text().startswith("Achtung: 90")
    bar.set_values(Decimal("1000.00"), Decimal("1200.00"), Decimal("1100.00"), Decimal("500.00"))
    assert bar.state() == "ueberschritten"
    assert bar.status_text().startswith("Überschritten: 120")
    assert "200,00" in bar.status_text()
    bar.show()
    qtbot.waitExposed(bar)
    assert not bar.grab().isNull()  # paints without errors, also beyond 100 %
    bar.set_values(Decimal("0.00"), Decimal("0.00"), Decimal("0.00"), Decimal("0.00"))
    bar.grab()


def test_koordinierungspauschale_line_and_traeger_dialog(page, dialogs, db):
    for nr in range(1, 6):
        add_lotse(db, str(nr), f"Person{nr}", qualifiziert_am=date(2025, 1, 10))
    add_year(db, 2025)
    set_traeger(db, TraegerData("Stadt X", "kommune", False, 60_000))
    page.reload()
    line = page.koordination_label.text()
    assert line.startswith("Koordinierungspauschale: Voraussetzungen nicht erfüllt")
    assert "5 aktive qualifizierte Lots*innen" in line and "60.000" in line

    def fill(dialog):
        assert dialog.einwohner_spin.isEnabled() and dialog.einwohner_spin.value() == 60_000
        dialog.einwohner_spin.setValue(42_000)
        dialog.accept()

    dialogs["fill"] = fill
    page.edit_traeger()
    assert get_traeger(db).einwohner == 42_000
    assert page.koordination_label.text().startswith("Koordinierungspauschale: Voraussetzungen erfüllt")
    page.undo_stack.undo()
    assert get_traeger(db).einwohner == 60_000


def test_too_few_qualified_people_are_named(page, db):
    add_lotse(db, "1", "Eins", qualifiziert_am=date(2025, 1, 10))
    add_year(db, 2025)
    page.reload()
    line = page.koordination_label.text()
    assert "nicht erfüllt" in line and "1 aktive qualifizierte Lots*in, mindestens 5 nötig" in line


def test_year_combo_newest_first_and_switching(page, db):
    add_year(db, 2024, "1000.00")
    add_year(db, 2025, "2000.00")
    add_year(db, 2026, "3000.00")
    page.reload()
    assert combo_years(page) == ["2026", "2025", "2024"]
    assert page.current_jahr() == 2025  # the year of today
    page.show_jahr(2024)
    assert page.budget_bar.bewilligt == Decimal("1000.00")
    page.reload()
    assert page.current_jahr() == 2024  # the shown year stays after a reload


def test_creating_a_year_can_be_undone_and_redone(page, dialogs, qtbot, db):
    def fill(dialog):
        dialog.jahr_spin.setValue(2025)
        qtbot.keyClicks(dialog.einsatz_edit, "5.000,00")
        qtbot.keyClick(dialog.einsatz_edit, Qt.Key.Key_Return)

    dialogs["fill"] = fill
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert fj.get_year(db, 2025) is not None
    page.undo_stack.undo()
    assert fj.get_year(db, 2025) is None
    page.undo_stack.redo()
    assert fj.get_year(db, 2025).bewilligt_einsatz == Decimal("5000.00")


def test_qualifizierung_line_approved_against_the_courses_of_the_year(page, db):
    from lotsendesk.domain import qualifizierung as q
    from lotsendesk.domain.lotse_record import LotseData
    from lotsendesk.services import kurse

    add_year(db, 2025, "5000.00", bewilligt_quali=Decimal("3500.00"))
    page.reload()
    assert page.quali_label.text() == (
        "Qualifizierung: bewilligt 3.500,00\u00a0€ · noch kein Kurs diesem Förderjahr zugeordnet"
    )
    kurs_id = kurse.add_course(db, kurse.KursData(art=q.KursArt.BASIS, titel="Basis", foerderjahr=2025))
    kurse.add_termin(db, kurs_id, kurse.TerminData(date(2025, 3, 1), 8))
    for nr in ("1", "2"):
        kurse.add_new_participant(db, kurs_id, LotseData(nr=nr, nachname=f"P{nr}"))
    kurse.add_cost(db, kurs_id, kurse.KostenData(date(2025, 3, 1), q.Kategorie.HONORAR, Decimal("250.00"), "Ref."))
    kurse.add_cost(db, kurs_id, kurse.KostenData(date(2025, 3, 1), q.Kategorie.RAUM, Decimal("80.00"), "Gemeinde"))
    page.reload()  # 2 × 8 UE × 12,50 € = 200,00 € at most of the 330,00 € eligible costs
    assert (
        page.quali_label.text() == "Qualifizierung: bewilligt 3.500,00\u00a0€ · förderfähig aus 1 Kurs: 200,00\u00a0€"
    )
