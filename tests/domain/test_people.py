"""Roles as treasurers write them, and name sorting that works for every script."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.people import Rolle, Status, display_name, parse_rolle, parse_status, sort_key


@pytest.mark.parametrize(
    ("text", "rolle"),
    [
        ("Lotse", Rolle.LOTSIN),
        ("Lotsin", Rolle.LOTSIN),
        ("Lots*in", Rolle.LOTSIN),
        ("Lots:in", Rolle.LOTSIN),
        ("Integrationslotsin", Rolle.LOTSIN),
        ("LOTSIN", Rolle.LOTSIN),
        ("Koordination", Rolle.KOORDINIEREND),
        ("koordinierend", Rolle.KOORDINIEREND),
        ("koordinierende Lotsin", Rolle.KOORDINIEREND),
        ("koordinierender Lotse", Rolle.KOORDINIEREND),
        ("Koordinierende*r Lots*in", Rolle.KOORDINIEREND),
        ("  Koordinierende   Lotsin ", Rolle.KOORDINIEREND),
        ("Koordinatorin", Rolle.KOORDINIEREND),
    ],
)
def test_parse_rolle(text: str, rolle: Rolle) -> None:
    assert parse_rolle(text) is rolle


@pytest.mark.parametrize("text", ["", "Kassiererin", "Lotsen-Team", "koordinierende Kassiererin"])
def test_unknown_role_message(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_rolle(text)
    assert info.value.message == f"Die Rolle „{text.strip()}“ ist unbekannt (möglich: Lots*in oder Koordination)."
    assert info.value.field == "rolle"


def test_parse_status() -> None:
    assert parse_status(" Pausiert ") is Status.PAUSIERT
    assert parse_status("ausgeschieden") is Status.AUSGESCHIEDEN
    with pytest.raises(ValidationError, match="„weg“ ist unbekannt"):
        parse_status("weg")


def _sorted(names: list[str]) -> list[str]:
    return sorted(names, key=sort_key)


def test_sukru_sorts_between_schulz_and_sylvester() -> None:
    assert _sorted(["Sylvester", "Şükrü", "Schulz"]) == ["Schulz", "Şükrü", "Sylvester"]


def test_lukasz_sorts_with_l() -> None:
    assert _sorted(["Mann", "Łukasz", "Lutz", "Lange"]) == ["Lange", "Łukasz", "Lutz", "Mann"]


def test_umlaut_sorts_with_its_base_letter() -> None:
    assert _sorted(["Bauer", "Ärger", "Adler", "Özdemir", "Otto", "Peters"]) == [
        "Adler",
        "Ärger",
        "Bauer",
        "Otto",
        "Özdemir",
        "Peters",
    ]


def test_more_scripts_and_letters() -> None:
    assert _sorted(["Yildiz", "Yılmaz", "Yilmazer"]) == ["Yildiz", "Yılmaz", "Yilmazer"]
    assert _sorted(["Strauß", "Strauss", "Straßer"]) == ["Straßer", "Strauss", "Strauß"]
    assert _sorted(["Nguyễn", "Nguyen", "Nowak"]) == ["Nguyen", "Nguyễn", "Nowak"]
    assert _sorted(["schulz", "Schulz"]) == ["Schulz", "schulz"]  # ties broken by the original text
    # Latin before Cyrillic, whatever the code points of single letters
    assert _sorted(["Петренко", "Zimmermann", "Abel"]) == ["Abel", "Zimmermann", "Петренко"]


@given(st.lists(st.text(max_size=12), max_size=20))
def test_sort_key_is_a_total_order(names: list[str]) -> None:
    once = sorted(names, key=sort_key)
    assert sorted(reversed(names), key=sort_key) == once
    assert sorted(once, key=sort_key) == once


def test_display_name() -> None:
    assert display_name("Yılmaz", "Şükrü") == "Yılmaz, Şükrü"
    assert display_name("Петренко", "Ольга") == "Петренко, Ольга"
    assert display_name("Haddad", "") == "Haddad"
