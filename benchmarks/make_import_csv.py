"""Write an Einsätze CSV as Excel saves it in Germany (UTF-8 with BOM, ``;``, CRLF, ``2,5`` hours).

    uv run python benchmarks/make_import_csv.py /tmp/einsaetze.csv --db /tmp/big.sqlite [--rows 10000]

The Nr column refers to the Lots*innen of ``--db`` (e.g. made by make_big_db.py); every row lies between
the person's Eintritt/Austritt and today, within the last two years, and no person gets more than 8 hours
a day from the file – so the whole file is importable (on top of make_big_db's at most 8 hours a day).
"""

import argparse
import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.einsatz_rules import DEFAULT_TAETIGKEITEN
from lotsendesk.services.database import open_database
from lotsendesk.services.lotsen import list_lotsen

BEMERKUNGEN = (
    "Termin Ausländerbehörde", "Elternabend Grundschule", "Telefonische Beratung", "Familienkasse; Kindergeld",
    'Formular "KG 1" ausgefüllt', "Kinderarzt, Vorsorge", "",
)  # fmt: skip
MAX_MINUTES_PER_DAY = 8 * 60


def people_of(db_path: Path) -> list[tuple[str, date | None, date | None]]:
    db = open_database(db_path)
    try:
        return [(row.nr, row.eintritt, row.austritt) for row in list_lotsen(db)]
    finally:
        db.close()


def write_csv(path: Path, people: list[tuple[str, date | None, date | None]], rows: int, today: date) -> int:
    """Write ``rows`` Einsätze; returns their total minutes."""
    rng = random.Random(1234)
    window_start = today - timedelta(days=2 * 365)
    day_minutes: dict[tuple[str, date], int] = {}
    total = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(["Nr", "Datum", "Stunden", "Tätigkeit", "Bemerkung"])
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
            if day_minutes.get(key, 0) + minuten > MAX_MINUTES_PER_DAY:
                continue
            day_minutes[key] = day_minutes.get(key, 0) + minuten
            style = rng.random()
            if style < 0.7:
                stunden = f"{minuten / 60:.2f}".replace(".", ",").rstrip("0").rstrip(",")
            elif style < 0.9:
                stunden = f"{minuten // 60}:{minuten % 60:02d}"
            else:
                stunden = f"{minuten} min"
            writer.writerow(
                [nr, format_date(datum), stunden, rng.choice(DEFAULT_TAETIGKEITEN), rng.choice(BEMERKUNGEN)]
            )
            written += 1
            total += minuten
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="the CSV file to write")
    parser.add_argument("--db", type=Path, required=True, help="database whose Lots*innen the rows refer to")
    parser.add_argument("--rows", type=int, default=10_000, help="number of Einsätze (default 10000)")
    args = parser.parse_args(argv)
    people = people_of(args.db)
    if not people:
        print(f"{args.db} has no Lots*innen", file=sys.stderr)
        return 2
    minutes = write_csv(args.path, people, args.rows, date.today())
    print(f"{args.path}: {args.rows} Einsätze, {minutes / 60:.2f} Stunden, {args.path.stat().st_size / 1e3:.0f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
