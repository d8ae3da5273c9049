"""The Lots*in form: typed like a user would, checked in the form and in the database."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lotsendesk.domain.lotse_record import RolleAb
from lotsendesk.domain.people import Rolle, Status
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.lotsen import get_lotse, list_lotsen
from lotsendesk.ui.lotse_dialog import LotseDialog
from tests.conftest import add_lotse
from tests.qt_helpers import type_text


@pytest.fixture
def open_dialog(qtbot, db):
    def make(lotse_id=None):
        dialog = LotseDialog(db, lotse_id)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    return make


def leave(qtbot, edit):
    """Leaving a field with Tab (editingFinished), as a user would."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_new_person_with_cyrillic_name_is_stored(qtbot, db, open_dialog):
    dialog = open_dialog()
    assert dialog.windowTitle() == "Neue*r Lots*in"
    assert dialog.nr_edit.text() == "1"  # the next number is suggested
    type_text(dialog.nachname_edit, "Петренко")
    type_text(dialog.vorname_edit, "Ольга")
    qtbot.keyClicks(dialog.eintritt_edit, "1.2.25")
    qtbot.keyClicks(dialog.sprachen_edit, "Ukrainisch, Russisch")
    qtbot.keyClick(dialog.nachname_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = get_lotse(db, dialog.saved_id)
    assert (stored.nr, stored.nachname, stored.vorname) == ("1", "Петренко", "Ольга")
    assert stored.eintritt == date(2025, 2, 1)
    assert stored.sprachen == "Ukrainisch, Russisch"
    assert stored.rollen == (RolleAb(Rolle.LOTSIN, None),)
    assert stored.status is Status.AKTIV
    assert dialog.before is None and dialog.after == stored


def test_next_nr_is_suggested_after_the_highest(db, open_dialog):
    add_lotse(db, "2", "Adler")
    add_lotse(db, "10", "Berg")
    assert open_dialog().nr_edit.text() == "11"


def test_next_nr_keeps_leading_zeros(db, open_dialog):
    add_lotse(db, "07", "Adler")
    add_lotse(db, "09", "Berg")
    assert open_dialog().nr_edit.text() == "10"
    add_lotse(db, "L-1", "Chen")
    assert open_dialog().nr_edit.text() == ""  # no guessing for numbers with letters


def test_invalid_iban_shows_german_message_under_the_field_and_saves_nothing(qtbot, db, open_dialog):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.nachname_edit, "Weber")
    qtbot.keyClicks(dialog.iban_edit, "DE89 3704 0044 0532 0130 01")  # wrong check digits
    # Checked as soon as a German IBAN is complete, before the field is left
    assert "ungültig" in dialog.error_text("iban")
    qtbot.keyClick(dialog.iban_edit, Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "Die IBAN „DE89 3704 0044 0532 0130 01“ ist ungültig" in dialog.error_text("iban")
    assert dialog.error_labels["iban"].isVisible()
    assert list_lotsen(db) == []
    # nothing typed is lost
    assert dialog.nachname_edit.text() == "Weber"
    assert dialog.iban_edit.text() == "DE89 3704 0044 0532 0130 01"

    # fixing the last digit removes the message at once, and Enter saves
    qtbot.keyClick(dialog.iban_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.iban_edit, "0")
    assert dialog.error_text("iban") == ""
    qtbot.keyClick(dialog.iban_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_lotse(db, dialog.saved_id).iban == "DE89370400440532013000"


def test_valid_iban_is_shown_in_groups_of_four(qtbot, open_dialog):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.iban_edit, "de89370400440532013000")
    leave(qtbot, dialog.iban_edit)
    assert dialog.iban_edit.text() == "DE89 3704 0044 0532 0130 00"
    assert dialog.error_text("iban") == ""


def test_duplicate_nr_is_refused_with_the_name_of_the_other_person(qtbot, db, open_dialog):
    add_lotse(db, "7", "Yılmaz", "Şükrü")
    dialog = open_dialog()
    dialog.nr_edit.clear()
    qtbot.keyClicks(dialog.nr_edit, "7")
    leave(qtbot, dialog.nr_edit)
    assert dialog.error_text("nr") == "Die Nr. 7 hat bereits Yılmaz, Şükrü."  # told on leaving the field
    qtbot.keyClicks(dialog.nachname_edit, "Neumann")
    qtbot.keyClick(dialog.nachname_edit, Qt.Key.Key_Return)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text("nr") == "Die Nr. 7 hat bereits Yılmaz, Şükrü."
    assert [r.nachname for r in list_lotsen(db)] == ["Yılmaz"]
    assert dialog.nr_edit.hasFocus()


def test_required_fields_and_bad_dates_are_explained_under_each_field(qtbot, db, open_dialog):
    dialog = open_dialog()
    dialog.nr_edit.clear()
    qtbot.keyClicks(dialog.eintritt_edit, "32.1.25")
    qtbot.keyClicks(dialog.email_edit, "olga-at-example.org")
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text("nr") == "Bitte eine Nr. angeben."
    assert dialog.error_text("nachname") == "Bitte den Nachnamen angeben."
    assert dialog.error_text("eintritt") == "Das Datum „32.1.25“ gibt es nicht."
    assert dialog.error_text("email") == "„olga-at-example.org“ ist keine E-Mail-Adresse."
    assert dialog.nr_edit.hasFocus()
    assert list_lotsen(db) == []
    # typing a name makes its message go away
    qtbot.keyClicks(dialog.nachname_edit, "Kaya")
    assert dialog.error_text("nachname") == ""


def test_dates_are_accepted_short_and_shown_in_full(qtbot, open_dialog):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.qualifiziert_edit, "7.3.25")
    leave(qtbot, dialog.qualifiziert_edit)
    assert dialog.qualifiziert_edit.text() == "07.03.2025"


