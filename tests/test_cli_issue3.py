"""``lotsendesk year|export|payout|check`` as a treasurer (or a script) runs them: real processes, real database."""

import csv
import io
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from lotsendesk.cli_commands import parse_amount
from lotsendesk.domain.errors import ValidationError
from lotsendesk.services.auszahlungen import list_payouts
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.exports import summary_table, text_cell, write_csv
from lotsendesk.services.exports.csv_file import csv_rows
from lotsendesk.services.foerderjahre import FoerderjahrData, add_rate, add_year, get_year, year_summary
from tests.conftest import add_lotse
from tests.test_cli import lotsendesk

TODAY = date(2025, 12, 31)
HYPERLINK = '=HYPERLINK("http://evil.example";"klick")'


def hours(db, lotse_id: int, first: date, count: int, minutes: int) -> None:
    for day in range(count):
        record_einsatz(db, EinsatzData(lotse_id, first + timedelta(days=day), minutes), today=TODAY)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A closed database: Förderjahr 2025, one Lots*in over the cap (300 h), one with a few hours, one with a
    formula for a name, one not qualified."""
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00"), aktenzeichen="II 25-62"))
    yilmaz = add_lotse(db, "1", "Yılmaz", "Şükrü", qualifiziert_am=date(2024, 6, 1), iban="DE02120300000000202051")
    olga = add_lotse(db, "2", "Петренко", "Ольга", qualifiziert_am=date(2025, 1, 1))
    evil = add_lotse(db, "3", HYPERLINK, "Eve", qualifiziert_am=date(2025, 1, 1))
    tesfaye = add_lotse(db, "4", "Tesfaye", "Dawit")
    hours(db, yilmaz, date(2025, 1, 2), 50, 360)  # 300 h recorded, 276 h claimable, 1.380,00 €
    hours(db, olga, date(2025, 2, 3), 5, 150)  # 12,50 h, 62,50 €
    hours(db, evil, date(2025, 3, 3), 1, 60)
    hours(db, tesfaye, date(2025, 3, 3), 2, 120)  # not qualified: recorded, never claimable
    add_rate(db, 2025, date(2025, 2, 1), Decimal("2500.00"))
    db.close()
    return path


def run(tmp_path: Path, db_path: Path, *args: str):
    return lotsendesk(tmp_path, "--db", str(db_path), *args)


# --- year add / show -----------------------------------------------------------------------------------------
def test_year_add_and_show_round_trip(tmp_path):
    path = tmp_path / "neu.sqlite"
    proc = run(
        tmp_path, path, "year", "add", "2026", "--approved", "5.000,00", "--rate", "5,50",
        "--file-number", "II 26-62 d", "--decision-date", "15.02.2026",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Förderjahr 2026 angelegt: bewilligt 5.000,00 €, Satz 5,50 €/h."
    db = open_database(path)
    try:
        data = get_year(db, 2026)
    finally:
        db.close()
    assert data is not None
    assert (data.bewilligt_einsatz, data.params.rate, data.aktenzeichen) == (
        Decimal("5000.00"),
        Decimal("5.50"),
        "II 26-62 d",
    )
    assert data.bescheid_datum == date(2026, 2, 15)

    proc = run(tmp_path, path, "year", "show", "2026")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for expected in (
        "Förderjahr 2026",
        "Aktenzeichen:",
        "II 26-62 d",
        "15.02.2026",
        "01.01.2026 – 31.12.2026",
        "5.000,00 €",
        "5,50 €/h",
        "276,00 Std.",
        "414,00 Std.",
        "Höchstgrenze bei Rollenwechsel: anteilig nach Tagen in jeder Rolle",
        "31.03.2027",
        "Raten erhalten:",
        "im Rahmen",
    ):
        assert expected in " ".join(out.split()), expected
    assert re.search(r"Frist Erklärung:\s+15\.03\.2026", out)


def test_year_show_has_the_figures_of_the_year(tmp_path, db_path):
    proc = run(tmp_path, db_path, "year", "show", "2025")
    assert proc.returncode == 0, proc.stderr
    lines = {line.split(":", 1)[0].strip(): line.split(":", 1)[1].strip() for line in proc.stdout.splitlines()[1:]}
    assert lines["Stunden erfasst"] == "317,50 Std."  # 300 + 12,5 + 1 + 4
    assert lines["Stunden abrechenbar"] == "289,50 Std."  # 276 + 12,5 + 1
    assert lines["Betrag abrechenbar"] == "1.447,50 €"
    assert lines["ausgezahlt"] == "0,00 €"
    assert lines["Raten erhalten"] == "2.500,00 € (01.02.2025 2.500,00 €)"
    assert lines["Budget"].startswith("im Rahmen")


def test_a_year_exists_once_exit_1(tmp_path, db_path):
    proc = run(tmp_path, db_path, "year", "add", "2025", "--approved", "100")
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.strip() == "Fehler: Das Förderjahr 2025 gibt es schon."


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--approved", "viel"], "„viel“ ist kein Betrag"),
        (["--approved", "5000", "--decision-date", "31.02.2026"], "Das Datum „31.02.2026“ gibt es nicht."),
        (["--approved", "5000", "--rate", "0"], "Der Stundensatz muss größer als 0 sein."),
    ],
)
def test_bad_input_is_refused_in_german_with_exit_1(tmp_path, args, message):
    path = tmp_path / "neu.sqlite"
    proc = run(tmp_path, path, "year", "add", "2026", *args)
    assert proc.returncode == 1
    assert proc.stderr.startswith("Fehler: ")
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_missing_year_is_a_german_error(tmp_path, db_path):
    proc = run(tmp_path, db_path, "year", "show", "2024")
    assert proc.returncode == 1
    assert proc.stderr.strip() == "Fehler: Für 2024 ist noch kein Förderjahr angelegt."


def test_usage_errors_are_german_and_exit_2(tmp_path):
    proc = run(tmp_path, tmp_path / "x.sqlite", "year", "add", "2026")
    assert proc.returncode == 2
    assert "Fehler: diese Angaben fehlen: --approved" in proc.stderr
    assert not (tmp_path / "x.sqlite").exists()


def test_a_database_that_cannot_be_opened_exits_2(tmp_path):
    foreign = tmp_path / "brief.sqlite"
    foreign.write_text("Sehr geehrte Damen und Herren", encoding="utf-8")
    proc = run(tmp_path, foreign, "year", "show", "2025")
    assert proc.returncode == 2
    assert proc.stderr.startswith("Fehler: ")


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("5000", "5000.00"),
        ("5.000,00", "5000.00"),
        ("5000.00", "5000.00"),
        ("5000,5", "5000.50"),
        ("5.000", "5000.00"),
        ("1.234.567,89", "1234567.89"),
        ("5,00 €", "5.00"),
        ("5.5", "5.50"),
        ("0", "0.00"),
    ],
)
def test_amounts_as_treasurers_type_them(typed, value):
    parsed = parse_amount(typed)
    assert parsed == Decimal(value)
    assert isinstance(parsed, Decimal)


@pytest.mark.parametrize("typed", ["", "abc", "5,000.00", "1,234", "5.0000", "-5", "5,001", "1e3", "50.00.00"])
def test_amounts_that_are_not_amounts(typed):
    with pytest.raises(ValidationError, match=r"kein Betrag|nicht negativ|zwei Stellen"):
        parse_amount(typed)


# --- export summary ------------------------------------------------------------------------------------------
def test_export_summary_writes_german_excel_csv(tmp_path, db_path):
    target = tmp_path / "jahr 2025.csv"
    proc = run(tmp_path, db_path, "export", "summary", "--year", "2025", "-o", str(target))
    assert proc.returncode == 0, proc.stderr
    assert "„jahr 2025.csv“ geschrieben: 4 Lots*innen" in proc.stdout
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    content = raw.decode("utf-8-sig")
    lines = content.split("\r\n")
    assert lines[0].startswith("Nr;Nachname;Vorname;Rolle;Stunden erfasst;Stunden abrechenbar;Betrag")
    rows = list(csv.reader(io.StringIO(content, newline=""), delimiter=";"))
    by_nr = {row[0]: row for row in rows[1:]}
    header = rows[0]
    yilmaz = dict(zip(header, by_nr["1"], strict=True))
    assert yilmaz == {
        "Nr": "1",
        "Nachname": "Yılmaz",
        "Vorname": "Şükrü",
        "Rolle": "Lots*in",
        "Stunden erfasst": "300,00",
        "Stunden abrechenbar": "276,00",
        "Betrag": "1380,00",
        "Qualifiziert am": "01.06.2024",
        "Höchstgrenze": "276,00",
        "ausgezahlt": "0,00",
    }
    assert by_nr["2"][1:3] == ["Петренко", "Ольга"]
    assert by_nr["4"][4:7] == ["4,00", "0,00", "0,00"]  # not qualified: recorded, not claimable
    assert by_nr["3"][1] == "'" + HYPERLINK  # stays text in Excel
    total = rows[-1]
    assert total[0] == "Summe"
    assert total[4:7] == ["317,50", "289,50", "1447,50"]
    assert "€" not in content
    assert list(tmp_path.glob(".jahr 2025.csv.*")) == []  # no temporary file left


def test_export_replaces_an_existing_file(tmp_path, db_path):
    target = tmp_path / "2025.csv"
    target.write_text("alt", encoding="utf-8")
    assert run(tmp_path, db_path, "export", "summary", "--year", "2025", "-o", str(target)).returncode == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfNr;")


def test_export_into_a_missing_folder_exits_1_and_writes_nothing(tmp_path, db_path):
    target = tmp_path / "fehlt" / "2025.csv"
    proc = run(tmp_path, db_path, "export", "summary", "--year", "2025", "-o", str(target))
    assert proc.returncode == 1
    assert "Fehler: Den Ordner" in proc.stderr
    assert not target.parent.exists()


def test_export_of_a_missing_year_exits_1(tmp_path, db_path):
    target = tmp_path / "2024.csv"
    proc = run(tmp_path, db_path, "export", "summary", "--year", "2024", "-o", str(target))
    assert proc.returncode == 1
    assert "Für 2024 ist noch kein Förderjahr angelegt." in proc.stderr
    assert not target.exists()


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+49 170", "'+49 170"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("Müller-Lüdenscheidt", "Müller-Lüdenscheidt"),
        ("", ""),
    ],
)
def test_formula_cells_become_text(value, cell):
    assert text_cell(value) == cell


def test_a_crash_while_writing_leaves_the_old_file(tmp_path, db_path, monkeypatch):
    db = open_database(db_path)
    try:
        summary = year_summary(db, 2025)
    finally:
        db.close()
    target = tmp_path / "2025.csv"
    target.write_bytes(b"alte Datei")

    def broken(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("lotsendesk.services.exports.files.os.replace", broken)
    with pytest.raises(KeyboardInterrupt):
        write_csv(summary_table(summary), target)
    assert target.read_bytes() == b"alte Datei"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
    rows = list(csv_rows(summary_table(summary)))
    assert rows[0][0] == "Nr" and rows[-1][0] == "Summe" and len(rows) == len(summary.people) + 2


# --- payout run ----------------------------------------------------------------------------------------------
def test_payout_run_prints_the_receipts_and_refuses_a_second_identical_run(tmp_path, db_path):
    args = ("payout", "run", "--year", "2025", "--until", "31.03.2025", "--paid-on", "2025-04-04")
    proc = run(tmp_path, db_path, *args)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[:3] == [  # in name order, as the Beleg-Nr. were given
        f"2025-001  {HYPERLINK}, Eve  1,00 Std.  5,00 €",
        "2025-002  Yılmaz, Şükrü  276,00 Std.  1.380,00 €",
        "2025-003  Петренко, Ольга  12,50 Std.  62,50 €",
    ]
    assert "Summe: 3 Auszahlungen, 289,50 Std., 1.447,50 € – bezahlt am 04.04.2025, Überweisung." in lines
    assert any(line.startswith("Hinweis: 2025-003 Петренко, Ольга: Keine IBAN") for line in lines)
    assert any("Keine Freibetragserklärung für 2025." in line for line in lines)
    assert lines[-1] == "Auszahlungslauf Nr. 1 – Quittungen: lotsendesk report quittungen --run 1 -o quittungen.pdf"
    assert proc.stderr == ""

    again = run(tmp_path, db_path, *args)
    assert again.returncode == 1
    assert "nichts mehr auszuzahlen" in again.stderr
    db = open_database(db_path)
    try:
        assert sorted(p.beleg_nr for p in list_payouts(db, 2025)) == ["2025-001", "2025-002", "2025-003"]
    finally:
        db.close()

    shown = run(tmp_path, db_path, "year", "show", "2025")
    assert re.search(r"ausgezahlt:\s+1\.447,50 €", shown.stdout)


def test_payout_run_cash_and_bad_dates(tmp_path, db_path):
    proc = run(
        tmp_path, db_path, "payout", "run", "--year", "2025", "--until", "28.02.2025", "--paid-on", "01.03.2025",
        "--method", "bar",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0].startswith("2025-001  Yılmaz, Şükrü  ")
    assert "bezahlt am 01.03.2025, bar." in proc.stdout

    bad = run(tmp_path, db_path, "payout", "run", "--year", "2025", "--until", "31.03.2025", "--paid-on", "gestern")
    assert bad.returncode == 1
    assert "„gestern“ ist kein Datum" in bad.stderr

    early = run(tmp_path, db_path, "payout", "run", "--year", "2025", "--until", "31.03.2025", "--paid-on", "1.3.25")
    assert early.returncode == 1
    assert "Auszahlungsdatum liegt vor dem Ende des Zeitraums" in early.stderr


# --- check ---------------------------------------------------------------------------------------------------
def test_check_without_errors_exits_0(tmp_path):
    """The real today decides the deadlines: a running year with clean data has no Fehler (warnings may be)."""
    this_year = date.today().year
    path = tmp_path / "sauber.sqlite"
    db = open_database(path)
    try:
        add_year(db, FoerderjahrData(jahr=this_year, bewilligt_einsatz=Decimal("5000.00")))
        lotse_id = add_lotse(db, "1", "Yılmaz", "Şükrü", qualifiziert_am=date(2024, 6, 1))
        record_einsatz(db, EinsatzData(lotse_id, date(this_year, 1, 1), 120))
    finally:
        db.close()
    proc = run(tmp_path, path, "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "FEHLER" not in proc.stdout
    assert proc.stdout.strip()
    assert proc.stderr == ""


def test_check_with_nothing_to_report(tmp_path, monkeypatch, capsys):
    from lotsendesk.cli import main

    monkeypatch.setattr("lotsendesk.services.pruefhinweise.collect", lambda db, jahr=None, today=None: [])
    assert main(["--db", str(tmp_path / "leer.sqlite"), "check"]) == 0
    assert capsys.readouterr().out == "Keine Prüfhinweise.\n"


def test_check_reports_hours_after_austritt_as_an_error_with_exit_1(tmp_path, db_path):
    db = open_database(db_path)
    try:  # an Einsatz after the Austritt (e.g. from an older version or a restored backup): the service refuses
        with db.engine.begin() as connection:  # to record one, so the test writes the Austritt directly
            connection.execute(text("UPDATE lotse SET austritt = :d WHERE nr = '2'"), {"d": date(2025, 2, 4)})
    finally:
        db.close()
    proc = run(tmp_path, db_path, "check", "--year", "2025")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    errors = [line for line in proc.stdout.splitlines() if line.startswith("FEHLER: ")]
    assert any("Ольга Петренко" in line and "Austritt" in line for line in errors), proc.stdout
