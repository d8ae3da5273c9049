"""The demo association: realistic, valid by the same rules as typed entries, the same for the same day."""

import json
import socket
import sqlite3
import subprocess
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from lotsendesk.domain.einsatz_rules import DEFAULT_TAETIGKEITEN, PersonDates, check_einsatz
from lotsendesk.domain.funding import budget_state
from lotsendesk.domain.iban import validate_iban
from lotsendesk.domain.lotse_record import RolleAb, rolle_am
from lotsendesk.domain.people import Rolle, Status
from lotsendesk.services import lock
from lotsendesk.services.auszahlungen import list_payouts, propose_run
from lotsendesk.services.database import open_database
from lotsendesk.services.demo import create_demo_database, german_iban
from lotsendesk.services.einsaetze import EinsatzFilter, query_einsaetze
from lotsendesk.services.errors import DatabaseError
from lotsendesk.services.foerderjahre import list_years, year_summary
from lotsendesk.services.freibetraege import list_freibetraege, person_year
from lotsendesk.services.lotsen import get_lotse, list_lotsen
from tests.conftest import add_lotse

TODAY = date(2026, 11, 26)


def _load(path: Path, today: date = TODAY):
    """(Lots*innen with their full data, Einsätze) of the demo at ``path``."""
    db = open_database(path)
    try:
        people = {row.id: (row, get_lotse(db, row.id)) for row in list_lotsen(db, today)}
        return people, query_einsaetze(db, EinsatzFilter())
    finally:
        db.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo_database(path, TODAY)
    return _load(path)


def _minutes(einsaetze, lotse_id: int, year: int) -> int:
    return sum(e.minuten for e in einsaetze if e.lotse_id == lotse_id and e.datum.year == year)


def _by_name(demo, nachname: str):
    people, _ = demo
    (match,) = [(row, data) for row, data in people.values() if data.nachname == nachname]
    return match


def test_about_twelve_people_with_their_names_as_they_write_them(demo) -> None:
    people, einsaetze = demo
    team = {row.id for row, _ in people.values() if _minutes(einsaetze, row.id, TODAY.year - 1)
            or _minutes(einsaetze, row.id, TODAY.year)}  # fmt: skip
    assert 10 <= len(team) <= 14  # the team with Einsätze; the rest joined on last year's Basisqualifizierung
    assert 16 <= len(people) <= 22
    names = {row.name for row, _ in people.values()}
    assert {"Yılmaz, Şükrü", "Петренко, Ольга", "Nguyễn, Thị Hương", "Wiśniewski, Łukasz"} <= names
    for _, data in people.values():
        assert data.nr and data.eintritt and data.email and data.telefon and data.anschrift and data.sprachen
        assert validate_iban(data.iban) == data.iban
        assert "Deutsch" in data.sprachen
    assert len({data.nr for _, data in people.values()}) == len(people)
    assert 1000 < len(einsaetze) < 5000


def test_two_koordinierende_one_of_them_since_last_july(demo) -> None:
    people, _ = demo
    koordinierende = sorted(row.name for row, _ in people.values() if row.rolle is Rolle.KOORDINIEREND)
    assert koordinierende == ["Yılmaz, Şükrü", "Петренко, Ольга"]
    row, data = _by_name(demo, "Петренко")
    switch = date(TODAY.year - 1, 7, 1)
    assert data.rollen == (RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, switch))
    assert row.rolle_seit == switch
    assert rolle_am(data.rollen, switch - timedelta(days=1)) is Rolle.LOTSIN


def test_the_switch_shows_in_the_work(demo) -> None:
    """Koordination only once she coordinates; Einsätze on both sides of the switch."""
    _, einsaetze = demo
    row, _ = _by_name(demo, "Петренко")
    switch = date(TODAY.year - 1, 7, 1)
    hers = [e for e in einsaetze if e.lotse_id == row.id]
    assert any(e.datum < switch for e in hers) and any(e.datum >= switch for e in hers)
    assert all(e.datum >= switch for e in hers if e.taetigkeit == "Koordination")
    assert any(e.taetigkeit == "Koordination" for e in hers)


