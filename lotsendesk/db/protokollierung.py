"""Recording the audit trail (Protokoll, GoBD): every change the app makes through a session is written to the
table ``protokoll`` in the same transaction – one row per changed field, with when, who (the operating-system
user and the name set in the app), which record, old → new value.

What is recorded, and how:
  * ORM changes (``session.add``/attribute changes/``session.delete``) of the user's records: after each flush.
  * ORM-enabled or Core INSERT/UPDATE/DELETE run through ``session.execute`` on those tables: around the
    statement (``do_orm_execute``). A statement touching more than ``PER_ROW_LIMIT`` rows is recorded as one
    summary row (field ``anzahl``). Imported Einsätze (rows carrying an ``import_id``) inserted or deleted by such
    a statement – an import, its undo and redo – are not recorded row by row at all: their ImportRecord is, as
    "N Einsätze aus datei.csv" created or deleted.
  * The roles of a Lots*in (``rollenzuordnung``, rewritten as a whole on each edit) as one field ``rollen`` of the
    Lots*in, compared at commit: an edit that leaves the roles as they were records nothing for them.
  * Meta keys ``traeger.*`` and ``backup.*`` as tables ``traeger``/``backup`` (no record id, field = the key); the
    logo (``traeger.logo``) as "Bild, N Bytes".

Not recorded: raw SQL text (``text(…)``) and statements on a plain connection (the app's services use neither
for writes), the payout items (``auszahlung_posten``: the payout itself is), the snapshot and PDF of an issued
document, other meta keys. IBANs are stored masked but for their last four characters, texts cut at 500
characters. Values are stored as plain text: dates ISO (``2025-03-07``), amounts in cents, durations in minutes –
formatting them is the UI's job.
"""

import getpass
import os
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import cache

from sqlalchemy import Table, event, func, insert, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from lotsendesk.db.models import Lotse, Meta, Protokoll, Rollenzuordnung

ANGELEGT, GEAENDERT, GELOESCHT = "angelegt", "geändert", "gelöscht"
BENUTZERNAME_KEY = "app.benutzername"  # meta key of the name set in the app
PER_ROW_LIMIT = 100  # a statement touching more rows is recorded as one summary row
MAX_TEXT = 500
ROLLEN = "rollen"  # the field under which a Lots*in's role history is recorded

# table → columns never recorded (besides the primary key). A table missing here is not recorded at all.
_TABLES: dict[str, frozenset[str]] = {
    "lotse": frozenset(),
    "einsatz": frozenset(),
    "taetigkeit": frozenset(),
    "foerderjahr": frozenset(),
    "rate_eingang": frozenset(),
    "auszahlungslauf": frozenset({"erstellt_am"}),
    "auszahlung": frozenset({"erstellt_am"}),
    "freibetragserklaerung": frozenset(),
    "verwendungsnachweis_angaben": frozenset({"geaendert_am"}),
    "ausgestelltes_dokument": frozenset({"erstellt_am", "daten", "pdf"}),
    "import_record": frozenset(),  # one summary row, see _import_entry
    "meta": frozenset(),  # traeger.* and backup.* only, see _meta_entry
    "rollenzuordnung": frozenset(),  # as the Lots*in's field "rollen", see _capture_roles
    "kurs": frozenset(),
    "kurs_termin": frozenset(),
    "kurs_teilnahme": frozenset(),
    "kurs_anwesenheit": frozenset(),
    "kurs_kosten": frozenset(),
    "externe_qualifikation": frozenset(),
}
_META_PREFIXES = ("traeger.", "backup.")
_MASKED = frozenset({"iban"})  # fields stored masked (data minimisation)

# session.info keys: state of the current transaction
_NAME = "protokoll.name"
_ROLES = "protokoll.rollen"  # lotse_id → role text when the transaction first touched them
_NEW_LOTSEN = "protokoll.neue_lotsen"


def install(factory: sessionmaker[Session]) -> None:
    """Record every change made through the sessions of ``factory``."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _on_execute)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_commit", _forget)
    event.listen(factory, "after_rollback", _forget)


@cache
def os_user() -> str:
    """The operating-system user running the app."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database (containers)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "?"


def forget_name(session: Session) -> None:
    """The app's user name changed in this transaction: read it again for the rows that follow."""
    session.info.pop(_NAME, None)


