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
from lotsendesk.services.importer.csv_table import KINDS, _decode, _parse_table, _read_bytes
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
from lotsendesk.services.importer.result import ImportResult


def import_file(db: Database, kind: str, path: Path, dry_run: bool = False, today: date | None = None) -> ImportResult:
    """Check ``path`` completely and, if every row is fine and not ``dry_run``, store it in one transaction.

    File-level problems (missing, unreadable, empty, a required column missing, imported before) raise
    ServiceError; row problems come back in ``result.errors`` and nothing is written.
    """
    if kind not in KINDS:
        raise ServiceError(msg("Unbekannte Importart „{art}“ (möglich: lotsen, einsaetze).", art=kind))
    path = Path(path)
    raw = _read_bytes(path)
    table = _parse_table(_decode(raw, path.name), path.name, kind)
    sha256 = hashlib.sha256(raw).hexdigest()
    today = today or date.today()
    with db.session() as session:
        _refuse_repeat(session, kind, sha256)
        if kind == "lotsen":
            result = _import_lotsen(session, table, today, dry_run)
        else:
            result = _import_einsaetze(session, table, today, dry_run)
        if result.errors or dry_run:
            result.undo_data = None  # nothing was written, so there is nothing to undo
        else:
            _store(session, result, sha256)
    return result


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
