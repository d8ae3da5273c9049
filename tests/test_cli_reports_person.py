"""``report stundennachweis``, ``report einsatzbestaetigung`` and ``report freibetragserklaerung`` from the shell:
German output, exit codes, and no file written when something is wrong."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from lotsendesk.domain.people import Status
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.traeger import TraegerData, set_traeger
from tests.conftest import add_lotse
from tests.reports.test_quittungen import pages_text
from tests.test_cli import lotsendesk

ZOE = 'Zoë <Test> & "Co"'


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Förderjahr 2025; Zoë (Nr. 7): 03.02.2025 1,50 h Gesundheit, 10.03.2025 2,00 h Schule/Kita; Ольга (Nr. 8,
    status aktiv) without Einsätze; Nr. 9 ausgeschieden, without Einsätze."""
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    try:
        add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
        set_traeger(
            db,
            TraegerData(
                name="Verein für Vielfalt & Teilhabe e.V.",
                anschrift="Marktplatz 1\n63065 Offenbach am Main",
                ort="Offenbach am Main",
                vertreter1_name="Dr. Anna Schmitt",
                vertreter1_funktion="Vorsitzende",
            ),
        )
        zoe = add_lotse(db, "7", '<Test> & "Co"', "Zoë", qualifiziert_am=date(2024, 1, 1), sprachen="Arabisch")
        add_lotse(db, "8", "Петренко", "Ольга", qualifiziert_am=date(2024, 1, 1))
        add_lotse(db, "9", "Weg", "Wilma", status=Status.AUSGESCHIEDEN, austritt=date(2024, 6, 30))
        today = date(2025, 12, 31)
        record_einsatz(db, EinsatzData(zoe, date(2025, 2, 3), 90, 3), today=today)
        record_einsatz(db, EinsatzData(zoe, date(2025, 3, 10), 120, 2), today=today)
    finally:
        db.close()
    return path


def run(tmp_path: Path, db_path: Path, *args: str):
    return lotsendesk(tmp_path, "--db", str(db_path), "report", *args)


# --- stundennachweis -----------------------------------------------------------------------------------------
def test_stundennachweis_for_one_person(tmp_path, db_path):
    out = tmp_path / "q1.pdf"
    proc = run(tmp_path, db_path, "stundennachweis", "--lotse", "7", "--from", "01.01.2025", "--to", "31.03.2025",
               "-o", str(out))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "„q1.pdf“ geschrieben: Stundennachweis für 1 Lots*in, 01.01.2025 – 31.03.2025."
    text = "\n".join(pages_text(out))
    for expected in (ZOE, "03.02.2025", "1,50", "10.03.2025", "2,00", "3,50", "Stunden gesamt (2 Einsätze)"):
        assert expected in text, expected


def test_stundennachweis_without_lotse_means_everybody_with_einsaetze(tmp_path, db_path):
    out = tmp_path / "feb.pdf"
    proc = run(tmp_path, db_path, "stundennachweis", "--from", "1.2.2025", "--to", "28.2.2025", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "„feb.pdf“ geschrieben: Stundennachweis für 1 Lots*in, 01.02.2025 – 28.02.2025."


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--lotse", "7", "--from", "31.02.2025", "--to", "31.03.2025"), "Das Datum „31.02.2025“ gibt es nicht."),
        (("--lotse", "7", "--from", "01.01.2025", "--to", "März"), "„März“ ist kein Datum. Bitte TT.MM.JJJJ eingeben."),
        (("--lotse", "7", "--from", "01.04.2025", "--to", "31.03.2025"),
         "Der Zeitraum beginnt nach seinem Ende (01.04.2025 – 31.03.2025)."),
        (("--lotse", "99", "--from", "01.01.2025", "--to", "31.03.2025"),
         "Eine*n Lots*in mit der Nr. 99 gibt es nicht."),
        (("--lotse", "8", "--from", "01.01.2025", "--to", "31.03.2025"),
         "Ольга Петренко (Nr. 8) hat vom 01.01.2025 bis 31.03.2025 keine Einsätze."),
        (("--from", "01.06.2025", "--to", "30.06.2025"), "Vom 01.06.2025 bis 30.06.2025 gibt es keine Einsätze."),
    ],
)  # fmt: skip
def test_stundennachweis_errors_exit_1_and_write_nothing(tmp_path, db_path, args, message):
    out = tmp_path / "x.pdf"
    proc = run(tmp_path, db_path, "stundennachweis", *args, "-o", str(out))
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"Fehler: {message}"
    assert proc.stdout == ""
    assert not out.exists()


