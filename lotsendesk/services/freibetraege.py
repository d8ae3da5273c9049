"""Freibetragserklärungen (§ 3 Nr. 26 / 26a EStG) and one person's figures for a year, seen two ways.

The Förderjahr view counts the Einsätze dated in the year (what the grant pays for); the tax view counts the
payouts *paid* in the calendar year (Zufluss, § 11 EStG). December hours paid in January therefore belong to
Förderjahr 2025 but to tax year 2026 – the Lots*in page shows both (domain.md §4.4 no. 4).

Whether someone receives Bürgergeld/AsylbLG is sensitive data: it is stored only with the date of the person's
documented consent (domain.md §3, §5), and only then are the months above 250 € checked.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotsendesk.db.models import Auszahlung, Einsatz, Foerderjahr, Freibetragserklaerung, Lotse
from lotsendesk.domain import allowances
from lotsendesk.domain.allowances import Freibetrag, Headroom
from lotsendesk.domain.amounts import parse_amount
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.formatting import format_money
from lotsendesk.domain.funding import Entry, amount, year_result
from lotsendesk.domain.messages import Msg, msg
from lotsendesk.domain.people import display_name
from lotsendesk.services.database import Database
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.foerderjahre import load_people, role_text, year_data
from lotsendesk.services.money import from_cents, to_cents

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class FreibetragData:
    """A Lots*in's Freibetragserklärung for one calendar year."""

    lotse_id: int
    jahr: int
    art: Freibetrag = Freibetrag.UEBUNGSLEITER
    anderweitig: Decimal = ZERO  # already used elsewhere under the same allowance, as declared
    unterschrieben_am: date | None = None
    sozialleistungen: bool = False  # receives Bürgergeld/AsylbLG – only with einwilligung_am
    einwilligung_am: date | None = None


@dataclass(frozen=True)
class FoerderjahrFigures:
    """The person in the Förderjahr ``jahr``: Einsätze dated in the year."""

    jahr: int
    rolle: str
    recorded: int  # minutes
    claimable: int  # minutes
    cap: int  # minutes
    cap_left: int  # minutes still free under the cap
    betrag: Decimal  # amount of the claimable minutes
    ausgezahlt: Decimal  # paid for this Förderjahr (Stornos subtracted), whenever it was paid
    ausgezahlt_spaeter: Decimal  # of that: paid in a later calendar year (counts for a later tax year)

    @property
    def offen(self) -> Decimal:
        return max(self.betrag - self.ausgezahlt, ZERO)


@dataclass(frozen=True)
class BenefitMonth:
    """A month in which more than 250 € were paid (only for consented Bürgergeld/AsylbLG recipients)."""

    monat: date  # first day of the month
    ausgezahlt: Decimal
    ueber: Decimal  # the part above 250 €


@dataclass(frozen=True)
class TaxFigures:
    """The person in the calendar year ``jahr``: payouts paid in it (Zufluss)."""

    jahr: int
    ausgezahlt: Decimal
    nach_foerderjahr: tuple[tuple[int, Decimal], ...]  # (Förderjahr, amount) of what was paid in ``jahr``
    erklaerung: FreibetragData | None
    headroom: Headroom | None  # None without an Erklärung
    benefit_months: tuple[BenefitMonth, ...]

    @property
    def ueberschritten(self) -> Decimal:
        """How much of what was paid is above the allowance (taxable)."""
        if self.headroom is None:
            return ZERO
        room = self.headroom
        return max(room.used_elsewhere + room.paid - room.limit, ZERO)


@dataclass(frozen=True)
class PersonYear:
    """Everything the Lots*innen page shows for one person and year."""

    lotse_id: int
    name: str
    jahr: int
    foerderjahr: FoerderjahrFigures | None  # None: no Förderjahr entered for ``jahr``
    steuer: TaxFigures
    warnings: tuple[Msg, ...]  # things to act on (Prüfhinweise)
    notes: tuple[Msg, ...]  # explanations (e.g. December hours paid in January)


