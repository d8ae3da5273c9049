"""Time the service calls the pages make, on a big database.

    uv run python benchmarks/bench_services.py [/tmp/big.sqlite] [--repeat 5]

Without a path, a temporary database with 50 Lots*innen and 100,000 Einsätze is built first
(make_big_db.py). Prints the best and the median wall-clock time of each call, in milliseconds.
"""

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzFilter, einsatz_years, query_einsaetze
from lotsendesk.services.lotsen import list_lotsen
from lotsendesk.services.taetigkeiten import list_taetigkeiten


def measure(label: str, call: Callable[[], object], repeat: int) -> None:
    times = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - started)
    count = f"{len(result):>7,} rows".replace(",", ".") if isinstance(result, list) else ""
    print(f"{label:<46} best {min(times) * 1000:8.1f} ms   median {statistics.median(times) * 1000:8.1f} ms  {count}")


def run(path: Path, repeat: int) -> None:
    started = time.perf_counter()
    db = open_database(path)
    print(f"{'open_database (existing file)':<46} {(time.perf_counter() - started) * 1000:13.1f} ms")
    try:
        lotsen = list_lotsen(db)
        busiest = max(lotsen, key=lambda r: r.einsaetze)
        years = einsatz_years(db)
        year = years[1] if len(years) > 1 else years[0]
        total = sum(r.einsaetze for r in lotsen)
        print(f"database: {path} – {len(lotsen)} Lots*innen, {total:_} Einsätze".replace("_", "."))
        measure("query_einsaetze: all", lambda: query_einsaetze(db, EinsatzFilter()), repeat)
        measure(
            f"query_einsaetze: one person (Nr {busiest.nr})",
            lambda: query_einsaetze(db, EinsatzFilter(lotse_id=busiest.id)),
            repeat,
        )
        measure(f"query_einsaetze: year {year}", lambda: query_einsaetze(db, EinsatzFilter(year=year)), repeat)
        measure(
            f"query_einsaetze: year {year} + month 3",
            lambda: query_einsaetze(db, EinsatzFilter(year=year, month=3)),
            repeat,
        )
        measure(
            "query_einsaetze: text 'ausländer' (all years)",
            lambda: query_einsaetze(db, EinsatzFilter(text="ausländer")),
            repeat,
        )
        measure(
            f"query_einsaetze: text 'петренко' + year {year}",
            lambda: query_einsaetze(db, EinsatzFilter(year=year, text="петренко")),
            repeat,
        )
        measure("list_lotsen", lambda: list_lotsen(db, date.today()), repeat)
        measure("list_taetigkeiten", lambda: list_taetigkeiten(db), repeat)
        measure("einsatz_years", lambda: einsatz_years(db), repeat)
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, nargs="?", help="a database made by make_big_db.py")
    parser.add_argument("--repeat", type=int, default=5, help="runs per call (default 5)")
    args = parser.parse_args(argv)
    if args.path is not None:
        run(args.path, args.repeat)
        return 0
    import make_big_db  # next to this script

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite"
        started = time.perf_counter()
        make_big_db.build(path)
        print(f"{'make_big_db (50 / 100.000)':<46} {(time.perf_counter() - started) * 1000:13.1f} ms")
        run(path, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
