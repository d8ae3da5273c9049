"""The last filters of the Einsätze and Lots*innen pages survive a restart (not the search text: it may hold names)."""

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QUndoStack

from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.ui.einsaetze_page import EinsaetzePage
from lotsendesk.ui.lotsen_page import SHOW_FORMER, LotsenPage
from tests.conftest import add_lotse


@pytest.fixture
def real_program(qapp):
    """Settings are kept only where an organisation name is set, as in the real program (tests: isolated)."""
    before = QCoreApplication.organizationName()
    QCoreApplication.setOrganizationName("LotsenDesk-Test")
    yield
    QCoreApplication.setOrganizationName(before)


def open_page(qtbot, cls, db):
    page = cls(db, QUndoStack())
    qtbot.addWidget(page)
    page.reload()
    return page


def test_einsaetze_filter_is_restored_after_a_restart(qtbot, db, real_program):
    becker = add_lotse(db, "1", "Becker", "Jürgen")
    add_lotse(db, "2", "Yılmaz", "Şükrü")
    for year in (2024, 2025):
        record_einsatz(db, EinsatzData(lotse_id=becker, datum=date(year, 3, 4), minuten=60))
    page = open_page(qtbot, EinsaetzePage, db)
    page.lotse_filter.setCurrentIndex(page.lotse_filter.findData(becker))
    page.year_filter.setCurrentIndex(page.year_filter.findData(2024))
    page.month_filter.setCurrentIndex(page.month_filter.findData(3))
    page.search_edit.setText("Becker")
    page.close()

    again = open_page(qtbot, EinsaetzePage, db)
    assert again.lotse_filter.currentData() == becker
    assert again.year_filter.currentData() == 2024
    assert again.month_filter.currentData() == 3
    assert again.search_edit.text() == ""  # never stored
    assert not any("Becker" in str(QSettings().value(k)) for k in QSettings().allKeys())
    assert again.model.rowCount() == 1


def test_einsaetze_alle_is_remembered_too(qtbot, db, real_program):
    add_lotse(db, "1", "Becker")
    page = open_page(qtbot, EinsaetzePage, db)
    page.year_filter.setCurrentIndex(0)  # Alle Jahre
    again = open_page(qtbot, EinsaetzePage, db)
    assert again.year_filter.currentData() is None
    assert again.lotse_filter.currentData() is None


def test_einsaetze_first_start_shows_the_current_year(qtbot, db, real_program):
    add_lotse(db, "1", "Becker")
    record_einsatz(db, EinsatzData(lotse_id=1, datum=date.today(), minuten=30))
    page = open_page(qtbot, EinsaetzePage, db)
    assert page.year_filter.currentData() == date.today().year


def test_lotsen_choice_of_who_is_shown_is_restored(qtbot, db, real_program):
    add_lotse(db, "1", "Becker")
    page = open_page(qtbot, LotsenPage, db)
    page.status_filter.setCurrentIndex(page.status_filter.findData(SHOW_FORMER))
    page.search_edit.setText("Beck")
    again = open_page(qtbot, LotsenPage, db)
    assert again.status_filter.currentData() == SHOW_FORMER
    assert again.search_edit.text() == ""
