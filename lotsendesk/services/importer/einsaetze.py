"""Importing Einsätze: check every row, write them in one bulk insert, undo and redo the import."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from lotsendesk.db.models import Einsatz, ImportRecord, Lotse, Taetigkeit
from lotsendesk.domain.dates import parse_date
from lotsendesk.domain.durations import parse_duration
from lotsendesk.domain.einsatz_rules import PersonDates, check_einsatz
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.messages import msg
from lotsendesk.services.importer.csv_table import _line_of, _row_error, _Table
from lotsendesk.services.importer.import_record import _record_dict
from lotsendesk.services.importer.nr_index import _NrIndex
from lotsendesk.services.importer.result import ImportResult


@dataclass
class _EinsatzPlan:
    """Checked rows ready for one bulk insert."""

    rows: list[dict]  # lotse_id, datum, minuten, taetigkeit (casefolded name or None), bemerkung
    new_taetigkeiten: dict[str, str]  # casefolded → name as first written in the file


@dataclass
class _EinsatzUndo:
    record: dict
    taetigkeiten: list[dict]  # categories the import created: id, name, position
    rows: list[dict]  # the inserted Einsatz rows with their ids


@dataclass
class _Parsed:
    line: int
    lotse_id: int
    datum: date
    minuten: int
    taetigkeit: str | None
    bemerkung: str


def _import_einsaetze(session: Session, table: _Table, today: date, dry_run: bool) -> ImportResult:
    stored = session.execute(select(Lotse.nr, Lotse.id, Lotse.eintritt, Lotse.austritt)).all()
    people = _NrIndex({nr: lid for nr, lid, _e, _a in stored})
    person_dates = {lid: PersonDates(eintritt, austritt) for _nr, lid, eintritt, austritt in stored}
    known = {name.casefold(): name for name in session.scalars(select(Taetigkeit.name))}
    errors = list(table.errors)
    parsed: list[_Parsed] = []
    new_taetigkeiten: dict[str, str] = {}
    dates: dict[str, date] = {}  # files repeat the same dates: parse each text once
    for line, cells in table.rows:
        row, row_errors = _parse_einsatz(table, line, cells, people, dates, today)
        errors.extend(row_errors)
        if row is None:
            continue
        if row.taetigkeit and row.taetigkeit.casefold() not in known:
            new_taetigkeiten.setdefault(row.taetigkeit.casefold(), row.taetigkeit)
        parsed.append(row)
    errors.extend(_check_einsatz_rules(session, parsed, person_dates, today))
    result = ImportResult("einsaetze", table.filename, len(table.rows), dry_run=dry_run)
    if errors:
        result.errors = sorted(errors, key=_line_of)
        return result
    result.created = len(parsed)
    result.minutes = sum(row.minuten for row in parsed)
    result.new_taetigkeiten = list(new_taetigkeiten.values())
    rows = [
        {
            "lotse_id": r.lotse_id,
            "datum": r.datum,
            "minuten": r.minuten,
            "taetigkeit": r.taetigkeit.casefold() if r.taetigkeit else None,
            "bemerkung": r.bemerkung,
        }
        for r in parsed
    ]
    result.undo_data = _EinsatzPlan(rows, new_taetigkeiten)
    return result


def _parse_einsatz(
    table: _Table, line: int, cells: list[str], people: _NrIndex[int], dates: dict[str, date], today: date
) -> tuple[_Parsed | None, list[str]]:
    """Read one row's cells; the rules that need other rows (24 h a day) come later."""
    errors: list[str] = []
    nr = table.value(cells, "nr")
    lotse_id = people.get(nr) if nr else None
    if not nr:
        errors.append(_row_error(line, msg("Die Nr. der Lots*in fehlt.")))
    elif lotse_id is None:
        errors.append(_row_error(line, msg("Eine*n Lots*in mit der Nr. „{nr}“ gibt es nicht.", nr=nr)))
    datum_text = table.value(cells, "datum")
    datum = dates.get(datum_text)
    if datum is None:
        try:
            datum = dates[datum_text] = parse_date(datum_text, today)
        except ValidationError as error:
            errors.append(_row_error(line, error))
    try:
        minuten = parse_duration(table.value(cells, "stunden"))
    except ValidationError as error:
        errors.append(_row_error(line, error))
        minuten = None
    taetigkeit = " ".join(table.value(cells, "taetigkeit").split()) or None
    if taetigkeit and len(taetigkeit) > 120:
        errors.append(_row_error(line, msg("Der Name der Tätigkeit darf höchstens 120 Zeichen lang sein.")))
    if errors or lotse_id is None or datum is None or minuten is None:
        return None, errors
    return _Parsed(line, lotse_id, datum, minuten, taetigkeit, table.value(cells, "bemerkung")), errors