def test_one_unqualified_person_with_hours(demo) -> None:
    people, einsaetze = demo
    unqualified = [row for row, data in people.values() if data.qualifiziert_am is None]
    with_hours = [row for row in unqualified if _minutes(einsaetze, row.id, TODAY.year) > 0]
    assert [row.name for row in with_hours] == ["Tesfaye, Dawit"]
    # both still "in Qualifizierung": below 80 % of the Basisqualifizierung's UE (the other has no Einsätze)
    assert sorted(row.name for row in unqualified) == ["El Amrani, Samira", "Tesfaye, Dawit"]
    assert all(people[row.id][1].status is Status.IN_QUALIFIZIERUNG for row in unqualified)


def test_late_qualification_with_hours_before_and_after(demo) -> None:
    people, einsaetze = demo
    start = date(TODAY.year - 1, 1, 1)
    late = [data for _, data in people.values() if data.qualifiziert_am and data.qualifiziert_am > start]
    late = [d for d in late if d.eintritt < d.qualifiziert_am]
    assert [d.nachname for d in late] == ["Wiśniewski"]
    row, data = _by_name(demo, "Wiśniewski")
    dates = [e.datum for e in einsaetze if e.lotse_id == row.id]
    assert any(d < data.qualifiziert_am for d in dates) and any(d >= data.qualifiziert_am for d in dates)


def test_ausgeschieden_and_pausiert(demo) -> None:
    _, einsaetze = demo
    row, data = _by_name(demo, "Schneider")
    assert data.status is Status.AUSGESCHIEDEN and data.austritt is not None and data.austritt < TODAY
    assert max(e.datum for e in einsaetze if e.lotse_id == row.id) <= data.austritt
    row, data = _by_name(demo, "Becker")
    assert data.status is Status.PAUSIERT and data.austritt is None
    last = max(e.datum for e in einsaetze if e.lotse_id == row.id)
    assert last < TODAY - timedelta(weeks=8)


def test_one_person_near_the_cap_nobody_above(demo) -> None:
    people, einsaetze = demo
    row, _ = _by_name(demo, "Nguyễn")
    assert 250 * 60 <= _minutes(einsaetze, row.id, TODAY.year) <= 276 * 60
    for row, data in people.values():
        for year in (TODAY.year - 1, TODAY.year):
            koordinierend_all_year = rolle_am(data.rollen, date(year, 1, 1)) is Rolle.KOORDINIEREND
            cap = 414 if koordinierend_all_year else 276
            assert _minutes(einsaetze, row.id, year) <= cap * 60, (row.name, year)


def test_einsaetze_look_like_real_ones(demo) -> None:
    people, einsaetze = demo
    assert {e.taetigkeit for e in einsaetze} <= set(DEFAULT_TAETIGKEITEN)
    assert len({e.taetigkeit for e in einsaetze}) >= 8
    assert all(e.minuten % 15 == 0 and 30 <= e.minuten <= 240 for e in einsaetze)
    assert min(e.datum for e in einsaetze) >= date(TODAY.year - 1, 1, 1)
    assert sum(e.datum.weekday() == 6 for e in einsaetze) == 0  # nobody accompanies anyone on Sundays
    per_week = Counter((e.lotse_id, e.datum.isocalendar()[:2]) for e in einsaetze)
    assert max(per_week.values()) <= 4  # 1–3, plus the monthly team meeting
    texts = {e.bemerkung for e in einsaetze}
    assert "Termin Ausländerbehörde" in texts and "Monatliches Teamtreffen" in texts
    # data protection: no names of accompanied people – and no Lots*in's name either
    for _, data in people.values():
        for name in (data.nachname, data.vorname):
            assert not any(name in text for text in texts)


@pytest.mark.parametrize(
    "today", [TODAY, date(2026, 1, 1), date(2026, 1, 3), date(2025, 7, 1), date(2028, 2, 29), date(2026, 12, 31)]
)
def test_every_einsatz_passes_the_rules_of_a_typed_entry(tmp_path: Path, today: date) -> None:
    path = tmp_path / "demo.sqlite"
    create_demo_database(path, today)
    people, einsaetze = _load(path, today)
    assert len(people) >= 10 and einsaetze
    per_day: dict[tuple[int, date], int] = defaultdict(int)
    for e in einsaetze:
        data = people[e.lotse_id][1]
        same_day = per_day[(e.lotse_id, e.datum)]
        assert check_einsatz(e.datum, e.minuten, PersonDates(data.eintritt, data.austritt), today, same_day) == []
        per_day[(e.lotse_id, e.datum)] += e.minuten
    assert max(e.datum for e in einsaetze) <= today


