"""Qualifizierungen in the Prüfhinweise (issue 7): each course's Verwendungsnachweis deadline (three months after its
last Termin) and its warnings, people "in Qualifizierung" with hours, the Qualifizierung line of a Förderjahr, and
``lotsendesk check`` / ``year show`` with courses."""

from datetime import date, datetime, timedelta
from decimal import Decimal

from lotsendesk.db.models import AusgestelltesDokument
from lotsendesk.domain import qualifizierung as q
from lotsendesk.domain.lotse_record import LotseData
from lotsendesk.domain.people import Status
from lotsendesk.services import kurse
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.pruefhinweise import collect, uebersicht
from lotsendesk.services.quali_jahr import quali_text, year_quali
from tests.conftest import add_lotse
from tests.test_pruefhinweise import hours, texts

LAST = date(2025, 3, 15)  # the course's last Termin → Verwendungsnachweis due 15.06.2025


def course(db, last: date = LAST, ue: tuple[int, ...] = (8, 8, 8), **kw) -> int:
    """A Basisqualifizierung „Basis Frühjahr“ with Termine a week apart, the last on ``last``."""
    kw.setdefault("art", q.KursArt.BASIS)
    kurs_id = kurse.add_course(db, kurse.KursData(titel="Basis Frühjahr", **kw))
    for i, n in enumerate(ue):
        kurse.add_termin(db, kurs_id, kurse.TerminData(last - timedelta(weeks=len(ue) - 1 - i), n))
    return kurs_id


def participant(db, kurs_id: int, nr: str, name: str, termine: int) -> int:
    """A new person on the list, present at the first ``termine`` Termine."""
    _, teilnahme = kurse.add_new_participant(db, kurs_id, LotseData(nr=nr, nachname=name, eintritt=date(2025, 1, 1)))
    for termin in kurse.get_course(db, kurs_id, LAST).termine[:termine]:
        kurse.set_attendance(db, teilnahme, termin.id, True)
    return teilnahme


def mark_sent(db, kurs_id: int, am: date) -> None:
    """The course's Verwendungsnachweis issued and marked as sent (as the documents service stores it)."""
    with db.session() as session:
        session.add(
            AusgestelltesDokument(
                art=kurse.VN_ART,
                nummer=str(kurs_id),
                version=1,
                erstellt_am=datetime.combine(am, datetime.min.time()),
                sha256="0" * 64,
                daten="{}",
                versandt_am=am,
            )
        )


def kurs_items(items, kurs_id: int):
    return [h for h in items if h.ziel == ("kurs", kurs_id)]


# --- the deadline --------------------------------------------------------------------------------------------
def test_deadline_three_months_after_the_last_termin_in_the_open_deadlines(db):
    kurs_id = course(db)
    (frist,) = [f for f in uebersicht(db, 2025, date(2025, 3, 20)).fristen if f.art == "kurs"]
    assert (frist.datum, frist.tage, frist.ziel, frist.jahr) == (date(2025, 6, 15), 87, ("kurs", kurs_id), 2025)
    assert frist.name == "Verwendungsnachweis Qualifizierung „Basis Frühjahr“"
    # a deadline more than 60 days away is listed, but is no Prüfhinweis yet
    assert kurs_items(collect(db, 2025, date(2025, 3, 20)), kurs_id) == []


def test_deadline_info_then_warning_then_error_then_dropped(db):
    kurs_id = course(db)
    (info,) = kurs_items(collect(db, 2025, date(2025, 5, 1)), kurs_id)
    assert info.schwere == "info"
    assert info.text.startswith(
        "Verwendungsnachweis Qualifizierung „Basis Frühjahr“: fällig am 15.06.2025 (noch 45 Tage). Mit dem "
        "Sachbericht, dem zahlenmäßigen Nachweis und der Teilnehmendenliste per Post"
    )
    (warning,) = kurs_items(collect(db, 2025, date(2025, 6, 5)), kurs_id)
    assert warning.schwere == "warnung" and "(noch 10 Tage)" in warning.text
    (error,) = kurs_items(collect(db, 2025, date(2025, 6, 20)), kurs_id)
    assert error.schwere == "fehler" and "(seit 5 Tagen überfällig)" in error.text
    assert collect(db, 2025, date(2025, 6, 20))[0] == error  # errors first
    # like the year's Verwendungsnachweis: reported for 30 days after the date, then no longer
    assert kurs_items(collect(db, 2025, date(2025, 7, 15)), kurs_id)
    assert kurs_items(collect(db, 2025, date(2025, 7, 16)), kurs_id) == []
    assert not [f for f in uebersicht(db, 2025, date(2025, 7, 16)).fristen if f.art == "kurs"]


def test_a_deadline_set_by_the_bescheid_wins(db):
    kurs_id = course(db, verwendungsnachweis_bis=date(2025, 9, 30))
    (frist,) = [f for f in uebersicht(db, 2025, date(2025, 6, 20)).fristen if f.ziel == ("kurs", kurs_id)]
    assert frist.datum == date(2025, 9, 30) and frist.tage == 102