# --- declarations --------------------------------------------------------------------------------------------
def set_freibetrag(db: Database, data: FreibetragData) -> FreibetragData | None:
    """Store the person's declaration for the year (replacing one there was); returns the previous one (undo)."""
    _check(data)
    with db.session() as session:
        if session.get(Lotse, data.lotse_id) is None:
            raise ServiceError(msg("Diese*n Lots*in gibt es nicht mehr."))
        row = _row(session, data.lotse_id, data.jahr)
        before = _data(row) if row is not None else None
        if row is None:
            row = Freibetragserklaerung(lotse_id=data.lotse_id, jahr=data.jahr)
            session.add(row)
        row.art = data.art.value
        row.anderweitig_cent = to_cents(data.anderweitig)
        row.unterschrieben_am = data.unterschrieben_am
        row.sozialleistungen = data.sozialleistungen
        row.einwilligung_am = data.einwilligung_am
        return before


def delete_freibetrag(db: Database, lotse_id: int, jahr: int) -> FreibetragData | None:
    """Remove the declaration; returns what was removed (None if there was none)."""
    with db.session() as session:
        row = _row(session, lotse_id, jahr)
        if row is None:
            return None
        before = _data(row)
        session.delete(row)
        return before


def get_freibetrag(db: Database, lotse_id: int, jahr: int) -> FreibetragData | None:
    with db.session() as session:
        row = _row(session, lotse_id, jahr)
        return _data(row) if row is not None else None


def list_freibetraege(db: Database, jahr: int) -> list[FreibetragData]:
    """Every declaration for the calendar year (for the Prüfhinweise and reports)."""
    with db.session() as session:
        rows = session.scalars(
            select(Freibetragserklaerung)
            .where(Freibetragserklaerung.jahr == jahr)
            .order_by(Freibetragserklaerung.lotse_id)
        )
        return [_data(r) for r in rows]


def parse_betrag(text: str, field: str = "betrag") -> Decimal:
    """A euro amount as Germans type it – ``2.800``, ``2800,5``, ``2.800,00 €`` – as Decimal (empty = 0,00)."""
    return parse_amount(text, field) if (text or "").strip() else ZERO


def check_freibetrag(data: FreibetragData) -> list[ValidationError]:
    """The form's checks, without the database (the dialog shows them as you type)."""
    errors = []
    if not 2000 <= data.jahr <= 2100:
        errors.append(ValidationError(msg("Bitte ein Jahr zwischen 2000 und 2100 angeben."), "jahr"))
    if data.anderweitig < 0:
        errors.append(ValidationError(msg("Der Betrag kann nicht negativ sein."), "anderweitig"))
    else:
        grenze = _limit(data.art, data.jahr)
        if grenze is not None and data.anderweitig > grenze:
            errors.append(
                ValidationError(
                    msg(
                        "Das ist mehr als der ganze Freibetrag ({grenze}). Bitte den Betrag laut Erklärung prüfen.",
                        grenze=format_money(grenze),
                    ),
                    "anderweitig",
                )
            )
    if data.sozialleistungen and data.einwilligung_am is None:
        errors.append(
            ValidationError(
                msg(
                    "Ob jemand Bürgergeld oder AsylbLG bezieht, darf nur mit Einwilligung gespeichert werden. "
                    "Bitte das Datum der schriftlichen Einwilligung eintragen – oder das Häkchen entfernen."
                ),
                "einwilligung_am",
            )
        )
    return errors


# --- one person's year ---------------------------------------------------------------------------------------
def person_year(db: Database, lotse_id: int, jahr: int) -> PersonYear:
    """The Förderjahr view and the tax view of one person for ``jahr``, with warnings."""
    with db.session() as session:
        people = load_people(session)
        if lotse_id not in people:
            raise ServiceError(msg("Diese*n Lots*in gibt es nicht mehr."))
        lotse, person = people[lotse_id]
        name = display_name(lotse.nachname, lotse.vorname)
        foerderjahr = _foerderjahr_figures(session, lotse_id, person, jahr)
        payouts = session.execute(
            select(Auszahlung.bezahlt_am, Auszahlung.betrag_cent, Foerderjahr.jahr)
            .join(Foerderjahr, Foerderjahr.id == Auszahlung.foerderjahr_id)
            .where(Auszahlung.lotse_id == lotse_id, Auszahlung.beleg_jahr == jahr)
        ).all()
        row = _row(session, lotse_id, jahr)
        erklaerung = _data(row) if row is not None else None
    steuer = _tax_figures(jahr, payouts, erklaerung)
    warnings, notes = _hints(jahr, foerderjahr, steuer)
    return PersonYear(lotse_id, name, jahr, foerderjahr, steuer, tuple(warnings), tuple(notes))


