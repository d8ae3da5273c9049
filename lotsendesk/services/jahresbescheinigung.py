"""The data of Jahresbescheinigungen: plain ``CertificateData`` for ``reports.jahresbescheinigung``.

A certificate covers the payments (and Stornos) whose day of payment lies in the calendar year (Zufluss),
whatever Förderjahr they belong to.
"""

from collections import defaultdict
from datetime import date

from sqlalchemy import select

from lotsendesk.db.models import Auszahlung, Foerderjahr, Lotse
from lotsendesk.reports.jahresbescheinigung import CertificateData, CertificatePayment
from lotsendesk.services.database import Database
from lotsendesk.services.money import from_cents


def certificates_for_year(db: Database, year: int, nr: str | None = None) -> list[CertificateData]:
    """One certificate per person with payments in calendar ``year`` (only Lots*in ``nr`` when given), sorted
    by Nachname, Vorname. Empty when nobody (or no such Nr.) has payments then; the caller says so."""
    stmt = (
        select(Auszahlung, Lotse, Foerderjahr.jahr)
        .join(Lotse, Lotse.id == Auszahlung.lotse_id)
        .join(Foerderjahr, Foerderjahr.id == Auszahlung.foerderjahr_id)
        .where(Auszahlung.bezahlt_am >= date(year, 1, 1), Auszahlung.bezahlt_am <= date(year, 12, 31))
        .order_by(Lotse.nachname, Lotse.vorname, Lotse.nr, Auszahlung.bezahlt_am, Auszahlung.beleg_lfd)
    )
    if nr is not None:
        stmt = stmt.where(Lotse.nr == nr.strip())
    people: dict[int, Lotse] = {}
    payments: dict[int, list[CertificatePayment]] = defaultdict(list)
    with db.session() as session:
        for payout, lotse, foerderjahr in session.execute(stmt):
            people.setdefault(lotse.id, lotse)
            payments[lotse.id].append(
                CertificatePayment(
                    bezahlt_am=payout.bezahlt_am,
                    beleg_nr=payout.beleg_nr,
                    foerderjahr=foerderjahr,
                    minuten=payout.minuten,
                    betrag=from_cents(payout.betrag_cent),
                )
            )
        return [
            CertificateData(
                jahr=year,
                name=f"{lotse.vorname} {lotse.nachname}".strip(),
                nr=lotse.nr,
                anschrift=lotse.anschrift,
                payments=tuple(payments[lotse_id]),
            )
            for lotse_id, lotse in people.items()
        ]
