"""Förderjahr figures and payout runs against a real database: what is paid, numbered, frozen and cancelled."""

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from lotsendesk.domain.lotse_record import RolleAb
from lotsendesk.domain.people import Rolle
from lotsendesk.services.auszahlungen import Methode, confirm_run, list_payouts, propose_run, storno
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzData, delete_einsaetze, record_einsatz, update_einsatz
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_rate, add_year, year_summary
from tests.conftest import add_lotse

TODAY = date(2025, 12, 31)


@pytest.fixture
def year(db):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00"), aktenzeichen="II 25-62 d 02.17"))
    return 2025


def hours(db, lotse_id: int, *items: tuple[date, int]) -> list[int]:
    return [record_einsatz(db, EinsatzData(lotse_id, day, minutes), today=TODAY) for day, minutes in items]


def test_a_year_exists_once(db, year):
    with pytest.raises(InputErrors, match="gibt es schon"):
        add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("1.00")))


def test_year_summary_per_person(db, year):
    yilmaz = add_lotse(db, "1", "Yılmaz", "Şükrü", qualifiziert_am=date(2024, 1, 1))
    tesfaye = add_lotse(db, "2", "Tesfaye", "Dawit")  # not qualified
    hours(db, yilmaz, *[(date(2025, 3, d), 80) for d in range(1, 9)])
    hours(db, tesfaye, (date(2025, 3, 1), 120))
    add_rate(db, 2025, date(2025, 2, 1), Decimal("2500.00"))
    summary = year_summary(db, 2025)
    rows = {p.nr: p for p in summary.people}
    assert (rows["1"].result.claimable, rows["1"].betrag) == (640, Decimal("53.33"))
    assert (rows["2"].result.recorded, rows["2"].result.claimable, rows["2"].betrag) == (120, 0, Decimal("0.00"))
    assert summary.betrag == Decimal("53.33")
    assert summary.erhalten == Decimal("2500.00")
    assert summary.budget == "ok"


def test_role_change_shows_in_the_function_column(db, year):
    lotse_id = add_lotse(
        db, "3", "Петренко", "Ольга", qualifiziert_am=date(2024, 1, 1),
        rollen=(RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, date(2025, 7, 1))),
    )  # fmt: skip
    hours(db, lotse_id, (date(2025, 8, 1), 60))
    (row,) = year_summary(db, 2025).people
    assert row.rolle == "Lots*in, ab 01.07.2025 koordinierende*r Lots*in"
    assert row.result.cap == 20734


def test_a_run_pays_what_is_claimable_numbers_receipts_and_freezes_einsaetze(db, year):
    a = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1), iban="DE89370400440532013000")
    b = add_lotse(db, "2", "Nguyễn", "Thị Hương", qualifiziert_am=date(2025, 2, 1))
    (first,) = hours(db, a, (date(2025, 1, 10), 90))
    hours(db, b, (date(2025, 1, 20), 60), (date(2025, 2, 3), 120))  # the first is before the qualification
    proposal = {p.nr: p for p in propose_run(db, 2025, date(2025, 3, 31), date(2025, 4, 5))}
    assert (proposal["1"].minutes, proposal["1"].amount) == (90, Decimal("7.50"))
    assert (proposal["2"].minutes, proposal["2"].amount) == (120, Decimal("10.00"))
    assert any("IBAN" in w for w in proposal["2"].warnings)
    paid = confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 5), Methode.UEBERWEISUNG)
    assert sorted(p.beleg_nr for p in paid) == ["2025-001", "2025-002"]
    assert propose_run(db, 2025, date(2025, 3, 31), date(2025, 4, 5)) == []
    with pytest.raises(ServiceError, match="festgeschrieben"):
        update_einsatz(db, first, EinsatzData(a, date(2025, 1, 10), 30), today=TODAY)
    with pytest.raises(ServiceError, match="festgeschrieben"):
        delete_einsaetze(db, [first])


