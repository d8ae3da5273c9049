"""Förderjahre: the Bescheid data and parameters of a year, its Raten, and the year's figures per person."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import String, and_, func, select, type_coerce
from sqlalchemy.orm import Session

from lotsendesk.db.models import Auszahlung, Einsatz, Foerderjahr, Lotse, RateEingang, Rollenzuordnung
from lotsendesk.domain import deadlines
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.funding import (
    CapMethod,
    Entry,
    FundingParameters,
    Period,
    Person,
    YearResult,
    amount,
    budget_state,
    year_result,
)
from lotsendesk.domain.lotse_record import RolleAb, rolle_am
from lotsendesk.domain.messages import msg
from lotsendesk.domain.people import Rolle, Status, display_name, sort_key
from lotsendesk.services.database import Database
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.money import from_cents, to_cents

NEBENBESTIMMUNGEN = ("ANBest-P", "ANBest-GK")


@dataclass(frozen=True)
class FoerderjahrData:
    jahr: int
    bewilligt_einsatz: Decimal
    aktenzeichen: str = ""
    bescheid_datum: date | None = None
    bewilligung: Period | None = None  # None: the calendar year
    bewilligt_koordination: Decimal = Decimal("0.00")
    bewilligt_quali: Decimal = Decimal("0.00")
    nebenbestimmungen: str = "ANBest-P"
    params: FundingParameters = field(default_factory=FundingParameters)
    erklaerung_bis: date | None = None  # None: Bescheid-Datum + 1 Monat
    erklaerung_zurueck_am: date | None = None
    verwendungsnachweis_bis: date | None = None  # None: 31.03. of the next year
    notizen: str = ""

    @property
    def period(self) -> Period:
        return self.bewilligung or Period.calendar_year(self.jahr)

    @property
    def erklaerung_frist(self) -> date | None:
        if self.erklaerung_bis:
            return self.erklaerung_bis
        return deadlines.erklaerung_due(self.bescheid_datum) if self.bescheid_datum else None

    @property
    def vn_frist(self) -> date:
        return self.verwendungsnachweis_bis or deadlines.verwendungsnachweis_due(self.jahr)


@dataclass(frozen=True)
class RateRow:
    id: int
    datum: date
    betrag: Decimal
    notiz: str


@dataclass(frozen=True)
class PersonFigures:
    """One row of the year summary (and of the Formblatt-2b Anlage later)."""

    lotse_id: int
    nr: str
    nachname: str
    vorname: str
    rolle: str  # "Lots*in", "koordinierende*r Lots*in", or "… ab 01.07.2025" after a change
    qualifiziert_am: date | None
    result: YearResult
    betrag: Decimal  # amount of the claimable minutes
    ausgezahlt: Decimal  # paid in payouts of this Förderjahr (Stornos subtracted)

    @property
    def name(self) -> str:
        return display_name(self.nachname, self.vorname)


@dataclass(frozen=True)
class YearSummary:
    year: FoerderjahrData
    people: tuple[PersonFigures, ...]
    raten: tuple[RateRow, ...]

    @property
    def recorded_minutes(self) -> int:
        return sum(p.result.recorded for p in self.people)

    @property
    def claimable_minutes(self) -> int:
        return sum(p.result.claimable for p in self.people)

    @property
    def betrag(self) -> Decimal:
        return sum((p.betrag for p in self.people), Decimal("0.00"))

    @property
    def ausgezahlt(self) -> Decimal:
        return sum((p.ausgezahlt for p in self.people), Decimal("0.00"))

    @property
    def erhalten(self) -> Decimal:
        return sum((r.betrag for r in self.raten), Decimal("0.00"))

    @property
    def budget(self) -> str:
        return budget_state(self.betrag, self.year.bewilligt_einsatz)


# --- Förderjahr records --------------------------------------------------------------------------------------
def add_year(db: Database, data: FoerderjahrData) -> int:
    _check(data)
    with db.session() as session:
        if session.scalar(select(Foerderjahr.id).where(Foerderjahr.jahr == data.jahr)) is not None:
            raise InputErrors(
                [ValidationError(msg("Das Förderjahr {jahr} gibt es schon.", jahr=str(data.jahr)), "jahr")]
            )
        row = Foerderjahr(jahr=data.jahr)
        _apply(row, data)
        session.add(row)
        session.flush()
        return row.id


def update_year(db: Database, data: FoerderjahrData) -> FoerderjahrData:
    """Change a Förderjahr; returns the previous data (for undo)."""
    _check(data)
    with db.session() as session:
        row = load_year_row(session, data.jahr)
        before = year_data(row)
        _apply(row, data)
        return before


def delete_year(db: Database, jahr: int) -> FoerderjahrData:
    """Remove a Förderjahr that nothing refers to yet (undo of "anlegen"); its Raten go with it. A year with
    payouts stays: payouts are Belege."""
    with db.session() as session:
        row = load_year_row(session, jahr)
        if session.scalar(select(func.count(Auszahlung.id)).where(Auszahlung.foerderjahr_id == row.id)):
            raise ServiceError(
                msg("Das Förderjahr {jahr} hat schon Auszahlungen und bleibt deshalb bestehen.", jahr=str(jahr))
            )
        data = year_data(row)
        for rate in session.scalars(select(RateEingang).where(RateEingang.foerderjahr_id == row.id)):
            session.delete(rate)
        session.delete(row)
        return data


def get_year(db: Database, jahr: int) -> FoerderjahrData | None:
    with db.session() as session:
        row = session.scalar(select(Foerderjahr).where(Foerderjahr.jahr == jahr))
        return year_data(row) if row else None


def list_years(db: Database) -> list[FoerderjahrData]:
    with db.session() as session:
        return [year_data(r) for r in session.scalars(select(Foerderjahr).order_by(Foerderjahr.jahr.desc()))]


def add_rate(db: Database, jahr: int, datum: date, betrag: Decimal, notiz: str = "") -> int:
    if betrag <= 0:
        raise InputErrors([ValidationError(msg("Der Betrag der Rate muss größer als 0 sein."), "betrag")])
    with db.session() as session:
        year = load_year_row(session, jahr)
        rate = RateEingang(foerderjahr_id=year.id, datum=datum, betrag_cent=to_cents(betrag), notiz=notiz.strip())
        session.add(rate)
        session.flush()
        return rate.id


def delete_rate(db: Database, rate_id: int) -> None:
    with db.session() as session:
        rate = session.get(RateEingang, rate_id)
        if rate is not None:
            session.delete(rate)


def list_raten(db: Database, jahr: int) -> list[RateRow]:
    with db.session() as session:
        year = load_year_row(session, jahr)
        return [
            RateRow(r.id, r.datum, from_cents(r.betrag_cent), r.notiz)
            for r in session.scalars(
                select(RateEingang).where(RateEingang.foerderjahr_id == year.id).order_by(RateEingang.datum)
            )
        ]


# --- the year's figures --------------------------------------------------------------------------------------
def year_summary(db: Database, jahr: int, until: date | None = None) -> YearSummary:
    """Every person with hours or payouts in the Förderjahr: recorded, claimable, amount, paid. ``until`` limits
    the Einsätze to those dated on or before it (what a payout run up to that date would see)."""
    data = get_year(db, jahr)
    if data is None:
        raise ServiceError(msg("Für {jahr} ist noch kein Förderjahr angelegt.", jahr=str(jahr)))
    with db.session() as session:
        people = load_people(session)
        entries = load_entries(session, jahr, until)
        paid = _paid_cents(session, jahr)
    rows = []
    for lotse_id, (lotse, person) in people.items():
        mine = entries.get(lotse_id, [])
        if not mine and lotse_id not in paid:
            continue
        result = year_result(mine, person, jahr, data.params, data.bewilligung)
        rows.append(
            PersonFigures(
                lotse_id,
                lotse.nr,
                lotse.nachname,
                lotse.vorname,
                role_text(person.rollen, jahr),
                lotse.qualifiziert_am,
                result,
                amount(result.claimable, data.params.rate),
                from_cents(paid.get(lotse_id, 0)),
            )
        )
    rows.sort(key=lambda r: (sort_key(r.nachname), sort_key(r.vorname), r.nr))
    return YearSummary(data, tuple(rows), tuple(list_raten(db, jahr)))


def role_text(rollen: tuple[RolleAb, ...], jahr: int) -> str:
    """The Funktion column: the role in the year, with the date of a change inside it."""
    labels = {Rolle.LOTSIN: "Lots*in", Rolle.KOORDINIEREND: "koordinierende*r Lots*in"}
    start = rolle_am(rollen, date(jahr, 1, 1))
    changes = [r for r in rollen if r.ab and date(jahr, 1, 1) < r.ab <= date(jahr, 12, 31)]
    text = labels[start]
    for change in sorted(changes, key=lambda r: r.ab or date.min):
        text += f", ab {change.ab:%d.%m.%Y} {labels[change.rolle]}"
    return text


def load_people(session: Session) -> dict[int, tuple[Lotse, Person]]:
    rollen: dict[int, list[RolleAb]] = {}
    for lotse_id, rolle, ab in session.execute(
        select(Rollenzuordnung.lotse_id, Rollenzuordnung.rolle, Rollenzuordnung.gueltig_ab)
    ):
        rollen.setdefault(lotse_id, []).append(RolleAb(Rolle(rolle), ab))
    result = {}
    for lotse in session.scalars(select(Lotse)):
        history = tuple(sorted(rollen.get(lotse.id, []), key=lambda r: r.ab or date.min)) or (RolleAb(Rolle.LOTSIN),)
        result[lotse.id] = (lotse, Person(lotse.qualifiziert_am, lotse.eintritt, lotse.austritt, history))
    return result


def load_entries(session: Session, jahr: int, until: date | None = None) -> dict[int, list[Entry]]:
    """The Einsätze of a year per person. Dates are read as ISO text (SQLAlchemy's date processing per row
    costs seconds for 100,000 rows)."""
    end = date(jahr, 12, 31) if until is None else min(until, date(jahr, 12, 31))
    stmt = select(Einsatz.id, Einsatz.lotse_id, type_coerce(Einsatz.datum, String), Einsatz.minuten).where(
        and_(Einsatz.datum >= date(jahr, 1, 1), Einsatz.datum <= end)
    )
    entries: dict[int, list[Entry]] = {}
    parse = date.fromisoformat
    for einsatz_id, lotse_id, datum, minuten in session.connection().execute(stmt):
        entries.setdefault(lotse_id, []).append(Entry(einsatz_id, parse(datum), minuten))
    return entries


def active_qualified_count(db: Database, on: date) -> int:
    """Koordinierungspauschale condition: active Lots*innen qualified by ``on``."""
    with db.session() as session:
        return sum(
            1
            for lotse in session.scalars(select(Lotse))
            if lotse.status == Status.AKTIV.value
            and lotse.qualifiziert_am is not None
            and lotse.qualifiziert_am <= on
            and (lotse.austritt is None or lotse.austritt >= on)
        )


def _paid_cents(session: Session, jahr: int) -> dict[int, int]:
    stmt = (
        select(Auszahlung.lotse_id, func.sum(Auszahlung.betrag_cent))
        .join(Foerderjahr, Foerderjahr.id == Auszahlung.foerderjahr_id)
        .where(Foerderjahr.jahr == jahr)
        .group_by(Auszahlung.lotse_id)
    )
    return dict(session.execute(stmt).all())


def _check(data: FoerderjahrData) -> None:
    errors = []
    if not 2000 <= data.jahr <= 2100:
        errors.append(ValidationError(msg("Bitte ein Jahr zwischen 2000 und 2100 angeben."), "jahr"))
    for name, value in (
        ("bewilligt_einsatz", data.bewilligt_einsatz),
        ("bewilligt_koordination", data.bewilligt_koordination),
        ("bewilligt_quali", data.bewilligt_quali),
    ):
        if value < 0:
            errors.append(ValidationError(msg("Ein bewilligter Betrag kann nicht negativ sein."), name))
    if data.params.rate <= 0:
        errors.append(ValidationError(msg("Der Stundensatz muss größer als 0 sein."), "satz"))
    if data.params.cap_lotsin_minutes <= 0 or data.params.cap_koordinierend_minutes <= 0:
        errors.append(ValidationError(msg("Die Jahreshöchstgrenzen müssen größer als 0 sein."), "cap"))
    if data.bewilligung and data.bewilligung.start > data.bewilligung.end:
        errors.append(ValidationError(msg("Der Bewilligungszeitraum endet vor seinem Beginn."), "bewilligung"))
    if data.nebenbestimmungen not in NEBENBESTIMMUNGEN:
        errors.append(ValidationError(msg("Bitte ANBest-P oder ANBest-GK wählen."), "nebenbestimmungen"))
    if errors:
        raise InputErrors(errors)


def load_year_row(session: Session, jahr: int) -> Foerderjahr:
    """The Förderjahr's row, or ServiceError if it was never entered."""
    row = session.scalar(select(Foerderjahr).where(Foerderjahr.jahr == jahr))
    if row is None:
        raise ServiceError(msg("Für {jahr} ist noch kein Förderjahr angelegt.", jahr=str(jahr)))
    return row


