"""Opening a LotsenDesk database: every way it can fail becomes one clear German message."""

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, exc
from sqlalchemy.orm import Session, sessionmaker

from lotsendesk import __version__
from lotsendesk.db import migrate
from lotsendesk.db.engine import BUSY_TIMEOUT_MS, make_engine, make_session_factory
from lotsendesk.db.models import Meta, Taetigkeit
from lotsendesk.domain.einsatz_rules import DEFAULT_TAETIGKEITEN
from lotsendesk.domain.messages import Msg, msg
from lotsendesk.services import lock
from lotsendesk.services.errors import DatabaseError, ServiceError

APPLICATION = "LotsenDesk"
_SQLITE_HEADER = b"SQLite format 3\x00"


class Database:
    """An open database file. ``session()`` gives one transaction: committed on success, rolled back on error."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        factory: sessionmaker[Session],
        *,
        read_only_owner: lock.LockOwner | None = None,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.engine = engine
        self._factory = factory
        self.read_only = read_only or read_only_owner is not None  # opened with "Nur ansehen": no writes
        self.read_only_owner = read_only_owner  # who holds the file meanwhile (None: nobody, or unknown)

    @contextmanager
    def session(self) -> Iterator[Session]:
        try:
            with self._factory.begin() as session:
                yield session
                if self.read_only and (session.new or session.dirty or session.deleted):
                    raise ServiceError(self._read_only_message())
        except exc.OperationalError as error:
            if self.read_only and "readonly" in str(error.orig).lower():  # SQLite refused a write (mode=ro)
                raise ServiceError(self._read_only_message()) from error
            raise DatabaseError(_operational_message(error)) from error
        except exc.IntegrityError as error:  # e.g. an undo whose record another edit has removed since
            if "protokoll" in str(error.orig):  # the change log can only be appended to
                raise ServiceError(
                    msg("Das Protokoll kann nur ergänzt, nicht geändert werden; es wurde nichts geändert.")
                ) from error
            if "ausgestellt" in str(error.orig):  # the triggers guarding issued documents
                raise ServiceError(
                    msg("Ein ausgestelltes Dokument bleibt, wie es ausgestellt wurde; es wurde nichts geändert.")
                ) from error
            if "festgeschrieben" in str(error.orig):  # the triggers guarding paid Einsätze and payouts
                raise ServiceError(
                    msg(
                        "Das ist ausgezahlt und festgeschrieben; es wurde nichts geändert. Für eine Korrektur "
                        "stornieren Sie die Auszahlung (Seite Auszahlungen)."
                    )
                ) from error
            raise ServiceError(
                msg(
                    "Die Änderung passt nicht mehr zu den gespeicherten Daten (wurde inzwischen etwas gelöscht "
                    "oder geändert?). Es wurde nichts gespeichert."
                )
            ) from error

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A plain connection for big read-only queries: skips the ORM, which triples the cost of 100,000 rows."""
        try:
            with self.engine.connect() as connection:
                yield connection
        except exc.OperationalError as error:
            raise DatabaseError(_operational_message(error)) from error

    def _read_only_message(self) -> Msg:
        owner = self.read_only_owner
        if owner is None:
            return msg("Nur-Lesen: Die Datei ist nur zum Ansehen geöffnet; Änderungen sind gesperrt.")
        return msg(
            "Nur-Lesen: {benutzer} auf {rechner} hat die Datei geöffnet; Änderungen sind gesperrt.",
            benutzer=owner.user,
            rechner=owner.host,
        )

    def close(self) -> None:
        self.engine.dispose()
        if not self.read_only:
            lock.release(self.path)


class LockedError(DatabaseError):
    """Someone else has the file open. ``owner.stale()``: not active for a while, may be taken over after asking
    (``open_database(take_over=True)``); otherwise it can only be opened to look at (``read_only=True``)."""

    def __init__(self, message: str, owner: lock.LockOwner) -> None:
        super().__init__(message)
        self.owner = owner


