"""The data of Quittungen / Auszahlungsbelege: plain ``ReceiptData`` for ``reports.quittung``.

The period of a receipt is the first to the last day of the Einsätze its payout paid (``AuszahlungPosten``);
a Storno has no Posten of its own and shows the period of the payout it cancels.
"""

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotsendesk.db.models import Auszahlung, AuszahlungPosten, Einsatz, Foerderjahr, Lotse
from lotsendesk.domain.messages import msg
from lotsendesk.reports.quittung import ReceiptData
from lotsendesk.services.auszahlungen import METHODE_LABELS, Methode
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.money import from_cents


def receipts_for_run(db: Database, lauf_id: int) -> list[ReceiptData]:
    """Every receipt of payout run ``lauf_id`` in Beleg-Nr. order. Empty when there is no such run (a confirmed
    run always has payouts); the caller says so in its own words."""
    with db.session() as session:
        return _receipts(session, select(Auszahlung.id).where(Auszahlung.lauf_id == lauf_id))


def receipts_for_payouts(db: Database, ids: Iterable[int]) -> list[ReceiptData]:
    """The receipts of the given payouts (or Stornos) in Beleg-Nr. order; ServiceError if one does not exist."""
    wanted = set(ids)
    with db.session() as session:
        found = set(session.scalars(select(Auszahlung.id).where(Auszahlung.id.in_(wanted))))
        if wanted - found:
            raise ServiceError(msg("Diese Auszahlung gibt es nicht."))
        return _receipts(session, select(Auszahlung.id).where(Auszahlung.id.in_(wanted)))


def _receipts(session: Session, ids) -> list[ReceiptData]:
    stmt = (
        select(Auszahlung, Lotse, Foerderjahr)
        .join(Lotse, Lotse.id == Auszahlung.lotse_id)
        .join(Foerderjahr, Foerderjahr.id == Auszahlung.foerderjahr_id)
        .where(Auszahlung.id.in_(ids))
        .order_by(Auszahlung.beleg_jahr, Auszahlung.beleg_lfd)
    )
    raw = session.execute(stmt).all()
    originals = {a.storno_von_id for a, _, _ in raw if a.storno_von_id is not None}
    paid_by = {a.id: a.storno_von_id or a.id for a, _, _ in raw}  # whose Posten give the period
    periods = {
        auszahlung_id: (von, bis)
        for auszahlung_id, von, bis in session.execute(
            select(AuszahlungPosten.auszahlung_id, func.min(Einsatz.datum), func.max(Einsatz.datum))
            .join(Einsatz, Einsatz.id == AuszahlungPosten.einsatz_id)
            .where(AuszahlungPosten.auszahlung_id.in_(set(paid_by.values())))
            .group_by(AuszahlungPosten.auszahlung_id)
        )
    }
    numbers = {a.id: a.beleg_nr for a in session.scalars(select(Auszahlung).where(Auszahlung.id.in_(originals)))}
    receipts = []
    for payout, lotse, year in raw:
        von, bis = periods.get(paid_by[payout.id], (None, None))
        receipts.append(
            ReceiptData(
                beleg_nr=payout.beleg_nr,
                name=f"{lotse.vorname} {lotse.nachname}".strip(),
                nr=lotse.nr,
                anschrift=lotse.anschrift,
                foerderjahr=year.jahr,
                aktenzeichen=year.aktenzeichen,
                von=von,
                bis=bis,
                minuten=payout.minuten,
                satz=from_cents(year.satz_cent),
                betrag=from_cents(payout.betrag_cent),
                methode=METHODE_LABELS.get(Methode(payout.methode), payout.methode),
                bezahlt_am=payout.bezahlt_am,
                storno_von=numbers.get(payout.storno_von_id) if payout.storno_von_id else None,
                grund=payout.grund,
            )
        )
    return receipts
