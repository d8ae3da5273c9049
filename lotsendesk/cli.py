"""The front door: no sub-command opens the GUI; sub-commands do batch work.

Exit codes: 0 success, 1 the work failed (errors listed), 2 the database could not be opened or bad usage.
"""

import argparse
import sys
from pathlib import Path

from lotsendesk import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lotsendesk",
        description="LotsenDesk – Lots*innen, Einsätze und Aufwandsentschädigungen im WIR-Programm.",
    )
    parser.add_argument("--version", action="version", version=f"LotsenDesk {__version__}")
    parser.add_argument("--db", type=Path, metavar="PFAD", help="diese Datenbankdatei öffnen (wird angelegt)")
    parser.add_argument("--demo", action="store_true", help="eine frische Demo-Datenbank öffnen")
    parser.add_argument(
        "--self-test", action="store_true", help="Hauptfenster öffnen, jede Seite laden, Zeiten ausgeben"
    )
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL")
    imp = sub.add_parser("import", help="eine CSV-Datei importieren (alles oder nichts)")
    imp.add_argument("kind", choices=["lotsen", "einsaetze"], help="was die Datei enthält")
    imp.add_argument("file", type=Path, metavar="DATEI")
    imp.add_argument("--dry-run", action="store_true", help="nur prüfen, nichts speichern")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "import":
        return _run_import(args)
    from lotsendesk.ui.app import run_gui

    return run_gui(db_path=args.db, demo=args.demo, self_test=args.self_test)


def _open(args: argparse.Namespace):
    from lotsendesk.paths import default_db_path, demo_db_path
    from lotsendesk.services.database import open_database

    if args.db is not None:
        return open_database(args.db)
    return open_database(demo_db_path() if args.demo else default_db_path(), create_folder=True)


def _run_import(args: argparse.Namespace) -> int:
    from lotsendesk.services.errors import ServiceError
    from lotsendesk.services.importer import import_file

    try:
        db = _open(args)
    except ServiceError as error:
        print(f"Fehler: {error.message}", file=sys.stderr)
        return 2
    try:
        result = import_file(db, args.kind, args.file, dry_run=args.dry_run)
    except ServiceError as error:
        print(f"Fehler: {error.message}", file=sys.stderr)
        return 1
    finally:
        db.close()
    if result.errors:
        print(f"Nichts importiert – {len(result.errors)} Fehler in „{args.file.name}“:", file=sys.stderr)
        for message in result.errors:
            print(f"  {message}", file=sys.stderr)
        return 1
    print(result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
