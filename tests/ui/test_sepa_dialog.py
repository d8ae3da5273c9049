"""The SEPA file from the Auszahlungen page: the dialog names who is left out and writes a valid file."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from lotsendesk.ui import sepa_dialog as module
from lotsendesk.ui.auszahlungen_page import AuszahlungenPage
from lotsendesk.ui.sepa_dialog import SepaDialog
from tests.test_sepa import TODAY, run, transfers  # noqa: F401  (run is a fixture)


@pytest.fixture
def told(monkeypatch):
    messages = []
    for name in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, name, lambda _p, _t, text, *a, **k: messages.append(text) or QMessageBox.StandardButton.Ok
        )
    return messages


def test_the_button_opens_the_dialog_and_the_file_is_saved(qtbot, db, run, tmp_path, monkeypatch, told):  # noqa: F811
    page = AuszahlungenPage(db, QUndoStack())
    page._today = lambda: TODAY
    qtbot.addWidget(page)
    page.reload()
    assert not page.sepa_button.isEnabled()
    page.table.selectRow(0)
    assert page.sepa_button.isEnabled()
    target = tmp_path / "lauf.xml"
    monkeypatch.setattr(module, "choose_xml_path", lambda parent, name: target)
    seen = []

    def run_dialog(dialog: SepaDialog) -> int:
        seen.append([dialog.left_out_list.item(i).text() for i in range(dialog.left_out_list.count())])
        assert dialog.execution_date() == date(2025, 4, 5)  # the run's day of payment
        dialog.date_edit.setDate(QDate(2025, 4, 9))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SepaDialog, "exec", run_dialog)
    qtbot.mouseClick(page.sepa_button, Qt.MouseButton.LeftButton)
    assert seen == [
        [
            "2025-002 Amina Haddad (5,00\u00a0€): keine IBAN eingetragen",
            "2025-003 Zoë Weiß (10,00\u00a0€): IBAN ungültig",
        ]
    ]
    assert [t["id"] for t in transfers(target)] == ["2025-001", "2025-004"]
    assert "2025-04-09" in target.read_text(encoding="utf-8")
    assert told and str(target) in told[-1]


def test_without_the_traeger_account_the_dialog_says_so_and_writes_nothing(qtbot, db, run, tmp_path, monkeypatch, told):  # noqa: F811
    from lotsendesk.services.traeger import TraegerData, set_traeger

    set_traeger(db, TraegerData(name="Verein"))
    dialog = SepaDialog(db, run, TODAY)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(module, "choose_xml_path", lambda parent, name: tmp_path / "x.xml")
    dialog.accept()
    assert told and "Konto des Trägers" in told[-1]
    assert not (tmp_path / "x.xml").exists() and dialog.written is None


def test_the_payouts_shown_are_exported(qtbot, db, run, tmp_path, monkeypatch, told):  # noqa: F811
    from openpyxl import load_workbook

    from lotsendesk.ui import export_dialog

    page = AuszahlungenPage(db, QUndoStack())
    qtbot.addWidget(page)
    page.reload()
    target = tmp_path / "auszahlungen.xlsx"
    monkeypatch.setattr(export_dialog, "choose_export_path", lambda parent, name: target)
    monkeypatch.setattr(export_dialog, "ask_to_open", lambda *a, **k: False)
    page.search_edit.setText("Haddad")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(target).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert [row[0] for row in values if row[0] and str(row[0]).startswith("2025-")] == ["2025-002"]
