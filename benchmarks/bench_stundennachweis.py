"""Time one Stundennachweis of 10,000 Einsätze and print the process's peak memory.

    uv run python benchmarks/bench_stundennachweis.py [--einsaetze 10000] [--repeat 3]

Builds a temporary database with one qualified Lots*in, Förderjahre 2021–2025 and N Einsätze spread over those
five years (one bulk insert), then times ``write_stundennachweis`` for the whole span (every Einsatz on the
PDF, the rules applied per Förderjahr). Prints the best and the median time, the pages written, and the peak
RSS of the process (``resource.getrusage``) before and after.
"""

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import insert, select

from lotsendesk.db.models import Einsatz, Taetigkeit
from lotsendesk.domain.lotse_record import LotseData
from lotsendesk.services.database import open_database
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.lotsen import create_lotse
from lotsendesk.services.personen_dokumente import write_stundennachweis

FIRST, LAST = date(2021, 1, 1), date(2025, 12, 31)


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def build(path: Path, einsaetze: int) -> None:
    rng = random.Random(4711)
    db = open_database(path)
    try:
        for year in range(FIRST.year, LAST.year + 1):
            add_year(db, FoerderjahrData(jahr=year, bewilligt_einsatz=Decimal("10000.00")))
        lotse_id = create_lotse(
            db,
            LotseData(nr="1", nachname="Yılmaz", vorname="Şükrü", qualifiziert_am=FIRST, eintritt=FIRST),
        )
        with db.session() as session:
            taetigkeiten = list(session.scalars(select(Taetigkeit.id)))
        days = (LAST - FIRST).days + 1
        rows = [
            {
                "lotse_id": lotse_id,
                "datum": FIRST + timedelta(days=rng.randrange(days)),
                "minuten": rng.randrange(1, 5) * 15,
                "taetigkeit_id": rng.choice(taetigkeiten),
                "bemerkung": "nicht gedruckt",
            }
            for _ in range(einsaetze)
        ]
        with db.session() as session:
            session.execute(insert(Einsatz), rows)
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--einsaetze", type=int, default=10_000, metavar="N", help="number of Einsätze")
    parser.add_argument("--repeat", type=int, default=3, help="runs (default 3)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        started = time.perf_counter()
        build(path, args.einsaetze)
        print(
            f"{'database (1 Lots*in, ' + str(args.einsaetze) + ' Einsätze)':<46} {time.perf_counter() - started:7.2f} s"
        )
        print(f"{'peak RSS before':<46} {peak_rss_mb():7.0f} MB")
        out = Path(folder) / "stundennachweis.pdf"
        times = []
        db = open_database(path)
        try:
            for _ in range(args.repeat):
                started = time.perf_counter()
                write_stundennachweis(db, "1", FIRST, LAST, out)
                times.append(time.perf_counter() - started)
        finally:
            db.close()
        pages = len(PdfReader(out).pages)
        print(
            f"{'write_stundennachweis':<46} best {min(times):6.2f} s   median {statistics.median(times):6.2f} s"
            f"   {pages} pages, {out.stat().st_size / 1e6:.1f} MB"
        )
        print(f"{'peak RSS after':<46} {peak_rss_mb():7.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
