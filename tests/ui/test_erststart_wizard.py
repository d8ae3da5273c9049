"""The first-start assistant, driven through its real buttons: set up Träger and first Förderjahr, cancel (nothing
stored), the demo, and when it is (not) offered."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QWizard

from lotsendesk.paths import demo_db_path
from lotsendesk.services.database import open_database
from lotsendesk.services.errors import InputErrors
from lotsendesk.services.erststart import einrichten, is_new_database
from lotsendesk.services.foerderjahre import FoerderjahrData, get_year, list_years
from lotsendesk.services.traeger import TraegerData, get_traeger, koordinierung_eligible, set_traeger
from lotsendesk.ui.erststart_wizard import (
    DEMO,
    EINGERICHTET,
    PAGE_FERTIG,
    PAGE_JAHR,
    PAGE_TRAEGER,
    PAGE_WILLKOMMEN,
    ErststartWizard,
    offer_first_start,
)
from lotsendesk.ui.main_window import MainWindow
from tests.conftest import add_lotse

NEXT, FINISH, CANCEL = (
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


@pytest.fixture
def wizard(qtbot, db):
    wiz = ErststartWizard(db, today=date(2025, 1, 20))
    qtbot.addWidget(wiz)
    with qtbot.waitExposed(wiz):
        wiz.show()
    yield wiz
    wiz.close()


def click(wizard: ErststartWizard, which: QWizard.WizardButton) -> None:
    wizard.button(which).click()


def fill_traeger(wizard: ErststartWizard) -> None:
    page = wizard.traeger_page
    page.name_edit.setText("Interkultureller Treffpunkt Gießen e. V.")
    page.rechtsform_combo.setCurrentIndex(page.rechtsform_combo.findData("verein"))
    page.anschrift_edit.setPlainText("Marktstraße 3\n35390 Gießen")
    page.ort_edit.setText("Gießen")
    page.vertreter_name_edit.setText("Dr. Gülsen Arslan")
    page.vertreter_funktion_edit.setText("Vorsitzende")


def fill_jahr(wizard: ErststartWizard) -> None:
    page = wizard.jahr_page
    page.jahr_spin.setValue(2025)
    page.aktenzeichen_edit.setText("II 12 – 51 d 12.03")
    page.einsatz_edit.setText("12.000,00")
    page.bescheid_edit.setText("14.02.2025")


def test_setting_up_stores_the_traeger_and_the_first_year(wizard, db):
    assert wizard.currentId() == PAGE_WILLKOMMEN
    assert wizard.jahr_page.jahr_spin.value() == 2025  # the current year first
    wizard.willkommen_page.own_button.click()
    assert wizard.currentId() == PAGE_TRAEGER
    fill_traeger(wizard)
    click(wizard, NEXT)
    assert wizard.currentId() == PAGE_JAHR
    fill_jahr(wizard)
    click(wizard, NEXT)
    assert wizard.currentId() == PAGE_FERTIG
    summary = wizard.fertig_page.summary.text()
    assert "Interkultureller Treffpunkt Gießen e. V." in summary and "12.000,00 €" in summary
    assert is_new_database(db)  # nothing stored before „Fertig“
    click(wizard, FINISH)
    assert wizard.choice == EINGERICHTET and not wizard.isVisible()
    traeger = get_traeger(db)
    assert (traeger.name, traeger.rechtsform, traeger.ort) == (
        "Interkultureller Treffpunkt Gießen e. V.",
        "verein",
        "Gießen",
    )
    assert traeger.anschrift == "Marktstraße 3\n35390 Gießen"
    assert traeger.vertreter() == [("Dr. Gülsen Arslan", "Vorsitzende")]
    year = get_year(db, 2025)
    assert year is not None
    assert (year.bewilligt_einsatz, year.aktenzeichen, year.bescheid_datum) == (
        Decimal("12000.00"),
        "II 12 – 51 d 12.03",
        date(2025, 2, 14),
    )
    assert year.nebenbestimmungen == "ANBest-P"
    assert not is_new_database(db)


def test_missing_and_wrong_input_is_said_under_the_field(wizard, db):
    click(wizard, NEXT)
    click(wizard, NEXT)  # no name
    assert wizard.currentId() == PAGE_TRAEGER
    assert wizard.traeger_page.error_text("name") == "Bitte den Namen des Trägers angeben."
    fill_traeger(wizard)
    click(wizard, NEXT)
    wizard.jahr_page.einsatz_edit.setText("zwölftausend")
    wizard.jahr_page.bescheid_edit.setText("31.02.2025")
    click(wizard, NEXT)
    assert wizard.currentId() == PAGE_JAHR
    assert "Betrag" in wizard.jahr_page.error_text("bewilligt_einsatz")
    assert wizard.jahr_page.error_text("bescheid_datum")
    assert wizard.jahr_page.einsatz_edit.text() == "zwölftausend"  # typed input is kept
    assert is_new_database(db)


def test_a_kommune_gives_its_size_and_gets_anbest_gk(wizard, db):
    click(wizard, NEXT)
    fill_traeger(wizard)
    page = wizard.traeger_page
    assert not page.einwohner_spin.isEnabled()  # only for a Kommune
    page.rechtsform_combo.setCurrentIndex(page.rechtsform_combo.findData("kommune"))
    assert page.einwohner_spin.isEnabled()
    click(wizard, NEXT)
    assert wizard.currentPage() is page  # without its Einwohnerzahl it stays on the page
    assert page.error_text("einwohner") == "Bitte die Einwohnerzahl der Kommune angeben."
    page.einwohner_spin.setValue(62_000)
    click(wizard, NEXT)
    fill_jahr(wizard)
    click(wizard, NEXT)
    click(wizard, FINISH)
    assert get_year(db, 2025).nebenbestimmungen == "ANBest-GK"
    traeger = get_traeger(db)
    assert (traeger.gemeinnuetzig, traeger.einwohner) == (False, 62_000)
    assert not koordinierung_eligible(traeger)  # 62.000 Einwohner*innen: no Koordinierungspauschale


@pytest.mark.parametrize("at_page", [PAGE_WILLKOMMEN, PAGE_TRAEGER, PAGE_JAHR, PAGE_FERTIG])
def test_cancelling_at_any_step_stores_nothing(wizard, db, at_page):
    click(wizard, NEXT)
    fill_traeger(wizard)
    click(wizard, NEXT)
    fill_jahr(wizard)
    click(wizard, NEXT)
    while wizard.currentId() != at_page:
        wizard.back()
    click(wizard, CANCEL)
    assert wizard.choice is None
    assert is_new_database(db)
    assert get_traeger(db) == TraegerData() and list_years(db) == []


def test_the_demo_choice_ends_the_assistant_at_once(wizard, db):
    wizard.willkommen_page.demo_button.click()
    assert wizard.choice == DEMO and not wizard.isVisible()
    assert is_new_database(db)


def test_back_from_the_traeger_page_and_the_demo_after_all(wizard, db):
    click(wizard, NEXT)
    fill_traeger(wizard)
    wizard.back()
    wizard.willkommen_page.demo_button.click()
    assert wizard.choice == DEMO
    assert is_new_database(db)


def test_setup_is_all_or_nothing(db):
    with pytest.raises(InputErrors):  # a bad IBAN: not even the year is stored
        einrichten(db, TraegerData(name="V", iban="DE00 1234"), FoerderjahrData(2025, Decimal("100.00")))
    with pytest.raises(InputErrors):  # a bad year: not even the Träger is stored
        einrichten(db, TraegerData(name="V"), FoerderjahrData(1999, Decimal("100.00")))
    assert is_new_database(db) and get_traeger(db) == TraegerData()


# when it is offered, and what the window does afterwards ------------------------------------------------------
@pytest.fixture
def answered(monkeypatch):
    """The assistant's exec() records that it was shown and gives ``state["answer"]``'s result."""
    state: dict = {"shown": 0, "answer": None}

    def fake_exec(wiz: ErststartWizard) -> int:
        state["shown"] += 1
        answer = state["answer"]
        if answer is not None:
            answer(wiz)
        return int(wiz.result())

    monkeypatch.setattr(ErststartWizard, "exec", fake_exec)
    return state


def test_not_offered_when_the_database_has_data_or_is_a_demo(qtbot, db, answered, tmp_path):
    set_traeger(db, TraegerData(name="Verein"))
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert offer_first_start(window) is window and answered["shown"] == 0

    other = open_database(tmp_path / "leute.sqlite")
    try:
        add_lotse(other, "1", "Becker")
        window2 = MainWindow(other)
        qtbot.addWidget(window2)
        assert offer_first_start(window2) is window2 and answered["shown"] == 0
    finally:
        other.close()

    empty = open_database(tmp_path / "leer.sqlite")
    try:
        demo_window = MainWindow(empty, demo=True)
        qtbot.addWidget(demo_window)
        assert offer_first_start(demo_window) is demo_window and answered["shown"] == 0
    finally:
        empty.close()


def test_setting_up_from_the_window_shows_the_lotsen_page(qtbot, db, answered):
    def answer(wiz: ErststartWizard) -> None:
        wiz.restart()
        wiz.next()
        fill_traeger(wiz)
        wiz.next()
        fill_jahr(wiz)
        wiz.next()
        wiz.accept()

    answered["answer"] = answer
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert offer_first_start(window) is window
    assert answered["shown"] == 1
    assert window.current_page() is window.lotsen_page
    assert get_traeger(db).name == "Interkultureller Treffpunkt Gießen e. V."
    # offered again? no: the database is not new any more
    assert offer_first_start(window) is window and answered["shown"] == 1


def test_the_demo_opens_in_a_new_window_and_the_empty_database_stays_empty(qtbot, tmp_path, answered, monkeypatch):
    def answer(wiz: ErststartWizard) -> None:
        wiz.willkommen_page.demo_button.click()

    answered["answer"] = answer
    backups: list[object] = []
    path = tmp_path / "neu.sqlite"
    db = open_database(path)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr("lotsendesk.ui.backup_dialogs.backup_on_close", lambda db: backups.append(db))
    demo_window = offer_first_start(window)
    try:
        assert demo_window is not window and demo_window.demo
        assert demo_window.db.path == demo_db_path()
        assert get_traeger(demo_window.db).name  # the demo's Verein
        assert "Demo" in demo_window.windowTitle()
        assert not window.isVisible() and backups == []  # no Sicherung of the empty file
        again = open_database(path)  # closed (lock released) and still empty: offered again next time
        try:
            assert is_new_database(again)
        finally:
            again.close()
    finally:
        demo_window.close()
        demo_window.db.close()