def _dump(path: Path) -> list:
    connection = sqlite3.connect(path)
    try:
        return [
            connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("lotse", "rollenzuordnung", "taetigkeit", "einsatz")
        ]
    finally:
        connection.close()


def test_deterministic_for_a_fixed_day(tmp_path: Path) -> None:
    create_demo_database(tmp_path / "a.sqlite", TODAY)
    create_demo_database(tmp_path / "b.sqlite", TODAY)
    assert _dump(tmp_path / "a.sqlite") == _dump(tmp_path / "b.sqlite")
    create_demo_database(tmp_path / "c.sqlite", TODAY + timedelta(days=1))
    assert _dump(tmp_path / "c.sqlite")[3] != _dump(tmp_path / "a.sqlite")[3]


def test_created_fresh_each_time(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    create_demo_database(path, TODAY)
    first = _dump(path)
    db = open_database(path)
    add_lotse(db, "99", "Ausprobiert", "Jemand")
    db.close()
    path.with_name("demo.sqlite-wal").write_bytes(b"")  # leftovers of a crashed session
    path.with_name("demo.sqlite-shm").write_bytes(b"")
    create_demo_database(path, TODAY)
    assert _dump(path) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite"]  # closed, no lock left behind


def test_demo_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "noch" / "nicht" / "da" / "demo.sqlite"
    create_demo_database(path, TODAY)
    assert path.is_file()


def test_stale_lock_of_a_dead_demo_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    create_demo_database(path, TODAY)
    finished = subprocess.Popen(["true"])
    finished.wait()
    _lock(path, finished.pid)
    create_demo_database(path, TODAY)
    assert not lock.lock_path(path).exists()


def _lock(path: Path, pid: int) -> None:
    payload = {"user": "kasse", "host": socket.gethostname(), "pid": pid, "since": "2026-11-26T09:00:00"}
    lock.lock_path(path).write_text(json.dumps(payload), encoding="utf-8")


def test_a_demo_open_in_another_window_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    create_demo_database(path, TODAY)
    before = _dump(path)
    sleeper = subprocess.Popen(["sleep", "60"])
    try:
        _lock(path, sleeper.pid)
        with pytest.raises(DatabaseError, match="in einem anderen LotsenDesk-Fenster geöffnet"):
            create_demo_database(path, TODAY + timedelta(days=1))
    finally:
        sleeper.kill()
        sleeper.wait()
    assert _dump(path) == before


def test_a_real_database_is_never_overwritten(tmp_path: Path) -> None:
    """``lotsendesk --demo --db verein.sqlite`` must not wipe the treasurer's real data."""
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    add_lotse(db, "1", "Echt", "Wirklich")
    db.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="keine Demo"):
        create_demo_database(path, TODAY)
    assert path.read_bytes() == before


def test_an_empty_lotsendesk_database_or_foreign_file_is_handled(tmp_path: Path) -> None:
    empty = tmp_path / "leer.sqlite"
    open_database(empty).close()
    create_demo_database(empty, TODAY)  # nothing to lose: becomes the demo
    assert len(_dump(empty)[0]) >= 10
    text = tmp_path / "notizen.sqlite"
    text.write_text("Nicht löschen!", encoding="utf-8")
    with pytest.raises(DatabaseError):
        create_demo_database(text, TODAY)
    assert text.read_text(encoding="utf-8") == "Nicht löschen!"


def test_german_iban_is_valid() -> None:
    assert german_iban("37040044", "532013000") == "DE89370400440532013000"
    for blz in ("50010517", "37040044", "50050201"):
        iban = german_iban(blz, "1234567")
        assert validate_iban(iban) == iban


# --- the money cycle: Förderjahre, Raten, payouts, a Storno, Freibetragserklärungen ---------------------------
@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo_money") / "demo.sqlite"
    create_demo_database(path, TODAY)
    db = open_database(path)
    yield db
    db.close()


