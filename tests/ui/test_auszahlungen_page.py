"""The Auszahlungen page, the payout-run wizard and the Storno dialog, through the real widgets."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from lotsendesk.domain.messages import msg
from lotsendesk.services.auszahlungen import Methode, confirm_run, list_payouts, propose_run
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.ui import auszahlung_wizard as wizard_module
from lotsendesk.ui import auszahlungen_page as cols
from lotsendesk.ui.auszahlung_wizard import (
    AUSZAHLEN,
    BETRAG,
    BIS_DATUM,
    BIS_QUARTALSENDE,
    HINWEISE,
    IBAN,
    NAME,
    STEP_DONE,
    STEP_PROPOSAL,
    STEP_SETTINGS,
    STUNDEN,
    AuszahlungWizard,
    last_month_end,
    last_quarter_end,
)
from lotsendesk.ui.auszahlungen_page import AuszahlungenPage
from lotsendesk.ui.storno_dialog import StornoDialog
from tests.conftest import add_lotse
from tests.qt_helpers import type_text

TODAY = date(2025, 4, 5)


def today() -> date:
    return TODAY


@pytest.fixture
def answers(monkeypatch):
    """Stub the modal message boxes: questions get ``answers['question']``, messages are collected."""
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


@pytest.fixture
def year(db):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    return 2025


@pytest.fixture
def people(db, year):
    """Two qualified Lots*innen with hours in the first quarter: Becker 1,50 h (7,50 €), Nguyễn 2,00 h (10,00 €)."""
    becker = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1), iban="DE89370400440532013000")
    nguyen = add_lotse(db, "2", "Nguyễn", "Thị Hương", qualifiziert_am=date(2025, 1, 1))
    record_einsatz(db, EinsatzData(becker, date(2025, 1, 10), 90), today=TODAY)
    record_einsatz(db, EinsatzData(nguyen, date(2025, 2, 3), 60), today=TODAY)
    record_einsatz(db, EinsatzData(nguyen, date(2025, 3, 14), 60), today=TODAY)
    record_einsatz(db, EinsatzData(nguyen, date(2025, 4, 2), 45), today=TODAY)  # after the Zeitraum
    return {"becker": becker, "nguyen": nguyen}


@pytest.fixture
def page(qtbot, db):
    page = AuszahlungenPage(db, QUndoStack())
    page._today = today
    qtbot.addWidget(page)
    page.resize(1366 - 190, 700)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    return page


def make_wizard(qtbot, db, **kwargs) -> AuszahlungWizard:
    wizard = AuszahlungWizard(db, today=today, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def proposal_cells(wizard, column: int) -> list[str]:
    model = wizard.proposal_model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def untick(qtbot, wizard, name: str) -> None:
    """Like the user: move to the person's tick and press Space."""
    row = proposal_cells(wizard, NAME).index(name)
    wizard.proposal_table.setCurrentIndex(wizard.proposal_model.index(row, AUSZAHLEN))
    qtbot.keyClick(wizard.proposal_table, Qt.Key.Key_Space)


def page_cells(page, column: int) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


# --- the wizard -------------------------------------------------------------------------------------------------
def test_period_defaults():
    assert last_month_end(date(2025, 4, 5)) == date(2025, 3, 31)
    assert last_month_end(date(2025, 3, 1)) == date(2025, 2, 28)
    assert last_month_end(date(2025, 1, 15)) == date(2024, 12, 31)
    assert last_quarter_end(date(2025, 6, 30)) == date(2025, 3, 31)
    assert last_quarter_end(date(2025, 2, 1)) == date(2024, 12, 31)
    assert last_quarter_end(date(2025, 10, 1)) == date(2025, 9, 30)


