"""Freibetragserklärungen and one person's year: the Förderjahr view, the tax view (Zufluss) and the headroom."""

from datetime import date
from decimal import Decimal

import pytest

from lotsendesk.domain.allowances import Freibetrag
from lotsendesk.domain.errors import ValidationError
from lotsendesk.services.auszahlungen import Methode, confirm_run, list_payouts, storno
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year, year_summary
from lotsendesk.services.freibetraege import (
    FreibetragData,
    available_years,
    delete_freibetrag,
    get_freibetrag,
    list_freibetraege,
    parse_betrag,
    person_year,
    set_freibetrag,
)
from tests.conftest import add_lotse

TODAY = date(2026, 3, 31)


@pytest.fixture
def lotse(db) -> int:
    return add_lotse(db, "1", "Nguyễn", "Thị Hương", qualifiziert_am=date(2024, 1, 1))


def hours(db, lotse_id: int, *items: tuple[date, int]) -> None:
    for day, minutes in items:
        record_einsatz(db, EinsatzData(lotse_id, day, minutes), today=TODAY)


def test_set_is_an_upsert_per_person_and_year_and_returns_the_previous(db, lotse):
    first = FreibetragData(lotse, 2026, Freibetrag.UEBUNGSLEITER, Decimal("0.00"), date(2026, 1, 8))
    assert set_freibetrag(db, first) is None
    second = FreibetragData(lotse, 2026, Freibetrag.EHRENAMT, Decimal("120.50"), date(2026, 1, 9))
    assert set_freibetrag(db, second) == first
    assert get_freibetrag(db, lotse, 2026) == second
    other_year = FreibetragData(lotse, 2025, Freibetrag.UEBUNGSLEITER, Decimal("0.00"), date(2025, 1, 7))
    assert set_freibetrag(db, other_year) is None
    assert list_freibetraege(db, 2026) == [second]
    assert delete_freibetrag(db, lotse, 2026) == second
    assert get_freibetrag(db, lotse, 2026) is None
    assert delete_freibetrag(db, lotse, 2026) is None
    assert get_freibetrag(db, lotse, 2025) == other_year


def test_benefit_flag_only_with_recorded_consent(db, lotse):
    without = FreibetragData(lotse, 2026, sozialleistungen=True)
    with pytest.raises(InputErrors) as caught:
        set_freibetrag(db, without)
    assert "Einwilligung" in caught.value.by_field()["einwilligung_am"]
    assert get_freibetrag(db, lotse, 2026) is None
    with_consent = FreibetragData(lotse, 2026, sozialleistungen=True, einwilligung_am=date(2026, 1, 5))
    set_freibetrag(db, with_consent)
    assert get_freibetrag(db, lotse, 2026).sozialleistungen


def test_declarations_are_checked(db, lotse):
    with pytest.raises(InputErrors, match="negativ"):
        set_freibetrag(db, FreibetragData(lotse, 2026, anderweitig=Decimal("-1.00")))
    with pytest.raises(InputErrors, match="ganze Freibetrag"):
        set_freibetrag(db, FreibetragData(lotse, 2026, Freibetrag.EHRENAMT, Decimal("961.00")))
    set_freibetrag(db, FreibetragData(lotse, 2026, Freibetrag.EHRENAMT, Decimal("960.00")))
    with pytest.raises(ServiceError, match="gibt es nicht"):
        set_freibetrag(db, FreibetragData(9999, 2026))


@pytest.mark.parametrize(
    ("text", "value"),
    [("", "0.00"), ("2.800", "2800.00"), ("2800", "2800.00"), ("2.800,00 €", "2800.00"), ("12,5", "12.50"),
     ("1.234.567,89", "1234567.89"), ("3.5", "3.50"), (" 960 ", "960.00")],
)  # fmt: skip
def test_german_amounts_are_read_exactly(text, value):
    assert parse_betrag(text) == Decimal(value)
    assert isinstance(parse_betrag(text), Decimal)


@pytest.mark.parametrize("text", ["abc", "-5", "1,2,3", "12,345", "2.80.0", "1.2345,00"])
def test_wrong_amounts_are_refused(text):
    with pytest.raises(ValidationError):
        parse_betrag(text, "anderweitig")


def test_december_hours_paid_in_january_show_in_both_views(db, lotse):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    hours(db, lotse, (date(2025, 11, 3), 600), (date(2025, 12, 1), 120), (date(2025, 12, 15), 60))
    confirm_run(db, 2025, date(2025, 11, 30), date(2025, 12, 5), Methode.UEBERWEISUNG)  # 10 h = 50,00 €
    confirm_run(db, 2025, date(2025, 12, 31), date(2026, 1, 9), Methode.UEBERWEISUNG)  # 3 h = 15,00 €

    year_2025 = person_year(db, lotse, 2025)
    fj = year_2025.foerderjahr
    assert fj is not None
    assert (fj.recorded, fj.claimable, fj.cap, fj.cap_left) == (780, 780, 276 * 60, 276 * 60 - 780)
    assert (fj.betrag, fj.ausgezahlt, fj.ausgezahlt_spaeter, fj.offen) == (
        Decimal("65.00"),
        Decimal("65.00"),
        Decimal("15.00"),
        Decimal("0.00"),
    )
    assert fj.ausgezahlt == next(p.ausgezahlt for p in year_summary(db, 2025).people)  # same rules as the year
    assert year_2025.steuer.ausgezahlt == Decimal("50.00")  # Zufluss 2025: only the December payout
    assert any("erst im Folgejahr" in note for note in year_2025.notes)

    year_2026 = person_year(db, lotse, 2026)
    assert year_2026.foerderjahr is None  # no Förderjahr 2026 entered
    assert year_2026.steuer.ausgezahlt == Decimal("15.00")
    assert year_2026.steuer.nach_foerderjahr == ((2025, Decimal("15.00")),)
    assert any("Förderjahr 2025 wurden 2026 ausgezahlt" in note for note in year_2026.notes)
    assert any("Keine Freibetragserklärung für 2026" in w for w in year_2026.warnings)


