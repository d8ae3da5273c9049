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