def test_wizard_proposes_both_untick_changes_total_and_confirm_pays_one(qtbot, db, people, answers):
    wizard = make_wizard(qtbot, db)
    assert wizard.steps.currentIndex() == STEP_SETTINGS
    assert wizard.year_combo.currentData() == 2025
    assert wizard.monat_radio.isChecked() and wizard.monat_radio.text() == "bis Monatsende (31.03.2025)"
    assert wizard.paid_edit.text() == "05.04.2025"
    assert wizard.methode_combo.currentText() == "Überweisung"

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == STEP_PROPOSAL
    assert proposal_cells(wizard, NAME) == ["Becker, Jürgen", "Nguyễn, Thị Hương"]
    assert proposal_cells(wizard, STUNDEN) == ["1,50", "2,00"]  # the April hours are after the Zeitraum
    assert proposal_cells(wizard, BETRAG) == ["7,50\xa0€", "10,00\xa0€"]
    assert proposal_cells(wizard, IBAN) == ["vorhanden", "fehlt"]
    alignment = wizard.proposal_model.index(0, BETRAG).data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(alignment) & Qt.AlignmentFlag.AlignRight
    hint = wizard.proposal_model.index(1, HINWEISE)
    assert "Keine IBAN hinterlegt – nur bar auszahlbar." in hint.data()
    assert "Keine IBAN hinterlegt" in hint.data(Qt.ItemDataRole.ToolTipRole)
    assert wizard.total_label.text() == "2 von 2 ausgewählt · 3,50 Stunden · 17,50\xa0€"

    untick(qtbot, wizard, "Nguyễn, Thị Hương")
    assert wizard.total_label.text() == "1 von 2 ausgewählt · 1,50 Stunden · 7,50\xa0€"
    assert wizard.total() == Decimal("7.50")
    assert wizard.proposal_model.excluded_ids() == {people["nguyen"]}

    qtbot.mouseClick(wizard.confirm_button, Qt.MouseButton.LeftButton)
    assert answers["asked"] == [
        (
            "Auszahlung bestätigen",
            "1 Auszahlung über 7,50\xa0€ am 05.04.2025 als Überweisung festschreiben? "
            "Die Einsätze sind danach nicht mehr änderbar.",
        )
    ]
    assert wizard.steps.currentIndex() == STEP_DONE
    assert wizard.beleg_numbers() == ["2025-001"]
    assert "Beleg-Nr. 2025-001" in wizard.done_label.text()
    (payout,) = list_payouts(db)
    assert (payout.beleg_nr, payout.lotse_id, payout.betrag, payout.methode) == (
        "2025-001",
        people["becker"],
        Decimal("7.50"),
        Methode.UEBERWEISUNG,
    )
    # Nguyễn stays open for the next run
    assert [p.lotse_id for p in propose_run(db, 2025, date(2025, 3, 31), TODAY)] == [people["nguyen"]]


def test_no_confirmation_changes_nothing_and_iban_warning_is_asked(qtbot, db, people, answers):
    wizard = make_wizard(qtbot, db)
    wizard.show_proposal()
    answers["question"] = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(wizard.confirm_button, Qt.MouseButton.LeftButton)
    ((_title, question),) = answers["asked"]
    assert question.startswith("2 Auszahlungen über 17,50\xa0€ am 05.04.2025 als Überweisung festschreiben?")
    assert "Für 1 der ausgewählten Lots*innen ist keine IBAN hinterlegt." in question
    assert wizard.steps.currentIndex() == STEP_PROPOSAL
    assert list_payouts(db) == []
    assert wizard.created == []


def test_cash_quarter_and_nothing_ticked(qtbot, db, people, answers):
    wizard = make_wizard(qtbot, db)
    wizard.quartal_radio.setChecked(True)
    wizard.methode_combo.setCurrentIndex(wizard.methode_combo.findData(Methode.BAR))
    assert wizard.until() == date(2025, 3, 31)
    wizard.show_proposal()
    qtbot.mouseClick(wizard.none_button, Qt.MouseButton.LeftButton)
    assert wizard.total_label.text() == "Niemand ausgewählt – es wird nichts ausgezahlt."
    assert not wizard.confirm_button.isEnabled()
    qtbot.mouseClick(wizard.all_button, Qt.MouseButton.LeftButton)
    assert wizard.confirm_button.isEnabled()
    wizard.confirm_payout()
    assert answers["asked"][0][1].startswith("2 Auszahlungen über 17,50\xa0€ am 05.04.2025 in bar festschreiben?")
    assert sorted(p.beleg_nr for p in list_payouts(db)) == ["2025-001", "2025-002"]
    assert {p.methode for p in list_payouts(db)} == {Methode.BAR}


