"""Auskunft (Art. 15 DSGVO): JSON complete, PDF readable and escaped, CLI."""

import json
from datetime import date
from decimal import Decimal

from pypdf import PdfReader

from lotsendesk.cli import main
from lotsendesk.services.auskunft import auskunft_data, write_auskunft
from lotsendesk.services.auszahlungen import Methode, confirm_run
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.freibetraege import FreibetragData, set_freibetrag
from lotsendesk.services.traeger import TraegerData, set_traeger
from tests.conftest import add_lotse

TODAY = date(2025, 12, 31)


def _person(db) -> int:
    set_traeger(db, TraegerData(name="Verein <Brücke> & Co e.V.", anschrift="Hauptstr. 1\n63065 Offenbach"))
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    lotse = add_lotse(
        db,
        "7",
        "Nguyễn <b>",
        "Ольга & أحمد",
        qualifiziert_am=date(2024, 1, 1),
        email="o@example.org",
        iban="DE89370400440532013000",
    )
    other = add_lotse(db, "3", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1))
    record_einsatz(db, EinsatzData(lotse, date(2025, 3, 10), 150, None, "Jobcenter <Termin>"), today=TODAY)
    record_einsatz(db, EinsatzData(lotse, date(2025, 10, 2), 90), today=TODAY)
    record_einsatz(db, EinsatzData(other, date(2025, 3, 11), 60, None, "Schule"), today=TODAY)
    set_freibetrag(db, FreibetragData(lotse, 2025, unterschrieben_am=date(2025, 2, 1)))
    confirm_run(db, 2025, date(2025, 10, 31), date(2025, 11, 20), Methode.UEBERWEISUNG)
    return lotse


def test_the_json_holds_everything_about_the_person_and_nothing_about_others(db):
    lotse = _person(db)
    data = auskunft_data(db, lotse, TODAY)
    assert data["lotse"]["nachname"] == "Nguyễn <b>" and data["lotse"]["iban"] == "DE89370400440532013000"
    assert set(data["lotse"]) >= {"id", "nr", "email", "telefon", "anschrift", "sprachen", "notizen", "status"}
    assert data["rollen"] == [{"rolle": "lotsin", "gueltig_ab": None}]
    assert [(e["datum"], e["minuten"], e["bemerkung"]) for e in data["einsaetze"]] == [
        ("2025-03-10", 150, "Jobcenter <Termin>"),
        ("2025-10-02", 90, ""),
    ]
    assert [(p["beleg_nr"], p["betrag_cent"]) for p in data["auszahlungen"]] == [("2025-002", 2000)]
    assert [e["jahr"] for e in data["freibetragserklaerungen"]] == [2025]
    assert data["verantwortlicher"]["name"] == "Verein <Brücke> & Co e.V."
    log = json.dumps(data["protokoll"], ensure_ascii=False)
    assert "Ольга & أحمد" in log and "Jobcenter <Termin>" in log and "Becker" not in log and "Schule" not in log
    assert data["aufbewahrung"]["bis"] == "2033-12-31"


def test_json_and_pdf_files_and_the_cli(db, tmp_path):
    lotse = _person(db)
    write_auskunft(db, lotse, tmp_path / "a.json", TODAY)
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["lotse"]["nr"] == "7"
    write_auskunft(db, lotse, tmp_path / "a.pdf", TODAY)
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "a.pdf").pages)
    for expected in (
        "Art. 15 DSGVO",
        "Nguyễn <b>",
        "Verein <Brücke> & Co e.V.",
        "Jobcenter <Termin>",
        "2025-002",
        "Stammdaten",
        "Freibetragserklärungen",
        "31.12.2033",
        "63065 Offenbach",
    ):
        assert expected in text
    assert "Becker" not in text
    db.close()
    assert (
        main(
            ["--db", str(tmp_path / "test.sqlite"), "lotse", "auskunft", "--lotse", "7", "-o", str(tmp_path / "c.json")]
        )
        == 0
    )
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["lotse"]["id"] == lotse
    assert (
        main(
            ["--db", str(tmp_path / "test.sqlite"), "lotse", "auskunft", "--lotse", "99", "-o", str(tmp_path / "d.pdf")]
        )
        == 1
    )
