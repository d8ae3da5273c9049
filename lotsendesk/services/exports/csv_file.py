"""A table as a CSV file that German Excel opens with a double click, without the import wizard.

German Excel dialect: ``;`` between cells, decimal comma without thousands separator (``1380,00``, so Excel reads
a number), no € sign in cells, dates ``07.03.2025``, UTF-8 with BOM (or Excel guesses cp1252 and mangles ş, ı,
Cyrillic), CRLF line ends. A text cell that starts with ``= + - @``, a tab or CR gets a leading apostrophe, so a
name like ``=HYPERLINK(…)`` stays text instead of becoming a formula (CSV/formula injection).
"""

import csv
import io
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import BinaryIO

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.durations import minutes_to_hours
from lotsendesk.services.exports.files import write_atomically
from lotsendesk.services.exports.table import ExportCancelled, Kind, Progress, Table

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PROGRESS_EVERY = 1000


def text_cell(value: str) -> str:
    """A text cell that a spreadsheet never runs as a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


def number_cell(value: Decimal) -> str:
    """``1380,00``: two places, decimal comma, no grouping – what German Excel reads as a number."""
    return f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):.2f}".replace(".", ",")


def hours_cell(minutes: int) -> str:
    return number_cell(minutes_to_hours(minutes))


def _cell(kind: Kind, value: object) -> str:
    if value is None:
        return ""
    if kind is Kind.TEXT:
        return text_cell(str(value))
    if kind is Kind.DATE:
        return format_date(value)  # type: ignore[arg-type]
    if kind is Kind.MONEY:
        return number_cell(value)  # type: ignore[arg-type]
    if kind is Kind.HOURS:
        return hours_cell(value)  # type: ignore[arg-type]
    return str(value)


def csv_rows(table: Table, progress: Progress | None = None) -> Iterator[list[str]]:
    """The header, the rows as German Excel cells and (unless the table is importable) the total row."""
    yield [c.title for c in table.columns]
    kinds = [c.kind for c in table.columns]
    for count, row in enumerate(table.rows, start=1):
        yield [_cell(kind, value) for kind, value in zip(kinds, row, strict=True)]
        if progress is not None and count % PROGRESS_EVERY == 0 and not progress(count):
            raise ExportCancelled
    if table.has_total and not table.importable:
        total: list[str] = [_cell(kind, value) for kind, value in zip(kinds, table.totals(), strict=True)]
        total[0] = text_cell(table.total_label or "")
        yield total


def write_csv(table: Table, path: Path, progress: Progress | None = None) -> None:
    """Write ``table`` to ``path`` (replacing it, atomically). ServiceError (German) when it cannot be written;
    ExportCancelled when ``progress`` returned False (then nothing changed)."""

    def write(handle: BinaryIO) -> None:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerows(csv_rows(table, progress))
        text.flush()
        text.detach()

    write_atomically(path, write)