def _apply(row: Foerderjahr, data: FoerderjahrData) -> None:
    period = data.period
    row.aktenzeichen = data.aktenzeichen.strip()
    row.bescheid_datum = data.bescheid_datum
    row.bewilligung_von, row.bewilligung_bis = period.start, period.end
    row.bewilligt_einsatz_cent = to_cents(data.bewilligt_einsatz)
    row.bewilligt_koordination_cent = to_cents(data.bewilligt_koordination)
    row.bewilligt_quali_cent = to_cents(data.bewilligt_quali)
    row.nebenbestimmungen = data.nebenbestimmungen
    row.satz_cent = to_cents(data.params.rate)
    row.cap_lotsin_minuten = data.params.cap_lotsin_minutes
    row.cap_koordinierend_minuten = data.params.cap_koordinierend_minutes
    row.woche_lotsin_minuten = data.params.weekly_lotsin_minutes
    row.woche_koordinierend_minuten = data.params.weekly_koordinierend_minutes
    row.cap_methode = data.params.cap_method.value
    row.erklaerung_bis = data.erklaerung_bis
    row.erklaerung_zurueck_am = data.erklaerung_zurueck_am
    row.verwendungsnachweis_bis = data.verwendungsnachweis_bis
    row.notizen = data.notizen.strip()


