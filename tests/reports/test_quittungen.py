"""Quittungen of a payout run: through the command line and the function, text and fonts checked with pypdf."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from lotsendesk.reports.quittung import build_quittungen
from lotsendesk.services.auszahlungen import Methode, confirm_run, storno
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.quittungen import receipts_for_payouts, receipts_for_run
from lotsendesk.services.traeger import TraegerData, get_traeger, set_traeger
from tests.conftest import add_lotse
from tests.test_cli import lotsendesk

ZOE = 'Zoë <Test> & "Co"'
TRAEGER = "Verein für Vielfalt & Teilhabe <Süd> e.V."


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A closed database with one confirmed payout run (Nr. 1): Zoë 1,50 h = 7,50 €, Ольга 3,00 h = 15,00 €."""
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
        record_einsatz(db, EinsatzData(olga, date(2025, 1, 14), 60), today=today)
        record_einsatz(db, EinsatzData(olga, date(2025, 3, 21), 120), today=today)
        confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 5), Methode.UEBERWEISUNG)
    finally:
        db.close()
    return path


def pages_text(pdf: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def base_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """Every font of every page: (BaseFont, embedded?)."""
    fonts = []
    for page in PdfReader(pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if font["/Subtype"] == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts.append((str(font["/BaseFont"]), embedded))
    return fonts


def test_cli_writes_one_receipt_per_payout(tmp_path, db_path):
    out = tmp_path / "lauf1.pdf"
    proc = lotsendesk(tmp_path, "--db", str(db_path), "report", "quittungen", "--run", "1", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "„lauf1.pdf“ geschrieben: 2 Quittungen (2025-001 bis 2025-002), zusammen 22,50 €."
    first, second = pages_text(out)
    # sorted by Nachname: "<Test> & "Co"" before "Петренко"
    for expected in (
        "Quittung / Auszahlungsbeleg",
        "Beleg-Nr. 2025-001",
        ZOE,
        "Hauptstr. 1",
        "60311 Frankfurt",
        "03.02.2025",
        "1,50 Std.",
        "5,00 € je Stunde",
        "7,50 €",
        "Überweisung",
        "05.04.2025",
        "§ 3 Nr. 26 EStG",
        "Betrag erhalten",
        TRAEGER,
        "Az. II 25-62 d",
        "WIR-Integrationslots*innen",
        "Seite 1 von 1",  # each receipt is its own issued document
    ):
        assert expected in first, expected
    for expected in ("Beleg-Nr. 2025-002", "Ольга Петренко", "14.01.2025 – 21.03.2025", "3,00 Std.", "15,00 €"):
        assert expected in second, expected
    assert "Seite 1 von 1" in second
    meta = PdfReader(out).metadata
    assert (meta.title, meta.author) == ("Quittungen 2025-001 bis 2025-002", TRAEGER)


def test_every_font_is_embedded_and_no_helvetica_remains(tmp_path, db_path):
    out = tmp_path / "lauf1.pdf"
    assert (
        lotsendesk(tmp_path, "--db", str(db_path), "report", "quittungen", "--run", "1", "-o", str(out)).returncode == 0
    )
    fonts = base_fonts(out)
    assert fonts
    assert all(embedded for _, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)
    assert {name.split("+")[-1] for name, _ in fonts} == {"/DejaVuSans", "/DejaVuSans-Bold"} or all(
        "DejaVuSans" in name for name, _ in fonts
    )


def test_unknown_run_exits_1_and_writes_nothing(tmp_path, db_path):
    out = tmp_path / "lauf7.pdf"
    proc = lotsendesk(tmp_path, "--db", str(db_path), "report", "quittungen", "--run", "7", "-o", str(out))
    assert proc.returncode == 1
    assert proc.stderr.strip() == "Fehler: Einen Auszahlungslauf Nr. 7 gibt es nicht."
    assert not out.exists()


def test_a_database_that_cannot_be_opened_exits_2(tmp_path):
    bad = tmp_path / "notiz.sqlite"
    bad.write_text("keine Datenbank", encoding="utf-8")
    proc = lotsendesk(tmp_path, "--db", str(bad), "report", "quittungen", "--run", "1", "-o", str(tmp_path / "x.pdf"))
    assert proc.returncode == 2
    assert proc.stderr.startswith("Fehler: ")


def test_an_unwritable_target_exits_1(tmp_path, db_path):
    out = tmp_path / "kein" / "ordner" / "lauf1.pdf"
    proc = lotsendesk(tmp_path, "--db", str(db_path), "report", "quittungen", "--run", "1", "-o", str(out))
    assert proc.returncode == 1
    assert "konnte nicht geschrieben werden" in proc.stderr


def test_function_builds_a_storno_receipt_with_original_number_and_reason(tmp_path, db_path):
    db = open_database(db_path)
    try:
        run = receipts_for_run(db, 1)
        zoe_payout = next(p for p in _payout_ids(db) if p[1] == "2025-001")[0]
        reverse = storno(db, zoe_payout, 'Stunden doppelt erfasst <Feb> & "März"', date(2025, 5, 2))
        (receipt,) = receipts_for_payouts(db, [reverse.id])
        traeger = get_traeger(db)
        with pytest.raises(ServiceError, match="gibt es nicht"):
            receipts_for_payouts(db, [9999])
        assert receipts_for_run(db, 9999) == []
    finally:
        db.close()
    assert [r.beleg_nr for r in run] == ["2025-001", "2025-002"]
    assert (receipt.beleg_nr, receipt.storno_von, receipt.betrag) == ("2025-003", "2025-001", Decimal("-7.50"))
    assert (receipt.von, receipt.bis) == (date(2025, 2, 3), date(2025, 2, 3))  # the period of the original
    out = tmp_path / "storno.pdf"
    build_quittungen([receipt], traeger, out, created=date(2025, 5, 2))
    (text,) = pages_text(out)
    for expected in (
        "Stornobeleg",
        "Beleg-Nr. 2025-003",
        "Storno zu Beleg-Nr.",
        "2025-001",
        'Stunden doppelt erfasst <Feb> & "März"',
        "-7,50 €",
        "-1,50 Std.",
        "erstellt am 02.05.2025",
        "Seite 1 von 1",
    ):
        assert expected in text, expected
    assert not list(tmp_path.glob(".storno.pdf.*"))  # no temp file left behind


def _payout_ids(db) -> list[tuple[int, str]]:
    from lotsendesk.services.auszahlungen import list_payouts

    return [(p.id, p.beleg_nr) for p in list_payouts(db)]
