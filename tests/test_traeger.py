"""The Träger facts beyond name and Rechtsform: Vereinsregister, Finanzamt/Steuernummer, Freistellungsbescheid,
and the logo (PNG, base64 in the meta table, so it travels with every Sicherung; the Protokoll records its size)."""

from datetime import date

import pytest

from lotsendesk.services import protokoll as log
from lotsendesk.services.errors import InputErrors
from lotsendesk.services.traeger import TraegerData, get_logo, get_traeger, set_traeger
from tests.reports.test_logo import make_png


def test_register_tax_and_exemption_facts_are_stored(db):
    data = TraegerData(
        name="Freundeskreis Asyl e. V.",
        registergericht="Amtsgericht Gießen",
        registernummer="VR 4711",
        finanzamt="Finanzamt Gießen",
        steuernummer=" 020  250 12345 ",
        freistellungsbescheid=date(2024, 5, 17),
    )
    set_traeger(db, data)
    stored = get_traeger(db)
    assert (stored.registergericht, stored.registernummer, stored.finanzamt) == (
        "Amtsgericht Gießen",
        "VR 4711",
        "Finanzamt Gießen",
    )
    assert stored.steuernummer == "020 250 12345"
    assert stored.freistellungsbescheid == date(2024, 5, 17)


@pytest.mark.parametrize("nummer", ["020/250/12345", "2620025012345", "035 250 12345"])
def test_usual_tax_numbers_are_accepted(db, nummer):
    set_traeger(db, TraegerData(name="V", steuernummer=nummer))
    assert get_traeger(db).steuernummer == nummer


@pytest.mark.parametrize("nummer", ["12345", "DE123456789", "020-250-12345x", "0202501234567890"])
def test_what_is_no_tax_number_is_refused_under_its_field(db, nummer):
    with pytest.raises(InputErrors) as caught:
        set_traeger(db, TraegerData(name="V", steuernummer=nummer))
    assert list(caught.value.by_field()) == ["steuernummer"]
    assert get_traeger(db) == TraegerData()


def test_the_logo_is_stored_read_and_removed_and_logged_by_size(db):
    png = make_png()
    set_traeger(db, TraegerData(name="V"), logo=png)
    assert get_logo(db) == png
    set_traeger(db, TraegerData(name="W"))  # logo=None: unchanged
    assert get_logo(db) == png
    (entry,) = [e for e in log.verlauf(db, "traeger", None) if e.feld == "logo"]
    assert entry.neu == f"Bild, {len(png)} Bytes"
    set_traeger(db, TraegerData(name="W"), logo=b"")
    assert get_logo(db) == b""


def test_a_logo_that_is_no_png_is_refused_and_nothing_is_stored(db):
    with pytest.raises(InputErrors) as caught:
        set_traeger(db, TraegerData(name="V"), logo=b"GIF89a....")
    assert list(caught.value.by_field()) == ["logo"]
    assert get_traeger(db) == TraegerData() and get_logo(db) == b""


def test_empty_new_fields_are_not_logged_as_created(db):
    set_traeger(db, TraegerData(name="V"))
    fields = {e.feld for e in log.verlauf(db, "traeger", None)}
    assert "registergericht" not in fields and "steuernummer" not in fields
    assert {"name", "rechtsform", "gemeinnuetzig"} <= fields
