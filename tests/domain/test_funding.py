"""Worked examples for the WIR rules (domain.md §1.2, §6) and properties that must hold for any input."""

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from lotsendesk.domain.funding import (
    CapMethod,
    Entry,
    FundingParameters,
    Period,
    Person,
    Reason,
    amount,
    budget_state,
    claimable_within_budget,
    payout_amount,
    year_result,
    yearly_cap,
)
from lotsendesk.domain.lotse_record import RolleAb
from lotsendesk.domain.people import Rolle

P = FundingParameters()
LOTSIN = (RolleAb(Rolle.LOTSIN),)
KOORD = (RolleAb(Rolle.KOORDINIEREND),)
QUALIFIED = Person(date(2020, 5, 1), date(2020, 1, 1), None, LOTSIN)


def entries(*items: tuple[date, int]) -> list[Entry]:
    return [Entry(i, day, minutes) for i, (day, minutes) in enumerate(items, start=1)]


def test_rate_and_rounding_once_on_the_total():
    # 8 Einsätze of 1:20 h: 640 minutes × 5 € / 60 = 53,333… → 53,33 € (not 8 × 6,67 € = 53,36 €)
    result = year_result(entries(*[(date(2025, 3, d), 80) for d in range(1, 9)]), QUALIFIED, 2025, P)
    assert result.claimable == 640
    assert amount(result.claimable, P.rate) == Decimal("53.33")


def test_half_cent_rounds_up():
    # 3 minutes at 5,00 €/h = 0,25 €; 1 minute = 0,0833… → 0,08 €; 0,125 € would round up to 0,13 €
    assert amount(3, Decimal("5.00")) == Decimal("0.25")
    assert amount(1, Decimal("5.00")) == Decimal("0.08")
    assert amount(3, Decimal("2.50")) == Decimal("0.13")


def test_cap_276_hours_for_a_lotsin_and_414_for_koordinierende():
    many = entries(*[(date(2025, 1, 1) + timedelta(days=d), 120) for d in range(300)])  # 600 h recorded
    lotsin = year_result(many, QUALIFIED, 2025, P)
    koord = year_result(many, Person(date(2020, 5, 1), None, None, KOORD), 2025, P)
    assert (lotsin.recorded, lotsin.claimable, amount(lotsin.claimable, P.rate)) == (36000, 16560, Decimal("1380.00"))
    assert (koord.claimable, amount(koord.claimable, P.rate)) == (24840, Decimal("2070.00"))


def test_the_einsatz_that_crosses_the_cap_is_cut_and_later_ones_are_not_claimable():
    near = [(date(2025, 1, 1) + timedelta(days=d), 60) for d in range(275)]  # 275 h
    result = year_result(entries(*near, (date(2025, 11, 1), 120), (date(2025, 11, 2), 60)), QUALIFIED, 2025, P)
    last_two = result.entries[-2:]
    assert [(r.claimable, r.reason) for r in last_two] == [(60, Reason.OVER_CAP), (0, Reason.OVER_CAP)]
    assert result.claimable == 276 * 60
    assert result.cap_left == 0


def test_late_qualification_counts_only_from_that_day():
    person = Person(date(2025, 6, 15), date(2025, 1, 1), None, LOTSIN)
    result = year_result(entries((date(2025, 6, 14), 120), (date(2025, 6, 15), 90)), person, 2025, P)
    assert result.recorded == 210
    assert result.claimable == 90
    assert result.entries[0].reason == Reason.BEFORE_QUALIFICATION


def test_no_qualification_nothing_claimable_but_recorded():
    person = Person(None, date(2025, 1, 1), None, LOTSIN)
    result = year_result(entries((date(2025, 3, 1), 120)), person, 2025, P)
    assert (result.recorded, result.claimable, result.entries[0].reason) == (120, 0, Reason.NOT_QUALIFIED)


def test_only_the_einsaetze_of_the_year_count():
    result = year_result(entries((date(2024, 12, 31), 60), (date(2025, 1, 1), 30)), QUALIFIED, 2025, P)
    assert (result.recorded, result.claimable) == (30, 30)


def test_after_austritt_and_before_eintritt_are_not_claimable():
    person = Person(date(2020, 1, 1), date(2025, 2, 1), date(2025, 6, 30), LOTSIN)
    result = year_result(
        entries((date(2025, 1, 31), 60), (date(2025, 3, 1), 60), (date(2025, 7, 1), 60)), person, 2025, P
    )
    assert [r.reason for r in result.entries] == [Reason.BEFORE_EINTRITT, None, Reason.AFTER_AUSTRITT]
    assert result.claimable == 60


