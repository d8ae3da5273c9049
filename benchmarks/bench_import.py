"""Time importing a 10,000-row Einsätze CSV: the service function and the command line.

    uv run python benchmarks/bench_import.py [--rows 10000] [--existing 0 100000] [--no-cli]

For each number of existing Einsätze a fresh database with 50 Lots*innen is built (make_big_db.py), a CSV
is written for them (make_import_csv.py) and then timed:
  * ``import_file(db, "einsaetze", csv, dry_run=True)``  – check only
  * ``import_file(db, "einsaetze", csv)``                – check and store, one transaction
  * ``uv run lotsendesk --db X import einsaetze F``       – the same from the shell, on a copy of the
    database as it was before the import (includes starting Python and importing the package).
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import make_big_db  # next to this script
import make_import_csv

from lotsendesk.services.database import open_database
from lotsendesk.services.importer import import_file

REPO = Path(__file__).resolve().parents[1]
_STARTUP = "import lotsendesk.cli, lotsendesk.services.importer, lotsendesk.services.database"


def scenario(folder: Path, rows: int, existing: int, cli: bool) -> None:
    db_path = folder / f"big-{existing}.sqlite"
    csv_path = folder / f"einsaetze-{existing}.csv"
    started = time.perf_counter()
    make_big_db.build(db_path, einsaetze=existing)
    built = time.perf_counter() - started
    minutes = make_import_csv.write_csv(csv_path, make_import_csv.people_of(db_path), rows, date.today())
    copy = folder / f"copy-{existing}.sqlite"
    shutil.copyfile(db_path, copy)
    print(
        f"\n{existing:_} Einsätze vorhanden (DB gebaut in {built:.1f} s); CSV: {rows:_} Zeilen, "
        f"{minutes / 60:_.0f} Stunden, {csv_path.stat().st_size / 1e3:.0f} kB".replace("_", ".")
    )

    db = open_database(db_path)
    try:
        started = time.perf_counter()
        result = import_file(db, "einsaetze", csv_path, dry_run=True)
        print(
            f"  {'import_file(dry_run=True)':<44} {(time.perf_counter() - started) * 1000:8.0f} ms  "
            f"{len(result.errors)} Fehler"
        )
        started = time.perf_counter()
        result = import_file(db, "einsaetze", csv_path)
        print(
            f"  {'import_file (prüfen + speichern)':<44} {(time.perf_counter() - started) * 1000:8.0f} ms  "
            f"{result.created} angelegt, {len(result.errors)} Fehler"
        )
        for message in result.errors[:3]:
            print(f"    {message}")
    finally:
        db.close()

    if cli:
        command = ["uv", "run", "lotsendesk", "--db", str(copy), "import", "einsaetze", str(csv_path)]
        started = time.perf_counter()
        done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        output = (done.stdout or done.stderr).strip().splitlines()
        print(
            f"  {'uv run lotsendesk … import einsaetze':<44} {elapsed * 1000:8.0f} ms  exit {done.returncode}: "
            f"{output[0] if output else ''}"
        )
        started = time.perf_counter()
        subprocess.run(["uv", "run", "python", "-c", _STARTUP], cwd=REPO, capture_output=True, check=True)
        print(
            f"  {'(davon Start: Python + Imports, ohne Arbeit)':<44} {(time.perf_counter() - started) * 1000:8.0f} ms"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000, help="rows in the CSV (default 10000)")
    parser.add_argument("--existing", type=int, nargs="+", default=[0, 100_000], help="Einsätze already stored")
    parser.add_argument("--no-cli", action="store_true", help="skip timing the command line")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        for existing in args.existing:
            scenario(Path(folder), args.rows, existing, cli=not args.no_cli)
    return 0


if __name__ == "__main__":
    sys.exit(main())