def test_headroom_2026_is_limit_minus_elsewhere_minus_paid(db, lotse):
    add_year(db, FoerderjahrData(jahr=2026, bewilligt_einsatz=Decimal("5000.00")))
    hours(db, lotse, *[(date(2026, 1, d), 240) for d in range(5, 31) if date(2026, 1, d).weekday() < 5])
    hours(db, lotse, *[(date(2026, 3, d), 240) for d in range(2, 28) if date(2026, 3, d).weekday() < 5])
    set_freibetrag(db, FreibetragData(lotse, 2026, Freibetrag.UEBUNGSLEITER, Decimal("2800.00"), date(2026, 1, 8)))
    confirm_run(db, 2026, date(2026, 1, 31), date(2026, 2, 3), Methode.UEBERWEISUNG)
    paid = sum(p.betrag for p in list_payouts(db, 2026))
    assert paid == Decimal("400.00")  # 20 working days × 4 h × 5 €

    year = person_year(db, lotse, 2026)
    room = year.steuer.headroom
    assert (room.limit, room.used_elsewhere, room.paid) == (Decimal("3300"), Decimal("2800.00"), paid)
    assert room.left == Decimal("100.00")  # 3.300 − 2.800 − 400
    assert year.steuer.ueberschritten == Decimal("0.00")
    # March is claimable and not paid yet: 20 days × 4 h × 5 € = 400 € of which 300 € would be taxable
    assert year.foerderjahr.offen == Decimal("400.00")
    (warning,) = year.warnings
    assert "nur noch 100,00\u00a0€ frei" in warning and "300,00\u00a0€ steuerpflichtig" in warning

    confirm_run(db, 2026, date(2026, 3, 31), date(2026, 3, 31), Methode.UEBERWEISUNG)
    year = person_year(db, lotse, 2026)
    assert year.steuer.ausgezahlt == Decimal("800.00")
    assert year.steuer.headroom.left == Decimal("0.00")
    assert year.steuer.ueberschritten == Decimal("300.00")
    (warning,) = year.warnings
    assert "überschritten: 300,00\u00a0€" in warning


def test_a_storno_counts_in_the_year_it_is_booked(db, lotse):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    hours(db, lotse, (date(2025, 12, 1), 120))
    (payout,) = confirm_run(db, 2025, date(2025, 12, 31), date(2025, 12, 31), Methode.UEBERWEISUNG)
    storno(db, payout.id, "Überweisung kam zurück", date(2026, 1, 10))
    assert person_year(db, lotse, 2025).steuer.ausgezahlt == Decimal("10.00")
    assert person_year(db, lotse, 2026).steuer.ausgezahlt == Decimal("-10.00")
    assert person_year(db, lotse, 2025).foerderjahr.ausgezahlt == Decimal("0.00")


def test_benefit_months_only_with_consent(db, lotse):
    add_year(db, FoerderjahrData(jahr=2026, bewilligt_einsatz=Decimal("5000.00")))
    hours(db, lotse, *[(date(2026, 1, d), 240) for d in range(5, 31) if date(2026, 1, d).weekday() < 5])
    confirm_run(db, 2026, date(2026, 1, 31), date(2026, 2, 3), Methode.BAR)  # 400 € in February
    set_freibetrag(db, FreibetragData(lotse, 2026, anderweitig=Decimal("0.00")))
    assert person_year(db, lotse, 2026).steuer.benefit_months == ()
    set_freibetrag(db, FreibetragData(lotse, 2026, sozialleistungen=True, einwilligung_am=date(2026, 1, 2)))
    year = person_year(db, lotse, 2026)
    (month,) = year.steuer.benefit_months
    assert (month.monat, month.ausgezahlt, month.ueber) == (date(2026, 2, 1), Decimal("400.00"), Decimal("150.00"))
    assert any("02/2026" in w and "150,00" in w for w in year.warnings)


def test_a_person_without_anything_has_quiet_figures(db, lotse):
    year = person_year(db, lotse, 2026)
    assert year.foerderjahr is None and year.steuer.ausgezahlt == Decimal("0.00")
    assert year.warnings == () and year.notes == ()
    with pytest.raises(ServiceError):
        person_year(db, 9999, 2026)


def test_available_years(db, lotse):
    assert available_years(db, date(2026, 5, 1)) == [2026]
    add_year(db, FoerderjahrData(jahr=2024, bewilligt_einsatz=Decimal("1.00")))
    hours(db, lotse, (date(2025, 6, 2), 60))
    assert available_years(db, date(2026, 5, 1)) == [2026, 2025, 2024]