def available_years(db: Database, today: date | None = None) -> list[int]:
    """Years worth choosing on the Lots*innen page: today's, every Förderjahr, and every year with Einsätze,
    payouts or declarations; newest first."""
    years = {(today or date.today()).year}
    with db.session() as session:
        years.update(session.scalars(select(Foerderjahr.jahr)))
        years.update(session.scalars(select(Auszahlung.beleg_jahr).distinct()))
        years.update(session.scalars(select(Freibetragserklaerung.jahr).distinct()))
        first, last = session.execute(select(func.min(Einsatz.datum), func.max(Einsatz.datum))).one()
    if first is not None and last is not None:
        years.update(range(first.year, last.year + 1))
    return sorted(years, reverse=True)


# --- internals -----------------------------------------------------------------------------------------------
def _foerderjahr_figures(session: Session, lotse_id: int, person, jahr: int) -> FoerderjahrFigures | None:
    row = session.scalar(select(Foerderjahr).where(Foerderjahr.jahr == jahr))
    if row is None:
        return None
    year = year_data(row)
    stmt = select(Einsatz.id, Einsatz.datum, Einsatz.minuten).where(
        Einsatz.lotse_id == lotse_id, Einsatz.datum >= date(jahr, 1, 1), Einsatz.datum <= date(jahr, 12, 31)
    )
    entries = [Entry(einsatz_id, datum, minuten) for einsatz_id, datum, minuten in session.execute(stmt)]
    result = year_result(entries, person, jahr, year.params, year.bewilligung)
    paid = session.execute(
        select(Auszahlung.beleg_jahr, Auszahlung.betrag_cent).where(
            Auszahlung.lotse_id == lotse_id, Auszahlung.foerderjahr_id == row.id
        )
    ).all()
    return FoerderjahrFigures(
        jahr=jahr,
        rolle=role_text(person.rollen, jahr),
        recorded=result.recorded,
        claimable=result.claimable,
        cap=result.cap,
        cap_left=result.cap_left,
        betrag=amount(result.claimable, year.params.rate),
        ausgezahlt=from_cents(sum(cents for _, cents in paid)),
        ausgezahlt_spaeter=from_cents(sum(cents for beleg_jahr, cents in paid if beleg_jahr > jahr)),
    )


def _tax_figures(jahr: int, payouts, erklaerung: FreibetragData | None) -> TaxFigures:
    total = sum(cents for _, cents, _ in payouts)
    by_year: dict[int, int] = {}
    by_month: dict[int, int] = {}
    for bezahlt_am, cents, foerderjahr in payouts:
        by_year[foerderjahr] = by_year.get(foerderjahr, 0) + cents
        by_month[bezahlt_am.month] = by_month.get(bezahlt_am.month, 0) + cents
    paid = from_cents(total)
    room = None
    months: list[BenefitMonth] = []
    grenze = _limit(erklaerung.art, jahr) if erklaerung is not None else None
    if erklaerung is not None and grenze is not None:
        room = allowances.headroom(erklaerung.art, jahr, erklaerung.anderweitig, paid)
        if erklaerung.sozialleistungen and erklaerung.einwilligung_am is not None:
            for month, cents in sorted(by_month.items()):
                excess = allowances.benefit_month_excess(ZERO, from_cents(cents))
                if excess > 0:
                    months.append(BenefitMonth(date(jahr, month, 1), from_cents(cents), excess))
    return TaxFigures(
        jahr=jahr,
        ausgezahlt=paid,
        nach_foerderjahr=tuple((fj, from_cents(cents)) for fj, cents in sorted(by_year.items()) if cents),
        erklaerung=erklaerung,
        headroom=room,
        benefit_months=tuple(months),
    )


