"""Payout runs: propose what is claimable and not yet paid, confirm it with gapless Beleg-Nr., Storno.

A confirmed payout is final: its Einsätze are festgeschrieben (database triggers refuse changes), and a
correction is a Storno – a new payout with the negative amount and a reason – after which the next run pays
again what is then claimable.
"""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotsendesk.db.models import (
    Auszahlung,
    AuszahlungPosten,
    Auszahlungslauf,
    Foerderjahr,
    Freibetragserklaerung,
    Lotse,
)
from lotsendesk.domain import allowances
from lotsendesk.domain.formatting import format_money
from lotsendesk.domain.funding import Reason, settle, year_result
from lotsendesk.domain.messages import Msg, msg
from lotsendesk.domain.people import display_name, sort_key
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.festschreibung import paid_einsatz_ids
from lotsendesk.services.foerderjahre import load_entries, load_people, load_year_row, year_data
from lotsendesk.services.money import from_cents, to_cents


class Methode(StrEnum):
    UEBERWEISUNG = "ueberweisung"
    BAR = "bar"


METHODE_LABELS = {Methode.UEBERWEISUNG: "Überweisung", Methode.BAR: "bar"}


@dataclass(frozen=True)
class Proposal:
    """What a run would pay one person."""

    lotse_id: int
    nr: str
    name: str
    iban: str
    minutes: int
    amount: Decimal
    items: tuple[tuple[int, int], ...]  # (einsatz_id, minutes paid of it)
    warnings: tuple[Msg, ...]


@dataclass(frozen=True)
class PayoutRow:
    id: int
    beleg_nr: str
    lotse_id: int
    nr: str
    name: str
    foerderjahr: int
    bezahlt_am: date
    methode: Methode
    minuten: int
    betrag: Decimal
    storno_von: str | None  # Beleg-Nr. of the payout this one cancels
    storniert_durch: str | None  # Beleg-Nr. of the Storno that cancels this one
    grund: str
    lauf_id: int | None = None  # the payout run (None for a Storno); ``report quittungen --run`` takes it


def propose_run(db: Database, jahr: int, until: date, paid_on: date | None = None) -> list[Proposal]:
    """Per person, the claimable minutes up to ``until`` that no payout has paid yet, and their amount."""
    paid_on = paid_on or date.today()
    with db.session() as session:
        return _proposals(session, jahr, until, paid_on)


def confirm_run(
    db: Database,
    jahr: int,
    until: date,
    paid_on: date,
    methode: Methode,
    exclude: frozenset[int] = frozenset(),
) -> list[PayoutRow]:
    """Pay the proposal (minus the excluded people) in one transaction; returns the new payouts."""
    if paid_on < until:
        raise ServiceError(msg("Das Auszahlungsdatum liegt vor dem Ende des Zeitraums – bitte prüfen."))
    with db.session() as session:
        year = load_year_row(session, jahr)
        proposals = [p for p in _proposals(session, jahr, until, paid_on) if p.lotse_id not in exclude]
        if not proposals:
            raise ServiceError(msg("Bis zu diesem Datum ist nichts mehr auszuzahlen."))
        now = datetime.now().replace(microsecond=0)
        run = Auszahlungslauf(
            foerderjahr_id=year.id, bis=until, bezahlt_am=paid_on, methode=methode.value, erstellt_am=now
        )
        session.add(run)
        session.flush()
        created = []
        for proposal in proposals:
            payout = Auszahlung(
                lauf_id=run.id,
                foerderjahr_id=year.id,
                lotse_id=proposal.lotse_id,
                beleg_jahr=paid_on.year,
                beleg_lfd=_next_number(session, paid_on.year),
                bezahlt_am=paid_on,
                methode=methode.value,
                minuten=proposal.minutes,
                betrag_cent=to_cents(proposal.amount),
                erstellt_am=now,
            )
            session.add(payout)
            session.flush()
            session.add_all(
                AuszahlungPosten(auszahlung_id=payout.id, einsatz_id=einsatz_id, minuten=minutes)
                for einsatz_id, minutes in proposal.items
            )
            created.append(payout.id)
        session.flush()
        return [row for row in _rows(session, None) if row.id in created]


def storno(db: Database, auszahlung_id: int, grund: str, on: date) -> PayoutRow:
    """Cancel a payout: a new payout with the negative amount, its own Beleg-Nr. and the reason. The Einsätze
    it paid are free again (to correct them) and the next run pays what is then claimable."""
    if not grund.strip():
        raise ServiceError(msg("Bitte einen Grund für die Stornierung angeben."))
    with db.session() as session:
        original = session.get(Auszahlung, auszahlung_id)
        if original is None:
            raise ServiceError(msg("Diese Auszahlung gibt es nicht."))
        if original.storno_von_id is not None:
            raise ServiceError(msg("Eine Stornierung kann nicht storniert werden."))
        if session.scalar(select(Auszahlung.id).where(Auszahlung.storno_von_id == auszahlung_id)) is not None:
            raise ServiceError(msg("Diese Auszahlung ist bereits storniert."))
        reverse = Auszahlung(
            lauf_id=None,
            foerderjahr_id=original.foerderjahr_id,
            lotse_id=original.lotse_id,
            beleg_jahr=on.year,
            beleg_lfd=_next_number(session, on.year),
            bezahlt_am=on,
            methode=original.methode,
            minuten=-original.minuten,
            betrag_cent=-original.betrag_cent,
            storno_von_id=original.id,
            grund=grund.strip(),
            erstellt_am=datetime.now().replace(microsecond=0),
        )
        session.add(reverse)
        session.flush()
        return next(row for row in _rows(session, None) if row.id == reverse.id)


