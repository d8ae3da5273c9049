"""Dates as Germans type them."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lotsendesk.domain.dates import format_date, parse_date, parse_optional_date
from lotsendesk.domain.errors import ValidationError

TODAY = date(2026, 5, 20)


@pytest.mark.parametrize(
    "text",
    ["07.03.2025", "7.3.2025", "7.3.25", "07.03.25", "2025-03-07", "2025-3-7", " 07.03.2025 ", "2025-03-07 00:00:00"],
)
def test_the_same_day_in_every_spelling(text: str) -> None:
    assert parse_date(text, today=TODAY) == date(2025, 3, 7)


def test_without_year_means_this_year() -> None:
    assert parse_date("7.3.", today=TODAY) == date(2026, 3, 7)
    assert parse_date("24.12.", today=date(2030, 1, 2)) == date(2030, 12, 24)


@pytest.mark.parametrize("text", ["31.02.2025", "29.02.2025", "32.1.2025", "1.13.2025", "2025-02-30", "0.1.2025"])
def test_impossible_dates_gibt_es_nicht(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(text, today=TODAY)
    assert info.value.message == f"Das Datum „{text}“ gibt es nicht."
    assert info.value.field == "datum"


def test_leap_day_exists_in_leap_years() -> None:
    assert parse_date("29.02.2028") == date(2028, 2, 29)


@pytest.mark.parametrize("text", ["morgen", "7/3/2025", "07.03.202", "2025/03/07", "7.3.2025 14:00", "7-3-2025"])
def test_not_a_date(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(text, today=TODAY)
    assert info.value.message == f"„{text}“ ist kein Datum. Bitte TT.MM.JJJJ eingeben."


def test_empty_asks_for_a_date_and_names_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        parse_date("", field="eintritt")
    assert info.value.message == "Bitte ein Datum angeben, z. B. 07.03.2025."
    assert info.value.field == "eintritt"


def test_optional_date() -> None:
    assert parse_optional_date("", "austritt") is None
    assert parse_optional_date("  ", "austritt") is None
    assert parse_optional_date("1.2.2024", "austritt") == date(2024, 2, 1)
    with pytest.raises(ValidationError) as info:
        parse_optional_date("30.2.2024", "austritt")
    assert info.value.field == "austritt"


def test_format_date() -> None:
    assert format_date(date(2025, 3, 7)) == "07.03.2025"
    assert format_date(None) == ""


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_format_then_parse_round_trips(day: date) -> None:
    assert parse_date(format_date(day)) == day
