"""Qualifizierungen: maximum grant, attendance → certificate → claimable hours, costs with gapless Belege."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from lotsendesk.domain import qualifizierung as q
from lotsendesk.domain.lotse_record import LotseData
from lotsendesk.services import kurse
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year, year_summary
from lotsendesk.services.lotsen import get_lotse
from tests.conftest import add_lotse

TODAY = date(2025, 12, 1)


# --- worked examples of the maximum grant (domain.md §1.4) ----------------------------------------------------
@pytest.mark.parametrize(
    ("tn", "ue", "satz", "expected"),
    [
        (15, 30, Decimal("12.50"), Decimal("5625.00")),  # the example in [S7]
        (12, 24, Decimal("12.50"), Decimal("3600.00")),
        (8, 20, Decimal("12.50"), Decimal("2000.00")),
        (10, 36, Decimal("11.00"), Decimal("3960.00")),  # another rate in the Bescheid
        (0, 30, Decimal("12.50"), Decimal("0.00")),
    ],
)
def test_max_grant_is_participants_times_ue_times_rate(tn, ue, satz, expected):
    assert q.max_grant(tn, ue, satz) == expected


def test_fundable_part_is_capped_at_the_max_grant_and_the_approved_amount():
    split = q.split_costs([(Decimal("2400.00"), True), (Decimal("300.00"), False)], Decimal("2000.00"))
    assert (split.gesamt, split.foerderfaehig, split.nicht_foerderfaehig) == (
        Decimal("2700.00"),
        Decimal("2000.00"),
        Decimal("700.00"),
    )
    assert split.ueber_hoechstbetrag == Decimal("400.00")
    capped = q.split_costs([(Decimal("1900.00"), True)], Decimal("2000.00"), bewilligt=Decimal("1500.00"))
    assert capped.foerderfaehig == Decimal("1500.00") and capped.nicht_foerderfaehig == Decimal("400.00")


def test_attendance_threshold_is_exact():
    assert q.meets_attendance(16, 20, 80) and not q.meets_attendance(15, 20, 80)
    assert q.attendance_percent(19, 24) == Decimal("79.2")
    assert not q.meets_attendance(0, 0)


# --- a course end to end --------------------------------------------------------------------------------------
def _course(db, art=q.KursArt.BASIS, **kw) -> int:
    data = kurse.KursData(art=art, titel="Basisqualifizierung Frühjahr", ort="Gemeindehaus", **kw)
    kurs_id = kurse.add_course(db, data)
    for day, ue in ((date(2025, 3, 1), 8), (date(2025, 3, 8), 8), (date(2025, 3, 15), 8)):
        kurse.add_termin(db, kurs_id, kurse.TerminData(day, ue, "09:00", "16:00"))
    return kurs_id


def test_attendance_certificate_and_claimable_hours_from_that_day(db):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    kurs_id = _course(db, geplante_teilnehmende=2)
    lotse_id, teilnahme = kurse.add_new_participant(db, kurs_id, LotseData(nr="7", nachname="Nguyễn", vorname="Hương"))
    assert get_lotse(db, lotse_id).status.value == "in_qualifizierung"
    termine = [t.id for t in kurse.get_course(db, kurs_id, TODAY).termine]
    kurse.set_attendance(db, teilnahme, termine[0], True)
    with pytest.raises(ServiceError, match="33,3 %"):
        kurse.issue_certificate(db, teilnahme, date(2025, 3, 15))
    kurse.set_attendance(db, teilnahme, termine[1], True)
    kurse.set_attendance(db, teilnahme, termine[2], True)
    with pytest.raises(InputErrors):
        kurse.issue_certificate(db, teilnahme, date(2025, 3, 14))
    kurse.issue_certificate(db, teilnahme, date(2025, 3, 15))
    person = get_lotse(db, lotse_id)
    assert person.qualifiziert_am == date(2025, 3, 15) and person.status.value == "aktiv"

    # hours before the certificate are not claimable, from that day they are
    record_einsatz(db, EinsatzData(lotse_id, date(2025, 3, 10), 120), today=TODAY)
    record_einsatz(db, EinsatzData(lotse_id, date(2025, 3, 20), 180), today=TODAY)
    figures = next(p for p in year_summary(db, 2025).people if p.lotse_id == lotse_id)
    assert (figures.result.recorded, figures.result.claimable) == (300, 180)

    with pytest.raises(ServiceError):
        kurse.set_attendance(db, teilnahme, termine[0], False)
    kurse.revoke_certificate(db, teilnahme)
    person = get_lotse(db, lotse_id)
    assert person.qualifiziert_am is None and person.status.value == "in_qualifizierung"


def test_a_certificate_keeps_an_earlier_qualification_date(db):
    lotse_id = add_lotse(db, "1", "Arslan", qualifiziert_am=date(2023, 5, 1))
    kurs_id = _course(db)
    teilnahme = kurse.add_participant(db, kurs_id, lotse_id)
    for termin in kurse.get_course(db, kurs_id, TODAY).termine:
        kurse.set_attendance(db, teilnahme, termin.id, True)
    kurse.issue_certificate(db, teilnahme, date(2025, 3, 20))
    assert get_lotse(db, lotse_id).qualifiziert_am == date(2023, 5, 1)
    kurse.revoke_certificate(db, teilnahme)
    assert get_lotse(db, lotse_id).qualifiziert_am == date(2023, 5, 1)


def test_a_vertiefungsseminar_certificate_does_not_qualify(db):
    lotse_id = add_lotse(db, "1", "Arslan")
    kurs_id = _course(db, art=q.KursArt.VERTIEFUNG)
    teilnahme = kurse.add_participant(db, kurs_id, lotse_id)
    for termin in kurse.get_course(db, kurs_id, TODAY).termine:
        kurse.set_attendance(db, teilnahme, termin.id, True)
    kurse.issue_certificate(db, teilnahme, date(2025, 3, 20))
    assert get_lotse(db, lotse_id).qualifiziert_am is None


def test_figures_warnings_and_result_of_a_finished_course(db):
    kurs_id = _course(db, geplante_teilnehmende=4, erhalten=Decimal("2400.00"))
    people = [add_lotse(db, str(i), f"Person {i}") for i in range(1, 5)]
    teilnahmen = [kurse.add_participant(db, kurs_id, p) for p in people]
    termine = [t.id for t in kurse.get_course(db, kurs_id, TODAY).termine]
    for teilnahme in teilnahmen[:2]:  # two attend fully, one only once, one never
        for termin in termine:
            kurse.set_attendance(db, teilnahme, termin, True)
    kurse.set_attendance(db, teilnahmen[2], termine[0], True)
    kurse.add_cost(
        db, kurs_id, kurse.KostenData(date(2025, 3, 15), q.Kategorie.HONORAR, Decimal("1500.00"), "Referentin A")
    )
    kurse.add_cost(
        db,
        kurs_id,
        kurse.KostenData(
            date(2025, 3, 15), q.Kategorie.VERPFLEGUNG, Decimal("120.00"), "Bäckerei", foerderfaehig=False
        ),
    )
    detail = kurse.get_course(db, kurs_id, TODAY)
    assert detail.ue == 24 and detail.teilnehmende_ist == 3
    assert detail.hoechstbetrag_geplant == Decimal("1200.00")  # 4 × 24 × 12,50
    assert detail.split.hoechstbetrag == Decimal("900.00")  # 3 × 24 × 12,50
    assert detail.split.foerderfaehig == Decimal("900.00")
    assert detail.split.nicht_foerderfaehig == Decimal("720.00")
    assert detail.ergebnis == Decimal("1500.00")  # 2.400 received − 900 fundable: to be paid back
    texts = " ".join(w.text for w in detail.warnungen)
    assert "3 statt der geplanten 4" in texts
    assert "Person 3 war bei 33,3 %" in texts
    assert "600,00\xa0€ über dem Höchstbetrag" in texts
    assert detail.frist == date(2025, 6, 15)


def test_cost_numbers_are_gapless_per_year(db):
    kurs_id = _course(db)
    first = kurse.add_cost(
        db, kurs_id, kurse.KostenData(date(2025, 3, 1), q.Kategorie.RAUM, Decimal("80.00"), "Gemeinde")
    )
    second = kurse.add_cost(
        db, kurs_id, kurse.KostenData(date(2025, 3, 2), q.Kategorie.MATERIAL, Decimal("19.99"), "Copyshop")
    )
    next_year = kurse.add_cost(
        db, kurs_id, kurse.KostenData(date(2026, 1, 5), q.Kategorie.RAUM, Decimal("10.00"), "Gemeinde")
    )
    assert (first.beleg_nr, second.beleg_nr, next_year.beleg_nr) == ("K2025-001", "K2025-002", "K2026-001")
    with pytest.raises(ServiceError, match="lückenlos"):
        kurse.delete_cost(db, first.id)
    with pytest.raises(InputErrors):
        kurse.update_cost(
            db, first.id, kurse.KostenData(date(2026, 3, 1), q.Kategorie.RAUM, Decimal("80.00"), "Gemeinde")
        )
    kurse.delete_cost(db, second.id)
    assert (
        kurse.add_cost(db, kurs_id, kurse.KostenData(date(2025, 4, 1), q.Kategorie.RAUM, Decimal("5.00"), "X")).beleg_nr
        == "K2025-002"
    )
    with pytest.raises(ServiceError, match="Beleg-Nummern"):
        kurse.delete_course(db, kurs_id)


def test_bad_input_is_refused_with_german_messages(db):
    with pytest.raises(InputErrors) as error:
        kurse.add_course(db, kurse.KursData(art=q.KursArt.BASIS, titel="  ", extern=True, satz_ue=Decimal("0")))
    fields = error.value.by_field()
    assert {"titel", "veranstalter", "satz_ue"} <= set(fields)
    kurs_id = _course(db)
    with pytest.raises(InputErrors, match="keine Uhrzeit"):
        kurse.add_termin(db, kurs_id, kurse.TerminData(date(2025, 4, 1), 4, "25:00"))
    with pytest.raises(InputErrors, match="1 bis 12 UE"):
        kurse.add_termin(db, kurs_id, kurse.TerminData(date(2025, 4, 1), 0))
    assert kurse.get_course(db, kurs_id, TODAY).ue == 24


def test_external_qualification_sets_and_clears_the_date(db):
    lotse_id = add_lotse(db, "1", "Petrenko", vorname="Olena")
    kurse.set_external_qualification(db, lotse_id, "Caritas Frankfurt", date(2024, 11, 9), "Zertifikat in Kopie")
    assert get_lotse(db, lotse_id).qualifiziert_am == date(2024, 11, 9)
    (row,) = kurse.list_external_qualifications(db)
    assert (row.veranstalter, row.name) == ("Caritas Frankfurt", "Petrenko, Olena")
    kurse.remove_external_qualification(db, lotse_id)
    assert get_lotse(db, lotse_id).qualifiziert_am is None


def test_a_participant_cannot_be_deleted_and_appears_in_the_auskunft(db, tmp_path):
    from pypdf import PdfReader

    from lotsendesk.services.auskunft import auskunft_data, write_auskunft
    from lotsendesk.services.lotsen import delete_lotse

    lotse_id = add_lotse(db, "1", "Arslan", vorname="Gülsen")
    kurs_id = _course(db)
    teilnahme = kurse.add_participant(db, kurs_id, lotse_id)
    first = kurse.get_course(db, kurs_id, TODAY).termine[0]
    kurse.set_attendance(db, teilnahme, first.id, True)
    with pytest.raises(ServiceError, match="Teilnehmendenliste"):
        delete_lotse(db, lotse_id)
    data = auskunft_data(db, lotse_id, TODAY)
    assert data["qualifizierungen"] == [
        {"kurs": "Basisqualifizierung Frühjahr", "art": "basis", "anwesend_an": ["2025-03-01"], "zertifikat_am": None}
    ]
    write_auskunft(db, lotse_id, tmp_path / "a.pdf", TODAY)
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "a.pdf").pages)
    assert "Basisqualifizierung „Basisqualifizierung Frühjahr“: anwesend an 1 Termin (01.03.2025)" in text


def test_reflexionsgespraeche_have_no_attendance_warning(db):
    kurs_id = _course(db, art=q.KursArt.REFLEXION)
    teilnahme = kurse.add_participant(db, kurs_id, add_lotse(db, "1", "Arslan"))
    kurse.set_attendance(db, teilnahme, kurse.get_course(db, kurs_id, TODAY).termine[0].id, True)
    assert not any("kein Zertifikat" in w.text for w in kurse.get_course(db, kurs_id, TODAY).warnungen)
    basis_id = _course(db)
    teilnahme = kurse.add_participant(db, basis_id, add_lotse(db, "2", "Becker"))
    kurse.set_attendance(db, teilnahme, kurse.get_course(db, basis_id, TODAY).termine[0].id, True)
    assert any("kein Zertifikat" in w.text for w in kurse.get_course(db, basis_id, TODAY).warnungen)


def test_all_certificates_at_once_all_or_nothing(db):
    kurs_id = _course(db)
    full, partial = (kurse.add_participant(db, kurs_id, add_lotse(db, str(i), f"P{i}")) for i in (1, 2))
    termine = kurse.get_course(db, kurs_id, TODAY).termine
    for termin in termine:
        kurse.set_attendance(db, full, termin.id, True)
    kurse.set_attendance(db, partial, termine[0].id, True)
    with pytest.raises(InputErrors):  # before the last Termin: nobody gets one
        kurse.issue_certificates(db, kurs_id, date(2025, 3, 10))
    assert all(p.zertifikat_am is None for p in kurse.get_course(db, kurs_id, TODAY).teilnehmende)
    with pytest.raises(InputErrors, match="Zukunft"):
        kurse.issue_certificates(db, kurs_id, date.today() + timedelta(days=1))
    assert kurse.issue_certificates(db, kurs_id, date(2025, 3, 15)) == [full]
    assert kurse.issue_certificates(db, kurs_id, date(2025, 3, 16)) == []  # nobody due any more


def _certified(db, kurs_id, lotse_id, am):
    teilnahme = kurse.add_participant(db, kurs_id, lotse_id)
    for termin in kurse.get_course(db, kurs_id, TODAY).termine:
        kurse.set_attendance(db, teilnahme, termin.id, True)
    kurse.issue_certificate(db, teilnahme, am)
    return teilnahme


def test_art_and_threshold_stay_once_certificates_are_issued(db):
    from dataclasses import replace

    lotse_id = add_lotse(db, "1", "Arslan")
    kurs_id = _course(db)
    teilnahme = _certified(db, kurs_id, lotse_id, date(2025, 3, 20))
    data = kurse.get_course(db, kurs_id, TODAY).data
    # a Vertiefungsseminar certificate must not keep (or, on revoke, strand) the Qualifiziert-am date
    with pytest.raises(InputErrors) as error:
        kurse.update_course(db, kurs_id, replace(data, art=q.KursArt.VERTIEFUNG))
    assert "art" in error.value.by_field()
    # the certified participant attended 100 %: any threshold up to 100 % is fine
    kurse.update_course(db, kurs_id, replace(data, mindestanwesenheit=100, titel="Neu"))
    partial = kurse.add_participant(db, kurs_id, add_lotse(db, "2", "Becker"))
    termine = kurse.get_course(db, kurs_id, TODAY).termine
    for termin in termine[:2]:
        kurse.set_attendance(db, partial, termin.id, True)
    kurse.update_course(db, kurs_id, replace(data, mindestanwesenheit=60))
    kurse.issue_certificate(db, partial, date(2025, 3, 20))  # 66,7 % ≥ 60 %
    with pytest.raises(InputErrors) as error:
        kurse.update_course(db, kurs_id, replace(data, mindestanwesenheit=80))
    assert "mindestanwesenheit" in error.value.by_field()
    detail = kurse.get_course(db, kurs_id, TODAY)
    assert (detail.data.art, detail.data.mindestanwesenheit) == (q.KursArt.BASIS, 60)
    kurse.revoke_certificate(db, teilnahme)
    assert get_lotse(db, lotse_id).qualifiziert_am is None


def test_qualification_date_follows_the_sources_that_remain(db):
    # external first, then our certificate; the external record goes, then the certificate
    a = add_lotse(db, "1", "Arslan")
    kurse.set_external_qualification(db, a, "Caritas", date(2023, 5, 1))
    first = _course(db)
    teilnahme = _certified(db, first, a, date(2025, 3, 20))
    kurse.remove_external_qualification(db, a)
    assert get_lotse(db, a).qualifiziert_am == date(2025, 3, 20)
    kurse.revoke_certificate(db, teilnahme)
    assert get_lotse(db, a).qualifiziert_am is None

    # our certificate first, then an external one with a later date: the earlier date stays
    b = add_lotse(db, "2", "Becker")
    teilnahme = _certified(db, first, b, date(2025, 3, 20))
    kurse.set_external_qualification(db, b, "Caritas", date(2025, 6, 1))
    assert get_lotse(db, b).qualifiziert_am == date(2025, 3, 20)
    kurse.revoke_certificate(db, teilnahme)
    assert get_lotse(db, b).qualifiziert_am == date(2025, 6, 1)

    # two Basisqualifizierungen: withdrawing the earlier certificate leaves the later one
    c = add_lotse(db, "3", "Çelik")
    second = _course(db)
    t1 = _certified(db, first, c, date(2025, 3, 20))
    t2 = _certified(db, second, c, date(2025, 4, 20))
    kurse.revoke_certificate(db, t1)
    assert get_lotse(db, c).qualifiziert_am == date(2025, 4, 20)
    kurse.revoke_certificate(db, t2)
    assert get_lotse(db, c).qualifiziert_am is None


def test_all_certificates_for_just_the_given_participants(db):
    kurs_id = _course(db)
    first, second = (kurse.add_participant(db, kurs_id, add_lotse(db, str(i), f"P{i}")) for i in (1, 2))
    for termin in kurse.get_course(db, kurs_id, TODAY).termine:
        kurse.set_attendance(db, first, termin.id, True)
        kurse.set_attendance(db, second, termin.id, True)
    assert kurse.issue_certificates(db, kurs_id, date(2025, 3, 15), only={second}) == [second]
    people = {p.id: p.zertifikat_am for p in kurse.get_course(db, kurs_id, TODAY).teilnehmende}
    assert people == {first: None, second: date(2025, 3, 15)}
