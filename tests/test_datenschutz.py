"""Warnings about personal data of begleitete Personen in an Einsatz Bemerkung (domain.md §6 rule 37)."""

from datetime import date

import pytest

from lotsendesk.domain.datenschutz import note_warnings

TODAY = date(2026, 5, 1)

PHONE = "Die Bemerkung enthält wohl eine Telefonnummer. Bitte keine Daten begleiteter Personen eintragen."
NAME_PHONE = (
    "Die Bemerkung enthält wohl einen Namen mit Telefonnummer. Bitte keine Daten begleiteter Personen eintragen."
)
EMAIL = "Die Bemerkung enthält wohl eine E-Mail-Adresse. Bitte keine Daten begleiteter Personen eintragen."
BIRTH = "Die Bemerkung enthält wohl ein Geburtsdatum. Bitte keine Daten begleiteter Personen eintragen."


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "2,5 Std. Begleitung Ausländerbehörde",
        "Termin 14:30",
        "Termin 09:00-11:30 Uhr",
        "Begleitung Jobcenter, 08-12 Uhr",
        "Arzttermin am 03.03.2026",
        "Elternabend Schule 12.2.2025, danach Kita",
        "Übersetzung Mietvertrag 2025",
        "Fahrtzeit 0,5 h",
        "Kosten 12,50 € erstattet",
        "3 Familien beraten, Raum 104",
        "Treffen 2025-03-07 im Rathaus",
        "Begleitung zum Amt (Formular 0815)",
        "Info per Mail an die Koordination",
    ],
)
def test_no_warning_for_ordinary_notes(text):
    assert note_warnings(text, TODAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rückruf 0171 2345678",
        "Ausländerbehörde 069/123456-0",
        "Termin vereinbart, +49 151 23456789",
        "Tel. 6543210 zurückrufen",
        "Handy: 0157-12345678",
        "(06151) 12 34 56",
        "0049 6151 123456",
    ],
)
def test_phone_numbers_warn(text):
    assert note_warnings(text, TODAY) == [PHONE]


@pytest.mark.parametrize(
    "text",
    [
        "Frau Yılmaz 0171 2345678",
        "Ahmad Karimi, 0151 23456789",
        "Rückruf an Petrenko: 0176 9988776",
        "0171 2345678 (Olga)",
        "Ольга 0171 2345678",
        "أحمد 0171 2345678",
    ],
)
def test_a_name_next_to_a_phone_number_warns(text):
    assert note_warnings(text, TODAY) == [NAME_PHONE]


@pytest.mark.parametrize("text", ["Mail an a.karimi@example.org", "kontakt: olga.p+test@mail.example.com"])
def test_e_mail_addresses_warn(text):
    assert note_warnings(text, TODAY) == [EMAIL]


@pytest.mark.parametrize(
    "text",
    [
        "Kind geb. 03.04.2019",
        "geboren am 3. April 1985",
        "Mutter, geb. 1979, Anmeldung",
        "Geburtsdatum 12.12.12 angegeben",
        "Antrag für Sohn (14.07.1990) gestellt",  # a date long before any Einsatz
        "Jahrgang 1962",
        "Kind *2018",
    ],
)
def test_birth_dates_warn(text):
    assert note_warnings(text, TODAY) == [BIRTH]


def test_several_findings_give_several_warnings():
    text = "geb. 01.02.1980, Kaya 0171 2345678, k@example.org"
    assert note_warnings(text, TODAY) == [NAME_PHONE, EMAIL, BIRTH]


def test_the_birth_year_limit_follows_today():
    assert note_warnings("Bescheid vom 01.06.2013", date(2025, 1, 1)) == [BIRTH]
    assert note_warnings("Bescheid vom 01.06.2013", date(2024, 1, 1)) == []


def test_warnings_are_translatable_messages():
    (warning,) = note_warnings("Rückruf 0171 2345678", TODAY)
    assert warning.template == PHONE
