"""The data of Jahresbescheinigungen: plain ``CertificateData`` for ``reports.jahresbescheinigung``.

A certificate covers the payments (and Stornos) whose day of payment lies in the calendar year (Zufluss),
whatever Förderjahr they belong to.
"""

from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import select

from lotsendesk.db.models import Auszahlung, Foerderjahr, Lotse
from lotsendesk.domain.messages import msg
from lotsendesk.reports.jahresbescheinigung import CertificateData, CertificatePayment, build_jahresbescheinigungen
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError, write_failed
from lotsendesk.services.money import from_cents
from lotsendesk.services.traeger import get_logo, get_traeger


def write_jahresbescheinigungen(db: Database, year: int, nr: str | None, path: Path) -> list[CertificateData]:
    """The PDF of the certificates for calendar ``year`` (everybody paid then, or Lots*in ``nr``); returns them.
    ServiceError when there is nothing to certify or the file cannot be written."""
    certificates = certificates_for_year(db, year, nr)
    if not certificates:
        if nr:
            raise ServiceError(
                msg("Lots*in Nr. {nr} hat {jahr} keine Auszahlungen erhalten.", nr=nr.strip(), jahr=str(year))
            )
        raise ServiceError(msg("{jahr} wurden keine Aufwandsentschädigungen ausgezahlt.", jahr=str(year)))
    try:
        build_jahresbescheinigungen(certificates, get_traeger(db), path, logo=get_logo(db))
    except OSError as error:
        raise write_failed(path, error) from error
    return certificates


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