def test_the_database_itself_refuses_to_change_paid_records(db, year):
    a = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1))
    (first,) = hours(db, a, (date(2025, 1, 10), 90))
    confirm_run(db, 2025, date(2025, 1, 31), date(2025, 2, 5), Methode.BAR)
    for statement in (
        f"UPDATE einsatz SET minuten = 30 WHERE id = {first}",
        f"DELETE FROM einsatz WHERE id = {first}",
        "UPDATE auszahlung SET betrag_cent = 1",
        "DELETE FROM auszahlung",
        "DELETE FROM auszahlung_posten",
    ):
        with pytest.raises(ServiceError, match="festgeschrieben"), db.session() as session:
            session.execute(text(statement))
    assert [p.betrag for p in list_payouts(db, 2025)] == [Decimal("7.50")]


def test_storno_frees_the_einsaetze_and_the_next_run_settles_the_difference(db, year):
    a = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1))
    ids = hours(db, a, (date(2025, 1, 10), 80), (date(2025, 2, 10), 80), (date(2025, 3, 10), 80))
    confirm_run(db, 2025, date(2025, 1, 31), date(2025, 2, 1), Methode.BAR)  # 6,67
    (second,) = confirm_run(db, 2025, date(2025, 2, 28), date(2025, 3, 1), Methode.BAR)  # 6,66
    confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 1), Methode.BAR)  # 6,67
    cancelled = storno(db, second.id, "Stunden falsch übertragen", date(2025, 4, 2))
    assert (cancelled.beleg_nr, cancelled.betrag, cancelled.storno_von) == ("2025-004", Decimal("-6.66"), "2025-002")
    with pytest.raises(ServiceError, match="bereits storniert"):
        storno(db, second.id, "doppelt", date(2025, 4, 2))
    update_einsatz(db, ids[1], EinsatzData(a, date(2025, 2, 10), 80, None, "korrigiert"), today=TODAY)
    (again,) = confirm_run(db, 2025, date(2025, 4, 30), date(2025, 5, 2), Methode.BAR)
    assert again.beleg_nr == "2025-005"
    assert again.betrag == Decimal("6.66")  # 20,00 € in total for 240 minutes, however the cents fell
    assert sum(p.betrag for p in list_payouts(db, 2025)) == Decimal("20.00")


def test_the_cap_applies_to_what_is_paid(db, year):
    a = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1))
    hours(db, a, *[(date(2025, 1, 1) + timedelta(days=d), 60) for d in range(270)])  # 270 h until 27.09.
    confirm_run(db, 2025, date(2025, 9, 30), date(2025, 10, 1), Methode.BAR)
    hours(db, a, (date(2025, 10, 5), 240), (date(2025, 10, 6), 240))  # 8 h more, only 6 h are claimable
    (proposal,) = propose_run(db, 2025, date(2025, 10, 31), date(2025, 11, 1))
    assert proposal.minutes == 360
    assert proposal.amount == Decimal("30.00")
    confirm_run(db, 2025, date(2025, 10, 31), date(2025, 11, 1), Methode.BAR)
    assert sum(p.betrag for p in list_payouts(db, 2025)) == Decimal("1380.00")


def test_receipt_numbers_are_per_payment_year(db, year):
    a = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1))
    hours(db, a, (date(2025, 12, 10), 60))
    (payout,) = confirm_run(db, 2025, date(2025, 12, 31), date(2026, 1, 8), Methode.BAR)
    assert payout.beleg_nr == "2026-001"  # December hours paid in January: tax year 2026


