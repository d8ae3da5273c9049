"""Documents about one person: Stundennachweis (D11), Einsatzbestätigung and Freibetragserklärung (D12).

Each ``write_…`` function gathers plain data for its renderer in ``lotsendesk.reports`` and writes the PDF;
when there is nothing to print, or the file cannot be written, it raises ``ServiceError`` with a German sentence
and leaves no file behind.

The claimable hours of a Stundennachweis are exact for any sub-period: the rules (``funding.year_result``) run
over *all* Einsätze of each Förderjahr the period touches – the cap fills in date order from 1 January – and the
Stundennachweis shows the claimable part of the Einsätze inside the period.
"""

from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from lotsendesk.db.models import Auszahlung, Einsatz, Foerderjahr, Freibetragserklaerung, Lotse, Taetigkeit
from lotsendesk.domain.allowances import Freibetrag, limit
from lotsendesk.domain.dates import format_date
from lotsendesk.domain.funding import Entry, Period, Person, year_result, yearly_cap
from lotsendesk.domain.lotse_record import RolleAb, rolle_am
from lotsendesk.domain.messages import msg
from lotsendesk.domain.people import ROLLE_LABELS, Status, sort_key
from lotsendesk.reports.einsatzbestaetigung import ActivityLine, ConfirmationData, build_einsatzbestaetigung
from lotsendesk.reports.freibetragserklaerung import DeclarationData, build_freibetragserklaerungen
from lotsendesk.reports.stundennachweis import TimesheetData, TimesheetEntry, build_stundennachweise
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError, write_or_fail
from lotsendesk.services.foerderjahre import load_people, year_data
from lotsendesk.services.money import from_cents
from lotsendesk.services.traeger import get_logo, get_traeger


# --- Stundennachweis -----------------------------------------------------------------------------------------
def write_stundennachweis(db: Database, nr: str | None, von: date, bis: date, path: Path) -> int:
    """Write the Stundennachweis of Lots*in ``nr`` (None: of everybody with Einsätze) for ``von``–``bis`` to
    ``path``; returns the number of people written."""
    sheets = stundennachweise(db, nr, von, bis)
    write_or_fail(path, lambda: build_stundennachweise(sheets, get_traeger(db).name, path, logo=get_logo(db)))
    return len(sheets)


def stundennachweise(db: Database, nr: str | None, von: date, bis: date) -> list[TimesheetData]:
    """One ``TimesheetData`` per person with Einsätze in ``von``–``bis`` (only Lots*in ``nr`` when given), sorted
    by Nachname, Vorname; ServiceError when there is nothing to print."""
    if von > bis:
        raise ServiceError(
            msg("Der Zeitraum beginnt nach seinem Ende ({von} – {bis}).", von=format_date(von), bis=format_date(bis))
        )
    with db.session() as session:
        people = load_people(session)
        only = _find(session, nr).id if nr is not None else None
        stmt = (
            select(Einsatz.id, Einsatz.lotse_id, type_coerce(Einsatz.datum, String), Einsatz.minuten, Taetigkeit.name)
            .outerjoin(Taetigkeit, Taetigkeit.id == Einsatz.taetigkeit_id)
            .where(Einsatz.datum >= von, Einsatz.datum <= bis)
            .order_by(Einsatz.lotse_id, Einsatz.datum, Einsatz.id)
        )
        if only is not None:
            stmt = stmt.where(Einsatz.lotse_id == only)
        parse = date.fromisoformat
        rows: dict[int, list[tuple[int, date, int, str]]] = defaultdict(list)
        for einsatz_id, lotse_id, datum, minuten, taetigkeit in session.connection().execute(stmt):
            rows[lotse_id].append((einsatz_id, parse(datum), minuten, taetigkeit or ""))
        if not rows:
            if only is not None:
                lotse = people[only][0]
                raise _no_einsaetze(lotse, von, bis)
            raise ServiceError(
                msg("Vom {von} bis {bis} gibt es keine Einsätze.", von=format_date(von), bis=format_date(bis))
            )
        claimable, caps, missing = _claimable(session, {i: people[i][1] for i in rows}, von.year, bis.year)
    sheets = []
    order = sorted(
        rows, key=lambda i: (sort_key(people[i][0].nachname), sort_key(people[i][0].vorname), people[i][0].nr)
    )
    for lotse_id in order:
        entries = rows[lotse_id]
        lotse, person = people[lotse_id]
        years = sorted({datum.year for _, datum, _, _ in entries})
        sheets.append(
            TimesheetData(
                name=_name(lotse),
                nr=lotse.nr,
                rolle=period_role(person.rollen, von, bis),
                von=von,
                bis=bis,
                entries=tuple(
                    TimesheetEntry(datum, taetigkeit, minuten, claimable.get(einsatz_id))
                    for einsatz_id, datum, minuten, taetigkeit in entries
                ),
                grenzen=tuple((year, caps[lotse_id, year]) for year in years if (lotse_id, year) in caps),
                ohne_foerderjahr=tuple(year for year in years if year in missing),
            )
        )
    return sheets


