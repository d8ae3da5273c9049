"""Use cases for Lots*innen: list, add, edit, deactivate, delete (only without Einsätze)."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from lotsendesk.db.models import Einsatz, KursTeilnahme, Lotse, Rollenzuordnung
from lotsendesk.domain.dates import format_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.lotse_record import LotseData, RolleAb, check_lotse, normalized, rolle_am
from lotsendesk.domain.messages import msg
from lotsendesk.domain.people import Rolle, Status, display_name, sort_key
from lotsendesk.services.database import Database
from lotsendesk.services.errors import InputErrors, ServiceError


@dataclass(frozen=True)
class LotseRow:
    """One line of the Lots*innen table."""

    id: int
    nr: str
    nachname: str
    vorname: str
    rolle: Rolle
    rolle_seit: date | None
    qualifiziert_am: date | None
    eintritt: date | None
    austritt: date | None
    status: Status
    einsaetze: int
    minuten: int
    sprachen: str

    @property
    def name(self) -> str:
        return display_name(self.nachname, self.vorname)


@dataclass(frozen=True)
class LotseRef:
    """Just enough to pick a person: for the entry row and the filters."""

    id: int
    nr: str
    name: str


def list_lotse_refs(db: Database) -> list[LotseRef]:
    """All Lots*innen by name, without the totals ``list_lotsen`` sums over every Einsatz."""
    with db.reading() as connection:
        rows = connection.execute(select(Lotse.id, Lotse.nr, Lotse.nachname, Lotse.vorname)).all()
    rows.sort(key=lambda r: (sort_key(r.nachname), sort_key(r.vorname), r.nr))
    return [LotseRef(r.id, r.nr, display_name(r.nachname, r.vorname)) for r in rows]


def list_lotsen(db: Database, today: date | None = None) -> list[LotseRow]:
    """All Lots*innen, sorted by name in a way that suits names in any script."""
    today = today or date.today()
    with db.session() as session:
        totals = dict(
            (lotse_id, (count, minutes))
            for lotse_id, count, minutes in session.execute(
                select(Einsatz.lotse_id, func.count(Einsatz.id), func.sum(Einsatz.minuten)).group_by(Einsatz.lotse_id)
            )
        )
        rollen: dict[int, list[RolleAb]] = {}
        for lotse_id, rolle, ab in session.execute(
            select(Rollenzuordnung.lotse_id, Rollenzuordnung.rolle, Rollenzuordnung.gueltig_ab)
        ):
            rollen.setdefault(lotse_id, []).append(RolleAb(Rolle(rolle), ab))
        rows = []
        for lotse in session.scalars(select(Lotse)):
            history = tuple(rollen.get(lotse.id, ()))
            current = rolle_am(history, today)
            since = max((r.ab for r in history if r.rolle == current and r.ab and r.ab <= today), default=None)
            count, minutes = totals.get(lotse.id, (0, 0))
            rows.append(
                LotseRow(
                    lotse.id,
                    lotse.nr,
                    lotse.nachname,
                    lotse.vorname,
                    current,
                    since,
                    lotse.qualifiziert_am,
                    lotse.eintritt,
                    lotse.austritt,
                    Status(lotse.status),
                    count,
                    minutes or 0,
                    lotse.sprachen,
                )
            )
    rows.sort(key=lambda r: (sort_key(r.nachname), sort_key(r.vorname), r.nr))
    return rows


def get_lotse(db: Database, lotse_id: int) -> LotseData:
    with db.session() as session:
        return _to_data(_load(session, lotse_id))


def find_by_nr(session: Session, nr: str) -> Lotse | None:
    return session.scalar(select(Lotse).where(Lotse.nr == nr.strip()))


def create_lotse(db: Database, data: LotseData, lotse_id: int | None = None) -> int:
    """Store a new Lots*in; ``lotse_id`` is given only to restore a deleted one (undo)."""
    data = validated(data)
    with db.session() as session:
        _check_nr_free(session, data.nr, None)
        lotse = Lotse(id=lotse_id)
        _apply(session, lotse, data, new=True)
        session.add(lotse)
        session.flush()
        return lotse.id


def update_lotse(db: Database, lotse_id: int, data: LotseData) -> None:
    data = validated(data)
    with db.session() as session:
        lotse = _load(session, lotse_id)
        _check_nr_free(session, data.nr, lotse_id)
        _check_einsaetze_inside(session, lotse_id, data)
        _apply(session, lotse, data, new=False)


def delete_lotse(db: Database, lotse_id: int) -> LotseData:
    """Delete a Lots*in without Einsätze; returns what was deleted (for undo)."""
    with db.session() as session:
        lotse = _load(session, lotse_id)
        count = session.scalar(select(func.count(Einsatz.id)).where(Einsatz.lotse_id == lotse_id)) or 0
        if count:
            raise ServiceError(
                msg(
                    "{name} hat {anzahl} erfasste Einsätze und kann deshalb nicht gelöscht werden. Setzen Sie den "
                    "Status stattdessen auf „ausgeschieden“.",
                    name=display_name(lotse.nachname, lotse.vorname),
                    anzahl=count,
                )
            )
        if session.scalar(select(func.count(KursTeilnahme.id)).where(KursTeilnahme.lotse_id == lotse_id)):
            raise ServiceError(
                msg(
                    "{name} steht auf der Teilnehmendenliste eines Kurses und kann deshalb nicht gelöscht werden. "
                    "Setzen Sie den Status stattdessen auf „ausgeschieden“.",
                    name=display_name(lotse.nachname, lotse.vorname),
                )
            )
        data = _to_data(lotse)
        session.delete(lotse)
        return data


def einsatz_count(db: Database, lotse_id: int) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Einsatz.id)).where(Einsatz.lotse_id == lotse_id)) or 0


def validated(data: LotseData) -> LotseData:
    data = normalized(data)
    errors = check_lotse(data)
    if errors:
        raise InputErrors(errors)
    return data


def _check_nr_free(session: Session, nr: str, own_id: int | None) -> None:
    other = find_by_nr(session, nr)
    if other is not None and other.id != own_id:
        raise InputErrors(
            [
                ValidationError(
                    msg("Die Nr. {nr} hat bereits {name}.", nr=nr, name=display_name(other.nachname, other.vorname)),
                    "nr",
                )
            ]
        )


def _check_einsaetze_inside(session: Session, lotse_id: int, data: LotseData) -> None:
    """Eintritt/Austritt may not be moved so that recorded Einsätze fall outside."""
    first, last = session.execute(
        select(func.min(Einsatz.datum), func.max(Einsatz.datum)).where(Einsatz.lotse_id == lotse_id)
    ).one()
    errors = []
    if first and data.eintritt and first < data.eintritt:
        errors.append(
            ValidationError(
                msg(
                    "Es gibt schon Einsätze ab dem {datum}; der Eintritt kann nicht später liegen.",
                    datum=format_date(first),
                ),
                "eintritt",
            )
        )
    if last and data.austritt and last > data.austritt:
        errors.append(
            ValidationError(
                msg(
                    "Es gibt noch Einsätze bis zum {datum}; der Austritt kann nicht früher liegen.",
                    datum=format_date(last),
                ),
                "austritt",
            )
        )
    if errors:
        raise InputErrors(errors)


def _load(session: Session, lotse_id: int) -> Lotse:
    lotse = session.get(Lotse, lotse_id)
    if lotse is None:
        raise ServiceError(msg("Diese*n Lots*in gibt es nicht mehr (inzwischen gelöscht?)."))
    return lotse


def _apply(session: Session, lotse: Lotse, data: LotseData, new: bool) -> None:
    for name in (
        "nr",
        "nachname",
        "vorname",
        "qualifiziert_am",
        "eintritt",
        "austritt",
        "email",
        "telefon",
        "anschrift",
        "iban",
        "sprachen",
        "notizen",
    ):
        setattr(lotse, name, getattr(data, name))
    lotse.status = data.status.value
    if not new:
        session.execute(delete(Rollenzuordnung).where(Rollenzuordnung.lotse_id == lotse.id))
        session.expire(lotse, ["rollen"])
    lotse.rollen = [Rollenzuordnung(rolle=r.rolle.value, gueltig_ab=r.ab) for r in data.rollen]


def _to_data(lotse: Lotse) -> LotseData:
    return LotseData(
        nr=lotse.nr,
        nachname=lotse.nachname,
        vorname=lotse.vorname,
        rollen=tuple(RolleAb(Rolle(r.rolle), r.gueltig_ab) for r in lotse.rollen) or (RolleAb(Rolle.LOTSIN),),
        qualifiziert_am=lotse.qualifiziert_am,
        eintritt=lotse.eintritt,
        austritt=lotse.austritt,
        email=lotse.email,
        telefon=lotse.telefon,
        anschrift=lotse.anschrift,
        iban=lotse.iban,
        sprachen=lotse.sprachen,
        notizen=lotse.notizen,
        status=Status(lotse.status),
    )
