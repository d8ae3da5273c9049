"""The Träger dialog: address, signatories and the project account the documents and the SEPA file use."""

from lotsendesk.services.traeger import TraegerData, get_traeger, set_traeger
from lotsendesk.ui.foerderjahr_dialog import TraegerDialog
from tests.qt_helpers import type_text


def test_address_signatories_and_account_are_saved(qtbot, db):
    set_traeger(db, TraegerData(name="Freundeskreis Asyl e.V."))
    dialog = TraegerDialog(db)
    qtbot.addWidget(dialog)
    dialog.anschrift_edit.setPlainText("Hauptstraße 1\n35390 Gießen")
    dialog.ort_edit.setFocus()
    type_text(dialog.ort_edit, "Gießen")
    dialog.vertreter_edits["vertreter1_name"].setText("Dr. Gülsen Arslan")
    dialog.vertreter_edits["vertreter1_funktion"].setText("Vorsitzende")
    dialog.iban_edit.setText("de89 3704 0044 0532 0130 00")
    dialog.bic_edit.setText("cobadeffxxx")
    dialog.accept()
    stored = get_traeger(db)
    assert (stored.anschrift, stored.ort) == ("Hauptstraße 1\n35390 Gießen", "Gießen")
    assert stored.vertreter() == [("Dr. Gülsen Arslan", "Vorsitzende")]
    assert (stored.iban, stored.bic, stored.konto_inhaber) == ("DE89370400440532013000", "COBADEFFXXX", "")
    assert dialog.after == stored


def test_a_bad_iban_is_shown_under_its_field_and_nothing_is_saved(qtbot, db):
    set_traeger(db, TraegerData(name="Freundeskreis Asyl e.V."))
    dialog = TraegerDialog(db)
    qtbot.addWidget(dialog)
    dialog.iban_edit.setText("DE00 1234 5678")
    dialog.ort_edit.setText("Gießen")
    dialog.accept()
    assert "ungültig" in dialog.error_text("iban")
    assert get_traeger(db) == TraegerData(name="Freundeskreis Asyl e.V.")
    assert dialog.after is None
