"""Time the Verwendungsnachweis PDF of a big Förderjahr and measure the peak memory of the process writing it.

    uv run python benchmarks/bench_verwendungsnachweis.py [--lotsen 50] [--einsaetze 5000] [--repeat 3]

Builds a temporary database: ``--lotsen`` Lots*innen (through the service; two koordinierende, one role change,
one without qualification), ``--einsaetze`` Einsätze in Förderjahr 2025 (one bulk insert), a Bescheid, four
Raten and four quarterly payout runs (through ``services.auszahlungen``), a Storno and the Angaben. Then, in a
fresh process, ``write_verwendungsnachweis`` is called ``--repeat`` times (first call includes the imports and
fonts) and the process's peak RSS is read from ``getrusage``. Prints the numbers; asserts nothing.
"""

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select

YEAR = 2025


def build(path: Path, lotsen: int, einsaetze: int) -> dict[str, float]:
    from benchmarks.make_big_db import NACHNAMEN, VORNAMEN
    from lotsendesk.db.models import Einsatz, Taetigkeit
    from lotsendesk.domain.lotse_record import LotseData, RolleAb
    from lotsendesk.domain.people import Rolle
    from lotsendesk.services.auszahlungen import Methode, confirm_run, list_payouts, storno
    from lotsendesk.services.database import open_database
    from lotsendesk.services.demo import DEMO_TRAEGER, german_iban
    from lotsendesk.services.foerderjahre import FoerderjahrData, add_rate, add_year
    from lotsendesk.services.lotsen import create_lotse
    from lotsendesk.services.traeger import set_traeger
    from lotsendesk.services.verwendungsnachweis import VnAngaben, set_angaben

    rng = random.Random(2025)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    db = open_database(path, create_folder=True)
    try:
        set_traeger(db, DEMO_TRAEGER)
        add_year(
            db,
            FoerderjahrData(
                jahr=YEAR,
                bewilligt_einsatz=Decimal("60000.00"),
                bewilligt_koordination=Decimal("2000.00"),
                aktenzeichen=f"II 25 – 62 d 02.17-{YEAR}",
                bescheid_datum=date(YEAR, 1, 20),
            ),
        )
        ids = []
        sprachen = ("Türkisch", "Arabisch", "Ukrainisch", "Russisch", "Persisch (Farsi)", "Polnisch", "Tigrinya")
        for i in range(lotsen):
            rollen = (RolleAb(Rolle.KOORDINIEREND),) if i < 2 else (RolleAb(Rolle.LOTSIN),)
            if i == 2:
                rollen = (RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, date(YEAR, 7, 1)))
            data = LotseData(
                nr=f"{i + 1:03d}",
                nachname=NACHNAMEN[i % len(NACHNAMEN)],
                vorname=VORNAMEN[(i * 7) % len(VORNAMEN)],
                rollen=rollen,
                qualifiziert_am=None if i == 7 else date(YEAR - 1, 6, 1),
                eintritt=date(YEAR - 1, 5, 1) if i % 9 else date(YEAR, 2, 1),
                iban=german_iban("50010517", str(2_000_000 + i * 7919)),
                sprachen=f"Deutsch, {sprachen[i % len(sprachen)]}, {sprachen[(i * 3 + 1) % len(sprachen)]}",
            )
            ids.append(create_lotse(db, data))
        with db.session() as session:
            taetigkeiten = list(session.scalars(select(Taetigkeit.id)))
        rows = []
        for _ in range(einsaetze):
            day = date(YEAR, 1, 1) + timedelta(days=rng.randrange(365))
            rows.append(
                {
                    "lotse_id": rng.choice(ids),
                    "datum": max(day, date(YEAR, 2, 1)),
                    "minuten": rng.randrange(2, 13) * 15,
                    "taetigkeit_id": rng.choice(taetigkeiten),
                    "bemerkung": "Begleitung (Bemerkung wird nie gedruckt)",
                }
            )
        with db.session() as session:
            session.execute(insert(Einsatz), rows)
        timings["Lots*innen + Einsätze"] = time.perf_counter() - started
        started = time.perf_counter()
        for quarter_end in (date(YEAR, 3, 31), date(YEAR, 6, 30), date(YEAR, 9, 30), date(YEAR, 12, 31)):
            paid_on = quarter_end + timedelta(days=7)
            paid = confirm_run(db, YEAR, quarter_end, paid_on, Methode.UEBERWEISUNG)
            add_rate(db, YEAR, paid_on - timedelta(days=10), sum((p.betrag for p in paid), Decimal("0.00")))
            if quarter_end.month == 6:
                storno(db, paid[0].id, "Überweisung zurückgekommen", paid_on + timedelta(days=5))
        timings["4 Auszahlungsläufe + Storno"] = time.perf_counter() - started
        set_angaben(
            db,
            YEAR,
            VnAngaben(projektverlauf="Text " * 200, eigenmittel=Decimal("250.00"), koordination_ist=Decimal("2000")),
        )
        timings["payouts"] = len(list_payouts(db, YEAR))
    finally:
        db.close()
    return timings


def write_only(path: Path, repeat: int) -> None:
    """Run in a fresh process: time the PDF and report the peak RSS."""
    started = time.perf_counter()
    from lotsendesk.services.database import open_database
    from lotsendesk.services.verwendungsnachweis import vn_data, write_verwendungsnachweis

    print(f"{'imports':<44} {(time.perf_counter() - started) * 1000:8.0f} ms")
    db = open_database(path)
    try:
        started = time.perf_counter()
        data = vn_data(db, YEAR)
        print(f"{'vn_data':<44} {(time.perf_counter() - started) * 1000:8.0f} ms")
        out = path.with_name("vn.pdf")
        for run in range(1, repeat + 1):
            started = time.perf_counter()
            write_verwendungsnachweis(db, YEAR, out, created=date(YEAR + 1, 2, 1))
            label = f"write_verwendungsnachweis #{run}" + (" (fonts, first)" if run == 1 else "")
            print(f"{label:<44} {(time.perf_counter() - started) * 1000:8.0f} ms")
        from pypdf import PdfReader

        pages = len(PdfReader(out).pages)
        print(
            f"PDF: {pages} Seiten, {out.stat().st_size / 1024:.0f} KB; {len(data.people)} Personen, "
            f"{len(data.belege)} Belege, {data.statistik.einsaetze} Einsätze"
        )
    finally:
        db.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak RSS of this process':<44} {peak_mb:8.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lotsen", type=int, default=50)
    parser.add_argument("--einsaetze", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write-only", type=Path, metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.write_only:
        write_only(args.write_only, args.repeat)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vn.sqlite"
        for label, value in build(path, args.lotsen, args.einsaetze).items():
            print(f"{label:<44} {value * 1000:8.0f} ms" if isinstance(value, float) else f"{label:<44} {value:8}")
        script = Path(__file__).resolve()
        root = script.parent.parent
        proc = subprocess.run(
            [sys.executable, str(script), "--write-only", str(path), "--repeat", str(args.repeat)], cwd=root
        )
        return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
