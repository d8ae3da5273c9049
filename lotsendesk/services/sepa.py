"""The SEPA credit transfer file of a payout run (pain.001.001.09, what German banks take since November 2025).

One transfer per paid person: name, IBAN, amount, Verwendungszweck "Aufwandsentschädigung WIR-Lotsen <period>,
Beleg <nr>", the requested execution date; the Träger's project account is the debtor. Payouts paid in cash,
cancelled by a Storno, or of a person without a valid IBAN are left out and listed — a file is never written
with an invalid entry. The XML is made by ``sepaxml`` and validated against the pain.001.001.09 schema before
it is written (atomically). The treasurer uploads it in online banking.
"""

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from lotsendesk.db.models import Auszahlung, AuszahlungPosten, Einsatz, Lotse
from lotsendesk.domain.dates import format_date, period_text
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.iban import validate_iban
from lotsendesk.domain.messages import Msg, msg
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError, write_failed
from lotsendesk.services.money import from_cents
from lotsendesk.services.traeger import get_traeger

SCHEMA = "pain.001.001.09"
# SEPA's character set has no umlauts; banks would turn "ä" into "a". German readers expect "ae".
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


@dataclass(frozen=True)
class Transfer:
    beleg_nr: str
    name: str  # "Vorname Nachname"
    iban: str
    betrag: Decimal
    verwendungszweck: str


@dataclass(frozen=True)
class LeftOut:
    beleg_nr: str
    name: str
    betrag: Decimal
    grund: Msg


@dataclass(frozen=True)
class SepaPlan:
    """What the file of run ``lauf_id`` holds and who is left out."""

    lauf_id: int
    bezahlt_am: date  # the run's day of payment
    transfers: tuple[Transfer, ...]
    left_out: tuple[LeftOut, ...]

    def execution_date(self, today: date) -> date:
        """The default execution date: the day of payment, or today when that has passed."""
        return max(self.bezahlt_am, today)

    @property
    def total(self) -> Decimal:
        return sum((t.betrag for t in self.transfers), Decimal("0.00"))


def sepa_plan(db: Database, lauf_id: int) -> SepaPlan:
    """The transfers of run ``lauf_id`` and the payouts left out with the reason; ServiceError for no such run."""
    with db.session() as session:
        rows = session.execute(
            select(Auszahlung, Lotse).join(Lotse, Lotse.id == Auszahlung.lotse_id).where(Auszahlung.lauf_id == lauf_id)
        ).all()
        if not rows:
            raise ServiceError(msg("Einen Auszahlungslauf Nr. {nr} gibt es nicht.", nr=str(lauf_id)))
        ids = [payout.id for payout, _ in rows]
        storno_numbers = {  # payout id → Beleg-Nr. of the Storno that cancels it
            a.storno_von_id: a.beleg_nr
            for a in session.scalars(select(Auszahlung).where(Auszahlung.storno_von_id.in_(ids)))
        }
        periods = {
            payout_id: (start, end)
            for payout_id, start, end in session.execute(
                select(AuszahlungPosten.auszahlung_id, func.min(Einsatz.datum), func.max(Einsatz.datum))
                .join(Einsatz, Einsatz.id == AuszahlungPosten.einsatz_id)
                .where(AuszahlungPosten.auszahlung_id.in_(ids))
                .group_by(AuszahlungPosten.auszahlung_id)
            )
        }
    transfers, left_out = [], []
    for payout, lotse in sorted(rows, key=lambda row: (row[0].beleg_jahr, row[0].beleg_lfd)):
        name = f"{lotse.vorname} {lotse.nachname}".strip()
        amount = from_cents(payout.betrag_cent)
        reason = _reason_left_out(payout, lotse, storno_numbers)
        if reason is not None:
            left_out.append(LeftOut(payout.beleg_nr, name, amount, reason))
            continue
        start, end = periods.get(payout.id, (None, None))
        period = f" {period_text(start, end)}" if start and end else ""
        purpose = f"Aufwandsentschädigung WIR-Lotsen{period}, Beleg {payout.beleg_nr}"
        transfers.append(Transfer(payout.beleg_nr, name, validate_iban(lotse.iban), amount, purpose))
    paid_on = max(payout.bezahlt_am for payout, _ in rows)
    return SepaPlan(lauf_id, paid_on, tuple(transfers), tuple(left_out))


