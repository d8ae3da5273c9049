"""Time importing a 100,000-row Einsätze workbook (.xlsx): preview, check only, check and store; peak RSS.

    uv run python benchmarks/bench_import_xlsx.py [--rows 100000] [--keep DIR]

A fresh database with 50 Lots*innen (make_big_db.py, no Einsätze) gets an .xlsx written with openpyxl's
write_only mode for its people: a title row above the headings, real Excel dates, hours as numbers, as
``2:30`` text and as time cells – every row importable (make_import_csv.py's rules: inside Eintritt/Austritt,
at most 8 hours a person and day). Then timed:
  * ``preview_file``                            – what the wizard shows first (reads only the top)
  * ``import_file(…, dry_run=True)``            – read and check every row
  * ``import_file(…)``                          – check and store right after the check (the wizard's way:
                                                  the sheet read by the check is reused)
  * ``import_file(…)`` on a copy of the database – read, check and store without a check before (the CLI's way)
Targets: each import under 20 s, peak RSS under 400 MB. A workbook saved by Excel or LibreOffice states its size
(``<dimension>``); openpyxl's write_only files do not, so opening them scans the sheet once more (the preview's
time here is that scan).
"""

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import make_big_db  # next to this script
import make_import_csv
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from lotsendesk.domain.einsatz_rules import DEFAULT_TAETIGKEITEN
from lotsendesk.services.database import open_database
from lotsendesk.services.importer import import_file, preview_file


def write_xlsx(path: Path, people: list[tuple[str, date | None, date | None]], rows: int, today: date) -> int:
    """Write ``rows`` Einsätze; returns their total minutes."""
    rng = random.Random(1234)
    window_start = today - timedelta(days=2 * 365)
    day_minutes: dict[tuple[str, date], int] = {}
    total = 0
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Einsätze")
    ws.append([f"Einsätze bis {today:%d.%m.%Y}"])
    ws.append([])
    ws.append(["Nr", "Datum", "Stunden", "Tätigkeit", "Bemerkung"])
    written = 0
    while written < rows:
        nr, eintritt, austritt = people[rng.randrange(len(people))]
        first = max(window_start, eintritt or window_start)
        last = min(today, austritt or today)
        if last < first:
            continue
        datum = first + timedelta(days=rng.randrange((last - first).days + 1))
        minuten = rng.randrange(2, 17) * 15
        key = (nr, datum)
        if day_minutes.get(key, 0) + minuten > make_import_csv.MAX_MINUTES_PER_DAY:
            continue
        day_minutes[key] = day_minutes.get(key, 0) + minuten
        style = rng.random()
        if style < 0.6:
            stunden: object = minuten / 60  # a number
        elif style < 0.8:
            stunden = f"{minuten // 60}:{minuten % 60:02d}"  # text
        else:
            stunden = WriteOnlyCell(ws, value=datetime(1899, 12, 30) + timedelta(minutes=minuten))
            stunden.number_format = "[h]:mm"  # a duration cell
        nr_cell: object = int(nr) if nr.isdigit() else nr
        ws.append([nr_cell, datum, stunden, rng.choice(DEFAULT_TAETIGKEITEN), rng.choice(make_import_csv.BEMERKUNGEN)])
        written += 1
        total += minuten
    wb.save(path)
    return total


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows in the workbook (default 100000)")
    parser.add_argument("--keep", type=Path, help="write the database and workbook here instead of a temp folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        db_path, xlsx_path = folder / "bench-xlsx.sqlite", folder / "einsaetze.xlsx"
        db_path.unlink(missing_ok=True)
        make_big_db.build(db_path, einsaetze=0)
        copy_path = folder / "bench-xlsx-kopie.sqlite"
        shutil.copyfile(db_path, copy_path)
        started = time.perf_counter()
        minutes = write_xlsx(xlsx_path, make_import_csv.people_of(db_path), args.rows, date.today())
        print(
            f"XLSX geschrieben: {args.rows:_} Zeilen, {minutes / 60:_.0f} Stunden, "
            f"{xlsx_path.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s".replace("_", ".")
        )
        print(f"  {'Speicher vor dem Import (Spitze)':<40} {peak_mb():8.0f} MB")
        db = open_database(db_path)
        try:
            started = time.perf_counter()
            preview = preview_file(db, "einsaetze", xlsx_path)
            print(
                f"  {'preview_file':<40} {(time.perf_counter() - started) * 1000:8.0f} ms  "
                f"Kopfzeile in Zeile {preview.header_line}"
            )
            started = time.perf_counter()
            result = import_file(db, "einsaetze", xlsx_path, dry_run=True)
            print(
                f"  {'import_file(dry_run=True)':<40} {(time.perf_counter() - started) * 1000:8.0f} ms  "
                f"{len(result.errors)} Fehler"
            )
            started = time.perf_counter()
            result = import_file(db, "einsaetze", xlsx_path)
            print(
                f"  {'import_file (prüfen + speichern)':<40} {(time.perf_counter() - started) * 1000:8.0f} ms  "
                f"{result.created} angelegt, {len(result.errors)} Fehler"
            )
            for message in result.errors[:3]:
                print(f"    {message}")
        finally:
            db.close()
        db = open_database(copy_path)
        try:
            started = time.perf_counter()
            result = import_file(db, "einsaetze", xlsx_path)
            print(
                f"  {'import_file ohne Prüfung davor (Kopie)':<40} {(time.perf_counter() - started) * 1000:8.0f} ms  "
                f"{result.created} angelegt, {len(result.errors)} Fehler"
            )
        finally:
            db.close()
        print(f"  {'Speicher (Spitze, ganzer Lauf)':<40} {peak_mb():8.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
