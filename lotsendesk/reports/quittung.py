"""Quittung / Auszahlungsbeleg (domain.md D10): one page per payout, one PDF for a whole payout run.

Each receipt shows the Beleg-Nr., the recipient (name, Nr, Anschrift), Förderjahr and the period of the
Einsätze it paid, hours, rate, amount, method and day of payment, the note on § 3 Nr. 26 EStG and signature
lines for the recipient and the treasurer. A Storno gets a "Stornobeleg" with the original Beleg-Nr. and the
reason instead of the tax note.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lotsendesk.domain.formatting import format_date, format_hours, format_money
from lotsendesk.reports.base import (
    CONTENT_WIDTH,
    DocumentInfo,
    Signer,
    build_pdf,
    label_table,
    note_box,
    one_per_page,
    para,
    signature_block,
    styles,
    table,
    total_box,
)

if TYPE_CHECKING:  # a plain dataclass; reports never import the services at run time
    from lotsendesk.services.traeger import TraegerData

_NO_PADDING = [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT")]

LEGAL_NOTE = (
    "Aufwandsentschädigung für die ehrenamtliche Tätigkeit als WIR-Integrationslots*in im Landesprogramm "
    "„WIR – Vielfalt und Teilhabe“ des Landes Hessen. Die Zahlung ist nach § 3 Nr. 26 EStG "
    "(Übungsleiterfreibetrag) im Rahmen des Freibetrags steuerfrei; Beträge darüber hinaus sind von der "
    "Empfänger*in selbst in der Einkommensteuererklärung anzugeben. Wer Sozialleistungen bezieht, informiert "
    "das Jobcenter bzw. Sozialamt über die Zahlung."
)


@dataclass(frozen=True)
class ReceiptData:
    """One payout (or Storno) as the receipt shows it; amounts of a Storno are negative."""

    beleg_nr: str
    name: str  # as printed: "Vorname Nachname"
    nr: str
    anschrift: str
    foerderjahr: int
    aktenzeichen: str
    von: date | None  # first and last day of the Einsätze paid
    bis: date | None
    minuten: int
    satz: Decimal  # € per hour of the Förderjahr
    betrag: Decimal
    methode: str  # "Überweisung" or "bar"
    bezahlt_am: date
    storno_von: str | None = None  # Beleg-Nr. this Storno cancels
    grund: str = ""  # reason of a Storno

    @property
    def is_storno(self) -> bool:
        return self.storno_von is not None

    @property
    def zeitraum(self) -> str:
        if self.von is None or self.bis is None:
            return "–"
        if self.von == self.bis:
            return format_date(self.von)
        return f"{format_date(self.von)} – {format_date(self.bis)}"


def build_quittungen(
    receipts: Sequence[ReceiptData],
    traeger: "TraegerData",
    path: Path | str,
    created: date | None = None,
    logo: bytes = b"",
) -> None:
    """Write every receipt, one per page, into one PDF at ``path`` (atomically)."""
    if not receipts:
        raise ValueError("build_quittungen needs at least one receipt")
    files = {r.aktenzeichen for r in receipts}
    numbers = [r.beleg_nr for r in receipts]
    title = f"Quittung {numbers[0]}" if len(numbers) == 1 else f"Quittungen {numbers[0]} bis {numbers[-1]}"
    info = DocumentInfo(
        title=title,
        traeger=traeger.name,
        subject="Auszahlungsbelege Aufwandsentschädigung WIR-Integrationslots*innen",
        aktenzeichen=files.pop() if len(files) == 1 else "",
        created=created or date.today(),
        logo=logo,
    )
    build_pdf(path, one_per_page(receipts, lambda receipt: _receipt(receipt, traeger.name)), info)


def _receipt(r: ReceiptData, traeger: str) -> list[Flowable]:
    s = styles()
    heading = "Stornobeleg" if r.is_storno else "Quittung / Auszahlungsbeleg"
    head = table(
        [[para(heading, "title"), para(f"Beleg-Nr. {r.beleg_nr}", s["title"].clone("nr", alignment=TA_RIGHT))]],
        [CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.4],
        [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *_NO_PADDING],
    )
    subtitle = f"Aufwandsentschädigung WIR-Integrationslots*innen · Förderjahr {r.foerderjahr}"
    year = str(r.foerderjahr) + (f" (Az. {r.aktenzeichen})" if r.aktenzeichen else "")
    rows = [
        ("Empfänger*in", para(r.name, "bold")),
        ("Lots*innen-Nr.", para(r.nr)),
        ("Anschrift", para(r.anschrift.strip() or "–")),
        ("Förderjahr", para(year)),
        ("Zeitraum der Einsätze", para(r.zeitraum)),
        ("Stunden", para(f"{format_hours(r.minuten)} Std.")),
        ("Stundensatz", para(f"{format_money(r.satz)} je Stunde")),
        ("Zahlungsart", para(r.methode)),
        ("Storniert am" if r.is_storno else "Bezahlt am", para(format_date(r.bezahlt_am))),
    ]
    if r.is_storno:
        rows += [("Storno zu Beleg-Nr.", para(r.storno_von or "")), ("Grund", para(r.grund or "–"))]
    details = label_table(rows)
    amount = total_box("Rückbuchung" if r.is_storno else "Betrag", format_money(r.betrag))
    if r.is_storno:
        note_text = (
            f"Dieser Beleg hebt die Auszahlung mit Beleg-Nr. {r.storno_von} auf. Die betroffenen Einsätze "
            "werden bei der nächsten Auszahlung neu berechnet."
        )
    else:
        note_text = LEGAL_NOTE
    note = note_box(note_text)
    return [
        head,
        para(subtitle, "subtitle"),
        Spacer(1, 7 * mm),
        details,
        Spacer(1, 5 * mm),
        amount,
        Spacer(1, 5 * mm),
        note,
        Spacer(1, 8 * mm),
        signature_block(_signers(r, traeger)),
    ]


def _signers(r: ReceiptData, traeger: str) -> list[Signer]:
    if r.is_storno:
        recipient = "Storno zur Kenntnis genommen – Unterschrift Empfänger*in"
        treasurer = "Storniert – Unterschrift Kassierer*in / auszahlende Person"
    elif r.methode == "bar":
        recipient = "Betrag bar erhalten – Unterschrift Empfänger*in (bei Barzahlung erforderlich)"
        treasurer = "Ausgezahlt – Unterschrift Kassierer*in / auszahlende Person"
    else:
        recipient = "Betrag erhalten – Unterschrift Empfänger*in"
        treasurer = "Ausgezahlt – Unterschrift Kassierer*in / auszahlende Person"
    return [Signer(recipient, r.name), Signer(treasurer, funktion=f"für {traeger}" if traeger else "")]