def period_role(rollen: tuple[RolleAb, ...], von: date, bis: date) -> str:
    """The role in the period, with the date of each change inside it: ``Lots*in, ab 01.07.2025 koordinierende*r
    Lots*in``."""
    text = ROLLE_LABELS[rolle_am(rollen, von)]
    for change in sorted((r for r in rollen if r.ab and von < r.ab <= bis), key=lambda r: r.ab or date.min):
        text += f", ab {format_date(change.ab)} {ROLLE_LABELS[change.rolle]}"
    return text


# --- Einsatzbestätigung -------------------------------------------------------------------------------------
def write_einsatzbestaetigung(db: Database, nr: str, von: date | None, bis: date | None, path: Path) -> None:
    """Write the "Bestätigung über ehrenamtliches Engagement" of Lots*in ``nr`` for ``von``–``bis`` (None: from
    the first, to the last Einsatz of the person) to ``path``."""
    data = einsatzbestaetigung(db, nr, von, bis)
    write_or_fail(path, lambda: build_einsatzbestaetigung(data, get_traeger(db), path, logo=get_logo(db)))


def einsatzbestaetigung(db: Database, nr: str, von: date | None, bis: date | None) -> ConfirmationData:
    """The data of the Einsatzbestätigung; ServiceError when there is no such Nr. or no Einsatz to confirm."""
    with db.session() as session:
        lotse = _find(session, nr)
        person = load_people(session)[lotse.id][1]
        first, last = session.execute(
            select(func.min(Einsatz.datum), func.max(Einsatz.datum)).where(Einsatz.lotse_id == lotse.id)
        ).one()
        if first is None:
            raise ServiceError(msg("{name} (Nr. {nr}) hat noch keine Einsätze.", name=_name(lotse), nr=lotse.nr))
        von, bis = von or first, bis or last
        if von > bis:
            raise ServiceError(
                msg(
                    "Der Zeitraum beginnt nach seinem Ende ({von} – {bis}).", von=format_date(von), bis=format_date(bis)
                )
            )
        stmt = (
            select(Taetigkeit.name, func.count(Einsatz.id), func.sum(Einsatz.minuten))
            .select_from(Einsatz)
            .outerjoin(Taetigkeit, Taetigkeit.id == Einsatz.taetigkeit_id)
            .where(Einsatz.lotse_id == lotse.id, Einsatz.datum >= von, Einsatz.datum <= bis)
            .group_by(Taetigkeit.name)
        )
        lines = [ActivityLine(name or "", count, minutes or 0) for name, count, minutes in session.execute(stmt)]
        if not lines:
            raise _no_einsaetze(lotse, von, bis)
        lines.sort(key=lambda a: (-a.minuten, a.taetigkeit == "", sort_key(a.taetigkeit)))
        return ConfirmationData(
            name=_name(lotse),
            nr=lotse.nr,
            rolle=period_role(person.rollen, von, bis),
            aktiv_seit=lotse.eintritt or first,
            austritt=lotse.austritt,
            qualifiziert_am=lotse.qualifiziert_am,
            von=von,
            bis=bis,
            einsaetze=sum(a.einsaetze for a in lines),
            minuten=sum(a.minuten for a in lines),
            taetigkeiten=tuple(lines),
            sprachen=lotse.sprachen,
        )


# --- Freibetragserklärung ------------------------------------------------------------------------------------
def write_freibetragserklaerungen(db: Database, jahr: int, nr: str | None, path: Path) -> int:
    """Write the pre-filled Freibetragserklärung for calendar year ``jahr`` of Lots*in ``nr`` (None: of every
    active Lots*in – status aktiv, or with Einsätze in the year) to ``path``; returns the number of forms."""
    forms = freibetragserklaerungen(db, jahr, nr)
    write_or_fail(path, lambda: build_freibetragserklaerungen(forms, get_traeger(db), path, logo=get_logo(db)))
    return len(forms)