def _hints(jahr: int, foerderjahr: FoerderjahrFigures | None, steuer: TaxFigures) -> tuple[list[Msg], list[Msg]]:
    warnings: list[Msg] = []
    notes: list[Msg] = []
    offen = foerderjahr.offen if foerderjahr is not None else ZERO
    if steuer.erklaerung is None:
        if steuer.ausgezahlt > 0 or offen > 0:
            warnings.append(
                msg(
                    "Keine Freibetragserklärung für {jahr}. Bitte vor der nächsten Auszahlung einholen.",
                    jahr=str(jahr),
                )
            )
    elif steuer.headroom is not None:
        art = steuer.erklaerung.art.value
        room = steuer.headroom
        if steuer.ueberschritten > 0:
            warnings.append(
                msg(
                    "Freibetrag ({art}) überschritten: {betrag} der Auszahlungen {jahr} sind steuerpflichtig.",
                    art=art,
                    betrag=format_money(steuer.ueberschritten),
                    jahr=str(jahr),
                )
            )
        elif offen > 0 and room.taxable_part_of(offen) > 0:
            warnings.append(
                msg(
                    "Vom Freibetrag ({art}) sind nur noch {frei} frei; von den noch offenen {offen} wären "
                    "{betrag} steuerpflichtig, wenn sie {jahr} ausgezahlt werden.",
                    art=art,
                    frei=format_money(room.left),
                    offen=format_money(offen),
                    betrag=format_money(room.taxable_part_of(offen)),
                    jahr=str(jahr),
                )
            )
        for month in steuer.benefit_months:
            warnings.append(
                msg(
                    "Im Monat {monat} wurden {betrag} ausgezahlt: {ueber} mehr als die 250 €, die bei Bürgergeld "
                    "oder AsylbLG anrechnungsfrei bleiben. Bitte auf die Meldung an das Jobcenter bzw. "
                    "Sozialamt hinweisen.",
                    monat=f"{month.monat:%m/%Y}",
                    betrag=format_money(month.ausgezahlt),
                    ueber=format_money(month.ueber),
                )
            )
    for fj, paid in steuer.nach_foerderjahr:
        if fj != jahr:
            notes.append(
                msg(
                    "{betrag} für Förderjahr {foerderjahr} wurden {jahr} ausgezahlt und zählen steuerlich zu {jahr}.",
                    betrag=format_money(paid),
                    foerderjahr=str(fj),
                    jahr=str(jahr),
                )
            )
    if foerderjahr is not None and foerderjahr.ausgezahlt_spaeter:
        notes.append(
            msg(
                "{betrag} für Förderjahr {jahr} wurden erst im Folgejahr ausgezahlt und zählen steuerlich dort.",
                betrag=format_money(foerderjahr.ausgezahlt_spaeter),
                jahr=str(jahr),
            )
        )
    return warnings, notes


def _limit(art: Freibetrag, jahr: int) -> Decimal | None:
    """The allowance for payments in ``jahr`` (None for years before the table starts)."""
    try:
        return allowances.limit(art, jahr)
    except ValueError:
        return None


def _check(data: FreibetragData) -> None:
    errors = check_freibetrag(data)
    if errors:
        raise InputErrors(errors)


def _row(session: Session, lotse_id: int, jahr: int) -> Freibetragserklaerung | None:
    return session.scalar(
        select(Freibetragserklaerung).where(
            Freibetragserklaerung.lotse_id == lotse_id, Freibetragserklaerung.jahr == jahr
        )
    )


def _data(row: Freibetragserklaerung) -> FreibetragData:
    return FreibetragData(
        lotse_id=row.lotse_id,
        jahr=row.jahr,
        art=Freibetrag(row.art),
        anderweitig=from_cents(row.anderweitig_cent),
        unterschrieben_am=row.unterschrieben_am,
        sozialleistungen=bool(row.sozialleistungen),
        einwilligung_am=row.einwilligung_am,
    )
