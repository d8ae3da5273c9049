"""Sicherungen of the database file: made, checked, listed, rotated and restored.

- ``create_backup`` copies the database with SQLite's online backup API (a consistent snapshot of what is
  committed, also while the program has the file open in WAL mode) into a private temporary file beside the
  target, switches the copy to a single self-contained file (no -wal), checks it (``PRAGMA integrity_check``,
  LotsenDesk's tables, a schema revision this version knows) and only then renames it onto the target. On any
  failure the temporary file is removed: there is never a half-written Sicherung under the target's name.
- ``automatic_backup`` makes at most one a day (``<name>-2026-12-01.sqlite`` in the backup folder) and then
  rotates: the 7 newest days, the newest of each of the 4 newest ISO weeks and of each of the 12 newest months
  are kept (``choose_kept``, a pure function). Only files of that daily pattern are ever deleted, and only after
  the new one was checked. Sicherungen before an update or a restore and manual ones stay until the user
  deletes them.
- ``backup_before_update`` is called by ``open_database`` before it migrates an older file.
- ``describe_backup`` says what a file holds (for the restore preview); ``restore_backup`` checks the file,
  backs up the current state, and replaces the database file atomically while no connection is open.

Encrypted Sicherungen (``create_backup(..., password=...)``, suffix ``.sqlite.enc``): the checked copy is
encrypted with AES-256-GCM under a key derived from the password by scrypt (n=2**15, r=8, p=1, a random 16-byte
salt). File format: ``LDSENC1\n`` + salt (16 bytes) + nonce (12 bytes) + ciphertext with the GCM tag; magic and
salt are authenticated as associated data. ``describe_backup`` and ``restore_backup`` recognise the magic, decrypt
into a private temporary file (0600, in the system's temporary folder, removed afterwards) and then proceed as for
a plain Sicherung. Automatic Sicherungen are never encrypted (no password is stored anywhere).

The backup folder is kept in the database's ``meta`` table (``backup.folder``); without it: ``Sicherungen``
beside the database. Files are created readable by the owner only (0600; not on Windows, where the user's
profile folder is private already).
"""

import contextlib
import errno
import os
import re
import secrets
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import select

from lotsendesk import __version__
from lotsendesk.db import migrate
from lotsendesk.db.models import Meta
from lotsendesk.domain.dates import format_date
from lotsendesk.domain.messages import Msg, join, msg
from lotsendesk.services import lock
from lotsendesk.services.database import APPLICATION, Database
from lotsendesk.services.errors import DatabaseError, ServiceError

FOLDER_KEY = "backup.folder"  # meta: the chosen backup folder (absent: the default beside the database)
# meta: when the last Sicherung of this database was made (ISO, seconds). Not ``backup.*``: those keys are settings
# and go into the audit trail; a note written at every close would only fill it.
LAST_BACKUP_KEY = "last_backup"
CREATED_KEY = "backup.created"  # meta *in a Sicherung*: when it was made
DEFAULT_FOLDER_NAME = "Sicherungen"
SUFFIX = ".sqlite"
ENCRYPTED_SUFFIX = ".sqlite.enc"  # suggested name of an encrypted Sicherung
MAGIC = b"LDSENC1\n"  # the first bytes of an encrypted Sicherung
_SALT_SIZE, _NONCE_SIZE = 16, 12
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12

_SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every LotsenDesk file has had since the first revision; a file of the newest revision must have all of
# the models' tables.
_CORE_TABLES = frozenset({"meta", "alembic_version", "lotse", "einsatz", "taetigkeit", "import_record"})
# Where a change leaves a timestamp (table, column). The audit trail (``protokoll``, from revision 0004) has every
# change; older files only these records (Einsätze carry only their day, not when they were typed).
_LOG = ("protokoll", "zeit")
_TIMESTAMPS = (
    _LOG,
    ("import_record", "imported_at"),
    ("auszahlung", "erstellt_am"),
    ("auszahlungslauf", "erstellt_am"),
    ("ausgestelltes_dokument", "erstellt_am"),
    ("verwendungsnachweis_angaben", "geaendert_am"),
)