def test_stundennachweis_unwritable_target_and_bad_database(tmp_path, db_path):
    out = tmp_path / "fehlt" / "x.pdf"
    args = ("stundennachweis", "--lotse", "7", "--from", "01.01.2025", "--to", "31.03.2025", "-o")
    proc = run(tmp_path, db_path, *args, str(out))
    assert proc.returncode == 1
    assert proc.stderr.startswith("Fehler: Die Datei „x.pdf“ konnte nicht geschrieben werden (")
    bad = tmp_path / "notiz.sqlite"
    bad.write_text("keine Datenbank", encoding="utf-8")
    assert run(tmp_path, bad, *args, str(tmp_path / "y.pdf")).returncode == 2
    assert not (tmp_path / "y.pdf").exists()


# --- einsatzbestaetigung -------------------------------------------------------------------------------------
def test_einsatzbestaetigung_from_first_to_last_einsatz_and_for_a_period(tmp_path, db_path):
    out = tmp_path / "b.pdf"
    proc = run(tmp_path, db_path, "einsatzbestaetigung", "--lotse", "7", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "„b.pdf“ geschrieben: Einsatzbestätigung für Lots*innen-Nr. 7."
    text = " ".join(" ".join(pages_text(out)).split())
    for expected in (ZOE, "vom 03.02.2025 bis zum 10.03.2025", "an 2 Einsätzen insgesamt 3,50 Stunden", "Arabisch",
                     "Dr. Anna Schmitt", "Vorsitzende", "Offenbach am Main, "):  # fmt: skip
        assert expected in text, expected
    proc = run(tmp_path, db_path, "einsatzbestaetigung", "--lotse", "7", "--from", "1.3.2025", "--to", "31.3.2025",
               "-o", str(out))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    text = " ".join(" ".join(pages_text(out)).split())
    assert "an einem Einsatz insgesamt 2,00 Stunden" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--lotse", "7", "--from", "1.13.2025"), "Das Datum „1.13.2025“ gibt es nicht."),
        (("--lotse", "8",), "Ольга Петренко (Nr. 8) hat noch keine Einsätze."),
        (("--lotse", "99",), "Eine*n Lots*in mit der Nr. 99 gibt es nicht."),
        (("--lotse", "7", "--to", "01.01.2025"), "Der Zeitraum beginnt nach seinem Ende (03.02.2025 – 01.01.2025)."),
    ],
)  # fmt: skip
def test_einsatzbestaetigung_errors_exit_1_and_write_nothing(tmp_path, db_path, args, message):
    out = tmp_path / "x.pdf"
    proc = run(tmp_path, db_path, "einsatzbestaetigung", *args, "-o", str(out))
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"Fehler: {message}"
    assert not out.exists()


# --- freibetragserklaerung -----------------------------------------------------------------------------------
def test_freibetragserklaerung_for_every_active_person_and_for_one(tmp_path, db_path):
    out = tmp_path / "f.pdf"
    proc = run(tmp_path, db_path, "freibetragserklaerung", "--year", "2025", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "„f.pdf“ geschrieben: 2 Freibetragserklärungen für 2025."
    zoe, olga = pages_text(out)  # Wilma (ausgeschieden, no Einsätze) gets none
    assert ZOE in zoe and "Freibetragserklärung 2025" in zoe and "3.000,00 €" in zoe
    assert "Ольга Петренко" in olga
    proc = run(tmp_path, db_path, "freibetragserklaerung", "--year", "2026", "--lotse", "9", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "„f.pdf“ geschrieben: 1 Freibetragserklärung für 2026."
    (text,) = pages_text(out)
    assert "Wilma Weg" in text and "3.300,00 €" in text


def test_freibetragserklaerung_errors_write_nothing(tmp_path, db_path):
    out = tmp_path / "x.pdf"
    proc = run(tmp_path, db_path, "freibetragserklaerung", "--year", "2025", "--lotse", "99", "-o", str(out))
    assert proc.returncode == 1
    assert proc.stderr.strip() == "Fehler: Eine*n Lots*in mit der Nr. 99 gibt es nicht."
    proc = run(tmp_path, db_path, "freibetragserklaerung", "--year", "25", "-o", str(out))
    assert proc.returncode == 2 and "keine Jahreszahl" in proc.stderr
    proc = run(tmp_path, db_path, "freibetragserklaerung", "--year", "2010", "-o", str(out))
    assert proc.returncode == 1
    assert proc.stderr.strip() == "Fehler: Für 2010 sind keine Freibeträge hinterlegt."
    assert not out.exists()