@dataclass(frozen=True)
class RunRow:
    """A confirmed payout run, for picking its Quittungen."""

    id: int
    foerderjahr: int
    bis: date
    bezahlt_am: date
    anzahl: int
    betrag: Decimal


def list_runs(db: Database) -> list[RunRow]:
    """Every payout run, newest first, with the number and sum of its payouts."""
    stmt = (
        select(
            Auszahlungslauf.id,
            Foerderjahr.jahr,
            Auszahlungslauf.bis,
            Auszahlungslauf.bezahlt_am,
            func.count(Auszahlung.id),
            func.coalesce(func.sum(Auszahlung.betrag_cent), 0),
        )
        .join(Foerderjahr, Foerderjahr.id == Auszahlungslauf.foerderjahr_id)
        .join(Auszahlung, Auszahlung.lauf_id == Auszahlungslauf.id)
        .group_by(Auszahlungslauf.id)
        .order_by(Auszahlungslauf.id.desc())
    )
    with db.session() as session:
        return [
            RunRow(run_id, jahr, bis, paid, count, from_cents(cents))
            for run_id, jahr, bis, paid, count, cents in session.execute(stmt)
        ]


def run_of_payout(db: Database, auszahlung_id: int) -> int | None:
    """The payout run of a payout; None for a Storno (it belongs to no run)."""
    with db.session() as session:
        return session.scalar(select(Auszahlung.lauf_id).where(Auszahlung.id == auszahlung_id))


def list_payouts(db: Database, jahr: int | None = None) -> list[PayoutRow]:
    """Every payout and Storno, newest Beleg first; ``jahr`` limits to one Förderjahr."""
    with db.session() as session:
        return _rows(session, jahr)


# --- internals -----------------------------------------------------------------------------------------------
def _proposals(session: Session, jahr: int, until: date, paid_on: date) -> list[Proposal]:
    year = year_data(load_year_row(session, jahr))
    people = load_people(session)
    entries = load_entries(session, jahr, until)
    paid_minutes, paid_cents = _active_paid(session, jahr)
    paid_items = set(paid_einsatz_ids(session, [e.id for items in entries.values() for e in items]))
    tax_year = allowances.tax_year(paid_on)
    paid_in_tax_year = _paid_in_year(session, tax_year)
    declarations = {
        d.lotse_id: d
        for d in session.scalars(select(Freibetragserklaerung).where(Freibetragserklaerung.jahr == tax_year))
    }
    proposals = []
    for lotse_id, mine in entries.items():
        lotse, person = people[lotse_id]
        result = year_result(mine, person, jahr, year.params, year.bewilligung)
        room = result.cap - paid_minutes.get(lotse_id, 0)
        items = []
        for entry_result in result.entries:
            # everything that passes the rules but the cap; the cap is applied to what is actually paid
            if entry_result.reason not in (None, Reason.OVER_CAP) or entry_result.entry.id in paid_items:
                continue
            share = min(entry_result.entry.minuten, room)
            if share <= 0:
                break
            items.append((entry_result.entry.id, share))
            room -= share
        minutes = sum(m for _, m in items)
        if minutes == 0:
            continue
        to_pay = settle(
            paid_minutes.get(lotse_id, 0), from_cents(paid_cents.get(lotse_id, 0)), minutes, year.params.rate
        )
        warnings = _warnings(lotse, to_pay, declarations.get(lotse_id), paid_in_tax_year.get(lotse_id, 0), tax_year)
        warnings += _benefit_warning(session, lotse_id, declarations.get(lotse_id), to_pay, paid_on)
        proposals.append(
            Proposal(
                lotse_id,
                lotse.nr,
                display_name(lotse.nachname, lotse.vorname),
                lotse.iban,
                minutes,
                to_pay,
                tuple(items),
                tuple(warnings),
            )
        )
    proposals.sort(key=lambda p: (sort_key(people[p.lotse_id][0].nachname), sort_key(p.name), p.nr))
    return proposals


def _warnings(
    lotse: Lotse, to_pay: Decimal, declaration: Freibetragserklaerung | None, paid_cents: int, tax_year: int
) -> list[Msg]:
    warnings = []
    if not lotse.iban:
        warnings.append(msg("Keine IBAN hinterlegt – nur bar auszahlbar."))
    if declaration is None:
        warnings.append(msg("Keine Freibetragserklärung für {jahr}.", jahr=str(tax_year)))
        return warnings
    kind = allowances.Freibetrag(declaration.art)
    room = allowances.headroom(kind, tax_year, from_cents(declaration.anderweitig_cent), from_cents(paid_cents))
    taxable = room.taxable_part_of(to_pay)
    if taxable > 0:
        warnings.append(
            msg(
                "Freibetrag ({art}) überschritten: {betrag} wären steuerpflichtig.",
                art=kind.value,
                betrag=format_money(taxable),
            )
        )
    return warnings


