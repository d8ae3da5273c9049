"""The building blocks both Verwendungsnachweise share – the one of a Förderjahr (``verwendungsnachweis``) and the
one of a course (``kurs_verwendungsnachweis``): styles, section headings, figure tables, the Deckblatt's frame,
the result box and the Bestätigungen with the signature block.

One place for them keeps the two documents looking alike; what differs (rows, wording, signers) stays with
each document and is passed in.
"""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from lotsendesk.domain.formatting import format_money
from lotsendesk.reports.base import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    GREY,
    LIGHT,
    RULE,
    DocumentInfo,
    Signer,
    label_table,
    para,
    signature_block,
    styles,
    table,
)

BEHOERDE = "Regierungspräsidium Darmstadt"
ENTWURF = "ENTWURF"
ENTWURF_HINWEIS = "Entwurf – nicht zur Vorlage bestimmt. Die endgültige Fassung ohne den Vermerk „ENTWURF“ erstellen."
LABEL_WIDTH = 52 * mm  # the label column of the Deckblatt's tables


def document_info(
    title: str, subject: str, traeger: str, aktenzeichen: str, entwurf: bool, created: date | None, logo: bytes
) -> DocumentInfo:
    """Header and PDF metadata of a Verwendungsnachweis; a draft has "(ENTWURF)" in its title and the watermark."""
    return DocumentInfo(
        title=title + (f" ({ENTWURF})" if entwurf else ""),
        traeger=traeger,
        subject=subject,
        aktenzeichen=aktenzeichen,
        created=created or date.today(),
        watermark=ENTWURF if entwurf else "",
        logo=logo,
    )


def style(name: str) -> ParagraphStyle:
    """The Verwendungsnachweis' own paragraph styles, else the common one of ``base.styles``."""
    s = styles()
    extra = {
        "h1": ParagraphStyle("vn_h1", parent=s["bold"], fontSize=14, leading=18, spaceAfter=2),
        "h2": ParagraphStyle("vn_h2", parent=s["bold"], fontSize=11, leading=15),
        "cell": ParagraphStyle("vn_cell", parent=s["body"], fontSize=9, leading=11),
        "cell_bold": ParagraphStyle("vn_cell_bold", parent=s["bold"], fontSize=9, leading=11),
        "grund": ParagraphStyle("vn_grund", parent=s["body"], fontSize=8, leading=10),
        "cell_small": ParagraphStyle("vn_cell_small", parent=s["body"], fontSize=8, leading=10, textColor=GREY),
        "head": ParagraphStyle("vn_head", parent=s["bold"], fontSize=7.5, leading=9.5),
        "head_right": ParagraphStyle("vn_head_r", parent=s["bold"], fontSize=7.5, leading=9.5, alignment=TA_RIGHT),
        "result": ParagraphStyle("vn_result", parent=s["bold"], fontSize=11.5, leading=15),
        "result_value": ParagraphStyle("vn_result_v", parent=s["bold"], fontSize=13, leading=16, alignment=TA_RIGHT),
        "missing": ParagraphStyle("vn_missing", parent=s["note"], textColor=colors.HexColor("#A04000")),
    }
    return extra[name] if name in extra else s[name]


def heading(number: str, text: str, sub: str = "") -> list[Flowable]:
    """A section's heading ``1 Zahlenmäßiger Nachweis`` with an optional grey line below."""
    items: list[Flowable] = [para(f"{number} {text}".strip(), style("h1"))]
    if sub:
        items.append(para(sub, "subtitle"))
    items.append(Spacer(1, 4 * mm))
    return items


def box(text: str | Flowable, style_name: str = "note", background=None) -> Flowable:
    """A framed full-width box around a text or flowable."""
    commands = [
        ("BOX", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
    ]
    if background is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), background))
    return table([[para(text, style_name) if isinstance(text, str) else text]], [CONTENT_WIDTH], commands)


def money_table(
    header: list[str], rows: list[list[object]], widths: list[float], total_rows: int = 1, numeric_from: int = 1
) -> Flowable:
    """A small figures table: bold header, numbers right-aligned, the last ``total_rows`` rows bold with a rule."""
    head = [para(h, style("head") if i < numeric_from else style("head_right")) for i, h in enumerate(header)]
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, LIGHT),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if total_rows:
        commands += [
            ("FONT", (0, -total_rows), (-1, -1), FONT_BOLD, 9),
            ("LINEABOVE", (0, -total_rows), (-1, -total_rows), 0.8, colors.black),
        ]
    return table([head, *rows], widths, commands, repeatRows=1)


def sum_line(label: str, value: str) -> Flowable:
    """The bold total under a Belegliste: label left, amount right, a rule above."""
    return table(
        [[label, value]],
        [CONTENT_WIDTH - 22 * mm, 22 * mm],
        [
            ("FONT", (0, 0), (-1, -1), FONT_BOLD, 9),
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
        ],
    )


