"""What Qualifizierungen cost to read: a big course, and the Prüfhinweise with many of them (issue 7).

    uv run python benchmarks/bench_kurse.py [--courses 20] [--participants 40] [--termine 15] [--costs 200]
                                            [--repeat 5]

  * ``get_course`` of one course with 40 participants × 15 Termine (every attendance ticked) and 200 costs
    (Termine, participants, ticks and costs written in bulk; the 40 Lots*innen through the service);
  * ``year_quali`` (the Förderjahr page's Qualifizierung line) with all courses linked to the year;
  * the Prüfhinweise (``uebersicht``, what the Übersicht page and ``lotsendesk check`` compute) with 20 such
    courses whose Verwendungsnachweis is due soon, split into the course part (``relevant_courses``) and the rest.

Prints the best and the median of ``--repeat`` runs. Nothing is asserted.
"""

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select

from lotsendesk.db.models import Kurs, KursAnwesenheit, KursKosten, KursTeilnahme, KursTermin
from lotsendesk.domain import qualifizierung as q
from lotsendesk.domain.lotse_record import LotseData
from lotsendesk.services import kurse
from lotsendesk.services.database import Database, open_database
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.lotsen import create_lotse
from lotsendesk.services.pruefhinweise import relevant_courses, uebersicht
from lotsendesk.services.quali_jahr import year_quali

TODAY = date.today()
KATEGORIEN = list(q.Kategorie)


def build(db: Database, courses: int, participants: int, termine: int, costs: int) -> list[int]:
    """``courses`` courses, each ending a week before today (deadline in ~12 weeks), all linked to this year."""
    add_year(db, FoerderjahrData(jahr=TODAY.year, bewilligt_einsatz=Decimal("50000.00"), bewilligt_quali=Decimal("1")))
    people = [
        create_lotse(
            db, LotseData(nr=str(n), nachname=f"Teilnehmerin{n:03d}", vorname="Test", eintritt=date(2024, 1, 1))
        )
        for n in range(1, participants + 1)
    ]
    last = TODAY - timedelta(days=7)
    ids = []
    beleg = 0
    for c in range(courses):
        kurs_id = kurse.add_course(
            db,
            kurse.KursData(
                art=q.KursArt.BASIS if c % 2 == 0 else q.KursArt.VERTIEFUNG,
                titel=f"Kurs {c + 1}",
                geplante_teilnehmende=participants + 1,  # one fewer than planned: a warning each
                foerderjahr=TODAY.year,
            ),
        )
        ids.append(kurs_id)
        with db.session() as session:
            session.execute(
                insert(KursTermin),
                [{"kurs_id": kurs_id, "datum": last - timedelta(days=2 * i), "ue": 2} for i in range(termine)],
            )
            session.execute(insert(KursTeilnahme), [{"kurs_id": kurs_id, "lotse_id": p} for p in people])
            termin_ids = list(session.scalars(select(KursTermin.id).where(KursTermin.kurs_id == kurs_id)))
            teilnahme_ids = list(session.scalars(select(KursTeilnahme.id).where(KursTeilnahme.kurs_id == kurs_id)))
            session.execute(
                insert(KursAnwesenheit),
                [
                    {"teilnahme_id": t, "termin_id": termin}
                    for i, t in enumerate(teilnahme_ids)
                    for j, termin in enumerate(termin_ids)
                    if not (i % 10 == 0 and j < 4)  # every tenth person missed four Termine: below 80 %
                ],
            )
            rows = []
            for k in range(costs):
                beleg += 1
                rows.append(
                    {
                        "kurs_id": kurs_id,
                        "beleg_jahr": TODAY.year,
                        "beleg_lfd": beleg,
                        "datum": last,
                        "kategorie": KATEGORIEN[k % len(KATEGORIEN)].value,
                        "empfaenger": f"Empfänger {k}",
                        "beschreibung": "",
                        "betrag_cent": 1000 + k,
                        "foerderfaehig": KATEGORIEN[k % len(KATEGORIEN)] is not q.Kategorie.VERPFLEGUNG,
                    }
                )
            session.execute(insert(KursKosten), rows)
    return ids


def timed(work: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courses", type=int, default=20)
    parser.add_argument("--participants", type=int, default=40)
    parser.add_argument("--termine", type=int, default=15)
    parser.add_argument("--costs", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "kurse.sqlite")
        start = time.perf_counter()
        ids = build(db, args.courses, args.participants, args.termine, args.costs)
        print(
            f"built {args.courses} courses × {args.participants} participants × {args.termine} Termine, "
            f"{args.costs} costs each: {time.perf_counter() - start:.2f} s"
        )
        with db.session() as session:
            assert session.scalar(select(Kurs.id).where(Kurs.id == ids[0])) is not None
        detail = kurse.get_course(db, ids[0], TODAY)
        print(
            f"one course: {len(detail.termine)} Termine, {len(detail.teilnehmende)} participants, "
            f"{sum(len(p.anwesend) for p in detail.teilnehmende)} ticks, {len(detail.kosten)} costs, "
            f"{len(detail.warnungen)} warnings"
        )
        rows = [
            ("get_course (one course)", lambda: kurse.get_course(db, ids[0], TODAY)),
            ("list_courses", lambda: kurse.list_courses(db)),
            (f"year_quali ({len(ids)} courses linked)", lambda: year_quali(db, TODAY.year, TODAY)),
            (f"relevant_courses ({len(ids)} courses)", lambda: relevant_courses(db, TODAY)),
            ("uebersicht (Prüfhinweise, whole)", lambda: uebersicht(db, None, TODAY)),
        ]
        for name, work in rows:
            best, median = timed(work, args.repeat)
            print(f"{name:<40} best {best * 1000:8.1f} ms   median {median * 1000:8.1f} ms")
        result = uebersicht(db, None, TODAY)
        course_items = [h for h in result.hinweise if h.ziel and h.ziel[0] == "kurs"]
        print(f"Prüfhinweise: {len(result.hinweise)} in all, {len(course_items)} about courses")
        db.close()


if __name__ == "__main__":
    main()
