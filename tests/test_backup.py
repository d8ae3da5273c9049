"""Sicherungen: made while the program works, checked, rotated, restored; every failure a German message and
nothing half-written."""

import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from lotsendesk import __version__
from lotsendesk.db import migrate
from lotsendesk.db.engine import make_engine
from lotsendesk.db.models import Auszahlung, Base, Einsatz, Lotse
from lotsendesk.services import backup
from lotsendesk.services.backup import (
    automatic_backup,
    backup_folder,
    backup_folder_of_file,
    choose_kept,
    create_backup,
    describe_backup,
    list_backups,
    restore_backup,
    rotate,
    set_backup_folder,
)
from lotsendesk.services.database import open_database
from lotsendesk.services.errors import DatabaseError, ServiceError
from lotsendesk.services.lotsen import list_lotsen
from tests.conftest import add_lotse

REPO = Path(__file__).resolve().parents[1]
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database (people, Einsätze, payouts, documents), made once; tests work on copies."""
    from lotsendesk.services.demo import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo_database(path, today=date(2026, 5, 15))
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path):
    path = tmp_path / "daten" / "verein.sqlite"
    path.parent.mkdir()
    shutil.copyfile(demo_file, path)
    database = open_database(path)
    yield database
    database.close()


def _counts(db) -> tuple[int, int, int]:
    with db.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(model)) for model in (Lotse, Einsatz, Auszahlung))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


# --- making and restoring -------------------------------------------------------------------------------------
def test_backup_while_a_session_is_open_then_restore_gives_the_old_data(demo_db, tmp_path: Path) -> None:
    before = _counts(demo_db)
    target = tmp_path / "sicherung.sqlite"
    with demo_db.session() as session:  # an edit in progress is not in the Sicherung, and does not block it
        session.add(Lotse(nr="X1", nachname="Unfertig", vorname=""))
        session.flush()
        info = create_backup(demo_db, target)
    assert (info.lotsen, info.einsaetze, info.auszahlungen) == before
    assert info.revision == migrate.HEAD_REVISION and info.app_version == __version__
    assert info.path == target and info.size == target.stat().st_size
    after_edit = _counts(demo_db)
    assert after_edit[0] == before[0] + 1
    add_lotse(demo_db, "X2", "Später")
    path = demo_db.path
    demo_db.close()

    result = restore_backup(path, target)

    assert (result.info.lotsen, result.info.einsaetze, result.info.auszahlungen) == before
    assert result.previous is not None and result.previous.parent == path.parent / "Sicherungen"
    assert "-vor-Wiederherstellung-" in result.previous.name
    assert describe_backup(result.previous).lotsen == before[0] + 2  # the state before is kept
    assert not path.with_name(path.name + "-wal").exists()
    reopened = open_database(path)
    try:
        assert _counts(reopened) == before
        assert {row.nr for row in list_lotsen(reopened)}.isdisjoint({"X1", "X2"})
    finally:
        reopened.close()


def test_a_backup_is_one_checked_file_with_nothing_left_beside_it(demo_db, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    info = create_backup(demo_db, folder / "a.sqlite")
    assert _files(folder) == ["a.sqlite"]  # no -wal, no temporary file
    connection = sqlite3.connect(folder / "a.sqlite")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    assert info.last_change is not None and info.newest_einsatz is not None
    assert describe_backup(folder / "a.sqlite") == info
    assert backup.last_backup_time(demo_db) is not None


def test_the_preview_shows_date_version_counts_and_last_change(demo_db, tmp_path: Path) -> None:
    info = create_backup(demo_db, tmp_path / "s.sqlite", now=datetime(2026, 5, 15, 18, 3))
    lotsen, einsaetze, auszahlungen = _counts(demo_db)
    text = info.preview()
    assert "Stand: 15.05.2026, 18:03 Uhr" in text
    assert f"LotsenDesk {__version__} (Datenbankstand {migrate.HEAD_REVISION})" in text
    assert f"{lotsen} Lots*innen, {einsaetze} Einsätze, {auszahlungen} Auszahlungen" in text
    assert "Neuester Einsatz: " in text
    assert info.has_log == ("protokoll" in Base.metadata.tables)
    assert ("Letzte Änderung: " if info.has_log else "Letzte Auszahlung/Import/Dokument: ") in text


def test_the_preview_names_what_the_last_change_is_known_from(tmp_path: Path) -> None:
    info = backup.BackupInfo(
        path=tmp_path / "s.sqlite",
        size=1,
        created=datetime(2026, 12, 1, 18, 3),
        revision="0002",
        app_version="",
        lotsen=1,
        einsaetze=1,
        auszahlungen=1,
        last_change=datetime(2026, 11, 30, 9, 15),
        newest_einsatz=date(2026, 11, 28),
    )
    assert info.preview() == (
        "Stand: 01.12.2026, 18:03 Uhr\n"
        "Gespeichert mit LotsenDesk unbekannt (Datenbankstand 0002)\n"
        "Inhalt: 1 Lots*in, 1 Einsatz, 1 Auszahlung\n"
        "Neuester Einsatz: 28.11.2026\n"
        "Letzte Auszahlung/Import/Dokument: 30.11.2026, 09:15 Uhr"
    )
    logged = replace(info, has_log=True)
    assert logged.preview().endswith("\nLetzte Änderung: 30.11.2026, 09:15 Uhr")
    assert "Letzte" not in replace(info, last_change=None).preview()


@pytest.mark.skipif("protokoll" not in Base.metadata.tables, reason="the audit trail comes with revision 0004")
def test_with_an_audit_trail_any_change_is_the_last_change_and_backups_leave_no_entry(db, tmp_path: Path) -> None:
    from lotsendesk.db.models import Protokoll

    add_lotse(db, "1", "A")
    with db.session() as session:
        entries = session.scalar(select(func.count()).select_from(Protokoll))
    info = create_backup(db, tmp_path / "s.sqlite")
    assert info.has_log and info.last_change is not None
    automatic_backup(db, now=datetime(2026, 12, 1, 9, 0))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Protokoll)) == entries


def test_a_backup_cannot_replace_the_database_itself(db) -> None:
    before = _digest(db.path)
    for target in (db.path, db.path.with_name(db.path.name + "-wal")):
        with pytest.raises(ServiceError, match="nicht die Datenbank selbst"):
            create_backup(db, target)
    assert _digest(db.path) == before


def test_an_existing_target_is_replaced_whole(db, tmp_path: Path) -> None:
    target = tmp_path / "alt.sqlite"
    target.write_text("alter Inhalt", encoding="utf-8")
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    assert create_backup(db, target).lotsen == 1
    assert describe_backup(target).lotsen == 1


def test_restore_refuses_while_the_database_is_open(db, tmp_path: Path) -> None:
    create_backup(db, tmp_path / "s.sqlite")
    before = _digest(db.path)
    with pytest.raises(DatabaseError, match="noch geöffnet"):
        restore_backup(db.path, tmp_path / "s.sqlite")
    assert _digest(db.path) == before


def test_restore_refuses_the_database_itself(tmp_path: Path) -> None:
    path = tmp_path / "v.sqlite"
    open_database(path).close()
    with pytest.raises(ServiceError, match="die Datenbank selbst"):
        restore_backup(path, path)


def test_restore_into_a_new_file_needs_no_backup_of_the_state_before(db, tmp_path: Path) -> None:
    add_lotse(db, "1", "Nguyễn")
    create_backup(db, tmp_path / "s.sqlite")
    target = tmp_path / "neu.sqlite"
    result = restore_backup(target, tmp_path / "s.sqlite")
    assert result.previous is None and result.info.lotsen == 1
    reopened = open_database(target)
    assert [row.nachname for row in list_lotsen(reopened)] == ["Nguyễn"]
    reopened.close()


def test_restore_keeps_the_backup_folder_chosen_now(tmp_path: Path) -> None:
    path = tmp_path / "v.sqlite"
    db = open_database(path)
    create_backup(db, tmp_path / "s.sqlite")  # made while the default folder was chosen
    stick = tmp_path / "stick"
    stick.mkdir()
    set_backup_folder(db, stick)
    db.close()
    result = restore_backup(path, tmp_path / "s.sqlite")
    assert result.previous is not None and result.previous.parent == stick
    assert backup_folder_of_file(path) == stick


# --- checking files -------------------------------------------------------------------------------------------
def test_a_truncated_copy_is_refused(demo_db, tmp_path: Path) -> None:
    good = create_backup(demo_db, tmp_path / "gut.sqlite").path
    bad = tmp_path / "halb.sqlite"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ServiceError) as info:
        describe_backup(bad)
    assert info.value.message == (
        "Die Sicherung „halb.sqlite“ ist beschädigt (unvollständig kopiert?) und kann nicht verwendet werden."
    )
    assert _files(tmp_path) == ["daten", "gut.sqlite", "halb.sqlite"]  # nothing written beside it


def test_a_page_overwritten_with_garbage_fails_the_integrity_check(demo_db, tmp_path: Path) -> None:
    path = create_backup(demo_db, tmp_path / "s.sqlite").path
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'rollenzuordnung'").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\xff" * page_size  # a table the preview does not read
    path.write_bytes(bytes(data))
    with pytest.raises(ServiceError, match="beschädigt"):
        describe_backup(path)
    describe_backup(path, check=False)  # the listing (no integrity check) still reads it


def test_a_text_file_and_another_programs_database_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "notiz.sqlite"
    text.write_text("Name;Stunden\n", encoding="utf-8")
    other = tmp_path / "adressen.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE kontakt (name TEXT)")
    connection.commit()
    connection.close()
    for path in (text, other):
        with pytest.raises(ServiceError) as info:
            describe_backup(path)
        assert info.value.message == f"„{path.name}“ ist keine Sicherung einer LotsenDesk-Datenbank."


def test_a_file_of_a_newer_version_is_refused_naming_both_versions(db, tmp_path: Path) -> None:
    path = create_backup(db, tmp_path / "neu.sqlite").path
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.execute("UPDATE meta SET value = '9.1.0' WHERE key = 'app_version'")
    connection.commit()
    connection.close()
    with pytest.raises(ServiceError) as info:
        describe_backup(path)
    assert info.value.message == (
        "„neu.sqlite“ wurde mit einer neueren LotsenDesk-Version (9.1.0, Datenbankstand 9999) gespeichert. "
        f"Sie verwenden LotsenDesk {__version__} (Datenbankstand {migrate.HEAD_REVISION}). Bitte installieren Sie "
        "zuerst die neuere Version."
    )
    db_path = db.path
    db.close()
    before = _digest(db_path)
    with pytest.raises(ServiceError, match="neueren LotsenDesk-Version"):
        restore_backup(db_path, path)
    assert _digest(db_path) == before
    assert not (db_path.parent / "Sicherungen").exists()  # refused before anything was backed up


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ServiceError) as info:
        describe_backup(tmp_path / "weg.sqlite")
    assert info.value.message == "Die Datei „weg.sqlite“ gibt es nicht (mehr). Ist der USB-Stick eingesteckt?"


# --- rotation -------------------------------------------------------------------------------------------------
def test_a_year_of_daily_backups_keeps_7_days_4_weeks_12_months() -> None:
    days = [date(2026, 1, 1) + timedelta(days=n) for n in range(335)]  # 01.01.–01.12.2026
    assert days[-1] == date(2026, 12, 1)
    kept = choose_kept(days)
    expected_days = {date(2026, 12, 1) - timedelta(days=n) for n in range(7)}  # 25.11.–01.12.
    expected_weeks = {date(2026, 12, 1), date(2026, 11, 29), date(2026, 11, 22), date(2026, 11, 15)}
    expected_months = {date(2026, 12, 1)} | {date(2026, m + 1, 1) - timedelta(days=1) for m in range(1, 12)}
    assert expected_months >= {date(2026, 1, 31), date(2026, 2, 28), date(2026, 11, 30)}
    assert kept == expected_days | expected_weeks | expected_months
    assert len(kept) == 19


def test_rotation_with_gaps_keeps_the_newest_of_each_period() -> None:
    days = [date(2025, 3, 2), date(2025, 3, 20), date(2025, 7, 1), date(2025, 7, 2), date(2026, 1, 5)]
    assert choose_kept(days, daily=1, weekly=1, monthly=2) == {date(2026, 1, 5), date(2025, 7, 2)}
    assert choose_kept(days) == set(days)  # fewer than 7: all kept
    assert choose_kept([]) == set()
    # the same week or month number a year apart is another week or month
    yearly = [date(2026, 1, 7), date(2025, 1, 8), date(2024, 1, 10)]
    assert choose_kept(yearly, daily=0, weekly=2, monthly=0) == {date(2026, 1, 7), date(2025, 1, 8)}
    assert choose_kept(yearly, daily=0, weekly=0, monthly=3) == set(yearly)


_DAYS = st.lists(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)), max_size=120)


@settings(max_examples=300, deadline=None)
@given(_DAYS)
def test_rotation_properties(days: list[date]) -> None:
    kept = choose_kept(days)
    distinct = sorted(set(days), reverse=True)
    assert kept <= set(distinct)
    assert len(kept) <= 7 + 4 + 12
    assert set(distinct[:7]) <= kept
    for period, count in ((lambda d: d.isocalendar()[:2], 4), (lambda d: (d.year, d.month), 12)):
        newest_periods = list(dict.fromkeys(period(d) for d in distinct))[:count]
        for key in newest_periods:
            assert max(d for d in distinct if period(d) == key) in kept
    assert choose_kept(kept) == kept  # stable: the next run deletes nothing more without a new backup


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=150))
def test_rotating_after_every_backup_equals_rotating_once(gaps: list[int]) -> None:
    """A day dropped by one run is never one a later run would have wanted."""
    day, existing, all_days = date(2026, 1, 1), set(), []
    for gap in gaps:
        day += timedelta(days=gap)
        all_days.append(day)
        existing = choose_kept(existing | {day})
    assert existing == choose_kept(all_days)


def test_rotate_deletes_only_this_databases_daily_backups(tmp_path: Path) -> None:
    folder = tmp_path / "Sicherungen"
    folder.mkdir()
    days = [date(2026, 1, 1) + timedelta(days=n) for n in range(60)]
    for day in days:
        (folder / f"verein-{day.isoformat()}.sqlite").write_bytes(b"x")
    others = [
        "verein-vor-Update-0002-auf-0003.sqlite",
        "verein-vor-Wiederherstellung-2026-01-03_10-00-00.sqlite",
        "demo-2026-01-01.sqlite",
        "verein-2026-02-30.sqlite",  # no such day: not ours to judge
        "Sicherung Januar.sqlite",
    ]
    for name in others:
        (folder / name).write_bytes(b"x")
    removed = rotate(folder, tmp_path / "verein.sqlite")
    kept_days = choose_kept(days)
    assert {p.name for p in removed} == {f"verein-{d.isoformat()}.sqlite" for d in days if d not in kept_days}
    assert set(_files(folder)) == {f"verein-{d.isoformat()}.sqlite" for d in kept_days} | set(others)


# --- automatic ------------------------------------------------------------------------------------------------
def test_automatic_backup_at_most_once_a_day_then_rotated(db) -> None:
    add_lotse(db, "1", "Ołeksandr")
    folder = db.path.parent / "Sicherungen"
    first = automatic_backup(db, now=datetime(2026, 12, 1, 9, 0))
    assert first is not None and first.info.path == folder / "test-2026-12-01.sqlite"
    assert automatic_backup(db, now=datetime(2026, 12, 1, 23, 59)) is None
    assert _files(folder) == ["test-2026-12-01.sqlite"]
    day = datetime(2026, 12, 2, 20, 0)
    for _ in range(40):
        made = automatic_backup(db, now=day)
        assert made is not None and made.info.lotsen == 1
        day += timedelta(days=1)
    names = _files(folder)
    dates = {date.fromisoformat(name[len("test-") : -len(".sqlite")]) for name in names}
    assert dates == choose_kept(date(2026, 12, 1) + timedelta(days=n) for n in range(41))
    assert backup_folder(db) == folder


@POSIX
def test_the_default_backup_folder_is_private(db) -> None:
    automatic_backup(db, now=datetime(2026, 12, 1, 9, 0))
    assert (db.path.parent / "Sicherungen").stat().st_mode & 0o777 == 0o700


def test_nothing_is_deleted_when_the_new_backup_fails(db, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = db.path.parent / "Sicherungen"
    day = datetime(2026, 1, 1, 18, 0)
    for _ in range(30):
        automatic_backup(db, now=day)
        day += timedelta(days=1)
    before = _files(folder)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_copy_database", full)
    for _ in range(10):  # ten more days without a working backup: nothing of the old ones goes
        with pytest.raises(ServiceError, match="nicht genug Platz"):
            automatic_backup(db, now=day)
        day += timedelta(days=1)
    assert _files(folder) == before


def test_a_chosen_backup_folder_is_used_and_remembered(db, tmp_path: Path) -> None:
    stick = tmp_path / "USB"
    stick.mkdir()
    assert set_backup_folder(db, stick) == stick
    assert backup_folder(db) == stick
    made = automatic_backup(db, now=datetime(2026, 12, 1, 9, 0))
    assert made is not None and made.info.path.parent == stick
    db.close()
    assert backup_folder_of_file(db.path) == stick


def test_a_missing_backup_folder_is_refused_or_reported(db, tmp_path: Path) -> None:
    with pytest.raises(ServiceError) as info:
        set_backup_folder(db, tmp_path / "gibtsnicht")
    assert "ist nicht erreichbar (ist der USB-Stick eingesteckt?)" in info.value.message
    stick = tmp_path / "USB"
    stick.mkdir()
    set_backup_folder(db, stick)
    stick.rmdir()  # the stick is pulled
    with pytest.raises(ServiceError) as info:
        automatic_backup(db, now=datetime(2026, 12, 1, 9, 0))
    assert info.value.message == (
        f"Der Ordner „{stick}“ ist nicht erreichbar (ist der USB-Stick eingesteckt?). Es wurde nichts geschrieben."
    )
    assert not stick.exists()
    assert set_backup_folder(db, None) == db.path.parent / "Sicherungen"
    assert backup_folder(db) == db.path.parent / "Sicherungen"


def test_list_backups_newest_first_with_counts_and_problems(db) -> None:
    folder = db.path.parent / "Sicherungen"
    add_lotse(db, "1", "A")
    automatic_backup(db, now=datetime(2026, 12, 1, 9, 0))
    add_lotse(db, "2", "B")
    automatic_backup(db, now=datetime(2026, 12, 2, 9, 0))
    (folder / "kaputt.sqlite").write_text("kein SQLite", encoding="utf-8")
    (folder / "liesmich.txt").write_text("x", encoding="utf-8")
    listed = list_backups(folder)
    assert [item.path.name for item in listed if item.info] == ["test-2026-12-02.sqlite", "test-2026-12-01.sqlite"]
    assert [item.info.lotsen for item in listed if item.info] == [2, 1]
    assert [item.path.name for item in listed if item.problem] == ["kaputt.sqlite"]
    assert list_backups(folder / "fehlt") == []


# --- before an update -----------------------------------------------------------------------------------------
def _old_revision_file(path: Path, revision: str = "0002") -> None:
    """A LotsenDesk file as an older version left it: migrated only up to ``revision``."""
    from alembic import command

    engine = make_engine(path)
    with engine.begin() as connection:
        command.upgrade(migrate._config(connection), revision)
        connection.exec_driver_sql(
            "INSERT INTO meta (key, value) VALUES ('application', 'LotsenDesk'), ('app_version', '0.1.0')"
        )
        connection.exec_driver_sql(
            "INSERT INTO lotse (nr, nachname, vorname, email, telefon, anschrift, iban, sprachen, notizen, status) "
            "VALUES ('1', 'Alt', '', '', '', '', '', '', '', 'aktiv')"
        )
    engine.dispose()


def test_a_backup_is_made_before_every_migration(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    _old_revision_file(path)
    db = open_database(path)
    db.close()
    saved = tmp_path / "Sicherungen" / f"verein-vor-Update-0002-auf-{migrate.HEAD_REVISION}.sqlite"
    assert _files(tmp_path / "Sicherungen") == [saved.name]
    info = describe_backup(saved)
    assert (info.revision, info.app_version, info.lotsen) == ("0002", "0.1.0", 1)
    db = open_database(path)  # already current: no second Sicherung
    db.close()
    assert _files(tmp_path / "Sicherungen") == [saved.name]


def test_no_migration_without_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "verein.sqlite"
    _old_revision_file(path)
    before = _digest(path)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_copy_database", full)
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert info.value.message.startswith(
        "Vor dem Update der Datenbank auf die neue Version konnte keine Sicherung angelegt werden: Auf dem "
        "Datenträger von „"
    )
    assert info.value.message.endswith("Die Datenbank wurde nicht verändert.")
    assert _digest(path) == before
    assert _files(tmp_path / "Sicherungen") == []


def test_before_an_update_a_missing_stick_falls_back_to_the_default_folder(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    _old_revision_file(path)
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO meta (key, value) VALUES ('backup.folder', ?)", (str(tmp_path / "USB"),))
    connection.commit()
    connection.close()
    open_database(path).close()
    assert len(_files(tmp_path / "Sicherungen")) == 1


# --- permissions ----------------------------------------------------------------------------------------------
@POSIX
def test_database_and_backups_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        db = open_database(tmp_path / "v.sqlite")
        add_lotse(db, "1", "A")
        made = automatic_backup(db, now=datetime(2026, 12, 1, 9, 0))
        manual = create_backup(db, tmp_path / "manuell.sqlite")
        modes = {
            name: (tmp_path / name).stat().st_mode & 0o777 for name in ("v.sqlite", "v.sqlite-wal", "v.sqlite-shm")
        }
        db.close()
    finally:
        os.umask(old)
    assert modes == {"v.sqlite": 0o600, "v.sqlite-wal": 0o600, "v.sqlite-shm": 0o600}
    assert made is not None and made.info.path.stat().st_mode & 0o777 == 0o600
    assert manual.path.stat().st_mode & 0o777 == 0o600
    restored = restore_backup(tmp_path / "v.sqlite", manual.path)
    assert (tmp_path / "v.sqlite").stat().st_mode & 0o777 == 0o600
    assert restored.previous is not None and restored.previous.stat().st_mode & 0o777 == 0o600


# --- faults ---------------------------------------------------------------------------------------------------
def test_target_folder_missing(db, tmp_path: Path) -> None:
    with pytest.raises(ServiceError) as info:
        create_backup(db, tmp_path / "USB-Stick" / "s.sqlite")
    assert info.value.message == (
        f"Der Ordner „{tmp_path / 'USB-Stick'}“ ist nicht erreichbar (ist der USB-Stick eingesteckt?). "
        "Es wurde nichts geschrieben."
    )
    assert not (tmp_path / "USB-Stick").exists()


def test_target_folder_read_only(db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "schreibgeschuetzt"
    folder.mkdir()

    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(backup.tempfile, "mkstemp", read_only)
    with pytest.raises(ServiceError) as info:
        create_backup(db, folder / "s.sqlite")
    assert info.value.message == (
        f"Der Ordner „{folder}“ ist schreibgeschützt. Es wurde nichts geschrieben; bitte wählen Sie einen anderen Ort."
    )
    assert _files(folder) == []


@pytest.mark.skipif(
    sys.platform == "win32" or not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="as root (and on Windows) chmod does not stop writing; test_target_folder_read_only covers it",
)
def test_target_folder_read_only_by_chmod(db, tmp_path: Path) -> None:
    folder = tmp_path / "schreibgeschuetzt"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ServiceError, match="schreibgeschützt"):
            create_backup(db, folder / "s.sqlite")
        assert _files(folder) == []
    finally:
        folder.chmod(0o755)


def test_disk_full_in_the_middle_leaves_nothing_half_written(db, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "s.sqlite").write_text("die alte Sicherung", encoding="utf-8")
    real_copy = backup._copy_database

    def full_after_writing(source, temp, changes):
        real_copy(source, temp, changes)  # the copy is on the disk, half of it lost
        with open(temp, "r+b") as handle:
            handle.truncate(temp.stat().st_size // 2)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_copy_database", full_after_writing)
    with pytest.raises(ServiceError) as info:
        create_backup(db, folder / "s.sqlite")
    assert info.value.message == (
        f"Auf dem Datenträger von „{folder}“ ist nicht genug Platz. Es wurde nichts geschrieben; bitte schaffen Sie "
        "Platz oder wählen Sie einen anderen Ort."
    )
    assert _files(folder) == ["s.sqlite"]
    assert (folder / "s.sqlite").read_text(encoding="utf-8") == "die alte Sicherung"


def test_sqlites_own_disk_full_error(db, tmp_path: Path, monkeypatch) -> None:
    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy_database", full)
    with pytest.raises(ServiceError, match="nicht genug Platz"):
        create_backup(db, tmp_path / "s.sqlite")
    assert not (tmp_path / "s.sqlite").exists()
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_real_write_limit_ends_in_a_message_and_no_file(tmp_path: Path) -> None:
    """The write really fails in SQLite (file size limit of the process), not in a stand-in."""
    db = open_database(tmp_path / "v.sqlite")
    for n in range(300):
        add_lotse(db, str(n), "Nachname" * 10)
    db.close()
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        from pathlib import Path
        from lotsendesk.services.backup import create_backup
        from lotsendesk.services.errors import ServiceError
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20000, resource.RLIM_INFINITY))
        try:
            create_backup(Path({str(tmp_path / "v.sqlite")!r}), Path({str(tmp_path / "out" / "s.sqlite")!r}))
        except ServiceError as error:
            print(error.message)
            sys.exit(3)
        """
    )
    (tmp_path / "out").mkdir()
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr
    assert "Es wurde nichts geschrieben." in done.stdout and "Traceback" not in done.stderr
    assert _files(tmp_path / "out") == []


