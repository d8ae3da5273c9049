"""A Lots*in's master data: role history and the checks before storing."""

from datetime import date

import pytest

from lotsendesk.domain.lotse_record import LotseData, RolleAb, check_lotse, normalized, rolle_am
from lotsendesk.domain.people import Rolle

L, K = Rolle.LOTSIN, Rolle.KOORDINIEREND
SWITCH = (RolleAb(L), RolleAb(K, date(2025, 7, 1)))


@pytest.mark.parametrize(
    ("tag", "rolle"),
    [
        (date(2024, 12, 31), L),
        (date(2025, 1, 1), L),
        (date(2025, 6, 30), L),
        (date(2025, 7, 1), K),
        (date(2025, 12, 31), K),
        (date(2026, 3, 1), K),
    ],
)
def test_rolle_am_with_a_mid_year_switch(tag: date, rolle: Rolle) -> None:
    assert rolle_am(SWITCH, tag) is rolle


def test_rolle_am_ignores_the_order_of_entries_and_allows_a_switch_back() -> None:
    history = (RolleAb(L, date(2026, 1, 1)), RolleAb(K, date(2025, 7, 1)), RolleAb(L))
    assert rolle_am(history, date(2025, 6, 30)) is L
    assert rolle_am(history, date(2025, 7, 1)) is K
    assert rolle_am(history, date(2025, 12, 31)) is K
    assert rolle_am(history, date(2026, 1, 1)) is L


def test_rolle_am_without_history() -> None:
    assert rolle_am((), date(2025, 1, 1)) is L
    assert rolle_am((RolleAb(K),), date(1990, 1, 1)) is K


def _data(**kwargs) -> LotseData:
    kwargs.setdefault("nr", "7")
    kwargs.setdefault("nachname", "Yılmaz")
    return LotseData(**kwargs)


def test_normalized_trims_compacts_and_sorts() -> None:
    data = normalized(
        _data(
            nr=" 7 ",
            nachname=" Yılmaz ",
            vorname=" Şükrü\t",
            email=" s.yilmaz@example.org ",
            iban=" de89 3704 0044 0532 0130 00 ",
            rollen=(RolleAb(K, date(2025, 7, 1)), RolleAb(L)),
        )
    )
    assert (data.nr, data.nachname, data.vorname, data.email) == ("7", "Yılmaz", "Şükrü", "s.yilmaz@example.org")
    assert data.iban == "DE89370400440532013000"
    assert data.rollen == (RolleAb(L), RolleAb(K, date(2025, 7, 1)))


def test_normalized_keeps_one_role_per_date_the_last_one_given() -> None:
    data = normalized(_data(rollen=(RolleAb(L), RolleAb(L, date(2025, 7, 1)), RolleAb(K, date(2025, 7, 1)))))
    assert data.rollen == (RolleAb(L), RolleAb(K, date(2025, 7, 1)))


def test_normalized_gives_a_role_to_an_empty_history() -> None:
    assert normalized(_data(rollen=())).rollen == (RolleAb(L),)


def test_a_complete_record_passes() -> None:
    data = normalized(
        _data(
            vorname="Şükrü",
            rollen=SWITCH,
            eintritt=date(2020, 4, 1),
            austritt=date(2026, 6, 30),
            email="s.yilmaz@example.org",
            iban="DE89 3704 0044 0532 0130 00",
        )
    )
    assert check_lotse(data) == []


def _fields(data: LotseData) -> dict[str, str]:
    return {e.field: e.message for e in check_lotse(normalized(data))}


def test_every_problem_is_reported_at_once() -> None:
    fields = _fields(
        LotseData(
            nr=" ",
            nachname="",
            eintritt=date(2025, 3, 1),
            austritt=date(2025, 2, 28),
            email="kein-at-zeichen",
            iban="DE00 1234",
        )
    )
    assert fields == {
        "nr": "Bitte eine Nr. angeben.",
        "nachname": "Bitte den Nachnamen angeben.",
        "austritt": "Der Austritt liegt vor dem Eintritt am 01.03.2025.",
        "email": "„kein-at-zeichen“ ist keine E-Mail-Adresse.",
        "iban": "Die IBAN „DE001234“ ist ungültig – bitte Ziffern und Prüfsumme kontrollieren.",
    }


def test_nr_length() -> None:
    assert _fields(_data(nr="x" * 32)) == {}
    assert _fields(_data(nr="x" * 33)) == {"nr": "Die Nr. darf höchstens 32 Zeichen lang sein."}


def test_austritt_on_the_day_of_eintritt_is_fine() -> None:
    assert _fields(_data(eintritt=date(2025, 3, 1), austritt=date(2025, 3, 1))) == {}


def test_a_role_switch_needs_a_date() -> None:
    """The dialog's "Rollenwechsel hinzufügen" line left without a date must not silently make the person
    koordinierend from the very beginning (which would raise every past year's cap to 414 h)."""
    data = normalized(_data(rollen=(RolleAb(L), RolleAb(K))))
    assert data.rollen == (RolleAb(L), RolleAb(K))
    assert _fields(data) == {"rollen": "Jeder Rollenwechsel braucht ein Datum „ab“."}
    assert _fields(_data(rollen=(RolleAb(L), RolleAb(K, date(2025, 7, 1))))) == {}


def test_the_same_undated_role_twice_is_one_entry() -> None:
    assert normalized(_data(rollen=(RolleAb(K), RolleAb(K)))).rollen == (RolleAb(K),)