def test_excluded_people_are_not_paid(db, year):
    a = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1))
    b = add_lotse(db, "2", "Demir", "Elif", qualifiziert_am=date(2024, 1, 1))
    hours(db, a, (date(2025, 1, 10), 60))
    hours(db, b, (date(2025, 1, 10), 60))
    (paid,) = confirm_run(db, 2025, date(2025, 1, 31), date(2025, 2, 1), Methode.BAR, frozenset({b}))
    assert paid.nr == "1"
    assert [p.nr for p in propose_run(db, 2025, date(2025, 1, 31), date(2025, 2, 1))] == ["2"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.integers(min_value=15, max_value=600), min_size=1, max_size=25),
    st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=5),
    st.lists(st.booleans(), max_size=5),
)
def test_no_einsatz_is_paid_twice_and_numbers_stay_gapless(tmp_path_factory, minutes, months, cancel):
    db = open_database(tmp_path_factory.mktemp("prop") / "p.sqlite")
    try:
        add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
        a = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1))
        hours(db, a, *[(date(2025, 1, 1) + timedelta(days=i * 14), m) for i, m in enumerate(minutes)])
        for i, month in enumerate(sorted(months)):
            until = date(2025, month, 28)
            if propose_run(db, 2025, until, until):
                paid = confirm_run(db, 2025, until, until, Methode.BAR)
                if i < len(cancel) and cancel[i]:
                    storno(db, paid[0].id, "Test", until)
        year_end = date(2025, 12, 31)
        if propose_run(db, 2025, year_end, year_end):
            confirm_run(db, 2025, year_end, year_end, Methode.BAR)
        payouts = list_payouts(db, 2025)
        numbers = sorted(int(p.beleg_nr.split("-")[1]) for p in payouts)
        assert numbers == list(range(1, len(numbers) + 1))
        total_minutes = min(sum(minutes), 276 * 60)
        assert sum(p.minuten for p in payouts) == total_minutes
        assert sum(p.betrag for p in payouts) == (Decimal(total_minutes) * 5 / 60).quantize(
            Decimal("0.01"), ROUND_HALF_UP
        )
        with db.session() as session:
            doubles = session.execute(
                text(
                    "SELECT p.einsatz_id FROM auszahlung_posten p JOIN auszahlung a ON a.id = p.auszahlung_id "
                    "WHERE a.id NOT IN (SELECT storno_von_id FROM auszahlung WHERE storno_von_id IS NOT NULL) "
                    "GROUP BY p.einsatz_id HAVING COUNT(*) > 1"
                )
            ).all()
        assert doubles == []
    finally:
        db.close()


def test_the_einsaetze_list_shows_which_einsatz_is_paid_with_which_beleg(db, year):
    from lotsendesk.services.einsaetze import EinsatzFilter, query_einsaetze

    a = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1))
    first, second = hours(db, a, (date(2025, 1, 10), 60), (date(2025, 2, 10), 60))
    (paid,) = confirm_run(db, 2025, date(2025, 1, 31), date(2025, 2, 1), Methode.BAR)
    belege = {r.id: r.beleg for r in query_einsaetze(db, EinsatzFilter())}
    assert belege == {first: paid.beleg_nr, second: ""}
    storno(db, paid.id, "falsch", date(2025, 2, 2))
    assert {r.id: r.beleg for r in query_einsaetze(db, EinsatzFilter())} == {first: "", second: ""}


def test_benefit_recipients_are_warned_above_250_euro_in_the_month_of_payment(db, year):
    from lotsendesk.domain.allowances import Freibetrag
    from lotsendesk.services.freibetraege import FreibetragData, set_freibetrag

    a = add_lotse(db, "1", "Rahimi", "Fatemeh", qualifiziert_am=date(2024, 1, 1))
    hours(db, a, *[(date(2025, 3, d), 240) for d in range(1, 14)])  # 52 h = 260 €
    set_freibetrag(
        db, FreibetragData(a, 2025, Freibetrag.UEBUNGSLEITER, Decimal("0"), date(2025, 1, 2), True, date(2025, 1, 2))
    )
    (proposal,) = propose_run(db, 2025, date(2025, 3, 31), date(2025, 4, 5))
    assert any("über den anrechnungsfreien 250 €" in w and "10,00" in w for w in proposal.warnings)
