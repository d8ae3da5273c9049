"""``lotsendesk export lotsen|einsaetze|summary|payouts|belegliste [--year J] [--format csv|xlsx] -o DATEI``.

The format is ``--format`` if given, else the file's extension (``.xlsx``), else CSV in the German Excel dialect.
Like every batch command: German text, ``Fehler: …`` on stderr with exit 1 when the file cannot be written or the
Förderjahr does not exist, exit 2 when the database cannot be opened.
"""

import argparse
from collections.abc import Callable
from decimal import Decimal

from lotsendesk.domain.formatting import format_hours, format_number
from lotsendesk.services.database import Database
from lotsendesk.services.exports import ExportResult


def _count(number: int, one: str, many: str) -> str:
    return f"1 {one}" if number == 1 else f"{format_number(Decimal(number), 0)} {many}"


def _written(result: ExportResult, what: str) -> None:
    end = "" if what.endswith(".") else "."  # "… 10,67 Std." ends the sentence already
    print(f"„{result.path.name}“ geschrieben: {what}{end}")


def _export(
    args: argparse.Namespace,
    write: Callable[[Database], ExportResult],
    summary: Callable[[ExportResult], str],
) -> int:
    """Every export command: write the file in one use of the database, then say what is in it."""
    from lotsendesk.cli_commands import with_db

    def work(db: Database) -> int:
        result = write(db)
        _written(result, summary(result))
        return 0

    return with_db(args, work)


def _euro(amount: Decimal | None) -> str:
    from lotsendesk.cli_commands import euro

    return euro(amount or Decimal("0.00"))


def export_lotsen(args: argparse.Namespace) -> int:
    from lotsendesk.services.exports import export_lotsen as write

    return _export(
        args,
        lambda db: write(db, args.output, args.format),
        lambda result: _count(result.rows, "Lots*in", "Lots*innen"),
    )


def export_einsaetze(args: argparse.Namespace) -> int:
    from lotsendesk.services.einsaetze import EinsatzFilter
    from lotsendesk.services.exports import export_einsaetze as write

    return _export(
        args,
        lambda db: write(db, args.output, args.format, EinsatzFilter(year=args.year)),
        lambda result: f"{_count(result.rows, 'Einsatz', 'Einsätze')}, {format_hours(result.minutes or 0)} Std.",
    )


def export_summary(args: argparse.Namespace) -> int:
    from lotsendesk.services.exports import export_summary as write

    return _export(
        args,
        lambda db: write(db, args.year, args.output, args.format),
        lambda result: (
            f"{_count(result.rows, 'Lots*in', 'Lots*innen')}, {format_hours(result.minutes or 0)} Std. abrechenbar, "
            f"{_euro(result.amount)}"
        ),
    )


def export_payouts(args: argparse.Namespace) -> int:
    from lotsendesk.services.exports import export_payouts as write

    return _export(
        args,
        lambda db: write(db, args.output, args.format, args.year),
        lambda result: (
            f"{_count(result.rows, 'Auszahlung', 'Auszahlungen')} (Stornos eingerechnet), "
            f"{format_hours(result.minutes or 0)} Std., {_euro(result.amount)}"
        ),
    )


def export_belegliste(args: argparse.Namespace) -> int:
    from lotsendesk.services.exports import export_belegliste as write

    return _export(
        args,
        lambda db: write(db, args.year, args.output, args.format),
        lambda result: (
            f"Belegliste {args.year} mit {_count(result.rows, 'Buchung', 'Buchungen')}, {_euro(result.amount)}"
        ),
    )