@dataclass(frozen=True)
class BackupInfo:
    """What a Sicherung (or any LotsenDesk database file) holds."""

    path: Path
    size: int  # bytes
    created: datetime  # when the Sicherung was made (for a plain database file: its last modification)
    revision: str  # the schema revision (Alembic), e.g. "0003"
    app_version: str  # the LotsenDesk version that wrote it last ("" if unknown)
    lotsen: int
    einsaetze: int
    auszahlungen: int  # payouts and their Stornos
    last_change: datetime | None  # the newest change in the audit trail (older files: import, payout, document)
    newest_einsatz: date | None  # the day of the latest Einsatz
    has_log: bool = False  # the file has an audit trail: ``last_change`` is the last change of any kind

    def counts(self) -> Msg:
        """``12 Lots*innen, 340 Einsätze, 25 Auszahlungen``."""
        return join(
            (
                msg("{n} Lots*in", n=self.lotsen) if self.lotsen == 1 else msg("{n} Lots*innen", n=self.lotsen),
                msg("{n} Einsatz", n=self.einsaetze) if self.einsaetze == 1 else msg("{n} Einsätze", n=self.einsaetze),
                msg("{n} Auszahlung", n=self.auszahlungen)
                if self.auszahlungen == 1
                else msg("{n} Auszahlungen", n=self.auszahlungen),
            ),
            ", ",
        )

    def preview(self) -> Msg:
        """Several lines for the restore preview: date, version, counts, last change."""
        lines = [
            msg("Stand: {zeit} Uhr", zeit=format_time(self.created)),
            msg(
                "Gespeichert mit LotsenDesk {version} (Datenbankstand {revision})",
                version=self.app_version or msg("unbekannt"),
                revision=self.revision,
            ),
            msg("Inhalt: {anzahl}", anzahl=self.counts()),
        ]
        if self.newest_einsatz is not None:
            lines.append(msg("Neuester Einsatz: {datum}", datum=format_date(self.newest_einsatz)))
        if self.last_change is not None and self.has_log:
            lines.append(msg("Letzte Änderung: {zeit} Uhr", zeit=format_time(self.last_change)))
        elif self.last_change is not None:
            lines.append(msg("Letzte Auszahlung/Import/Dokument: {zeit} Uhr", zeit=format_time(self.last_change)))
        return join(lines, "\n")


@dataclass(frozen=True)
class ListedBackup:
    """A file in the backup folder: what it holds (``info``) or why it cannot be read (``problem``)."""

    path: Path
    size: int
    modified: datetime
    info: BackupInfo | None
    problem: Msg | None


@dataclass(frozen=True)
class AutomaticBackup:
    info: BackupInfo
    removed: list[Path]  # older daily Sicherungen the rotation deleted


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo  # what was restored (path: the database file)
    previous: Path | None  # the Sicherung of the state before (None: there was no database file)


def format_time(value: datetime) -> str:
    """``01.12.2026, 18:03``."""
    return f"{value:%d.%m.%Y, %H:%M}"


# --- the backup folder ----------------------------------------------------------------------------------------
def default_backup_folder(db_path: Path) -> Path:
    return Path(db_path).expanduser().absolute().parent / DEFAULT_FOLDER_NAME


def _folder_from_meta(db_path: Path, meta: dict[str, str]) -> Path:
    chosen = meta.get(FOLDER_KEY, "").strip()
    return Path(chosen) if chosen else default_backup_folder(db_path)


def backup_folder(db: Database) -> Path:
    """The folder of the automatic Sicherungen of this database."""
    with db.session() as session:
        chosen = session.get(Meta, FOLDER_KEY)
        return _folder_from_meta(db.path, {FOLDER_KEY: chosen.value} if chosen else {})


def backup_folder_of_file(db_path: Path) -> Path:
    """The backup folder of a database file that is not open (read-only look; the default if unreadable)."""
    return _folder_from_meta(db_path, _read_meta(Path(db_path)))


def set_backup_folder(db: Database, folder: Path | None) -> Path:
    """Choose the backup folder (``None``: the default beside the database). The folder must exist and be
    writable now; returns the folder in effect."""
    if folder is None or Path(folder).expanduser().absolute() == default_backup_folder(db.path):
        with db.session() as session:
            existing = session.get(Meta, FOLDER_KEY)
            if existing is not None:
                session.delete(existing)
        return default_backup_folder(db.path)
    folder = Path(folder).expanduser().absolute()
    if not folder.is_dir():
        raise ServiceError(_folder_missing(folder))
    if not os.access(folder, os.W_OK):
        raise ServiceError(_folder_read_only(folder))
    with db.session() as session:
        session.merge(Meta(key=FOLDER_KEY, value=str(folder)))
    return folder