def test_until_date_and_date_errors_under_the_fields(qtbot, db, people, answers):
    wizard = make_wizard(qtbot, db)
    qtbot.mouseClick(wizard.datum_radio, Qt.MouseButton.LeftButton)
    assert wizard.bis_edit.isEnabled()
    wizard.bis_edit.clear()
    qtbot.keyClicks(wizard.bis_edit, "31.4.25")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == STEP_SETTINGS
    assert wizard.bis_error.text() == "Das Datum „31.4.25“ gibt es nicht."

    wizard.bis_edit.clear()
    qtbot.keyClicks(wizard.bis_edit, "30.4.25")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == STEP_SETTINGS
    assert wizard.bis_error.isHidden()
    assert wizard.paid_error.text().startswith("Das Auszahlungsdatum liegt vor dem Ende des Zeitraums (30.04.2025).")

    wizard.paid_edit.clear()
    qtbot.keyClicks(wizard.paid_edit, "2.5.25")
    qtbot.keyClick(wizard.paid_edit, Qt.Key.Key_Return)  # Enter: the default button, "Vorschlag anzeigen"
    assert wizard.steps.currentIndex() == STEP_PROPOSAL
    assert proposal_cells(wizard, STUNDEN) == ["1,50", "2,75"]  # now with the April hours
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == STEP_SETTINGS
    assert wizard.zeitraum_group.checkedId() == BIS_DATUM


def test_nothing_to_pay_says_so_and_asks_nothing(qtbot, db, year, answers):
    add_lotse(db, "1", "Tesfaye", "Dawit")  # not qualified: recorded, never claimable
    wizard = make_wizard(qtbot, db)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == STEP_SETTINGS
    assert wizard.settings_message.styleSheet() == ""  # information, not an error
    assert wizard.settings_message.text() == (
        "Bis zum 31.03.2025 ist im Förderjahr 2025 nichts auszuzahlen: Alle abrechenbaren Stunden sind schon "
        "ausgezahlt, oder es sind keine Stunden qualifizierter Lots*innen erfasst."
    )
    assert answers["asked"] == []


def test_a_failing_run_shows_the_message_and_stays(qtbot, db, people, answers, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise ServiceError(msg("Bis zu diesem Datum ist nichts mehr auszuzahlen."))

    monkeypatch.setattr(wizard_module, "confirm_run", refuse)
    wizard = make_wizard(qtbot, db)
    wizard.show_proposal()
    assert not wizard.confirm_payout()
    assert wizard.proposal_message.text() == "Bis zu diesem Datum ist nichts mehr auszuzahlen."
    assert wizard.steps.currentIndex() == STEP_PROPOSAL
    assert list_payouts(db) == []


def test_a_previous_year_is_paid_up_to_its_end(qtbot, db, answers):
    add_year(db, FoerderjahrData(jahr=2024, bewilligt_einsatz=Decimal("5000.00")))
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    lotse = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1), iban="DE89370400440532013000")
    record_einsatz(db, EinsatzData(lotse, date(2024, 12, 20), 120), today=TODAY)
    wizard = make_wizard(qtbot, db, jahr=2024)
    assert wizard.quartal_radio.text() == "bis Quartalsende (31.12.2024)"
    assert wizard.bis_edit.text() == "31.12.2024"
    wizard.year_combo.setCurrentIndex(wizard.year_combo.findData(2025))
    assert wizard.bis_edit.text() == "31.03.2025"
    assert wizard.monat_radio.text() == "bis Monatsende (31.03.2025)"
    wizard.year_combo.setCurrentIndex(wizard.year_combo.findData(2024))
    wizard.quartal_radio.setChecked(True)
    assert wizard.show_proposal()
    assert proposal_cells(wizard, BETRAG) == ["10,00\xa0€"]
    assert wizard.zeitraum_group.checkedId() == BIS_QUARTALSENDE


