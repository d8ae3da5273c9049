"""Jahresbescheinigungen per calendar year of payment: December hours paid in January go to the next year."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from lotsendesk.reports.jahresbescheinigung import build_jahresbescheinigungen
from lotsendesk.services.auszahlungen import Methode, confirm_run, list_payouts, storno
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.jahresbescheinigung import certificates_for_year
from lotsendesk.services.traeger import TraegerData, get_traeger, set_traeger
from tests.conftest import add_lotse
from tests.reports.test_quittungen import base_fonts, pages_text
from tests.test_cli import lotsendesk

ZOE = 'Zoë <Test> & "Co"'
TRAEGER = "Verein für Vielfalt & Teilhabe <Süd> e.V."


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Förderjahr 2025 (5,00 €/h): Zoë 1,50 h in February paid 05.04.2025 (7,50 €) and 3,00 h in December paid
    08.01.2026 (15,00 €); Ольга 2,00 h in March paid 05.04.2025 (10,00 €)."""
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    try:
        add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00"), aktenzeichen="II 25-62 d"))
        set_traeger(db, TraegerData(name=TRAEGER))
        zoe = add_lotse(
            db, "7", '<Test> & "Co"', "Zoë", qualifiziert_am=date(2024, 1, 1), anschrift="Hauptstr. 1\n60311 Frankfurt"
        )
        olga = add_lotse(db, "8", "Петренко", "Ольга", qualifiziert_am=date(2024, 1, 1))
        today = date(2025, 12, 31)
        record_einsatz(db, EinsatzData(zoe, date(2025, 2, 3), 90), today=today)
        record_einsatz(db, EinsatzData(olga, date(2025, 3, 21), 120), today=today)
        confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 5), Methode.UEBERWEISUNG)
        record_einsatz(db, EinsatzData(zoe, date(2025, 12, 15), 180), today=today)
        confirm_run(db, 2025, date(2025, 12, 31), date(2026, 1, 8), Methode.UEBERWEISUNG)
    finally:
        db.close()
    return path


def test_payments_count_in_the_calendar_year_they_were_received(db_path):
    db = open_database(db_path)
    try:
        c2025 = certificates_for_year(db, 2025)
        (c2026,) = certificates_for_year(db, 2026)
        assert certificates_for_year(db, 2026, nr="8") == []
        assert certificates_for_year(db, 2026, nr="99") == []
        assert certificates_for_year(db, 2024) == []
        (only_zoe,) = certificates_for_year(db, 2025, nr="7")
    finally:
        db.close()
    assert [c.name for c in c2025] == [ZOE, "Ольга Петренко"]
    assert only_zoe == c2025[0]
    zoe25 = c2025[0]
    assert [(p.beleg_nr, p.bezahlt_am, p.monat, p.foerderjahr) for p in zoe25.payments] == [
        ("2025-001", date(2025, 4, 5), "April 2025", 2025)
    ]
    assert (zoe25.total, zoe25.minuten) == (Decimal("7.50"), 90)
    assert c2025[1].total == Decimal("10.00")
    assert c2026.name == ZOE
    assert [(p.beleg_nr, p.monat, p.foerderjahr, p.minuten) for p in c2026.payments] == [
        ("2026-001", "Januar 2026", 2025, 180)
    ]
    assert c2026.by_month() == [("Januar 2026", Decimal("15.00"))]
    assert c2026.total == Decimal("15.00")


