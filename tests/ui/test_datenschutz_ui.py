"""Data protection in the GUI: the Bemerkung warning, Auskunft, Anonymisieren, Zur Löschung fällig."""

from datetime import date

from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.lotsen import list_lotse_refs
from lotsendesk.ui.einsatz_dialog import EinsatzDialog
from lotsendesk.ui.einsatz_form import EinsatzForm
from tests.conftest import add_lotse
from tests.qt_helpers import type_text

PHONE = "Die Bemerkung enthält wohl eine Telefonnummer. Bitte keine Daten begleiteter Personen eintragen."


def test_the_entry_row_warns_under_the_bemerkung_as_you_type(qtbot):
    form = EinsatzForm()
    qtbot.addWidget(form)
    form.show()
    type_text(form.bemerkung_edit, "Begleitung Ausländerbehörde 14:30")
    assert not form.bemerkung_warning.isVisible()
    type_text(form.bemerkung_edit, ", Rückruf 0171 2345678")
    assert form.bemerkung_warning.isVisible()
    assert form.bemerkung_warning.text() == PHONE
    assert not form.error_labels["bemerkung"].isVisible()  # a warning, not an error
    form.bemerkung_edit.clear()
    assert not form.bemerkung_warning.isVisible()


def test_a_warned_bemerkung_is_still_saved(qtbot, db):
    lotse_id = add_lotse(db, "7", "Yılmaz", "Şükrü")
    form = EinsatzForm()
    qtbot.addWidget(form)
    form.set_lotsen(list_lotse_refs(db))
    type_text(form.lotse_edit, "7")
    form.datum_edit.setText("03.03.2025")
    form.dauer_edit.setText("2")
    type_text(form.bemerkung_edit, "Mail a@example.org")
    saved = form.save_with(lambda data: record_einsatz(db, data))
    assert saved is not None and saved[0].lotse_id == lotse_id
    assert saved[0].bemerkung == "Mail a@example.org"


def test_the_einsatz_dialog_warns_about_a_stored_bemerkung(qtbot, db):
    lotse_id = add_lotse(db, "7", "Yılmaz", "Şükrü")
    data = EinsatzData(lotse_id, date(2025, 3, 3), 120, None, "Frau Kaya 0171 2345678")
    einsatz_id = record_einsatz(db, data)
    dialog = EinsatzDialog(db, einsatz_id, data, list_lotse_refs(db), [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.bemerkung_warning.isVisible()
    assert "Namen mit Telefonnummer" in dialog.form.bemerkung_warning.text()
    dialog.form.bemerkung_edit.setText("Begleitung Jobcenter")
    assert not dialog.form.bemerkung_warning.isVisible()


# --- the Lots*innen page: Auskunft, Anonymisieren, Zur Löschung fällig -----------------------------------------
import json  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402

from lotsendesk.domain.people import Status  # noqa: E402
from lotsendesk.services.lotsen import get_lotse  # noqa: E402
from lotsendesk.ui.lotsen_page import SHOW_ALL, LotsenPage  # noqa: E402


@pytest.fixture
def page(qtbot, db):
    widget = LotsenPage(db, QUndoStack())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _select(page, lotse_id):
    page.status_filter.setCurrentIndex(page.status_filter.findData(SHOW_ALL))
    page.reload()
    assert page.select_id(lotse_id)


def test_auskunft_writes_the_file_chosen_in_the_save_dialog(page, db, tmp_path, monkeypatch):
    lotse_id = add_lotse(db, "7", "Yılmaz", "Şükrü", email="s@example.org")
    target = tmp_path / "auskunft.json"
    monkeypatch.setattr("lotsendesk.ui.datenschutz_dialogs.ask_auskunft_path", lambda parent, name: target)
    _select(page, lotse_id)
    assert page.auskunft_button.isEnabled()
    page.auskunft_button.click()
    assert json.loads(target.read_text(encoding="utf-8"))["lotse"]["vorname"] == "Şükrü"


def test_anonymise_is_enabled_only_when_allowed_and_asks_first(page, db, monkeypatch):
    active = add_lotse(db, "3", "Becker", "Jürgen")
    gone = add_lotse(
        db, "7", "Yılmaz", "Şükrü", austritt=date(2024, 6, 30), status=Status.AUSGESCHIEDEN, telefon="0171 2345678"
    )
    _select(page, active)
    assert not page.anonymise_button.isEnabled()
    assert "nicht ausgeschieden" in page.anonymise_button.toolTip()
    _select(page, gone)
    assert page.anonymise_button.isEnabled()
    asked = []
    monkeypatch.setattr("lotsendesk.ui.lotsen_page.confirm", lambda parent, title, q: asked.append(q) or False)
    page.anonymise_button.click()
    assert get_lotse(db, gone).nachname == "Yılmaz"  # cancelled
    monkeypatch.setattr("lotsendesk.ui.lotsen_page.confirm", lambda parent, title, q: asked.append(q) or True)
    page.anonymise_button.click()
    assert "anonymisieren?" in asked[0] and "nicht rückgängig" in asked[0]
    data = get_lotse(db, gone)
    assert (data.nachname, data.vorname, data.telefon) == ("Lots*in 7", "", "")


def test_the_due_list_shows_departed_people_past_retention(page, db, monkeypatch):
    add_lotse(db, "3", "Becker", "Jürgen")
    add_lotse(db, "7", "Yılmaz", "Şükrü", austritt=date(2024, 6, 30), status=Status.AUSGESCHIEDEN)
    shown = []
    monkeypatch.setattr(
        "lotsendesk.ui.datenschutz_dialogs.FaelligDialog.exec",
        lambda dialog: shown.append([dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]),
    )
    page.faellig_button.click()
    assert shown == [["Yılmaz, Şükrü"]]