class DamagedError(DatabaseError):
    """The file is damaged (PRAGMA quick_check failed). ``backup``: the newest Sicherung that passes the full
    check (None: none found); ``restore_damaged`` puts it in place, keeping the damaged file aside."""

    def __init__(self, path: Path, finding: str) -> None:
        from lotsendesk.services.backup import format_time

        self.path = path
        self.finding = " ".join(finding.replace("***", " ").split())  # SQLite's report is several lines
        self.backup = newest_good_backup(path)
        if self.backup is None:
            message = msg(
                "Die Datenbank „{datei}“ ist beschädigt ({befund}), und es wurde keine gute Sicherung gefunden. "
                "Bitte ändern Sie an der Datei nichts und wenden Sie sich an Ihre Ansprechperson für die Technik.",
                datei=path.name,
                befund=self.finding[:200],
            )
        else:
            message = msg(
                "Die Datenbank „{datei}“ ist beschädigt ({befund}). Neueste gute Sicherung: {datum} („{sicherung}“). "
                'Wiederherstellen mit: lotsendesk --db "{pfad}" backup restore "{sicherungspfad}"',
                datei=path.name,
                befund=self.finding[:200],
                datum=format_time(self.backup.created),
                sicherung=self.backup.path.name,
                pfad=str(path),
                sicherungspfad=str(self.backup.path),
            )
        super().__init__(message)


def newest_good_backup(path: Path):
    """The newest Sicherung of ``path`` that passes SQLite's full integrity check (BackupInfo), or None. Looks in
    the backup folder named in the file (if it can still be read) and in the default folder beside it."""
    from lotsendesk.services.backup import backup_folder_of_file, default_backup_folder, describe_backup, list_backups

    try:
        folders = dict.fromkeys([backup_folder_of_file(path), default_backup_folder(path)])
    except Exception:  # the damaged file's settings cannot be read
        folders = dict.fromkeys([default_backup_folder(path)])
    listed = [item for folder in folders for item in list_backups(folder) if item.info is not None]
    listed.sort(key=lambda item: item.info.created, reverse=True)
    for item in listed[:10]:
        try:
            return describe_backup(item.path, check=True)
        except ServiceError:
            continue
    return None


def restore_damaged(path: Path, backup: Path, now: datetime | None = None, password: str | None = None) -> Path:
    """Put the Sicherung ``backup`` in place of the damaged database ``path``; the damaged file (with its -wal
    and -shm) is kept beside it as ``<name>-beschaedigt-<Zeit>.sqlite``, which is returned. On failure the
    damaged file is put back and the error raised (ServiceError). ``password``: of an encrypted Sicherung."""
    from lotsendesk.services.backup import restore_backup

    now = now or datetime.now()
    aside = path.with_name(f"{path.stem}-beschaedigt-{now:%Y-%m-%d_%H-%M-%S}{path.suffix}")
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal", "-shm"):
            source = path.with_name(path.name + suffix)
            if source.exists():
                target = aside.with_name(aside.name + suffix)
                os.replace(source, target)
                moved.append((target, source))
    except OSError as error:
        for target, source in moved:
            os.replace(target, source)
        raise DatabaseError(
            msg(
                "Die beschädigte Datei konnte nicht beiseitegelegt werden ({grund}); es wurde nichts verändert.",
                grund=error.strerror or str(error),
            )
        ) from error
    try:
        restore_backup(path, backup, now=now, password=password)
    except ServiceError:
        for target, source in moved:
            os.replace(target, source)
        raise
    return aside