def text_paragraphs(text: str) -> list[Flowable]:
    """A free text (Sachbericht) as paragraphs: a blank line starts a new one; empty text, no items."""
    items: list[Flowable] = []
    parts = [part.strip() for part in text.split("\n\n") if part.strip()]
    for index, part in enumerate(parts):
        items += [Spacer(1, 2 * mm)] if index else []
        items.append(para(part))
    return items


# --- Deckblatt -----------------------------------------------------------------------------------------------
def traeger_rows(name: str, anschrift: str, rechtsform: str = "") -> list[tuple[str, str | Flowable]]:
    """The Zuwendungsempfänger's rows of the Deckblatt (Rechtsform only when known)."""
    rows: list[tuple[str, str | Flowable]] = [("Zuwendungsempfänger", para(name or "–", "bold"))]
    if rechtsform:
        rows.append(("Rechtsform", rechtsform))
    rows.append(("Anschrift", anschrift.strip() or "–"))
    return rows


def deadline_box(text: str) -> Flowable:
    """The grey box with the Vorlage deadline (``text`` may hold ``<b>`` markup)."""
    return box(Paragraph(text, styles()["body"]), background=LIGHT)


def contents_table(contents: Sequence[tuple[str, str, str]]) -> Flowable:
    """The Deckblatt's "Inhalt": number, section, what it holds."""
    return table(
        [[para(nr), para(title, "bold"), para(desc, "label")] for nr, title, desc in contents],
        [8 * mm, 68 * mm, CONTENT_WIDTH - 76 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
        ],
    )


def deckblatt(
    title: str,
    subtitle: str,
    entwurf: bool,
    empfaenger: list[tuple[str, str | Flowable]],
    section: str,
    section_rows: list[tuple[str, str | Flowable]],
    deadline: str,
    contents: Sequence[tuple[str, str, str]],
) -> list[Flowable]:
    """The cover page: title, subtitle, the draft note, Zuwendungsempfänger, the ``section`` (Bescheid or
    Maßnahme) as label tables, the deadline box and the contents."""
    items: list[Flowable] = [
        para(title, styles()["title"].clone("vn_cover", fontSize=20, leading=25)),
        para(subtitle, "subtitle"),
    ]
    if entwurf:
        items.append(para(ENTWURF_HINWEIS, style("missing")))
    items += [
        Spacer(1, 8 * mm),
        label_table(empfaenger, LABEL_WIDTH),
        Spacer(1, 6 * mm),
        para(section, style("h2")),
        Spacer(1, 1.5 * mm),
        label_table(section_rows, LABEL_WIDTH),
        Spacer(1, 6 * mm),
        deadline_box(deadline),
        Spacer(1, 8 * mm),
        para("Inhalt", style("h2")),
        Spacer(1, 1.5 * mm),
        contents_table(contents),
    ]
    return items


# --- Ergebnis ------------------------------------------------------------------------------------------------
def result_section(lines: Sequence[tuple[str, Decimal]], wording: str, ergebnis: Decimal) -> list[Flowable]:
    """``Ergebnis`` and its box: the ``lines`` (text, amount), then ``wording`` with the amount of ``ergebnis``
    (without its sign: the wording says which way it goes)."""
    rows = [[para(text), para(format_money(amount), "right")] for text, amount in lines]
    rows.append([para(wording, style("result")), para(format_money(abs(ergebnis)), style("result_value"))])
    result = table(
        rows,
        [CONTENT_WIDTH - 45 * mm, 45 * mm],
        [
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("BACKGROUND", (0, -1), (-1, -1), LIGHT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ],
    )
    return [para("Ergebnis", style("h2")), Spacer(1, 2 * mm), KeepTogether([result])]


# --- Bestätigungen -------------------------------------------------------------------------------------------
def bestaetigungen(
    intro: Flowable, nebenbestimmungen: str, signers: list[Signer], ort: str, created: date
) -> list[Flowable]:
    """``5 Bestätigungen und Unterschrift``: ``intro`` ("Der Zuwendungsempfänger … bestätigt, dass"), the four
    confirmations and the signature block."""
    nb = nebenbestimmungen or "ANBest-P"
    points = [
        f"die Allgemeinen Nebenbestimmungen ({nb}) und die Auflagen des Zuwendungsbescheids beachtet wurden;",
        "die Ausgaben notwendig waren und wirtschaftlich und sparsam verfahren worden ist;",
        "die Angaben in diesem Verwendungsnachweis mit den Büchern und Belegen übereinstimmen;",
        "die Belege vollständig vorliegen und nach den Nebenbestimmungen und den steuerrechtlichen Vorschriften "
        "aufbewahrt werden.",
    ]
    bullets = table(
        [["–", para(text)] for text in points],
        [6 * mm, CONTENT_WIDTH - 6 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
    )
    return [
        para("5 Bestätigungen und Unterschrift", style("h1")),
        Spacer(1, 2 * mm),
        intro,
        Spacer(1, 1.5 * mm),
        bullets,
        Spacer(1, 10 * mm),
        signature_block(signers, ort, created),
    ]
