"""``course list`` and ``report teilnehmendenliste|kurs-verwendungsnachweis|teilnahmebescheinigung`` from the
shell: German output, exit codes, and no file written when something is wrong."""

import hashlib
from pathlib import Path

import pytest

from lotsendesk.services.database import open_database
from tests.test_cli import lotsendesk
from tests.test_kurs_dokumente import TITEL, build_course, text_of


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A closed database with the course of test_kurs_dokumente (Nr. 1, ended 15.03.2025)."""
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    try:
        assert build_course(db) == 1
    finally:
        db.close()
    return path


def run(tmp_path: Path, db_path: Path, *args: str):
    return lotsendesk(tmp_path, "--db", str(db_path), *args)


def test_course_list_shows_the_numbers(tmp_path, db_path):
    proc = run(tmp_path, db_path, "course", "list")
    assert proc.returncode == 0, proc.stderr
    header, row = proc.stdout.splitlines()
    assert header.split() == ["Nr.", "Art", "Titel", "Zeitraum", "UE", "TN/geplant", "Frist", "VN"]
    assert row.split()[0] == "1"
    for part in ("Basisqualifizierung", TITEL, "01.03.2025 – 15.03.2025", " 24 ", " 4/4 ", "15.06.2025"):
        assert part in row, (part, row)


def test_teilnehmendenliste_with_attendance_or_as_vorlage(tmp_path, db_path):
    out = tmp_path / "liste.pdf"
    proc = run(tmp_path, db_path, "report", "teilnehmendenliste", "--course", "1", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == (
        f"„liste.pdf“ geschrieben: Teilnehmendenliste „{TITEL}“ (mit Anwesenheit), 4 Teilnehmende, 3 Termine."
    )
    assert "✓" in text_of(out)[0]
    proc = run(tmp_path, db_path, "report", "teilnehmendenliste", "--course", "1", "--vorlage", "-o", str(out))
    assert proc.returncode == 0 and "(Vorlage zum Unterschreiben)" in proc.stdout
    assert "✓" not in " ".join(text_of(out))


def test_kurs_verwendungsnachweis_issues_a_fassung_once(tmp_path, db_path):
    out = tmp_path / "vn.pdf"
    proc = run(tmp_path, db_path, "report", "kurs-verwendungsnachweis", "--course", "1", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    sha = hashlib.sha256(out.read_bytes()).hexdigest()
    assert f"Verwendungsnachweis für „{TITEL}“, Fassung 1 (neu ausgestellt), SHA-256 {sha}." in proc.stdout
    proc = run(tmp_path, db_path, "report", "kurs-verwendungsnachweis", "--course", "1", "-o", str(out))
    assert proc.returncode == 0 and "Fassung 1 (unverändert seit " in proc.stdout and sha in proc.stdout
    draft = tmp_path / "entwurf.pdf"
    proc = run(tmp_path, db_path, "report", "kurs-verwendungsnachweis", "--course", "1", "--entwurf", "-o", str(draft))
    assert proc.returncode == 0, proc.stderr
    assert "Entwurf des Verwendungsnachweises" in proc.stdout
    assert "förderfähig 900,00 €, Überschuss 900,00 € – zurückzuzahlen." in proc.stdout
    assert "ENTWURF" in " ".join(text_of(draft)) and "ENTWURF" not in " ".join(text_of(out))


def test_teilnahmebescheinigung_for_one_person_or_a_german_error(tmp_path, db_path):
    out = tmp_path / "tb.pdf"
    proc = run(tmp_path, db_path, "report", "teilnahmebescheinigung", "--course", "1", "--lotse", "7", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"„tb.pdf“ geschrieben: 1 Teilnahmebescheinigung für „{TITEL}“."
    assert len(text_of(out)) == 1
    out.unlink()
    proc = run(tmp_path, db_path, "report", "teilnahmebescheinigung", "--course", "1", "--lotse", "9", "-o", str(out))
    assert proc.returncode == 1
    assert (
        proc.stderr.strip() == "Fehler: Keine Teilnahmebescheinigung für Hương Nguyễn: weniger als 80 % der UE besucht."
    )
    proc = run(tmp_path, db_path, "report", "teilnahmebescheinigung", "--course", "1", "--lotse", "99", "-o", str(out))
    assert proc.returncode == 1
    assert "Lots*innen-Nr. 99 steht nicht auf der Teilnehmendenliste von Kurs Nr. 1." in proc.stderr
    assert not out.exists()


def test_unknown_course_exits_1_and_writes_nothing(tmp_path, db_path):
    out = tmp_path / "x.pdf"
    for command in ("teilnehmendenliste", "kurs-verwendungsnachweis", "teilnahmebescheinigung"):
        proc = run(tmp_path, db_path, "report", command, "--course", "99", "-o", str(out))
        assert proc.returncode == 1, command
        assert proc.stderr.strip() == (
            "Fehler: Einen Kurs Nr. 99 gibt es nicht. Die Kurse und ihre Nr. zeigt: lotsendesk course list"
        )
    proc = run(tmp_path, db_path, "report", "teilnehmendenliste", "--course", "eins", "-o", str(out))
    assert proc.returncode == 2 and "„eins“ ist keine Nummer" in proc.stderr
    assert not out.exists()
