"""Freibetragserklärung per person and year: who gets a form, what is pre-filled (limits, maximum and paid amount,
the stored Erklärung's boxes and amount), the voluntary benefits box never pre-ticked, one page per person."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.platypus import Table

from lotsendesk.domain.allowances import Freibetrag
from lotsendesk.domain.lotse_record import RolleAb
from lotsendesk.domain.people import Rolle, Status
from lotsendesk.reports.base import CheckBox
from lotsendesk.reports.freibetragserklaerung import _form
from lotsendesk.services.auszahlungen import Methode, confirm_run
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.freibetraege import FreibetragData, set_freibetrag
from lotsendesk.services.personen_dokumente import freibetragserklaerungen, write_freibetragserklaerungen
from lotsendesk.services.traeger import TraegerData, set_traeger
from tests.conftest import add_lotse
from tests.reports.test_quittungen import base_fonts
from tests.reports.test_quittungen import pages_text as raw_pages_text

ZOE = 'Zoë <Test> & "Co"'
TRAEGER = TraegerData(
    name="Verein für Vielfalt & Teilhabe <Süd> e.V.", anschrift="Marktplatz 1\n63065 Offenbach am Main"
)


def pages_text(pdf: Path) -> list[str]:
    return [" ".join(text.split()) for text in raw_pages_text(pdf)]


@pytest.fixture
def db(tmp_path: Path):
    """Förderjahr 2025 (5,00 €/h). Zoë (Nr. 7): Erklärung 2025 Ehrenamtspauschale, 400,00 € anderweitig; 1,50 h
    paid 05.04.2025 (7,50 €). Ольга (Nr. 8): koordinierend, no Erklärung. Wilma (Nr. 9): ausgeschieden 2024.
    Paul (Nr. 10): ausgeschieden 30.06.2025 with an Einsatz in May 2025."""
    database = open_database(tmp_path / "verein.sqlite")
    add_year(database, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    set_traeger(database, TRAEGER)
    zoe = add_lotse(
        database,
        "7",
        '<Test> & "Co"',
        "Zoë",
        qualifiziert_am=date(2024, 1, 1),
        anschrift="Hauptstr. 1\n60311 Frankfurt",
    )
    add_lotse(database, "8", "Петренко", "Ольга", rollen=(RolleAb(Rolle.KOORDINIEREND),))
    add_lotse(database, "9", "Weg", "Wilma", status=Status.AUSGESCHIEDEN, austritt=date(2024, 6, 30))
    paul = add_lotse(database, "10", "Becker", "Paul", status=Status.AUSGESCHIEDEN, austritt=date(2025, 6, 30))
    set_freibetrag(
        database,
        FreibetragData(zoe, 2025, Freibetrag.EHRENAMT, Decimal("400.00"), unterschrieben_am=date(2025, 1, 10)),
    )
    today = date(2025, 12, 31)
    record_einsatz(database, EinsatzData(zoe, date(2025, 2, 3), 90), today=today)
    record_einsatz(database, EinsatzData(paul, date(2025, 5, 6), 60), today=today)
    confirm_run(database, 2025, date(2025, 3, 31), date(2025, 4, 5), Methode.UEBERWEISUNG)
    yield database
    database.close()


def boxes(form) -> list[bool]:
    """The ticked state of every box of a form, top to bottom."""
    return [
        cell.checked
        for flowable in _form(form, TRAEGER, date(2025, 12, 1))
        if isinstance(flowable, Table)
        for row in flowable._cellvalues
        for cell in row
        if isinstance(cell, CheckBox)
    ]


def test_who_gets_a_form_and_what_is_prefilled(db):
    forms = freibetragserklaerungen(db, 2025, None)
    assert [f.nr for f in forms] == ["7", "10", "8"]  # "<Test> …", Becker, Петренко; Wilma left in 2024
    zoe, paul, olga = forms
    assert (zoe.name, zoe.anschrift, zoe.jahr) == (ZOE, "Hauptstr. 1\n60311 Frankfurt", 2025)
    assert (zoe.grenze_uebungsleiter, zoe.grenze_ehrenamt) == (Decimal("3000"), Decimal("840"))
    assert (zoe.ausgezahlt, zoe.satz, zoe.hoechst_minuten, zoe.hoechstens) == (
        Decimal("7.50"),
        Decimal("5.00"),
        276 * 60,
        Decimal("1380.00"),
    )
    assert (zoe.art, zoe.anderweitig, zoe.unterschrieben_am) == (
        Freibetrag.EHRENAMT,
        Decimal("400.00"),
        date(2025, 1, 10),
    )
    assert (olga.art, olga.anderweitig, olga.ausgezahlt, olga.hoechstens) == (
        None,
        None,
        Decimal("0.00"),
        Decimal("2070.00"),
    )
    assert paul.ausgezahlt == Decimal("0.00")  # not qualified: nothing paid
    assert boxes(zoe) == [False, True, False, True, False]  # 26a; anderweitig; benefits never pre-ticked
    assert boxes(olga) == [False] * 5
    # a year without Förderjahr: the limits of the year, no maximum
    (only,) = freibetragserklaerungen(db, 2026, "8")
    assert (only.grenze_uebungsleiter, only.grenze_ehrenamt, only.satz, only.hoechstens) == (
        Decimal("3300"),
        Decimal("960"),
        None,
        None,
    )


def test_pdf_one_page_per_person_with_the_stored_amount(tmp_path, db):
    out = tmp_path / "2025.pdf"
    assert write_freibetragserklaerungen(db, 2025, None, out) == 3
    zoe, paul, olga = pages_text(out)
    for expected in (
        "Freibetragserklärung 2025",
        f"{ZOE} (Lots*innen-Nr. 7)",
        "Hauptstr. 1 60311 Frankfurt",
        "Verein für Vielfalt & Teilhabe <Süd> e.V. · Marktplatz 1 · 63065 Offenbach am Main",
        "höchstens 1.380,00 € (276,00 Std. × 5,00 €)",
        "bisher ausgezahlt 7,50 €",
        "Vorausgefüllt mit Ihrer gespeicherten Erklärung vom 10.01.2025",
        "§ 3 Nr. 26 EStG – bis 3.000,00 € im Jahr 2025",
        "§ 3 Nr. 26a EStG – bis 840,00 € im Jahr 2025",
        "in Höhe von 400,00 €",
        "nebenberuflich",
        "Bürgergeld",
        "250,00 €",
        "Datenschutz",
        "Ort, Datum",
        "Unterschrift Lots*in",
        "Seite 1 von 3",
    ):
        assert expected in zoe, expected
    assert "Ольга Петренко" in olga and "höchstens 2.070,00 €" in olga and "in Höhe von ______________ €" in olga
    assert "Vorausgefüllt" not in olga
    assert "Paul Becker" in paul
    fonts = base_fonts(out)
    assert fonts and all(embedded for _, embedded in fonts), fonts


def test_one_person_even_if_ausgeschieden(tmp_path, db):
    out = tmp_path / "wilma.pdf"
    assert write_freibetragserklaerungen(db, 2025, "9", out) == 1
    (text,) = pages_text(out)
    assert "Wilma Weg" in text and "Seite 1 von 1" in text


@pytest.mark.parametrize(
    ("jahr", "nr", "message"),
    [
        (2025, "99", "Eine*n Lots*in mit der Nr. 99 gibt es nicht."),
        (2010, None, "Für 2010 sind keine Freibeträge hinterlegt."),
    ],
)
def test_errors_write_nothing(tmp_path, db, jahr, nr, message):
    out = tmp_path / "x.pdf"
    with pytest.raises(ServiceError) as caught:
        write_freibetragserklaerungen(db, jahr, nr, out)
    assert caught.value.message == message
    assert not out.exists()


def test_nobody_active_and_unwritable_target(tmp_path):
    database = open_database(tmp_path / "leer.sqlite")
    try:
        add_lotse(database, "9", "Weg", "Wilma", status=Status.AUSGESCHIEDEN, austritt=date(2024, 6, 30))
        with pytest.raises(ServiceError) as caught:
            write_freibetragserklaerungen(database, 2025, None, tmp_path / "x.pdf")
        assert caught.value.message == "Für 2025 gibt es keine aktiven Lots*innen und niemanden mit Einsätzen."
        with pytest.raises(ServiceError) as caught:
            write_freibetragserklaerungen(database, 2025, "9", tmp_path / "fehlt" / "x.pdf")
        assert "konnte nicht geschrieben werden" in caught.value.message
    finally:
        database.close()
    assert list(tmp_path.rglob("*.pdf")) == []
