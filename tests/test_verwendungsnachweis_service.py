"""Verwendungsnachweis service: the treasurer's Angaben, the data of the document, its canonical JSON."""

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from lotsendesk.services.auszahlungen import Methode, confirm_run, list_payouts, storno
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_rate, add_year, year_summary
from lotsendesk.services.lotsen import update_lotse
from lotsendesk.services.taetigkeiten import find_taetigkeit_id
from lotsendesk.services.traeger import TraegerData, set_traeger
from lotsendesk.services.verwendungsnachweis import (
    VnAngaben,
    get_angaben,
    set_angaben,
    vn_data,
    vn_data_json,
    write_verwendungsnachweis,
)
from tests.conftest import add_lotse

ZOE_NACHNAME = '<Test> & "Co"'
ZOE = f"{ZOE_NACHNAME}, Zoë"
TRAEGER = TraegerData(
    name="Verein für Vielfalt & Teilhabe <Süd> e.V.",
    anschrift="Hauptstraße 1\n60311 Frankfurt am Main",
    ort="Frankfurt am Main",
    vertreter1_name="Erika Mustermann",
    vertreter1_funktion="Vorsitzende",
    vertreter2_name="Max Kassel",
    vertreter2_funktion="Kassenwart",
)


def make_year(path: Path) -> None:
    """Förderjahr 2025 (5,00 €/h, bewilligt 100,00 € Einsatz + 20,00 € Koordinierungspauschale):

    Zoë: 1:30 h (Feb) + 1:00 h (Mar) paid 05.04.2025 (12,50 €), 3:00 h (Dec) paid 08.01.2026 (15,00 €) → 27,50 €.
    Ольга (Eintritt 01.02.2025, qualifiziert 01.03.2025): 2:00 h on 20.02. (before the qualification, not
    claimable) and 2:00 h on 21.03. paid 05.04.2025 (10,00 €), storniert 02.05.2025 (−10,00 €), paid again
    05.07.2025 (10,00 €) → 10,00 €. Raten 30,00 € + 20,00 € = 50,00 €.
    """
    db = open_database(path)
    try:
        add_year(
            db,
            FoerderjahrData(
                jahr=2025,
                bewilligt_einsatz=Decimal("100.00"),
                bewilligt_koordination=Decimal("20.00"),
                aktenzeichen="II 25-62 d",
                bescheid_datum=date(2025, 1, 20),
            ),
        )
        set_traeger(db, TRAEGER)
        behoerde = find_taetigkeit_id(db, "Begleitung Behörde")
        schule = find_taetigkeit_id(db, "Schule/Kita")
        zoe = add_lotse(db, "7", ZOE_NACHNAME, "Zoë", qualifiziert_am=date(2024, 1, 1), sprachen="Deutsch, Französisch")
        olga = add_lotse(
            db,
            "8",
            "Петренко",
            "Ольга",
            eintritt=date(2025, 2, 1),
            qualifiziert_am=date(2025, 3, 1),
            sprachen="Ukrainisch; Russisch, deutsch",
        )
        today = date(2025, 12, 31)
        for lotse, day, minutes, taetigkeit in (
            (zoe, date(2025, 2, 3), 90, behoerde),
            (zoe, date(2025, 3, 10), 60, schule),
            (olga, date(2025, 2, 20), 120, behoerde),
            (olga, date(2025, 3, 21), 120, None),
        ):
            record_einsatz(
                db, EinsatzData(lotse, day, minutes, taetigkeit, bemerkung="Geheim: Frau K., Ausländerbehörde"), today
            )
        add_rate(db, 2025, date(2025, 4, 1), Decimal("30.00"), "Rate 1")
        confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 5), Methode.UEBERWEISUNG)
        olga_payout = next(p for p in list_payouts(db, 2025) if p.lotse_id == olga)
        storno(db, olga_payout.id, "IBAN falsch", date(2025, 5, 2))
        confirm_run(db, 2025, date(2025, 6, 30), date(2025, 7, 5), Methode.UEBERWEISUNG)
        record_einsatz(db, EinsatzData(zoe, date(2025, 12, 15), 180, behoerde), today)
        add_rate(db, 2025, date(2025, 12, 20), Decimal("20.00"), "Rate 2")
        confirm_run(db, 2025, date(2025, 12, 31), date(2026, 1, 8), Methode.UEBERWEISUNG)
    finally:
        db.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "verein.sqlite"
    make_year(path)
    return path


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


ANGABEN = VnAngaben(
    projektverlauf="Verlauf <b>fett</b> & mehr\r\nzweite Zeile  ",
    zielerreichung="Ziele erreicht.",
    eigenmittel=Decimal("12.34"),
    drittmittel=Decimal("1.00"),
    koordination_ist=Decimal("5.00"),
)


