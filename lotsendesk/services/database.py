"""Opening a LotsenDesk database: every way it can fail becomes one clear German message."""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, exc, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from lotsendesk import __version__
from lotsendesk.db import migrate
from lotsendesk.db.engine import make_engine, make_session_factory
from lotsendesk.db.models import Meta, Taetigkeit
from lotsendesk.domain.einsatz_rules import DEFAULT_TAETIGKEITEN
from lotsendesk.services import lock
from lotsendesk.services.errors import DatabaseError, ServiceError

APPLICATION = "LotsenDesk"
_SQLITE_HEADER = b"SQLite format 3\x00"


class Database:
    """An open database file. ``session()`` gives one transaction: committed on success, rolled back on error."""

    def __init__(self, path: Path, engine: Engine, factory: sessionmaker[Session]) -> None:
        self.path = path
        self.engine = engine
        self._factory = factory

    @contextmanager
    def session(self) -> Iterator[Session]:
        try:
            with self._factory.begin() as session:
                yield session
        except exc.OperationalError as error:
            raise DatabaseError(_operational_message(error)) from error
        except exc.IntegrityError as error:  # e.g. an undo whose record another edit has removed since
            raise ServiceError(
                "Die Änderung passt nicht mehr zu den gespeicherten Daten (wurde inzwischen etwas gelöscht "
                "oder geändert?). Es wurde nichts gespeichert."
            ) from error

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A plain connection for big read-only queries: skips the ORM, which triples the cost of 100,000 rows."""
        try:
            with self.engine.connect() as connection:
                yield connection
        except exc.OperationalError as error:
            raise DatabaseError(_operational_message(error)) from error

    def close(self) -> None:
        self.engine.dispose()
        lock.release(self.path)


def open_database(path: Path, *, create_folder: bool = False) -> Database:
    """Open (and create, and migrate) the database at ``path`` or raise DatabaseError."""
    path = Path(path).expanduser().absolute()
    folder = path.parent
    if create_folder:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise DatabaseError(f"Der Datenordner „{folder}“ kann nicht angelegt werden.") from None
    if not folder.is_dir():
        raise DatabaseError(
            f"Der Ordner „{folder}“ existiert nicht. Bitte prüfen Sie den Pfad "
            "(ist ein USB-Stick oder Netzlaufwerk getrennt?)."
        )
    exists = path.exists()
    if exists and not path.is_file():
        raise DatabaseError(f"„{path}“ ist keine Datei.")
    if exists and path.stat().st_size > 0 and not _has_sqlite_header(path):
        raise DatabaseError(_not_ours(path))
    if (exists and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK):
        raise DatabaseError(
            f"Die Datenbank „{path.name}“ ist schreibgeschützt (oder ihr Ordner). LotsenDesk braucht "
            "Schreibrechte, um Ihre Eingaben zu speichern. Bitte kopieren Sie die Datei in einen "
            "beschreibbaren Ordner."
        )
    owner = lock.foreign_owner(path)
    if owner is not None:
        raise DatabaseError(
            f"Die Datenbank ist bereits geöffnet: von {owner.user} auf {owner.host} seit "
            f"{owner.since:%d.%m.%Y, %H:%M} Uhr. Bitte schließen Sie LotsenDesk dort zuerst."
        )

    engine = make_engine(path)
    try:
        _prepare(engine, path, created=not exists or path.stat().st_size == 0)
    except DatabaseError:
        engine.dispose()
        raise
    except exc.OperationalError as error:
        engine.dispose()
        raise DatabaseError(_operational_message(error)) from error
    except (exc.DatabaseError, sqlite3.DatabaseError) as error:
        engine.dispose()
        raise DatabaseError(_not_ours(path)) from error
    lock.acquire(path)
    return Database(path, engine, make_session_factory(engine))


def _prepare(engine: Engine, path: Path, created: bool) -> None:
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = migrate.current_revision(connection)
        meta = {}
        if "meta" in tables:
            meta = dict(connection.execute(select(Meta.key, Meta.value)).all())
    if tables and (meta.get("application") != APPLICATION or revision is None):
        raise DatabaseError(_not_ours(path))
    if revision is not None and revision != migrate.HEAD_REVISION and revision not in migrate.known_revisions():
        raise DatabaseError(
            f"Diese Datenbank wurde mit einer neueren LotsenDesk-Version "
            f"({meta.get('app_version', 'unbekannt')}) gespeichert. Sie verwenden Version "
            f"{__version__}. Bitte installieren Sie die neue Version, um sie zu öffnen."
        )
    if revision != migrate.HEAD_REVISION:
        migrate.upgrade(engine)
    with make_session_factory(engine).begin() as session:
        session.merge(Meta(key="application", value=APPLICATION))
        session.merge(Meta(key="app_version", value=__version__))
        if created or revision is None:
            for position, name in enumerate(DEFAULT_TAETIGKEITEN):
                session.add(Taetigkeit(name=name, position=position))


def _has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == _SQLITE_HEADER
    except OSError:
        return False


def _not_ours(path: Path) -> str:
    return f"„{path.name}“ ist keine LotsenDesk-Datenbank. Bitte wählen Sie eine andere Datei."


def _operational_message(error: exc.OperationalError) -> str:
    text = str(error.orig).lower() if error.orig else str(error).lower()
    if "locked" in text or "busy" in text:
        return (
            "Die Datenbank wird gerade von einem anderen Programm benutzt. Bitte versuchen Sie es gleich noch einmal."
        )
    if "readonly" in text or "read-only" in text:
        return "Die Datenbank ist schreibgeschützt; Ihre Änderung wurde nicht gespeichert."
    if "disk" in text and ("full" in text or "i/o" in text):
        return "Der Datenträger ist voll oder nicht erreichbar; Ihre Änderung wurde nicht gespeichert."
    if "unable to open" in text:
        return "Die Datenbankdatei ist nicht erreichbar (wurde der USB-Stick entfernt?)."
    return "Die Datenbank meldet einen Fehler; Ihre Änderung wurde nicht gespeichert."
