"""Hours against the cap per Lots*in in one Förderjahr: the figures behind the Übersicht's person bars.

Nothing is computed anew: every figure is the ``YearResult`` of ``foerderjahre.year_summary`` (the rules of
domain/funding: qualification, Eintritt/Austritt, Bewilligungszeitraum, pro-rated cap after a role change).
People who are active in the year but have no hours yet are added with their cap from the same rules, so the
treasurer sees who still has room.
"""

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from lotsendesk.domain.funding import YearResult, year_result
from lotsendesk.domain.lotse_record import rolle_am
from lotsendesk.domain.people import Rolle, Status, sort_key
from lotsendesk.services.database import Database
from lotsendesk.services.foerderjahre import YearSummary, load_people

# The state of a person's hours, as the Prüfhinweise judge them (qualified hours against the cap).
IM_RAHMEN, FAST_ERREICHT, UEBER_GRENZE, NICHT_ABRECHENBAR = "ok", "warnung", "ueber", "nicht_abrechenbar"


@dataclass(frozen=True)
class PersonStunden:
    """One person's hours in the Förderjahr, in minutes (never floats)."""

    lotse_id: int
    name: str  # "Thị Hương Nguyễn", as the Prüfhinweise write it
    sort: tuple[tuple[str, str], tuple[str, str]]  # Nachname, Vorname (for ties)
    recorded: int  # erfasst in the Förderjahr
    qualified: int  # meets every condition but the cap (what counts against the cap)
    claimable: int  # abrechenbar = min(qualified, cap)
    cap: int  # the personal Jahreshöchstgrenze (pro-rated after a role change)
    koordinierend: bool  # coordinates on at least one day of the year
    rollenwechsel: bool  # the role changes inside the year (the cap follows the year's method)
    qualifiziert: bool  # has a Qualifiziert-am date
    status: str

    @property
    def over(self) -> int:
        """Qualified minutes above the cap (recorded, not paid)."""
        return max(self.qualified - self.cap, 0)

    @property
    def not_claimable(self) -> int:
        """Recorded minutes that are not claimable for any reason (no qualification, cap, outside …)."""
        return max(self.recorded - self.claimable, 0)

    @property
    def share(self) -> Fraction:
        """How full the cap is (exact; 1 = reached)."""
        return Fraction(self.qualified, self.cap) if self.cap > 0 else Fraction(0)

    @property
    def state(self) -> str:
        """Like the Prüfhinweise: above the cap; at ≥ 90 % of it; hours of which nothing is claimable; else fine."""
        if self.cap > 0 and self.qualified > self.cap:
            return UEBER_GRENZE
        if self.cap > 0 and self.qualified * 10 >= self.cap * 9:
            return FAST_ERREICHT
        if self.recorded > 0 and self.qualified == 0:
            return NICHT_ABRECHENBAR
        return IM_RAHMEN


def person_hours(db: Database, summary: YearSummary) -> list[PersonStunden]:
    """Everyone with hours (or payouts) in the Förderjahr of ``summary``, plus everyone active in it without
    hours; fullest cap first, then by name."""
    data = summary.year
    jahr = data.jahr
    with db.session() as session:
        people = load_people(session)
        rows: list[PersonStunden] = []
        for figures in summary.people:
            found = people.get(figures.lotse_id)
            if found is not None:  # deleted between the two reads: next time
                rows.append(_row(found, figures.result, jahr))
        shown = {figures.lotse_id for figures in summary.people}
        start, end = date(jahr, 1, 1), date(jahr, 12, 31)
        for lotse_id, (lotse, person) in people.items():
            if lotse_id in shown or lotse.status != Status.AKTIV.value:
                continue
            if (lotse.eintritt and lotse.eintritt > end) or (lotse.austritt and lotse.austritt < start):
                continue
            rows.append(_row((lotse, person), year_result((), person, jahr, data.params, data.bewilligung), jahr))
    rows.sort(key=lambda r: (-r.share, r.sort))
    return rows


def _row(found, result: YearResult, jahr: int) -> PersonStunden:
    lotse, person = found
    start, end = date(jahr, 1, 1), date(jahr, 12, 31)
    roles = {rolle_am(person.rollen, start)} | {r.rolle for r in person.rollen if r.ab and start < r.ab <= end}
    return PersonStunden(
        lotse_id=lotse.id,
        name=f"{lotse.vorname} {lotse.nachname}".strip(),
        sort=(sort_key(lotse.nachname), sort_key(lotse.vorname)),
        recorded=result.recorded,
        qualified=result.qualified,
        claimable=result.claimable,
        cap=result.cap,
        koordinierend=Rolle.KOORDINIEREND in roles,
        rollenwechsel=len(roles) > 1,
        qualifiziert=lotse.qualifiziert_am is not None,
        status=lotse.status,
    )