def year_data(row: Foerderjahr) -> FoerderjahrData:
    period = Period(row.bewilligung_von, row.bewilligung_bis)
    data = FoerderjahrData(
        jahr=row.jahr,
        bewilligt_einsatz=from_cents(row.bewilligt_einsatz_cent),
        aktenzeichen=row.aktenzeichen,
        bescheid_datum=row.bescheid_datum,
        bewilligung=None if period == Period.calendar_year(row.jahr) else period,
        bewilligt_koordination=from_cents(row.bewilligt_koordination_cent),
        bewilligt_quali=from_cents(row.bewilligt_quali_cent),
        nebenbestimmungen=row.nebenbestimmungen,
        params=FundingParameters(
            rate=from_cents(row.satz_cent),
            cap_lotsin_minutes=row.cap_lotsin_minuten,
            cap_koordinierend_minutes=row.cap_koordinierend_minuten,
            weekly_lotsin_minutes=row.woche_lotsin_minuten,
            weekly_koordinierend_minutes=row.woche_koordinierend_minuten,
            cap_method=CapMethod(row.cap_methode),
        ),
        erklaerung_bis=row.erklaerung_bis,
        erklaerung_zurueck_am=row.erklaerung_zurueck_am,
        verwendungsnachweis_bis=row.verwendungsnachweis_bis,
        notizen=row.notizen,
    )
    return data
