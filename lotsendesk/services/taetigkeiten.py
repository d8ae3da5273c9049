"""The editable list of Tätigkeit categories."""

from dataclasses import dataclass

from sqlalchemy import func, select

from lotsendesk.db.models import Einsatz, Taetigkeit
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.messages import msg
from lotsendesk.services.database import Database
from lotsendesk.services.errors import InputErrors, ServiceError


@dataclass(frozen=True)
class TaetigkeitRow:
    id: int
    name: str
    einsaetze: int


def list_taetigkeiten(db: Database) -> list[TaetigkeitRow]:
    with db.session() as session:
        counts = dict(
            session.execute(select(Einsatz.taetigkeit_id, func.count(Einsatz.id)).group_by(Einsatz.taetigkeit_id)).all()
        )
        return [
            TaetigkeitRow(t.id, t.name, counts.get(t.id, 0))
            for t in session.scalars(select(Taetigkeit).order_by(Taetigkeit.position, Taetigkeit.id))
        ]


def add_taetigkeit(db: Database, name: str, taetigkeit_id: int | None = None, position: int | None = None) -> int:
    """Add a category at the end of the list; id and position are given only to restore a deleted one (undo)."""
    name = _checked_name(name)
    with db.session() as session:
        _check_unique(session, name, None)
        if position is None:
            position = (session.scalar(select(func.max(Taetigkeit.position))) or 0) + 1
        taetigkeit = Taetigkeit(id=taetigkeit_id, name=name, position=position)
        session.add(taetigkeit)
        session.flush()
        return taetigkeit.id


def rename_taetigkeit(db: Database, taetigkeit_id: int, name: str) -> str:
    """Rename; returns the old name (for undo). Recorded Einsätze follow the new name."""
    name = _checked_name(name)
    with db.session() as session:
        taetigkeit = session.get(Taetigkeit, taetigkeit_id)
        if taetigkeit is None:
            raise ServiceError(msg("Diese Tätigkeit gibt es nicht mehr."))
        _check_unique(session, name, taetigkeit_id)
        old, taetigkeit.name = taetigkeit.name, name
        return old


def delete_taetigkeit(db: Database, taetigkeit_id: int) -> int | None:
    """Delete an unused category; returns its list position (for undo), None if it was already gone."""
    with db.session() as session:
        taetigkeit = session.get(Taetigkeit, taetigkeit_id)
        if taetigkeit is None:
            return None
        used = session.scalar(select(func.count(Einsatz.id)).where(Einsatz.taetigkeit_id == taetigkeit_id)) or 0
        if used:
            raise ServiceError(
                msg(
                    "„{name}“ ist {anzahl}-mal erfasst und kann nicht gelöscht werden; Sie können sie aber umbenennen.",
                    name=taetigkeit.name,
                    anzahl=used,
                )
            )
        position = taetigkeit.position
        session.delete(taetigkeit)
        return position


def find_taetigkeit_id(db: Database, name: str) -> int | None:
    key = name.strip().casefold()
    if not key:
        return None
    for row in list_taetigkeiten(db):
        if row.name.casefold() == key:
            return row.id
    return None


def _checked_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InputErrors([ValidationError(msg("Bitte einen Namen für die Tätigkeit angeben."), "name")])
    if len(name) > 120:
        raise InputErrors([ValidationError(msg("Der Name darf höchstens 120 Zeichen lang sein."), "name")])
    return name


def _check_unique(session, name: str, own_id: int | None) -> None:
    for t in session.scalars(select(Taetigkeit)):
        if t.name.casefold() == name.casefold() and t.id != own_id:
            raise InputErrors([ValidationError(msg("Die Tätigkeit „{name}“ gibt es schon.", name=name), "name")])