# --- the page ---------------------------------------------------------------------------------------------------
def test_empty_state_without_a_year_points_to_the_foerderjahr_page(qtbot, page, answers):
    assert page.title_label.text() == "Auszahlungen"
    assert page.stack.currentWidget() is page.empty_label
    assert "Seite „Förderjahr“" in page.empty_label.text()
    assert not page.storno_button.isEnabled()
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    ((title, text),) = answers["told"]
    assert title == "Auszahlung vorbereiten" and "Seite „Förderjahr“" in text


def test_empty_state_with_a_year_explains_the_run(page, year):
    page.reload()
    assert page.empty_label.text() == (
        "Noch keine Auszahlungen. „Auszahlung vorbereiten…“ schlägt vor, was abrechenbar und noch nicht ausgezahlt ist."
    )
    assert page.sum_label.text() == ""


def test_run_from_the_page_then_storno_and_the_next_run_pays_again(qtbot, page, db, people, answers, monkeypatch):
    def run_wizard(wizard):
        wizard.show()
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        untick(qtbot, wizard, "Nguyễn, Thị Hương")
        qtbot.mouseClick(wizard.confirm_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(wizard.close_button, Qt.MouseButton.LeftButton)
        return wizard.result()

    monkeypatch.setattr(AuszahlungWizard, "exec", run_wizard)
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.table
    assert page_cells(page, cols.BELEG) == ["2025-001"]
    assert page_cells(page, cols.LOTSE) == ["1 – Becker, Jürgen"]
    assert page_cells(page, cols.DATUM) == ["05.04.2025"]
    assert page_cells(page, cols.STUNDEN) == ["1,50"]
    assert page_cells(page, cols.BETRAG) == ["7,50\xa0€"]
    assert page_cells(page, cols.ZAHLUNGSART) == ["Überweisung"]
    status = page.model.index(0, cols.STATUS)
    assert status.data() == "ausgezahlt" and status.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.sum_label.text() == "1 Auszahlung · 1,50 Stunden · 7,50\xa0€"
    assert page.selected_row().beleg_nr == "2025-001"
    assert page.storno_button.isEnabled()

    # Storno through the dialog: the reason is required, then the question says it cannot be undone
    opened = []

    def fill_storno(dialog):
        dialog.show()
        opened.append(dialog)
        assert dialog.datum_edit.text() == "10.04.2025"
        qtbot.mouseClick(dialog.storno_button, Qt.MouseButton.LeftButton)
        assert dialog.error_text("grund") == "Bitte einen Grund für die Stornierung angeben."
        type_text(dialog.grund_edit, "Stunden doppelt erfasst – Übertrag korrigiert")
        qtbot.keyClick(dialog.grund_edit, Qt.Key.Key_Return)
        if dialog.isVisible():
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(StornoDialog, "exec", fill_storno)
    page._today = lambda: date(2025, 4, 10)
    answers["asked"].clear()
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(page.storno_button, Qt.MouseButton.LeftButton)
    ((title, question),) = answers["asked"]
    assert title == "Auszahlung stornieren"
    assert question.startswith("Auszahlung 2025-001 (Becker, Jürgen, 7,50\xa0€) zum 10.04.2025 stornieren?")
    assert "kann nicht rückgängig gemacht werden" in question
    assert page.undo_stack.count() == 0  # a Beleg is never removed: nothing to undo

    assert page_cells(page, cols.BELEG) == ["2025-002", "2025-001"]
    assert page_cells(page, cols.STATUS) == ["Storno zu 2025-001", "storniert durch 2025-002"]
    assert page_cells(page, cols.BETRAG) == ["-7,50\xa0€", "7,50\xa0€"]
    assert page_cells(page, cols.GRUND) == ["Stunden doppelt erfasst – Übertrag korrigiert", ""]
    assert page.sum_label.text() == "2 Auszahlungen (davon 1 Storno) · 0,00 Stunden · 0,00\xa0€"
    assert page.selected_row().beleg_nr == "2025-002"
    assert not page.storno_button.isEnabled()  # a Storno cannot be cancelled
    page.select_id(page.model.row_at(1).id)
    assert not page.storno_button.isEnabled()  # nor can a cancelled payout

    # the next run pays the cancelled hours again, with the next Beleg-Nr.
    proposal = {p.lotse_id: p for p in propose_run(db, 2025, date(2025, 3, 31), date(2025, 4, 10))}
    assert proposal[people["becker"]].amount == Decimal("7.50")
    assert proposal[people["nguyen"]].amount == Decimal("10.00")
    confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 10), Methode.UEBERWEISUNG)
    page.reload()
    assert page_cells(page, cols.BELEG)[:2] == ["2025-004", "2025-003"]


