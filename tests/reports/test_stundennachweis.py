"""Stundennachweis per person and period: every Einsatz, the hours recorded and claimable (exact for a
sub-period: the cap fills from 1 January), no Bemerkung, signature lines, one person per page."""

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from lotsendesk.domain.funding import FundingParameters
from lotsendesk.reports.stundennachweis import period_name
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.personen_dokumente import stundennachweise, write_stundennachweis
from lotsendesk.services.traeger import TraegerData, set_traeger
from tests.conftest import add_lotse
from tests.reports.test_quittungen import base_fonts, pages_text

ZOE = 'Zoë <Test> & "Co"'
TRAEGER = "Verein für Vielfalt & Teilhabe <Süd> e.V."
GESUNDHEIT, SCHULE = 3, 2  # Tätigkeiten every new database has
GEHEIM = "Frau K. zur Frauenärztin begleitet"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Förderjahr 2025 with a cap of 5 h. Zoë (Nr. 7, qualified 15.01.2025): 10.01. 1,00 h (before the
    qualification), 20.01. 3,00 h, 10.02. 2,00 h (cap reached), 05.03. 1,00 h (over the cap); 20.12.2024 1,00 h
    (no Förderjahr 2024). Ольга (Nr. 8): 14.02.2025 1,50 h."""
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    try:
        add_year(
            db,
            FoerderjahrData(
                jahr=2025, bewilligt_einsatz=Decimal("5000.00"), params=FundingParameters(cap_lotsin_minutes=300)
            ),
        )
        set_traeger(db, TraegerData(name=TRAEGER))
        zoe = add_lotse(db, "7", '<Test> & "Co"', "Zoë", qualifiziert_am=date(2025, 1, 15))
        olga = add_lotse(db, "8", "Петренко", "Ольга", qualifiziert_am=date(2024, 1, 1))
        today = date(2025, 12, 31)
        for lotse, day, minutes, taetigkeit in (
            (zoe, date(2024, 12, 20), 60, SCHULE),
            (zoe, date(2025, 1, 10), 60, GESUNDHEIT),
            (zoe, date(2025, 1, 20), 180, SCHULE),
            (zoe, date(2025, 2, 10), 120, GESUNDHEIT),
            (zoe, date(2025, 3, 5), 60, None),
            (olga, date(2025, 2, 14), 90, SCHULE),
        ):
            record_einsatz(db, EinsatzData(lotse, day, minutes, taetigkeit, bemerkung=GEHEIM), today=today)
    finally:
        db.close()
    return path


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


def test_claimable_hours_follow_the_rules_of_the_whole_year(db):
    (q1,) = stundennachweise(db, "7", date(2025, 1, 1), date(2025, 3, 31))
    assert q1.name == ZOE and q1.nr == "7" and q1.rolle == "Lots*in"
    assert [(e.datum, e.taetigkeit, e.minuten, e.abrechenbar) for e in q1.entries] == [
        (date(2025, 1, 10), "Gesundheit", 60, 0),
        (date(2025, 1, 20), "Schule/Kita", 180, 180),
        (date(2025, 2, 10), "Gesundheit", 120, 120),
        (date(2025, 3, 5), "", 60, 0),
    ]
    assert (q1.minuten, q1.abrechenbar, q1.grenzen, q1.ohne_foerderjahr) == (420, 300, ((2025, 300),), ())
    # February and March alone: January's 3 hours already used most of the cap
    (feb_mar,) = stundennachweise(db, "7", date(2025, 2, 1), date(2025, 3, 31))
    assert (feb_mar.minuten, feb_mar.abrechenbar) == (180, 120)
    # a year without Förderjahr: recorded, not claimable, and said so
    (winter,) = stundennachweise(db, "7", date(2024, 12, 1), date(2025, 1, 31))
    assert [e.abrechenbar for e in winter.entries] == [None, 0, 180]
    assert (winter.minuten, winter.abrechenbar, winter.ohne_foerderjahr) == (300, 180, (2024,))


def test_pdf_shows_the_figures_but_never_the_bemerkung(tmp_path, db):
    out = tmp_path / "q1.pdf"
    assert write_stundennachweis(db, "7", date(2025, 1, 1), date(2025, 3, 31), out) == 1
    text = "\n".join(pages_text(out))
    for expected in (
        "Stundennachweis",
        ZOE,
        "Lots*innen-Nr.",
        "01.01.2025 – 31.03.2025 (1. Quartal 2025)",
        "10.01.2025",
        "Fr",  # 10.01.2025 was a Friday
        "Schule/Kita",
        "Stunden gesamt (4 Einsätze)",
        "7,00",
        "davon abrechenbar",
        "5,00",
        "5,00 Std. im Förderjahr 2025",
        "Januar 2025",
        "Unterschrift Lots*in",
        "koordinierende Person",
        TRAEGER,
    ):
        assert expected in text, expected
    assert GEHEIM not in text and "Frau K." not in text
    assert "Петренко" not in text
    fonts = base_fonts(out)
    assert fonts and all(embedded for _, embedded in fonts), fonts


def test_everybody_with_einsaetze_one_person_per_page(tmp_path, db):
    out = tmp_path / "feb.pdf"
    assert write_stundennachweis(db, None, date(2025, 2, 1), date(2025, 2, 28), out) == 2
    first, second = pages_text(out)
    assert ZOE in first and "Februar 2025" in first and "2,00" in first and "Ольга" not in first
    assert "Ольга Петренко" in second and "1,50" in second and ZOE not in second
    assert "Seite 1 von 2" in first and "Seite 2 von 2" in second
    assert "Übersicht nach Monaten" not in first  # one month: no monthly summary


def test_a_long_stundennachweis_is_numbered_across_its_pages(tmp_path):
    db = open_database(tmp_path / "lang.sqlite")
    try:
        add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
        lotse = add_lotse(db, "1", "Yılmaz", "Şükrü", qualifiziert_am=date(2024, 1, 1))
        for day in range(90):
            record_einsatz(db, EinsatzData(lotse, date(2025, 1, 1) + timedelta(days=day), 60, GESUNDHEIT))
        out = tmp_path / "lang.pdf"
        write_stundennachweis(db, "1", date(2025, 1, 1), date(2025, 12, 31), out)
    finally:
        db.close()
    pages = pages_text(out)
    total = len(pages)
    assert total >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Seite {number} von {total}" in text
    assert "Datum\nTag\nTätigkeit\nStunden\nabrechenbar" in pages[1]  # header row repeated
    assert "31.03.2025" in "".join(pages) and "Stunden gesamt (90 Einsätze)" in "".join(pages)
    assert "90,00" in "".join(pages[-2:])
    assert "Ich bestätige" in pages[-1] and "Unterschrift Lots*in" in pages[-1]  # kept together


@pytest.mark.parametrize(
    ("nr", "von", "bis", "message"),
    [
        ("7", date(2025, 4, 1), date(2025, 3, 31), "Der Zeitraum beginnt nach seinem Ende (01.04.2025 – 31.03.2025)."),
        ("99", date(2025, 1, 1), date(2025, 3, 31), "Eine*n Lots*in mit der Nr. 99 gibt es nicht."),
        ("8", date(2025, 3, 1), date(2025, 3, 31),
         "Ольга Петренко (Nr. 8) hat vom 01.03.2025 bis 31.03.2025 keine Einsätze."),
        (None, date(2025, 6, 1), date(2025, 6, 30), "Vom 01.06.2025 bis 30.06.2025 gibt es keine Einsätze."),
    ],
)  # fmt: skip
def test_nothing_to_print_writes_nothing(tmp_path, db, nr, von, bis, message):
    out = tmp_path / "x.pdf"
    with pytest.raises(ServiceError) as caught:
        write_stundennachweis(db, nr, von, bis, out)
    assert caught.value.message == message
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*.tmp")) == []


def test_unwritable_target_is_a_german_service_error(tmp_path, db):
    out = tmp_path / "fehlt" / "x.pdf"
    with pytest.raises(ServiceError) as caught:
        write_stundennachweis(db, "7", date(2025, 1, 1), date(2025, 3, 31), out)
    assert caught.value.message.startswith("Die Datei „x.pdf“ konnte nicht geschrieben werden (")
    assert not out.exists()


def test_period_names():
    assert period_name(date(2025, 3, 1), date(2025, 3, 31)) == "März 2025"
    assert period_name(date(2025, 4, 1), date(2025, 6, 30)) == "2. Quartal 2025"
    assert period_name(date(2025, 1, 1), date(2025, 12, 31)) == "Kalenderjahr 2025"
    assert period_name(date(2025, 2, 1), date(2025, 4, 30)) == ""
    assert period_name(date(2025, 3, 2), date(2025, 3, 31)) == ""