def inactive_for(owner: lock.LockOwner, now: datetime | None = None) -> Msg:
    """``3 Stunden``: how long the lock's owner has not refreshed it."""
    minutes = max(0, int(((now or datetime.now()) - owner.last_active).total_seconds() // 60))
    if minutes < 120:
        return msg("1 Minute") if minutes == 1 else msg("{n} Minuten", n=minutes)
    if minutes < 48 * 60:
        return msg("{n} Stunden", n=minutes // 60)
    return msg("{n} Tagen", n=minutes // (24 * 60))


def take_over_question(owner: lock.LockOwner) -> Msg:
    return msg(
        "{benutzer} auf {rechner} hat die Datei seit {seit} Uhr geöffnet, zuletzt aktiv vor {dauer}. "
        "Vermutlich wurde LotsenDesk dort nicht richtig beendet. Trotzdem öffnen?",
        benutzer=owner.user,
        rechner=owner.host,
        seit=f"{owner.since:%d.%m.%Y, %H:%M}",
        dauer=inactive_for(owner),
    )


def read_only_status(owner: lock.LockOwner) -> Msg:
    return msg(
        "Nur ansehen – geöffnet von {benutzer} auf {rechner} seit {seit} Uhr",
        benutzer=owner.user,
        rechner=owner.host,
        seit=f"{owner.since:%d.%m.%Y, %H:%M}",
    )


def open_database(
    path: Path, *, create_folder: bool = False, take_over: bool = False, read_only: bool = False
) -> Database:
    """Open (and create, and migrate) the database at ``path`` or raise DatabaseError (LockedError while someone
    else has it open). ``take_over``: take a stale lock (after the user agreed). ``read_only``: just look – no
    lock, no migration, every write refused."""
    path = Path(path).expanduser().absolute()
    if read_only:
        return _open_read_only(path)
    folder = path.parent
    if create_folder:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise DatabaseError(
                msg("Der Datenordner „{ordner}“ kann nicht angelegt werden.", ordner=str(folder))
            ) from None
    if not folder.is_dir():
        raise DatabaseError(
            msg(
                "Der Ordner „{ordner}“ existiert nicht. Bitte prüfen Sie den Pfad "
                "(ist ein USB-Stick oder Netzlaufwerk getrennt?).",
                ordner=str(folder),
            )
        )
    exists = path.exists()
    if exists and not path.is_file():
        raise DatabaseError(msg("„{pfad}“ ist keine Datei.", pfad=str(path)))
    if exists and path.stat().st_size > 0 and not _has_sqlite_header(path):
        raise DatabaseError(_not_ours(path))
    if (exists and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK):
        raise DatabaseError(
            msg(
                "Die Datenbank „{datei}“ ist schreibgeschützt (oder ihr Ordner). LotsenDesk braucht "
                "Schreibrechte, um Ihre Eingaben zu speichern. Bitte kopieren Sie die Datei in einen "
                "beschreibbaren Ordner.",
                datei=path.name,
            )
        )
    owner = lock.foreign_owner(path)
    if owner is not None and not (take_over and owner.stale()):
        if owner.stale():
            raise LockedError(
                msg(
                    "Die Datenbank ist bereits geöffnet: von {benutzer} auf {rechner} seit {seit} Uhr, zuletzt "
                    "aktiv vor {dauer}. Wurde LotsenDesk dort nicht richtig beendet, öffnen Sie die Datei in "
                    "LotsenDesk (Frage „Trotzdem öffnen?“).",
                    benutzer=owner.user,
                    rechner=owner.host,
                    seit=f"{owner.since:%d.%m.%Y, %H:%M}",
                    dauer=inactive_for(owner),
                ),
                owner,
            )
        raise LockedError(
            msg(
                "Die Datenbank ist bereits geöffnet: von {benutzer} auf {rechner} seit {seit} Uhr. "
                "Bitte schließen Sie LotsenDesk dort zuerst.",
                benutzer=owner.user,
                rechner=owner.host,
                seit=f"{owner.since:%d.%m.%Y, %H:%M}",
            ),
            owner,
        )

    created = not exists or path.stat().st_size == 0
    meta, revision = ({}, migrate.HEAD_REVISION) if created else _read_existing(path)
    if created:
        _create_private(path)
    elif revision != migrate.HEAD_REVISION:
        from lotsendesk.services.backup import backup_before_update  # backup imports this module

        backup_before_update(path, meta, revision)  # DatabaseError if it fails: no update without a Sicherung
    engine = make_engine(path)
    try:
        _prepare(engine, meta, revision, created)
    except exc.OperationalError as error:
        engine.dispose()
        raise DatabaseError(_operational_message(error)) from error
    except (exc.DatabaseError, sqlite3.DatabaseError) as error:
        engine.dispose()
        raise DatabaseError(_not_ours(path)) from error
    lock.acquire(path)
    return Database(path, engine, make_session_factory(engine))


def _open_read_only(path: Path) -> Database:
    """The file as it is, to look at while another LotsenDesk has it open: SQLite's ``mode=ro`` (every write
    fails below the ORM), no lock, no migration – so only a file of this version's schema."""
    if not path.is_file():
        raise DatabaseError(msg("Die Datei „{datei}“ gibt es nicht.", datei=path.name))
    if not _has_sqlite_header(path):
        raise DatabaseError(_not_ours(path))
    _meta, revision = _read_existing(path)
    if revision != migrate.HEAD_REVISION:
        raise DatabaseError(
            msg(
                "Die Datei ist von einer älteren LotsenDesk-Version und muss erst aktualisiert werden; "
                "das geht nicht, solange sie anderswo geöffnet ist."
            )
        )
    engine = _read_only_engine(path)
    owner = lock.foreign_owner(path)
    return Database(path, engine, make_session_factory(engine), read_only_owner=owner, read_only=True)


def _read_only_engine(path: Path) -> Engine:
    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return connection

    return create_engine("sqlite://", creator=connect)


def _read_existing(path: Path) -> tuple[dict[str, str], str]:
    """Look into an existing file read-only before anything writes to it (the engine would switch a foreign
    file to WAL for good); refuse foreign files and files from a newer LotsenDesk."""
    known: dict[str, str] = {}  # what could be read before a damaged page stopped the look
    try:
        # Without a -wal file, immutable=1 reads without creating -wal/-shm beside a foreign file; with one
        # (ours, after a crash), the WAL's content must be seen, so read it normally, read-only.
        wal = path.with_name(path.name + "-wal")
        mode = "mode=ro" if wal.exists() else "immutable=1"
        connection = sqlite3.connect(f"{path.as_uri()}?{mode}", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            meta = dict(connection.execute("SELECT key, value FROM meta")) if "meta" in tables else {}
            known.update(meta)
            revision = (
                connection.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
            # 0.06-0.17 s for 100,000 Einsätze (10 MB): every start checks the whole file's structure
            check = connection.execute("PRAGMA quick_check(1)").fetchone()[0] if meta else "ok"
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error).lower():
            raise DatabaseError(_busy_message()) from error
        raise DatabaseError(_not_ours(path)) from error
    except sqlite3.DatabaseError as error:
        if "malformed" in str(error).lower() and known.get("application") == APPLICATION:  # ours, damaged
            raise DamagedError(path, str(error)) from error
        raise DatabaseError(_not_ours(path)) from error
    if meta.get("application") != APPLICATION or revision is None:
        raise DatabaseError(_not_ours(path))
    if check != "ok":
        raise DamagedError(path, check)
    if revision[0] != migrate.HEAD_REVISION and revision[0] not in migrate.known_revisions():
        raise DatabaseError(
            msg(
                "Diese Datenbank wurde mit einer neueren LotsenDesk-Version ({ihre_version}) gespeichert. "
                "Sie verwenden Version {unsere_version}. Bitte installieren Sie die neue Version, um sie zu öffnen.",
                ihre_version=meta["app_version"] if "app_version" in meta else msg("unbekannt"),
                unsere_version=__version__,
            )
        )
    return meta, revision[0]


def _prepare(engine: Engine, meta: dict[str, str], revision: str, created: bool) -> None:
    if created:
        migrate.create_new(engine)
    elif revision != migrate.HEAD_REVISION:
        migrate.upgrade(engine)
    with make_session_factory(engine).begin() as session:
        if meta.get("application") != APPLICATION:
            session.merge(Meta(key="application", value=APPLICATION))
        if meta.get("app_version") != __version__:
            session.merge(Meta(key="app_version", value=__version__))
        if created:
            for position, name in enumerate(DEFAULT_TAETIGKEITEN):
                session.add(Taetigkeit(name=name, position=position))


def _create_private(path: Path) -> None:
    """A new database file readable by the owner only (0600); SQLite gives its -wal and -shm the same mode.
    Not on Windows, where the user's profile folder is private already."""
    if sys.platform == "win32":
        return
    try:
        if path.exists():
            os.chmod(path, 0o600)
        else:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError:
        pass  # SQLite creates the file itself, or says why it cannot


def _has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == _SQLITE_HEADER
    except OSError:
        return False


def _not_ours(path: Path) -> Msg:
    return msg("„{datei}“ ist keine LotsenDesk-Datenbank. Bitte wählen Sie eine andere Datei.", datei=path.name)


def _busy_message() -> Msg:
    return msg(
        "Die Datenbank wird gerade von einem anderen Programm benutzt. Bitte versuchen Sie es gleich noch einmal."
    )


def _operational_message(error: exc.OperationalError) -> Msg:
    text = str(error.orig).lower() if error.orig else str(error).lower()
    if "locked" in text or "busy" in text:
        return _busy_message()
    if "readonly" in text or "read-only" in text:  # the file or its folder made read-only while open
        return msg(
            "Die Datenbank ist schreibgeschützt (die Datei oder ihr Ordner); Ihre Änderung wurde nicht gespeichert."
        )
    if "full" in text:  # "database or disk is full"
        return msg(
            "Der Datenträger ist voll; Ihre Änderung wurde nicht gespeichert. Bitte schaffen Sie Platz und "
            "versuchen Sie es noch einmal."
        )
    if "i/o" in text or "unable to open" in text or "no such file" in text:  # stick pulled, folder removed
        return msg(
            "Die Datenbankdatei ist nicht erreichbar (wurde der USB-Stick entfernt oder das Netzlaufwerk "
            "getrennt?); es wurde nichts gespeichert. Bitte schließen Sie LotsenDesk und öffnen Sie die Datei "
            "erneut, sobald sie wieder da ist."
        )
    return msg("Die Datenbank meldet einen Fehler; Ihre Änderung wurde nicht gespeichert.")