def test_angaben_default_round_trip_and_undo(db):
    assert get_angaben(db, 2025) == VnAngaben()
    before = set_angaben(db, 2025, ANGABEN)
    assert before == VnAngaben()
    stored = get_angaben(db, 2025)
    assert stored == replace(ANGABEN, projektverlauf="Verlauf <b>fett</b> & mehr\nzweite Zeile")
    again = set_angaben(db, 2025, VnAngaben(ausblick="weiter so"))
    assert again == stored
    assert get_angaben(db, 2025) == VnAngaben(ausblick="weiter so")
    set_angaben(db, 2025, again)  # undo
    assert get_angaben(db, 2025) == stored


def test_angaben_for_a_missing_year_is_a_service_error(db):
    with pytest.raises(ServiceError) as error:
        get_angaben(db, 2024)
    assert error.value.message == "Für 2024 ist noch kein Förderjahr angelegt."
    with pytest.raises(ServiceError):
        set_angaben(db, 2024, ANGABEN)
    with pytest.raises(ServiceError):
        vn_data(db, 2024)


@pytest.mark.parametrize(
    ("angaben", "fields"),
    [
        (VnAngaben(eigenmittel=Decimal("-0.01")), {"eigenmittel"}),
        (VnAngaben(drittmittel=Decimal("-5")), {"drittmittel"}),
        (VnAngaben(koordination_ist=Decimal("-1")), {"koordination_ist"}),
        (VnAngaben(koordination_ist=Decimal("20.01")), {"koordination_ist"}),
        (
            VnAngaben(eigenmittel=Decimal("-1"), drittmittel=Decimal("-1"), koordination_ist=Decimal("99")),
            {"eigenmittel", "drittmittel", "koordination_ist"},
        ),
    ],
)
def test_invalid_angaben_are_refused_and_change_nothing(db, angaben, fields):
    set_angaben(db, 2025, ANGABEN)
    stored = get_angaben(db, 2025)
    with pytest.raises(InputErrors) as error:
        set_angaben(db, 2025, replace(angaben, projektverlauf="neu"))
    assert set(error.value.by_field()) == fields
    assert get_angaben(db, 2025) == stored


def test_validation_messages_are_german(db):
    with pytest.raises(InputErrors) as error:
        set_angaben(db, 2025, VnAngaben(eigenmittel=Decimal("-1"), koordination_ist=Decimal("25")))
    by_field = error.value.by_field()
    assert by_field["eigenmittel"] == "Eigenmittel können nicht negativ sein."
    assert by_field["koordination_ist"] == (
        "Die Koordinierungspauschale kann höchstens den bewilligten Betrag von 20,00\xa0€ erreichen."
    )
    set_angaben(db, 2025, VnAngaben(koordination_ist=Decimal("20.00")))  # exactly the bewilligte amount is fine


def test_vn_data_matches_the_year_summary(db):
    set_angaben(db, 2025, ANGABEN)
    data = vn_data(db, 2025)
    summary = year_summary(db, 2025)
    assert [(p.nr, p.name, p.erfasst_minuten, p.abrechenbar_minuten, p.betrag, p.ausgezahlt) for p in data.people] == [
        (p.nr, p.name, p.result.recorded, p.result.claimable, p.betrag, p.ausgezahlt) for p in summary.people
    ]
    assert [(p.name, p.erfasst_minuten, p.abrechenbar_minuten, p.betrag, p.ausgezahlt) for p in data.people] == [
        (ZOE, 330, 330, Decimal("27.50"), Decimal("27.50")),
        ("Петренко, Ольга", 240, 120, Decimal("10.00"), Decimal("10.00")),
    ]
    assert data.ausgaben_einsatz == summary.ausgezahlt == Decimal("37.50")
    assert data.erhalten == summary.erhalten == Decimal("50.00")
    assert data.einnahmen == Decimal("63.34")  # 50,00 + 12,34 Eigenmittel + 1,00 Drittmittel
    assert (data.koordination_ist, data.koordination_angegeben) == (Decimal("5.00"), True)
    assert data.ausgaben == Decimal("42.50")
    assert data.zuwendungsfaehig == Decimal("42.50")
    assert data.ergebnis == Decimal("7.50")  # Überschuss: 50,00 − 42,50
    assert (data.traeger_name, data.traeger_ort) == (TRAEGER.name, "Frankfurt am Main")
    assert data.vertreter == (("Erika Mustermann", "Vorsitzende"), ("Max Kassel", "Kassenwart"))
    assert (data.bewilligung_von, data.bewilligung_bis, data.vn_frist) == (
        date(2025, 1, 1),
        date(2025, 12, 31),
        date(2026, 3, 31),
    )
    assert data.cap_methode == "anteilig nach Tagen in jeder Rolle"