def test_austritt_before_eintritt_is_named_when_leaving_the_field(qtbot, open_dialog):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.eintritt_edit, "01.03.2025")
    leave(qtbot, dialog.eintritt_edit)
    qtbot.keyClicks(dialog.austritt_edit, "28.2.2025")
    leave(qtbot, dialog.austritt_edit)
    assert dialog.error_text("austritt") == "Der Austritt liegt vor dem Eintritt am 01.03.2025."


def test_role_change_with_date_is_stored(qtbot, db, open_dialog):
    lotse_id = add_lotse(db, "3", "Nguyễn", "Thị Lan", eintritt=date(2024, 1, 1))
    dialog = open_dialog(lotse_id)
    assert dialog.windowTitle() == "Lots*in bearbeiten – Nguyễn, Thị Lan"
    assert dialog.rollen_editor.line_count() == 1
    qtbot.mouseClick(dialog.rollen_editor.add_button, Qt.MouseButton.LeftButton)
    combo, date_edit = dialog.rollen_editor.line(1)
    assert combo.currentData() == Rolle.KOORDINIEREND  # the other role is proposed
    assert date_edit.hasFocus()
    qtbot.keyClicks(date_edit, "1.4.25")
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_lotse(db, lotse_id).rollen == (
        RolleAb(Rolle.LOTSIN, None),
        RolleAb(Rolle.KOORDINIEREND, date(2025, 4, 1)),
    )
    row = list_lotsen(db, today=date(2025, 6, 1))[0]
    assert (row.rolle, row.rolle_seit) == (Rolle.KOORDINIEREND, date(2025, 4, 1))
    assert dialog.before.rollen == (RolleAb(Rolle.LOTSIN, None),)
    assert dialog.changed()


def test_role_change_without_date_asks_for_one(qtbot, db, open_dialog):
    lotse_id = add_lotse(db, "3", "Kaya", "Deniz")
    dialog = open_dialog(lotse_id)
    qtbot.mouseClick(dialog.rollen_editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.nachname_edit, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text("rollen") == "Jeder Rollenwechsel braucht ein Datum „ab“."
    assert get_lotse(db, lotse_id).rollen == (RolleAb(Rolle.LOTSIN, None),)


def test_removing_a_role_line(qtbot, db, open_dialog):
    lotse_id = add_lotse(
        db, "3", "Kaya", rollen=(RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, date(2025, 1, 1)))
    )
    dialog = open_dialog(lotse_id)
    assert dialog.rollen_editor.line_count() == 2
    assert dialog.rollen_editor.line(1)[1].text() == "01.01.2025"
    remove = dialog.rollen_editor._lines[1][3]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert dialog.rollen_editor.line_count() == 1
    assert not dialog.rollen_editor._lines[0][3].isEnabled()  # the last line cannot be removed
    qtbot.keyClick(dialog.nachname_edit, Qt.Key.Key_Return)
    assert get_lotse(db, lotse_id).rollen == (RolleAb(Rolle.LOTSIN, None),)


def test_service_errors_land_under_the_field(qtbot, db, open_dialog):
    """Only the database knows the Einsätze: moving the Eintritt after them is refused by the service."""
    lotse_id = add_lotse(db, "5", "Schulz", eintritt=date(2025, 1, 1))
    record_einsatz(db, EinsatzData(lotse_id, date(2025, 2, 3), 90), today=date(2025, 3, 1))
    dialog = open_dialog(lotse_id)
    dialog.eintritt_edit.selectAll()
    qtbot.keyClicks(dialog.eintritt_edit, "1.3.2025")
    qtbot.keyClick(dialog.eintritt_edit, Qt.Key.Key_Return)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text("eintritt") == (
        "Es gibt schon Einsätze ab dem 03.02.2025; der Eintritt kann nicht später liegen."
    )
    assert dialog.eintritt_edit.text() == "01.03.2025"
    assert get_lotse(db, lotse_id).eintritt == date(2025, 1, 1)


def test_escape_cancels_without_saving(qtbot, db, open_dialog):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.nachname_edit, "Fischer")
    qtbot.keyClick(dialog.nachname_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert list_lotsen(db) == []


def test_edit_shows_all_stored_fields_and_keeps_them(qtbot, db, open_dialog):
    lotse_id = add_lotse(
        db,
        "12",
        "Öztürk",
        "Ayşe",
        qualifiziert_am=date(2024, 5, 4),
        email="ayse@example.org",
        telefon="0611 123456",
        anschrift="Lindenstraße 3\n65185 Wiesbaden",
        iban="DE89370400440532013000",
        sprachen="Türkisch",
        notizen="Nur vormittags",
        status=Status.PAUSIERT,
    )
    dialog = open_dialog(lotse_id)
    assert dialog.qualifiziert_edit.text() == "04.05.2024"
    assert dialog.iban_edit.text() == "DE89 3704 0044 0532 0130 00"
    assert dialog.anschrift_edit.toPlainText() == "Lindenstraße 3\n65185 Wiesbaden"
    assert dialog.status_combo.currentText() == "pausiert"
    qtbot.keyClick(dialog.vorname_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.changed()
    assert get_lotse(db, lotse_id) == dialog.before


def test_inputs_have_accessible_names(open_dialog):
    dialog = open_dialog()
    assert dialog.nr_edit.accessibleName() == "Nr."
    assert dialog.iban_edit.accessibleName() == "IBAN"
    assert dialog.rollen_editor.line(0)[1].accessibleName() == "Rolle ab Datum"
