"""What every LotsenDesk document shares: an A4 platypus document with the Träger's header, the footer
"Seite x von y" and "erstellt am", PDF metadata, DejaVu styles, escaping, tables and signature blocks.

A document module builds a list of flowables with ``para``, ``data_table``, ``signature_block`` … and hands
it to ``build_pdf``, which writes the file atomically (temp file + ``os.replace``): a half-written PDF never
replaces a good one.

Pitfalls handled here (architecture.md): every user text is escaped before it becomes a Paragraph (``para``);
the canvas starts with DejaVu (``initialFontName``), so no non-embedded Helvetica remains; long tables are
split into chunks of ``CHUNK_ROWS`` rows, each repeating the header row.
"""

import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TypeVar
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from lotsendesk.domain.formatting import format_date
from lotsendesk.paths import resources_dir

T = TypeVar("T")

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PROJECT_LINE = "WIR-Integrationslots*innen"
CHUNK_ROWS = 500  # one reportlab Table of 10,000 rows is superlinear to split; 500-row chunks stay fast

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 32 * mm  # room for the header
MARGIN_BOTTOM = 22 * mm  # room for the footer
LOGO_HEIGHT = 12 * mm  # the Träger's logo at the top right of every page, aspect kept …
LOGO_MAX_WIDTH = 45 * mm  # … and a very wide one shrunk to this width
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#EEEEEE")
RULE = colors.HexColor("#999999")


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (+ Bold) with reportlab, once per process; ``<b>`` in a Paragraph gives the Bold."""
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every document, all in DejaVu: body, small, label, bold, title, subtitle,
    note, right."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5)
    return {
        "body": body,
        "bold": ParagraphStyle("bold", parent=body, fontName=FONT_BOLD),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "label": ParagraphStyle("label", parent=body, fontSize=9, leading=13.5, textColor=GREY),
        "note": ParagraphStyle("note", parent=body, fontSize=8.5, leading=11.5),
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=11, leading=15, textColor=GREY),
    }


def para(text: str, style: str | ParagraphStyle = "body") -> Paragraph:
    """A Paragraph of *user* text: escaped (``<``, ``>``, ``&`` come out literally), line breaks kept."""
    safe = escape(text or "").replace("\r\n", "\n").replace("\n", "<br/>")
    return Paragraph(safe, styles()[style] if isinstance(style, str) else style)


# --- the document --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DocumentInfo:
    """What the header, the footer and the PDF metadata show."""

    title: str  # PDF title, e.g. "Quittungen Auszahlungslauf 3"
    traeger: str = ""  # the Träger's name: header and PDF author; may be empty
    subject: str = ""  # PDF subject
    aktenzeichen: str = ""  # shown in the header when set
    created: date = field(default_factory=date.today)
    watermark: str = ""  # e.g. "ENTWURF": drawn light and diagonally across every page when set
    logo: bytes = field(default=b"", repr=False)  # the Träger's logo (PNG), top right of every page when set


def _canvas_class(info: DocumentInfo) -> type[Canvas]:
    """A canvas that keeps every page until ``save`` and then draws header and footer, knowing the page count."""
    logo = _logo_reader(info.logo)

    class DecoratedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _decorate(self, info, number, total, logo)
                super().showPage()
            super().save()

    return DecoratedCanvas


def _decorate(canvas: Canvas, info: DocumentInfo, page: int, total: int, logo: ImageReader | None = None) -> None:
    canvas.saveState()
    page_width, page_height = canvas._pagesize  # A4 portrait, or landscape for wide lists
    content_width = page_width - MARGIN_LEFT - MARGIN_RIGHT
    left, right = MARGIN_LEFT, page_width - MARGIN_RIGHT
    top = page_height - 14 * mm
    project_y = top - 5 * mm if info.traeger or logo is not None else top
    rule_y = project_y - 3 * mm
    # With a logo the right end of the header is the logo's (a 12 mm band above the rule): the name keeps clear
    # of it and the Aktenzeichen moves to the project line, right-aligned before the logo.
    text_right = right
    if logo is not None:
        logo_width, logo_height = _logo_size(logo)
        band_bottom = rule_y + 1.5 * mm
        y = band_bottom + (LOGO_HEIGHT - logo_height) / 2
        canvas.drawImage(logo, right - logo_width, y, logo_width, logo_height, mask="auto")
        text_right = right - logo_width - 4 * mm
    if info.traeger:
        canvas.setFont(FONT_BOLD, 11)
        name_width = content_width * 0.62 if logo is None else text_right - left
        canvas.drawString(left, top, _fit(info.traeger, FONT_BOLD, 11, name_width))
    canvas.setFont(FONT, 9)
    canvas.setFillColor(GREY)
    canvas.drawString(left, project_y, PROJECT_LINE)
    if info.aktenzeichen:
        if logo is None:
            canvas.drawRightString(right, top, _fit(f"Az. {info.aktenzeichen}", FONT, 9, content_width * 0.36))
        else:
            room = text_right - left - pdfmetrics.stringWidth(PROJECT_LINE, FONT, 9) - 6 * mm
            canvas.drawRightString(text_right, project_y, _fit(f"Az. {info.aktenzeichen}", FONT, 9, room))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, rule_y, right, rule_y)

    bottom = 12 * mm
    canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
    canvas.setFont(FONT, 8)
    canvas.drawString(left, bottom, f"erstellt am {format_date(info.created)} mit LotsenDesk")
    canvas.drawRightString(right, bottom, f"Seite {page} von {total}")
    canvas.restoreState()
    if info.watermark:
        _watermark(canvas, info.watermark)


def _logo_reader(png: bytes) -> ImageReader | None:
    """The logo ready to draw; None when there is none or it cannot be read (a document is never refused
    for its logo)."""
    if not png:
        return None
    try:
        reader = ImageReader(io.BytesIO(png))
        width, height = reader.getSize()
    except Exception:  # PIL raises many kinds of errors for a damaged picture
        return None
    return reader if width > 0 and height > 0 else None


def _logo_size(logo: ImageReader) -> tuple[float, float]:
    """Width and height on the page: LOGO_HEIGHT high, aspect kept, at most LOGO_MAX_WIDTH wide."""
    width, height = logo.getSize()
    scale = min(LOGO_HEIGHT / height, LOGO_MAX_WIDTH / width)
    return width * scale, height * scale


WATERMARK_COLOR = colors.HexColor("#B0B0B0")


def _watermark(canvas: Canvas, text: str) -> None:
    """``text`` large, light and diagonal across the page, drawn over the content but translucent."""
    canvas.saveState()
    canvas.setFillColor(WATERMARK_COLOR)
    canvas.setFillAlpha(0.3)
    page_width, page_height = canvas._pagesize
    size = 96.0
    while size > 24 and pdfmetrics.stringWidth(text, FONT_BOLD, size) > max(page_width, page_height) * 0.85:
        size -= 4
    canvas.setFont(FONT_BOLD, size)
    canvas.translate(page_width / 2, page_height / 2)
    canvas.rotate(55)
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with "…" until it fits ``width`` (drawString does not wrap)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def build_pdf(path: Path | str, story: list[Flowable], info: DocumentInfo, pagesize: tuple[float, float] = A4) -> None:
    """Write ``story`` as an A4 PDF to ``path``, atomically; raises OSError when the file cannot be written.
    ``pagesize=landscape(A4)`` for lists too wide for portrait (the Teilnehmendenliste)."""
    register_fonts()
    target = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        # a frame without the default 6 pt padding: content lines up with the header and CONTENT_WIDTH is exact
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT,
            pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc = BaseDocTemplate(
            temp_name,
            pagesize=pagesize,
            pageTemplates=[PageTemplate("a4", [frame])],
            title=info.title,
            author=info.traeger,
            subject=info.subject,
            creator="LotsenDesk",
            lang="de-DE",
            initialFontName=FONT,
            initialFontSize=10,
        )
        doc.build(story, canvasmaker=_canvas_class(info))
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


# --- building blocks -----------------------------------------------------------------------------------------
def one_per_page(items: Iterable[T], page: Callable[[T], list[Flowable]]) -> list[Flowable]:
    """The story of a document with one page (or more) per item: each item's ``page`` starts on a new page."""
    story: list[Flowable] = []
    for index, item in enumerate(items):
        if index:
            story.append(PageBreak())
        story += page(item)
    return story