# --- values ---------------------------------------------------------------------------------------------------
def text_of(field: str, value: object) -> str | None:
    """A stored value as the text the log keeps."""
    if value is None:
        return None
    if isinstance(value, bool):
        text = "ja" if value else "nein"
    elif isinstance(value, datetime):
        text = value.isoformat(sep=" ", timespec="seconds")
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, bytes | bytearray | memoryview):
        text = f"{len(value)} Bytes"
    else:
        text = str(value)
    if field in _MASKED and text:
        compact = text.replace(" ", "")
        text = "*" * max(len(compact) - 4, 0) + compact[-4:]
    if len(text) > MAX_TEXT:
        text = text[: MAX_TEXT - 1] + "…"
    return text


def _entries(
    table: str, record_id: object, aktion: str, old: Mapping[str, object], new: Mapping[str, object]
) -> list[dict]:
    """The log rows of one record's change; ``old``/``new`` hold the values of the columns concerned."""
    if table == "meta":
        return _meta_entry(aktion, old, new)
    if table == "import_record":
        return _import_entry(record_id, aktion, old, new)
    skip = _TABLES[table]
    rows = []
    for field in dict.fromkeys((*old, *new)):
        if field == "id" or field in skip:
            continue
        alt = text_of(field, old.get(field)) if aktion != ANGELEGT else None
        neu = text_of(field, new.get(field)) if aktion != GELOESCHT else None
        if alt == neu or (aktion != GEAENDERT and not (alt or neu)):
            continue
        rows.append(_row(table, record_id, aktion, field, alt, neu))
    return rows


def _meta_text(field: str, value: object) -> str | None:
    """Like ``text_of``; the Träger's logo (a base64 picture) as its size, never 500 characters of base64."""
    if field == "logo" and isinstance(value, str):
        return f"Bild, {len(value) * 3 // 4 - value[-2:].count('=')} Bytes" if value else ""
    return text_of(field, value)


def _meta_entry(aktion: str, old: Mapping[str, object], new: Mapping[str, object]) -> list[dict]:
    key = str(new.get("key") or old.get("key") or "")
    prefix = next((p for p in _META_PREFIXES if key.startswith(p)), None)
    if prefix is None:
        return []
    field = key[len(prefix) :]
    alt = _meta_text(field, old.get("value")) if aktion != ANGELEGT else None
    neu = _meta_text(field, new.get("value")) if aktion != GELOESCHT else None
    if alt == neu:
        return []
    return [_row(prefix.rstrip("."), None, aktion, field, alt, neu)]


def _import_entry(record_id: object, aktion: str, old: Mapping[str, object], new: Mapping[str, object]) -> list[dict]:
    if aktion == GEAENDERT:
        return []
    values = new if aktion == ANGELEGT else old
    what = "Lots*innen" if values.get("kind") == "lotsen" else "Einsätze"
    summary = f"{values.get('rows', 0)} {what} aus {values.get('filename', '')}"
    alt, neu = (None, summary) if aktion == ANGELEGT else (summary, None)
    return [_row("import_record", record_id, aktion, None, text_of("", alt), text_of("", neu))]


def _row(table: str, record_id: object, aktion: str, field: str | None, alt: str | None, neu: str | None) -> dict:
    return {
        "tabelle": table,
        "datensatz_id": record_id if isinstance(record_id, int) else None,
        "aktion": aktion,
        "feld": field,
        "alt": alt,
        "neu": neu,
    }


def _write(session: Session, rows: list[dict]) -> None:
    if not rows:
        return
    connection = session.connection()
    if _NAME not in session.info:
        name = connection.execute(select(Meta.value).where(Meta.key == BENUTZERNAME_KEY)).scalar()
        session.info[_NAME] = (name or "").strip()
    stamp = {"zeit": datetime.now().replace(microsecond=0), "benutzer": os_user(), "name": session.info[_NAME]}
    connection.execute(insert(Protokoll.__table__), [{**stamp, **row} for row in rows])


# --- ORM changes (flush) ---------------------------------------------------------------------------------------
def _table_of(obj: object) -> str | None:
    name = getattr(obj, "__tablename__", None)
    return name if name in _TABLES else None


