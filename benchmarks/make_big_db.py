"""Create a big LotsenDesk database for benchmarks: 50 Lots*innen and 100,000 Einsätze (default).

    uv run python benchmarks/make_big_db.py /tmp/big.sqlite [--einsaetze 100000] [--lotsen 50] [--force]

The people go through the Lots*innen service (with all its checks); the Einsätze are written with one bulk
``insert`` in one transaction (architecture.md: 0.95 s instead of 6 s for the ORM unit of work). Every
Einsatz lies between the person's Eintritt/Austritt and today, no person has more than 8 hours on a day,
and the data is the same for the same arguments and day (seeded random).
"""

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from lotsendesk.db.models import Einsatz, Taetigkeit
from lotsendesk.domain.lotse_record import LotseData, RolleAb
from lotsendesk.domain.people import Rolle, Status
from lotsendesk.services.database import open_database
from lotsendesk.services.demo import german_iban
from lotsendesk.services.lotsen import create_lotse

VORNAMEN = (
    "Şükrü", "Ольга", "Thị Hương", "Łukasz", "Amina", "Fatemeh", "Dawit", "Maria", "Jürgen", "Elif", "Tigist",
    "Oleksandr", "Zoë", "Mohammed", "Ayşe", "Grzegorz", "Nadia", "Samuel", "Zeynep", "Ikram", "Dragana", "Hamid",
)  # fmt: skip
NACHNAMEN = (
    "Yılmaz", "Петренко", "Nguyễn", "Wiśniewski", "Haddad", "Rahimi", "Tesfaye", "Schneider", "Becker", "Demir",
    "Alemu", "Kovalenko", "Öztürk", "Al-Masri", "Kowalczyk", "Ahmadi", "Müller", "Đorđević", "Mensah", "Popescu",
)  # fmt: skip
BEMERKUNGEN = (
    "Termin Ausländerbehörde", "Elternabend Grundschule", "Telefonische Beratung", "Jobcenter – Antrag",
    "Kinderarzt, Vorsorge", "Wohnungsbesichtigung", "Bürgeramt, Anmeldung", "Briefe übersetzt", "",
)  # fmt: skip
BLZ = ("50010517", "37040044", "50050201")
MAX_MINUTES_PER_DAY = 8 * 60


def build(path: Path, einsaetze: int = 100_000, lotsen: int = 50, today: date | None = None) -> dict[str, float]:
    """Create the database (``path`` must not exist); returns timings in seconds."""
    today = today or date.today()
    rng = random.Random(4711)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    db = open_database(path, create_folder=True)
    timings["open (neue Datei, Alembic)"] = time.perf_counter() - started
    try:
        started = time.perf_counter()
        people: list[tuple[int, date, date | None]] = []
        for i in range(lotsen):
            eintritt = today - timedelta(days=rng.randrange(5 * 365, 8 * 365))
            austritt = today - timedelta(days=rng.randrange(30, 300)) if i % 10 == 9 else None
            rollen = (RolleAb(Rolle.LOTSIN),)
            if i % 12 == 0:
                rollen = (RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, today - timedelta(days=400 + i)))
            data = LotseData(
                nr=str(i + 1),
                nachname=NACHNAMEN[i % len(NACHNAMEN)],
                vorname=VORNAMEN[(i * 7) % len(VORNAMEN)],
                rollen=rollen,
                qualifiziert_am=eintritt if i % 17 else None,
                eintritt=eintritt,
                austritt=austritt,
                status=Status.AUSGESCHIEDEN if austritt else Status.AKTIV,
                email=f"lotse{i + 1}@example.org",
                iban=german_iban(BLZ[i % len(BLZ)], str(1_000_000 + i * 7919)),
                sprachen="Deutsch, Englisch",
            )
            people.append((create_lotse(db, data), eintritt, austritt))
        timings[f"{lotsen} Lots*innen (Service)"] = time.perf_counter() - started

        started = time.perf_counter()
        with db.session() as session:
            taetigkeiten = list(session.scalars(select(Taetigkeit.id)))
        rows = []
        day_minutes: dict[tuple[int, date], int] = {}
        while len(rows) < einsaetze:
            lotse_id, eintritt, austritt = people[rng.randrange(len(people))]
            first, last = max(eintritt, today - timedelta(days=5 * 365)), austritt or today
            datum = first + timedelta(days=rng.randrange((last - first).days + 1))
            minuten = rng.randrange(2, 17) * 15
            key = (lotse_id, datum)
            if day_minutes.get(key, 0) + minuten > MAX_MINUTES_PER_DAY:
                continue
            day_minutes[key] = day_minutes.get(key, 0) + minuten
            rows.append(
                {
                    "lotse_id": lotse_id,
                    "datum": datum,
                    "minuten": minuten,
                    "taetigkeit_id": rng.choice(taetigkeiten),
                    "bemerkung": rng.choice(BEMERKUNGEN),
                }
            )
        rows.sort(key=lambda r: r["datum"])
        timings[f"{einsaetze:,} Einsätze erzeugen (Python)".replace(",", ".")] = time.perf_counter() - started
        started = time.perf_counter()
        with db.session() as session:
            if rows:
                session.execute(insert(Einsatz), rows)
        timings["Bulk-Insert in einer Transaktion"] = time.perf_counter() - started
    finally:
        db.close()
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="the database file to create")
    parser.add_argument("--einsaetze", type=int, default=100_000, metavar="N", help="number of Einsätze")
    parser.add_argument("--lotsen", type=int, default=50, metavar="N", help="number of Lots*innen")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    if args.path.exists():
        if not args.force:
            print(f"{args.path} exists; use --force to replace it", file=sys.stderr)
            return 2
        for suffix in ("", "-wal", "-shm", ".lock"):
            args.path.with_name(args.path.name + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    timings = build(args.path, args.einsaetze, args.lotsen)
    total = time.perf_counter() - started
    for label, seconds in timings.items():
        print(f"{label:<40} {seconds * 1000:9.0f} ms")
    print(f"{'total':<40} {total * 1000:9.0f} ms")
    print(f"{args.path}: {args.path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
