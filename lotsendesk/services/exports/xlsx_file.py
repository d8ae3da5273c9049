"""A table as an Excel workbook (openpyxl, write-only: rows stream to the file, so 100,000 rows need little memory).

Typed cells: real dates shown ``07.03.2025``, money as a number shown ``1.234,50 €``, hours as a decimal number
shown ``2,50`` (Excel and LibreOffice put in the separators of the user's locale); a bold header row that stays
in view (frozen) with an autofilter over the data, columns as wide as their content, and below a blank row a
bold total row of ``SUBTOTAL`` formulas – the sum of the rows the filter shows.

Text is always written as a text cell: openpyxl would otherwise store a text starting with ``=`` as a formula and
one like ``#N/A`` as an error value. Text starting with ``= + - @``, a tab or CR also gets Excel's quote prefix,
so it stays text even when someone edits the cell. Characters XML cannot hold (control characters pasted from
other programs) are dropped; a CR becomes the line feed Excel uses for a line break inside a cell.
"""

import contextlib
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from lotsendesk.domain.formatting import format_number
from lotsendesk.services.exports.csv_file import FORMULA_START
from lotsendesk.services.exports.files import write_atomically
from lotsendesk.services.exports.table import NUMERIC, Column, ExportCancelled, Kind, Progress, Table

# Excel and LibreOffice show the separators of the user's locale (1.234,50 € in German). Each format ends in
# "_-", the width of a minus sign: a right-aligned value keeps a little space before a text column beside it.
DATE_FORMAT = "DD.MM.YYYY_-"
MONEY_FORMAT = '#,##0.00\\ "€"_-'
HOURS_FORMAT = "#,##0.00_-"  # as the program shows hours: 1.234,50
INTEGER_FORMAT = "0_-"  # no grouping: a Förderjahr is 2025, not 2.025
NUMBER_FORMATS = {
    Kind.DATE: DATE_FORMAT,
    Kind.MONEY: MONEY_FORMAT,
    Kind.HOURS: HOURS_FORMAT,
    Kind.INTEGER: INTEGER_FORMAT,
}
FONT = "Calibri"  # Excel's default; LibreOffice substitutes the metric-compatible Carlito
PROGRESS_EVERY = 1000
LINE_HEIGHT = 15  # points: one line of 11-point Calibri, Excel's default row height
_MAX_WIDTH = 60
_SIXTY = Decimal(60)
RIGHT_ALIGNED = NUMERIC | {Kind.DATE}  # how Excel aligns them by default
_BAD_SHEET_CHARS = str.maketrans({ch: "_" for ch in "[]:*?/\\"})


def sheet_title(name: str) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of ``[]:*?/\\`` (``Lots*innen`` → ``Lots_innen``)."""
    return (name.translate(_BAD_SHEET_CHARS).strip("'") or "Tabelle")[:31]


def clean_text(value: str) -> str:
    """The text as a cell can hold it: no control characters XML forbids, CR/CRLF as the line feed Excel uses."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def hours_value(minutes: int) -> Decimal:
    """Exact hours (20 minutes = 0.3333…): a SUM in Excel then matches the total of the minutes."""
    return Decimal(minutes) / _SIXTY


