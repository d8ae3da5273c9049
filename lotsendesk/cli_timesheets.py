"""``lotsendesk timesheet create|import``: blank Stundenzettel as an Excel workbook, and the filled-in files back.

Same conventions as ``cli_commands``: German output, ``Fehler: …`` on stderr with exit 1, exit 2 when the
database cannot be opened.
"""

import argparse
import sys
from pathlib import Path

from lotsendesk.domain.dates import parse_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.services.database import Database


def create(args: argparse.Namespace) -> int:
    """``timesheet create --from D --to D -o FILE.xlsx [--lotse NR] [--per-person]`` (with ``--per-person``,
    ``-o`` names a folder that gets one file per Lots*in)."""
    from lotsendesk.cli_commands import fail, with_db
    from lotsendesk.services.stundenzettel import period_label, write_stundenzettel, write_stundenzettel_je_person

    try:
        von = parse_date(args.von, field="von")
        bis = parse_date(args.bis, field="bis")
    except ValidationError as error:
        return fail(error.message)
    if args.per_person and args.lotse:
        return fail("--per-person und --lotse gehen nicht zusammen (für eine Person genügt eine Datei).")
    output: Path = args.output

    def work(db: Database) -> int:
        label = period_label(von, bis)
        if args.per_person:
            if not output.is_dir():
                return fail(f"„{output}“ ist kein Ordner. Mit --per-person bitte einen vorhandenen Ordner angeben.")
            files = write_stundenzettel_je_person(db, von, bis, output)
            print(f"Stundenzettel {label}: {len(files)} Dateien in „{output}“ geschrieben:")
            for path in files:
                print(f"  {path.name}")
            return 0
        target = output if output.suffix.lower() == ".xlsx" else output.with_name(output.name + ".xlsx")
        count = write_stundenzettel(db, von, bis, target, nr=args.lotse)
        people = "1 Lots*in" if count == 1 else f"{count} Lots*innen"
        print(f"„{target.name}“ geschrieben: Stundenzettel {label} für {people} (ein Blatt je Lots*in).")
        return 0

    return with_db(args, work)


def import_files(args: argparse.Namespace) -> int:
    """``timesheet import FILE.xlsx [FILE …] [--dry-run]``: each file all or nothing; exit 1 if any was refused."""
    from lotsendesk.cli_commands import with_db
    from lotsendesk.services.stundenzettel import import_stundenzettel

    def work(db: Database) -> int:
        failed = 0
        for outcome in import_stundenzettel(db, args.files, dry_run=args.dry_run):
            if outcome.error is not None:
                failed += 1
                print(f"Fehler: {outcome.summary()}", file=sys.stderr)
            elif outcome.errors:
                failed += 1
                print(f"Fehler: {outcome.summary()}", file=sys.stderr)
                for message in outcome.errors:
                    print(f"  {message}", file=sys.stderr)
            else:
                print(outcome.summary())
        if len(args.files) > 1:
            done = len(args.files) - failed
            verb = "geprüft" if args.dry_run else "importiert"
            print(f"{done} von {len(args.files)} Dateien {verb}.")
        return 1 if failed else 0

    return with_db(args, work)
