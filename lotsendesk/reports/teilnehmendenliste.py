"""Teilnehmendenliste WIR-Lotsen Qualifizierung (domain.md D3, "Anlage zu Formblatt 2 C"), landscape A4.

The course's data (Titel, Art, Träger, Veranstalter, Ort, Referent*innen, Zeitraum, UE, the Termine with date,
time and UE), then one row per participant: lfd. Nr., Name, Vorname, Wohnort (the town only), one column per
Termin, UE besucht and Zertifikat. Two modes:

- ``mit_anwesenheit=False`` – the "Vorlage" kept during the course: an empty box per Termin for the participant's
  signature, a few blank rows for late registrations, UE and Zertifikat left blank to fill in by hand;
- ``mit_anwesenheit=True`` – after the course: ✓/– per Termin, UE besucht, % and the day of the certificate.

More Termine than fit across the page are split over several tables (the person columns repeat in each). The
Träger's confirmation and signature lines close the list.
"""

from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from lotsendesk.domain.dates import format_date
from lotsendesk.reports.base import (
    FONT,
    FONT_BOLD,
    LIGHT,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    RULE,
    DocumentInfo,
    Signer,
    build_pdf,
    markup,
    para,
    styles,
    table,
)
from lotsendesk.reports.kurs_daten import KursDokData, KursPerson, KursTerminInfo, percent_text

PAGE = landscape(A4)
WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT  # 257 mm
TITLE = "Teilnehmendenliste WIR-Lotsen Qualifizierung"
SUBTITLE = "Anlage zu Formblatt 2 C „Teilnehmendenliste WIR Lotsen Quali“"

# the person columns, repeated in every table: lfd. Nr., Name, Vorname, Wohnort
PERSON_WIDTHS = (9 * mm, 38 * mm, 30 * mm, 26 * mm)
# the columns after the Termine (last table only)
TRAILING_VORLAGE = (("UE besucht", 17 * mm), ("Zertifikat ja/nein", 20 * mm))
TRAILING_ANWESENHEIT = (("UE besucht", 16 * mm), ("Anteil", 15 * mm), ("Zertifikat am", 23 * mm))
# narrowest Termin column: room for a signature, or for "01.03.2025" in the header
MIN_TERMIN_VORLAGE = 22 * mm
MIN_TERMIN_ANWESENHEIT = 16 * mm
SIGNATURE_ROW = 11 * mm
BLANK_ROWS_MIN = 2  # blank rows at the end of the Vorlage for late registrations

CHECK, ABSENT = "✓", "–"


def build_teilnehmendenliste(
    data: KursDokData, path: Path | str, mit_anwesenheit: bool, created: date | None = None, logo: bytes = b""
) -> None:
    """Write the Teilnehmendenliste of ``data`` to ``path`` (atomically); OSError when it cannot be written."""
    created = created or date.today()
    info = DocumentInfo(
        title=f"{TITLE} – {data.titel}",
        traeger=data.traeger_name,
        subject=SUBTITLE,
        aktenzeichen=data.aktenzeichen,
        created=created,
        logo=logo,
    )
    story: list[Flowable] = [
        para(TITLE, "title"),
        para(
            f"{SUBTITLE} · {'mit festgestellter Anwesenheit' if mit_anwesenheit else 'Vorlage zum Unterschreiben'}",
            "subtitle",
        ),
        Spacer(1, 5 * mm),
        _kursdaten(data),
        Spacer(1, 4 * mm),
        KeepTogether([para("Termine", _style("h2")), Spacer(1, 1.5 * mm), _termine(data.termine)]),
        Spacer(1, 6 * mm),
        *_anwesenheit(data, mit_anwesenheit),
        Spacer(1, 6 * mm),
        _bestaetigung(data, mit_anwesenheit, created),
    ]
    build_pdf(path, story, info, pagesize=PAGE)