class _Cells:
    """One reusable, already styled cell per column and purpose: write-only rows are written out as soon as they
    are appended, so a cell can take the next row's value (creating 700,000 styled cells would be slow). Plain
    text needs no cell at all – unless ``top``: in a table with wrapped text every cell is aligned to the top, so
    a row reads as one line beside a text of two (this costs about half as much time again)."""

    def __init__(
        self, ws: WriteOnlyWorksheet, columns: Sequence[Column], bold: bool = False, top: bool = False
    ) -> None:
        font = Font(name=FONT, size=11, bold=bold)
        self.styled_text = bold or top  # every text needs its own cell (bold, or aligned to the top)
        self.kinds = [c.kind for c in columns]
        self.typed: list[WriteOnlyCell] = []
        self.literal: list[WriteOnlyCell] = []  # text a spreadsheet would run as a formula: quote prefix
        self.wrapped: list[WriteOnlyCell] = []  # text with line breaks or longer than a column is wide
        self.plain: list[WriteOnlyCell] = []  # text that must be marked as text ("#N/A") or is bold

        def cell(number_format: str | None = None, quote: bool = False, wrap: bool = False) -> WriteOnlyCell:
            made = WriteOnlyCell(ws)
            made.font = font
            if number_format:
                made.number_format = number_format
            if quote:
                made.quotePrefix = True
            if wrap or top:
                made.alignment = Alignment(wrap_text=wrap or None, vertical="top" if top else None)
            return made

        for column in columns:
            self.typed.append(cell(NUMBER_FORMATS.get(column.kind)))
            self.literal.append(cell(quote=True, wrap=True))  # wrapping changes nothing for a text of one line
            self.wrapped.append(cell(wrap=True))
            self.plain.append(cell())

    def row(self, values: Sequence[object]) -> list[object]:
        out: list[object] = []
        for index, (kind, value) in enumerate(zip(self.kinds, values, strict=True)):
            if value is None or value == "":
                out.append(None)
            elif kind is Kind.TEXT:
                out.append(self.text(index, str(value)))
            else:
                cell = self.typed[index]
                cell.value = hours_value(value) if kind is Kind.HOURS else value  # type: ignore[arg-type]
                out.append(cell)
        return out

    def text(self, index: int, value: str) -> object:
        literal = value.startswith(FORMULA_START)  # before a leading CR becomes a line feed
        value = clean_text(value)
        if literal:
            cell = self.literal[index]
        elif wraps(value):
            cell = self.wrapped[index]
        elif self.styled_text or value in ERROR_CODES:
            cell = self.plain[index]
        else:
            return value  # a plain str is stored as text by openpyxl (the fast path)
        cell.value = value
        cell.data_type = "s"  # never a formula ("=…") or an error value ("#N/A")
        return cell


def wraps(text: str) -> bool:
    """Text shown on several lines: it has line breaks or is longer than a column may be wide."""
    return "\n" in text or "\r" in text or len(text) > _MAX_WIDTH


def has_wrapped_text(table: Table) -> bool:
    columns = [index for index, column in enumerate(table.columns) if column.kind is Kind.TEXT]
    return any(isinstance(row[i], str) and wraps(row[i]) for row in table.rows for i in columns)  # type: ignore[arg-type]


def column_widths(table: Table) -> list[float]:
    """Each column as wide as its longest entry (in characters, a little extra for the bold header)."""
    widths = []
    totals = table.totals() if table.has_total else [None] * len(table.columns)
    for index, column in enumerate(table.columns):
        longest = len(column.title) * 1.1 + 2  # bold, and room for the autofilter's arrow
        values = [row[index] for row in table.rows if row[index] is not None]
        if totals[index] is not None:
            values.append(totals[index])
        if column.kind is Kind.TEXT:
            for value in values:
                text = str(value)
                length = max(map(len, text.split("\n"))) if "\n" in text else len(text)
                if length > longest:
                    longest = length
        elif column.kind is Kind.DATE:
            longest = max(longest, 10) if values else longest
        elif column.kind is Kind.MONEY and values:
            largest = max(abs(v) for v in values)  # type: ignore[arg-type]
            longest = max(longest, len(format_number(largest)) + 3)  # "-" and " €"
        elif column.kind is Kind.HOURS and values:
            largest = max(abs(v) for v in values)  # type: ignore[arg-type]
            longest = max(longest, len(format_number(Decimal(largest) / _SIXTY)) + 1)
        elif values:
            longest = max(longest, max(len(str(v)) for v in values))
        if index == 0 and table.has_total:
            longest = max(longest, len(table.total_label or "") * 1.1)
        widths.append(min(longest + 2, _MAX_WIDTH))
    return widths


def write_xlsx(table: Table, path: Path, progress: Progress | None = None) -> None:
    """Write ``table`` to ``path`` (replacing it, atomically). ServiceError (German) when it cannot be written;
    ExportCancelled when ``progress`` returned False (then nothing changed)."""

    def write(handle: BinaryIO) -> None:
        workbook = Workbook(write_only=True)
        workbook.properties.creator = "LotsenDesk"
        workbook.properties.title = table.name
        ws = workbook.create_sheet(sheet_title(table.name))
        try:
            _fill(ws, table, progress)
        except BaseException:
            _discard(ws)
            raise
        workbook.save(handle)

    write_atomically(path, write)


