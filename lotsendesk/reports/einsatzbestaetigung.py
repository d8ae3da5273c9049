"""Einsatzbestätigung: "Bestätigung über ehrenamtliches Engagement" for a Lots*in – for an Ehrenamtskarte, an
application or a CV.

It names the person, since when they are active, the period confirmed, the Einsätze and hours, the kinds of
activity with their hours, the languages offered, and describes the programme role in a few sentences. Nothing
about the accompanied persons appears (no Bemerkungen). Ort, Datum and the signature of the Träger's first
vertretungsberechtigte Person close it; without one, a blank line "für den Träger".
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lotsendesk.domain.formatting import format_date, format_hours
from lotsendesk.reports.base import (
    CONTENT_WIDTH,
    DocumentInfo,
    Signer,
    build_pdf,
    data_table,
    label_table,
    markup,
    para,
    sender_line,
    signature_block,
)
from lotsendesk.reports.stundennachweis import period_name

if TYPE_CHECKING:  # a plain dataclass; reports never import the services at run time
    from lotsendesk.services.traeger import TraegerData

PROGRAMME_TEXT = (
    "WIR-Integrationslots*innen engagieren sich ehrenamtlich im Landesprogramm „WIR – Vielfalt und Teilhabe“ "
    "des Landes Hessen. Nach einer Basisqualifizierung begleiten sie zugewanderte Menschen zu Behörden, in Schulen "
    "und Kitas, zu Ärztinnen und Ärzten und in anderen Lebenslagen, helfen bei der Verständigung und unterstützen "
    "sie dabei, sich selbstständig zurechtzufinden. Die Tätigkeit ist ehrenamtlich; für die geleisteten Stunden "
    "wird lediglich eine pauschale Aufwandsentschädigung gezahlt."
)


@dataclass(frozen=True)
class ActivityLine:
    """One kind of activity in the period: its name ("" = none recorded), Einsätze and minutes."""

    taetigkeit: str
    einsaetze: int
    minuten: int


@dataclass(frozen=True)
class ConfirmationData:
    """What the Einsatzbestätigung of one person says; ``taetigkeiten`` sorted by hours, most first."""

    name: str  # as printed: "Vorname Nachname"
    nr: str
    rolle: str  # in the period, e.g. "Lots*in, ab 01.07.2025 koordinierende*r Lots*in"
    aktiv_seit: date  # Eintritt, or the first Einsatz when no Eintritt is recorded
    austritt: date | None  # set when the person has left
    qualifiziert_am: date | None
    von: date
    bis: date
    einsaetze: int
    minuten: int
    taetigkeiten: tuple[ActivityLine, ...]
    sprachen: str = ""


def build_einsatzbestaetigung(
    data: ConfirmationData, traeger: "TraegerData", path: Path | str, created: date | None = None, logo: bytes = b""
) -> None:
    """Write the Einsatzbestätigung of one person to ``path`` (atomically)."""
    created = created or date.today()
    info = DocumentInfo(
        title=f"Bestätigung über ehrenamtliches Engagement – {data.name}",
        traeger=traeger.name,
        subject="Einsatzbestätigung WIR-Integrationslots*innen",
        created=created,
        logo=logo,
    )
    build_pdf(path, _confirmation(data, traeger, created), info)


def _confirmation(c: ConfirmationData, traeger: "TraegerData", created: date) -> list[Flowable]:
    bei = traeger.name or "unserem Träger"
    if c.austritt is not None and c.austritt <= created:
        intro = markup(
            "Hiermit bestätigen wir, dass <b>{name}</b> sich vom {seit} bis zum {bis} ehrenamtlich als "
            "WIR-Integrationslots*in bei {bei} engagiert hat.",
            name=c.name,
            seit=format_date(c.aktiv_seit),
            bis=format_date(c.austritt),
            bei=bei,
        )
    else:
        intro = markup(
            "Hiermit bestätigen wir, dass <b>{name}</b> sich seit dem {seit} ehrenamtlich als "
            "WIR-Integrationslots*in bei {bei} engagiert.",
            name=c.name,
            seit=format_date(c.aktiv_seit),
            bei=bei,
        )
    rows: list[tuple[str, str | Flowable]] = [
        ("Name", para(c.name, "bold")),
        ("Rolle", c.rolle),
        ("aktiv seit", format_date(c.aktiv_seit) + (f" (bis {format_date(c.austritt)})" if c.austritt else "")),
    ]
    if c.qualifiziert_am is not None:
        rows.append(("Basisqualifizierung", f"abgeschlossen am {format_date(c.qualifiziert_am)}"))
    if c.sprachen.strip():
        rows.append(("Sprachen", c.sprachen.strip()))
    activities = data_table(
        ["Tätigkeit", "Einsätze", "Stunden"],
        [[a.taetigkeit or "ohne Angabe", str(a.einsaetze), format_hours(a.minuten)] for a in c.taetigkeiten],
        [CONTENT_WIDTH - 56 * mm, 26 * mm, 30 * mm],
        numeric=(1, 2),
    )
    period = markup(
        "Im Zeitraum vom {von} bis zum {bis}{name_zeitraum} hat {name} an {einsaetze} insgesamt {stunden} Stunden "
        "ehrenamtlich geleistet.",
        von=format_date(c.von),
        bis=format_date(c.bis),
        name_zeitraum=f" ({period_name(c.von, c.bis)})" if period_name(c.von, c.bis) else "",
        name=c.name,
        einsaetze="einem Einsatz" if c.einsaetze == 1 else f"{c.einsaetze} Einsätzen",
        stunden=format_hours(c.minuten),
    )
    vertreter = traeger.vertreter()
    if vertreter:
        name, funktion = vertreter[0]
        signer = Signer(f"für {traeger.name}" if traeger.name else "für den Träger", name=name, funktion=funktion)
    else:
        signer = Signer("für den Träger")
    letterhead = [sender_line(traeger.name, traeger.anschrift), Spacer(1, 5 * mm)] if traeger.anschrift.strip() else []
    return [
        *letterhead,
        para("Bestätigung über ehrenamtliches Engagement", "title"),
        para("WIR-Integrationslots*innen · Landesprogramm „WIR – Vielfalt und Teilhabe“", "subtitle"),
        Spacer(1, 6 * mm),
        intro,
        Spacer(1, 4 * mm),
        label_table(rows),
        Spacer(1, 4 * mm),
        period,
        Spacer(1, 3 * mm),
        para("Tätigkeiten im Zeitraum", "bold"),
        Spacer(1, 2 * mm),
        *activities,
        Spacer(1, 4 * mm),
        para("Zur Tätigkeit", "bold"),
        Spacer(1, 1.5 * mm),
        para(PROGRAMME_TEXT),
        Spacer(1, 4 * mm),
        markup("Wir danken {name} herzlich für das Engagement.", name=c.name),
        Spacer(1, 2 * mm),
        signature_block([signer], ort=traeger.ort, datum=created),
    ]
