"""The Verwendungsnachweis PDF: figures as year_summary computes them, the result worded right, user text literal,
fonts embedded, ENTWURF only in a draft."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from lotsendesk.domain.formatting import format_hours, format_money
from lotsendesk.reports.verwendungsnachweis import build_verwendungsnachweis
from lotsendesk.services.database import open_database
from lotsendesk.services.foerderjahre import year_summary
from lotsendesk.services.traeger import TraegerData, set_traeger
from lotsendesk.services.verwendungsnachweis import VnAngaben, set_angaben, vn_data, write_verwendungsnachweis
from tests.reports.test_quittungen import base_fonts, pages_text
from tests.test_verwendungsnachweis_service import TRAEGER, ZOE, make_year

CREATED = date(2026, 2, 1)


@pytest.fixture
def db(tmp_path: Path):
    path = tmp_path / "verein.sqlite"
    make_year(path)
    database = open_database(path)
    yield database
    database.close()


def _text(db, tmp_path: Path, entwurf: bool = False, name: str = "vn.pdf") -> tuple[list[str], str]:
    out = tmp_path / name
    write_verwendungsnachweis(db, 2025, out, entwurf=entwurf, created=CREATED)
    pages = pages_text(out)
    return pages, "\n".join(pages)


def _flat(text: str) -> str:
    """Text with line breaks and non-breaking spaces as plain blanks, for phrases that may wrap."""
    return " ".join(text.replace("\xa0", " ").split())


def test_every_person_and_total_as_year_summary_computes_them(db, tmp_path):
    set_angaben(db, 2025, VnAngaben(eigenmittel=Decimal("12.34"), koordination_ist=Decimal("5.00")))
    pages, text = _text(db, tmp_path)
    summary = year_summary(db, 2025)
    detail = _flat(next(page for page in pages if "Anlage Detailangaben" in page and "Summe (2 Personen)" in page))
    for person in summary.people:
        assert person.name in detail, person.name
        row = [
            format_hours(person.result.recorded),
            format_hours(person.result.claimable),
            "5,00\xa0€",
            format_money(person.betrag),
            format_money(person.ausgezahlt),
        ]
        assert _flat(" ".join(row)) in detail, row
    assert format_hours(summary.recorded_minutes) == "9,50" and "9,50" in detail
    assert format_hours(summary.claimable_minutes) == "7,50" and "7,50" in detail
    assert _flat(f"{format_money(summary.betrag)} {format_money(summary.ausgezahlt)}") in detail  # 37,50 € twice
    assert "Lots*in" in detail and "28.08.2025" not in detail
    assert "01.03.2025" in detail  # Ольга qualifiziert seit
    flat = _flat(text)
    for expected in (
        "Zuwendung erhalten 50,00 €",
        "Eigenmittel des Trägers – 12,34 € –",
        "Summe Einnahmen 120,00 € 62,34 €",
        "100,00 € 37,50 € -62,50 €",  # Aufwandsentschädigungen: bewilligt, Ist, Differenz
        "20,00 € 5,00 € -15,00 €",  # Koordinierungspauschale
        "Summe Ausgaben 120,00 € 42,50 € -77,50 €",
        "abzüglich zuwendungsfähige Ausgaben",
        "-42,50 €",
        "Überschuss – Rückzahlung an das Land Hessen 7,50 €",
        "Höchstgrenze bei einem Rollenwechsel im Jahr: anteilig nach Tagen in jeder Rolle",
        "276,00 Stunden als Lots*in, 414,00 Stunden",
    ):
        assert expected in flat, expected
    assert "Fehlbetrag" not in flat


def test_a_fehlbetrag_is_worded_as_still_to_be_requested(db, tmp_path):
    set_angaben(db, 2025, VnAngaben(koordination_ist=Decimal("20.00")))
    _, text = _text(db, tmp_path)
    flat = _flat(text)
    assert "Fehlbetrag – noch beim Land anzufordern 7,50 €" in flat  # 50,00 − (37,50 + 20,00)
    assert "Überschuss" not in flat


def test_cover_belegliste_sachbericht_and_signatures(db, tmp_path):
    set_angaben(
        db,
        2025,
        VnAngaben(projektverlauf='Wir haben <viel> begleitet & "übersetzt".', koordination_ist=Decimal("5")),
    )
    pages, text = _text(db, tmp_path)
    flat = _flat(text)
    for expected in (
        "Verwendungsnachweis 2025",
        TRAEGER.name,
        "Hauptstraße 1",
        "60311 Frankfurt am Main",
        "Az. II 25-62 d",
        "20.01.2025",
        "01.01.2025 – 31.12.2025",
        "Bewilligt zusammen 120,00 €",
        "bis spätestens 31.03.2026",
        "ANBest-P",
        # Belegliste, in date order, Storno negative with its reason
        "05.04.2025 2025-001",
        "Aufwandsentschädigung 01.01.–31.03.2025",
        "Storno von 2025-002: IBAN falsch",
        "-10,00 €",
        "08.01.2026 2026-001",
        "Summe Aufwandsentschädigungen (5 Buchungen) 37,50 €",
        "01.04.2025 R1 Land Hessen Rate 1 30,00 €",
        # Sachbericht: the text literally, the statistics
        'Wir haben <viel> begleitet & "übersetzt".',
        "Lots*innen mit Einsätzen im Förderjahr 2",
        "Begleitung Behörde 3 6,50",
        "ohne Angabe 1 2,00",
        "Deutsch (2), Französisch (1), Russisch (1), Ukrainisch (1)",
        # Bestätigungen and signatures
        "Allgemeinen Nebenbestimmungen (ANBest-P)",
        "wirtschaftlich und sparsam",
        "mit den Büchern und Belegen übereinstimmen",
        "aufbewahrt werden",
        "Frankfurt am Main, 01.02.2026",
        "Erika Mustermann",
        "Vorsitzende",
        "Max Kassel",
        "Kassenwart",
    ):
        assert expected in flat, expected
    assert ZOE in text  # '<Test> & "Co", Zoë' literally, in the Anlage and the Belegliste
    assert text.count(ZOE) >= 3
    assert "Geheim" not in text  # an Einsatz's Bemerkung is never printed
    assert "4.2 Zielerreichung – 4.3" in flat  # an empty section in the final version: "–"
    assert "Noch kein Text" not in text
    total = len(pages)
    assert total >= 6
    for number, page in enumerate(pages, start=1):
        assert f"Seite {number} von {total}" in page
        assert "erstellt am 01.02.2026" in page
    fonts = base_fonts(tmp_path / "vn.pdf")
    assert fonts
    assert all(embedded for _, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)


def test_entwurf_watermark_only_in_a_draft(db, tmp_path):
    final, final_text = _text(db, tmp_path, entwurf=False, name="final.pdf")
    draft, draft_text = _text(db, tmp_path, entwurf=True, name="entwurf.pdf")
    assert "ENTWURF" not in final_text
    assert all("ENTWURF" in page for page in draft)
    assert "Noch kein Text – bitte diesen Abschnitt vor der Vorlage ergänzen." in _flat(draft_text)
    assert len(draft) == len(final)


def test_without_vertreter_two_blank_signature_lines(db, tmp_path):
    set_traeger(db, TraegerData(name="Kleiner Verein"))
    pages, _ = _text(db, tmp_path)
    assert pages[-1].count("rechtsverbindliche Unterschrift") == 2
    assert "Erika" not in pages[-1]


def test_the_report_renders_plain_data_without_a_database(tmp_path, db):
    data = vn_data(db, 2025)
    empty = replace(data, people=(), belege=(), raten=())
    out = tmp_path / "leer.pdf"
    build_verwendungsnachweis(empty, out, created=CREATED)
    flat = _flat("\n".join(pages_text(out)))
    assert "Summe (0 Personen)" in flat
    assert "Keine Auszahlungen in diesem Förderjahr." in flat
    assert "Noch keine Rate erhalten." in flat
    assert "Fehlbetrag – noch beim Land anzufordern 20,00 €" in flat  # nothing received, Pauschale 20,00 €