def test_source_vanishes_during_restore(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v.sqlite"
    db = open_database(path)
    add_lotse(db, "1", "Jetzt")
    stick = tmp_path / "stick"
    stick.mkdir()
    create_backup(db, stick / "s.sqlite")
    db.close()
    before = _digest(path)
    real_copy = backup._copy_database

    def pulled(source, temp, changes):
        shutil.rmtree(stick)  # the stick is pulled while the copy runs
        real_copy(source, temp, changes)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backup, "_copy_database", pulled)
    with pytest.raises(ServiceError) as info:
        restore_backup(path, stick / "s.sqlite")
    assert info.value.message == (
        "Die Sicherung „s.sqlite“ ist nicht mehr erreichbar (wurde der USB-Stick entfernt?). "
        "Die Datenbank wurde nicht verändert."
    )
    assert _digest(path) == before
    assert _files(tmp_path) == ["v.sqlite"]  # no staging copy, no Sicherung of the state before


def test_restore_fails_cleanly_when_the_state_before_cannot_be_saved(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "v.sqlite"
    db = open_database(path)
    create_backup(db, tmp_path / "s.sqlite")
    add_lotse(db, "1", "Neu")
    db.close()
    before = _digest(path)
    real_create = backup.create_backup

    def no_room(source, target, **kwargs):
        if "vor-Wiederherstellung" in Path(target).name:
            raise ServiceError(backup._disk_full(Path(target).parent))
        return real_create(source, target, **kwargs)

    monkeypatch.setattr(backup, "create_backup", no_room)
    with pytest.raises(ServiceError) as info:
        restore_backup(path, tmp_path / "s.sqlite")
    assert info.value.message.startswith("Der jetzige Stand konnte vor dem Wiederherstellen nicht gesichert werden:")
    assert _digest(path) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_corrupt_backup_is_refused_by_restore(db, tmp_path: Path) -> None:
    good = create_backup(db, tmp_path / "gut.sqlite").path
    bad = tmp_path / "halb.sqlite"
    bad.write_bytes(good.read_bytes()[:5000])
    db.close()
    before = _digest(db.path)
    with pytest.raises(ServiceError, match="beschädigt"):
        restore_backup(db.path, bad)
    assert _digest(db.path) == before


# --- encrypted Sicherungen ------------------------------------------------------------------------------------
def test_encrypted_round_trip_and_nothing_readable(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    target = tmp_path / "stick" / "s.sqlite.enc"
    target.parent.mkdir()
    info = create_backup(db, target, password="geheim 123")
    add_lotse(db, "2", "Neu")
    db.close()

    raw = target.read_bytes()
    assert raw.startswith(backup.MAGIC) and backup.is_encrypted(target)
    assert "Yılmaz".encode() not in raw and b"SQLite format 3" not in raw and b"lotsendesk" not in raw.lower()
    assert info.path == target and info.size == len(raw) and info.lotsen == 1
    assert _files(target.parent) == ["s.sqlite.enc"]  # no temporary file left
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o777 == 0o600
    described = describe_backup(target, password="geheim 123")
    assert described.path == target and described.lotsen == 1

    result = restore_backup(path, target, password="geheim 123")
    assert result.info.lotsen == 1 and result.previous is not None
    assert describe_backup(result.previous).lotsen == 2  # the state before, backed up unencrypted as usual
    db = open_database(path)
    try:
        assert [row.nachname for row in list_lotsen(db)] == ["Yılmaz"]
    finally:
        db.close()


def test_encrypted_backup_refuses_wrong_or_missing_password_and_changes_nothing(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    add_lotse(db, "1", "Yılmaz")
    target = tmp_path / "s.sqlite.enc"
    create_backup(db, target, password="richtig")
    add_lotse(db, "2", "Neu")
    db.close()
    before = _digest(path)
    private_temp = tmp_path / "tmp"
    private_temp.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(private_temp))
    for password, text in (
        ("falsch", "Das Kennwort passt nicht zu dieser Sicherung."),
        (None, "Diese Sicherung ist verschlüsselt; bitte das Kennwort angeben."),
        ("", "Diese Sicherung ist verschlüsselt; bitte das Kennwort angeben."),
    ):
        with pytest.raises(ServiceError) as caught:
            describe_backup(target, password=password)
        assert str(caught.value.message) == text
        with pytest.raises(ServiceError) as caught:
            restore_backup(path, target, password=password)
        assert str(caught.value.message) == text
    assert _digest(path) == before
    assert not (tmp_path / "Sicherungen").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.sqlite.enc", "tmp", "verein.sqlite"]
    assert _files(private_temp) == []  # no decrypted copy left behind
    restore_backup(path, target, password="richtig")
    assert _files(private_temp) == []


def test_encrypted_backup_damaged_or_empty_password(tmp_path: Path, demo_db) -> None:
    with pytest.raises(ServiceError):
        create_backup(demo_db, tmp_path / "leer.sqlite.enc", password="")
    assert not (tmp_path / "leer.sqlite.enc").exists()
    target = tmp_path / "s.sqlite.enc"
    create_backup(demo_db, target, password="pw")
    raw = bytearray(target.read_bytes())
    raw[-100] ^= 0xFF  # one flipped bit: GCM notices it
    target.write_bytes(bytes(raw))
    with pytest.raises(ServiceError):
        describe_backup(target, password="pw")
    target.write_bytes(backup.MAGIC + b"kurz")
    with pytest.raises(ServiceError) as caught:
        describe_backup(target, password="pw")
    assert "beschädigt" in str(caught.value.message)


def test_an_encrypted_backup_is_listed_with_the_note_that_it_needs_its_password(tmp_path: Path) -> None:
    db = open_database(tmp_path / "verein.sqlite")
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    folder = tmp_path / "stick"
    folder.mkdir()
    create_backup(db, folder / "plain.sqlite")
    create_backup(db, folder / "secret.sqlite.enc", password="geheim 123")
    db.close()
    listed = {item.path.name: item for item in list_backups(folder)}
    assert set(listed) == {"plain.sqlite", "secret.sqlite.enc"}
    assert listed["plain.sqlite"].problem is None
    assert "verschlüsselt" in listed["secret.sqlite.enc"].problem
