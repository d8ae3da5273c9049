"""The WIR rules that turn recorded minutes into claimable minutes and money (domain.md §1.2, §6).

Pure functions over plain data, so every rule has worked examples in tests:

- an Einsatz counts for the Förderjahr its date falls in, and only on or after the Qualifiziert-am date, inside
  Eintritt–Austritt and inside the Bewilligungszeitraum; without a qualification nothing is claimable;
- the cap per person and year is 276 h as Lots*in, 414 h as koordinierende*r Lots*in; after a role change
  mid-year it is pro-rated by days in each role (default; domain.md §6.6 offers two other methods);
- claimable minutes = min(qualified minutes, cap), counted in date order (what comes after the cap is reached
  is recorded but not claimable);
- amount = claimable minutes × rate / 60, rounded half-up to cents once, on the total; a payout pays the
  difference between the amounts after and before it, so the payouts always add up to the yearly amount.
"""

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from lotsendesk.domain.lotse_record import RolleAb, rolle_am
from lotsendesk.domain.people import Rolle

CENT = Decimal("0.01")


class CapMethod(StrEnum):
    """How the yearly cap is set when the role changes during the year (domain.md §6.6; not stated by the
    sources – a setting per Förderjahr, to be confirmed with the Regierungspräsidium)."""

    PRO_RATA = "anteilig"  # 276 h × days as Lots*in / days + 414 h × days as koordinierend / days (default)
    CONSERVATIVE = "vorsichtig"  # 414 h only if koordinierend on the first day of the period, else 276 h
    HIGHEST = "hoechste"  # 414 h as soon as the person coordinates on any day of the period


# How each method reads in documents and on the command line (German, like the documents themselves).
CAP_METHOD_TEXT = {
    CapMethod.PRO_RATA: "anteilig nach Tagen in jeder Rolle",
    CapMethod.CONSERVATIVE: "vorsichtig: 414 h nur bei Koordination ab Beginn des Zeitraums",
    CapMethod.HIGHEST: "höchste Grenze, sobald im Jahr koordiniert wird",
}


@dataclass(frozen=True)
class FundingParameters:
    """The numbers of a Zuwendungsbescheid that the rules use; defaults from domain.md's cheat-sheet."""

    rate: Decimal = Decimal("5.00")  # € per hour
    cap_lotsin_minutes: int = 276 * 60
    cap_koordinierend_minutes: int = 414 * 60
    weekly_lotsin_minutes: int = 6 * 60  # average per week: a warning, never a limit
    weekly_koordinierend_minutes: int = 9 * 60
    cap_method: CapMethod = CapMethod.PRO_RATA

    def cap_for(self, rolle: Rolle) -> int:
        return self.cap_koordinierend_minutes if rolle == Rolle.KOORDINIEREND else self.cap_lotsin_minutes

    def weekly_for(self, rolle: Rolle) -> int:
        return self.weekly_koordinierend_minutes if rolle == Rolle.KOORDINIEREND else self.weekly_lotsin_minutes


@dataclass(frozen=True)
class Period:
    """A Bewilligungszeitraum, both days included (default: the calendar year)."""

    start: date
    end: date

    @classmethod
    def calendar_year(cls, year: int) -> "Period":
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


@dataclass(frozen=True)
class Person:
    """What the rules need to know about a Lots*in."""

    qualifiziert_am: date | None
    eintritt: date | None
    austritt: date | None
    rollen: tuple[RolleAb, ...]


@dataclass(frozen=True)
class Entry:
    """One recorded Einsatz: its id (to link it to a payout), date and minutes."""

    id: int
    datum: date
    minuten: int


class Reason(StrEnum):
    """Why (part of) an Einsatz is not claimable; the order is the order in which the rules are applied."""

    OUTSIDE_PERIOD = "außerhalb des Bewilligungszeitraums"
    NOT_QUALIFIED = "nicht qualifiziert"
    BEFORE_QUALIFICATION = "vor der Qualifizierung"
    BEFORE_EINTRITT = "vor dem Eintritt"
    AFTER_AUSTRITT = "nach dem Austritt"
    OVER_CAP = "über der Jahreshöchstgrenze"


@dataclass(frozen=True)
class EntryResult:
    """How much of one Einsatz is claimable, and why not the rest."""

    entry: Entry
    claimable: int
    reason: Reason | None = None  # set when claimable < entry.minuten


@dataclass(frozen=True)
class YearResult:
    """One person in one Förderjahr."""

    recorded: int  # minutes recorded in the Förderjahr
    qualified: int  # of those, minutes that meet every condition but the cap
    cap: int  # the person's cap in minutes
    claimable: int  # min(qualified, cap)
    entries: tuple[EntryResult, ...]

    @property
    def cap_left(self) -> int:
        return max(self.cap - self.qualified, 0)