def test_both_foerderjahre_with_bescheid_and_raten(demo_db) -> None:
    years = {y.jahr: y for y in list_years(demo_db)}
    assert set(years) == {TODAY.year - 1, TODAY.year}
    for jahr, year in years.items():
        assert year.aktenzeichen == f"II 25 – 62 d 02.17-{jahr}"
        assert year.bescheid_datum is not None and year.erklaerung_zurueck_am is not None
        summary = year_summary(demo_db, jahr)
        assert budget_state(summary.betrag, year.bewilligt_einsatz) == "ok"  # the approved amount fits
        assert summary.raten
    assert len(year_summary(demo_db, TODAY.year).raten) == 2


def test_last_year_is_settled_every_claimable_euro_paid(demo_db) -> None:
    summary = year_summary(demo_db, TODAY.year - 1)
    assert summary.betrag > 0
    for person in summary.people:
        assert person.ausgezahlt == person.betrag, person.name
    # Raten = payouts + the Koordinierungspauschale: nothing to pay back, nothing missing
    year = {y.jahr: y for y in list_years(demo_db)}[TODAY.year - 1]
    assert summary.ausgezahlt == summary.betrag == summary.erhalten - year.bewilligt_koordination
    runs = {p.bezahlt_am for p in list_payouts(demo_db, TODAY.year - 1) if p.storno_von is None}
    assert runs == {date(TODAY.year - 1, 4, 7), date(TODAY.year - 1, 7, 7), date(TODAY.year - 1, 10, 7),
                    date(TODAY.year, 1, 7)}  # fmt: skip


def test_this_year_runs_two_payouts_and_leaves_later_months_open(demo_db) -> None:
    payouts = list_payouts(demo_db, TODAY.year)
    assert {p.bezahlt_am for p in payouts} == {date(TODAY.year, 7, 7), date(TODAY.year, 10, 7)}
    summary = year_summary(demo_db, TODAY.year)
    assert 0 < summary.ausgezahlt < summary.betrag
    assert propose_run(demo_db, TODAY.year, TODAY, TODAY)  # October and November are still to pay


def test_one_storno_with_a_reason_last_year(demo_db) -> None:
    (cancel,) = [p for p in list_payouts(demo_db) if p.storno_von is not None]
    assert cancel.foerderjahr == TODAY.year - 1 and cancel.betrag < 0 and "IBAN" in cancel.grund
    assert cancel.name == "Demir, Elif"


def test_receipt_numbers_are_gapless_per_year(demo_db) -> None:
    numbers: dict[str, list[int]] = defaultdict(list)
    for payout in list_payouts(demo_db):
        year, number = payout.beleg_nr.split("-")
        numbers[year].append(int(number))
    assert set(numbers) == {str(TODAY.year - 1), str(TODAY.year)}
    for found in numbers.values():
        assert sorted(found) == list(range(1, len(found) + 1))


def test_declarations_with_one_missing_and_one_headroom_warning(demo_db) -> None:
    people = {row.nr: row for row in list_lotsen(demo_db, TODAY)}
    last_year = {d.lotse_id for d in list_freibetraege(demo_db, TODAY.year - 1)}
    this_year = {d.lotse_id: d for d in list_freibetraege(demo_db, TODAY.year)}
    assert len(last_year) >= 10 and len(this_year) >= 9
    assert people["12"].id not in this_year  # the newcomer Kovalenko
    assert any("Keine Freibetragserklärung" in w for w in person_year(demo_db, people["12"].id, TODAY.year).warnings)
    (elsewhere,) = [d for d in this_year.values() if d.anderweitig]
    assert elsewhere.anderweitig == Decimal("2800.00")
    figures = person_year(demo_db, elsewhere.lotse_id, TODAY.year)
    assert figures.steuer.headroom.left < Decimal("500.00")
    assert any("Freibetrag" in w for w in figures.warnings)
    consented = [d for d in this_year.values() if d.sozialleistungen]
    assert len(consented) == 1 and consented[0].einwilligung_am is not None


