"""Time the Übersicht with many people: the data (Prüfhinweise + person bars), building the page, and painting
the person bars (one view, scrolling through all of them, a narrow column) – for 50 and 200 Lots*innen.

    uv run python benchmarks/bench_uebersicht.py [--people 50 200] [--einsaetze-per-person 200] [--repeat 5]

Each size gets its own database (benchmarks/make_big_db.build: people through the service, Einsätze in bulk
over five years) and a Förderjahr for this year. Runs offscreen; prints the best of ``--repeat`` runs.
Nothing asserts a time (benchmarks/README.md).
"""

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import make_big_db  # next to this script


def best_ms(action: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def line(label: str, action: Callable[[], object], repeat: int) -> None:
    print(f"  {label:<52}{best_ms(action, repeat):8.1f} ms")


def bench(people: int, per_person: int, repeat: int) -> None:
    from PySide6.QtGui import QUndoStack

    from lotsendesk.services.database import open_database
    from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
    from lotsendesk.services.pruefhinweise import uebersicht
    from lotsendesk.services.stunden_je_person import person_hours
    from lotsendesk.ui.uebersicht_page import UebersichtPage

    today = date.today()
    folder = Path(tempfile.mkdtemp())
    path = folder / f"uebersicht_{people}.sqlite"
    make_big_db.build(path, einsaetze=people * per_person, lotsen=people, today=today)
    db = open_database(path)
    try:
        add_year(db, FoerderjahrData(jahr=today.year, bewilligt_einsatz=Decimal(people * 1380)))
        result = uebersicht(db, today.year, today)
        assert result.summary is not None
        rows = person_hours(db, result.summary)
        count = f"{people * per_person:,}".replace(",", ".")
        print(f"\n{people} Lots*innen, {count} Einsätze (5 Jahre); {len(rows)} Balken, {len(result.hinweise)} Hinweise")
        summary = result.summary
        line("uebersicht() – Prüfhinweise, Fristen, YearSummary", lambda: uebersicht(db, today.year, today), repeat)
        line("person_hours() – Balkendaten aus der YearSummary", lambda: person_hours(db, summary), repeat)

        page = UebersichtPage(db, QUndoStack())
        page.resize(1366 - 190, 680)
        page.show()
        line("page.reload() – alles neu laden und aufbauen", page.reload, repeat)
        bars = page.person_bars
        viewport = bars.viewport()
        line("PersonBars.set_rows()", lambda: bars.set_rows(rows), repeat)
        line("eine Ansicht malen (grab)", viewport.grab, repeat)

        def scroll_through() -> None:
            scrollbar = bars.verticalScrollBar()
            for value in range(0, scrollbar.maximum() + scrollbar.pageStep(), scrollbar.pageStep()):
                scrollbar.setValue(value)
                viewport.grab()
            scrollbar.setValue(0)

        pages = bars.verticalScrollBar().maximum() // max(bars.verticalScrollBar().pageStep(), 1) + 1
        label = f"durch alle blättern ({pages} Ansichten gemalt)"
        line(label, scroll_through, repeat)
        page.splitter.setSizes([260, 900])  # the narrow two-line rows
        line("schmale Spalte: eine Ansicht malen", viewport.grab, repeat)
        page.close()
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--einsaetze-per-person", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from lotsendesk.ui.app import make_app

    make_app()
    for people in args.people:
        bench(people, args.einsaetze_per_person, args.repeat)


if __name__ == "__main__":
    main()