def table(rows: Sequence[Sequence[object]], col_widths: Sequence[float] | None = None, commands=(), **kwargs) -> Table:
    """A reportlab Table in DejaVu. Use this, never ``Table`` directly: a Table sets its cell font (Helvetica by
    default) even when every cell is a Paragraph, and that leaves a non-embedded Helvetica in the PDF."""
    register_fonts()
    kwargs.setdefault("hAlign", "LEFT")
    result = Table([list(row) for row in rows], colWidths=col_widths, **kwargs)
    result.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10), *commands]))
    return result


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    col_widths: Sequence[float] | None = None,
    numeric: Sequence[int] = (),
    chunk_rows: int = CHUNK_ROWS,
) -> list[Flowable]:
    """A list table: bold header row (repeated on every page), ``numeric`` columns right-aligned, split into
    Tables of ``chunk_rows`` rows. Plain string cells are not parsed as markup (safe) but do not wrap; pass
    ``para(…)`` for a cell that must wrap."""
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("ALIGN", (col, 0), (col, -1), "RIGHT") for col in numeric]
    tables: list[Flowable] = []
    for start in range(0, max(len(rows), 1), chunk_rows):
        part = [list(header), *[list(row) for row in rows[start : start + chunk_rows]]]
        tables.append(table(part, col_widths, commands, repeatRows=1))
    return tables


@dataclass(frozen=True)
class Signer:
    """One signature line: ``label`` under the line ("Betrag erhalten – Empfänger*in"), then the printed name
    and the function, when known."""

    label: str
    name: str = ""
    funktion: str = ""


