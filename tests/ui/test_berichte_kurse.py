"""The course documents on the Berichte page: Teilnehmendenliste (Vorlage / mit Anwesenheit),
Teilnahmebescheinigungen and the course's Verwendungsnachweis from Entwurf to a Fassung marked as sent – and the
way there from the Qualifizierungen page."""

from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from lotsendesk.domain import qualifizierung as q
from lotsendesk.services import kurse
from lotsendesk.services.kurs_dokumente import kurs_verwendungsnachweise
from lotsendesk.ui import berichte_page as module
from lotsendesk.ui.berichte_page import BerichtePage
from lotsendesk.ui.kurse_page import TAB_ABRECHNUNG
from lotsendesk.ui.main_window import MainWindow
from tests.conftest import add_lotse

TODAY = date(2025, 5, 20)


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
def course(db):
    """A finished Basisqualifizierung: 3 Termine of 8 UE, Şükrü at all, Ольга at one; one cost."""
    kurs_id = kurse.add_course(
        db, kurse.KursData(art=q.KursArt.BASIS, titel="Basisqualifizierung Frühjahr", geplante_teilnehmende=2)
    )
    termine = [
        kurse.add_termin(db, kurs_id, kurse.TerminData(day, 8, "09:00", "16:00"))
        for day in (date(2025, 3, 1), date(2025, 3, 8), date(2025, 3, 15))
    ]
    sukru = kurse.add_participant(db, kurs_id, add_lotse(db, "1", "Yılmaz", "Şükrü"))
    olga = kurse.add_participant(db, kurs_id, add_lotse(db, "2", "Петренко", "Ольга"))
    for termin in termine:
        kurse.set_attendance(db, sukru, termin, True)
    kurse.set_attendance(db, olga, termine[0], True)
    kurse.issue_certificate(db, sukru, date(2025, 3, 15))
    kurse.add_cost(db, kurs_id, kurse.KostenData(date(2025, 3, 1), q.Kategorie.HONORAR, Decimal("480.00"), "Kaya"))
    return kurs_id


@pytest.fixture
def page(qtbot, db, course, told):
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


def test_the_teilnehmendenliste_with_attendance_is_previewed_and_saved(qtbot, page, course, tmp_path, monkeypatch):
    choose(page.kind_box, "teilnehmendenliste")
    assert page.list_course.currentData() == course
    assert page.list_course.currentText() == "Basisqualifizierung Frühjahr (01.03.2025 – 15.03.2025)"
    assert page.list_anwesenheit.isChecked()  # attendance is ticked: the list with it is the default
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert page.preview.page_count >= 1
    assert "Teilnehmendenliste „Basisqualifizierung Frühjahr“ mit Anwesenheit" in page.status.text()
    target = tmp_path / "liste.pdf"
    monkeypatch.setattr(module, "choose_save_path", lambda parent, name: target)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    text = pdf_text(target)
    assert "Yılmaz" in text and "Петренко" in text

    page.list_vorlage.setChecked(True)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert "(Vorlage)" in page.status.text()


def test_bescheinigungen_only_for_those_with_enough_attendance(qtbot, page, told):
    choose(page.kind_box, "teilnahmebescheinigungen")
    names = [page.certificates_who.itemText(i) for i in range(page.certificates_who.count())]
    assert names == ["alle mit ausreichender Anwesenheit", "Yılmaz, Şükrü"]  # Ольга was at one Termin of three
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert page.preview.page_count == 1
    assert "1 Teilnahmebescheinigung zu „Basisqualifizierung Frühjahr“" in page.status.text()


def test_the_course_verwendungsnachweis_from_draft_to_a_sent_fassung(qtbot, page, db, course, monkeypatch):
    choose(page.kind_box, "kurs_verwendungsnachweis")
    assert page.vn_group.isVisible() and page.versions.rowCount() == 0
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert "Entwurf des Verwendungsnachweises zu „Basisqualifizierung Frühjahr“" in page.status.text()

    qtbot.mouseClick(page.kvn_issue_button, Qt.MouseButton.LeftButton)
    assert page.versions.rowCount() == 1 and page.versions.item(0, 2).text() == "–"
    page.versions.selectRow(0)
    monkeypatch.setattr(module, "ask_sent_date", lambda parent, default: default)
    qtbot.mouseClick(page.sent_button, Qt.MouseButton.LeftButton)
    assert page.versions.item(0, 2).text() == "20.05.2025"
    assert kurs_verwendungsnachweise(db, course)[0].versandt_am == TODAY
    assert kurse.sent_courses(db) == {course: TODAY}

    # the year's Verwendungsnachweis shows its own versions again
    choose(page.kind_box, "verwendungsnachweis")
    assert page.versions.rowCount() == 0


def test_the_abrechnung_buttons_preselect_the_document_and_the_course(qtbot, db, course, told):
    other = kurse.add_course(db, kurse.KursData(art=q.KursArt.VERTIEFUNG, titel="Vertiefung"))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    for button, kind in (
        ("certificates_button", "teilnahmebescheinigungen"),
        ("vn_button", "kurs_verwendungsnachweis"),
        ("list_button", "teilnehmendenliste"),
    ):
        window.open_target("kurs", course)
        page = window.kurse_page
        page.tabs.setCurrentIndex(TAB_ABRECHNUNG)
        qtbot.mouseClick(getattr(page, button), Qt.MouseButton.LeftButton)
        berichte = window.berichte_page
        assert window.current_page() is berichte
        assert berichte.kind_box.currentData() == kind
        box = {
            "teilnehmendenliste": berichte.list_course,
            "teilnahmebescheinigungen": berichte.certificates_course,
            "kurs_verwendungsnachweis": berichte.kvn_course,
        }[kind]
        assert box.currentData() == course != other