def test_sent_verwendungsnachweis_removes_deadline_and_warnings(db):
    kurs_id = course(db, geplante_teilnehmende=3)
    participant(db, kurs_id, "1", "Voll", 3)
    participant(db, kurs_id, "2", "Halb", 1)
    items = kurs_items(collect(db, 2025, date(2025, 6, 5)), kurs_id)
    assert len(items) == 3  # fewer than planned, one below 80 %, the deadline
    mark_sent(db, kurs_id, date(2025, 6, 2))
    assert kurs_items(collect(db, 2025, date(2025, 6, 5)), kurs_id) == []
    assert not [f for f in uebersicht(db, 2025, date(2025, 6, 5)).fristen if f.art == "kurs"]


def test_a_course_without_termine_has_no_deadline(db):
    kurs_id = course(db, ue=())
    result = uebersicht(db, 2025, date(2025, 3, 1))
    assert not [f for f in result.fristen if f.art == "kurs"] and kurs_items(result.hinweise, kurs_id) == []


# --- the course's warnings ---------------------------------------------------------------------------------------
def test_warnings_of_a_finished_course_name_the_course_and_open_it(db):
    kurs_id = course(db, geplante_teilnehmende=3)
    participant(db, kurs_id, "1", "Voll", 3)
    participant(db, kurs_id, "2", "Halb", 1)
    items = kurs_items(collect(db, 2025, date(2025, 3, 20)), kurs_id)
    assert [h.schwere for h in items] == ["warnung", "warnung"]
    assert texts(items) == [
        "„Basis Frühjahr“: Es haben 2 statt der geplanten 3 Personen teilgenommen: Der Höchstbetrag sinkt auf "
        "600,00\u00a0€; zu viel erhaltene Mittel sind zurückzuzahlen.",
        "„Basis Frühjahr“: Halb war bei 33,3 % der UE anwesend (nötig: 80 %) – kein Zertifikat.",
    ]


def test_planned_course_warns_about_its_size_and_costs_above_the_maximum_grant_are_an_error(db):
    kurs_id = course(db, last=date(2025, 10, 4), ue=(6, 6, 6))  # 18 UE
    participant(db, kurs_id, "1", "Eins", 0)
    kurse.add_cost(
        db, kurs_id, kurse.KostenData(date(2025, 9, 1), q.Kategorie.HONORAR, Decimal("500.00"), "Referentin")
    )
    items = kurs_items(collect(db, 2025, date(2025, 9, 1)), kurs_id)
    assert [h.schwere for h in items] == ["fehler", "warnung"]  # errors first
    assert "liegen 275,00\u00a0€ über dem Höchstbetrag" in items[0].text  # 1 × 18 UE × 12,50 € = 225,00 €
    assert items[1].text == "„Basis Frühjahr“: Eine Basisqualifizierung umfasst 20 bis 36 UE; dieser Kurs hat 18 UE."


def test_warnings_of_a_long_finished_course_are_no_longer_reported(db):
    kurs_id = course(db, geplante_teilnehmende=5)
    participant(db, kurs_id, "1", "Voll", 3)
    assert kurs_items(collect(db, 2025, date(2025, 7, 15)), kurs_id)
    assert kurs_items(collect(db, 2025, date(2025, 8, 1)), kurs_id) == []


# --- people in Qualifizierung ----------------------------------------------------------------------------------
def test_hours_of_a_person_in_qualifizierung_are_not_claimable(db):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    lernend = add_lotse(db, "1", "Tesfaye", "Dawit", status=Status.IN_QUALIFIZIERUNG)
    ohne = add_lotse(db, "2", "Alemu", "Tigist")
    hours(db, lernend, (date(2025, 2, 3), 2.5))
    hours(db, ohne, (date(2025, 2, 3), 1))
    items = collect(db, 2025, date(2025, 3, 1))
    (item,) = [h for h in items if h.ziel == ("lotse", lernend)]
    assert item.schwere == "warnung"
    assert item.text == (
        "Dawit Tesfaye ist noch in Qualifizierung und hat 2,50 Stunden erfasst: diese Stunden sind nicht "
        "abrechenbar. Abrechenbar sind erst Stunden ab dem Zertifikat der Basisqualifizierung."
    )
    (other,) = [h for h in items if h.ziel == ("lotse", ohne)]
    assert "ist aber nicht als qualifiziert eingetragen" in other.text  # the old wording for the rest


def test_the_certificate_ends_the_hint_for_hours_from_that_day(db):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    kurs_id = course(db)
    teilnahme = participant(db, kurs_id, "1", "Neu", 3)
    lotse_id = kurse.get_course(db, kurs_id, LAST).teilnehmende[0].lotse_id
    hours(db, lotse_id, (date(2025, 3, 10), 2), (date(2025, 4, 1), 3))
    assert "noch in Qualifizierung" in only_person(db, lotse_id)[0].text
    kurse.issue_certificate(db, teilnahme, LAST)
    (item,) = only_person(db, lotse_id)
    assert item.schwere == "info" and "liegen vor dem Qualifizierungsdatum" in item.text


