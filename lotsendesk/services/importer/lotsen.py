"""Importing Lots*innen: new Nr are added, known ones updated from the file's non-empty cells; undo and redo."""

from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from lotsendesk.db.models import Einsatz, ImportRecord, Lotse, Rollenzuordnung
from lotsendesk.domain.dates import format_date, parse_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.lotse_record import LotseData, RolleAb, check_lotse, normalized, rolle_am
from lotsendesk.domain.messages import Msg, msg, rstrip
from lotsendesk.domain.people import Rolle, Status, parse_rolle, parse_status
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.importer.columns import _LABELS
from lotsendesk.services.importer.csv_table import _line_of, _row_error, _Table
from lotsendesk.services.importer.import_record import _record_dict
from lotsendesk.services.importer.nr_index import _NrIndex
from lotsendesk.services.importer.result import ImportResult

_TEXT_FIELDS = ("nachname", "vorname", "email", "telefon", "anschrift", "iban", "sprachen", "notizen")
_DATE_FIELDS = ("qualifiziert_am", "eintritt", "austritt")


@dataclass
class _LotsenPlan:
    created: list[LotseData]
    updated: list[tuple[int, LotseData, LotseData]]  # id, before, after


@dataclass
class _LotsenUndo:
    record: dict
    created: list[tuple[int, LotseData]]
    updated: list[tuple[int, LotseData, LotseData]]  # id, before, after


def _import_lotsen(session: Session, table: _Table, today: date, dry_run: bool) -> ImportResult:
    stored = {lotse.nr: lotse for lotse in session.scalars(select(Lotse).options(selectinload(Lotse.rollen)))}
    index = _NrIndex(stored)
    spans = _einsatz_spans(session)
    errors = list(table.errors)
    seen: dict[object, int] = {}  # person (stored id or new Nr) → first line
    plan = _LotsenPlan([], [])
    unchanged = 0
    for line, cells in table.rows:
        nr = table.value(cells, "nr")
        lotse = index.get(nr) if nr else None
        who = lotse.id if lotse is not None else nr
        if nr and who in seen:
            errors.append(_row_error(line, msg("Die Nr. „{nr}“ steht schon in Zeile {zeile}.", nr=nr, zeile=seen[who])))
            continue
        seen[who] = line
        before = _snapshot(lotse) if lotse is not None else None
        after, row_errors = _merged_lotse(table, cells, before, nr, today)
        if not row_errors and lotse is not None:
            row_errors = _span_errors(after, spans.get(lotse.id))
        errors.extend(_row_error(line, e) for e in row_errors)
        if row_errors:
            continue
        if before is None:
            plan.created.append(after)
        elif after != before:
            plan.updated.append((lotse.id, before, after))
        else:
            unchanged += 1
    result = ImportResult("lotsen", table.filename, len(table.rows), dry_run=dry_run)
    if errors:
        result.errors = sorted(errors, key=_line_of)
        return result
    result.created, result.updated, result.unchanged = len(plan.created), len(plan.updated), unchanged
    result.undo_data = plan
    return result


def _merged_lotse(
    table: _Table, cells: list[str], before: LotseData | None, nr: str, today: date
) -> tuple[LotseData, list[ValidationError | str]]:
    """The file's non-empty cells over the stored data (an empty cell never wipes a stored value)."""
    base = before or LotseData(nr=nr, nachname="")
    changes: dict[str, object] = {}
    errors: list[ValidationError | str] = []
    for name in _TEXT_FIELDS:
        if value := table.value(cells, name):
            changes[name] = value
    for name in _DATE_FIELDS:
        if value := table.value(cells, name):
            try:
                changes[name] = parse_date(value, today, field=name)
            except ValidationError as error:
                errors.append(_in_column(error, name))
    if status := table.value(cells, "status"):
        try:
            changes["status"] = parse_status(status)
        except ValidationError as error:
            errors.append(error)
    try:
        changes["rollen"] = _merged_rollen(
            base.rollen, table.value(cells, "rolle"), table.value(cells, "rolle_ab"), before is not None, today
        )
    except ValidationError as error:
        errors.append(error)
    after = normalized(replace(base, **changes))
    if not errors:
        errors.extend(check_lotse(after))
    return after, errors