def test_december_hours_paid_in_january_show_in_the_tax_year(demo_db) -> None:
    row = next(r for r in list_lotsen(demo_db, TODAY) if r.nr == "01")
    figures = person_year(demo_db, row.id, TODAY.year)
    assert dict(figures.steuer.nach_foerderjahr)[TODAY.year - 1] > 0
    assert person_year(demo_db, row.id, TODAY.year - 1).foerderjahr.ausgezahlt_spaeter > 0


def _money_dump(path: Path) -> list:
    connection = sqlite3.connect(path)
    try:
        return [
            connection.execute(
                "SELECT id, lotse_id, beleg_jahr, beleg_lfd, bezahlt_am, minuten, betrag_cent, storno_von_id, grund "
                "FROM auszahlung ORDER BY id"
            ).fetchall(),
            connection.execute("SELECT * FROM auszahlung_posten ORDER BY id").fetchall(),
            connection.execute("SELECT * FROM rate_eingang ORDER BY id").fetchall(),
            connection.execute("SELECT * FROM foerderjahr ORDER BY id").fetchall(),
            connection.execute("SELECT * FROM freibetragserklaerung ORDER BY id").fetchall(),
        ]
    finally:
        connection.close()


def test_the_money_is_deterministic_too(tmp_path: Path) -> None:
    create_demo_database(tmp_path / "a.sqlite", TODAY)
    create_demo_database(tmp_path / "b.sqlite", TODAY)
    assert _money_dump(tmp_path / "a.sqlite") == _money_dump(tmp_path / "b.sqlite")


def test_last_years_verwendungsnachweis_is_issued_balanced_and_sent(demo_db, tmp_path) -> None:
    from pypdf import PdfReader

    from lotsendesk.services.dokumente import verwendungsnachweise, write_documents

    (document,) = verwendungsnachweise(demo_db, TODAY.year - 1)
    assert (document.version, document.versandt_am) == (1, date(TODAY.year, 3, 24))
    out = tmp_path / "vn.pdf"
    write_documents(demo_db, [document], out)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "ausgeglichen" in text and "Fehlbetrag" not in text and "ENTWURF" not in text


# --- Qualifizierungen: a finished Basisqualifizierung, Reflexionsgespräche, a planned Vertiefungsseminar --------
def _courses(db):
    from lotsendesk.services import kurse

    return {row.art.value: kurse.get_course(db, row.id, TODAY) for row in kurse.list_courses(db)}


def test_finished_basisqualifizierung_sets_the_qualification_dates(demo_db) -> None:
    from lotsendesk.domain import qualifizierung as q

    basis = _courses(demo_db)["basis"]
    assert basis.data.titel.startswith("Basisqualifizierung WIR-Integrationslots*innen")
    assert basis.vorbei and basis.data.foerderjahr == basis.bis.year == TODAY.year - 1
    assert 24 <= basis.ue <= 30 and 4 <= len(basis.termine) <= 5
    assert basis.data.ort and basis.data.referenten.count(";") == 1  # two Referent*innen
    assert basis.data.bewilligt > 0 and basis.data.erhalten == basis.data.bewilligt and basis.data.erhalten_am
    assert basis.data.erhalten_am < basis.von and basis.data.sachbericht
    assert 8 <= len(basis.teilnehmende) <= 12
    names = {p.name for p in basis.teilnehmende}
    assert {"Wiśniewski, Łukasz", "Tesfaye, Dawit"} <= names  # existing Lots*innen among them
    certified = [p for p in basis.teilnehmende if p.zertifikat_am]
    below = [p for p in basis.teilnehmende if not p.ausreichend]
    assert 1 <= len(below) <= 2 and all(p.zertifikat_am is None and p.qualifiziert_am is None for p in below)
    assert len(certified) == len(basis.teilnehmende) - len(below)
    for person in certified:  # the certificate is the qualification: same day, after the last Termin
        assert person.ausreichend and person.zertifikat_am == person.qualifiziert_am >= basis.bis
    assert any(p.prozent < 100 for p in certified)  # missed a short day and still above 80 %
    # costs with gapless Belege, Verpflegung not fundable; one participant fewer than planned
    kinds = {k.data.kategorie for k in basis.kosten}
    assert {q.Kategorie.HONORAR, q.Kategorie.RAUM, q.Kategorie.MATERIAL, q.Kategorie.VERPFLEGUNG} <= kinds
    assert all(k.data.foerderfaehig == (k.data.kategorie is not q.Kategorie.VERPFLEGUNG) for k in basis.kosten)
    assert [k.beleg_nr for k in sorted(basis.kosten, key=lambda k: k.beleg_nr)] == [
        f"K{TODAY.year - 1}-{n:03d}" for n in range(1, len(basis.kosten) + 1)
    ]
    assert 0 < basis.split.foerderfaehig <= basis.split.hoechstbetrag < basis.hoechstbetrag_geplant
    assert basis.split.nicht_foerderfaehig == Decimal("231.60")
    texts = [w.text for w in basis.warnungen]
    assert any("statt der geplanten" in t for t in texts)
    assert sum("kein Zertifikat" in t for t in texts) == len(below)
    # accounted for: its Verwendungsnachweis issued and sent well before the deadline
    from lotsendesk.services.kurse import sent_courses

    assert basis.bis < sent_courses(demo_db)[basis.id] < basis.frist


