"""The year panel below the Lots*innen table: figures of the selected person, the Freibetragserklärung dialog, undo."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from lotsendesk.domain.allowances import Freibetrag
from lotsendesk.services.auszahlungen import Methode, confirm_run
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.freibetraege import FreibetragData, get_freibetrag, set_freibetrag
from lotsendesk.ui.freibetrag_dialog import FreibetragDialog
from lotsendesk.ui.lotsen_page import LotsenPage
from tests.conftest import add_lotse
from tests.qt_helpers import press

TODAY = date(2026, 3, 31)
NBSP = "\u00a0"


@pytest.fixture
def people(db):
    """One person with hours in December 2025 (paid in January 2026) and in January 2026 (paid in February)."""
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    add_year(db, FoerderjahrData(jahr=2026, bewilligt_einsatz=Decimal("5000.00")))
    huong = add_lotse(db, "1", "Nguyễn", "Thị Hương", qualifiziert_am=date(2024, 1, 1))
    other = add_lotse(db, "2", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1))
    for day, minutes in ((date(2025, 12, 1), 120), (date(2026, 1, 12), 600), (date(2026, 3, 2), 90)):
        record_einsatz(db, EinsatzData(huong, day, minutes), today=TODAY)
    confirm_run(db, 2025, date(2025, 12, 31), date(2026, 1, 9), Methode.UEBERWEISUNG)  # 10,00 €
    confirm_run(db, 2026, date(2026, 1, 31), date(2026, 2, 4), Methode.UEBERWEISUNG)  # 50,00 €
    return {"huong": huong, "other": other}


@pytest.fixture
def page(qtbot, db, people):
    page = LotsenPage(db, QUndoStack())
    page._today = lambda: TODAY
    qtbot.addWidget(page)
    page.resize(1366 - 190, 740)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    return page


@pytest.fixture
def dialogs(qtbot, monkeypatch):
    """Replace the modal exec() of the dialog: show it, let the test fill it, return the result."""
    state = {"fill": None, "opened": []}

    def fake_exec(dialog):
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        state["opened"].append(dialog)
        state["fill"](dialog)
        if dialog.isVisible():
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(FreibetragDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    return state


def test_nothing_selected_teaches_what_the_panel_is_for(page):
    page.table.clearSelection()
    assert page.details.stack.currentWidget() is page.details.empty_label
    assert "Wählen Sie oben eine Person aus" in page.details.empty_label.text()


def test_selecting_a_person_shows_both_views(page, people):
    assert page.select_id(people["huong"])
    panel = page.details
    assert panel.stack.currentIndex() == 0
    assert panel.current_year() == 2026
    assert panel.name_label.text() == "Nguyễn, Thị Hương"
    assert panel.value("fj_erfasst") == "11,50"
    assert panel.value("fj_abrechenbar") == "11,50"
    assert panel.value("fj_grenze") == "276,00"
    assert panel.value("fj_frei") == "264,50"
    assert panel.value("fj_betrag") == f"57,50{NBSP}€"
    assert panel.value("fj_ausgezahlt") == f"50,00{NBSP}€"
    assert panel.value("fj_offen") == f"7,50{NBSP}€"
    # tax year 2026: the January payout for December hours counts here
    assert panel.value("st_ausgezahlt") == f"60,00{NBSP}€"
    assert panel.value("st_fj_2025") == f"10,00{NBSP}€"
    assert panel.value("st_art") == "keine Erklärung"
    assert "Keine Freibetragserklärung für 2026" in panel.hints_label.text()
    assert "Förderjahr 2025 wurden 2026 ausgezahlt" in panel.notes_label.text()
    for box in (panel.foerderjahr_box, panel.steuer_box):
        assert all(label.alignment() & Qt.AlignmentFlag.AlignRight for label in box.values.values())

    panel.year_combo.setCurrentIndex(panel.year_combo.findData(2025))
    assert panel.value("fj_ausgezahlt") == f"10,00{NBSP}€"
    assert panel.value("fj_spaeter") == f"10,00{NBSP}€"
    assert panel.value("st_ausgezahlt") == f"0,00{NBSP}€"
    # the year stays when another person is selected
    assert page.select_id(people["other"])
    assert panel.current_year() == 2025 and panel.name_label.text() == "Becker, Jürgen"


def test_the_dialog_saves_a_declaration_and_undo_takes_it_back(qtbot, page, db, people, dialogs):
    page.select_id(people["huong"])
    changed = []
    page.data_changed.connect(lambda: changed.append(True))

    def fill(dialog):
        assert dialog.limit_label.text() == "Grenze 2026: 3.300,00 €"
        dialog.art_combo.setCurrentIndex(dialog.art_combo.findData(Freibetrag.EHRENAMT))
        assert dialog.limit_label.text() == "Grenze 2026: 960,00 €"
        dialog.art_combo.setCurrentIndex(dialog.art_combo.findData(Freibetrag.UEBUNGSLEITER))
        qtbot.keyClicks(dialog.anderweitig_edit, "2.800")
        qtbot.keyClicks(dialog.unterschrieben_edit, "8.1.26")
        press(dialog.unterschrieben_edit, Qt.Key.Key_Return)  # Enter saves

    dialogs["fill"] = fill
    page.details.erklaerung_button.click()
    assert not dialogs["opened"][0].isVisible()
    stored = get_freibetrag(db, people["huong"], 2026)
    assert stored == FreibetragData(
        people["huong"], 2026, Freibetrag.UEBUNGSLEITER, Decimal("2800.00"), date(2026, 1, 8)
    )
    assert isinstance(stored.anderweitig, Decimal)
    panel = page.details
    assert panel.value("st_anderweitig") == f"2.800,00{NBSP}€"
    assert panel.value("st_frei") == f"440,00{NBSP}€"  # 3.300 − 2.800 − 60
    assert "Unterschrieben am 08.01.2026" in panel.erklaerung_status.text()
    assert changed

    page.undo_stack.undo()
    page.reload()
    assert get_freibetrag(db, people["huong"], 2026) is None
    assert panel.value("st_art") == "keine Erklärung"
    page.undo_stack.redo()
    page.reload()
    assert get_freibetrag(db, people["huong"], 2026) == stored


def test_benefit_flag_needs_the_consent_date_and_typed_input_stays(qtbot, page, db, people, dialogs):
    page.select_id(people["huong"])

    def fill(dialog):
        qtbot.keyClicks(dialog.anderweitig_edit, "12,345")
        dialog.sozial_check.setChecked(True)
        dialog.save_button.click()
        assert dialog.isVisible()
        assert "zwei Stellen" in dialog.error_text("anderweitig")
        assert "Einwilligung" in dialog.error_text("einwilligung_am")
        assert dialog.anderweitig_edit.text() == "12,345"  # nothing typed is lost
        dialog.anderweitig_edit.setText("")
        qtbot.keyClicks(dialog.einwilligung_edit, "05.01.2026")
        dialog.save_button.click()

    dialogs["fill"] = fill
    page.details.erklaerung_button.click()
    stored = get_freibetrag(db, people["huong"], 2026)
    assert stored.sozialleistungen and stored.einwilligung_am == date(2026, 1, 5)
    assert "Bürgergeld/AsylbLG" in page.details.erklaerung_details.text()


def test_deleting_a_declaration_can_be_undone(qtbot, page, db, people, dialogs):
    before = FreibetragData(people["huong"], 2026, Freibetrag.EHRENAMT, Decimal("100.00"), date(2026, 1, 8))
    set_freibetrag(db, before)
    page.reload()
    page.select_id(people["huong"])
    assert page.details.value("st_art") == "§ 3 Nr. 26a EStG"

    def fill(dialog):
        assert dialog.anderweitig_edit.text() == "100,00"
        dialog.delete_button.click()

    dialogs["fill"] = fill
    page.details.erklaerung_button.click()
    assert get_freibetrag(db, people["huong"], 2026) is None
    page.undo_stack.undo()
    assert get_freibetrag(db, people["huong"], 2026) == before


def test_the_table_still_fits_without_horizontal_scrolling(page, people):
    page.select_id(people["huong"])
    header = page.table.horizontalHeader()
    assert header.length() <= page.table.viewport().width()
    assert not page.table.horizontalScrollBar().isVisible()
    assert page.table.height() >= 150  # the panel below leaves room for the table