def _merged_rollen(
    history: tuple[RolleAb, ...], rolle_text: str, ab_text: str, existing: bool, today: date
) -> tuple[RolleAb, ...]:
    """A role without date describes the person from the start; with ``Rolle ab`` it is a change on that day."""
    if not rolle_text:
        if ab_text:
            raise ValidationError(msg("„Rolle ab“ ist angegeben, aber keine Rolle."), "rolle")
        return history
    rolle = parse_rolle(rolle_text)
    if not ab_text:
        if existing and rolle_am(history, today) == rolle:
            return history  # the list states today's role: keep the dated history it came from
        return (RolleAb(rolle, None),)
    try:
        ab = parse_date(ab_text, today, field="rolle_ab")
    except ValidationError as error:
        raise ValidationError(_in_column(error, "rolle_ab"), "rolle_ab") from None
    return (*(entry for entry in history if entry.ab != ab), RolleAb(rolle, ab))


def _in_column(error: ValidationError, name: str) -> Msg:
    """The message of a cell that cannot be read, with the column it is in."""
    return msg("{meldung} (Spalte „{spalte}“).", meldung=rstrip(error.message, "."), spalte=_LABELS[name])


def _einsatz_spans(session: Session) -> dict[int, tuple[date, date]]:
    """First and last Einsatz per person: Eintritt/Austritt may not be moved past them."""
    stmt = select(Einsatz.lotse_id, func.min(Einsatz.datum), func.max(Einsatz.datum)).group_by(Einsatz.lotse_id)
    return {lid: (first, last) for lid, first, last in session.execute(stmt)}


def _span_errors(data: LotseData, span: tuple[date, date] | None) -> list[ValidationError | str]:
    if span is None:
        return []
    first, last = span
    errors: list[ValidationError | str] = []
    if data.eintritt and first < data.eintritt:
        errors.append(
            msg(
                "Es gibt schon Einsätze ab dem {datum}; der Eintritt kann nicht später liegen.",
                datum=format_date(first),
            )
        )
    if data.austritt and last > data.austritt:
        errors.append(
            msg(
                "Es gibt noch Einsätze bis zum {datum}; der Austritt kann nicht früher liegen.", datum=format_date(last)
            )
        )
    return errors


_SCALARS = tuple(f.name for f in fields(LotseData) if f.name not in ("rollen", "status"))


def _snapshot(lotse: Lotse) -> LotseData:
    rollen = tuple(RolleAb(Rolle(r.rolle), r.gueltig_ab) for r in lotse.rollen) or (RolleAb(Rolle.LOTSIN),)
    values = {name: getattr(lotse, name) for name in _SCALARS}
    return normalized(LotseData(**values, rollen=rollen, status=Status(lotse.status)))


def _write_lotse(lotse: Lotse, data: LotseData) -> None:
    for name in _SCALARS:
        setattr(lotse, name, getattr(data, name))
    lotse.status = data.status.value
    lotse.rollen = [Rollenzuordnung(rolle=r.rolle.value, gueltig_ab=r.ab) for r in data.rollen]


def _write_lotsen(session: Session, plan: _LotsenPlan, record: ImportRecord) -> _LotsenUndo:
    created: list[tuple[int, LotseData]] = []
    for data in plan.created:
        lotse = Lotse()
        _write_lotse(lotse, data)
        session.add(lotse)
        session.flush()
        created.append((lotse.id, data))
    for lotse_id, _before, after in plan.updated:
        _write_lotse(session.get(Lotse, lotse_id), after)
    return _LotsenUndo(_record_dict(record), created, plan.updated)


def _revert_lotsen(session: Session, undo: _LotsenUndo) -> None:
    ids = [lotse_id for lotse_id, _ in undo.created]
    busy = session.scalars(select(Lotse.nr).join(Einsatz, Einsatz.lotse_id == Lotse.id).where(Lotse.id.in_(ids)))
    busy_nrs = sorted(set(busy))
    if busy_nrs:
        raise ServiceError(
            msg(
                "Der Import kann nicht rückgängig gemacht werden: Für die importierten Lots*innen mit der Nr. "
                "{nummern} sind inzwischen Einsätze erfasst.",
                nummern=", ".join(busy_nrs),
            )
        )
    for lotse_id in ids:
        lotse = session.get(Lotse, lotse_id)
        if lotse is not None:
            session.delete(lotse)
    for lotse_id, before, _after in undo.updated:
        lotse = session.get(Lotse, lotse_id)
        if lotse is not None:
            _write_lotse(lotse, before)


def _reapply_lotsen(session: Session, undo: _LotsenUndo) -> None:
    for lotse_id, data in undo.created:
        lotse = Lotse(id=lotse_id)
        _write_lotse(lotse, data)
        session.add(lotse)
    for lotse_id, _before, after in undo.updated:
        lotse = session.get(Lotse, lotse_id)
        if lotse is None:
            raise ServiceError(
                msg("Ein*e importierte*r Lots*in wurde inzwischen gelöscht; der Import kann nicht wiederholt werden.")
            )
        _write_lotse(lotse, after)
    session.flush()
