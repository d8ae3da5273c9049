"""``lotsendesk export lotsen|einsaetze|summary|payouts|belegliste [--year J] [--format csv|xlsx] -o DATEI``.

The format is ``--format`` if given, else the file's extension (``.xlsx``), else CSV in the German Excel dialect.
Like every batch command: German text, ``Fehler: …`` on stderr with exit 1 when the file cannot be written or the
Förderjahr does not exist, exit 2 when the database cannot be opened.
"""

import argparse
from decimal import Decimal

from lotsendesk.domain.formatting import format_hours, format_number
from lotsendesk.services.database import Database
from lotsendesk.services.exports import ExportResult


def _count(number: int, one: str, many: str) -> str:
    return f"1 {one}" if number == 1 else f"{format_number(Decimal(number), 0)} {many}"


def _written(result: ExportResult, what: str) -> None:
    end = "" if what.endswith(".") else "."  # "… 10,67 Std." ends the sentence already
    print(f"„{result.path.name}“ geschrieben: {what}{end}")


def export_lotsen(args: argparse.Namespace) -> int:
    from lotsendesk.cli_commands import with_db
    from lotsendesk.services.exports import export_lotsen as write

    def work(db: Database) -> int:
        result = write(db, args.output, args.format)
        _written(result, _count(result.rows, "Lots*in", "Lots*innen"))
        return 0

    return with_db(args, work)


def export_einsaetze(args: argparse.Namespace) -> int:
    from lotsendesk.cli_commands import with_db
    from lotsendesk.services.einsaetze import EinsatzFilter
    from lotsendesk.services.exports import export_einsaetze as write

    def work(db: Database) -> int:
        result = write(db, args.output, args.format, EinsatzFilter(year=args.year))
        _written(result, f"{_count(result.rows, 'Einsatz', 'Einsätze')}, {format_hours(result.minutes or 0)} Std.")
        return 0

    return with_db(args, work)


def export_summary(args: argparse.Namespace) -> int:
    from lotsendesk.cli_commands import euro, with_db
    from lotsendesk.services.exports import export_summary as write

    def work(db: Database) -> int:
        result = write(db, args.year, args.output, args.format)
        _written(
            result,
            f"{_count(result.rows, 'Lots*in', 'Lots*innen')}, {format_hours(result.minutes or 0)} Std. abrechenbar, "
            f"{euro(result.amount or Decimal('0.00'))}",
        )
        return 0

    return with_db(args, work)


def export_payouts(args: argparse.Namespace) -> int:
    from lotsendesk.cli_commands import euro, with_db
    from lotsendesk.services.exports import export_payouts as write

    def work(db: Database) -> int:
        result = write(db, args.output, args.format, args.year)
        _written(
            result,
            f"{_count(result.rows, 'Auszahlung', 'Auszahlungen')} (Stornos eingerechnet), "
            f"{format_hours(result.minutes or 0)} Std., {euro(result.amount or Decimal('0.00'))}",
        )
        return 0

    return with_db(args, work)


def export_belegliste(args: argparse.Namespace) -> int:
    from lotsendesk.cli_commands import euro, with_db
    from lotsendesk.services.exports import export_belegliste as write

    def work(db: Database) -> int:
        result = write(db, args.year, args.output, args.format)
        _written(
            result,
            f"Belegliste {args.year} mit {_count(result.rows, 'Buchung', 'Buchungen')}, "
            f"{euro(result.amount or Decimal('0.00'))}",
        )
        return 0

    return with_db(args, work)
