"""Worked examples: allowance limits by year, headroom, the benefit month, and every deadline."""

from datetime import date
from decimal import Decimal

import pytest

from lotsendesk.domain.allowances import (
    Freibetrag,
    benefit_month_excess,
    headroom,
    limit,
    tax_year,
)
from lotsendesk.domain.deadlines import (
    add_months,
    antrag_due,
    days_left,
    erklaerung_due,
    kurs_verwendungsnachweis_due,
    verwendungsnachweis_due,
)


@pytest.mark.parametrize(
    ("year", "uebungsleiter", "ehrenamt"),
    [(2020, "2400", "720"), (2021, "3000", "840"), (2025, "3000", "840"), (2026, "3300", "960"), (2030, "3300", "960")],
)
def test_limits_follow_the_year_of_payment(year, uebungsleiter, ehrenamt):
    assert limit(Freibetrag.UEBUNGSLEITER, year) == Decimal(uebungsleiter)
    assert limit(Freibetrag.EHRENAMT, year) == Decimal(ehrenamt)


def test_headroom_and_what_would_become_taxable():
    # 2026, § 3 Nr. 26: 3.300 € − 2.000 € as Sport-Übungsleiter elsewhere − 1.000 € paid by us = 300 € left
    room = headroom(Freibetrag.UEBUNGSLEITER, 2026, Decimal("2000"), Decimal("1000"))
    assert room.left == Decimal("300")
    assert room.taxable_part_of(Decimal("450.00")) == Decimal("150.00")
    assert room.taxable_part_of(Decimal("300.00")) == Decimal("0.00")


def test_ehrenamtspauschale_is_smaller_than_a_full_wir_year():
    # a Lots*in's maximum 1.380 € exceeds the 960 € Ehrenamtspauschale of 2026 by 420 €
    room = headroom(Freibetrag.EHRENAMT, 2026, Decimal("0"), Decimal("0"))
    assert room.taxable_part_of(Decimal("1380.00")) == Decimal("420.00")


def test_december_hours_paid_in_january_belong_to_the_next_tax_year():
    assert tax_year(date(2026, 1, 15)) == 2026


def test_benefit_month_over_250_euro():
    assert benefit_month_excess(Decimal("200.00"), Decimal("40.00")) == Decimal("0.00")
    assert benefit_month_excess(Decimal("200.00"), Decimal("75.00")) == Decimal("25.00")


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 3, 14), 1, date(2025, 4, 14)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


def test_deadlines_of_a_foerderjahr():
    assert erklaerung_due(date(2025, 2, 10)) == date(2025, 3, 10)
    assert verwendungsnachweis_due(2025) == date(2026, 3, 31)
    assert antrag_due(2026) == date(2026, 12, 31)
    assert kurs_verwendungsnachweis_due(date(2025, 10, 18)) == date(2026, 1, 18)
    assert days_left(date(2026, 3, 31), date(2026, 3, 1)) == 30
    assert days_left(date(2026, 3, 31), date(2026, 4, 2)) == -2
