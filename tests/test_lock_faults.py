"""Integrity on start and faults while open: a damaged file is named with its newest good Sicherung and can be
replaced by it (the damaged file kept aside); a folder that vanishes or turns read-only while the database is
open gives a German message and stores nothing."""

import os
import shutil
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

import pytest

from lotsendesk.services.backup import create_backup, default_backup_folder
from lotsendesk.services.database import DamagedError, open_database, restore_damaged
from lotsendesk.services.errors import DatabaseError
from lotsendesk.services.lotsen import list_lotsen
from tests.conftest import add_lotse


def _with_people(path: Path, count: int) -> None:
    db = open_database(path)
    try:
        for i in range(count):
            add_lotse(db, str(i + 1), f"Иванова{i}", "Ольга " + "x" * 300)
    finally:
        db.close()


def _damage(path: Path) -> None:
    """Garbage over a few pages in the middle (a bad sector, a half-written copy)."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(b"\xa5" * 4096 * 3)


def test_a_damaged_file_names_its_newest_good_backup_and_is_replaced_by_it(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    _with_people(path, 300)
    folder = default_backup_folder(path)
    folder.mkdir()
    create_backup(path, folder / "alt.sqlite", now=datetime(2026, 11, 1, 9, 0))
    create_backup(path, folder / "neu.sqlite", now=datetime(2026, 11, 30, 18, 5))
    (folder / "kaputt.sqlite").write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)  # not a good one
    _damage(path)
    damaged = path.read_bytes()

    with pytest.raises(DamagedError) as raised:
        open_database(path)

    error = raised.value
    assert error.backup is not None and error.backup.path.name == "neu.sqlite"
    assert "beschädigt" in error.message and "30.11.2026, 18:05" in error.message
    assert "backup restore" in error.message and "neu.sqlite" in error.message

    aside = restore_damaged(path, error.backup.path)
    assert aside.name.startswith("verein-beschaedigt-") and aside.read_bytes() == damaged  # kept, not deleted
    db = open_database(path)
    try:
        assert len(list_lotsen(db)) == 300
    finally:
        db.close()


def test_a_damaged_file_without_backup_says_so(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    _with_people(path, 300)
    _damage(path)
    with pytest.raises(DamagedError) as raised:
        open_database(path)
    assert raised.value.backup is None and "keine gute Sicherung" in raised.value.message


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_folder_made_read_only_while_open(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "verein.sqlite"
    db = open_database(path)
    try:
        add_lotse(db, "1", "Öztürk", "Ayşe")
        os.chmod(path, 0o400)
        os.chmod(folder, 0o500)
        with pytest.raises(DatabaseError) as raised:
            add_lotse(db, "2", "Weiß", "Søren")
        assert "nicht gespeichert" in raised.value.message or "nichts gespeichert" in raised.value.message
    finally:
        os.chmod(folder, 0o700)
        os.chmod(path, 0o600)
        db.close()


def test_folder_removed_while_open(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "verein.sqlite"
    db = open_database(path)
    try:
        add_lotse(db, "1", "Öztürk", "Ayşe")
        db.engine.dispose()  # the stick is pulled: the open handles die with it
        shutil.rmtree(folder)
        with pytest.raises(DatabaseError) as raised:
            add_lotse(db, "2", "Weiß", "Søren")
        assert "nicht erreichbar" in raised.value.message and "nichts gespeichert" in raised.value.message
    finally:
        db.close()  # no error for the lock whose folder is gone


@pytest.mark.parametrize(
    ("sqlite_text", "expected"),
    [
        ("disk I/O error", "nicht erreichbar"),
        ("unable to open database file", "nicht erreichbar"),
        ("attempt to write a readonly database", "schreibgeschützt"),
        ("database or disk is full", "voll"),
        ("database is locked", "anderen Programm"),
    ],
)
def test_every_sqlite_fault_has_its_german_message(sqlite_text: str, expected: str) -> None:
    from sqlalchemy import exc

    from lotsendesk.services.database import _operational_message

    message = _operational_message(exc.OperationalError("INSERT", {}, sqlite3.OperationalError(sqlite_text)))
    assert expected in message
    assert "gespeichert" in message or expected == "anderen Programm"
