"""The audit trail (Protokoll, GoBD): the history of one record ('Verlauf'), the whole log filtered, and the name
the app records as the person making changes. The rows are written by db/protokollierung.py with every change;
nothing here (or anywhere) changes or deletes them – the database refuses it."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, String, cast, distinct, or_, select, true, type_coerce
from sqlalchemy.engine import Row

from lotsendesk.db.models import Meta, Protokoll
from lotsendesk.db.protokollierung import BENUTZERNAME_KEY, forget_name, os_user
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.messages import msg
from lotsendesk.services.database import Database
from lotsendesk.services.errors import InputErrors

DEFAULT_LIMIT = 2000
MAX_NAME = 200


@dataclass(frozen=True)
class Eintrag:
    """One row of the log: one field of one record changed (or a record created/deleted)."""

    id: int
    zeit: datetime
    benutzer: str  # operating-system user
    name: str  # the name set in the app at the time ("" if none)
    tabelle: str  # table, or "traeger"/"backup"
    datensatz_id: int | None
    aktion: str  # "angelegt", "geändert", "gelöscht"
    feld: str | None
    alt: str | None
    neu: str | None

    @property
    def wer(self) -> str:
        """ "Name (benutzer)", or the OS user alone when no name is set."""
        return f"{self.name} ({self.benutzer})" if self.name else self.benutzer


def verlauf(db: Database, tabelle: str, datensatz_id: int | None) -> list[Eintrag]:
    """Everything recorded about one record, oldest first. ``datensatz_id`` None: the Träger's data
    (``tabelle="traeger"``) or the entries for many records at once of a table."""
    stmt = _select().where(Protokoll.tabelle == tabelle)
    if datensatz_id is None:
        stmt = stmt.where(Protokoll.datensatz_id.is_(None))
    else:
        stmt = stmt.where(Protokoll.datensatz_id == datensatz_id)
    with db.reading() as connection:
        return [_eintrag(row) for row in connection.execute(stmt.order_by(Protokoll.id))]


def protokoll(
    db: Database,
    von: date | None = None,
    bis: date | None = None,
    tabelle: str | None = None,
    text: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> list[Eintrag]:
    """The log, newest first: entries from day ``von`` to day ``bis`` (both included), of one ``tabelle``,
    containing ``text`` (any case) in who, action, field, old or new value or the record's number; at most ``limit``
    (None: all). Ask for one more than you show to know whether there are more."""
    stmt = _select()
    if von is not None:
        stmt = stmt.where(Protokoll.zeit >= datetime.combine(von, time.min))
    if bis is not None:
        stmt = stmt.where(Protokoll.zeit < datetime.combine(bis + timedelta(days=1), time.min))
    if tabelle:
        stmt = stmt.where(Protokoll.tabelle == tabelle)
    needle = (text or "").strip().casefold()
    if needle:
        stmt = stmt.where(_prefilter(needle))
    stmt = stmt.order_by(Protokoll.id.desc())
    found: list[Eintrag] = []
    with db.reading() as connection:
        for row in _stream(connection.execute(stmt)):
            if needle and not _contains(row, needle):
                continue
            found.append(_eintrag(row))
            if limit is not None and len(found) >= limit:
                break
    return found


def bereiche(db: Database) -> list[str]:
    """The tables (and "traeger"/"backup") the log has entries for, sorted."""
    with db.reading() as connection:
        return sorted(connection.execute(select(distinct(Protokoll.tabelle))).scalars())


def get_benutzername(db: Database) -> str:
    """The name the app records with each change ("" if none is set)."""
    with db.session() as session:
        row = session.get(Meta, BENUTZERNAME_KEY)
        return row.value if row is not None else ""


def set_benutzername(db: Database, name: str) -> str:
    """Set the name recorded with each change from now on (empty: only the OS user); returns the previous one."""
    name = " ".join(name.split())
    if len(name) > MAX_NAME:
        raise InputErrors(
            [ValidationError(msg("Der Name darf höchstens {anzahl} Zeichen lang sein.", anzahl=MAX_NAME), "name")]
        )
    with db.session() as session:
        row = session.get(Meta, BENUTZERNAME_KEY)
        before = row.value if row is not None else ""
        if row is None:
            session.add(Meta(key=BENUTZERNAME_KEY, value=name))
        else:
            row.value = name
        forget_name(session)
        return before


def os_benutzer() -> str:
    """The operating-system user the log records."""
    return os_user()


# --- internals -------------------------------------------------------------------------------------------------
def _select() -> Select:
    return select(
        Protokoll.id,
        type_coerce(Protokoll.zeit, String),  # read as text: 3× faster than DateTime's processor for big pages
        Protokoll.benutzer,
        Protokoll.name,
        Protokoll.tabelle,
        Protokoll.datensatz_id,
        Protokoll.aktion,
        Protokoll.feld,
        Protokoll.alt,
        Protokoll.neu,
    )


def _stream(result) -> Iterator[Row]:
    while rows := result.fetchmany(500):
        yield from rows


def _eintrag(row: Row) -> Eintrag:
    zeit = row[1]
    return Eintrag(
        row[0],
        datetime.fromisoformat(zeit) if isinstance(zeit, str) else zeit,
        row[2] or "",
        row[3] or "",
        row[4],
        row[5],
        row[6],
        row[7],
        row[8],
        row[9],
    )


def _contains(row: Row, needle: str) -> bool:
    texts = (row[2], row[3], row[6], row[7], row[8], row[9], None if row[5] is None else str(row[5]))
    return any(t and needle in t.casefold() for t in texts)


def _prefilter(needle: str):
    """A LIKE that finds at least every row containing ``needle`` (SQL's case folding knows only ASCII, so other
    letters become the one-character wildcard); no narrowing where casefold() changes lengths (ß → ss)."""
    if any(len(ch.casefold()) != 1 or len(ch.upper()) != 1 for ch in needle):
        return true()
    pattern = "%" + "".join("\\" + ch if ch in "%_\\" else (ch if ch.isascii() else "_") for ch in needle) + "%"
    columns = (Protokoll.benutzer, Protokoll.name, Protokoll.aktion, Protokoll.feld, Protokoll.alt, Protokoll.neu)
    return or_(
        *(column.ilike(pattern, escape="\\") for column in columns),
        cast(Protokoll.datensatz_id, String).like(pattern, escape="\\"),
    )
