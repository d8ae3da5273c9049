"""Einsatzbestätigung: the certificate of volunteer work – figures, activities, languages, signer, and nothing
about the accompanied persons."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from lotsendesk.reports.einsatzbestaetigung import ActivityLine, build_einsatzbestaetigung
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.personen_dokumente import einsatzbestaetigung, write_einsatzbestaetigung
from lotsendesk.services.traeger import TraegerData, get_traeger, set_traeger
from tests.conftest import add_lotse
from tests.reports.test_quittungen import base_fonts
from tests.reports.test_quittungen import pages_text as raw_pages_text

ZOE = 'Zoë <Test> & "Co"'
TRAEGER = TraegerData(
    name="Verein für Vielfalt & Teilhabe <Süd> e.V.",
    anschrift="Marktplatz 1\n63065 Offenbach am Main",
    ort="Offenbach am Main",
    vertreter1_name="Dr. Anna Schmitt",
    vertreter1_funktion="Vorsitzende",
    vertreter2_name="Jürgen Becker",
    vertreter2_funktion="Kassierer",
)
GESUNDHEIT, SCHULE = 3, 2


def pages_text(pdf: Path) -> list[str]:
    """Each page's text with every run of blanks and line breaks as one blank (sentences wrap)."""
    return [" ".join(text.split()) for text in raw_pages_text(pdf)]


GEHEIM = "Herrn M. zur Ausländerbehörde begleitet"