def test_wisniewski_is_qualified_by_the_course_and_his_hours_stay_as_they_were(demo_db) -> None:
    """The certificate day is the day the demo always used (halfway through its Einsätze): no figure moves."""
    from lotsendesk.services.demo import _qualification_day

    person = next(r for r in list_lotsen(demo_db, TODAY) if r.nr == "04")
    data = get_lotse(demo_db, person.id)
    assert data.qualifiziert_am == _qualification_day(TODAY) and data.status is Status.AKTIV
    (his,) = [p for p in _courses(demo_db)["basis"].teilnehmende if p.lotse_id == person.id]
    assert his.zertifikat_am == data.qualifiziert_am


def test_planned_vertiefungsseminar_lies_ahead_without_attendance(demo_db) -> None:
    seminar = _courses(demo_db)["vertiefung"]
    assert seminar.termine and all(t.data.datum > TODAY for t in seminar.termine)
    assert len(seminar.teilnehmende) >= 6 and not seminar.attendance_recorded
    assert all(p.qualifiziert_am for p in seminar.teilnehmende)  # a Vertiefung is for qualified people
    assert seminar.data.geplante_teilnehmende > len(seminar.teilnehmende) and not seminar.warnungen


def test_reflexionsgespraeche_deadline_is_coming_up_in_the_pruefhinweise(demo_db) -> None:
    from lotsendesk.services.pruefhinweise import uebersicht

    courses = _courses(demo_db)
    result = uebersicht(demo_db, None, TODAY)
    kurs_fristen = {f.ziel[1]: f for f in result.fristen if f.art == "kurs"}
    reflexion, seminar, basis = courses["reflexion"], courses["vertiefung"], courses["basis"]
    assert 0 < kurs_fristen[reflexion.id].tage <= 60 and seminar.id in kurs_fristen
    assert basis.id not in kurs_fristen  # last year's course: its Verwendungsnachweis is sent
    hint = next(h for h in result.hinweise if h.ziel == ("kurs", reflexion.id))
    assert hint.text.startswith(f"Verwendungsnachweis Qualifizierung „{reflexion.data.titel}“: fällig am")
    assert not reflexion.warnungen and reflexion.split.nicht_foerderfaehig == 0


def test_one_person_qualified_elsewhere(demo_db) -> None:
    from lotsendesk.services.kurse import list_external_qualifications

    (extern,) = list_external_qualifications(demo_db)
    assert extern.name == "Kovalenko, Oleksandr" and extern.veranstalter
    assert get_lotse(demo_db, extern.lotse_id).qualifiziert_am == extern.datum


def test_the_courses_are_deterministic_too(tmp_path: Path) -> None:
    def dump(path: Path) -> list:
        connection = sqlite3.connect(path)
        try:
            return [
                connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                for table in ("kurs", "kurs_termin", "kurs_teilnahme", "kurs_anwesenheit", "kurs_kosten")
            ]
        finally:
            connection.close()

    create_demo_database(tmp_path / "a.sqlite", TODAY)
    create_demo_database(tmp_path / "b.sqlite", TODAY)
    assert dump(tmp_path / "a.sqlite") == dump(tmp_path / "b.sqlite")
