"""The importer's entry points: import a file (all or nothing, never twice), undo it, redo it."""

import hashlib
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import delete, insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lotsendesk.db.models import ImportRecord
from lotsendesk.domain.messages import msg
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.importer.columns import KINDS, Mapping
from lotsendesk.services.importer.csv_table import Progress, _line_of, _Table
from lotsendesk.services.importer.einsaetze import (
    _EinsatzPlan,
    _EinsatzUndo,
    _import_einsaetze,
    _reapply_einsaetze,
    _revert_einsaetze,
    _write_einsaetze,
)
from lotsendesk.services.importer.import_record import _refuse_repeat
from lotsendesk.services.importer.lotsen import (
    _import_lotsen,
    _LotsenPlan,
    _LotsenUndo,
    _reapply_lotsen,
    _revert_lotsen,
    _write_lotsen,
)
from lotsendesk.services.importer.mappings import _layout, _remember, _table
from lotsendesk.services.importer.result import ImportResult
from lotsendesk.services.importer.source import _forget, _load


def import_file(
    db: Database,
    kind: str,
    path: Path,
    dry_run: bool = False,
    today: date | None = None,
    sheet: str | None = None,
    mapping: Mapping | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Check ``path`` (a CSV file or a sheet of an .xlsx workbook) completely and, if every row is fine and not
    ``dry_run``, store it in one transaction.

    ``sheet``: the workbook's sheet (default: the first). ``mapping``: field → column index, chosen by the user
    instead of the guess from the headings; after a successful import it is remembered for the next file with
    the same headings (``remembered_mapping``), which the guess then uses first. ``progress(rows, total)`` is
    called while the file is read; an exception it raises (e.g. ``ImportCancelled``) ends the import, nothing
    stored. File-level problems (missing, unreadable, old .xls, password, empty, a required column missing,
    imported before) raise ServiceError; row problems come back in ``result.errors`` and nothing is written.
    """
    if kind not in KINDS:
        raise ServiceError(msg("Unbekannte Importart „{art}“ (möglich: lotsen, einsaetze).", art=kind))
    path = Path(path)
    source = _load(path, sheet=sheet, progress=progress)
    if not dry_run:
        _forget()  # a big workbook is kept from the check to the import, not beyond
    today = today or date.today()
    with db.session() as session:
        layout = _layout(session, source, kind, mapping)
        table = _table(source, layout)
        _refuse_repeat(session, kind, source.digest)
        if kind == "lotsen":
            result = _import_lotsen(session, table, today, dry_run)
        else:
            result = _import_einsaetze(session, table, today, dry_run)
        result.sheet, result.header_line, result.mapping = source.sheet, layout.header_line, layout.mapping
        if result.errors:
            result.error_rows = _error_rows(table, result.errors)
        if result.errors or dry_run:
            result.undo_data = None  # nothing was written, so there is nothing to undo
        else:
            _store(session, result, source.digest)
            if mapping is not None:
                _remember(session, kind, layout.header, layout.mapping)
    return result


def _error_rows(table: _Table, errors: list[str], limit: int = 1000) -> dict[int, list[str]]:
    """The cells of the first ``limit`` rows with errors, by line, to show them next to their messages."""
    lines = {_line_of(message) for message in errors}
    found: dict[int, list[str]] = {}
    for line, cells in table.rows:
        if line in lines:
            found[line] = cells
            if len(found) >= limit:
                break
    return found


def revert_import(db: Database, result: ImportResult) -> None:
    """Undo: remove exactly what the import added and put back what it changed."""
    undo = result.undo_data
    with db.session() as session:
        if isinstance(undo, _EinsatzUndo):
            _revert_einsaetze(session, undo)
        elif isinstance(undo, _LotsenUndo):
            _revert_lotsen(session, undo)
        else:
            raise ServiceError(msg("Dieser Import kann nicht rückgängig gemacht werden (er hat nichts gespeichert)."))
        session.execute(delete(ImportRecord).where(ImportRecord.id == undo.record["id"]))


def reapply_import(db: Database, result: ImportResult) -> None:
    """Redo: put the imported rows back with their old ids, as if the undo had not happened."""
    undo = result.undo_data
    if not isinstance(undo, _EinsatzUndo | _LotsenUndo):
        raise ServiceError(msg("Dieser Import kann nicht wiederholt werden (er hat nichts gespeichert)."))
    try:
        with db.session() as session:
            session.execute(insert(ImportRecord), [undo.record])
            if isinstance(undo, _EinsatzUndo):
                _reapply_einsaetze(session, undo)
            else:
                _reapply_lotsen(session, undo)
    except IntegrityError:
        raise ServiceError(
            msg(
                "Der Import von „{datei}“ kann nicht wiederhergestellt werden, weil sich die Daten inzwischen "
                "geändert haben.",
                datei=undo.record["filename"],
            )
        ) from None


def _store(session: Session, result: ImportResult, sha256: str) -> None:
    """Write the checked rows (prepared in ``result.undo_data``) and the ImportRecord."""
    record = ImportRecord(
        kind=result.kind,
        filename=result.filename,
        sha256=sha256,
        imported_at=datetime.now().replace(microsecond=0),
        rows=result.rows,
    )
    session.add(record)
    session.flush()
    result.import_id = record.id
    plan = result.undo_data
    if isinstance(plan, _EinsatzPlan):
        result.undo_data = _write_einsaetze(session, plan, record)
    elif isinstance(plan, _LotsenPlan):
        result.undo_data = _write_lotsen(session, plan, record)


class _NothingStored(Exception):
    """Rolls back ``import_einsatz_tables``' transaction (errors or a dry run)."""


def import_einsatz_tables(
    db: Database, filename: str, tables: list, raw: bytes, dry_run: bool = False, today: date | None = None
) -> tuple[ImportResult, list[ImportResult]]:
    """Einsätze from several tables (csv_table._Table, e.g. the sheets of one workbook) as ONE import of the file
    ``raw``: each table through the same checks as a CSV file, later tables checked against the rows of the
    earlier ones (a day over 24 h across two sheets is found), all or nothing, one ImportRecord (a repeated file
    is refused), one undo for ``revert_import``. Returns the file's result and each table's (with its errors)."""
    sha256 = hashlib.sha256(raw).hexdigest()
    today = today or date.today()
    total = ImportResult("einsaetze", filename, sum(len(t.rows) for t in tables), dry_run=dry_run)
    parts: list[ImportResult] = []
    try:
        with db.session() as session:
            _refuse_repeat(session, "einsaetze", sha256)
            now = datetime.now().replace(microsecond=0)
            record = ImportRecord(kind="einsaetze", filename=filename, sha256=sha256, imported_at=now, rows=total.rows)
            session.add(record)
            session.flush()
            created: list[dict] = []
            undo: _EinsatzUndo | None = None
            for table in tables:
                part = _import_einsaetze(session, table, today, dry_run)
                parts.append(part)
                total.errors.extend(part.errors)
                if not total.errors and part.created:  # written at once, so the next table sees these rows
                    undo = _write_einsaetze(session, part.undo_data, record)
                    created += undo.taetigkeiten
                part.undo_data = None
            if total.errors or dry_run or undo is None:
                raise _NothingStored
            total.import_id = record.id
            total.undo_data = _EinsatzUndo(undo.record, created, undo.rows)  # rows: all with this import_id
    except _NothingStored:
        pass
    if not total.errors:
        total.created = sum(p.created for p in parts)
        total.minutes = sum(p.minutes for p in parts)
        total.new_taetigkeiten = [name for p in parts for name in p.new_taetigkeiten]
    return total, parts
