"""The Übersicht page: budget bar, deadlines, Prüfhinweise with their severity word, opening what they refer to."""

import html
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from lotsendesk.domain import qualifizierung as q
from lotsendesk.domain.lotse_record import LotseData
from lotsendesk.services import kurse
from lotsendesk.services.auszahlungen import Methode, confirm_run
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.foerderjahre import FoerderjahrData, add_rate, add_year
from lotsendesk.ui.uebersicht_page import UebersichtPage
from tests.conftest import add_lotse
from tests.qt_helpers import press

TODAY = date(2025, 11, 20)


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


def fristen_labels(page) -> list[str]:
    """The texts of the deadline box as the eye reads them (a deadline's name is a link)."""
    texts = [html.unescape(re.sub("<[^>]+>", "", w.text())) for w in page.fristen_box.findChildren(QLabel)]
    return [t for t in texts if t]


def frist_link(page, name: str) -> QLabel:
    (label,) = [w for w in page.fristen_box.findChildren(QLabel) if "<a href" in w.text() and name in w.text()]
    return label


def rows(page) -> list[tuple[str, str]]:
    return [(page.table.item(r, 0).text(), page.table.item(r, 1).text()) for r in range(page.table.rowCount())]


def test_a_person_near_the_cap_shows_as_warnung_and_opens_on_double_click(qtbot, db, page):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("20000.00")))
    becker = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1))
    work(db, becker, 256)
    page.reload()
    (row,) = [i for i, (_word, text) in enumerate(rows(page)) if "höchstens 276,00 Stunden" in text]
    word, text = rows(page)[row]
    assert word == "Warnung"
    assert text.startswith("Jürgen Becker hat 256,00 von höchstens 276,00 Stunden erreicht (92 %)")
    assert page.stack.currentWidget() is page.table
    assert "Warnung" in page.count_label.text()

    rect = page.table.visualRect(page.table.model().index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_target) as signal:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["lotse", becker]

    page.table.setCurrentCell(row, 1)
    with qtbot.waitSignal(page.open_target) as signal:
        press(page.table, Qt.Key.Key_Return)
    assert signal.args == ["lotse", becker]


def test_severity_words_errors_first(db, page):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("1000.00"), bescheid_datum=date(2025, 10, 1)))
    a = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1))
    work(db, a, 210)  # 1.050 € of 1.000 € approved: Fehler
    page.reload()
    words = [word for word, _text in rows(page)]
    assert words[0] == "Fehler"
    assert set(words) <= {"Fehler", "Warnung", "Hinweis"}
    assert words == sorted(words, key=["Fehler", "Warnung", "Hinweis"].index)
    assert any(text.startswith("Budget 2025 überschritten") for _w, text in rows(page))
    assert any("Erklärung zum Zuwendungsbescheid 2025" in text for _w, text in rows(page))  # due 01.11.2025


def test_the_bar_shows_the_amounts(db, page):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    a = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1), iban="DE89370400440532013000")
    work(db, a, 100)  # 500,00 €
    add_rate(db, 2025, date(2025, 1, 15), Decimal("1250.00"))
    confirm_run(db, 2025, date(2025, 1, 10), date(2025, 1, 12), Methode.UEBERWEISUNG)  # 5 days: 200,00 €
    page.reload()
    assert page.budget_bar.values() == (Decimal("5000.00"), Decimal("500.00"), Decimal("200.00"), Decimal("1250.00"))
    description = page.budget_bar.accessibleDescription()
    for amount in ("5.000,00\xa0€", "500,00\xa0€", "200,00\xa0€", "1.250,00\xa0€"):
        assert amount in description
    assert page.budget_box.title() == "Budget 2025 (Einsatz)"
    assert "100,00 Stunden erfasst, davon 100,00 abrechenbar" in page.budget_caption.text()
    assert page.top_panel.isVisible() and not page.no_year_label.isVisible()
    image = page.budget_bar.grab().toImage()  # it paints something
    assert image.width() > 300 and image.height() > 60


def test_deadlines_with_days_left(db, page):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00"), bescheid_datum=date(2025, 11, 1)))
    page.reload()
    labels = fristen_labels(page)
    assert labels[:3] == ["Erklärung zum Zuwendungsbescheid 2025", "01.12.2025", "noch 11 Tage"]
    assert "Antrag für 2026" in labels


