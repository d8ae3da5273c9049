"""Durations as treasurers type them, and the minutes → hours conversion."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lotsendesk.domain.durations import MAX_MINUTES_PER_DAY, check_duration, minutes_to_hours, parse_duration
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.formatting import format_hours


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("2,5", 150),
        ("2.5", 150),
        ("2:30", 150),
        ("90 min", 90),
        ("0,25", 15),
        ("0,75", 45),
        ("3", 180),
        ("2 h", 120),
        ("2h", 120),
        ("2 Std", 120),
        ("2 Std.", 120),
        ("1,5 Stunden", 90),
        ("90min", 90),
        ("90 Minuten", 90),
        ("1h30", 90),
        ("1 h 30 min", 90),
        ("0:45", 45),
        ("2:30:00", 150),
        ("  2,5  ", 150),
        ("2,5\u00a0h", 150),  # non-breaking space from a copied spreadsheet cell
        ("1,333", 80),  # 79.98 minutes round half-up to the minute
        ("0,01", 1),  # 0.6 min → 1
    ],
)
def test_worked_examples(text: str, minutes: int) -> None:
    assert parse_duration(text) == minutes


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_asks_for_a_duration(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_duration(text)
    assert info.value.message == "Bitte eine Dauer angeben, z. B. 2,5 oder 2:30."
    assert info.value.field == "dauer"


@pytest.mark.parametrize("text", ["abc", "2:75", "1h75", "-1", "2,5,5", "zwei Stunden", "2:30:15", "2;30"])
def test_unreadable_input_gets_a_german_message(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_duration(text)
    assert "nicht lesbar" in info.value.message
    assert text.strip() in info.value.message


def test_check_duration_bounds() -> None:
    check_duration(1)
    check_duration(MAX_MINUTES_PER_DAY)
    with pytest.raises(ValidationError, match="größer als 0"):
        check_duration(0)
    with pytest.raises(ValidationError, match="höchstens 24 Stunden"):
        check_duration(MAX_MINUTES_PER_DAY + 1)


@pytest.mark.parametrize(
    ("minutes", "hours"),
    [(0, "0.00"), (1, "0.02"), (15, "0.25"), (20, "0.33"), (40, "0.67"), (150, "2.50"), (16560, "276.00")],
)
def test_minutes_to_hours(minutes: int, hours: str) -> None:
    assert minutes_to_hours(minutes) == Decimal(hours)


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=59))
def test_h_mm_round_trips(hours: int, minutes: int) -> None:
    assert parse_duration(f"{hours}:{minutes:02d}") == hours * 60 + minutes


@given(st.integers(min_value=0, max_value=10_000_000))
def test_minutes_to_hours_loses_nothing_beyond_rounding(minutes: int) -> None:
    hours = minutes_to_hours(minutes)
    assert hours == hours.quantize(Decimal("0.01"))
    # two decimal places of an hour are 0.6 minutes; half of that is the most rounding may move
    assert abs(hours * 60 - minutes) <= Decimal("0.3")


@given(st.integers(min_value=1, max_value=59_999))
def test_displayed_hours_read_back_as_the_same_minutes(minutes: int) -> None:
    """What the table shows (``2,50``), typed in again, is the same duration."""
    assert parse_duration(format_hours(minutes)) == minutes


@given(st.lists(st.integers(min_value=1, max_value=MAX_MINUTES_PER_DAY), max_size=200))
def test_summing_minutes_first_is_exact(entries: list[int]) -> None:
    """Sums are taken in minutes and converted once: the per-entry rounding error never piles up."""
    total = minutes_to_hours(sum(entries))
    assert abs(total * 60 - sum(entries)) <= Decimal("0.3")
    assert abs(sum((minutes_to_hours(m) for m in entries), Decimal(0)) - total) <= Decimal("0.005") * (len(entries) + 1)