def _before_flush(session: Session, _context, _instances) -> None:
    """Note the roles of Lots*innen whose roles this flush changes, as they are before it."""
    lotse_ids = set()
    for obj in session.new:
        if isinstance(obj, Rollenzuordnung):
            lotse = obj.lotse_id if obj.lotse_id is not None else getattr(obj.lotse, "id", None)
            if lotse is not None:
                lotse_ids.add(lotse)
    for obj in session.deleted:
        if isinstance(obj, Rollenzuordnung | Lotse):
            lotse_ids.add(obj.lotse_id if isinstance(obj, Rollenzuordnung) else obj.id)
    for obj in session.dirty:
        if isinstance(obj, Rollenzuordnung):
            lotse_ids.update(v for v in inspect(obj).attrs.lotse_id.history.sum() if v is not None)
        elif isinstance(obj, Lotse) and inspect(obj).attrs.rollen.history.has_changes():
            lotse_ids.add(obj.id)
    lotse_ids.discard(None)
    if lotse_ids:
        _capture_roles(session, lotse_ids)


def _after_flush(session: Session, _context) -> None:
    rows: list[dict] = []
    for obj in session.new:
        table = _table_of(obj)
        if table is None:
            continue
        state = inspect(obj)
        if table == "rollenzuordnung":
            continue
        if isinstance(obj, Lotse):
            session.info.setdefault(_ROLES, {}).setdefault(obj.id, "")
            session.info.setdefault(_NEW_LOTSEN, set()).add(obj.id)
        values = {attr.key: state.dict.get(attr.key) for attr in state.mapper.column_attrs}
        rows += _entries(table, _identity(state), ANGELEGT, {}, values)
    for obj in session.dirty:
        table = _table_of(obj)
        if table is None or table == "rollenzuordnung":
            continue
        state = inspect(obj)
        old, new = {}, {}
        for attr in state.mapper.column_attrs:
            history = state.attrs[attr.key].history
            if history.added or history.deleted:
                old[attr.key] = history.deleted[0] if history.deleted else None
                new[attr.key] = history.added[0] if history.added else None
        if new or old:
            keys = {"key": state.dict.get("key")} if table == "meta" else {}
            rows += _entries(table, _identity(state), GEAENDERT, {**keys, **old}, {**keys, **new})
    for obj in session.deleted:
        table = _table_of(obj)
        if table is None or table == "rollenzuordnung":
            continue
        state = inspect(obj)
        values = {attr.key: state.dict[attr.key] for attr in state.mapper.column_attrs if attr.key in state.dict}
        rows += _entries(table, _identity(state), GELOESCHT, values, {})
    _write(session, rows)


def _identity(state) -> object:
    if state.identity:
        return state.identity[0]
    key = state.mapper.primary_key[0].key
    return state.dict.get(key)


# --- statements run through session.execute -------------------------------------------------------------------
def _on_execute(state: ORMExecuteState):
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name not in _TABLES or not isinstance(table, Table):
        return None
    session = state.session
    params = state.parameters
    many = isinstance(params, list | tuple)
    if state.is_insert:
        return _on_insert(state, table, params if many else None)
    if many:  # a bulk UPDATE by primary keys
        result = state.invoke_statement()
        if name != "rollenzuordnung":
            _write(session, [_summary(name, GEAENDERT, len(params))])
        return result
    return _on_change(state, table)


def _on_insert(state: ORMExecuteState, table: Table, many: list | tuple | None):
    session, name = state.session, table.name
    pk = table.primary_key.columns.values()[0]
    if many is not None:
        if not many or many[0].get("import_id") is not None:
            return None  # the rows of an import: its ImportRecord is recorded
        if len(many) > PER_ROW_LIMIT or any(pk.key not in row for row in many):
            result = state.invoke_statement()
            if name != "rollenzuordnung":
                _write(session, [_summary(name, ANGELEGT, len(many))])
            return result
        if name == "rollenzuordnung":
            _capture_roles(session, {row["lotse_id"] for row in many if row.get("lotse_id") is not None})
            return None
        result = state.invoke_statement()
        _write_rows(session, table, [row[pk.key] for row in many], ANGELEGT)
        return result
    if name == "rollenzuordnung":
        return None  # lotse_id unknown before it runs; the flush-time capture covers the app's own writes
    result = state.invoke_statement()
    key = result.inserted_primary_key
    if key is not None and key[0] is not None:
        _write_rows(session, table, [key[0]], ANGELEGT)
    return result


