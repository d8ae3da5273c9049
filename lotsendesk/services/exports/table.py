"""The one shape every export has: typed columns and rows of plain values, written as CSV or XLSX alike.

A value's Python type follows its column's kind: ``TEXT`` str, ``INTEGER`` int, ``DATE`` date, ``MONEY`` Decimal
(euros), ``HOURS`` int minutes (never a float: the writers turn minutes into hours). ``None`` is an empty cell.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

Value = str | int | date | Decimal | None


class Kind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    DATE = "date"
    MONEY = "money"
    HOURS = "hours"


NUMERIC = frozenset({Kind.INTEGER, Kind.MONEY, Kind.HOURS})


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = Kind.TEXT
    total: bool = False  # summed in the total row (numeric kinds only)


@dataclass(frozen=True)
class Table:
    """``name`` names the worksheet; with a ``total_label`` the writers add a total row (label in the first
    column, the sums of the ``total`` columns). ``importable``: a list LotsenDesk's importer reads again, which
    must not take the total row for one more record – the CSV gets none, the workbook one the importer reads as
    empty (formulas without stored values, see xlsx_file)."""

    name: str
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[Value]]
    total_label: str | None = None
    importable: bool = False

    @property
    def has_total(self) -> bool:
        return self.total_label is not None and any(c.total for c in self.columns)

    def totals(self) -> list[int | Decimal | None]:
        """The sum of each ``total`` column (minutes for hours, euros for money), None for the others."""
        sums: list[int | Decimal | None] = []
        for index, column in enumerate(self.columns):
            if not column.total:
                sums.append(None)
            elif column.kind is Kind.MONEY:
                sums.append(sum((row[index] for row in self.rows if row[index] is not None), Decimal("0.00")))
            else:
                sums.append(sum(row[index] for row in self.rows if row[index] is not None))
        return sums


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


def format_for(path: Path, explicit: str | None = None) -> ExportFormat:
    """The format asked for, else the one the file name ends with, else CSV."""
    if explicit:
        return ExportFormat(explicit.lower())
    return ExportFormat.XLSX if Path(path).suffix.lower() == ".xlsx" else ExportFormat.CSV


# Called every few hundred rows with the number of rows written; returning False cancels the export.
Progress = Callable[[int], bool]


class ExportCancelled(Exception):
    """The user cancelled; nothing was written and an existing file is unchanged."""


@dataclass(frozen=True)
class ExportResult:
    """What was written: the file, its format, the number of records, and the totals a message names."""

    path: Path
    format: ExportFormat
    rows: int
    minutes: int | None = None
    amount: Decimal | None = None
