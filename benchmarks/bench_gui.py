"""Time the GUI with a big database: start-up, opening the Einsätze page, sorting, filtering, and peak memory.

    uv run python benchmarks/make_big_db.py /tmp/big.sqlite --force
    uv run python benchmarks/bench_gui.py /tmp/big.sqlite

Runs offscreen. Start-up is timed in a fresh process (``lotsendesk --self-test``), the rest in this one; the
peak RSS is this process's maximum resident set size after loading all 100,000 Einsätze (all years).
"""

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(label: str, action, app, repeat: int = 3) -> None:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        app.processEvents()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<46}{best * 1000:8.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    args = parser.parse_args()

    for _ in range(2):  # the first run warms the file cache
        out = subprocess.run(
            [sys.executable, "-m", "lotsendesk", "--db", str(args.db), "--self-test"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    print("Fresh process, --self-test:")
    print("".join(f"  {line}\n" for line in out.splitlines()), end="")

    from PySide6.QtCore import Qt

    from lotsendesk.services.database import open_database
    from lotsendesk.ui.app import make_app
    from lotsendesk.ui.einsaetze_model import COL_DATUM, COL_DAUER, COL_NAME, COL_NR, COL_TAETIGKEIT
    from lotsendesk.ui.main_window import MainWindow

    app = make_app()
    db = open_database(args.db)
    window = MainWindow(db)
    window.show()
    app.processEvents()
    page = window.einsaetze_page
    print("In this process:")
    timed("Einsätze page reload (current year)", page.reload, app)
    page.year_filter.setCurrentIndex(0)
    app.processEvents()
    print(f"  rows shown with 'Alle Jahre': {page.model.rowCount():,}")
    timed("Einsätze page reload (all years)", page.reload, app)
    for column, name in (
        (COL_DATUM, "Datum"),
        (COL_NR, "Nr."),
        (COL_NAME, "Lots*in"),
        (COL_DAUER, "Stunden"),
        (COL_TAETIGKEIT, "Tätigkeit"),
    ):
        timed(
            f"sort 100,000 rows by {name}",
            lambda c=column: page.table.sortByColumn(c, Qt.SortOrder.AscendingOrder),
            app,
        )
    person = page.lotse_filter.itemData(5)

    def filter_person() -> None:
        page.lotse_filter.setCurrentIndex(0)
        page.lotse_filter.setCurrentIndex(page.lotse_filter.findData(person))

    timed("filter to one person (all years)", filter_person, app)
    print(f"  rows for that person: {page.model.rowCount():,}")
    page.lotse_filter.setCurrentIndex(0)
    page.search_edit.setText("behörde")
    timed("text filter over all years", page.refresh_table, app)
    page.search_edit.clear()
    timed("Lots*innen page reload", window.lotsen_page.reload, app)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{'peak RSS (all 100,000 rows loaded)':<46}{peak_kb / 1024:8.0f} MB")
    window.close()
    db.close()


if __name__ == "__main__":
    main()
