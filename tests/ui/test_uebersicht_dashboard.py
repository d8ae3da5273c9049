"""The Übersicht as a dashboard: person bars equal the rules' figures, the budget bar equals the YearSummary,
a click on a person opens them, deadlines show days left and urgency in words, quick actions reach their pages."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from lotsendesk.domain.lotse_record import RolleAb
from lotsendesk.domain.people import Rolle, Status
from lotsendesk.services.auszahlungen import Methode, confirm_run
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.foerderjahre import FoerderjahrData, add_rate, add_year, year_summary
from lotsendesk.ui.main_window import MainWindow
from lotsendesk.ui.uebersicht_page import UebersichtPage
from tests.conftest import add_lotse
from tests.qt_helpers import press

TODAY = date(2025, 11, 20)
QUALIFIED = date(2024, 1, 1)


@pytest.fixture
def page(qtbot, db):
    page = UebersichtPage(db, QUndoStack())
    page._today = lambda: TODAY
    qtbot.addWidget(page)
    page.resize(1366 - 190, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def work(db, lotse_id: int, total_hours: int, start: date = date(2025, 1, 6)) -> None:
    day = start
    while total_hours > 0:
        record_einsatz(db, EinsatzData(lotse_id, day, min(8, total_hours) * 60), today=TODAY)
        total_hours -= 8
        day += timedelta(days=1)


@pytest.fixture
def team(db) -> dict[str, int]:
    """A year with every kind of person the bars must get right."""
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("6000.00")))
    iban = "DE89370400440532013000"
    ids = {
        "becker": add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=QUALIFIED, iban=iban),  # 256 h: 92 %
        "kaya": add_lotse(  # coordinating from 01.07.: pro-rated cap
            db,
            "2",
            "Kaya",
            "Elif",
            qualifiziert_am=QUALIFIED,
            rollen=(RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, date(2025, 7, 1))),
        ),
        "yilmaz": add_lotse(db, "3", "Yılmaz", "Şükrü", qualifiziert_am=QUALIFIED),  # 290 h: over 276
        "tesfaye": add_lotse(db, "4", "Tesfaye", "Dawit"),  # not qualified: nothing claimable
        "haddad": add_lotse(db, "5", "Haddad", "Amina", qualifiziert_am=QUALIFIED),  # active, no hours yet
        "schneider": add_lotse(  # left before the year: not shown
            db, "6", "Schneider", "Maria", austritt=date(2024, 6, 30), status=Status.AUSGESCHIEDEN
        ),
    }
    work(db, ids["becker"], 256)
    work(db, ids["kaya"], 200)
    work(db, ids["yilmaz"], 290)
    work(db, ids["tesfaye"], 10)
    add_rate(db, 2025, date(2025, 1, 15), Decimal("1500.00"))
    confirm_run(db, 2025, date(2025, 1, 10), date(2025, 1, 12), Methode.UEBERWEISUNG)
    return ids


def test_the_person_bars_show_the_rules_figures_fullest_first(db, page, team):
    page.reload()
    summary = year_summary(db, 2025)
    shown = {row.lotse_id: row for row in page.person_bars.rows()}
    for figures in summary.people:  # every figure is the rules' own
        row = shown[figures.lotse_id]
        assert (row.recorded, row.qualified, row.claimable, row.cap) == (
            figures.result.recorded,
            figures.result.qualified,
            figures.result.claimable,
            figures.result.cap,
        )
    assert team["haddad"] in shown and shown[team["haddad"]].cap == 276 * 60  # active without hours
    assert team["schneider"] not in shown
    kaya_cap = shown[team["kaya"]].cap
    assert 276 * 60 < kaya_cap < 414 * 60  # pro-rated after the role change (the rules' value, checked above)

    order = [row.lotse_id for row in page.person_bars.rows()]
    assert order == [team["yilmaz"], team["becker"], team["kaya"], team["haddad"], team["tesfaye"]]  # ties: by name
    bars = page.person_bars
    words = {lotse_id: bars.state_text(row) for lotse_id, row in shown.items()}
    assert words[team["yilmaz"]] == "über der Grenze"
    assert words[team["becker"]] == "92 % erreicht"
    assert words[team["kaya"]] == "im Rahmen"
    assert words[team["tesfaye"]] == "nicht qualifiziert"
    assert bars.bar_text(shown[team["becker"]]) == "256,00 von 276,00 Std."
    assert bars.bar_text(shown[team["yilmaz"]]) == "276,00 von 276,00 Std."
    tooltip = bars.tooltip_text(shown[team["yilmaz"]])
    assert "erfasst: 290,00 Std." in tooltip and "über der Grenze: 14,00 Std." in tooltip
    assert "Jürgen Becker: 256,00 von 276,00 Std. abrechenbar" in bars.accessibleDescription()
    assert page.people_box.title() == "Stunden je Lots*in 2025"
    image = bars.viewport().grab().toImage()  # it paints (rows, hatching, header)
    assert image.width() > 200 and image.height() > 100


def test_the_budget_bar_equals_the_year_summary(db, page, team):
    page.reload()
    summary = year_summary(db, 2025)
    assert page.budget_bar.values() == (
        summary.year.bewilligt_einsatz,
        summary.betrag,
        summary.ausgezahlt,
        summary.erhalten,
    )
    assert summary.ausgezahlt > 0 and summary.erhalten == Decimal("1500.00")


def test_a_click_on_a_person_opens_them(qtbot, page, team):
    page.reload()
    bars = page.person_bars
    index = [row.lotse_id for row in bars.rows()].index(team["becker"])
    with qtbot.waitSignal(page.open_target) as signal:
        qtbot.mouseClick(bars.viewport(), Qt.MouseButton.LeftButton, pos=bars.row_rect(index).center())
    assert signal.args == ["lotse", team["becker"]]
    assert bars.row_at(QPoint(5, 2)) == -1  # the column header is no person

    bars.setFocus()
    press(bars, Qt.Key.Key_Home)
    press(bars, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.open_target) as signal:
        press(bars, Qt.Key.Key_Return)
    assert signal.args == ["lotse", bars.rows()[1].lotse_id]


def test_many_people_scroll_and_a_narrow_column_puts_the_bar_below_the_name(qtbot, db, page):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("50000.00")))
    for number in range(60):
        add_lotse(db, str(number + 1), f"Name{number:02d}", "Vorname", qualifiziert_am=QUALIFIED)
    page.reload()
    bars = page.person_bars
    assert len(bars.rows()) == 60
    assert bars.verticalScrollBar().maximum() > 0
    bars.set_current(59)  # the last one is scrolled into view
    assert bars.viewport().rect().contains(bars.row_rect(59).center())
    wide = bars.row_rect(0).height()
    page.splitter.setSizes([260, 900])
    qtbot.waitUntil(lambda: bars.row_rect(0).height() > wide)
    assert bars.row_at(bars.row_rect(59).center()) == 59


def test_no_people_yet_says_what_to_do(db, page):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    page.reload()
    assert page.person_bars.rows() == []
    assert page.person_bars.empty_text.startswith("Noch keine Lots*innen mit Stunden in 2025.")
    assert page.people_box.isVisible()


def badges(page) -> list[QLabel]:
    labels = page.fristen_box.findChildren(QLabel)
    return [label for label in labels if "Tag" in label.text() or "heute" in label.text()]


def test_deadlines_show_days_left_and_overdue_in_words(db, page):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00"), bescheid_datum=date(2025, 9, 1)))
    page.reload()  # Erklärung due 01.10.2025: 50 days overdue; Antrag 2026 due 31.12.2025: 41 days
    texts = [label.text() for label in badges(page)]
    assert texts[0] == "\u26a0 seit 50 Tagen überfällig"
    assert "noch 41 Tage" in texts
    overdue = badges(page)[0]
    assert "font-weight: bold" in overdue.styleSheet() and "#f6c9b5" in overdue.styleSheet().lower()


def test_quick_actions_reach_their_pages(qtbot, db, monkeypatch, team):
    add_year(db, FoerderjahrData(jahr=2024, bewilligt_einsatz=Decimal("1000.00")))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    page = window.uebersicht_page
    page._today = lambda: TODAY
    page.reload()

    page.einsaetze_button.click()
    assert window.current_page() is window.einsaetze_page
    assert window.einsaetze_page.form.lotse_edit.hasFocus() or not window.isActiveWindow()

    opened: list[str] = []
    monkeypatch.setattr(window.auszahlungen_page, "open_wizard", lambda: opened.append("wizard"))
    window.show_page("uebersicht")
    page.auszahlung_button.click()
    assert window.current_page() is window.auszahlungen_page and opened == ["wizard"]

    window.show_page("uebersicht")
    page.year_combo.setCurrentIndex(page.year_combo.findData(2024))  # not the Berichte page's default year
    page.year_combo.activated.emit(page.year_combo.currentIndex())
    page.vn_button.click()
    berichte = window.berichte_page
    assert window.current_page() is berichte
    assert berichte.kind_box.currentData() == "verwendungsnachweis"
    assert berichte.vn_year.currentData() == 2024


def test_without_a_foerderjahr_the_button_opens_the_new_year_dialog(qtbot, db, monkeypatch):
    add_lotse(db, "1", "Becker", "Jürgen")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    page = window.uebersicht_page
    assert page.no_year_panel.isVisible() and page.new_year_button.isVisible()
    assert not page.auszahlung_button.isEnabled() and not page.vn_button.isEnabled()
    asked: list[bool] = []
    monkeypatch.setattr(window.foerderjahr_page, "add_year", lambda: asked.append(True))
    page.new_year_button.click()
    assert window.current_page() is window.foerderjahr_page and asked == [True]


@pytest.mark.parametrize(("today", "shown"), [(date(2026, 1, 25), True), (date(2026, 3, 2), False)])
def test_the_demo_shows_the_erklaerung_only_until_it_is_returned(tmp_path, today, shown):
    """The demo enters the Bescheid on 20 January and returns the Erklärung on the 29th."""
    from lotsendesk.services.database import open_database
    from lotsendesk.services.demo import create_demo_database
    from lotsendesk.services.pruefhinweise import uebersicht

    path = tmp_path / "demo.sqlite"
    create_demo_database(path, today=today)
    demo = open_database(path)
    try:
        arten = [(f.art, f.jahr) for f in uebersicht(demo, None, today).fristen]
    finally:
        demo.close()
    assert (("erklaerung", 2026) in arten) is shown
    assert ("verwendungsnachweis", 2025) in arten  # last year's, due 31.03.2026, not sent yet in the demo
