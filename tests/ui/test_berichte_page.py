"""The Berichte page through its real widgets: pick a document, preview its pages, save it; the
Verwendungsnachweis from Angaben to an issued version marked as sent."""

from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from lotsendesk.services.auszahlungen import Methode, confirm_run
from lotsendesk.services.dokumente import verwendungsnachweise
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.verwendungsnachweis import get_angaben
from lotsendesk.ui import berichte_page as module
from lotsendesk.ui.berichte_page import BerichtePage
from lotsendesk.ui.main_window import MainWindow
from lotsendesk.ui.vn_angaben_dialog import VnAngabenDialog
from tests.conftest import add_lotse
from tests.qt_helpers import press, type_text

TODAY = date(2026, 3, 20)


@pytest.fixture
def year(db):
    """Förderjahr 2025 with two people, three Einsätze and one payout run (2 payouts)."""
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("3000.00"), aktenzeichen="II 25-7"))
    olga = add_lotse(db, "2", "Петренко", "Ольга", qualifiziert_am=date(2024, 1, 1))
    zoe = add_lotse(db, "7", '<Test> & "Co"', "Zoë", qualifiziert_am=date(2024, 1, 1))
    for lotse, day, minutes in (
        (olga, date(2025, 2, 3), 90),
        (olga, date(2025, 2, 20), 60),
        (zoe, date(2025, 3, 1), 120),
    ):
        record_einsatz(db, EinsatzData(lotse, day, minutes), today=date(2025, 12, 31))
    confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 5), Methode.UEBERWEISUNG)
    return 2025


@pytest.fixture
def told(monkeypatch):
    messages = []
    for name in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, name, lambda _p, title, text, *a, **k: messages.append(text) or QMessageBox.StandardButton.Ok
        )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return messages


@pytest.fixture
def page(qtbot, db, year, told):
    widget = BerichtePage(db, QUndoStack())
    widget._today = lambda: TODAY
    widget.reload()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def choose(box, data) -> None:
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_ctrl_6_opens_the_berichte_page(qtbot, db, year):
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts need the active window
    press(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.berichte_page


def test_a_stundennachweis_is_previewed_and_saved(qtbot, page, tmp_path, monkeypatch):
    choose(page.kind_box, "stundennachweis")
    assert not page.save_button.isEnabled()
    choose(page.hours_person, "2")
    choose(page.hours_span, "quartal")
    choose(page.hours_part, 1)
    page.hours_year.setValue(2025)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert page.preview.page_count == 1 and len(page.preview.page_labels) == 1
    assert "1. Quartal 2025" in page.status.text()
    target = tmp_path / "stunden.pdf"
    monkeypatch.setattr(module, "choose_save_path", lambda parent, name: target)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    text = pdf_text(target)
    assert "Ольга Петренко" in text or "Петренко, Ольга" in text
    assert "2,50" in text  # 1,50 + 1,00 hours in the quarter
    assert str(target) in page.status.text()


def test_the_receipts_of_a_run_are_issued_and_shown(qtbot, page, db):
    choose(page.kind_box, "quittungen")
    assert page.run_box.count() == 1 and "Nr. 1" in page.run_box.currentText()
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert page.preview.page_count == 2
    assert "2 Quittungen (2025-001 bis 2025-002)" in page.status.text()


def test_nothing_to_certify_is_said_and_no_preview_appears(qtbot, page, told):
    choose(page.kind_box, "jahresbescheinigung")
    page.certificate_year.setValue(2019)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert told and "2019" in told[-1]
    assert page.preview.page_count == 0 and not page.save_button.isEnabled()


def test_verwendungsnachweis_from_angaben_to_a_sent_version(qtbot, page, db, monkeypatch):
    choose(page.kind_box, "verwendungsnachweis")
    assert page.vn_year.currentData() == 2025 and page.vn_group.isVisible()
    assert page.versions.rowCount() == 0

    shown = []

    def fill(dialog: VnAngabenDialog) -> int:
        shown.append(dialog)
        dialog.text_edits["projektverlauf"].setFocus()
        type_text(dialog.text_edits["projektverlauf"], "Elf Begleitungen über Ostern & Pfingsten")
        dialog.amount_edits["eigenmittel"].setText("250")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(VnAngabenDialog, "exec", fill)
    qtbot.mouseClick(page.angaben_button, Qt.MouseButton.LeftButton)
    assert get_angaben(db, 2025).projektverlauf == "Elf Begleitungen über Ostern & Pfingsten"
    assert get_angaben(db, 2025).eigenmittel == Decimal("250.00")
    assert page.preview.page_count > 3 and "Entwurf" in page.status.text()

    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert page.versions.rowCount() == 1
    assert page.versions.item(0, 0).text() == "1"
    assert page.versions.item(0, 2).text() == "–"
    assert "Fassung 1" in page.status.text()

    page.versions.selectRow(0)
    assert page.sent_button.isEnabled()
    monkeypatch.setattr(module, "ask_sent_date", lambda parent, default: default)
    qtbot.mouseClick(page.sent_button, Qt.MouseButton.LeftButton)
    assert page.versions.item(0, 2).text() == "20.03.2026"
    page.versions.selectRow(0)
    assert not page.sent_button.isEnabled()
    assert verwendungsnachweise(db, 2025)[0].versandt_am == TODAY


def test_a_bad_amount_in_the_angaben_is_shown_under_its_field_and_nothing_is_saved(qtbot, db, year):
    dialog = VnAngabenDialog(db, 2025)
    qtbot.addWidget(dialog)
    dialog.amount_edits["drittmittel"].setText("zwölf")
    dialog.text_edits["ausblick"].setPlainText("Mehr Sprachen")
    dialog.accept()
    assert "kein Betrag" in dialog.error_text("drittmittel")
    assert get_angaben(db, 2025).ausblick == ""
