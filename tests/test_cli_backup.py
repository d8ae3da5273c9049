"""``lotsendesk backup create|list|restore``: German output, exit codes 0/1/2, nothing replaced without a yes."""

import hashlib
import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from lotsendesk.cli import main
from lotsendesk.services.backup import automatic_backup, describe_backup
from lotsendesk.services.database import open_database
from lotsendesk.services.lock import lock_path
from lotsendesk.services.lotsen import list_lotsen
from tests.conftest import add_lotse


def run(tmp_path: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LOTSENDESK_DATA_DIR": str(tmp_path / "userdata"), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "lotsendesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    add_lotse(db, "2", "Петренко", "Ольга")
    db.close()
    return path


def names(path: Path) -> list[str]:
    db = open_database(path)
    try:
        return sorted(row.nachname for row in list_lotsen(db))
    finally:
        db.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_then_restore_in_real_processes(tmp_path: Path, db_path: Path) -> None:
    target = tmp_path / "stick" / "sicherung.sqlite"
    target.parent.mkdir()
    done = run(tmp_path, "--db", str(db_path), "backup", "create", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Sicherung „{target}“ geschrieben und geprüft: 2 Lots*innen, 0 Einsätze, 0 ")
    db = open_database(db_path)
    add_lotse(db, "3", "Nguyễn", "Thị Hương")
    db.close()

    done = run(tmp_path, "--db", str(db_path), "backup", "restore", str(target), stdin="j\n")

    assert done.returncode == 0, done.stderr
    assert "Die Sicherung „sicherung.sqlite“ enthält:" in done.stdout
    assert "Inhalt: 2 Lots*innen, 0 Einsätze, 0 Auszahlungen" in done.stdout
    assert "Wiederherstellen? [j/N]" in done.stdout
    assert "Der vorherige Stand ist gesichert in „" in done.stdout
    assert done.stdout.rstrip().endswith("Wiederhergestellt: 2 Lots*innen, 0 Einsätze, 0 Auszahlungen.")
    assert names(db_path) == ["Yılmaz", "Петренко"]
    before = list((tmp_path / "Sicherungen").glob("verein-vor-Wiederherstellung-*.sqlite"))
    assert len(before) == 1 and describe_backup(before[0]).lotsen == 3


def test_restore_asks_and_no_means_nothing_changes(tmp_path: Path, db_path: Path, monkeypatch, capsys) -> None:
    target = tmp_path / "s.sqlite"
    assert main(["--db", str(db_path), "backup", "create", "-o", str(target)]) == 0
    db = open_database(db_path)
    add_lotse(db, "3", "Neu")
    db.close()
    before = digest(db_path)
    for answer in ("n\n", "\n", ""):  # no, Enter, end of input (a script without --yes)
        monkeypatch.setattr("sys.stdin", io.StringIO(answer))
        assert main(["--db", str(db_path), "backup", "restore", str(target)]) == 1
        captured = capsys.readouterr()
        assert captured.err == "Abgebrochen; es wurde nichts verändert.\n"
        assert digest(db_path) == before
    assert not (tmp_path / "Sicherungen").exists()


def test_restore_with_yes_asks_nothing(tmp_path: Path, db_path: Path, capsys) -> None:
    target = tmp_path / "s.sqlite"
    assert main(["--db", str(db_path), "backup", "create", "-o", str(target)]) == 0
    db = open_database(db_path)
    add_lotse(db, "3", "Neu")
    db.close()
    assert main(["--db", str(db_path), "backup", "restore", str(target), "--yes"]) == 0
    assert "Wiederherstellen?" not in capsys.readouterr().out
    assert names(db_path) == ["Yılmaz", "Петренко"]


def test_create_into_a_folder_names_the_file(tmp_path: Path, db_path: Path, capsys) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    assert main(["--db", str(db_path), "backup", "create", "-o", str(folder)]) == 0
    files = list(folder.iterdir())
    assert len(files) == 1 and files[0].name.startswith("verein-Sicherung-") and files[0].suffix == ".sqlite"
    assert main(["--db", str(db_path), "backup", "create", "-o", str(folder / "ohne-endung")]) == 0
    assert (folder / "ohne-endung.sqlite").exists()


def test_create_into_a_missing_folder_fails_with_a_message(tmp_path: Path, db_path: Path) -> None:
    done = run(tmp_path, "--db", str(db_path), "backup", "create", "-o", str(tmp_path / "USB" / "s.sqlite"))
    assert done.returncode == 1
    assert done.stderr == (
        f"Fehler: Der Ordner „{tmp_path / 'USB'}“ ist nicht erreichbar (ist der USB-Stick eingesteckt?). "
        "Es wurde nichts geschrieben.\n"
    )
    assert done.stdout == ""


def test_create_without_a_database_exits_2(tmp_path: Path) -> None:
    done = run(tmp_path, "--db", str(tmp_path / "fehlt" / "v.sqlite"), "backup", "create", "-o", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.startswith("Fehler: Der Ordner „") and "Traceback" not in done.stderr


def test_list_shows_date_size_and_counts(tmp_path: Path, db_path: Path, capsys) -> None:
    assert main(["--db", str(db_path), "backup", "list"]) == 0
    assert capsys.readouterr().out == f"Noch keine Sicherungen in „{tmp_path / 'Sicherungen'}“.\n"
    db = open_database(db_path)
    automatic_backup(db, now=datetime(2026, 12, 1, 18, 3))
    add_lotse(db, "3", "Neu")
    automatic_backup(db, now=datetime(2026, 12, 2, 9, 30))
    db.close()
    (tmp_path / "Sicherungen" / "kaputt.sqlite").write_text("kein SQLite", encoding="utf-8")
    assert main(["--db", str(db_path), "backup", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Sicherungen in „{tmp_path / 'Sicherungen'}“:"
    rows = [line.split() for line in lines[1:] if "verein-" in line]
    assert [row[:2] for row in rows] == [["02.12.2026,", "09:30"], ["01.12.2026,", "18:03"]]
    assert [row[3:5] for row in rows] == [["KB", "verein-2026-12-02.sqlite"], ["KB", "verein-2026-12-01.sqlite"]]
    by_name = {line.split()[4]: line for line in lines[1:-1]}
    assert by_name["verein-2026-12-02.sqlite"].endswith("3 Lots*innen, 0 Einsätze, 0 Auszahlungen")
    assert by_name["verein-2026-12-01.sqlite"].endswith("2 Lots*innen, 0 Einsätze, 0 Auszahlungen")
    assert any("kaputt.sqlite  nicht verwendbar: „kaputt.sqlite“ ist keine Sicherung" in line for line in lines)
    assert lines[-1] == "Letzte Sicherung dieser Datenbank: 02.12.2026, 09:30 Uhr"


def test_restore_of_a_damaged_file_fails_with_exit_1(tmp_path: Path, db_path: Path, capsys) -> None:
    bad = tmp_path / "halb.sqlite"
    assert main(["--db", str(db_path), "backup", "create", "-o", str(tmp_path / "gut.sqlite")]) == 0
    bad.write_bytes((tmp_path / "gut.sqlite").read_bytes()[:6000])
    before = digest(db_path)
    assert main(["--db", str(db_path), "backup", "restore", str(bad), "--yes"]) == 1
    assert capsys.readouterr().err == (
        "Fehler: Die Sicherung „halb.sqlite“ ist beschädigt (unvollständig kopiert?) und kann nicht verwendet werden.\n"
    )
    assert digest(db_path) == before


def test_restore_while_another_computer_has_the_database_open_exits_2(tmp_path: Path, db_path: Path, capsys):
    assert main(["--db", str(db_path), "backup", "create", "-o", str(tmp_path / "s.sqlite")]) == 0
    owner = {"user": "kasse", "host": "buero-pc", "pid": 4242, "since": "2026-12-01T18:03:00"}
    lock_path(db_path).write_text(json.dumps(owner), encoding="utf-8")
    before = digest(db_path)
    assert main(["--db", str(db_path), "backup", "restore", str(tmp_path / "s.sqlite"), "--yes"]) == 2
    assert capsys.readouterr().err.startswith(
        "Fehler: Die Datenbank ist gerade geöffnet: von kasse auf buero-pc seit 01.12.2026, 18:03 Uhr."
    )
    assert digest(db_path) == before


def test_restore_of_an_older_version_is_brought_up_to_date(tmp_path: Path, db_path: Path, capsys) -> None:
    from tests.test_backup import _old_revision_file

    old = tmp_path / "alt.sqlite"
    _old_revision_file(old)
    assert main(["--db", str(db_path), "backup", "restore", str(old), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Gespeichert mit LotsenDesk 0.1.0 (Datenbankstand 0002)" in out
    assert names(db_path) == ["Alt"]
    assert list((tmp_path / "Sicherungen").glob("verein-vor-Update-0002-auf-*.sqlite"))


def test_a_damaged_database_is_set_aside_and_replaced_by_the_backup(tmp_path: Path, db_path: Path, capsys) -> None:
    good = tmp_path / "gut.sqlite"
    assert main(["--db", str(db_path), "backup", "create", "-o", str(good)]) == 0
    damaged = db_path.read_bytes()
    db_path.write_bytes(damaged[:4096] + b"\x00" * (len(damaged) - 4096))  # pages lost: fails its check
    assert main(["--db", str(db_path), "backup", "restore", str(good), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "beiseitegelegt" in out
    assert names(db_path) == ["Yılmaz", "Петренко"]
    assert len(list(tmp_path.glob("*-beschaedigt-*.sqlite"))) == 1


def test_encrypted_create_and_restore_with_the_environment_variable(tmp_path: Path, db_path: Path, monkeypatch):
    folder = tmp_path / "stick"
    folder.mkdir()
    env_run = lambda *args, stdin="": subprocess.run(  # noqa: E731
        [sys.executable, "-m", "lotsendesk", "--db", str(db_path), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "LOTSENDESK_BACKUP_PASSWORD": "Kennwort 1"},
        timeout=60,
        check=False,
    )
    done = env_run("backup", "create", "-o", str(folder), "--encrypt")
    assert done.returncode == 0, done.stderr
    (target,) = folder.iterdir()
    assert target.name.endswith(".sqlite.enc") and "Yılmaz".encode() not in target.read_bytes()
    db = open_database(db_path)
    add_lotse(db, "3", "Nguyễn", "Thị Hương")
    db.close()

    done = env_run("backup", "restore", str(target), "--yes")
    assert done.returncode == 0, done.stderr
    assert "Inhalt: 2 Lots*innen" in done.stdout
    assert names(db_path) == ["Yılmaz", "Петренко"]

    monkeypatch.setenv("LOTSENDESK_BACKUP_PASSWORD", "falsch")
    before = digest(db_path)
    assert main(["--db", str(db_path), "backup", "restore", str(target), "--yes"]) == 1
    assert digest(db_path) == before


def test_encrypted_create_asks_twice_and_refuses_a_mismatch(tmp_path: Path, db_path: Path, monkeypatch, capsys):
    monkeypatch.delenv("LOTSENDESK_BACKUP_PASSWORD", raising=False)
    answers = iter(["eins", "zwei"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["--db", str(db_path), "backup", "create", "-o", str(tmp_path / "s"), "--encrypt"]) == 1
    assert "stimmen nicht überein" in capsys.readouterr().err
    assert not list(tmp_path.glob("s*"))

    answers = iter(["gleich", "gleich", "falsch"])
    assert main(["--db", str(db_path), "backup", "create", "-o", str(tmp_path / "s"), "--encrypt"]) == 0
    assert (tmp_path / "s.sqlite.enc").exists()
    capsys.readouterr()
    before = digest(db_path)
    assert main(["--db", str(db_path), "backup", "restore", str(tmp_path / "s.sqlite.enc"), "--yes"]) == 1
    assert capsys.readouterr().err == "Fehler: Das Kennwort passt nicht zu dieser Sicherung.\n"
    assert digest(db_path) == before