def test_koordination_not_stated_uses_the_bewilligte_amount_and_the_cap_per_position(db):
    data = vn_data(db, 2025)
    assert (data.koordination_ist, data.koordination_angegeben) == (Decimal("20.00"), False)
    assert data.ergebnis == Decimal("-7.50")  # Fehlbetrag: 50,00 − (37,50 + 20,00)
    set_angaben(db, 2025, VnAngaben(koordination_ist=Decimal("0")))
    assert vn_data(db, 2025).ergebnis == Decimal("12.50")


def test_belegliste_in_date_order_with_stornos_and_periods(db):
    data = vn_data(db, 2025)
    assert [(b.datum, b.beleg_nr, b.empfaenger, b.grund, b.betrag) for b in data.belege] == [
        (date(2025, 4, 5), "2025-001", ZOE, "Aufwandsentschädigung 01.01.–31.03.2025", Decimal("12.50")),
        (date(2025, 4, 5), "2025-002", "Петренко, Ольга", "Aufwandsentschädigung 01.01.–31.03.2025", Decimal("10.00")),
        (date(2025, 5, 2), "2025-003", "Петренко, Ольга", "Storno von 2025-002: IBAN falsch", Decimal("-10.00")),
        (date(2025, 7, 5), "2025-004", "Петренко, Ольга", "Aufwandsentschädigung 21.03.–30.06.2025", Decimal("10.00")),
        (date(2026, 1, 8), "2026-001", ZOE, "Aufwandsentschädigung 01.07.–31.12.2025", Decimal("15.00")),
    ]
    assert data.belege_summe == data.ausgaben_einsatz


def test_statistics_are_aggregates_only(db):
    data = vn_data(db, 2025)
    st = data.statistik
    assert (st.lotsinnen_aktiv, st.koordinierende, st.mit_abrechenbaren_stunden) == (2, 0, 2)
    assert (st.neu, st.ausgeschieden, st.einsaetze) == (1, 0, 5)
    assert (st.minuten_erfasst, st.minuten_abrechenbar) == (570, 450)
    assert st.minuten_nach_monat == (0, 210, 180, 0, 0, 0, 0, 0, 0, 0, 0, 180)
    assert [(t.name, t.einsaetze, t.minuten) for t in st.nach_taetigkeit] == [
        ("Begleitung Behörde", 3, 390),
        ("Schule/Kita", 1, 60),
        ("ohne Angabe", 1, 120),
    ]
    assert st.sprachen == (("Deutsch", 2), ("Französisch", 1), ("Russisch", 1), ("Ukrainisch", 1))
    assert "Geheim" not in vn_data_json(data)  # the Bemerkung of an Einsatz is never part of the data


def test_a_role_change_counts_as_koordinierend_and_is_printed_with_its_date(db):
    from lotsendesk.domain.lotse_record import RolleAb
    from lotsendesk.domain.people import Rolle
    from lotsendesk.services.lotsen import get_lotse, list_lotsen

    olga_id = next(row.id for row in list_lotsen(db) if row.nr == "8")
    olga = get_lotse(db, olga_id)
    update_lotse(
        db, olga_id, replace(olga, rollen=(RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, date(2025, 7, 1))))
    )
    data = vn_data(db, 2025)
    assert data.statistik.koordinierende == 1
    assert data.people[1].funktion == "Lots*in, ab 01.07.2025 koordinierende*r Lots*in"


def test_json_is_canonical_and_changes_with_a_figure(db):
    first = vn_data_json(vn_data(db, 2025))
    assert first == vn_data_json(vn_data(db, 2025))
    parsed = json.loads(first)
    assert parsed["bewilligt_einsatz"] == "100.00"
    assert parsed["bescheid_datum"] == "2025-01-20"
    assert parsed["people"][0]["name"] == ZOE
    assert list(parsed) == sorted(parsed)
    add_rate(db, 2025, date(2025, 12, 30), Decimal("0.01"))
    changed = vn_data_json(vn_data(db, 2025))
    assert changed != first
    set_angaben(db, 2025, VnAngaben(eigenmittel=Decimal("1.00")))
    assert vn_data_json(vn_data(db, 2025)) != changed


def test_write_returns_the_data_and_reports_unwritable_files(db, tmp_path):
    out = tmp_path / "vn.pdf"
    data = write_verwendungsnachweis(db, 2025, out, created=date(2026, 2, 1))
    assert out.read_bytes().startswith(b"%PDF")
    assert data == vn_data(db, 2025)
    with pytest.raises(ServiceError) as error:
        write_verwendungsnachweis(db, 2025, tmp_path / "fehlt" / "vn.pdf")
    assert "„vn.pdf“ konnte nicht geschrieben werden" in error.value.message
    with pytest.raises(ServiceError):
        write_verwendungsnachweis(db, 2030, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