def _benefit_warning(
    session: Session, lotse_id: int, declaration: Freibetragserklaerung | None, to_pay: Decimal, paid_on: date
) -> list[Msg]:
    """Bürgergeld/AsylbLG (recorded only with consent): more than 250 € in the month of payment counts against
    the benefits – the Freibetrag is monthly and goes by the month of Zufluss (domain.md §4.3)."""
    if declaration is None or not declaration.sozialleistungen or declaration.einwilligung_am is None:
        return []
    month_start = paid_on.replace(day=1)
    month_end = date(paid_on.year + paid_on.month // 12, paid_on.month % 12 + 1, 1)
    paid_cents = session.scalar(
        select(func.coalesce(func.sum(Auszahlung.betrag_cent), 0)).where(
            Auszahlung.lotse_id == lotse_id, Auszahlung.bezahlt_am >= month_start, Auszahlung.bezahlt_am < month_end
        )
    )
    excess = allowances.benefit_month_excess(from_cents(paid_cents or 0), to_pay)
    if excess <= 0:
        return []
    return [
        msg(
            "Bezieht Bürgergeld/AsylbLG: im {monat} wären es {betrag} über den anrechnungsfreien 250 € – "
            "Jobcenter/Sozialamt informieren oder auf mehrere Monate verteilen.",
            monat=f"{paid_on:%m/%Y}",
            betrag=format_money(excess),
        )
    ]


def _active_paid(session: Session, jahr: int) -> tuple[dict[int, int], dict[int, int]]:
    """Minutes and cents paid per person in the Förderjahr, payouts that were storniert left out."""
    cancelled = select(Auszahlung.storno_von_id).where(Auszahlung.storno_von_id.is_not(None))
    stmt = (
        select(Auszahlung.lotse_id, func.sum(Auszahlung.minuten), func.sum(Auszahlung.betrag_cent))
        .join(Foerderjahr, Foerderjahr.id == Auszahlung.foerderjahr_id)
        .where(Foerderjahr.jahr == jahr, Auszahlung.storno_von_id.is_(None), Auszahlung.id.not_in(cancelled))
        .group_by(Auszahlung.lotse_id)
    )
    minutes, cents = {}, {}
    for lotse_id, m, c in session.execute(stmt):
        minutes[lotse_id], cents[lotse_id] = m or 0, c or 0
    return minutes, cents


def _paid_in_year(session: Session, tax_year: int) -> dict[int, int]:
    """Cents paid per person in a calendar year (Zufluss), Stornos included as negative amounts."""
    stmt = (
        select(Auszahlung.lotse_id, func.sum(Auszahlung.betrag_cent))
        .where(Auszahlung.beleg_jahr == tax_year)
        .group_by(Auszahlung.lotse_id)
    )
    return dict(session.execute(stmt).all())


def _next_number(session: Session, year: int) -> int:
    return (session.scalar(select(func.max(Auszahlung.beleg_lfd)).where(Auszahlung.beleg_jahr == year)) or 0) + 1


def _rows(session: Session, jahr: int | None) -> list[PayoutRow]:
    stmt = (
        select(Auszahlung, Lotse.nr, Lotse.nachname, Lotse.vorname, Foerderjahr.jahr)
        .join(Lotse, Lotse.id == Auszahlung.lotse_id)
        .join(Foerderjahr, Foerderjahr.id == Auszahlung.foerderjahr_id)
        .order_by(Auszahlung.beleg_jahr.desc(), Auszahlung.beleg_lfd.desc())
    )
    if jahr is not None:
        stmt = stmt.where(Foerderjahr.jahr == jahr)
    raw = session.execute(stmt).all()
    numbers = {a.id: a.beleg_nr for a, *_ in raw}
    cancelled_by = {a.storno_von_id: a.beleg_nr for a, *_ in raw if a.storno_von_id is not None}
    missing = [a.storno_von_id for a, *_ in raw if a.storno_von_id is not None and a.storno_von_id not in numbers]
    if missing:  # a Storno of another Förderjahr's payout: look its number up
        for original in session.scalars(select(Auszahlung).where(Auszahlung.id.in_(missing))):
            numbers[original.id] = original.beleg_nr
    return [
        PayoutRow(
            a.id,
            a.beleg_nr,
            a.lotse_id,
            nr,
            display_name(nachname, vorname),
            fj,
            a.bezahlt_am,
            Methode(a.methode),
            a.minuten,
            from_cents(a.betrag_cent),
            numbers.get(a.storno_von_id) if a.storno_von_id else None,
            cancelled_by.get(a.id),
            a.grund,
            a.lauf_id,
        )
        for a, nr, nachname, vorname, fj in raw
    ]