def _fill(ws: WriteOnlyWorksheet, table: Table, progress: Progress | None) -> None:
    count = len(table.columns)
    widths = column_widths(table)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = round(width, 1)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(count)}{len(table.rows) + 1}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape" if count > 6 else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    ws.append(_header(ws, table))
    top = has_wrapped_text(table)
    cells = _Cells(ws, table.columns, top=top)
    text_columns = [i for i, column in enumerate(table.columns) if column.kind is Kind.TEXT]
    for number, row in enumerate(table.rows, start=1):
        if top and (lines := _lines(row, text_columns, widths)) > 1:
            ws.row_dimensions[number + 1].height = lines * LINE_HEIGHT  # neither program grows the row by itself
        ws.append(cells.row(row))
        if progress is not None and number % PROGRESS_EVERY == 0 and not progress(number):
            raise ExportCancelled
    if table.has_total:
        ws.append([])  # a blank row keeps the total out of the autofilter's range when Excel extends it
        ws.append(_total_row(ws, table, top))


def _lines(row: Sequence[object], text_columns: list[int], widths: list[float]) -> int:
    """How many lines the row's wrapped texts need at the columns' widths (a little generous: letters are
    narrower than the digit Excel measures a width in)."""
    most = 1
    for index in text_columns:
        value = row[index]
        if isinstance(value, str) and wraps(value):
            per_line = max(1, int(widths[index]) - 2)
            lines = sum(max(1, -(-len(line) // per_line)) for line in clean_text(value).split("\n"))
            most = max(most, lines)
    return most


def _total_row(ws: WriteOnlyWorksheet, table: Table, top: bool) -> list[object]:
    """``SUBTOTAL(109, …)`` under each total column: the sum of the rows the autofilter shows (all of them until
    the user filters). Excel and LibreOffice compute it on opening; a reader that takes stored values only –
    LotsenDesk's importer – finds no value there. For a list the importer reads, the label is a formula too
    (``="Summe"``), so that reader sees an empty row instead of one more record."""
    bold = _Cells(ws, table.columns, bold=True, top=top)
    last = len(table.rows) + 1
    row: list[object] = []
    for index, (column, total) in enumerate(zip(table.columns, table.totals(), strict=True)):
        if total is None:
            row.append(None)
            continue
        cell = bold.typed[index]
        if table.rows:
            letter = get_column_letter(index + 1)
            cell.value = f"=SUBTOTAL(109,{letter}2:{letter}{last})"
        else:
            cell.value = hours_value(total) if column.kind is Kind.HOURS else total
        row.append(cell)
    label = table.total_label or ""
    if table.importable:
        cell = bold.plain[0]
        cell.value = '="' + label.replace('"', '""') + '"'
        row[0] = cell
    else:
        row[0] = bold.text(0, label)
    return row


def _discard(ws: WriteOnlyWorksheet) -> None:
    """Close a half-written sheet and delete the temporary file openpyxl streams its rows into (a cancel must
    leave nothing behind; openpyxl itself would only remove it at exit)."""
    with contextlib.suppress(Exception):
        if not ws.closed:
            ws.close()
        if ws._writer is not None:  # openpyxl has no public way to drop an unsaved write-only sheet
            ws._writer.cleanup()


def _header(ws: WriteOnlyWorksheet, table: Table) -> list[WriteOnlyCell]:
    bold = Font(name=FONT, size=11, bold=True)
    line = Border(bottom=Side(style="thin"))
    cells = []
    for column in table.columns:
        cell = WriteOnlyCell(ws, value=column.title)
        cell.data_type = "s"
        cell.font = bold
        cell.border = line
        if column.kind in RIGHT_ALIGNED:  # indented from the right like the values ("_-"): apart from the next title
            cell.alignment = Alignment(horizontal="right", indent=1)
        else:
            cell.alignment = Alignment(horizontal="left")
        cells.append(cell)
    return cells