def test_outside_a_shorter_bewilligungszeitraum():
    bewilligung = Period(date(2025, 4, 1), date(2025, 12, 31))  # a new project from April
    result = year_result(entries((date(2025, 3, 31), 60), (date(2025, 4, 1), 45)), QUALIFIED, 2025, P, bewilligung)
    assert [r.reason for r in result.entries] == [Reason.OUTSIDE_PERIOD, None]
    assert result.claimable == 45


def test_role_change_on_1_july_pro_rated_by_days():
    # 2025: 181 days as Lots*in (Jan–Jun), 184 as koordinierend (Jul–Dec)
    rollen = (RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, date(2025, 7, 1)))
    cap = yearly_cap(rollen, Period.calendar_year(2025), P)
    assert cap == (16560 * 181 + 24840 * 184) // 365 == 20734  # 345 h 34 min
    assert amount(cap, P.rate) == Decimal("1727.83")


def test_role_change_other_methods():
    rollen = (RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, date(2025, 7, 1)))
    year = Period.calendar_year(2025)
    assert yearly_cap(rollen, year, FundingParameters(cap_method=CapMethod.CONSERVATIVE)) == 16560
    assert yearly_cap(rollen, year, FundingParameters(cap_method=CapMethod.HIGHEST)) == 24840
    assert yearly_cap(KOORD, year, FundingParameters(cap_method=CapMethod.CONSERVATIVE)) == 24840


def test_a_leap_year_has_366_days_in_the_pro_rating():
    rollen = (RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, date(2024, 7, 1)))
    assert yearly_cap(rollen, Period.calendar_year(2024), P) == (16560 * 182 + 24840 * 184) // 366


def test_payouts_add_up_to_the_yearly_amount():
    # three quarterly payouts of 80 minutes each: 6,67 + 6,66 + 6,67 = 20,00 € = amount(240)
    parts = [payout_amount(0, 80, P.rate), payout_amount(80, 80, P.rate), payout_amount(160, 80, P.rate)]
    assert parts == [Decimal("6.67"), Decimal("6.66"), Decimal("6.67")]
    assert sum(parts) == amount(240, P.rate) == Decimal("20.00")


def test_budget_warning_at_90_percent_and_error_above():
    approved = Decimal("10000.00")
    assert budget_state(Decimal("8999.99"), approved) == "ok"
    assert budget_state(Decimal("9000.00"), approved) == "warnung"
    assert budget_state(Decimal("10000.00"), approved) == "warnung"
    assert budget_state(Decimal("10000.01"), approved) == "ueberschritten"
    assert claimable_within_budget(Decimal("10500.00"), approved) == approved


minutes_lists = st.lists(st.integers(min_value=1, max_value=24 * 60), min_size=0, max_size=60)


@given(minutes_lists, st.sampled_from([LOTSIN, KOORD]))
def test_claimable_never_exceeds_cap_or_what_was_recorded(minutes, rollen):
    person = Person(date(2020, 1, 1), None, None, rollen)
    items = entries(*[(date(2025, 1, 1) + timedelta(days=i * 6), m) for i, m in enumerate(minutes)])
    result = year_result(items, person, 2025, P)
    assert result.claimable <= min(result.cap, result.recorded)
    assert result.claimable == sum(r.claimable for r in result.entries)
    assert result.claimable == min(result.qualified, result.cap)


@given(st.lists(st.integers(min_value=0, max_value=5000), max_size=12), st.sampled_from(["5.00", "4.75", "12.50"]))
def test_payouts_in_any_split_add_up_exactly(chunks, rate_text):
    rate = Decimal(rate_text)
    paid, total = 0, Decimal("0.00")
    for chunk in chunks:
        total += payout_amount(paid, chunk, rate)
        paid += chunk
    assert total == amount(paid, rate)


@given(st.integers(min_value=0, max_value=24840), st.sampled_from(["5.00", "4.75"]))
def test_amount_is_minutes_times_rate_rounded_once(minutes, rate_text):
    rate = Decimal(rate_text)
    exact = Decimal(minutes) * rate / 60
    assert abs(amount(minutes, rate) - exact) <= Decimal("0.005")
