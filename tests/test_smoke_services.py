from datetime import date

import pytest

from lotsendesk.services.einsaetze import EinsatzData, EinsatzFilter, query_einsaetze, record_einsatz
from lotsendesk.services.errors import InputErrors
from lotsendesk.services.lotsen import list_lotsen
from tests.conftest import add_lotse


def test_record_and_query(db):
    lid = add_lotse(db, "7", "Yılmaz", "Şükrü")
    record_einsatz(db, EinsatzData(lid, date(2025, 3, 7), 150), today=date(2025, 4, 1))
    rows = query_einsaetze(db, EinsatzFilter(year=2025))
    assert [(r.name, r.minuten) for r in rows] == [("Yılmaz, Şükrü", 150)]
    assert list_lotsen(db)[0].minuten == 150


def test_more_than_24h_a_day_is_refused(db):
    lid = add_lotse(db, "7", "Petrenko", "Olha")
    record_einsatz(db, EinsatzData(lid, date(2025, 3, 7), 20 * 60), today=date(2025, 4, 1))
    with pytest.raises(InputErrors) as info:
        record_einsatz(db, EinsatzData(lid, date(2025, 3, 7), 5 * 60), today=date(2025, 4, 1))
    assert "mehr als 24 Stunden" in info.value.by_field()["dauer"]


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("BEHÖRDE", ["Termin Ausländerbehörde"]),
        ("behörde", ["Termin Ausländerbehörde"]),
        ("straße", ["Wohnungssuche Hauptstrasse"]),
        ("50%", ["50% erledigt"]),
        ("yılmaz", ["Termin Ausländerbehörde", "Wohnungssuche Hauptstrasse", "50% erledigt"]),
        ("gesund", ["Arzttermin"]),
    ],
)
def test_text_search_folds_case_beyond_ascii(db, needle, expected):
    from lotsendesk.services.taetigkeiten import find_taetigkeit_id

    lid = add_lotse(db, "7", "Yılmaz", "Şükrü")
    other = add_lotse(db, "8", "Becker", "Jürgen")
    today = date(2025, 12, 31)
    for day, text in enumerate(["Termin Ausländerbehörde", "Wohnungssuche Hauptstrasse", "50% erledigt"], start=1):
        record_einsatz(db, EinsatzData(lid, date(2025, 3, day), 60, None, text), today=today)
    gesundheit = find_taetigkeit_id(db, "Gesundheit")
    record_einsatz(db, EinsatzData(other, date(2025, 3, 9), 60, gesundheit, "Arzttermin"), today=today)
    rows = query_einsaetze(db, EinsatzFilter(text=needle))
    assert sorted(r.bemerkung for r in rows) == sorted(expected)
