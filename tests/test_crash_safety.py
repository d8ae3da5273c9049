"""kill -9 in the middle of the two biggest writes (an import of 12,000 Einsätze, a payout run over a whole
year): the file afterwards holds exactly the state before or exactly the state after – never half – passes
SQLite's integrity check, and the lock the killed process left behind is taken over on the next start."""

import importlib.util
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from lotsendesk.services import lock
from lotsendesk.services.database import open_database
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"
TODAY = date.today()
YEAR = TODAY.year - 1
IMPORT_ROWS = 12_000
FRACTIONS = (0.15, 0.35, 0.55, 0.75, 0.9)  # of an uninterrupted run's duration


def _benchmark(name: str):
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A database with 50 Lots*innen, 20,000 Einsätze and the Förderjahr of last year; a CSV of 12,000 more."""
    folder = tmp_path_factory.mktemp("crash")
    path = folder / "base.sqlite"
    _benchmark("make_big_db").build(path, einsaetze=20_000, lotsen=50, today=TODAY)
    db = open_database(path)
    try:
        add_year(db, FoerderjahrData(jahr=YEAR, bewilligt_einsatz=Decimal("900000.00")))
    finally:
        db.close()
    make_csv = _benchmark("make_import_csv")
    csv_path = folder / "einsaetze.csv"
    make_csv.write_csv(csv_path, make_csv.people_of(path), IMPORT_ROWS, TODAY)
    return path, csv_path


def _state(path: Path) -> dict[str, int]:
    """What must be all or nothing: counts of every written table and the sums of minutes and cents."""
    connection = sqlite3.connect(path)
    try:
        queries = {
            "einsaetze": "SELECT count(*) FROM einsatz",
            "minuten": "SELECT coalesce(sum(minuten), 0) FROM einsatz",
            "importe": "SELECT count(*) FROM import_record",
            "laeufe": "SELECT count(*) FROM auszahlungslauf",
            "auszahlungen": "SELECT count(*) FROM auszahlung",
            "cent": "SELECT coalesce(sum(betrag_cent), 0) FROM auszahlung",
            "posten": "SELECT count(*) FROM auszahlung_posten",
            "protokoll": "SELECT count(*) FROM protokoll",
        }
        return {name: connection.execute(sql).fetchone()[0] for name, sql in queries.items()}
    finally:
        connection.close()


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def _import_command(path: Path, csv_path: Path) -> list[str]:
    return [sys.executable, "-m", "lotsendesk", "--db", str(path), "import", "einsaetze", str(csv_path)]


def _payout_command(path: Path) -> list[str]:
    code = (
        "import sys; from datetime import date; from pathlib import Path; "
        "from lotsendesk.services.database import open_database; "
        "from lotsendesk.services.auszahlungen import Methode, confirm_run; "
        f"db = open_database(Path({str(path)!r})); "
        f"paid = confirm_run(db, {YEAR}, date({YEAR}, 12, 31), date({YEAR + 1}, 1, 5), Methode.UEBERWEISUNG); "
        "db.close(); print(len(paid))"
    )
    return [sys.executable, "-c", code]


def _run_killed(command: list[str], after: float) -> None:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=after)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()


def _check_all_or_nothing(make_command, base: Path, tmp_path: Path) -> None:
    before = _state(base)
    full = tmp_path / "full.sqlite"
    shutil.copyfile(base, full)
    started = time.perf_counter()
    subprocess.run(make_command(full), check=True, capture_output=True, timeout=300)
    duration = time.perf_counter() - started
    after = _state(full)
    assert after != before  # the uninterrupted run wrote something

    seen, locks_left = set(), 0
    for fraction in FRACTIONS:
        path = tmp_path / f"killed-{fraction}.sqlite"
        shutil.copyfile(base, path)
        _run_killed(make_command(path), duration * fraction)
        state = _state(path)
        assert state in (before, after), (fraction, state)
        seen.add("after" if state == after else "before")
        assert _integrity(path) == "ok"
        leftover = lock.read_owner(path)  # the killed process's lock, if it got that far: taken over
        db = open_database(path)
        try:
            owner = lock.read_owner(path)
            assert owner is not None and owner.pid == os.getpid()
        finally:
            db.close()
        assert _state(path) == state
        locks_left += leftover is not None
    assert locks_left  # at least one killed process held the lock, and it was taken over
    print(f"uninterrupted: {duration:.2f} s; killed runs ended {sorted(seen)}")


def test_import_killed_leaves_all_or_nothing(base: tuple[Path, Path], tmp_path: Path) -> None:
    path, csv_path = base
    _check_all_or_nothing(lambda target: _import_command(target, csv_path), path, tmp_path)


def test_payout_run_killed_leaves_all_or_nothing(base: tuple[Path, Path], tmp_path: Path) -> None:
    path, _ = base
    _check_all_or_nothing(_payout_command, path, tmp_path)