def signature_block(signers: Sequence[Signer], ort: str = "", datum: date | None = None) -> Flowable:
    """Up to two signature lines, each with its own "Ort, Datum" line on the left (prefilled when given);
    kept together on one page."""
    if not 1 <= len(signers) <= 2:
        raise ValueError("signature_block takes one or two signers")
    place = ", ".join(part for part in (ort, format_date(datum)) if part)
    rows: list[list[object]] = []
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    for signer in signers:
        top = len(rows)
        caption = [para(signer.label, "small")]
        caption += [para(text, "label") for text in (signer.name, signer.funktion) if text]
        rows.append([para(place), "", ""])
        rows.append([para("Ort, Datum", "small"), "", caption])
        commands += [
            ("LINEABOVE", (0, top + 1), (0, top + 1), 0.6, colors.black),
            ("LINEABOVE", (2, top + 1), (2, top + 1), 0.6, colors.black),
            ("VALIGN", (0, top + 1), (-1, top + 1), "TOP"),
            ("BOTTOMPADDING", (0, top + 1), (-1, top + 1), 6),
        ]
    heights = [16 * mm if i % 2 == 0 else None for i in range(len(rows))]
    widths = [62 * mm, 12 * mm, CONTENT_WIDTH - 74 * mm]
    return KeepTogether([table(rows, widths, commands, rowHeights=heights)])


# --- form and letter blocks (Stundennachweis, Einsatzbestätigung, Freibetragserklärung) ----------------------
def fit(text: str, width: float, size: float = 9, font: str = FONT) -> str:
    """``text`` shortened with "…" to fit ``width`` – for plain table cells, which do not wrap (a Paragraph per
    cell would; 10,000 of them are slow)."""
    return _fit(text, font, size, width)


def label_table(rows: Sequence[tuple[str, str | Flowable]], label_width: float = 48 * mm) -> Flowable:
    """The label/value block under a document's title (Name, Lots*innen-Nr., Zeitraum …): grey labels on the
    left, values on the right, a thin rule under each row. A ``str`` value is user text and escaped (``para``)."""
    return table(
        [[para(label, "label"), para(value) if isinstance(value, str) else value] for label, value in rows],
        [label_width, CONTENT_WIDTH - label_width],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )


def note_box(text: str, style: str = "note") -> Flowable:
    """A (user or legal) text in a thin frame across the page, escaped."""
    return table(
        [[para(text, style)]],
        [CONTENT_WIDTH],
        [
            ("BOX", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ],
    )


def sender_line(name: str, anschrift: str) -> Flowable:
    """The Träger's name and address on one small grey line ("Verein e.V. · Hauptstr. 1 · 63065 Offenbach"),
    for letters and certificates; an empty Paragraph when neither is known."""
    parts = [name.strip(), *(line.strip() for line in (anschrift or "").splitlines())]
    return para(" · ".join(part for part in parts if part), "small")


class CheckBox(Flowable):
    """A square to tick by hand; ``checked`` draws a cross into it (a form pre-filled from stored data)."""

    def __init__(self, checked: bool = False, size: float = 3.6 * mm) -> None:
        super().__init__()
        self.checked = checked
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        canvas.setLineWidth(0.7)
        canvas.setStrokeColor(colors.black)
        canvas.rect(0, 0, size, size, stroke=1, fill=0)
        if self.checked:
            inset = size * 0.2
            canvas.setLineWidth(1.1)
            canvas.line(inset, inset, size - inset, size - inset)
            canvas.line(inset, size - inset, size - inset, inset)


def checkbox_line(checked: bool, text: str | Flowable, indent: float = 0) -> Flowable:
    """A box and its (escaped) text beside it, the text wrapping under itself; ``indent`` moves both right."""
    box_col = 8 * mm
    return table(
        [[CheckBox(checked), para(text) if isinstance(text, str) else text]],
        [indent + box_col, CONTENT_WIDTH - indent - box_col],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, 0), indent),
            ("LEFTPADDING", (1, 0), (1, 0), 0),
            ("TOPPADDING", (0, 0), (0, 0), 4.5),
            ("TOPPADDING", (1, 0), (1, 0), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )


def markup(template: str, style: str | ParagraphStyle = "body", **values: object) -> Paragraph:
    """A Paragraph from a *trusted* markup ``template`` (``<b>…</b>``) whose ``{placeholders}`` are filled with
    escaped user values: ``markup("Wir bestätigen, dass <b>{name}</b> …", name=name)``."""
    safe = {key: escape(str(value)) for key, value in values.items()}
    return Paragraph(template.format(**safe), styles()[style] if isinstance(style, str) else style)


def total_box(label: str, value: str, label_share: float = 0.5) -> Flowable:
    """The grey framed line with the document's main figure: bold label left, bigger bold value right."""
    s = styles()
    return table(
        [
            [
                para(label, s["bold"].clone("total_label", fontSize=12, leading=16)),
                para(value, s["bold"].clone("total_value", fontSize=14, leading=18, alignment=TA_RIGHT)),
            ]
        ],
        [CONTENT_WIDTH * label_share, CONTENT_WIDTH * (1 - label_share)],
        [
            ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ],
    )