def _days_in_role(rollen: tuple[RolleAb, ...], period: Period, rolle: Rolle) -> int:
    """Days of the period on which ``rolle`` applies, from the change dates (not day by day)."""
    changes = sorted({r.ab for r in rollen if r.ab and period.start < r.ab <= period.end})
    bounds = [period.start, *changes, period.end + timedelta(days=1)]
    return sum((end - start).days for start, end in itertools.pairwise(bounds) if rolle_am(rollen, start) == rolle)


def yearly_cap(rollen: tuple[RolleAb, ...], period: Period, params: FundingParameters) -> int:
    """The person's cap in whole minutes for the period (pro-rated values are rounded down: never claim more)."""
    days_koordinierend = _days_in_role(rollen, period, Rolle.KOORDINIEREND)
    if params.cap_method == CapMethod.HIGHEST:
        return params.cap_for(Rolle.KOORDINIEREND if days_koordinierend else Rolle.LOTSIN)
    if params.cap_method == CapMethod.CONSERVATIVE:
        return params.cap_for(rolle_am(rollen, period.start))
    days_lotsin = period.days - days_koordinierend
    weighted = params.cap_lotsin_minutes * days_lotsin + params.cap_koordinierend_minutes * days_koordinierend
    return weighted // period.days


def _not_claimable_reason(entry: Entry, person: Person, bewilligung: Period) -> Reason | None:
    if entry.datum not in bewilligung:
        return Reason.OUTSIDE_PERIOD
    if person.qualifiziert_am is None:
        return Reason.NOT_QUALIFIED
    if entry.datum < person.qualifiziert_am:
        return Reason.BEFORE_QUALIFICATION
    if person.eintritt and entry.datum < person.eintritt:
        return Reason.BEFORE_EINTRITT
    if person.austritt and entry.datum > person.austritt:
        return Reason.AFTER_AUSTRITT
    return None


def year_result(
    entries: Iterable[Entry],
    person: Person,
    year: int,
    params: FundingParameters,
    bewilligung: Period | None = None,
) -> YearResult:
    """Apply every rule to one person's Einsätze of the Förderjahr ``year`` (the calendar year; Einsätze of other
    years are ignored). ``bewilligung`` is the Bewilligungszeitraum if it is shorter than the year. The cap is
    filled in date order (then by id), so the last Einsätze of the year are the ones cut off."""
    foerderjahr = Period.calendar_year(year)
    bewilligung = bewilligung or foerderjahr
    cap = yearly_cap(person.rollen, foerderjahr, params)
    results: list[EntryResult] = []
    recorded = qualified = claimable = 0
    for entry in sorted(entries, key=lambda e: (e.datum, e.id)):
        if entry.datum not in foerderjahr:
            continue
        recorded += entry.minuten
        reason = _not_claimable_reason(entry, person, bewilligung)
        if reason is not None:
            results.append(EntryResult(entry, 0, reason))
            continue
        qualified += entry.minuten
        share = min(entry.minuten, cap - claimable)
        claimable += share
        results.append(EntryResult(entry, share, None if share == entry.minuten else Reason.OVER_CAP))
    return YearResult(recorded, qualified, cap, claimable, tuple(results))


def amount(minutes: int, rate: Decimal) -> Decimal:
    """minutes × rate / 60, rounded half-up to cents – once, on a total (8 × 1:20 h at 5 € = 53,33 €)."""
    return (Decimal(minutes) * rate / Decimal(60)).quantize(CENT, rounding=ROUND_HALF_UP)


def payout_amount(minutes_paid_before: int, minutes_to_pay: int, rate: Decimal) -> Decimal:
    """What a payout pays: the amount of everything claimable so far minus the amount of what was paid before.
    The payouts of a year therefore add up exactly to ``amount`` of the yearly total – no cent lost or gained."""
    return amount(minutes_paid_before + minutes_to_pay, rate) - amount(minutes_paid_before, rate)


def settle(paid_minutes: int, paid_amount: Decimal, minutes_to_pay: int, rate: Decimal) -> Decimal:
    """What the next payout pays so that everything paid adds up to ``amount`` of all paid minutes – also after
    a Storno took a payout out of the middle (the rounding of the remaining ones is settled here)."""
    return amount(paid_minutes + minutes_to_pay, rate) - paid_amount


def budget_state(claimed: Decimal, approved: Decimal) -> str:
    """``ok``, ``warnung`` (≥ 90 % of the approved amount) or ``ueberschritten`` (above it)."""
    if approved <= 0:
        return "ueberschritten" if claimed > 0 else "ok"
    if claimed > approved:
        return "ueberschritten"
    if claimed * 10 >= approved * 9:
        return "warnung"
    return "ok"


def claimable_within_budget(claimed: Decimal, approved: Decimal) -> Decimal:
    """The Verwendungsnachweis never claims more than was approved."""
    return min(claimed, approved)
