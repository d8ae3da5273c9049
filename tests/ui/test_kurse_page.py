"""The Qualifizierungen page through its real widgets: a course planned in the dialog, Termine, participants,
attendance ticked in the grid, a certificate that makes the person qualified, costs and the Abrechnung tab.
Modal dialogs are shown non-modally and filled by the test (as in test_foerderjahr_page)."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from lotsendesk.domain import qualifizierung as q
from lotsendesk.services import kurse
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.lotsen import get_lotse, list_lotse_refs
from lotsendesk.ui.externe_qualifikation_dialog import ExterneQualifikationDialog
from lotsendesk.ui.kosten_dialog import KostenDialog
from lotsendesk.ui.kurs_dialog import KursDialog, SachberichtDialog
from lotsendesk.ui.kurse_models import TITEL
from lotsendesk.ui.kurse_page import TAB_ABRECHNUNG, TAB_KOSTEN, TAB_TEILNEHMENDE, KursePage
from lotsendesk.ui.main_window import MainWindow
from lotsendesk.ui.teilnahme_dialogs import LotsePickerDialog, NeuePersonDialog, ZertifikatDialog
from lotsendesk.ui.termin_dialog import TerminDialog
from tests.conftest import add_lotse
from tests.qt_helpers import press, type_text

TODAY = date(2025, 12, 1)
DIALOGS = (
    KursDialog,
    SachberichtDialog,
    TerminDialog,
    KostenDialog,
    LotsePickerDialog,
    NeuePersonDialog,
    ZertifikatDialog,
    ExterneQualifikationDialog,
)


@pytest.fixture
def people(db):
    return [
        add_lotse(db, "1", "Yılmaz", "Şükrü"),
        add_lotse(db, "2", "Петренко", "Ольга"),
        add_lotse(db, "3", "Becker", "Jürgen"),
    ]


@pytest.fixture
def stack():
    return QUndoStack()


@pytest.fixture
def page(qtbot, db, people, stack):
    widget = KursePage(db, stack)
    widget._today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(1366 - 190, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.reload()
    return widget


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

    for cls in DIALOGS:
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


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def make_course(db, people=(), termine=((date(2025, 3, 1), 8), (date(2025, 3, 8), 8), (date(2025, 3, 15), 8)), **kw):
    kw.setdefault("geplante_teilnehmende", 3)
    kurs_id = kurse.add_course(db, kurse.KursData(art=q.KursArt.BASIS, titel="Basisqualifizierung Frühjahr", **kw))
    for day, ue in termine:
        kurse.add_termin(db, kurs_id, kurse.TerminData(day, ue, "09:00", "16:00"))
    for lotse_id in people:
        kurse.add_participant(db, kurs_id, lotse_id)
    return kurs_id


def plain(text: str) -> str:
    """Money is written with a non-breaking space before €."""
    return text.replace("\xa0", " ")


def course_titles(page) -> list[str]:
    return [page.model.index(r, TITEL).data() for r in range(page.model.rowCount())]


def grid_cell(page, teilnahme_row: int, column: int):
    return page.teilnahme_model.index(teilnahme_row, column)


def click_box(qtbot, page, index) -> None:
    """A mouse click in the middle of the cell: where the attendance box is drawn."""
    rect = page.grid.visualRect(index)
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- the window ----------------------------------------------------------------------------------------------
def test_ctrl_7_opens_the_qualifizierungen_page_and_the_other_shortcuts_stay(qtbot, db, people):
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts need the active window
    press(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.kurse_page
    assert window.sidebar.currentItem().text() == "Qualifizierungen"
    press(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.berichte_page
    press(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.lotsen_page
    assert window.sidebar.count() == 8  # … and Einstellungen (Strg+8)


def test_a_pruefhinweis_on_a_course_opens_it(qtbot, db, people):
    make_course(db)  # a first course, so the second is not the one selected anyway
    second = kurse.add_course(db, kurse.KursData(art=q.KursArt.VERTIEFUNG, titel="Vertiefung Gesundheit"))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.open_target("kurs", second)
    assert window.current_page() is window.kurse_page
    assert window.kurse_page.selected_id() == second
    assert window.kurse_page.detail.data.titel == "Vertiefung Gesundheit"


# --- courses -------------------------------------------------------------------------------------------------
def test_empty_state_teaches(page):
    assert page.stack.currentIndex() == 1
    text = page.empty_label.text()
    assert "Noch keine Qualifizierung erfasst" in text and "„Neuer Kurs…“" in text
    assert page.new_button.objectName() == "primary"
    assert page.empty_new_button.isVisible()


def test_a_course_is_planned_in_the_dialog_and_undone(qtbot, page, db, dialogs, stack):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    page.reload()

    def fill(dialog: KursDialog):
        assert dialog.satz_edit.text() == "12,50" and dialog.mindest_spin.value() == 80
        dialog.titel_edit.setText("Basisqualifizierung Herbst")
        dialog.ort_edit.setText("Gemeindehaus")
        dialog.referenten_edit.setText("Dr. Kaya")
        dialog.geplant_spin.setValue(12)
        dialog.jahr_combo.setCurrentIndex(dialog.jahr_combo.findData(2025))
        dialog.bewilligt_edit.setText("3.600,00")
        click(qtbot, dialog.save_button)

    dialogs["fill"] = fill
    click(qtbot, page.new_button)
    assert course_titles(page) == ["Basisqualifizierung Herbst"]
    assert page.stack.currentIndex() == 0
    stored = kurse.get_course(db, page.selected_id()).data
    assert (stored.geplante_teilnehmende, stored.foerderjahr, stored.bewilligt) == (12, 2025, Decimal("3600.00"))
    assert stored.satz_ue == Decimal("12.50") and stored.ort == "Gemeindehaus"

    stack.undo()
    page.reload()
    assert kurse.list_courses(db) == [] and page.stack.currentIndex() == 1
    stack.redo()
    page.reload()
    assert course_titles(page) == ["Basisqualifizierung Herbst"]


def test_bad_input_shows_the_message_under_the_field_and_stores_nothing(qtbot, page, db, dialogs):
    def fill(dialog: KursDialog):
        dialog.titel_edit.setText("   ")
        dialog.satz_edit.setText("zwölf")
        dialog.extern_radio.setChecked(True)
        click(qtbot, dialog.save_button)
        assert dialog.isVisible()
        assert dialog.error_text("titel") == "Bitte einen Titel für den Kurs angeben."
        assert dialog.error_text("satz_ue") == "Bitte einen Betrag wie 5.000,00 eingeben."
        # the service's message for the organiser lands under its field too, once the rest is right
        dialog.titel_edit.setText("Kurs")
        dialog.satz_edit.setText("12,50")
        click(qtbot, dialog.save_button)
        assert dialog.isVisible()
        assert dialog.error_text("veranstalter") == "Bitte den externen Veranstalter angeben."
        assert dialog.error_text("titel") == ""
        assert dialog.titel_edit.text() == "Kurs"  # typed input is never lost

    dialogs["fill"] = fill
    click(qtbot, page.new_button)
    assert kurse.list_courses(db) == []


def test_deleting_a_course_asks_and_undo_brings_everything_back(qtbot, page, db, people, answers, stack):
    kurs_id = make_course(db, people[:2])
    page.reload()
    first = page.detail.termine[0].id
    kurse.set_attendance(db, page.detail.teilnehmende[0].id, first, True)
    page.reload()
    click(qtbot, page.delete_button)
    title, text = answers["asked"][-1]
    assert title == "Kurs löschen" and "3 Termine" in text and "2 Personen" in text and "Anwesenheit" in text
    assert kurse.list_courses(db) == []
    stack.undo()
    restored = kurse.get_course(db, kurs_id)
    assert len(restored.termine) == 3 and len(restored.teilnehmende) == 2
    assert restored.attendance_recorded


# --- Termine -------------------------------------------------------------------------------------------------
def test_termine_are_added_with_a_suggestion_and_summed(qtbot, page, db, dialogs, stack):
    make_course(db, termine=((date(2025, 3, 1), 8),))
    page.reload()
    assert page.termine_sum.text() == "Summe: 8 UE an 1 Termin"

    def fill(dialog: TerminDialog):
        assert dialog.datum_edit.text() == "08.03.2025"  # a week after the last one, same times
        assert dialog.beginn_edit.text() == "09:00"
        dialog.ue_spin.setValue(6)
        dialog.thema_edit.setText("Behoerden und Jobcenter")
        click(qtbot, dialog.save_button)

    dialogs["fill"] = fill
    click(qtbot, page.add_termin_button)
    assert page.termine_model.rowCount() == 2
    assert page.termine_sum.text() == "Summe: 14 UE an 2 Terminen"
    assert page.teilnahme_model.columnCount() == 1 + 2 + 3
    stack.undo()
    page.reload()
    assert page.termine_sum.text() == "Summe: 8 UE an 1 Termin"


def test_a_termin_with_a_bad_time_is_refused_under_its_field(qtbot, page, db, dialogs):
    kurs_id = make_course(db, termine=())
    page.reload()

    def fill(dialog: TerminDialog):
        dialog.datum_edit.setText("01.03.2025")
        dialog.beginn_edit.setText("9 Uhr")
        click(qtbot, dialog.save_button)
        assert dialog.isVisible()
        assert dialog.error_text("beginn") == "„9 Uhr“ ist keine Uhrzeit (z. B. 18:00)."

    dialogs["fill"] = fill
    click(qtbot, page.add_termin_button)
    assert kurse.get_course(db, kurs_id).termine == ()


# --- participants and attendance -----------------------------------------------------------------------------
def test_participants_are_picked_and_new_people_are_created(qtbot, page, db, people, dialogs):
    kurs_id = make_course(db, people[:1])
    page.reload()
    page.tabs.setCurrentIndex(TAB_TEILNEHMENDE)

    def pick(dialog: LotsePickerDialog):
        assert dialog.list.count() == 2  # Yılmaz is on the list already
        dialog.search_edit.setText("jurgen")  # accents do not matter
        assert dialog.list.count() == 1
        dialog.choose([people[2]])
        click(qtbot, dialog.ok_button)

    dialogs["fill"] = pick
    click(qtbot, page.add_person_button)
    assert {p.lotse_id for p in kurse.get_course(db, kurs_id).teilnehmende} == {people[0], people[2]}

    def new_person(dialog: NeuePersonDialog):
        assert dialog.nr_edit.text() == "4"  # suggested
        type_text(dialog.nachname_edit, "Nguyễn")
        dialog.vorname_edit.setText("Huong")
        click(qtbot, dialog.save_button)

    dialogs["fill"] = new_person
    click(qtbot, page.new_person_button)
    detail = kurse.get_course(db, kurs_id)
    newcomer = next(p for p in detail.teilnehmende if p.nachname == "Nguyễn")
    assert get_lotse(db, newcomer.lotse_id).status.value == "in_qualifizierung"
    assert page.teilnahme_model.rowCount() == 3
    assert page.selected_person().id == newcomer.id


def test_ticking_attendance_in_the_grid_stores_it_and_updates_the_row(qtbot, page, db, people, stack):
    kurs_id = make_course(db, people[:1])
    page.reload()
    page.tabs.setCurrentIndex(TAB_TEILNEHMENDE)
    model = page.teilnahme_model
    termine = [t.id for t in page.detail.termine]
    assert model.index(0, model.besucht_column).data() == "0 von 24"

    click_box(qtbot, page, grid_cell(page, 0, 1))  # the mouse on the first Termin's box
    detail = kurse.get_course(db, kurs_id)
    assert detail.teilnehmende[0].anwesend == {termine[0]}
    assert model.index(0, model.besucht_column).data() == "8 von 24"
    assert model.index(0, model.prozent_column).data() == "33,3 % – unter 80 %"  # words, not only colour
    assert grid_cell(page, 0, 1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    # the keyboard: Space on the current cell, then the next
    page.grid.setFocus()
    page.grid.setCurrentIndex(grid_cell(page, 0, 2))
    press(page.grid, Qt.Key.Key_Space)
    page.grid.setCurrentIndex(grid_cell(page, 0, 3))
    press(page.grid, Qt.Key.Key_Space)
    assert kurse.get_course(db, kurs_id).teilnehmende[0].anwesend == set(termine)
    assert model.index(0, model.prozent_column).data() == "100,0 %"
    assert page.grid.currentIndex().column() == 3  # the cell the user is on stays current

    # as a model user would: setData with the check state
    assert model.setData(grid_cell(page, 0, 2), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert kurse.get_course(db, kurs_id).teilnehmende[0].ue_besucht == 16

    stack.undo()  # each tick is one step
    page.reload()
    assert kurse.get_course(db, kurs_id).teilnehmende[0].ue_besucht == 24


def test_a_certificate_sets_qualifiziert_am_and_is_refused_below_the_threshold(
    qtbot, page, db, people, dialogs, answers, stack
):
    kurs_id = make_course(db, people[:2])
    detail = kurse.get_course(db, kurs_id)
    olga, juergen = sorted(detail.teilnehmende, key=lambda p: p.lotse_id)
    for termin in detail.termine:
        kurse.set_attendance(db, olga.id, termin.id, True)
    kurse.set_attendance(db, juergen.id, detail.termine[0].id, True)
    page.reload()
    page.tabs.setCurrentIndex(TAB_TEILNEHMENDE)

    def too_few(dialog: ZertifikatDialog):
        click(qtbot, dialog.save_button)
        assert dialog.isVisible()
        assert "Kein Zertifikat: anwesend bei 33,3 % der UE, nötig sind 80 %." in dialog.general_error.text()

    page.select_person(juergen.id)
    dialogs["fill"] = too_few
    click(qtbot, page.certificate_button)

    def issue(dialog: ZertifikatDialog):
        assert dialog.datum_edit.text() == "15.03.2025"  # the last Termin
        dialog.datum_edit.setText("14.03.2025")
        click(qtbot, dialog.save_button)
        assert "frühestens am letzten besuchten Termin (15.03.2025)" in dialog.error_text("zertifikat_am")
        dialog.datum_edit.setText("15.03.2025")
        click(qtbot, dialog.save_button)

    page.select_person(olga.id)
    dialogs["fill"] = issue
    click(qtbot, page.certificate_button)
    assert get_lotse(db, olga.lotse_id).qualifiziert_am == date(2025, 3, 15)
    model = page.teilnahme_model
    assert model.index(model.row_of_id(olga.id), model.zertifikat_column).data() == "15.03.2025"
    # with the certificate, the boxes of that row are locked
    assert not model.flags(grid_cell(page, model.row_of_id(olga.id), 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert page.revoke_button.isEnabled() and not page.certificate_button.isEnabled()

    click(qtbot, page.revoke_button)
    assert answers["asked"][-1][0] == "Zertifikat zurücknehmen"
    assert get_lotse(db, olga.lotse_id).qualifiziert_am is None
    stack.undo()
    assert get_lotse(db, olga.lotse_id).qualifiziert_am == date(2025, 3, 15)


def test_all_certificates_at_once_only_for_those_with_enough_attendance(qtbot, page, db, people, dialogs, stack):
    kurs_id = make_course(db, people)
    detail = kurse.get_course(db, kurs_id)
    first, second, third = sorted(detail.teilnehmende, key=lambda p: p.lotse_id)
    for person in (first, second):
        for termin in detail.termine:
            kurse.set_attendance(db, person.id, termin.id, True)
    kurse.set_attendance(db, third.id, detail.termine[0].id, True)
    page.reload()
    page.tabs.setCurrentIndex(TAB_TEILNEHMENDE)
    assert page.all_certificates_button.isEnabled()

    def issue_all(dialog: ZertifikatDialog):
        assert f"alle 2 Teilnehmenden, die mindestens 80 % der UE besucht haben: {first.name}, {second.name}." in (
            dialog.intro.text()
        )
        dialog.datum_edit.setText("15.03.2025")
        click(qtbot, dialog.save_button)

    dialogs["fill"] = issue_all
    click(qtbot, page.all_certificates_button)
    assert get_lotse(db, first.lotse_id).qualifiziert_am == date(2025, 3, 15)
    assert get_lotse(db, second.lotse_id).qualifiziert_am == date(2025, 3, 15)
    assert get_lotse(db, third.lotse_id).qualifiziert_am is None  # 33 % – no certificate
    assert not page.all_certificates_button.isEnabled()  # nobody is due any more
    stack.undo()
    assert get_lotse(db, first.lotse_id).qualifiziert_am is None
    assert get_lotse(db, second.lotse_id).qualifiziert_am is None
    for termin in detail.termine[1:]:  # meanwhile the third reached 100 % as well
        kurse.set_attendance(db, third.id, termin.id, True)
    stack.redo()  # exactly the certificates the undo took back – not the third's
    assert get_lotse(db, first.lotse_id).qualifiziert_am == date(2025, 3, 15)
    assert get_lotse(db, second.lotse_id).qualifiziert_am == date(2025, 3, 15)
    assert get_lotse(db, third.lotse_id).qualifiziert_am is None


def test_after_a_certificate_the_dialog_keeps_art_and_threshold_with_a_message(qtbot, page, db, people, dialogs):
    kurs_id = make_course(db, people[:1])
    (person,) = kurse.get_course(db, kurs_id).teilnehmende
    for termin in kurse.get_course(db, kurs_id).termine[:2]:
        kurse.set_attendance(db, person.id, termin.id, True)
    kurse.update_course(db, kurs_id, replace(kurse.get_course(db, kurs_id).data, mindestanwesenheit=60))
    kurse.issue_certificate(db, person.id, date(2025, 3, 8))
    page.reload()

    def fill(dialog: KursDialog):
        dialog.art_combo.setCurrentIndex(dialog.art_combo.findData(q.KursArt.VERTIEFUNG))
        dialog.mindest_spin.setValue(80)
        click(qtbot, dialog.save_button)
        assert dialog.isVisible()
        assert "seine Art bleibt deshalb" in dialog.error_text("art")
        assert "66,7 % Anwesenheit" in dialog.error_text("mindestanwesenheit")

    dialogs["fill"] = fill
    click(qtbot, page.edit_button)
    stored = kurse.get_course(db, kurs_id).data
    assert (stored.art, stored.mindestanwesenheit) == (q.KursArt.BASIS, 60)
    assert get_lotse(db, people[0]).qualifiziert_am == date(2025, 3, 8)


def test_removing_a_participant_asks_and_can_be_undone(qtbot, page, db, people, answers, stack):
    kurs_id = make_course(db, people[:2])
    page.reload()
    page.tabs.setCurrentIndex(TAB_TEILNEHMENDE)
    page.grid.selectRow(0)
    name = page.selected_person().name
    click(qtbot, page.remove_person_button)
    assert name in answers["asked"][-1][1]
    assert len(kurse.get_course(db, kurs_id).teilnehmende) == 1
    stack.undo()
    assert len(kurse.get_course(db, kurs_id).teilnehmende) == 2


# --- costs and the Abrechnung --------------------------------------------------------------------------------
def test_costs_default_their_fundability_from_the_category(qtbot, page, db, dialogs, stack):
    kurs_id = make_course(db)
    page.reload()
    page.tabs.setCurrentIndex(TAB_KOSTEN)

    def fill(dialog: KostenDialog):
        dialog.datum_edit.setText("01.03.2025")
        dialog.kategorie_combo.setCurrentIndex(dialog.kategorie_combo.findData(q.Kategorie.VERPFLEGUNG))
        assert not dialog.foerderfaehig_check.isChecked()
        dialog.kategorie_combo.setCurrentIndex(dialog.kategorie_combo.findData(q.Kategorie.HONORAR))
        assert dialog.foerderfaehig_check.isChecked()
        dialog.empfaenger_edit.setText("Dr. Kaya")
        dialog.betrag_edit.setText("1.234,5")
        click(qtbot, dialog.save_button)

    dialogs["fill"] = fill
    click(qtbot, page.add_cost_button)
    (cost,) = kurse.get_course(db, kurs_id).kosten
    assert (cost.beleg_nr, cost.data.betrag, cost.data.foerderfaehig) == ("K2025-001", Decimal("1234.50"), True)
    assert "Kosten gesamt: 1.234,50 €" in plain(page.kosten_sum.text())
    stack.undo()
    assert kurse.get_course(db, kurs_id).kosten == ()
    stack.redo()
    assert [c.beleg_nr for c in kurse.get_course(db, kurs_id).kosten] == ["K2025-001"]


def test_the_abrechnung_tab_writes_out_the_maximum_grant(qtbot, page, db, people):
    kurs_id = make_course(db, people, geplante_teilnehmende=4, erhalten=Decimal("900.00"))
    kurse.add_cost(db, kurs_id, kurse.KostenData(date(2025, 3, 1), q.Kategorie.HONORAR, Decimal("800.00"), "Kaya"))
    kurse.add_cost(
        db,
        kurs_id,
        kurse.KostenData(date(2025, 3, 1), q.Kategorie.VERPFLEGUNG, Decimal("60.00"), "Bäckerei", "", False),
    )
    page.reload()
    page.tabs.setCurrentIndex(TAB_ABRECHNUNG)
    values = page.values
    assert plain(values["hoechstbetrag_geplant"].text()) == "4 Teilnehmende × 24 UE × 12,50 € = 1.200,00 €"
    assert plain(values["hoechstbetrag"].text()).startswith("3 Teilnehmende × 24 UE × 12,50 € = 900,00 €")
    assert plain(values["foerderfaehig"].text()) == "800,00 €"
    assert plain(values["nicht_foerderfaehig"].text()) == "60,00 € (trägt der Träger)"
    assert plain(values["ergebnis"].text()) == "Überschuss 100,00 € – zurückzuzahlen"
    assert plain(values["frist"].text()).startswith("bis 15.06.2025 (seit ")  # three months after 15.03.2025
    warnings = [plain(page.warnings_list.item(i).text()) for i in range(page.warnings_list.count())]
    assert any(text.startswith("Warnung: Es haben 3 statt der geplanten 4 Personen") for text in warnings)


def test_the_document_buttons_open_the_berichte_page_for_the_course(qtbot, db, people):
    kurs_id = make_course(db, people)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.open_target("kurs", kurs_id)
    page = window.kurse_page
    page.tabs.setCurrentIndex(TAB_ABRECHNUNG)
    opened = []
    page.open_document.connect(lambda kind, ident: opened.append((kind, ident)))
    click(qtbot, page.list_button)
    assert opened == [("teilnehmendenliste", kurs_id)]
    assert window.current_page() is window.berichte_page


def test_the_sachbericht_is_edited_and_undone(qtbot, page, db, dialogs, stack):
    kurs_id = make_course(db)
    page.reload()

    def fill(dialog: SachberichtDialog):
        dialog.text_edit.setPlainText("Drei Kurstage, gute Beteiligung.")
        click(qtbot, dialog.save_button)

    dialogs["fill"] = fill
    click(qtbot, page.sachbericht_button)
    assert kurse.get_course(db, kurs_id).data.sachbericht == "Drei Kurstage, gute Beteiligung."
    assert "Drei Kurstage" in page.sachbericht_label.text()
    stack.undo()
    assert kurse.get_course(db, kurs_id).data.sachbericht == ""


# --- qualified elsewhere -------------------------------------------------------------------------------------
def test_an_external_qualification_is_entered_listed_and_removed(qtbot, page, db, people, dialogs, answers, stack):
    def fill(dialog: ExterneQualifikationDialog):
        assert dialog.empty_label.isVisible()
        dialog.choose_lotse(people[2])
        dialog.veranstalter_edit.setText("Caritas Darmstadt")
        dialog.datum_edit.setText("12.05.2024")
        click(qtbot, dialog.add_button)
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "Caritas Darmstadt"
        # a date in the future is refused under its field
        dialog.choose_lotse(people[1])
        dialog.veranstalter_edit.setText("VHS")
        dialog.datum_edit.setText("01.01.2099")
        click(qtbot, dialog.add_button)
        assert dialog.error_text("datum") == "Das Datum liegt in der Zukunft."
        assert dialog.table.rowCount() == 1

    dialogs["fill"] = fill
    click(qtbot, page.extern_button)
    assert get_lotse(db, people[2]).qualifiziert_am == date(2024, 5, 12)
    stack.undo()
    assert get_lotse(db, people[2]).qualifiziert_am is None
    assert kurse.list_external_qualifications(db) == []
    stack.redo()

    def remove(dialog: ExterneQualifikationDialog):
        dialog.table.selectRow(0)
        click(qtbot, dialog.remove_button)
        assert dialog.table.rowCount() == 0 or not dialog.table.isVisible()

    dialogs["fill"] = remove
    click(qtbot, page.extern_button)
    assert "Caritas Darmstadt" in answers["asked"][-1][1]
    assert kurse.list_external_qualifications(db) == []


def test_a_new_participant_undo_removes_the_person_too(qtbot, page, db, dialogs, stack):
    kurs_id = make_course(db)
    page.reload()

    def new_person(dialog: NeuePersonDialog):
        dialog.nachname_edit.setText("Haddad")
        click(qtbot, dialog.save_button)

    dialogs["fill"] = new_person
    click(qtbot, page.new_person_button)
    assert len(list_lotse_refs(db)) == 4
    stack.undo()
    assert len(list_lotse_refs(db)) == 3 and kurse.get_course(db, kurs_id).teilnehmende == ()
    stack.redo()
    assert len(list_lotse_refs(db)) == 4 and len(kurse.get_course(db, kurs_id).teilnehmende) == 1


def test_new_person_needs_a_surname(qtbot, page, db, dialogs):
    make_course(db)
    page.reload()

    def fill(dialog: NeuePersonDialog):
        click(qtbot, dialog.save_button)
        assert dialog.isVisible() and dialog.error_text("nachname") == "Bitte den Nachnamen angeben."

    dialogs["fill"] = fill
    click(qtbot, page.new_person_button)
    assert len(list_lotse_refs(db)) == 3


def test_attendance_shows_a_dash_before_the_course_starts(qtbot, db, people, stack):
    from datetime import timedelta

    today = date.today()
    kurs_id = kurse.add_course(db, kurse.KursData(art=q.KursArt.VERTIEFUNG, titel="Seminar"))
    kurse.add_termin(db, kurs_id, kurse.TerminData(today + timedelta(days=14), 4))
    kurse.add_participant(db, kurs_id, people[0])
    widget = KursePage(db, stack)
    qtbot.addWidget(widget)
    widget.reload()
    model = widget.teilnahme_model
    assert model.index(0, model.prozent_column).data() == "–"