def test_cli_writes_one_certificate_per_person(tmp_path, db_path):
    out = tmp_path / "2025.pdf"
    proc = lotsendesk(tmp_path, "--db", str(db_path), "report", "jahresbescheinigung", "--year", "2025", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "„2025.pdf“ geschrieben: 2 Bescheinigungen für 2025, zusammen 17,50 €."
    first, second = pages_text(out)
    for expected in (
        "Bescheinigung über Aufwandsentschädigungen 2025",
        ZOE,
        "Hauptstr. 1",
        "60311 Frankfurt",
        "05.04.2025",
        "April 2025",
        "2025-001",
        "1,50",
        "7,50 €",
        "„WIR – Vielfalt und Teilhabe“",
        "§ 3 Nr. 26 EStG",
        "3.000,00 €",
        "Monat des Zuflusses",
        f"für {TRAEGER}",
        "Seite 1 von 2",
    ):
        assert expected in first, expected
    assert "2026-001" not in first and "15,00 €" not in first
    assert "Ольга Петренко" in second and "10,00 €" in second and ZOE not in second
    fonts = base_fonts(out)
    assert fonts
    assert all(embedded for _, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)


def test_cli_january_payment_of_december_hours_and_lotse_filter(tmp_path, db_path):
    out = tmp_path / "2026.pdf"
    args = ("--db", str(db_path), "report", "jahresbescheinigung", "--year", "2026", "--lotse", "7", "-o", str(out))
    proc = lotsendesk(tmp_path, *args)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "„2026.pdf“ geschrieben: 1 Bescheinigung für 2026, zusammen 15,00 €."
    (text,) = pages_text(out)
    for expected in ("Aufwandsentschädigungen 2026", "08.01.2026", "Januar 2026", "2026-001", "15,00 €", "3.300,00 €"):
        assert expected in text, expected
    assert "2025-001" not in text and "April" not in text


def test_cli_nothing_to_certify_exits_1_and_writes_nothing(tmp_path, db_path):
    out = tmp_path / "x.pdf"
    proc = lotsendesk(
        tmp_path,
        "--db",
        str(db_path),
        "report",
        "jahresbescheinigung",
        "--year",
        "2026",
        "--lotse",
        "8",
        "-o",
        str(out),
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == "Fehler: Für Lots*innen-Nr. 8 gibt es 2026 keine Auszahlungen."
    proc = lotsendesk(tmp_path, "--db", str(db_path), "report", "jahresbescheinigung", "--year", "2024", "-o", str(out))
    assert proc.returncode == 1
    assert proc.stderr.strip() == "Fehler: 2024 gibt es keine Auszahlungen."
    assert not out.exists()


def test_cli_unopenable_database_exits_2_and_unwritable_target_exits_1(tmp_path, db_path):
    bad = tmp_path / "notiz.sqlite"
    bad.write_text("keine Datenbank", encoding="utf-8")
    args = ("report", "jahresbescheinigung", "--year", "2025", "-o")
    assert lotsendesk(tmp_path, "--db", str(bad), *args, str(tmp_path / "x.pdf")).returncode == 2
    proc = lotsendesk(tmp_path, "--db", str(db_path), *args, str(tmp_path / "kein" / "x.pdf"))
    assert proc.returncode == 1
    assert "kann nicht geschrieben werden" in proc.stderr


def test_a_storno_is_a_negative_line(tmp_path, db_path):
    db = open_database(db_path)
    try:
        original = next(p.id for p in list_payouts(db) if p.beleg_nr == "2025-001")
        storno(db, original, "doppelt", date(2025, 5, 2))
        zoe, _ = certificates_for_year(db, 2025)
        traeger = get_traeger(db)
    finally:
        db.close()
    assert [(p.beleg_nr, p.betrag, p.minuten) for p in zoe.payments] == [
        ("2025-001", Decimal("7.50"), 90),
        ("2025-003", Decimal("-7.50"), -90),
    ]
    assert zoe.total == Decimal("0.00")
    assert zoe.by_month() == [("April 2025", Decimal("7.50")), ("Mai 2025", Decimal("-7.50"))]
    out = tmp_path / "storno.pdf"
    build_jahresbescheinigungen([zoe], traeger, out, created=date(2026, 1, 10))
    (text,) = pages_text(out)
    for expected in ("2025-003 (Storno)", "-7,50 €", "-1,50", "Mai 2025", "erstellt am 10.01.2026"):
        assert expected in text, expected
