"""The ImportRecord of a file: refusing one imported before, and the record as data for undo/redo."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from lotsendesk.db.models import ImportRecord
from lotsendesk.domain.messages import msg
from lotsendesk.services.errors import ServiceError


def _refuse_repeat(session: Session, kind: str, sha256: str) -> None:
    earlier = session.scalar(select(ImportRecord).where(ImportRecord.kind == kind, ImportRecord.sha256 == sha256))
    if earlier is not None:
        raise ServiceError(
            msg(
                "Diese Datei wurde bereits am {datum} um {uhrzeit} Uhr importiert („{datei}“); sie wird nicht noch "
                "einmal importiert, damit nichts doppelt zählt.",
                datum=f"{earlier.imported_at:%d.%m.%Y}",
                uhrzeit=f"{earlier.imported_at:%H:%M}",
                datei=earlier.filename,
            )
        )


def _record_dict(record: ImportRecord) -> dict:
    return {c.name: getattr(record, c.name) for c in ImportRecord.__table__.columns}