def _check_einsatz_rules(
    session: Session, rows: list[_Parsed], dates_of: dict[int, PersonDates], today: date
) -> list[str]:
    """check_einsatz for every row, the day's total counting the DB and the earlier rows of the file."""
    day_minutes = _existing_day_minutes(session, rows)
    day_lines: dict[tuple[int, date], list[int]] = defaultdict(list)
    errors: list[str] = []
    for row in rows:
        key = (row.lotse_id, row.datum)
        problems = check_einsatz(row.datum, row.minuten, dates_of[row.lotse_id], today, day_minutes.get(key, 0))
        for problem in problems:
            message = problem.message
            if "24 Stunden an einem Tag" in message and day_lines[key]:
                earlier = day_lines[key]
                shown = ", ".join(map(str, earlier[:5])) + (" …" if len(earlier) > 5 else "")
                if len(earlier) == 1:
                    message = msg("{meldung} (Davon aus dieser Datei: Zeile {zeilen}.)", meldung=message, zeilen=shown)
                else:
                    message = msg("{meldung} (Davon aus dieser Datei: Zeilen {zeilen}.)", meldung=message, zeilen=shown)
            errors.append(_row_error(row.line, message))
        if not problems:  # a refused row must not make the next one look too long
            day_minutes[key] = day_minutes.get(key, 0) + row.minuten
            day_lines[key].append(row.line)
    return errors


def _existing_day_minutes(session: Session, rows: list[_Parsed]) -> dict[tuple[int, date], int]:
    """Minutes already stored per (person, day), for the people and date range of the file: one query."""
    if not rows:
        return {}
    ids = {row.lotse_id for row in rows}
    stmt = (
        select(Einsatz.lotse_id, Einsatz.datum, func.sum(Einsatz.minuten))
        .where(Einsatz.datum >= min(r.datum for r in rows), Einsatz.datum <= max(r.datum for r in rows))
        .group_by(Einsatz.lotse_id, Einsatz.datum)
    )
    if len(ids) <= 500:  # keep the IN list well below every database's parameter limit
        stmt = stmt.where(Einsatz.lotse_id.in_(ids))
    return {(lid, datum): int(minutes) for lid, datum, minutes in session.execute(stmt) if lid in ids}


def _write_einsaetze(session: Session, plan: _EinsatzPlan, record: ImportRecord) -> _EinsatzUndo:
    ids = {name.casefold(): tid for tid, name in session.execute(select(Taetigkeit.id, Taetigkeit.name))}
    position = session.scalar(select(func.max(Taetigkeit.position))) or 0
    created: list[dict] = []
    for key, name in plan.new_taetigkeiten.items():
        position += 1
        taetigkeit = Taetigkeit(name=name, position=position)
        session.add(taetigkeit)
        session.flush()
        ids[key] = taetigkeit.id
        created.append({"id": taetigkeit.id, "name": name, "position": position})
    values = [
        {
            "lotse_id": row["lotse_id"],
            "datum": row["datum"],
            "minuten": row["minuten"],
            "taetigkeit_id": ids[row["taetigkeit"]] if row["taetigkeit"] else None,
            "bemerkung": row["bemerkung"],
            "import_id": record.id,
        }
        for row in plan.rows
    ]
    # One Core executemany: the ORM unit of work is 6× slower, and the ORM bulk path splits the batch
    # every time a None (no Tätigkeit) alternates with a value – 3,700 statements for 10,000 rows.
    session.execute(insert(Einsatz.__table__), values)
    stored = [
        dict(r._mapping) for r in session.execute(select(Einsatz.__table__).where(Einsatz.import_id == record.id))
    ]
    return _EinsatzUndo(_record_dict(record), created, stored)


def _revert_einsaetze(session: Session, undo: _EinsatzUndo) -> None:
    session.execute(delete(Einsatz).where(Einsatz.import_id == undo.record["id"]))
    for taetigkeit in undo.taetigkeiten:
        used = session.scalar(select(func.count(Einsatz.id)).where(Einsatz.taetigkeit_id == taetigkeit["id"]))
        if not used:  # a category chosen by hand since the import stays
            session.execute(delete(Taetigkeit).where(Taetigkeit.id == taetigkeit["id"]))


def _reapply_einsaetze(session: Session, undo: _EinsatzUndo) -> None:
    missing = [t for t in undo.taetigkeiten if session.get(Taetigkeit, t["id"]) is None]
    if missing:
        session.execute(insert(Taetigkeit), missing)
    if undo.rows:
        session.execute(insert(Einsatz.__table__), undo.rows)
