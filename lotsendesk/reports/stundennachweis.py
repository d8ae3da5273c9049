"""Stundennachweis / Einsatzprotokoll (domain.md D11): per person, every Einsatz of a period (a month, a quarter,
a year or any span), with the hours recorded and the hours claimable under the programme rules, for the Lots*in
and the koordinierende Person to sign.

Printed per Einsatz: Datum, Wochentag, Tätigkeit, Stunden and the claimable part. The Bemerkung is *not* printed:
it may say something about the accompanied person (domain.md §5.1). A summary per month follows when the period
covers more than one month, then the totals and the two signature lines. One PDF holds every person, each
starting on a new page; 10,000 Einsätze stay fast because ``data_table`` splits them into chunks.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from lotsendesk.domain.formatting import format_date, format_hours
from lotsendesk.reports.base import (
    CONTENT_WIDTH,
    LIGHT,
    RULE,
    DocumentInfo,
    Signer,
    build_pdf,
    data_table,
    fit,
    label_table,
    note_box,
    one_per_page,
    para,
    signature_block,
    styles,
    table,
)
from lotsendesk.reports.jahresbescheinigung import MONTHS, month_label

WOCHENTAGE = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def period_text(von: date, bis: date) -> str:
    """``01.01.2025 – 31.03.2025 (1. Quartal 2025)``; the name in brackets for a whole month, quarter or year."""
    dates = f"{format_date(von)} – {format_date(bis)}"
    name = period_name(von, bis)
    return f"{dates} ({name})" if name else dates


def period_name(von: date, bis: date) -> str:
    """``März 2025``, ``1. Quartal 2025``, ``Kalenderjahr 2025`` – or "" for any other span."""
    if von.day != 1 or von.year != bis.year or (bis + timedelta(days=1)).day != 1:
        return ""
    months = bis.month - von.month + 1
    if months == 1:
        return month_label(von)
    if months == 3 and von.month % 3 == 1:
        return f"{von.month // 3 + 1}. Quartal {von.year}"
    if months == 12:
        return f"Kalenderjahr {von.year}"
    return ""


@dataclass(frozen=True)
class TimesheetEntry:
    """One Einsatz: date, activity and minutes, and how many of them are claimable (None: the year has no
    Förderjahr, so the rules cannot be applied)."""

    datum: date
    taetigkeit: str
    minuten: int
    abrechenbar: int | None


@dataclass(frozen=True)
class TimesheetData:
    """The Stundennachweis of one person for ``von``–``bis``; entries in date order."""

    name: str  # as printed: "Vorname Nachname"
    nr: str
    rolle: str  # "Lots*in", "koordinierende*r Lots*in", or "… ab 01.07.2025 …"
    von: date
    bis: date
    entries: tuple[TimesheetEntry, ...]
    grenzen: tuple[tuple[int, int], ...] = ()  # (Förderjahr, the person's cap in minutes) of each year touched
    ohne_foerderjahr: tuple[int, ...] = ()  # years with Einsätze in the period but no Förderjahr entered

    @property
    def minuten(self) -> int:
        return sum(e.minuten for e in self.entries)

    @property
    def abrechenbar(self) -> int:
        """Claimable minutes of the period (entries of years without a Förderjahr count 0)."""
        return sum(e.abrechenbar or 0 for e in self.entries)

    def by_month(self) -> list[tuple[str, int, int, int]]:
        """(``März 2025``, Einsätze, minutes, claimable minutes) for each month with Einsätze, in order."""
        sums: dict[tuple[int, int], list[int]] = {}
        for e in self.entries:
            row = sums.setdefault((e.datum.year, e.datum.month), [0, 0, 0])
            row[0] += 1
            row[1] += e.minuten
            row[2] += e.abrechenbar or 0
        return [(f"{MONTHS[m - 1]} {y}", n, minutes, claim) for (y, m), (n, minutes, claim) in sorted(sums.items())]


def build_stundennachweise(
    sheets: Sequence[TimesheetData], traeger_name: str, path: Path | str, created: date | None = None, logo: bytes = b""
) -> None:
    """Write every Stundennachweis, each starting on a new page, into one PDF at ``path`` (atomically)."""
    if not sheets:
        raise ValueError("build_stundennachweise needs at least one Stundennachweis")
    first = sheets[0]
    title = f"Stundennachweis {period_text(first.von, first.bis)}"
    info = DocumentInfo(
        title=f"{title} – {first.name}" if len(sheets) == 1 else title.replace("nachweis", "nachweise", 1),
        traeger=traeger_name,
        subject="Stundennachweis WIR-Integrationslots*innen",
        created=created or date.today(),
        logo=logo,
    )
    build_pdf(path, one_per_page(sheets, _sheet), info)


_WIDTHS = [24 * mm, 12 * mm, CONTENT_WIDTH - 84 * mm, 22 * mm, 26 * mm]
_TAETIGKEIT_WIDTH = _WIDTHS[2] - 12  # minus the cell paddings


def _sheet(s: TimesheetData) -> list[Flowable]:
    st = styles()
    header = label_table(
        [
            ("Lots*in", para(s.name, "bold")),
            ("Lots*innen-Nr.", s.nr),
            ("Rolle", s.rolle),
            ("Zeitraum", period_text(s.von, s.bis)),
        ]
    )
    fitted: dict[str, str] = {}  # few distinct activities: measure each once

    def activity(name: str) -> str:
        if name not in fitted:
            fitted[name] = fit(name or "–", _TAETIGKEIT_WIDTH)
        return fitted[name]

    rows = [
        [
            format_date(e.datum),
            WOCHENTAGE[e.datum.weekday()],
            activity(e.taetigkeit),
            format_hours(e.minuten),
            "–" if e.abrechenbar is None else format_hours(e.abrechenbar),
        ]
        for e in s.entries
    ]
    story: list[Flowable] = [
        para("Stundennachweis", "title"),
        para("WIR-Integrationslots*innen · Nachweis der ehrenamtlichen Einsätze", "subtitle"),
        Spacer(1, 7 * mm),
        header,
        Spacer(1, 6 * mm),
        para("Einsätze", "bold"),
        Spacer(1, 2 * mm),
        *data_table(["Datum", "Tag", "Tätigkeit", "Stunden", "abrechenbar"], rows, _WIDTHS, numeric=(3, 4)),
    ]
    months = s.by_month()
    if len(months) > 1:
        story += [
            Spacer(1, 5 * mm),
            KeepTogether(  # the heading with its (short) table
                [
                    para("Übersicht nach Monaten", "bold"),
                    Spacer(1, 2 * mm),
                    *data_table(
                        ["Monat", "Einsätze", "Stunden", "abrechenbar"],
                        [[label, str(n), format_hours(m), format_hours(c)] for label, n, m, c in months],
                        [40 * mm, 22 * mm, 26 * mm, 26 * mm],
                        numeric=(1, 2, 3),
                    ),
                ]
            ),
        ]
    count = f"{len(s.entries)} {'Einsatz' if len(s.entries) == 1 else 'Einsätze'}"
    big_label = st["bold"].clone("sum_label", fontSize=11, leading=15)
    big_value = st["bold"].clone("sum_value", fontSize=12, leading=16, alignment=TA_RIGHT)
    totals = table(
        [
            [para(f"Stunden gesamt ({count})", big_label), para(format_hours(s.minuten), big_value)],
            [para("davon abrechenbar", big_label), para(format_hours(s.abrechenbar), big_value)],
        ],
        [CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3],
        [
            ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ],
    )
    grenzen = ", ".join(f"{format_hours(cap)} Std. im Förderjahr {year}" for year, cap in s.grenzen)
    note = (
        "Abrechenbar sind Stunden ab der Basisqualifizierung, zwischen Eintritt und Austritt und im "
        "Bewilligungszeitraum, bis zur Jahreshöchstgrenze"
        + (f" ({grenzen})" if grenzen else "")
        + ". Die Grenze wird in zeitlicher Reihenfolge mit allen Einsätzen des Förderjahres gefüllt, auch mit "
        "denen vor diesem Zeitraum. Bemerkungen zu den Einsätzen werden zum Schutz der begleiteten Personen "
        "nicht gedruckt."
    )
    if s.ohne_foerderjahr:
        years = ", ".join(str(y) for y in s.ohne_foerderjahr)
        note += (
            f" Für {years} ist in LotsenDesk kein Förderjahr angelegt: die Einsätze dieses Jahres sind mit „–“ "
            "markiert und nicht als abrechenbar gezählt."
        )
    story += [
        Spacer(1, 5 * mm),
        KeepTogether([totals]),
        Spacer(1, 4 * mm),
        note_box(note),
        Spacer(1, 6 * mm),
        CondPageBreak(75 * mm),  # the sentence stays with the signature lines (a KeepTogether in a KeepTogether
        para(  # would always break the page)
            "Ich bestätige, dass ich die aufgeführten Einsätze ehrenamtlich als WIR-Integrationslots*in geleistet habe."
        ),
        Spacer(1, 2 * mm),
        signature_block(
            [
                Signer("Unterschrift Lots*in", name=s.name),
                Signer("Sachlich richtig – Unterschrift koordinierende Person"),
            ]
        ),
    ]
    return story
