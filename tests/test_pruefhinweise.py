"""Prüfhinweise: a worked example for every item (issue 3, domain.md §6), and the Träger facts they use."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert

from lotsendesk.db.models import Einsatz, Freibetragserklaerung
from lotsendesk.domain.allowances import Freibetrag
from lotsendesk.domain.lotse_record import RolleAb
from lotsendesk.domain.people import Rolle, Status
from lotsendesk.services import pruefhinweise
from lotsendesk.services.auszahlungen import Methode, confirm_run
from lotsendesk.services.errors import InputErrors
from lotsendesk.services.foerderjahre import FoerderjahrData, add_rate, add_year, get_year, update_year
from lotsendesk.services.pruefhinweise import Hinweis, check_lines, collect, open_deadlines, tage_text, uebersicht
from lotsendesk.services.traeger import TraegerData, get_traeger, koordinierung_eligible, set_traeger
from tests.conftest import add_lotse

QUALI = date(2024, 1, 1)


def hours(db, lotse_id: int, *items: tuple[date, float]) -> None:
    """Einsätze straight into the table (also where the services would refuse them, e.g. after an Austritt)."""
    with db.session() as session:
        session.execute(
            insert(Einsatz), [{"lotse_id": lotse_id, "datum": d, "minuten": round(h * 60)} for d, h in items]
        )


def spread(start: date, total_hours: int, per_day: int = 8) -> list[tuple[date, float]]:
    """``total_hours`` in days of ``per_day`` hours from ``start`` on, one day after the other."""
    items, day = [], start
    while total_hours > 0:
        items.append((day, min(per_day, total_hours)))
        total_hours -= per_day
        day += timedelta(days=1)
    return items


def year(db, jahr: int = 2025, **kwargs) -> int:
    kwargs.setdefault("bewilligt_einsatz", Decimal("20000.00"))
    add_year(db, FoerderjahrData(jahr=jahr, **kwargs))
    return jahr


def declare(db, lotse_id: int, jahr: int, art: Freibetrag, elsewhere: str = "0") -> None:
    with db.session() as session:
        session.add(
            Freibetragserklaerung(
                lotse_id=lotse_id,
                jahr=jahr,
                art=art.value,
                anderweitig_cent=int(Decimal(elsewhere) * 100),
                unterschrieben_am=date(jahr, 1, 5),
            )
        )


def texts(items: list[Hinweis], schwere: str | None = None) -> list[str]:
    return [str(h.text) for h in items if schwere is None or h.schwere == schwere]


def only(items: list[Hinweis], needle: str) -> Hinweis:
    found = [h for h in items if needle in h.text]
    assert len(found) == 1, texts(items)
    return found[0]


# --- caps --------------------------------------------------------------------------------------------------------
def test_above_the_cap_is_an_error_with_the_hours(db):
    year(db)
    a = add_lotse(db, "1", "Yılmaz", "Şükrü", qualifiziert_am=QUALI)
    hours(db, a, *spread(date(2025, 2, 1), 280))
    item = only(collect(db, 2025, date(2025, 12, 31)), "Şükrü Yılmaz hat 280,00 Stunden")
    assert item.schwere == "fehler"
    assert item.text == (
        "Şükrü Yılmaz hat 280,00 Stunden erfasst; abrechenbar sind höchstens 276,00. "
        "Die 4,00 Stunden darüber werden nicht ausgezahlt."
    )
    assert item.ziel == ("lotse", a)


def test_at_90_percent_of_the_cap_a_warning_below_nothing(db):
    year(db)
    near = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=QUALI)
    below = add_lotse(db, "2", "Demir", "Elif", qualifiziert_am=QUALI)
    full = add_lotse(db, "3", "Haddad", "Amina", qualifiziert_am=QUALI)
    hours(db, near, *spread(date(2025, 1, 6), 250))  # 90,6 %
    hours(db, below, *spread(date(2025, 1, 6), 248))  # 89,9 %
    hours(db, full, *spread(date(2025, 1, 6), 276))
    items = collect(db, 2025, date(2025, 12, 31))
    item = only(items, "Jürgen Becker hat 250")
    assert (item.schwere, item.ziel) == ("warnung", ("lotse", near))
    assert item.text == (
        "Jürgen Becker hat 250,00 von höchstens 276,00 Stunden erreicht (90 %); abrechenbar sind noch 26,00 Stunden."
    )
    assert not [t for t in texts(items) if "Elif Demir hat" in t]
    assert only(items, "Amina Haddad hat").text == (
        "Amina Haddad hat die Jahreshöchstgrenze von 276,00 Stunden für 2025 erreicht; weitere Stunden sind nicht "
        "abrechenbar."
    )


def test_the_cap_of_a_koordinierende_lotsin_is_414_hours(db):
    year(db)
    k = add_lotse(db, "1", "Petrenko", "Olga", qualifiziert_am=QUALI, rollen=(RolleAb(Rolle.KOORDINIEREND),))
    hours(db, k, *spread(date(2025, 1, 6), 380))  # 91,8 % of 414 h
    item = only(collect(db, 2025, date(2025, 12, 31)), "Olga Petrenko hat")
    assert "380,00 von höchstens 414,00 Stunden" in item.text


# --- qualification, Austritt, pausiert --------------------------------------------------------------------------
def test_hours_without_qualification_warn_and_before_the_date_inform(db):
    year(db)
    never = add_lotse(db, "1", "Tesfaye", "Dawit")
    late = add_lotse(db, "2", "Wiśniewski", "Łukasz", qualifiziert_am=date(2025, 3, 1))
    hours(db, never, (date(2025, 2, 3), 2), (date(2025, 2, 4), 1.5))
    hours(db, late, (date(2025, 2, 10), 3), (date(2025, 2, 20), 1.25), (date(2025, 3, 1), 2))
    items = collect(db, 2025, date(2025, 12, 31))
    unqualified = only(items, "Dawit Tesfaye hat")
    assert (unqualified.schwere, unqualified.ziel) == ("warnung", ("lotse", never))
    assert unqualified.text.startswith("Dawit Tesfaye hat 3,50 Stunden erfasst, ist aber nicht als qualifiziert")
    before = only(items, "von Łukasz Wiśniewski liegen")
    assert before.schwere == "info"
    assert before.text.startswith("4,25 Stunden von Łukasz Wiśniewski liegen vor dem Qualifizierungsdatum")
    assert "11.02.2025" not in before.text and "20.02.2025" in before.text


def test_hours_after_the_austritt_are_an_error(db):
    year(db)
    a = add_lotse(
        db, "1", "Alemu", "Tigist", qualifiziert_am=QUALI, austritt=date(2025, 6, 30), status=Status.AUSGESCHIEDEN
    )
    hours(db, a, (date(2025, 6, 30), 2), (date(2025, 7, 2), 1.5), (date(2025, 7, 9), 1))
    item = only(collect(db, 2025, date(2025, 12, 31)), "nach dem Austritt")
    assert (item.schwere, item.ziel) == ("fehler", ("lotse", a))
    assert item.text.startswith("Tigist Alemu hat 2,50 Stunden nach dem Austritt am 30.06.2025 erfasst")


def test_pausiert_with_hours_in_the_last_four_weeks(db):
    year(db)
    recent = add_lotse(db, "1", "Rahimi", "Fatemeh", qualifiziert_am=QUALI, status=Status.PAUSIERT)
    earlier = add_lotse(db, "2", "Schneider", "Maria", qualifiziert_am=QUALI, status=Status.PAUSIERT)
    today = date(2025, 9, 30)
    hours(db, recent, (date(2025, 9, 3), 2))  # 27 days ago: inside the 4 weeks
    hours(db, earlier, (date(2025, 9, 2), 2))  # 28 days ago: outside
    items = collect(db, 2025, today)
    item = only(items, "pausiert")
    assert (item.schwere, item.ziel) == ("warnung", ("lotse", recent))
    assert item.text.startswith("Fatemeh Rahimi ist als pausiert eingetragen, hat aber in den letzten 4 Wochen 2,00")


def test_four_week_average_above_the_weekly_guide_is_only_an_info(db):
    year(db)
    lotsin = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=QUALI)
    exactly = add_lotse(db, "2", "Demir", "Elif", qualifiziert_am=QUALI)
    koord = add_lotse(db, "3", "Haddad", "Amina", qualifiziert_am=QUALI, rollen=(RolleAb(Rolle.KOORDINIEREND),))
    today = date(2025, 5, 28)
    hours(db, lotsin, (date(2025, 5, 1), 13), (date(2025, 5, 20), 12))  # 25 h in 4 weeks: 6,25 h per week
    hours(db, lotsin, (date(2025, 4, 30), 8))  # 29 days ago: not counted
    hours(db, exactly, (date(2025, 5, 1), 12), (date(2025, 5, 28), 12))  # 24 h: exactly 6 h per week
    hours(db, koord, (date(2025, 5, 1), 15), (date(2025, 5, 20), 15))  # 7,5 h per week, guide 9 h
    items = collect(db, 2025, today)
    item = only(items, "im Schnitt")
    assert (item.schwere, item.ziel) == ("info", ("lotse", lotsin))
    assert item.text.startswith(
        "Jürgen Becker hat in den 4 Wochen bis 28.05.2025 im Schnitt 6,25 Stunden pro Woche erfasst "
        "(Richtwert 6,00 Stunden)."
    )


# --- budget and Raten ----------------------------------------------------------------------------------------
def test_budget_at_90_percent_warns_and_above_is_an_error(db):
    year(db, 2025, bewilligt_einsatz=Decimal("1000.00"))
    a = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=QUALI)
    hours(db, a, *spread(date(2025, 1, 6), 184))  # 920,00 €
    item = only(collect(db, 2025, date(2025, 12, 31)), "Budget")
    assert (item.schwere, item.ziel) == ("warnung", ("foerderjahr", 2025))
    assert item.text == (
        "Budget 2025 fast ausgeschöpft: abrechenbar sind 920,00\xa0€ von 1.000,00\xa0€ (92 %); noch frei 80,00\xa0€."
    )
    hours(db, a, (date(2025, 11, 3), 26))  # 210 h: 1.050,00 €
    item = only(collect(db, 2025, date(2025, 12, 31)), "Budget")
    assert item.schwere == "fehler"
    assert item.text.startswith("Budget 2025 überschritten: abrechenbar sind 1.050,00\xa0€, bewilligt 1.000,00\xa0€.")
    assert "50,00\xa0€ sind nicht gedeckt" in item.text


def test_raten_far_above_the_payouts_remind_of_the_two_month_rule(db):
    year(db, 2025, bewilligt_einsatz=Decimal("6000.00"))
    a = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=QUALI)
    hours(db, a, *spread(date(2025, 1, 6), 100), (date(2025, 5, 5), 8), (date(2025, 5, 6), 12))
    # 600,00 € by the end of June: 100 € a month, 200 € for two months
    add_rate(db, 2025, date(2025, 1, 15), Decimal("700.00"))
    confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 2), Methode.UEBERWEISUNG)  # pays 500,00 €
    today = date(2025, 6, 30)
    assert not [t for t in texts(collect(db, 2025, today)) if "ANBest" in t]  # 200 € left: just what is needed
    add_rate(db, 2025, date(2025, 6, 15), Decimal("300.00"))
    item = only(collect(db, 2025, today), "ANBest")
    assert (item.schwere, item.ziel) == ("warnung", ("foerderjahr", 2025))
    assert item.text.startswith(
        "ANBest: Mittel nur für den Bedarf der nächsten zwei Monate abrufen. Erhalten 1.000,00\xa0€, ausgezahlt "
        "500,00\xa0€; für zwei Monate werden etwa 200,00\xa0€ gebraucht."
    )


def test_a_first_rate_before_any_hours_is_measured_against_the_approved_amount(db):
    year(db, 2025, bewilligt_einsatz=Decimal("6000.00"))  # 500 € a month: 1.000 € for two months
    add_rate(db, 2025, date(2025, 1, 10), Decimal("1000.00"))
    assert not [t for t in texts(collect(db, 2025, date(2025, 1, 12))) if "ANBest" in t]
    add_rate(db, 2025, date(2025, 1, 11), Decimal("0.01"))
    assert only(collect(db, 2025, date(2025, 1, 12)), "ANBest")


# --- Freibetragserklärung and allowance -------------------------------------------------------------------------
def test_missing_freibetragserklaerung_before_a_payout(db):
    year(db)
    missing = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=QUALI)
    declared = add_lotse(db, "2", "Demir", "Elif", qualifiziert_am=QUALI)
    paid = add_lotse(db, "3", "Haddad", "Amina", qualifiziert_am=QUALI)
    for lotse_id in (missing, declared, paid):
        hours(db, lotse_id, (date(2025, 3, 3), 4))
    declare(db, declared, 2025, Freibetrag.UEBUNGSLEITER)
    declare(db, paid, 2025, Freibetrag.UEBUNGSLEITER)
    confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 2), Methode.BAR, exclude=frozenset({missing, declared}))
    with db.session() as session:  # the declaration of the paid person is removed after the payout
        session.query(Freibetragserklaerung).filter_by(lotse_id=paid).delete()
    items = collect(db, 2025, date(2025, 4, 10))
    item = only(items, "Freibetragserklärung")
    assert (item.schwere, item.ziel) == ("warnung", ("lotse", missing))
    assert item.text == (
        "Für Jürgen Becker liegt keine Freibetragserklärung für 2025 vor; bitte vor der nächsten Auszahlung "
        "(20,00\xa0€ stehen noch aus) einholen."
    )


def test_the_declaration_of_the_payment_year_counts(db):
    """December hours paid in January: the declaration for the new calendar year is needed."""
    year(db)
    a = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=QUALI)
    hours(db, a, (date(2025, 12, 15), 4))
    declare(db, a, 2025, Freibetrag.UEBUNGSLEITER)
    assert not [t for t in texts(collect(db, 2025, date(2025, 12, 20))) if "Freibetragserklärung" in t]
    assert "für 2026 vor" in only(collect(db, 2025, date(2026, 1, 8)), "Freibetragserklärung").text


def test_allowance_headroom_warns_at_90_percent_and_errs_above(db):
    year(db)
    near = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=QUALI)
    over = add_lotse(db, "2", "Demir", "Elif", qualifiziert_am=QUALI)
    roomy = add_lotse(db, "3", "Haddad", "Amina", qualifiziert_am=QUALI)
    for lotse_id in (near, over, roomy):
        hours(db, lotse_id, *spread(date(2025, 1, 6), 60))  # 300,00 € each
    declare(db, near, 2025, Freibetrag.EHRENAMT, "460")  # 760 of 840 €: 90,5 %
    declare(db, over, 2025, Freibetrag.EHRENAMT, "600")  # 900 of 840 €
    declare(db, roomy, 2025, Freibetrag.UEBUNGSLEITER, "2000")  # 2.300 of 3.000 €
    confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 2), Methode.UEBERWEISUNG)
    items = collect(db, 2025, date(2025, 4, 10))
    warning = only(items, "von Jürgen Becker")
    assert (warning.schwere, warning.ziel) == ("warnung", ("lotse", near))
    assert warning.text == (
        "Freibetrag (§ 3 Nr. 26a EStG) von Jürgen Becker für 2025 fast ausgeschöpft: 760,00\xa0€ von 840,00\xa0€ "
        "genutzt, noch 80,00\xa0€ frei."
    )
    error = only(items, "von Elif Demir")
    assert error.schwere == "fehler"
    assert error.text.endswith("900,00\xa0€ von 840,00\xa0€ genutzt; 60,00\xa0€ sind steuerpflichtig.")
    assert not [t for t in texts(items) if "Freibetrag (" in t and "Amina Haddad" in t]


def test_a_pending_payout_that_would_cross_the_allowance_warns(db):
    year(db)
    a = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=QUALI)
    hours(db, a, *spread(date(2025, 1, 6), 100))  # 500,00 € not yet paid
    declare(db, a, 2025, Freibetrag.EHRENAMT, "400")  # 440 € left
    item = only(collect(db, 2025, date(2025, 4, 10)), "nächste Auszahlung")
    assert item.text == (
        "Die nächste Auszahlung an Jürgen Becker (500,00\xa0€) überschreitet den Freibetrag (§ 3 Nr. 26a EStG) für "
        "2025: 60,00\xa0€ wären steuerpflichtig."
    )


# --- Koordinierungspauschale ---------------------------------------------------------------------------------
def test_koordinierungspauschale_needs_five_active_qualified_lotsinnen(db):
    year(db, bewilligt_koordination=Decimal("2000.00"))
    for nr in range(1, 5):
        add_lotse(db, str(nr), f"Person{nr}", qualifiziert_am=QUALI)
    add_lotse(db, "5", "Ohne", "Quali")
    add_lotse(db, "6", "Pause", qualifiziert_am=QUALI, status=Status.PAUSIERT)
    item = only(collect(db, 2025, date(2025, 6, 1)), "Koordinierungspauschale")
    assert (item.schwere, item.ziel) == ("warnung", ("foerderjahr", 2025))
    assert item.text == (
        "Die Koordinierungspauschale 2025 setzt mindestens 5 aktive qualifizierte Lots*innen voraus; am 01.06.2025 "
        "sind es 4."
    )
    add_lotse(db, "7", "Fünfte", qualifiziert_am=date(2025, 5, 1))
    assert not [t for t in texts(collect(db, 2025, date(2025, 6, 1))) if "Koordinierungspauschale" in t]


def test_koordinierungspauschale_for_a_traeger_that_is_not_eligible(db):
    year(db, bewilligt_koordination=Decimal("2000.00"))
    for nr in range(1, 6):
        add_lotse(db, str(nr), f"Person{nr}", qualifiziert_am=QUALI)
    set_traeger(db, TraegerData("Stadt Großstadt", "kommune", gemeinnuetzig=False, einwohner=60_000))
    item = only(collect(db, 2025, date(2025, 6, 1)), "Koordinierungspauschale")
    assert item.schwere == "warnung"
    assert "laut den Angaben zum Träger steht sie ihm nicht zu" in item.text
    set_traeger(db, TraegerData("Gemeinde Kleinstadt", "kommune", gemeinnuetzig=False, einwohner=12_000))
    assert not [t for t in texts(collect(db, 2025, date(2025, 6, 1))) if "Koordinierungspauschale" in t]


def test_no_koordinierungspauschale_no_item(db):
    year(db)
    assert collect(db, 2025, date(2025, 6, 1)) == []


# --- deadlines -----------------------------------------------------------------------------------------------
def test_erklaerung_zum_bescheid_info_warning_error_and_done(db):
    year(db, bescheid_datum=date(2025, 3, 1))  # due 01.04.2025
    assert collect(db, 2025, date(2025, 1, 15)) == []  # 76 days: not yet
    (info,) = collect(db, 2025, date(2025, 3, 5))
    assert (info.schwere, info.ziel) == ("info", ("foerderjahr", 2025))
    assert info.text.startswith("Erklärung zum Zuwendungsbescheid 2025: fällig am 01.04.2025 (noch 27 Tage).")
    (warning,) = collect(db, 2025, date(2025, 3, 31))
    assert warning.schwere == "warnung" and "(noch 1 Tag)" in warning.text
    (error,) = collect(db, 2025, date(2025, 4, 3))
    assert error.schwere == "fehler" and "(seit 2 Tagen überfällig)" in error.text
    update_year(db, replace(get_year(db, 2025), erklaerung_zurueck_am=date(2025, 4, 2)))
    assert collect(db, 2025, date(2025, 4, 3)) == []


def test_verwendungsnachweis_of_last_year_shows_in_the_new_year(db):
    year(db, 2025)
    year(db, 2026)
    item = only(collect(db, None, date(2026, 2, 15)), "Verwendungsnachweis")
    assert (item.schwere, item.ziel) == ("info", ("foerderjahr", 2025))
    assert item.text.startswith("Verwendungsnachweis 2025: fällig am 31.03.2026 (noch 44 Tage).")
    assert only(collect(db, None, date(2026, 4, 5)), "Verwendungsnachweis").schwere == "fehler"
    assert not [t for t in texts(collect(db, None, date(2026, 5, 5))) if "Verwendungsnachweis" in t]


def test_antrag_for_the_next_year_from_october_until_it_is_entered(db):
    year(db, 2025)
    assert collect(db, 2025, date(2025, 9, 30)) == []
    item = only(collect(db, 2025, date(2025, 10, 1)), "Antrag")
    assert (item.schwere, item.ziel) == ("info", ("foerderjahr", 2025))
    assert item.text.startswith("Antrag für 2026: fällig am 31.12.2025 (noch 91 Tage).")
    assert only(collect(db, 2025, date(2025, 12, 20)), "Antrag").schwere == "warnung"
    assert "(heute fällig)" in only(collect(db, 2025, date(2025, 12, 31)), "Antrag").text
    year(db, 2026)
    assert not [t for t in texts(collect(db, 2025, date(2025, 12, 20))) if "Antrag" in t]


def test_open_deadlines_for_the_page(db):
    year(db, 2025, bescheid_datum=date(2025, 3, 1))
    fristen = uebersicht(db, 2025, date(2025, 3, 5)).fristen
    assert [(f.art, f.datum, f.tage) for f in fristen] == [
        ("erklaerung", date(2025, 4, 1), 27),
        ("antrag", date(2025, 12, 31), 301),
        ("verwendungsnachweis", date(2026, 3, 31), 391),
    ]
    assert open_deadlines([], date(2025, 3, 5)) == []
    assert [tage_text(t) for t in (3, 1, 0, -1, -5)] == [
        "noch 3 Tage",
        "noch 1 Tag",
        "heute fällig",
        "seit 1 Tag überfällig",
        "seit 5 Tagen überfällig",
    ]


# --- which year, without any, order, CLI lines -------------------------------------------------------------------
def test_without_any_foerderjahr_the_person_items_that_need_none(db):
    never = add_lotse(db, "1", "Tesfaye", "Dawit")
    gone = add_lotse(
        db, "2", "Alemu", "Tigist", qualifiziert_am=QUALI, austritt=date(2026, 3, 31), status=Status.AUSGESCHIEDEN
    )
    capped = add_lotse(db, "3", "Becker", "Jürgen", qualifiziert_am=QUALI)
    hours(db, never, (date(2026, 2, 3), 2))
    hours(db, gone, (date(2026, 4, 2), 1))
    hours(db, capped, *spread(date(2026, 1, 5), 280))
    result = uebersicht(db, None, date(2026, 5, 1))
    assert (result.jahr, result.summary, result.jahre) == (2026, None, ())
    assert [(h.schwere, h.ziel) for h in result.hinweise] == [
        ("fehler", ("lotse", gone)),
        ("warnung", ("lotse", never)),
        ("info", ("foerderjahr", 2026)),
    ]
    assert result.hinweise[-1].text == "Für 2026 ist noch kein Förderjahr angelegt."


def test_the_year_checked_is_this_one_if_entered_else_the_newest(db):
    year(db, 2024)
    year(db, 2025)
    assert uebersicht(db, None, date(2026, 2, 1)).jahr == 2025
    assert uebersicht(db, None, date(2024, 5, 1)).jahr == 2024
    assert uebersicht(db, 2024, date(2026, 2, 1)).summary.year.jahr == 2024
    assert pruefhinweise.default_year([], date(2026, 2, 1)) == 2026


def test_errors_first_and_the_cli_lines(db):
    year(db, bescheid_datum=date(2025, 3, 1))
    never = add_lotse(db, "1", "Tesfaye", "Dawit")
    hours(db, never, (date(2025, 2, 3), 2))
    a = add_lotse(db, "2", "Becker", "Jürgen", qualifiziert_am=QUALI)
    hours(db, a, *spread(date(2025, 1, 6), 280))
    items = collect(db, 2025, date(2025, 4, 5))
    assert [h.schwere for h in items] == ["fehler", "fehler", "warnung", "warnung"]
    lines = check_lines(items)
    assert lines[0].startswith("FEHLER: ")
    assert lines[-1].startswith("WARNUNG: Für Jürgen Becker liegt keine Freibetragserklärung")
    assert check_lines([Hinweis("info", pruefhinweise.msg("x"))]) == ["HINWEIS: x"]


def test_one_year_summary_per_check(db, monkeypatch):
    year(db)
    for nr in range(1, 30):
        lotse_id = add_lotse(db, str(nr), f"Person{nr}", qualifiziert_am=QUALI)
        hours(db, lotse_id, (date(2025, 3, 3), 2))
    calls = []
    real = pruefhinweise.year_summary
    monkeypatch.setattr(pruefhinweise, "year_summary", lambda *a, **k: calls.append(a) or real(*a, **k))
    collect(db, 2025, date(2025, 6, 1))
    assert len(calls) == 1


# --- Träger --------------------------------------------------------------------------------------------------
def test_traeger_defaults_store_and_previous_for_undo(db):
    assert get_traeger(db) == TraegerData("", "verein", True, 0)
    before = set_traeger(db, TraegerData("  Ev. Kirchengemeinde Bockenheim ", "kirchengemeinde", False, 0))
    assert before == TraegerData()
    assert get_traeger(db) == TraegerData("Ev. Kirchengemeinde Bockenheim", "kirchengemeinde", False, 0)
    assert set_traeger(db, before) == TraegerData("Ev. Kirchengemeinde Bockenheim", "kirchengemeinde", False, 0)
    assert get_traeger(db) == TraegerData()


def test_traeger_input_is_checked(db):
    with pytest.raises(InputErrors) as raised:
        set_traeger(db, TraegerData("X", "gmbh", True, -1))
    assert set(raised.value.by_field()) == {"rechtsform", "einwohner"}
    assert get_traeger(db) == TraegerData()


@pytest.mark.parametrize(
    ("data", "eligible"),
    [
        (TraegerData(rechtsform="verein", gemeinnuetzig=True), True),
        (TraegerData(rechtsform="verein", gemeinnuetzig=False), False),
        (TraegerData(rechtsform="kommune", gemeinnuetzig=False, einwohner=49_999), True),
        (TraegerData(rechtsform="kommune", gemeinnuetzig=False, einwohner=50_000), False),
        (TraegerData(rechtsform="kirchengemeinde", gemeinnuetzig=False, einwohner=10), False),
        (TraegerData(rechtsform="sonstige", gemeinnuetzig=True), True),
    ],
)
def test_koordinierung_eligible(data, eligible):
    assert koordinierung_eligible(data) is eligible
