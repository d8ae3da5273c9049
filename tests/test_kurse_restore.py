"""Undo on the Qualifizierungen page: what a delete removed comes back under its old ids, so later steps on the
undo stack that name them still work."""

from datetime import date
from decimal import Decimal

import pytest

from lotsendesk.domain import qualifizierung as q
from lotsendesk.services import kurse
from lotsendesk.services.errors import ServiceError
from tests.conftest import add_lotse


def _course(db) -> int:
    kurs_id = kurse.add_course(db, kurse.KursData(art=q.KursArt.BASIS, titel="Basis", geplante_teilnehmende=2))
    for day in (date(2025, 3, 1), date(2025, 3, 8)):
        kurse.add_termin(db, kurs_id, kurse.TerminData(day, 8, "09:00", "16:00", "Thema"))
    for nr, name in (("1", "Yılmaz"), ("2", "Петренко")):
        kurse.add_participant(db, kurs_id, add_lotse(db, nr, name))
    detail = kurse.get_course(db, kurs_id)
    kurse.set_attendance(db, detail.teilnehmende[0].id, detail.termine[0].id, True)
    return kurs_id


def test_a_deleted_course_comes_back_with_its_ids_termine_people_and_ticks(db):
    kurs_id = _course(db)
    before = kurse.get_course(db, kurs_id)
    kurse.delete_course(db, kurs_id)
    kurse.restore_course(db, before)
    after = kurse.get_course(db, kurs_id)
    assert (after.data, after.termine, after.teilnehmende) == (before.data, before.termine, before.teilnehmende)
    with pytest.raises(ServiceError):
        kurse.restore_course(db, before)


def test_a_deleted_termin_comes_back_with_the_ticks_of_those_still_on_the_list(db):
    kurs_id = _course(db)
    detail = kurse.get_course(db, kurs_id)
    termin = detail.termine[0]
    kurse.delete_termin(db, termin.id)
    kurse.restore_termin(db, kurs_id, termin, [detail.teilnehmende[0].id, 999])
    assert kurse.get_course(db, kurs_id) == detail


def test_a_removed_participant_comes_back_with_the_ticks(db):
    kurs_id = _course(db)
    detail = kurse.get_course(db, kurs_id)
    person = detail.teilnehmende[0]
    kurse.remove_participant(db, person.id)
    kurse.restore_participant(db, kurs_id, person)
    assert kurse.get_course(db, kurs_id).teilnehmende == detail.teilnehmende
    with pytest.raises(ServiceError, match="schon auf der Teilnehmendenliste"):
        kurse.restore_participant(db, kurs_id, person)


def test_a_deleted_cost_comes_back_with_its_beleg_nr_only_while_the_number_is_free(db):
    kurs_id = _course(db)
    cost = kurse.add_cost(db, kurs_id, kurse.KostenData(date(2025, 3, 1), q.Kategorie.RAUM, Decimal("90.00"), "Kirche"))
    kurse.delete_cost(db, cost.id)
    kurse.restore_cost(db, kurs_id, cost)
    assert kurse.get_course(db, kurs_id).kosten == (cost,)
    kurse.delete_cost(db, cost.id)
    kurse.add_cost(db, kurs_id, kurse.KostenData(date(2025, 3, 2), q.Kategorie.RAUM, Decimal("10.00"), "Kirche"))
    with pytest.raises(ServiceError, match="K2025-001"):
        kurse.restore_cost(db, kurs_id, cost)