def test_storno_date_before_the_payout_is_refused(qtbot, db, people, answers):
    (payout,) = confirm_run(db, 2025, date(2025, 3, 31), TODAY, Methode.BAR, exclude=frozenset({people["nguyen"]}))
    dialog = StornoDialog(db, payout, today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.grund_edit, "Irrtum")
    dialog.datum_edit.clear()
    qtbot.keyClicks(dialog.datum_edit, "1.4.25")
    qtbot.mouseClick(dialog.storno_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("datum") == "Das Storno kann nicht vor der Auszahlung am 05.04.2025 liegen."
    assert answers["asked"] == []
    assert len(list_payouts(db)) == 1


def test_filter_by_year_and_search(qtbot, page, db, people, answers):
    add_year(db, FoerderjahrData(jahr=2024, bewilligt_einsatz=Decimal("5000.00")))
    confirm_run(db, 2025, date(2025, 3, 31), TODAY, Methode.UEBERWEISUNG)
    page.reload()
    assert [page.year_filter.itemText(i) for i in range(page.year_filter.count())] == ["Alle", "2025", "2024"]
    assert page_cells(page, cols.LOTSE) == ["2 – Nguyễn, Thị Hương", "1 – Becker, Jürgen"]
    page.year_filter.setCurrentIndex(page.year_filter.findData(2024))
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text().startswith("Im Förderjahr 2024 gibt es noch keine Auszahlungen.")
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    type_text(page.search_edit, "nguyen")  # accents do not matter
    assert page_cells(page, cols.BELEG) == ["2025-002"]
    assert page.sum_label.text() == "1 Auszahlung · 2,00 Stunden · 10,00\xa0€"
    page.search_edit.clear()
    type_text(page.search_edit, "Müller")
    assert page.empty_label.text().startswith("Keine Auszahlung passt zu „Müller“.")


def test_sorting_happens_in_the_model(page, db, people, answers):
    confirm_run(db, 2025, date(2025, 3, 31), TODAY, Methode.UEBERWEISUNG)
    page.reload()
    page.table.sortByColumn(cols.BETRAG, Qt.SortOrder.AscendingOrder)
    assert page_cells(page, cols.BETRAG) == ["7,50\xa0€", "10,00\xa0€"]
    page.table.sortByColumn(cols.LOTSE, Qt.SortOrder.DescendingOrder)
    assert page_cells(page, cols.LOTSE) == ["2 – Nguyễn, Thị Hương", "1 – Becker, Jürgen"]
    assert page.model.headerData(cols.BETRAG, Qt.Orientation.Horizontal) == "Betrag"


def test_quittungen_of_the_selected_run_are_saved_and_opened(qtbot, db, people, page, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices

    from lotsendesk.services.auszahlungen import Methode, confirm_run

    confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 5), Methode.UEBERWEISUNG)
    page.reload()
    assert not page.receipts_button.isEnabled()
    page.table.selectRow(0)
    assert page.receipts_button.isEnabled()
    target = tmp_path / "quittungen"
    monkeypatch.setattr(
        "lotsendesk.ui.auszahlungen_page.choose_pdf_path", lambda parent, name: target.with_suffix(".pdf")
    )
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(page.receipts_button, Qt.MouseButton.LeftButton)
    pdf = target.with_suffix(".pdf")
    assert opened == [str(pdf)]
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "2025-001" in text and "2025-002" in text
    assert "Nguyễn" in text or "Thị Hương" in text