def only_person(db, lotse_id: int):
    """Their qualification items (a missing Freibetragserklärung is reported as well, and not the point here)."""
    items = collect(db, 2025, date(2025, 5, 1))
    return [h for h in items if h.ziel == ("lotse", lotse_id) and "Qualifi" in h.text]


# --- the Förderjahr's Qualifizierung line --------------------------------------------------------------------
def test_year_quali_sums_the_fundable_part_of_the_linked_courses(db):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00"), bewilligt_quali=Decimal("4000.00")))
    add_year(db, FoerderjahrData(jahr=2026, bewilligt_einsatz=Decimal("5000.00")))
    assert quali_text(year_quali(db, 2025)) == "bewilligt 4.000,00\u00a0€ · noch kein Kurs diesem Förderjahr zugeordnet"
    first = course(db, foerderjahr=2025)
    for nr in ("1", "2"):
        participant(db, first, nr, f"P{nr}", 3)  # 2 × 24 UE × 12,50 € = 600,00 € maximum
    kurse.add_cost(db, first, kurse.KostenData(LAST, q.Kategorie.HONORAR, Decimal("700.00"), "Referentin"))
    kurse.add_cost(db, first, kurse.KostenData(LAST, q.Kategorie.VERPFLEGUNG, Decimal("80.00"), "Bäckerei", "", False))
    second = course(db, foerderjahr=2025, art=q.KursArt.VERTIEFUNG, ue=(4,))
    participant(db, second, "3", "P3", 1)
    kurse.add_cost(db, second, kurse.KostenData(LAST, q.Kategorie.RAUM, Decimal("40.00"), "Gemeinde"))
    course(db, foerderjahr=2026)  # another year: not counted
    course(db)  # no Förderjahr: not counted
    figures = year_quali(db, 2025, date(2025, 6, 1))
    assert (figures.bewilligt, figures.foerderfaehig, figures.kurse) == (
        Decimal("4000.00"),
        Decimal("640.00"),  # 600,00 € (capped at the maximum grant) + 40,00 €; Verpflegung not fundable
        2,
    )
    assert figures.rest == Decimal("3360.00")
    assert quali_text(figures) == "bewilligt 4.000,00\u00a0€ · förderfähig aus 2 Kursen: 640,00\u00a0€"
    assert quali_text(year_quali(db, 2026)) == "bewilligt 0,00\u00a0€ · förderfähig aus 1 Kurs: 0,00\u00a0€"


# --- command line --------------------------------------------------------------------------------------------
def test_cli_check_lists_course_deadline_and_warnings(tmp_path, capsys):
    """``check`` uses the real today: a course that ended 100 days ago is overdue (Fehler, exit 1)."""
    from lotsendesk.cli import main
    from lotsendesk.services.database import open_database

    path = tmp_path / "kurs.sqlite"
    db = open_database(path)
    try:
        last = date.today() - timedelta(days=100)
        kurs_id = course(db, last=last, geplante_teilnehmende=2)
        _, teilnahme = kurse.add_new_participant(db, kurs_id, LotseData(nr="1", nachname="Kaya", vorname="Elif"))
        kurse.set_attendance(db, teilnahme, kurse.get_course(db, kurs_id).termine[0].id, True)
    finally:
        db.close()
    assert main(["--db", str(path), "check"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("FEHLER: Verwendungsnachweis Qualifizierung „Basis Frühjahr“: fällig am ")
    assert "überfällig" in lines[0]
    assert (
        "WARNUNG: „Basis Frühjahr“: Kaya, Elif war bei 33,3 % der UE anwesend (nötig: 80 %) – kein Zertifikat." in lines
    )
    assert any(line.startswith("WARNUNG: „Basis Frühjahr“: Es haben 1 statt der geplanten 2") for line in lines)


def test_cli_year_show_prints_the_qualifizierung_line(tmp_path, capsys):
    from lotsendesk.cli import main
    from lotsendesk.services.database import open_database

    path = tmp_path / "jahr.sqlite"
    db = open_database(path)
    try:
        add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
        assert main(["--db", str(path), "year", "show", "2025"]) == 0
        assert "Qualifizierung" not in capsys.readouterr().out  # nothing approved, no course: no line
        kurs_id = course(db, foerderjahr=2025)
        participant(db, kurs_id, "1", "Eins", 3)
        kurse.add_cost(db, kurs_id, kurse.KostenData(LAST, q.Kategorie.RAUM, Decimal("120.00"), "Gemeinde"))
    finally:
        db.close()
    assert main(["--db", str(path), "year", "show", "2025"]) == 0
    out = capsys.readouterr().out
    (line,) = [line for line in out.splitlines() if line.strip().startswith("Qualifizierung:")]
    assert line.split(":", 1)[1].strip() == "bewilligt 0,00 € · förderfähig aus 1 Kurs: 120,00 €"