def last_backup_time(db: Database) -> datetime | None:
    """When the last Sicherung of this database was made (by this program), for the status bar."""
    with db.session() as session:
        value = session.scalar(select(Meta.value).where(Meta.key == LAST_BACKUP_KEY))
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _record_last_backup(db: Database, when: datetime) -> None:
    # A Sicherung that exists is not undone by a failed note about it.
    with contextlib.suppress(ServiceError), db.session() as session:
        session.merge(Meta(key=LAST_BACKUP_KEY, value=when.isoformat(timespec="seconds")))


# --- making a Sicherung ---------------------------------------------------------------------------------------
def create_backup(
    source: Database | Path, target: Path, *, now: datetime | None = None, password: str | None = None
) -> BackupInfo:
    """Copy the database into ``target`` (replaced if it exists) and check the copy; ServiceError with a German
    message if anything fails, and then nothing is left behind under ``target``'s name or beside it. With a
    ``password`` the checked copy is written encrypted (see the module docstring; suffix ``ENCRYPTED_SUFFIX``
    suggested)."""
    now = now or datetime.now()
    if password is not None and not password:
        raise ServiceError(msg("Bitte geben Sie ein Kennwort für die Verschlüsselung an."))
    db_path = (source.path if isinstance(source, Database) else Path(source)).expanduser().absolute()
    target = Path(target).expanduser().absolute()
    if _same_file(db_path, target) or target.name in (db_path.name + "-wal", db_path.name + "-shm"):
        raise ServiceError(
            msg("Die Sicherung kann nicht die Datenbank selbst ersetzen. Bitte wählen Sie einen anderen Dateinamen.")
        )
    if not db_path.is_file():
        raise ServiceError(
            msg(
                "Die Datenbank „{datei}“ ist nicht erreichbar (wurde der USB-Stick entfernt?).",
                datei=db_path.name,
            )
        )
    folder = target.parent
    if not folder.is_dir():
        raise ServiceError(_folder_missing(folder))
    if target.is_dir():
        raise ServiceError(msg("„{pfad}“ ist ein Ordner. Bitte geben Sie einen Dateinamen an.", pfad=str(target)))
    meta_changes = {CREATED_KEY: now.isoformat(timespec="seconds")}
    info = _write_checked(db_path, target, meta_changes, display=target.name, when=now, password=password)
    if isinstance(source, Database):
        _record_last_backup(source, now)
    return info


def _write_checked(
    source_path: Path,
    target: Path,
    meta_changes: dict[str, str | None],
    *,
    display: str,
    when: datetime,
    password: str | None = None,
) -> BackupInfo:
    """Online backup of ``source_path`` into a private temporary file beside ``target``, then checked, then
    (with a ``password``: encrypted into a second private temporary file, then) renamed onto ``target``. Read
    errors of the source and write errors of the target folder both end here."""
    folder = target.parent
    temp: Path | None = None
    sealed: Path | None = None
    try:
        temp = _private_temp_file(folder, target.name)
        connection = _connect(source_path, "rw") if source_path.exists() else None
        if connection is None:
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(source_path))
        try:
            _copy_database(connection, temp, meta_changes)
        finally:
            connection.close()
        _private(temp)
        info = _inspect(temp, display=display, check=True)
        if password is not None:
            sealed = _private_temp_file(folder, target.name)
            _write_synced(sealed, _encrypt(temp.read_bytes(), password))
            _private(sealed)
            os.replace(sealed, target)
            sealed = None
        else:
            os.replace(temp, target)
            temp = None
        _sync_folder(folder)
    except (OSError, sqlite3.Error) as error:
        if not source_path.exists():
            raise ServiceError(
                msg(
                    "Die Datei „{datei}“ ist nicht mehr erreichbar (wurde der USB-Stick entfernt?). "
                    "Es wurde nichts geschrieben.",
                    datei=source_path.name,
                )
            ) from error
        raise ServiceError(_write_failure(error, folder)) from error
    finally:
        if temp is not None:
            _remove_with_journals(temp)
        if sealed is not None:
            _remove_with_journals(sealed)
    return _with_path(info, target)


