"""What the audit trail (db/protokollierung.py) costs: the same work with and without recording, alternated.

    uv run python benchmarks/bench_protokoll.py [--rows 100000] [--repeat 3] [--edits 300]

  * a 100,000-row Einsätze import (``import_file``, check + store) into a database with 50 Lots*innen
  * typical edits, per call: ``update_lotse`` (one field), ``record_einsatz``, ``update_einsatz``
  * the Protokoll dialog's query: ``protokoll()`` newest 2,001 entries, and with a text filter, on the log the
    edits left behind

"without" switches the recording off for that database only (the session factory is built without the events).
Prints the median of ``--repeat`` runs.
"""

import argparse
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import make_big_db  # next to this script
import make_import_csv

from lotsendesk.db import protokollierung
from lotsendesk.services import protokoll
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz, update_einsatz
from lotsendesk.services.importer import import_file
from lotsendesk.services.lotsen import get_lotse, list_lotse_refs, update_lotse

TODAY = date.today()


@contextmanager
def recording(on: bool):
    original = protokollierung.install
    if not on:
        protokollierung.install = lambda factory: None
    try:
        yield
    finally:
        protokollierung.install = original


def time_import(folder: Path, rows: int, on: bool, run: int) -> float:
    path = folder / f"import-{on}-{run}.sqlite"
    make_big_db.build(path, einsaetze=0)
    csv_path = folder / f"einsaetze-{on}-{run}.csv"
    make_import_csv.write_csv(csv_path, make_import_csv.people_of(path), rows, TODAY)
    with recording(on):
        db = open_database(path)
    try:
        started = time.perf_counter()
        result = import_file(db, "einsaetze", csv_path)
        elapsed = time.perf_counter() - started
        assert result.created == rows and not result.errors, result.errors[:3]
    finally:
        db.close()
    return elapsed


def time_edits(folder: Path, edits: int, on: bool, run: int) -> dict[str, float]:
    path = folder / f"edits-{on}-{run}.sqlite"
    make_big_db.build(path, einsaetze=10_000)
    with recording(on):
        db = open_database(path)
    try:
        people = [ref.id for ref in list_lotse_refs(db)]
        timings: dict[str, float] = {}
        started = time.perf_counter()
        for i in range(edits):
            lotse_id = people[i % len(people)]
            update_lotse(db, lotse_id, replace(get_lotse(db, lotse_id), telefon=f"069 {run}{i}"))
        timings["update_lotse (inkl. get_lotse)"] = (time.perf_counter() - started) / edits
        started = time.perf_counter()
        ids = []
        day = TODAY - timedelta(days=400)
        for i in range(edits):
            lotse = get_lotse(db, people[i % len(people)])
            when = max(day + timedelta(days=i % 300), lotse.eintritt or day)
            if lotse.austritt and when > lotse.austritt:
                when = lotse.austritt
            ids.append(record_einsatz(db, EinsatzData(people[i % len(people)], when, 1), today=TODAY))
        timings["record_einsatz (inkl. get_lotse)"] = (time.perf_counter() - started) / edits
        started = time.perf_counter()
        for i, einsatz_id in enumerate(ids):
            lotse = people[i % len(people)]
            data = EinsatzData(lotse, date.fromisoformat(str(_datum(db, einsatz_id))), 2, None, "geändert")
            update_einsatz(db, einsatz_id, data, today=TODAY)
        timings["update_einsatz (inkl. Lesen)"] = (time.perf_counter() - started) / edits
        if on:
            started = time.perf_counter()
            newest = protokoll.protokoll(db, limit=2001)
            timings[f"protokoll(): neueste {len(newest)} Einträge"] = time.perf_counter() - started
            started = time.perf_counter()
            found = protokoll.protokoll(db, text="geändert", limit=2001)
            timings[f"protokoll(text=…): {len(found)} Einträge"] = time.perf_counter() - started
            with db.reading() as connection:
                from sqlalchemy import func, select

                from lotsendesk.db.models import Protokoll

                total = connection.execute(select(func.count()).select_from(Protokoll)).scalar()
            timings[f"(Protokoll hat {total} Einträge)"] = 0.0
    finally:
        db.close()
    return timings


def _datum(db, einsatz_id: int) -> date:
    from lotsendesk.services.einsaetze import get_einsatz

    return get_einsatz(db, einsatz_id).datum


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--edits", type=int, default=300)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        imports: dict[bool, list[float]] = {False: [], True: []}
        edits: dict[bool, list[dict[str, float]]] = {False: [], True: []}
        for run in range(args.repeat):
            for on in (False, True):
                imports[on].append(time_import(folder, args.rows, on, run))
                edits[on].append(time_edits(folder, args.edits, on, run))
        print(f"Import von {args.rows:_} Einsätzen (prüfen + speichern), Median aus {args.repeat}:".replace("_", "."))
        for on in (False, True):
            label = "mit Protokoll " if on else "ohne Protokoll"
            runs = ", ".join(f"{t:.2f}" for t in imports[on])
            print(f"  {label}  {statistics.median(imports[on]):6.2f} s   ({runs})")
        print(f"Typische Änderungen, je Aufruf ({args.edits} Aufrufe), Median aus {args.repeat}:")
        for key in edits[True][0]:
            with_log = statistics.median(t[key] for t in edits[True])
            if key in edits[False][0]:
                without = statistics.median(t[key] for t in edits[False])
                print(f"  {key:<40} ohne {without * 1000:6.2f} ms   mit {with_log * 1000:6.2f} ms")
            elif key.startswith("("):
                print(f"  {key}")
            else:
                print(f"  {key:<40} {with_log * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
