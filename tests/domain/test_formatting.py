"""German figures: hours ``276,00``, money ``1.234,50 €`` (non-breaking space), rounding half-up."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lotsendesk.domain.formatting import format_date, format_hours, format_money, format_number


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (0, "0,00"),
        (1, "0,02"),
        (15, "0,25"),
        (150, "2,50"),
        (16560, "276,00"),
        (24840, "414,00"),
        (6_000_000, "100.000,00"),
    ],
)
def test_format_hours(minutes: int, text: str) -> None:
    assert format_hours(minutes) == text


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("1234.5", "1.234,50\xa0€"),
        ("1380", "1.380,00\xa0€"),
        ("2070.00", "2.070,00\xa0€"),
        ("0", "0,00\xa0€"),
        ("5", "5,00\xa0€"),
        ("-12.5", "-12,50\xa0€"),
        ("1000000", "1.000.000,00\xa0€"),
    ],
)
def test_format_money(amount: str, text: str) -> None:
    assert format_money(Decimal(amount)) == text


@pytest.mark.parametrize(("amount", "text"), [("0.125", "0,13\xa0€"), ("2.345", "2,35\xa0€"), ("0.005", "0,01\xa0€")])
def test_money_rounds_half_up_to_cents(amount: str, text: str) -> None:
    """Kaufmännisch gerundet, like every other amount in LotsenDesk (not banker's rounding)."""
    assert format_money(Decimal(amount)) == text


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [("1234.5", 2, "1.234,50"), ("2.345", 2, "2,35"), ("0.125", 2, "0,13"), ("-1234.5", 2, "-1.234,50"), ("7", 0, "7")],
)
def test_format_number(value: str, places: int, text: str) -> None:
    assert format_number(Decimal(value), places) == text


def test_format_date_is_reexported() -> None:
    from datetime import date

    assert format_date(date(2025, 3, 7)) == "07.03.2025"


@given(st.integers(min_value=0, max_value=10**9))
def test_money_from_cents_is_exact(cents: int) -> None:
    text = format_money(Decimal(cents) / 100)
    assert text.endswith("\xa0€")
    assert Decimal(text.removesuffix("\xa0€").replace(".", "").replace(",", ".")) * 100 == cents
