"""Which Einsätze are festgeschrieben: paid by a payout that was not storniert. The database triggers enforce
it; the services ask first, to say in plain German which Beleg paid the Einsatz and what to do."""

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from lotsendesk.db.models import Auszahlung, AuszahlungPosten
from lotsendesk.domain.messages import Msg, msg
from lotsendesk.services.errors import ServiceError


def paid_einsatz_ids(session: Session, einsatz_ids: list[int]) -> dict[int, str]:
    """Which of these Einsätze are festgeschrieben, with the Beleg-Nr. that paid them."""
    if not einsatz_ids:
        return {}
    cancelled = select(Auszahlung.storno_von_id).where(Auszahlung.storno_von_id.is_not(None))
    stmt = (
        select(AuszahlungPosten.einsatz_id, Auszahlung.beleg_jahr, Auszahlung.beleg_lfd)
        .join(Auszahlung, Auszahlung.id == AuszahlungPosten.auszahlung_id)
        .where(AuszahlungPosten.einsatz_id.in_(einsatz_ids), Auszahlung.id.not_in(cancelled))
    )
    return {einsatz_id: f"{jahr}-{lfd:03d}" for einsatz_id, jahr, lfd in session.execute(stmt)}


def refuse_if_paid(session: Session, einsatz_ids: list[int]) -> None:
    paid = paid_einsatz_ids(session, einsatz_ids)
    if paid:
        raise ServiceError(festgeschrieben_message(sorted(set(paid.values()))))


def festgeschrieben_message(belege: list[str]) -> Msg:
    return msg(
        "Ausgezahlt mit Beleg {belege} und deshalb festgeschrieben. Für eine Korrektur stornieren Sie die "
        "Auszahlung (Seite Auszahlungen); der nächste Auszahlungslauf rechnet dann neu.",
        belege=", ".join(belege),
    )


def paid_belege(connection: Connection) -> dict[int, str]:
    """Every festgeschriebene Einsatz with its Beleg-Nr. – one query for the whole Einsätze table."""
    cancelled = select(Auszahlung.storno_von_id).where(Auszahlung.storno_von_id.is_not(None))
    stmt = (
        select(AuszahlungPosten.einsatz_id, Auszahlung.beleg_jahr, Auszahlung.beleg_lfd)
        .join(Auszahlung, Auszahlung.id == AuszahlungPosten.auszahlung_id)
        .where(Auszahlung.id.not_in(cancelled))
    )
    return {einsatz_id: f"{jahr}-{lfd:03d}" for einsatz_id, jahr, lfd in connection.execute(stmt)}
