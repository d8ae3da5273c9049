"""The Qualifizierung line of a Förderjahr: what the Bescheid approved for Qualifizierungen (``bewilligt_quali``)
against the fundable part of the courses linked to that year (issue 7). Shown on the Förderjahr page and by
``lotsendesk year show``."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from lotsendesk.db.models import Foerderjahr, Kurs
from lotsendesk.domain.formatting import format_money
from lotsendesk.domain.messages import Msg, msg
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.kurse import get_course
from lotsendesk.services.money import from_cents

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class QualiJahr:
    jahr: int
    bewilligt: Decimal  # the Förderjahr's bewilligt_quali
    foerderfaehig: Decimal  # Σ fundable part of the linked courses (eligible costs up to each course's cap)
    kurse: int  # how many courses are linked to the year

    @property
    def rest(self) -> Decimal:
        """Approved but not (yet) covered by fundable costs; negative: more fundable than approved."""
        return self.bewilligt - self.foerderfaehig


def year_quali(db: Database, jahr: int, today: date | None = None) -> QualiJahr:
    """The Qualifizierung figures of Förderjahr ``jahr`` (refused if it is not entered)."""
    today = today or date.today()
    with db.session() as session:
        year = session.scalar(select(Foerderjahr).where(Foerderjahr.jahr == jahr))
        if year is None:
            raise ServiceError(msg("Für {jahr} ist noch kein Förderjahr angelegt.", jahr=str(jahr)))
        bewilligt = from_cents(year.bewilligt_quali_cent)
        ids = list(session.scalars(select(Kurs.id).where(Kurs.foerderjahr_id == year.id).order_by(Kurs.id)))
    total = ZERO
    count = 0
    for kurs_id in ids:
        try:
            total += get_course(db, kurs_id, today).split.foerderfaehig
        except ServiceError:  # deleted meanwhile
            continue
        count += 1
    return QualiJahr(jahr, bewilligt, total, count)


def quali_text(figures: QualiJahr) -> Msg:
    """``bewilligt 3.500,00 € · förderfähig aus 1 Kurs: 2.958,50 €`` (German, one line)."""
    if figures.kurse == 0:
        return msg(
            "bewilligt {bewilligt} · noch kein Kurs diesem Förderjahr zugeordnet", bewilligt=_m(figures.bewilligt)
        )
    if figures.kurse == 1:
        return msg(
            "bewilligt {bewilligt} · förderfähig aus 1 Kurs: {foerderfaehig}",
            bewilligt=_m(figures.bewilligt),
            foerderfaehig=_m(figures.foerderfaehig),
        )
    return msg(
        "bewilligt {bewilligt} · förderfähig aus {anzahl} Kursen: {foerderfaehig}",
        bewilligt=_m(figures.bewilligt),
        anzahl=str(figures.kurse),
        foerderfaehig=_m(figures.foerderfaehig),
    )


def _m(amount: Decimal) -> str:
    return format_money(amount)
