"""Jahresbescheinigung (domain.md D13): per person, the Aufwandsentschädigungen received in one calendar year.

The year is the year of payment (Zufluss, § 11 EStG): December hours paid in January belong to the next year's
certificate. Each certificate lists the payments with day, Beleg-Nr., Förderjahr, hours and amount (a Storno as
a negative line), a summary per month of payment (what Jobcenter and Sozialamt count), the total, the note on
§ 3 Nr. 26 EStG and one signature for the Träger. One PDF holds every person, each starting on a new page.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lotsendesk.domain.allowances import Freibetrag, limit
from lotsendesk.domain.dates import MONTHS
from lotsendesk.domain.formatting import format_date, format_hours, format_money
from lotsendesk.reports.base import (
    CONTENT_WIDTH,
    DocumentInfo,
    Signer,
    build_pdf,
    data_table,
    label_table,
    note_box,
    one_per_page,
    para,
    signature_block,
    total_box,
)

if TYPE_CHECKING:  # a plain dataclass; reports never import the services at run time
    from lotsendesk.services.traeger import TraegerData


def month_label(day: date) -> str:
    """``Januar 2026``."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def legal_note(year: int) -> str:
    freibetrag = format_money(limit(Freibetrag.UEBUNGSLEITER, year))
    return (
        "Die Beträge sind Aufwandsentschädigung für die ehrenamtliche Tätigkeit als WIR-Integrationslots*in nach "
        "dem Landesprogramm „WIR – Vielfalt und Teilhabe“ des Landes Hessen. Sie sind nach § 3 Nr. 26 EStG "
        f"(Übungsleiterfreibetrag) steuerfrei bis zum Freibetrag von {freibetrag} im Jahr {year}; der Freibetrag "
        "gilt je Person für alle Tätigkeiten zusammen. Hinweis: Sozialleistungsträger (Jobcenter/Sozialamt) "
        "rechnen nach dem Monat des Zuflusses – maßgeblich ist die Übersicht nach Monaten."
    )


@dataclass(frozen=True)
class CertificatePayment:
    """One payment (or Storno, negative) received in the year."""

    bezahlt_am: date
    beleg_nr: str
    foerderjahr: int
    minuten: int
    betrag: Decimal

    @property
    def monat(self) -> str:
        return month_label(self.bezahlt_am)


@dataclass(frozen=True)
class CertificateData:
    """The Jahresbescheinigung of one person for calendar year ``jahr``; payments sorted by day and Beleg-Nr."""

    jahr: int
    name: str  # as printed: "Vorname Nachname"
    nr: str
    anschrift: str
    payments: tuple[CertificatePayment, ...]

    @property
    def total(self) -> Decimal:
        return sum((p.betrag for p in self.payments), Decimal("0.00"))

    @property
    def minuten(self) -> int:
        return sum(p.minuten for p in self.payments)

    def by_month(self) -> list[tuple[str, Decimal]]:
        """(``Januar 2026``, sum) for each month with payments, in calendar order."""
        sums: dict[tuple[int, int], Decimal] = {}
        for p in self.payments:
            key = (p.bezahlt_am.year, p.bezahlt_am.month)
            sums[key] = sums.get(key, Decimal("0.00")) + p.betrag
        return [(month_label(date(y, m, 1)), amount) for (y, m), amount in sorted(sums.items())]


def build_jahresbescheinigungen(
    certificates: Sequence[CertificateData],
    traeger: "TraegerData",
    path: Path | str,
    created: date | None = None,
    logo: bytes = b"",
) -> None:
    """Write every certificate, each starting on a new page, into one PDF at ``path`` (atomically)."""
    if not certificates:
        raise ValueError("build_jahresbescheinigungen needs at least one certificate")
    years = {c.jahr for c in certificates}
    year = certificates[0].jahr
    title = f"Bescheinigung über Aufwandsentschädigungen {year}"
    if len(certificates) == 1:
        title += f" – {certificates[0].name}"
    info = DocumentInfo(
        title=title if len(years) == 1 else "Bescheinigungen über Aufwandsentschädigungen",
        traeger=traeger.name,
        subject="Jahresbescheinigung Aufwandsentschädigung WIR-Integrationslots*innen",
        created=created or date.today(),
        logo=logo,
    )
    build_pdf(path, one_per_page(certificates, lambda certificate: _certificate(certificate, traeger.name)), info)


def _certificate(c: CertificateData, traeger: str) -> list[Flowable]:
    recipient = label_table(
        [
            ("Empfänger*in", para(c.name, "bold")),
            ("Lots*innen-Nr.", c.nr),
            ("Anschrift", c.anschrift.strip() or "–"),
            ("Zeitraum", f"01.01.{c.jahr} – 31.12.{c.jahr} (Tag der Zahlung)"),
        ]
    )
    payments = data_table(
        ["Datum", "Monat", "Beleg-Nr.", "Förderjahr", "Stunden", "Betrag"],
        [
            [
                format_date(p.bezahlt_am),
                p.monat,
                p.beleg_nr + (" (Storno)" if p.betrag < 0 else ""),
                str(p.foerderjahr),
                format_hours(p.minuten),
                format_money(p.betrag),
            ]
            for p in c.payments
        ],
        [22 * mm, 32 * mm, 38 * mm, 22 * mm, 22 * mm, CONTENT_WIDTH - 136 * mm],
        numeric=(3, 4, 5),
    )
    months = data_table(
        ["Monat des Zuflusses", "Betrag"],
        [[label, format_money(amount)] for label, amount in c.by_month()],
        [60 * mm, 40 * mm],
        numeric=(1,),
    )
    total = total_box(f"Summe {c.jahr} ({format_hours(c.minuten)} Std.)", format_money(c.total), 0.6)
    note = note_box(legal_note(c.jahr))
    signer = Signer("Unterschrift und Stempel des Trägers", funktion=f"für {traeger}" if traeger else "für den Träger")
    return [
        para(f"Bescheinigung über Aufwandsentschädigungen {c.jahr}", "title"),
        para("Aufwandsentschädigung WIR-Integrationslots*innen · Jahresbescheinigung", "subtitle"),
        Spacer(1, 7 * mm),
        recipient,
        Spacer(1, 6 * mm),
        para("Im Kalenderjahr erhaltene Zahlungen", "bold"),
        Spacer(1, 2 * mm),
        *payments,
        Spacer(1, 5 * mm),
        para("Übersicht nach Monat der Zahlung", "bold"),
        Spacer(1, 2 * mm),
        *months,
        Spacer(1, 5 * mm),
        total,
        Spacer(1, 5 * mm),
        note,
        Spacer(1, 8 * mm),
        signature_block([signer]),
    ]