def freibetragserklaerungen(db: Database, jahr: int, nr: str | None) -> list[DeclarationData]:
    """The forms' data, sorted by Nachname, Vorname; ServiceError when there is nobody to ask."""
    try:
        grenze_26, grenze_26a = limit(Freibetrag.UEBUNGSLEITER, jahr), limit(Freibetrag.EHRENAMT, jahr)
    except ValueError:
        raise ServiceError(msg("Für {jahr} sind keine Freibeträge hinterlegt.", jahr=str(jahr))) from None
    first, last = date(jahr, 1, 1), date(jahr, 12, 31)
    with db.session() as session:
        people = load_people(session)
        if nr is not None:
            wanted = [_find(session, nr).id]
        else:
            busy = set(
                session.scalars(
                    select(Einsatz.lotse_id).where(Einsatz.datum >= first, Einsatz.datum <= last).distinct()
                )
            )
            wanted = [i for i, (lotse, _) in people.items() if lotse.status == Status.AKTIV.value or i in busy]
            if not wanted:
                raise ServiceError(
                    msg("Für {jahr} gibt es keine aktiven Lots*innen und niemanden mit Einsätzen.", jahr=str(jahr))
                )
        paid = dict(
            session.execute(
                select(Auszahlung.lotse_id, func.sum(Auszahlung.betrag_cent))
                .where(Auszahlung.bezahlt_am >= first, Auszahlung.bezahlt_am <= last)
                .group_by(Auszahlung.lotse_id)
            ).all()
        )
        stored = {
            row.lotse_id: row
            for row in session.scalars(select(Freibetragserklaerung).where(Freibetragserklaerung.jahr == jahr))
        }
        year_row = session.scalar(select(Foerderjahr).where(Foerderjahr.jahr == jahr))
        year = year_data(year_row) if year_row is not None else None
        forms = []
        for lotse_id in sorted(
            wanted, key=lambda i: (sort_key(people[i][0].nachname), sort_key(people[i][0].vorname), people[i][0].nr)
        ):
            lotse, person = people[lotse_id]
            erklaerung = stored.get(lotse_id)
            forms.append(
                DeclarationData(
                    jahr=jahr,
                    name=_name(lotse),
                    nr=lotse.nr,
                    anschrift=lotse.anschrift,
                    grenze_uebungsleiter=grenze_26,
                    grenze_ehrenamt=grenze_26a,
                    ausgezahlt=from_cents(paid.get(lotse_id) or 0),
                    satz=year.params.rate if year else None,
                    hoechst_minuten=yearly_cap(person.rollen, Period.calendar_year(jahr), year.params)
                    if year
                    else None,
                    art=Freibetrag(erklaerung.art) if erklaerung else None,
                    anderweitig=from_cents(erklaerung.anderweitig_cent) if erklaerung else None,
                    unterschrieben_am=erklaerung.unterschrieben_am if erklaerung else None,
                )
            )
    return forms


# --- shared --------------------------------------------------------------------------------------------------
def _find(session: Session, nr: str) -> Lotse:
    lotse = session.scalar(select(Lotse).where(Lotse.nr == nr.strip()))
    if lotse is None:
        raise ServiceError(msg("Eine*n Lots*in mit der Nr. {nr} gibt es nicht.", nr=nr.strip()))
    return lotse


def _no_einsaetze(lotse: Lotse, von: date, bis: date) -> ServiceError:
    return ServiceError(
        msg(
            "{name} (Nr. {nr}) hat vom {von} bis {bis} keine Einsätze.",
            name=_name(lotse),
            nr=lotse.nr,
            von=format_date(von),
            bis=format_date(bis),
        )
    )


def _name(lotse: Lotse) -> str:
    return f"{lotse.vorname} {lotse.nachname}".strip()


def _claimable(
    session: Session, people: dict[int, Person], first_year: int, last_year: int
) -> tuple[dict[int, int], dict[tuple[int, int], int], set[int]]:
    """Apply the rules to every Einsatz of ``people`` in the Förderjahre ``first_year``–``last_year``: claimable
    minutes per Einsatz id, the cap per (person, year), and the years that have no Förderjahr entered."""
    claimable: dict[int, int] = {}
    caps: dict[tuple[int, int], int] = {}
    missing: set[int] = set()
    parse = date.fromisoformat
    for year in range(first_year, last_year + 1):
        row = session.scalar(select(Foerderjahr).where(Foerderjahr.jahr == year))
        if row is None:
            missing.add(year)
            continue
        data = year_data(row)
        stmt = select(Einsatz.id, Einsatz.lotse_id, type_coerce(Einsatz.datum, String), Einsatz.minuten).where(
            Einsatz.datum >= date(year, 1, 1), Einsatz.datum <= date(year, 12, 31)
        )
        if len(people) == 1:
            stmt = stmt.where(Einsatz.lotse_id == next(iter(people)))
        entries: dict[int, list[Entry]] = defaultdict(list)
        for einsatz_id, lotse_id, datum, minuten in session.connection().execute(stmt):
            if lotse_id in people:
                entries[lotse_id].append(Entry(einsatz_id, parse(datum), minuten))
        for lotse_id, mine in entries.items():
            result = year_result(mine, people[lotse_id], year, data.params, data.bewilligung)
            caps[lotse_id, year] = result.cap
            claimable.update((r.entry.id, r.claimable) for r in result.entries)
    return claimable, caps, missing