# --- styles --------------------------------------------------------------------------------------------------
def _style(name: str) -> ParagraphStyle:
    s = styles()
    extra = {
        "h2": ParagraphStyle("tl_h2", parent=s["bold"], fontSize=11, leading=15),
        "cell": ParagraphStyle("tl_cell", parent=s["body"], fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("tl_head", parent=s["bold"], fontSize=7.5, leading=9),
        "head_c": ParagraphStyle("tl_head_c", parent=s["bold"], fontSize=7.5, leading=9, alignment=TA_CENTER),
        "head_r": ParagraphStyle("tl_head_r", parent=s["bold"], fontSize=7.5, leading=9, alignment=TA_RIGHT),
        "termin": ParagraphStyle("tl_termin", parent=s["body"], fontSize=7, leading=8.5, alignment=TA_CENTER),
    }
    return extra.get(name) or s[name]


# --- the course ----------------------------------------------------------------------------------------------
def _kursdaten(d: KursDokData) -> Flowable:
    left = [
        ("Kurs", para(d.titel, "bold")),
        ("Art", para(d.art_label)),
        ("Träger", para(d.traeger_name or "–")),
        ("Veranstalter", para(d.veranstalter_text)),
        ("Ort", para(d.ort_text)),
    ]
    right = [
        ("Referent*innen", para(d.referenten or "–")),
        ("Zeitraum", para(d.zeitraum)),
        ("UE gesamt", para(f"{d.ue} UE an {_termine_text(len(d.termine))}")),
        ("Teilnehmende", para(f"{len(d.teilnehmende)} angemeldet, {d.geplant} geplant")),
        ("Förderjahr", para(str(d.foerderjahr) if d.foerderjahr else "–")),
    ]
    label_w, value_w = 28 * mm, WIDTH / 2 - 28 * mm
    rows = [[para(a, "label"), va, para(b, "label"), vb] for (a, va), (b, vb) in zip(left, right, strict=True)]
    return table(
        rows,
        [label_w, value_w - 4 * mm, label_w + 4 * mm, value_w],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )


def _termine_text(n: int) -> str:
    return "1 Termin" if n == 1 else f"{n} Terminen"


def _termine(termine: tuple[KursTerminInfo, ...]) -> Flowable:
    cell = _style("cell")
    header = [para(h, _style("head_r" if h == "UE" else "head")) for h in ("Nr.", "Datum", "Uhrzeit", "UE", "Thema")]
    rows = [[f"T{t.nr}", format_date(t.datum), t.zeit or "–", str(t.ue), para(t.thema or "–", cell)] for t in termine]
    if not rows:
        rows = [["", "", "", "", para("Noch keine Termine eingetragen.", cell)]]
    return table(
        [header, *rows],
        [12 * mm, 24 * mm, 28 * mm, 12 * mm, WIDTH - 76 * mm],
        [
            ("FONT", (0, 0), (-1, -1), FONT, 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, LIGHT),
            ("ALIGN", (3, 0), (3, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ],
        repeatRows=1,
    )


# --- the participants ----------------------------------------------------------------------------------------
def termin_chunks(count: int, mit_anwesenheit: bool) -> list[range]:
    """The Termin indexes of each table: as few tables as possible, the Termine spread evenly over them; the last
    table also holds the trailing columns (UE besucht, Zertifikat), so it has room for fewer Termine."""
    trailing = TRAILING_ANWESENHEIT if mit_anwesenheit else TRAILING_VORLAGE
    minimum = MIN_TERMIN_ANWESENHEIT if mit_anwesenheit else MIN_TERMIN_VORLAGE
    full = max(1, int((WIDTH - sum(PERSON_WIDTHS)) // minimum))
    last_cap = max(1, int((WIDTH - sum(PERSON_WIDTHS) - sum(w for _, w in trailing)) // minimum))
    if count <= last_cap:
        return [range(count)]
    tables = 2
    while (tables - 1) * full + last_cap < count:
        tables += 1
    last = min(last_cap, count // tables)
    sizes = [(count - last) // (tables - 1)] * (tables - 1)
    for i in range((count - last) % (tables - 1)):  # the rest one by one to the first tables
        sizes[i] += 1
    sizes.append(last)
    starts = [sum(sizes[:i]) for i in range(len(sizes))]
    return [range(start, start + size) for start, size in zip(starts, sizes, strict=True)]


def _anwesenheit(d: KursDokData, mit_anwesenheit: bool) -> list[Flowable]:
    chunks = termin_chunks(len(d.termine), mit_anwesenheit)
    if mit_anwesenheit:
        note = (
            f"{CHECK} anwesend, {ABSENT} nicht anwesend. Ein Zertifikat setzt die Anwesenheit bei mindestens "
            f"{d.mindestanwesenheit} % der {d.ue} UE voraus."
        )
    else:
        note = (
            "Bitte bei jedem Termin im Feld des Termins unterschreiben. Die Spalten „UE besucht“ und „Zertifikat“ "
            "füllt der Träger nach dem Kurs aus."
        )
    items: list[Flowable] = []
    for number, chunk in enumerate(chunks, start=1):
        heading = "Teilnehmende und Anwesenheit"
        if len(chunks) > 1:
            heading += f" – Termine T{chunk.start + 1} bis T{chunk.stop} (Teil {number} von {len(chunks)})"
        items += [
            CondPageBreak(45 * mm),
            para(heading, _style("h2")),
            para(note, "note"),
            Spacer(1, 1.5 * mm),
            _attendance_table(d, chunk, mit_anwesenheit, last=number == len(chunks)),
            Spacer(1, 4 * mm),
        ]
    return items


def _attendance_table(d: KursDokData, chunk: range, mit_anwesenheit: bool, last: bool) -> Flowable:
    trailing = (TRAILING_ANWESENHEIT if mit_anwesenheit else TRAILING_VORLAGE) if last else ()
    fixed = sum(PERSON_WIDTHS) + sum(w for _, w in trailing)
    termin_w = (WIDTH - fixed) / max(len(chunk), 1)
    widths = [*PERSON_WIDTHS, *([termin_w] * len(chunk)), *(w for _, w in trailing)]
    if not chunk:  # a course without Termine: one empty column so the list can still be printed
        widths = [*PERSON_WIDTHS, WIDTH - fixed, *(w for _, w in trailing)]

    head_style, termin_style = _style("head"), _style("termin")
    header: list[object] = [para(h, head_style) for h in ("Nr.", "Name", "Vorname", "Wohnort")]
    for index in chunk:
        t = d.termine[index]
        header.append(Paragraph(f"<b>T{t.nr}</b><br/>{format_date(t.datum)}<br/>{t.ue} UE", termin_style))
    if not chunk:
        header.append(para("Termine", head_style))
    header += [para(label, _style("head_c")) for label, _ in trailing]

    cell = _style("cell")
    rows: list[list[object]] = []
    for lfd, person in enumerate(d.teilnehmende, start=1):
        row: list[object] = [
            str(lfd),
            para(person.nachname, cell),
            para(person.vorname, cell),
            para(person.wohnort, cell),
        ]
        if mit_anwesenheit:
            row += [CHECK if person.anwesend[i] else ABSENT for i in chunk]
        else:
            row += [""] * len(chunk)
        row += [""] if not chunk else []
        row += _trailing_cells(person, mit_anwesenheit) if last else []
        rows.append(row)
    if not mit_anwesenheit:  # room for late registrations
        blank = max(d.geplant - len(d.teilnehmende), BLANK_ROWS_MIN)
        rows += [[str(len(d.teilnehmende) + i)] + [""] * (len(widths) - 1) for i in range(1, blank + 1)]

    first_termin = len(PERSON_WIDTHS)
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("ALIGN", (first_termin, 1), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if mit_anwesenheit:
        commands.append(("FONT", (first_termin, 1), (first_termin + len(chunk) - 1, -1), FONT_BOLD, 10))
    heights = None if mit_anwesenheit else [None] + [SIGNATURE_ROW] * len(rows)
    return table([header, *rows], widths, commands, repeatRows=1, rowHeights=heights)


def _trailing_cells(person: KursPerson, mit_anwesenheit: bool) -> list[object]:
    if not mit_anwesenheit:
        return ["", ""]
    if person.zertifikat_am is not None:
        zertifikat = format_date(person.zertifikat_am)
    else:
        zertifikat = "noch offen" if person.ausreichend else "nein"
    return [str(person.ue_besucht), percent_text(person.prozent), zertifikat]


# --- confirmation --------------------------------------------------------------------------------------------
def _bestaetigung(d: KursDokData, mit_anwesenheit: bool, created: date) -> Flowable:
    traeger = d.traeger_name or "Der Träger"
    if mit_anwesenheit:
        text = markup(
            "<b>{traeger}</b> bestätigt, dass die aufgeführten Personen an den angekreuzten Terminen anwesend waren "
            "und die Angaben zu den besuchten UE und den Zertifikaten zutreffen. Die unterschriebenen "
            "Anwesenheitslisten liegen beim Träger vor.",
            traeger=traeger,
        )
        datum: date | None = created
    else:
        text = markup(
            "<b>{traeger}</b> bestätigt nach dem Kurs mit Unterschrift die Richtigkeit der Angaben. "
            "Die Teilnehmenden bestätigen ihre Anwesenheit je Termin mit ihrer Unterschrift.",
            traeger=traeger,
        )
        datum = None  # signed after the course: left blank
    if d.vertreter:
        name, funktion = d.vertreter[0]
        signer = Signer(f"für {d.traeger_name}" if d.traeger_name else "für den Träger", name, funktion)
    else:
        signer = Signer("für den Träger")
    block = _signatures([signer, Signer("Kursleitung / Referent*in")], d.traeger_ort, datum)
    return KeepTogether(
        [para("Bestätigung des Trägers", _style("h2")), Spacer(1, 1.5 * mm), text, Spacer(1, 4 * mm), block]
    )


def _signatures(signers: list[Signer], ort: str, datum: date | None) -> Flowable:
    """The "Ort, Datum" line and the signature lines side by side: the landscape page has room for them, and the
    list stays a page shorter."""
    place = ", ".join(part for part in (ort, format_date(datum)) if part)
    captions = []
    for signer in signers:
        caption = [para(signer.label, "small")]
        caption += [para(text, "label") for text in (signer.name, signer.funktion) if text]
        captions.append(caption)
    gap = 10 * mm
    sign_w = (WIDTH - 62 * mm - gap * len(signers)) / len(signers)
    widths = [62 * mm]
    for _ in signers:
        widths += [gap, sign_w]
    top = [para(place)] + ["", ""] * len(signers)
    bottom: list[object] = [para("Ort, Datum", "small")]
    for caption in captions:
        bottom += ["", caption]
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, 1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LINEABOVE", (0, 1), (0, 1), 0.6, colors.black),
    ]
    commands += [("LINEABOVE", (col, 1), (col, 1), 0.6, colors.black) for col in range(2, len(widths), 2)]
    return table([top, bottom], widths, commands, rowHeights=[16 * mm, None])
