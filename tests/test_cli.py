"""``lotsendesk import …`` as a treasurer (or a script) runs it: real process, real exit codes."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzFilter, query_einsaetze
from lotsendesk.services.lotsen import list_lotsen
from tests.conftest import add_lotse

DATA = Path(__file__).parent / "data" / "import"


def lotsendesk(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LOTSENDESK_DATA_DIR": str(tmp_path / "userdata"), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "lotsendesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A closed database file with Nr 1–3 (closed, so the CLI process may take its lock)."""
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    add_lotse(db, "2", "Петренко", "Ольга")
    add_lotse(db, "3", "Nguyễn", "Thị Hương")
    db.close()
    return path


def einsaetze_in(path: Path) -> list[tuple[str, date, int]]:
    db = open_database(path)
    try:
        return [(r.nr, r.datum, r.minuten) for r in query_einsaetze(db, EinsatzFilter())]
    finally:
        db.close()


def test_import_prints_the_summary_and_exits_0(tmp_path, db_path):
    proc = lotsendesk(tmp_path, "--db", str(db_path), "import", "einsaetze", str(DATA / "einsaetze_excel_utf8_bom.csv"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "„einsaetze_excel_utf8_bom.csv“: 3 Einsätze importiert (7,25 Stunden)."
    assert einsaetze_in(db_path) == [
        ("1", date(2025, 3, 7), 150),
        ("2", date(2025, 3, 7), 105),
        ("3", date(2025, 3, 10), 180),
    ]


def test_import_of_lotsen_keeps_every_script(tmp_path):
    path = tmp_path / "neu.sqlite"
    proc = lotsendesk(tmp_path, "--db", str(path), "import", "lotsen", str(DATA / "lotsen_excel_utf8_bom.csv"))
    assert proc.returncode == 0, proc.stderr
    assert "4 Lots*innen importiert (4 neu, 0 aktualisiert)" in proc.stdout
    db = open_database(path)
    try:
        assert sorted(r.name for r in list_lotsen(db)) == sorted(
            ["Yılmaz, Şükrü", "Петренко, Ольга", "Nguyễn, Thị Hương", "Wiśniewski, Łukasz"]
        )
    finally:
        db.close()


def test_errors_are_listed_with_lines_and_exit_1_and_nothing_is_imported(tmp_path, db_path):
    bad = tmp_path / "maerz.csv"
    bad.write_bytes(b"Nr;Datum;Stunden\r\n1;07.03.2025;2\r\n99;07.03.2025;2\r\n1;31.02.2025;1\r\n")
    proc = lotsendesk(tmp_path, "--db", str(db_path), "import", "einsaetze", str(bad))
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [
        "Nichts importiert – 2 Fehler in „maerz.csv“:",
        "  Zeile 3: Eine*n Lots*in mit der Nr. „99“ gibt es nicht.",
        "  Zeile 4: Das Datum „31.02.2025“ gibt es nicht.",
    ]
    assert einsaetze_in(db_path) == []


def test_dry_run_checks_and_writes_nothing(tmp_path, db_path):
    args = ["--db", str(db_path), "import", "einsaetze", str(DATA / "einsaetze_tab_hmm.csv")]
    proc = lotsendesk(tmp_path, *args, "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Prüfung ohne Fehler: „einsaetze_tab_hmm.csv“: 3 Einsätze (13,33 Stunden)")
    assert einsaetze_in(db_path) == []
    assert lotsendesk(tmp_path, *args).returncode == 0  # the dry run left no record behind


def test_the_same_file_twice_is_refused_with_exit_1(tmp_path, db_path):
    args = ["--db", str(db_path), "import", "einsaetze", str(DATA / "einsaetze_cp1252.csv")]
    assert lotsendesk(tmp_path, *args).returncode == 0
    proc = lotsendesk(tmp_path, *args)
    assert proc.returncode == 1
    assert proc.stderr.startswith("Fehler: Diese Datei wurde bereits am ")
    assert len(einsaetze_in(db_path)) == 2


def test_a_missing_import_file_exits_1(tmp_path, db_path):
    proc = lotsendesk(tmp_path, "--db", str(db_path), "import", "lotsen", str(tmp_path / "fehlt.csv"))
    assert proc.returncode == 1
    assert "fehlt.csv“ gibt es nicht" in proc.stderr


@pytest.mark.parametrize("where", ["missing_folder", "not_a_database"])
def test_a_database_that_cannot_be_opened_exits_2(tmp_path, where):
    if where == "missing_folder":
        path = tmp_path / "kein" / "ordner" / "verein.sqlite"
    else:
        path = tmp_path / "notiz.sqlite"
        path.write_text("Das ist keine Datenbank.", encoding="utf-8")
    proc = lotsendesk(tmp_path, "--db", str(path), "import", "lotsen", str(DATA / "lotsen_cp1252.csv"))
    assert proc.returncode == 2
    assert proc.stderr.startswith("Fehler: ")