@pytest.fixture
def db(tmp_path: Path):
    """Zoë (Nr. 7, Eintritt 01.03.2024, qualified 20.02.2024): 03.02.2025 1,50 h and 10.02.2025 2,00 h
    Gesundheit, 10.03.2025 1,00 h Schule/Kita, 02.04.2025 0,50 h without Tätigkeit. Ольга (Nr. 8): nothing."""
    database = open_database(tmp_path / "verein.sqlite")
    add_year(database, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    set_traeger(database, TRAEGER)
    zoe = add_lotse(
        database,
        "7",
        '<Test> & "Co"',
        "Zoë",
        eintritt=date(2024, 3, 1),
        qualifiziert_am=date(2024, 2, 20),
        sprachen="Arabisch, Französisch",
    )
    add_lotse(database, "8", "Петренко", "Ольга")
    today = date(2025, 12, 31)
    for day, minutes, taetigkeit in (
        (date(2025, 2, 3), 90, GESUNDHEIT),
        (date(2025, 2, 10), 120, GESUNDHEIT),
        (date(2025, 3, 10), 60, SCHULE),
        (date(2025, 4, 2), 30, None),
    ):
        record_einsatz(database, EinsatzData(zoe, day, minutes, taetigkeit, bemerkung=GEHEIM), today=today)
    yield database
    database.close()


def test_the_whole_span_of_einsaetze_by_default(db):
    data = einsatzbestaetigung(db, "7", None, None)
    assert (data.name, data.nr, data.rolle) == (ZOE, "7", "Lots*in")
    assert (data.aktiv_seit, data.qualifiziert_am, data.austritt) == (date(2024, 3, 1), date(2024, 2, 20), None)
    assert (data.von, data.bis, data.einsaetze, data.minuten) == (date(2025, 2, 3), date(2025, 4, 2), 4, 300)
    assert data.taetigkeiten == (
        ActivityLine("Gesundheit", 2, 210),
        ActivityLine("Schule/Kita", 1, 60),
        ActivityLine("", 1, 30),
    )
    assert data.sprachen == "Arabisch, Französisch"


def test_a_period_and_open_ends(db):
    feb = einsatzbestaetigung(db, "7", date(2025, 2, 1), date(2025, 2, 28))
    assert (feb.einsaetze, feb.minuten, feb.taetigkeiten) == (2, 210, (ActivityLine("Gesundheit", 2, 210),))
    since_march = einsatzbestaetigung(db, "7", date(2025, 3, 1), None)
    assert (since_march.von, since_march.bis, since_march.minuten) == (date(2025, 3, 1), date(2025, 4, 2), 90)


def test_pdf_text_signer_and_fonts(tmp_path, db):
    out = tmp_path / "bestaetigung.pdf"
    build_einsatzbestaetigung(einsatzbestaetigung(db, "7", None, None), get_traeger(db), out, created=date(2026, 1, 9))
    (text,) = pages_text(out)  # one page
    for expected in (
        "Bestätigung über ehrenamtliches Engagement",
        f"Hiermit bestätigen wir, dass {ZOE} sich seit dem 01.03.2024",
        TRAEGER.name,
        "Marktplatz 1 · 63065 Offenbach am Main",
        "abgeschlossen am 20.02.2024",
        "Im Zeitraum vom 03.02.2025 bis zum 02.04.2025 hat",
        "an 4 Einsätzen insgesamt 5,00 Stunden",
        "Gesundheit",
        "3,50",
        "ohne Angabe",
        "Arabisch, Französisch",
        "Behörden",
        "WIR – Vielfalt und Teilhabe",
        "Offenbach am Main, 09.01.2026",
        "Dr. Anna Schmitt",
        "Vorsitzende",
        f"Wir danken {ZOE} herzlich",
    ):
        assert expected in text, expected
    assert GEHEIM not in text and "Ausländerbehörde" not in text
    assert "Jürgen Becker" not in text  # the first vertretungsberechtigte Person signs
    fonts = base_fonts(out)
    assert fonts and all(embedded for _, embedded in fonts), fonts


def test_without_vertreter_a_blank_line_for_the_traeger_and_a_past_engagement(tmp_path, db):
    data = replace(einsatzbestaetigung(db, "7", None, None), austritt=date(2025, 6, 30))
    out = tmp_path / "b.pdf"
    build_einsatzbestaetigung(data, TraegerData(name="Kirchengemeinde St. Paul"), out, created=date(2026, 1, 9))
    (text,) = pages_text(out)
    assert "für den Träger" in text
    assert "sich vom 01.03.2024 bis zum 30.06.2025 ehrenamtlich als" in text and "engagiert hat" in text
    assert "Dr. Anna Schmitt" not in text and "Marktplatz" not in text


def test_service_writes_the_file(tmp_path, db):
    out = tmp_path / "b.pdf"
    write_einsatzbestaetigung(db, "7", date(2025, 3, 1), date(2025, 3, 31), out)
    (text,) = pages_text(out)
    assert "Im Zeitraum vom 01.03.2025 bis zum 31.03.2025 (März 2025) hat" in text
    assert "an einem Einsatz insgesamt 1,00 Stunden" in text


@pytest.mark.parametrize(
    ("nr", "von", "bis", "message"),
    [
        ("99", None, None, "Eine*n Lots*in mit der Nr. 99 gibt es nicht."),
        ("8", None, None, "Ольга Петренко (Nr. 8) hat noch keine Einsätze."),
        ("7", date(2025, 5, 1), date(2025, 5, 31), f"{ZOE} (Nr. 7) hat vom 01.05.2025 bis 31.05.2025 keine Einsätze."),
        ("7", date(2025, 5, 1), None, "Der Zeitraum beginnt nach seinem Ende (01.05.2025 – 02.04.2025)."),
    ],
)
def test_errors_write_nothing(tmp_path, db, nr, von, bis, message):
    out = tmp_path / "x.pdf"
    with pytest.raises(ServiceError) as caught:
        write_einsatzbestaetigung(db, nr, von, bis, out)
    assert caught.value.message == message
    assert not out.exists()
    with pytest.raises(ServiceError) as caught:
        write_einsatzbestaetigung(db, "7", None, None, tmp_path / "fehlt" / "x.pdf")
    assert "konnte nicht geschrieben werden" in caught.value.message