def _copy_database(source: sqlite3.Connection, temp: Path, meta_changes: dict[str, str | None]) -> None:
    """SQLite's online backup of ``source`` into the empty file ``temp``, made a single file (journal mode
    DELETE: no -wal beside a Sicherung) with ``meta_changes`` applied (``None`` deletes a key). A module
    function so tests can make it fail like a full disk."""
    copy = sqlite3.connect(temp)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
        for key, value in meta_changes.items():
            if value is None:
                copy.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                copy.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
        copy.commit()
    finally:
        copy.close()


def _with_path(info: BackupInfo, path: Path) -> BackupInfo:
    try:
        size = path.stat().st_size
    except OSError:
        size = info.size
    return replace(info, path=path, size=size)


# --- checking and describing a file ---------------------------------------------------------------------------
def describe_backup(path: Path, *, check: bool = True, password: str | None = None) -> BackupInfo:
    """What the file holds, for the restore preview. Refuses (ServiceError, German) a missing file, a file that is
    no LotsenDesk database, a damaged one (``check``: ``PRAGMA integrity_check``) and one written by a newer
    LotsenDesk; an encrypted one without the right ``password``. Writes nothing beside the file."""
    path = Path(path).expanduser().absolute()
    if not path.exists():
        raise ServiceError(
            msg("Die Datei „{datei}“ gibt es nicht (mehr). Ist der USB-Stick eingesteckt?", datei=path.name)
        )
    if not path.is_file():
        raise ServiceError(msg("„{pfad}“ ist keine Datei.", pfad=str(path)))
    try:
        with _decrypted(path, password) as plain:
            info = _inspect(plain, display=path.name, check=check)
        return info if plain == path else _with_path(info, path)
    except OSError as error:
        raise ServiceError(
            msg("Die Datei „{datei}“ kann nicht gelesen werden ({grund}).", datei=path.name, grund=_reason(error))
        ) from error


def _inspect(path: Path, *, display: str, check: bool) -> BackupInfo:
    with path.open("rb") as handle:
        if handle.read(16) != _SQLITE_HEADER:
            raise ServiceError(_not_a_backup(display))
    try:
        connection = _connect(path, "read")
    except sqlite3.Error as error:
        raise ServiceError(_damaged(display)) from error
    try:
        return _read_info(connection, path, display, check)
    except sqlite3.DatabaseError as error:
        raise ServiceError(_damaged(display)) from error
    finally:
        connection.close()


def _read_info(connection: sqlite3.Connection, path: Path, display: str, check: bool) -> BackupInfo:
    if check:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise ServiceError(_damaged(display))
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    meta = dict(connection.execute("SELECT key, value FROM meta")) if "meta" in tables else {}
    if meta.get("application") != APPLICATION or "alembic_version" not in tables:
        raise ServiceError(_not_a_backup(display))
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise ServiceError(_not_a_backup(display))
    revision = row[0]
    if revision != migrate.HEAD_REVISION and revision not in _known_revisions():
        raise ServiceError(
            msg(
                "„{datei}“ wurde mit einer neueren LotsenDesk-Version ({ihre_version}, Datenbankstand {ihr_stand}) "
                "gespeichert. Sie verwenden LotsenDesk {unsere_version} (Datenbankstand {unser_stand}). Bitte "
                "installieren Sie zuerst die neuere Version.",
                datei=display,
                ihre_version=meta.get("app_version") or msg("unbekannt"),
                ihr_stand=revision,
                unsere_version=__version__,
                unser_stand=migrate.HEAD_REVISION,
            )
        )
    required = _head_tables() if revision == migrate.HEAD_REVISION else _CORE_TABLES
    if not required <= tables:
        raise ServiceError(_damaged(display))

    def count(table: str) -> int:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] if table in tables else 0

    stamps = []
    for table, column in _TIMESTAMPS:
        if table in tables:
            value = connection.execute(f"SELECT max({column}) FROM {table}").fetchone()[0]
            stamp = _parse_datetime(value)
            if stamp is not None:
                stamps.append(stamp)
    newest_einsatz = _parse_date(connection.execute("SELECT max(datum) FROM einsatz").fetchone()[0])
    stat = path.stat()
    created = _parse_datetime(meta.get(CREATED_KEY)) or datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
    return BackupInfo(
        path=path,
        size=stat.st_size,
        created=created,
        revision=revision,
        app_version=meta.get("app_version", ""),
        lotsen=count("lotse"),
        einsaetze=count("einsatz"),
        auszahlungen=count("auszahlung"),
        last_change=max(stamps) if stamps else None,
        newest_einsatz=newest_einsatz,
        has_log=_LOG[0] in tables,
    )