def _reason_left_out(payout: Auszahlung, lotse: Lotse, storno_numbers: dict[int, str]) -> Msg | None:
    if payout.id in storno_numbers:
        return msg("storniert (Beleg {nr})", nr=storno_numbers[payout.id])
    if payout.methode == "bar":
        return msg("bar ausgezahlt")
    if payout.betrag_cent <= 0:
        return msg("Betrag 0,00 €")
    if not lotse.iban.strip():
        return msg("keine IBAN eingetragen")
    try:
        validate_iban(lotse.iban)
    except ValidationError:
        return msg("IBAN ungültig")
    return None


def write_sepa(
    db: Database, lauf_id: int, path: Path, execution_date: date | None = None, today: date | None = None
) -> SepaPlan:
    """Write the pain.001.001.09 file of run ``lauf_id`` to ``path``; returns what it holds and who is left out.
    ``execution_date`` defaults to the run's day of payment, or today when that has passed."""
    today = today or date.today()
    plan = sepa_plan(db, lauf_id)
    if not plan.transfers:
        raise ServiceError(
            msg(
                "Im Auszahlungslauf Nr. {nr} gibt es nichts zu überweisen (bar ausgezahlt, storniert oder ohne "
                "gültige IBAN).",
                nr=str(lauf_id),
            )
        )
    traeger = get_traeger(db)
    if not traeger.iban:
        raise ServiceError(
            msg(
                "Für die SEPA-Datei fehlt das Konto des Trägers. Bitte IBAN (und Kontoinhaber) eintragen: Seite "
                "Förderjahr → „Träger…“."
            )
        )
    execution_date = execution_date or plan.execution_date(today)
    if execution_date < today:
        raise ServiceError(
            msg(
                "Das Ausführungsdatum {datum} liegt in der Vergangenheit; die Bank nimmt die Datei so nicht an.",
                datum=format_date(execution_date),
            )
        )
    xml = _xml(plan, traeger.konto_inhaber or traeger.name, traeger.iban, traeger.bic, execution_date)
    try:
        _write_atomic(path, xml)
    except OSError as error:
        raise write_failed(path, error) from error
    return plan


def _xml(plan: SepaPlan, debtor: str, iban: str, bic: str, execution_date: date) -> bytes:
    from sepaxml import SepaTransfer  # imported here: the only user of sepaxml and xmlschema
    from sepaxml.validation import ValidationError as SchemaError

    if not debtor.strip():
        raise ServiceError(msg("Für die SEPA-Datei fehlt der Name des Trägers (Seite Förderjahr → „Träger…“)."))
    config = {"name": _sepa_text(debtor), "IBAN": iban, "batch": True, "currency": "EUR"}
    if bic:
        config["BIC"] = bic
    document = SepaTransfer(config, schema=SCHEMA, clean=True)
    for transfer in plan.transfers:
        document.add_payment(
            {
                "name": _sepa_text(transfer.name),
                "IBAN": transfer.iban,
                "amount": int(transfer.betrag * 100),
                "execution_date": execution_date,
                "description": _sepa_text(transfer.verwendungszweck),
                "endtoend_id": transfer.beleg_nr,
            }
        )
    try:
        return document.export(validate=True, pretty_print=True)
    except SchemaError as error:  # a value the schema refuses: never write such a file
        raise ServiceError(
            msg("Die SEPA-Datei entspricht nicht dem Schema {schema}; es wurde nichts geschrieben.", schema=SCHEMA)
        ) from error


def _sepa_text(text: str) -> str:
    """German umlauts spelled out; sepaxml then transliterates the rest (Cyrillic, Vietnamese) to Latin."""
    return text.translate(_GERMAN).replace("–", "-")


def _write_atomic(path: Path, content: bytes) -> None:
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