def _on_change(state: ORMExecuteState, table: Table):
    """An UPDATE or DELETE with a WHERE clause: read the rows it touches before and (update) after it."""
    session, name = state.session, table.name
    connection = session.connection()
    where = state.statement.whereclause
    pk = table.primary_key.columns.values()[0]
    query = select(table)
    if where is not None:
        query = query.where(where)
    before = connection.execute(query.limit(PER_ROW_LIMIT + 1)).mappings().all()
    if not before:
        return None
    if name == "rollenzuordnung":
        _capture_roles(session, {row["lotse_id"] for row in before})
        return None
    if name == "lotse" and state.is_delete:  # their roles go with them (ON DELETE CASCADE)
        _capture_roles(session, {row["id"] for row in before})
    if name == "einsatz" and state.is_delete and all(row["import_id"] is not None for row in before):
        return None  # an import undone: recorded as its ImportRecord deleted, like its rows were as it created
    aktion = GELOESCHT if state.is_delete else GEAENDERT
    if len(before) > PER_ROW_LIMIT:
        count_query = select(func.count()).select_from(table)
        count = connection.execute(count_query.where(where) if where is not None else count_query).scalar() or 0
        result = state.invoke_statement()
        _write(session, [_summary(name, aktion, count)])
        return result
    result = state.invoke_statement()
    rows = []
    if state.is_delete:
        for row in before:
            rows += _entries(name, row[pk.key], GELOESCHT, dict(row), {})
    else:
        after = {
            row[pk.key]: row
            for row in connection.execute(select(table).where(pk.in_([r[pk.key] for r in before]))).mappings()
        }
        for row in before:
            now = after.get(row[pk.key])
            if now is not None:
                rows += _entries(name, row[pk.key], GEAENDERT, dict(row), dict(now))
    _write(session, rows)
    return result


def _write_rows(session: Session, table: Table, keys: Iterable[object], aktion: str) -> None:
    pk = table.primary_key.columns.values()[0]
    connection = session.connection()
    rows = []
    for row in connection.execute(select(table).where(pk.in_(list(keys)))).mappings():
        rows += _entries(table.name, row[pk.key], aktion, {}, dict(row))
    _write(session, rows)


def _summary(table: str, aktion: str, count: int) -> dict:
    alt, neu = (str(count), None) if aktion == GELOESCHT else (None, str(count))
    if aktion == GEAENDERT:
        alt, neu = None, str(count)
    return _row(table, None, aktion, "anzahl", alt, neu)


# --- the roles of a Lots*in, compared at commit ----------------------------------------------------------------
def _roles_text(rows: Iterable[tuple[str, date | None]]) -> str:
    ordered = sorted(rows, key=lambda r: (r[1] is not None, r[1] or date.min, r[0]))
    return "; ".join(rolle if ab is None else f"{rolle} ab {ab.isoformat()}" for rolle, ab in ordered)


def _current_roles(session: Session, lotse_ids: Iterable[int]) -> dict[int, str]:
    """The roles of these Lots*innen as text, one query; a Lots*in that does not exist is left out."""
    found: dict[int, list[tuple[str, date | None]]] = {}
    stmt = (
        select(Lotse.id, Rollenzuordnung.rolle, Rollenzuordnung.gueltig_ab)
        .outerjoin(Rollenzuordnung, Rollenzuordnung.lotse_id == Lotse.id)
        .where(Lotse.id.in_(list(lotse_ids)))
    )
    for lotse_id, rolle, ab in session.connection().execute(stmt):
        roles = found.setdefault(lotse_id, [])
        if rolle is not None:
            roles.append((rolle, ab))
    return {i: _roles_text(rows) for i, rows in found.items()}


def _capture_roles(session: Session, lotse_ids: Iterable[int]) -> None:
    """Remember the roles of these Lots*innen as they are now, unless this transaction already did."""
    known = session.info.setdefault(_ROLES, {})
    missing = [i for i in lotse_ids if i not in known]
    if missing:
        current = _current_roles(session, missing)
        known.update({i: current.get(i, "") for i in missing})


def _before_commit(session: Session) -> None:
    session.flush()  # commit would flush next: do it now, so its changes are seen here (a no-op when clean)
    known = session.info.pop(_ROLES, None)
    if not known:
        return
    new_ones = session.info.pop(_NEW_LOTSEN, set())
    now = _current_roles(session, known)
    rows = []
    for lotse_id, before in sorted(known.items()):
        after = now.get(lotse_id, "")
        if before == after:
            continue
        if lotse_id not in now:
            aktion = GELOESCHT
        elif lotse_id in new_ones:
            aktion = ANGELEGT
        else:
            aktion = GEAENDERT
        rows.append(_row("lotse", lotse_id, aktion, ROLLEN, before or None, after or None))
    _write(session, rows)


def _forget(session: Session) -> None:
    for key in (_NAME, _ROLES, _NEW_LOTSEN):
        session.info.pop(key, None)