@lru_cache(maxsize=1)
def _known_revisions() -> frozenset[str]:
    return frozenset(migrate.known_revisions())


def _head_tables() -> frozenset[str]:
    from lotsendesk.db.models import Base

    return frozenset(Base.metadata.tables) | {"alembic_version"}


def _parse_datetime(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value).replace(microsecond=0)
    except ValueError:
        return None


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- the backup folder's files --------------------------------------------------------------------------------
def list_backups(folder: Path) -> list[ListedBackup]:
    """Every ``*.sqlite`` and ``*.sqlite.enc`` file in ``folder``, newest first, with what it holds (no integrity
    check: quick; an encrypted one is listed with the note that it needs its password)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    listed = []
    for path in folder.iterdir():
        ours = path.suffix.lower() == SUFFIX or path.name.lower().endswith(ENCRYPTED_SUFFIX)
        if path.name.startswith(".") or not ours or not path.is_file():
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        modified = datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
        try:
            info, problem = describe_backup(path, check=False), None
        except ServiceError as error:
            info, problem = None, error.message
        listed.append(ListedBackup(path, stat.st_size, modified, info, problem))
    listed.sort(key=lambda item: (item.info.created if item.info else item.modified, item.path.name), reverse=True)
    return listed


def daily_name(db_path: Path, day: date) -> str:
    """``lotsendesk-2026-12-01.sqlite`` for ``lotsendesk.sqlite``."""
    return f"{Path(db_path).stem}-{day.isoformat()}{SUFFIX}"


def _daily_pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(Path(db_path).stem) + r"-(\d{4}-\d{2}-\d{2})" + re.escape(SUFFIX))


def automatic_backup(
    db: Database | Path, folder: Path | None = None, now: datetime | None = None
) -> AutomaticBackup | None:
    """The daily Sicherung (``None`` if today's exists already), then the rotation. ServiceError if it cannot be
    made; then no older Sicherung is deleted. Automatic Sicherungen are never encrypted: no password is stored
    (it would have to lie beside the data it protects); encrypt by hand with ``create_backup(..., password=...)``."""
    now = now or datetime.now()
    db_path = db.path if isinstance(db, Database) else Path(db).expanduser().absolute()
    if folder is None:
        folder = backup_folder(db) if isinstance(db, Database) else backup_folder_of_file(db_path)
    folder = Path(folder).expanduser().absolute()
    target = folder / daily_name(db_path, now.date())
    if target.exists():
        return None
    _ensure_folder(folder, create=folder == default_backup_folder(db_path))
    info = create_backup(db, target, now=now)
    return AutomaticBackup(info, rotate(folder, db_path))


def rotate(folder: Path, db_path: Path) -> list[Path]:
    """Delete the daily Sicherungen of ``db_path`` that ``choose_kept`` does not keep; returns what was deleted.
    Other files are never touched."""
    pattern = _daily_pattern(db_path)
    daily: dict[date, Path] = {}
    for path in Path(folder).iterdir():
        match = pattern.fullmatch(path.name)
        if match is None:
            continue
        try:
            daily[date.fromisoformat(match.group(1))] = path
        except ValueError:
            continue
    kept = choose_kept(daily)
    removed = []
    for day, path in sorted(daily.items()):
        if day in kept:
            continue
        try:
            path.unlink()
        except OSError:  # read-only stick, file in use: it stays until the next rotation
            continue
        removed.append(path)
    return removed


def choose_kept(
    days: Iterable[date], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY
) -> set[date]:
    """Which daily Sicherungen to keep: the ``daily`` newest days, the newest day of each of the ``weekly``
    newest ISO weeks and of each of the ``monthly`` newest months that have a Sicherung."""
    newest_first = sorted(set(days), reverse=True)
    kept = set(newest_first[:daily])
    kept |= _newest_per(newest_first, lambda day: day.isocalendar()[:2], weekly)
    kept |= _newest_per(newest_first, lambda day: (day.year, day.month), monthly)
    return kept


def _newest_per(newest_first: list[date], period: Callable[[date], Hashable], count: int) -> set[date]:
    seen: set[Hashable] = set()
    chosen = set()
    for day in newest_first:
        if len(seen) >= count:
            break
        key = period(day)
        if key not in seen:
            seen.add(key)
            chosen.add(day)
    return chosen


def _backup_somewhere(
    db_path: Path, meta: dict[str, str], name: str, now: datetime
) -> tuple[Path | None, ServiceError | None]:
    """A backup named ``name`` in the configured folder or, if that is not reachable, the default folder beside
    the database: (its path, None), or (None, the last failure)."""
    failure: ServiceError | None = None
    for folder in dict.fromkeys([_folder_from_meta(db_path, meta), default_backup_folder(db_path)]):
        try:
            _ensure_folder(folder, create=folder == default_backup_folder(db_path))
            target = _unused(folder, name, now)
            create_backup(db_path, target, now=now)
            return target, None
        except ServiceError as error:
            failure = error
    return None, failure


# --- before an update -----------------------------------------------------------------------------------------
def backup_before_update(db_path: Path, meta: dict[str, str], revision: str, now: datetime | None = None) -> Path:
    """``<name>-vor-Update-0003-auf-0004.sqlite`` in the backup folder (if that is not reachable, in the default
    folder beside the database). DatabaseError if neither works: then nothing may be migrated."""
    now = now or datetime.now()
    db_path = Path(db_path).expanduser().absolute()
    name = f"{db_path.stem}-vor-Update-{revision}-auf-{migrate.HEAD_REVISION}"
    target, failure = _backup_somewhere(db_path, meta, name, now)
    if target is not None:
        return target
    raise DatabaseError(
        msg(
            "Vor dem Update der Datenbank auf die neue Version konnte keine Sicherung angelegt werden: {grund} "
            "Die Datenbank wurde nicht verändert.",
            grund=failure.message if failure else "",
        )
    )


def _unused(folder: Path, name: str, now: datetime) -> Path:
    target = folder / f"{name}{SUFFIX}"
    if not target.exists():
        return target
    return folder / f"{name}-{now:%Y-%m-%d_%H-%M-%S}{SUFFIX}"


# --- restoring ------------------------------------------------------------------------------------------------
def restore_backup(
    db_path: Path, source: Path, *, now: datetime | None = None, password: str | None = None
) -> RestoreResult:
    """Replace the database file by the Sicherung ``source``: the Sicherung is copied beside the database and
    checked, the current state is backed up (``<name>-vor-Wiederherstellung-<Zeit>.sqlite`` in the backup folder),
    then the copy is renamed onto the database file. The database must be closed (no connection of this program
    open); ``open_database`` afterwards migrates it as usual. On any failure the database file is unchanged. An
    encrypted Sicherung needs its ``password``; it is decrypted into a private temporary file first."""
    now = now or datetime.now()
    db_path = Path(db_path).expanduser().absolute()
    source = Path(source).expanduser().absolute()
    _refuse_while_open(db_path)
    if _same_file(db_path, source):
        raise ServiceError(msg("Das ist die Datenbank selbst, keine Sicherung. Bitte wählen Sie eine Sicherung."))
    describe_backup(source, password=password)  # refuses missing, foreign, damaged, newer, locked files
    if not db_path.parent.is_dir():
        raise ServiceError(_folder_missing(db_path.parent))
    try:
        lock.acquire(db_path)  # no LotsenDesk opens the file while it is being replaced
    except OSError as error:
        raise ServiceError(_write_failure(error, db_path.parent)) from error
    try:
        with _decrypted(source, password) as plain:
            return _restore(db_path, plain, now, original=source)
    except OSError as error:  # the encrypted Sicherung could not be read (any more)
        raise ServiceError(
            msg(
                "Die Sicherung „{datei}“ ist nicht mehr erreichbar (wurde der USB-Stick entfernt?). "
                "Die Datenbank wurde nicht verändert.",
                datei=source.name,
            )
        ) from error
    finally:
        lock.release(db_path)


def _restore(db_path: Path, source: Path, now: datetime, *, original: Path) -> RestoreResult:
    """``source``: the plain SQLite file (``original`` itself, or its decrypted temporary copy)."""
    current_meta = _read_meta(db_path) if _has_content(db_path) else {}
    # The restored file keeps the backup folder chosen now (not the one of the day of the Sicherung) and the note
    # when the last Sicherung was made.
    changes: dict[str, str | None] = {
        CREATED_KEY: None,
        FOLDER_KEY: current_meta.get(FOLDER_KEY) or None,
        LAST_BACKUP_KEY: current_meta.get(LAST_BACKUP_KEY) or None,
    }
    staging: Path | None = None
    try:
        try:
            staging = _private_temp_file(db_path.parent, db_path.name)
            connection = _connect(source, "read")
            try:
                _copy_database(connection, staging, changes)
            finally:
                connection.close()
            info = _inspect(staging, display=original.name, check=True)
        except (OSError, sqlite3.Error) as error:
            if not source.exists() or not original.exists():
                raise ServiceError(
                    msg(
                        "Die Sicherung „{datei}“ ist nicht mehr erreichbar (wurde der USB-Stick entfernt?). "
                        "Die Datenbank wurde nicht verändert.",
                        datei=original.name,
                    )
                ) from error
            raise ServiceError(_write_failure(error, db_path.parent)) from error
        previous = None
        if _has_content(db_path):
            previous = _backup_before_restore(db_path, current_meta, now)
        try:
            for suffix in ("-wal", "-shm"):  # stale: a closed database has no -wal; an old one must not be replayed
                db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
            os.replace(staging, db_path)
            staging = None
            _sync_folder(db_path.parent)
        except OSError as error:
            raise ServiceError(_write_failure(error, db_path.parent)) from error
    finally:
        if staging is not None:
            _remove_with_journals(staging)
    return RestoreResult(_with_path(info, db_path), previous)


def _backup_before_restore(db_path: Path, meta: dict[str, str], now: datetime) -> Path:
    name = f"{db_path.stem}-vor-Wiederherstellung-{now:%Y-%m-%d_%H-%M-%S}"
    target, failure = _backup_somewhere(db_path, meta, name, now)
    if target is not None:
        return target
    raise ServiceError(
        msg(
            "Der jetzige Stand konnte vor dem Wiederherstellen nicht gesichert werden: {grund} "
            "Die Datenbank wurde nicht verändert.",
            grund=failure.message if failure else "",
        )
    )


def _refuse_while_open(db_path: Path) -> None:
    owner = lock.read_owner(db_path)
    if owner is None:
        return
    if lock.foreign_owner(db_path) is not None:
        raise DatabaseError(
            msg(
                "Die Datenbank ist gerade geöffnet: von {benutzer} auf {rechner} seit {seit} Uhr. Bitte schließen "
                "Sie LotsenDesk dort zuerst; es wurde nichts verändert.",
                benutzer=owner.user,
                rechner=owner.host,
                seit=f"{owner.since:%d.%m.%Y, %H:%M}",
            )
        )
    if owner.pid == os.getpid():
        raise DatabaseError(
            msg("Die Datenbank ist noch geöffnet; sie muss vor dem Wiederherstellen geschlossen werden.")
        )


# --- encryption -----------------------------------------------------------------------------------------------
def is_encrypted(path: Path) -> bool:
    """The file starts with ``MAGIC`` (False if it cannot be read)."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _key(password: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(password.encode("utf-8"))


def _encrypt(data: bytes, password: str) -> bytes:
    salt, nonce = secrets.token_bytes(_SALT_SIZE), secrets.token_bytes(_NONCE_SIZE)
    header = MAGIC + salt
    return header + nonce + AESGCM(_key(password, salt)).encrypt(nonce, data, header)


def _decrypt(blob: bytes, password: str | None, display: str) -> bytes:
    if not password:
        raise ServiceError(msg("Diese Sicherung ist verschlüsselt; bitte das Kennwort angeben."))
    header_size = len(MAGIC) + _SALT_SIZE
    if len(blob) < header_size + _NONCE_SIZE + 16:
        raise ServiceError(_damaged(display))
    salt = blob[len(MAGIC) : header_size]
    nonce = blob[header_size : header_size + _NONCE_SIZE]
    try:
        return AESGCM(_key(password, salt)).decrypt(nonce, blob[header_size + _NONCE_SIZE :], blob[:header_size])
    except InvalidTag as error:
        raise ServiceError(msg("Das Kennwort passt nicht zu dieser Sicherung.")) from error


@contextlib.contextmanager
def _decrypted(path: Path, password: str | None) -> Iterator[Path]:
    """``path`` itself if it is not encrypted; else its content decrypted into a private temporary file (0600, in
    the system's temporary folder), removed afterwards."""
    if not is_encrypted(path):
        yield path
        return
    plain = _decrypt(path.read_bytes(), password, path.name)
    temp = _private_temp_file(Path(tempfile.gettempdir()), path.name)
    try:
        _write_synced(temp, plain)
        yield temp
    finally:
        _remove_with_journals(temp)


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


# --- files ----------------------------------------------------------------------------------------------------
def _connect(path: Path, mode: str) -> sqlite3.Connection:
    """``rw``: our own database (never created by connecting). ``read``: any file, nothing written beside it
    (``immutable`` unless a -wal says the file is live; then read-only, which needs the -wal's content)."""
    uri = Path(path).absolute().as_uri()
    if mode == "rw":
        return sqlite3.connect(f"{uri}?mode=rw", uri=True)
    wal = Path(path).with_name(Path(path).name + "-wal")
    return sqlite3.connect(f"{uri}?{'mode=ro' if wal.exists() else 'immutable=1'}", uri=True)


def _read_meta(db_path: Path) -> dict[str, str]:
    try:
        connection = _connect(db_path, "read")
        try:
            return dict(connection.execute("SELECT key, value FROM meta"))
        finally:
            connection.close()
    except (sqlite3.Error, OSError):
        return {}


def _has_content(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size > 0
    except OSError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _private_temp_file(folder: Path, name: str) -> Path:
    """An empty file only the owner may read (mkstemp creates with 0600), hidden, beside ``name``."""
    handle, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    os.close(handle)
    return Path(temp)


def _private(path: Path) -> None:
    if sys.platform != "win32":
        with contextlib.suppress(OSError):  # FAT/exFAT sticks have no permissions to set
            os.chmod(path, 0o600)


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows has no directory handles for this."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _ensure_folder(folder: Path, *, create: bool) -> None:
    """The backup folder must exist; the default one (beside the database) is made when missing, private."""
    if folder.is_dir():
        return
    if create:
        try:
            folder.mkdir(mode=0o700)
            return
        except FileExistsError:
            if folder.is_dir():
                return
        except OSError as error:
            raise ServiceError(_write_failure(error, folder)) from error
    raise ServiceError(_folder_missing(folder))


# --- messages -------------------------------------------------------------------------------------------------
def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _write_failure(error: Exception, folder: Path) -> Msg:
    if isinstance(error, OSError):
        code = error.errno
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
            return _disk_full(folder)
        if code in (errno.EACCES, errno.EPERM, errno.EROFS):
            return _folder_read_only(folder)
        if code in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
            return _folder_missing(folder)
        return msg(
            "In den Ordner „{ordner}“ konnte nicht geschrieben werden ({grund}). Es wurde nichts geschrieben.",
            ordner=str(folder),
            grund=_reason(error),
        )
    text = str(error).lower()
    if "full" in text:
        return _disk_full(folder)
    if "readonly" in text or "read-only" in text:
        return _folder_read_only(folder)
    if not folder.is_dir():
        return _folder_missing(folder)
    if "i/o" in text:
        return msg(
            "Beim Schreiben in „{ordner}“ hat der Datenträger einen Fehler gemeldet (ist er voll oder wurde er "
            "entfernt?). Es wurde nichts geschrieben.",
            ordner=str(folder),
        )
    return msg(
        "Die Sicherung in „{ordner}“ ist fehlgeschlagen; es wurde nichts geschrieben. Bitte versuchen Sie es noch "
        "einmal oder wählen Sie einen anderen Ort.",
        ordner=str(folder),
    )


def _disk_full(folder: Path) -> Msg:
    return msg(
        "Auf dem Datenträger von „{ordner}“ ist nicht genug Platz. Es wurde nichts geschrieben; bitte schaffen Sie "
        "Platz oder wählen Sie einen anderen Ort.",
        ordner=str(folder),
    )


def _folder_read_only(folder: Path) -> Msg:
    return msg(
        "Der Ordner „{ordner}“ ist schreibgeschützt. Es wurde nichts geschrieben; bitte wählen Sie einen anderen Ort.",
        ordner=str(folder),
    )


def _folder_missing(folder: Path) -> Msg:
    return msg(
        "Der Ordner „{ordner}“ ist nicht erreichbar (ist der USB-Stick eingesteckt?). Es wurde nichts geschrieben.",
        ordner=str(folder),
    )


def _not_a_backup(name: str) -> Msg:
    return msg("„{datei}“ ist keine Sicherung einer LotsenDesk-Datenbank.", datei=name)


def _damaged(name: str) -> Msg:
    return msg(
        "Die Sicherung „{datei}“ ist beschädigt (unvollständig kopiert?) und kann nicht verwendet werden.",
        datei=name,
    )
