"""What makes an Einsatz recordable."""

from datetime import date

from lotsendesk.domain.einsatz_rules import DEFAULT_TAETIGKEITEN, PersonDates, check_einsatz

TODAY = date(2025, 11, 20)
PERSON = PersonDates(eintritt=date(2025, 3, 1), austritt=date(2025, 12, 31))


def _messages(datum: date, minuten: int, person: PersonDates = PERSON, same_day: int = 0) -> dict[str, str]:
    return {e.field: e.message for e in check_einsatz(datum, minuten, person, TODAY, same_day)}


def test_an_ordinary_einsatz_is_fine() -> None:
    assert _messages(date(2025, 3, 7), 150) == {}


def test_the_borders_are_inclusive() -> None:
    assert _messages(PERSON.eintritt, 30) == {}
    assert _messages(TODAY, 30) == {}
    leaving = PersonDates(date(2025, 3, 1), date(2025, 6, 30))
    assert _messages(date(2025, 6, 30), 30, leaving) == {}


def test_future() -> None:
    assert _messages(date(2025, 11, 21), 60) == {"datum": "Das Datum 21.11.2025 liegt in der Zukunft."}


def test_before_eintritt_and_after_austritt() -> None:
    assert _messages(date(2025, 2, 28), 60) == {"datum": "Das Datum liegt vor dem Eintritt am 01.03.2025."}
    leaving = PersonDates(date(2025, 3, 1), date(2025, 6, 30))
    assert _messages(date(2025, 7, 1), 60, leaving) == {"datum": "Das Datum liegt nach dem Austritt am 30.06.2025."}


def test_no_dates_known_means_no_date_limits() -> None:
    assert _messages(date(1999, 1, 1), 60, PersonDates(None, None)) == {}


def test_duration_limits() -> None:
    assert _messages(date(2025, 3, 7), 0) == {"dauer": "Die Dauer muss größer als 0 sein."}
    assert _messages(date(2025, 3, 7), -15) == {"dauer": "Die Dauer muss größer als 0 sein."}
    assert _messages(date(2025, 3, 7), 24 * 60) == {}
    assert _messages(date(2025, 3, 7), 24 * 60 + 1) == {"dauer": "Die Dauer darf höchstens 24 Stunden betragen."}


def test_24_hours_per_day_counting_the_other_einsaetze() -> None:
    assert _messages(date(2025, 3, 7), 4 * 60, same_day=20 * 60) == {}
    assert _messages(date(2025, 3, 7), 5 * 60, same_day=20 * 60) == {
        "dauer": "Zusammen mit den 20,00 Stunden, die am 07.03.2025 schon erfasst sind, "
        "wären es mehr als 24 Stunden an einem Tag."
    }


def test_several_problems_at_once() -> None:
    errors = check_einsatz(date(2026, 1, 5), 0, PERSON, TODAY)
    assert [e.field for e in errors] == ["dauer", "datum", "datum"]


def test_default_taetigkeiten_follow_the_domain_brief() -> None:
    assert DEFAULT_TAETIGKEITEN[0] == "Begleitung Behörde"
    assert {"Schule/Kita", "Gesundheit", "Beratung/Telefon", "Koordination", "Teamtreffen"} <= set(DEFAULT_TAETIGKEITEN)
    assert len(set(DEFAULT_TAETIGKEITEN)) == len(DEFAULT_TAETIGKEITEN)
