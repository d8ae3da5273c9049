"""Time exporting 100,000 Einsätze as XLSX and as CSV, and the peak memory of each.

    uv run python benchmarks/bench_exports.py [PATH] [--einsaetze 100000] [--repeat 2]

Without ``PATH`` a temporary database is built first (make_big_db.py). Each export runs in a fresh Python process
(so its peak RSS is its own): ``query_einsaetze`` for all Einsätze, then ``write_einsaetze`` to a file – what the
Einsätze page does on "Exportieren…" (it already holds the rows) and ``lotsendesk export einsaetze`` does (it
queries them). The child prints the time of each step and its peak RSS; the file is read back once (openpyxl
read-only / csv) to make sure it is complete.
"""

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import make_big_db  # next to this script

HERE = Path(__file__).resolve().parent


def child(db_path: Path, suffix: str, folder: Path) -> dict[str, float]:
    """Runs in the child process: query, write, measure."""
    import resource

    from lotsendesk.services.database import open_database
    from lotsendesk.services.einsaetze import EinsatzFilter, query_einsaetze
    from lotsendesk.services.exports import write_einsaetze

    result: dict[str, float] = {}
    db = open_database(db_path)
    try:
        started = time.perf_counter()
        rows = query_einsaetze(db, EinsatzFilter())
        result["query"] = time.perf_counter() - started
        result["rss_rows_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        target = folder / f"einsaetze.{suffix}"
        started = time.perf_counter()
        written = write_einsaetze(rows, target)
        result["write"] = time.perf_counter() - started
        result["rows"] = written.rows
        result["size_mb"] = target.stat().st_size / 1e6
        result["rss_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    finally:
        db.close()
    return result


def check(target: Path) -> int:
    """The number of data rows in the file (the XLSX total row and its blank row not counted)."""
    if target.suffix == ".csv":
        return sum(1 for _ in target.open(encoding="utf-8-sig", newline="")) - 1
    from openpyxl import load_workbook

    workbook = load_workbook(target, read_only=True)
    try:
        return sum(1 for row in workbook.active.iter_rows(values_only=True) if any(row)) - 2  # header, total
    finally:
        workbook.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, nargs="?", help="an existing database (default: build one)")
    parser.add_argument("--einsaetze", type=int, default=100_000, metavar="N")
    parser.add_argument("--repeat", type=int, default=2, metavar="N", help="runs per format (best is shown)")
    parser.add_argument("--child", nargs=3, metavar=("DB", "SUFFIX", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        db, suffix, folder = args.child
        print(json.dumps(child(Path(db), suffix, Path(folder))))
        return 0

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        db_path = args.path
        if db_path is None:
            db_path = folder / "big.sqlite"
            started = time.perf_counter()
            make_big_db.build(db_path, einsaetze=args.einsaetze)
            seconds = time.perf_counter() - started
            print(f"Datenbank mit {args.einsaetze:_} Einsätzen gebaut in {seconds:.1f} s".replace("_", "."))
        for suffix in ("xlsx", "csv"):
            runs = []
            for _ in range(args.repeat):
                proc = subprocess.run(
                    [sys.executable, str(HERE / "bench_exports.py"), "--child", str(db_path), suffix, str(folder)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            best = min(runs, key=lambda r: r["write"])
            rows_in_file = check(folder / f"einsaetze.{suffix}")
            times = ", ".join(f"{r['write']:.2f}" for r in runs)
            print(
                f"{suffix.upper():4}  {int(best['rows']):_} Zeilen: Abfrage {best['query'] * 1000:5.0f} ms, "
                f"schreiben {best['write']:5.2f} s (Läufe: {times} s), "
                f"{best['size_mb']:.1f} MB; RSS mit Zeilen {best['rss_rows_mb']:.0f} MB, Spitze "
                f"{best['rss_peak_mb']:.0f} MB; gelesen: {rows_in_file:_} Zeilen".replace("_", ".")
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