def test_empty_state_without_foerderjahr_teaches_and_still_lists_person_items(db, page):
    tesfaye = add_lotse(db, "1", "Tesfaye", "Dawit")
    record_einsatz(db, EinsatzData(tesfaye, date(2025, 3, 3), 120), today=TODAY)
    page.reload()
    assert page.no_year_label.isVisible() and not page.top_panel.isVisible()
    assert page.no_year_label.text().startswith("Noch kein Förderjahr angelegt – legen Sie es mit den Angaben aus dem")
    assert page.new_year_button.isVisible() and not page.people_box.isVisible()
    assert not page.year_combo.isVisible()
    assert rows(page)[0][0] == "Warnung" and rows(page)[0][1].startswith("Dawit Tesfaye hat 2,00 Stunden erfasst")
    assert rows(page)[-1] == ("Hinweis", "Für 2025 ist noch kein Förderjahr angelegt.")


def test_nothing_to_do(db, page):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    page._today = lambda: date(2025, 6, 1)
    page.reload()
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text().startswith("Keine Prüfhinweise für 2025")
    assert page.count_label.text() == ""


def test_choosing_another_year(qtbot, db, page):
    add_year(db, FoerderjahrData(jahr=2024, bewilligt_einsatz=Decimal("1000.00")))
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    page.reload()
    assert page.year_combo.currentText() == "2025"
    assert [page.year_combo.itemText(i) for i in range(page.year_combo.count())] == ["2025", "2024"]
    page.year_combo.setCurrentIndex(1)
    page.year_combo.activated.emit(1)
    assert page.result.jahr == 2024
    assert page.budget_box.title() == "Budget 2024 (Einsatz)"
    assert page.budget_bar.values()[0] == Decimal("1000.00")
    page.reload()  # the choice is kept
    assert page.year_combo.currentText() == "2024"


# --- Qualifizierungen (issue 7) --------------------------------------------------------------------------------
def test_a_course_deadline_and_its_warnings_show_and_open_the_course(qtbot, db, page):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    kurs_id = kurse.add_course(
        db, kurse.KursData(art=q.KursArt.BASIS, titel="Basisqualifizierung Herbst 2025", geplante_teilnehmende=2)
    )
    for day in (date(2025, 9, 6), date(2025, 9, 13), date(2025, 9, 20)):
        kurse.add_termin(db, kurs_id, kurse.TerminData(day, 8))
    _, teilnahme = kurse.add_new_participant(db, kurs_id, LotseData(nr="1", nachname="Kaya", vorname="Elif"))
    kurse.set_attendance(db, teilnahme, kurse.get_course(db, kurs_id).termine[0].id, True)
    page.reload()  # TODAY = 20.11.2025: due 20.12.2025, in 30 days

    labels = fristen_labels(page)
    i = labels.index("Verwendungsnachweis Qualifizierung „Basisqualifizierung Herbst 2025“")
    assert labels[i + 1 : i + 3] == ["20.12.2025", "noch 30 Tage"]
    link = frist_link(page, "Verwendungsnachweis Qualifizierung")
    with qtbot.waitSignal(page.open_target) as signal:
        link.linkActivated.emit(link.text().split('"')[1])  # what a click on the link sends
    assert signal.args == ["kurs", kurs_id]

    course_rows = [r for r, h in enumerate(page._hinweise) if h.ziel == ("kurs", kurs_id)]
    shown = [rows(page)[r] for r in course_rows]
    assert ("Warnung", "„Basisqualifizierung Herbst 2025“: Kaya, Elif war bei 33,3 % der UE anwesend (nötig: "
            "80 %) – kein Zertifikat.") in shown  # fmt: skip
    assert any(word == "Hinweis" and text.startswith("Verwendungsnachweis Qualifizierung") for word, text in shown)
    page.table.setCurrentCell(course_rows[0], 1)
    with qtbot.waitSignal(page.open_target) as signal:
        press(page.table, Qt.Key.Key_Return)
    assert signal.args == ["kurs", kurs_id]


def test_the_year_deadlines_open_their_foerderjahr(qtbot, db, page):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00"), bescheid_datum=date(2025, 11, 1)))
    page.reload()
    link = frist_link(page, "Antrag für 2026")
    with qtbot.waitSignal(page.open_target) as signal:
        link.linkActivated.emit(link.text().split('"')[1])
    assert signal.args == ["foerderjahr", 2025]  # the application is prepared from this year's figures
