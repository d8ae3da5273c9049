"""The audit trail (GoBD): every change through the services is recorded – when, who, which record, old → new –
and the log itself can only be appended to."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from lotsendesk.db.models import Einsatz, Protokoll
from lotsendesk.domain.lotse_record import RolleAb
from lotsendesk.domain.people import Rolle
from lotsendesk.services import protokoll as log
from lotsendesk.services.auszahlungen import Methode, confirm_run, storno
from lotsendesk.services.einsaetze import (
    EinsatzData,
    delete_einsaetze,
    record_einsatz,
    restore_einsaetze,
    update_einsatz,
)
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.foerderjahre import (
    FoerderjahrData,
    add_rate,
    add_year,
    delete_rate,
    delete_year,
    get_year,
    update_year,
)
from lotsendesk.services.importer import import_file, reapply_import, revert_import
from lotsendesk.services.lotsen import delete_lotse, get_lotse, update_lotse
from lotsendesk.services.traeger import TraegerData, set_traeger
from tests.conftest import add_lotse

TODAY = date(2025, 12, 31)
IBAN = "DE89370400440532013000"


def changes(db, tabelle: str, datensatz_id: int | None) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.aktion, e.feld, e.alt, e.neu) for e in log.verlauf(db, tabelle, datensatz_id)]


def count(db) -> int:
    with db.reading() as connection:
        return connection.execute(select(func.count()).select_from(Protokoll)).scalar()


def test_a_lotsin_created_changed_and_deleted_is_recorded_field_by_field(db):
    lotse_id = add_lotse(db, "7", "Yılmaz", "Şükrü", telefon="069 123", iban=IBAN)
    assert changes(db, "lotse", lotse_id) == [
        ("angelegt", "nr", None, "7"),
        ("angelegt", "nachname", None, "Yılmaz"),
        ("angelegt", "vorname", None, "Şükrü"),
        ("angelegt", "eintritt", None, "2024-01-01"),
        ("angelegt", "telefon", None, "069 123"),
        ("angelegt", "iban", None, "******************3000"),  # never the whole IBAN
        ("angelegt", "status", None, "aktiv"),
        ("angelegt", "rollen", None, "lotsin"),
    ]
    data = get_lotse(db, lotse_id)
    before = count(db)
    update_lotse(db, lotse_id, replace(data, telefon="069 999", notizen="spricht auch Kurdisch"))
    assert changes(db, "lotse", lotse_id)[8:] == [
        ("geändert", "telefon", "069 123", "069 999"),
        ("geändert", "notizen", "", "spricht auch Kurdisch"),
    ]  # the roles, rewritten by every edit, are the same: nothing recorded for them
    assert count(db) == before + 2
    update_lotse(
        db,
        lotse_id,
        replace(
            get_lotse(db, lotse_id), rollen=(RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, date(2025, 7, 1)))
        ),
    )
    assert changes(db, "lotse", lotse_id)[-1] == (
        "geändert",
        "rollen",
        "lotsin",
        "lotsin; koordinierend ab 2025-07-01",
    )
    delete_lotse(db, lotse_id)
    deleted = [c for c in changes(db, "lotse", lotse_id) if c[0] == "gelöscht"]
    assert ("gelöscht", "nachname", "Yılmaz", None) in deleted
    assert ("gelöscht", "iban", "******************3000", None) in deleted
    assert deleted[-1] == ("gelöscht", "rollen", "lotsin; koordinierend ab 2025-07-01", None)
    with db.reading() as connection:
        stored = " ".join(str(v) for row in connection.execute(select(Protokoll.alt, Protokoll.neu)) for v in row)
    assert IBAN not in stored and "0532013000" not in stored


def test_each_entry_says_when_and_who(db):
    add_lotse(db, "1", "Becker")
    assert log.get_benutzername(db) == ""
    assert log.set_benutzername(db, "  Kassenwartin   Ayşe Demir ") == ""
    assert log.get_benutzername(db) == "Kassenwartin Ayşe Demir"
    lotse_id = add_lotse(db, "2", "Nguyễn")
    first = log.verlauf(db, "lotse", 1)[0]
    second = log.verlauf(db, "lotse", lotse_id)[0]
    assert (first.benutzer, first.name, first.wer) == (log.os_benutzer(), "", log.os_benutzer())
    assert (second.benutzer, second.name) == (log.os_benutzer(), "Kassenwartin Ayşe Demir")
    assert second.wer == f"Kassenwartin Ayşe Demir ({log.os_benutzer()})"
    assert second.zeit >= first.zeit
    with pytest.raises(InputErrors, match="höchstens 200 Zeichen"):
        log.set_benutzername(db, "x" * 201)


def test_einsatz_recorded_changed_deleted_and_restored(db):
    lotse_id = add_lotse(db, "1", "Becker")
    einsatz_id = record_einsatz(db, EinsatzData(lotse_id, date(2025, 3, 7), 90, 1, "Ausländerbehörde"), today=TODAY)
    assert changes(db, "einsatz", einsatz_id) == [
        ("angelegt", "lotse_id", None, str(lotse_id)),
        ("angelegt", "datum", None, "2025-03-07"),
        ("angelegt", "minuten", None, "90"),
        ("angelegt", "taetigkeit_id", None, "1"),
        ("angelegt", "bemerkung", None, "Ausländerbehörde"),
    ]
    update_einsatz(db, einsatz_id, EinsatzData(lotse_id, date(2025, 3, 8), 90, 1, "Ausländerbehörde"), today=TODAY)
    assert changes(db, "einsatz", einsatz_id)[5:] == [("geändert", "datum", "2025-03-07", "2025-03-08")]
    deleted = delete_einsaetze(db, [einsatz_id])
    assert ("gelöscht", "minuten", "90", None) in changes(db, "einsatz", einsatz_id)
    restore_einsaetze(db, deleted)  # undo of the delete: the record is there again
    assert changes(db, "einsatz", einsatz_id)[-5:] == [
        ("angelegt", "lotse_id", None, str(lotse_id)),
        ("angelegt", "datum", None, "2025-03-08"),
        ("angelegt", "minuten", None, "90"),
        ("angelegt", "taetigkeit_id", None, "1"),
        ("angelegt", "bemerkung", None, "Ausländerbehörde"),
    ]


def test_a_refused_change_leaves_no_entry(db):
    lotse_id = add_lotse(db, "1", "Becker")
    einsatz_id = record_einsatz(db, EinsatzData(lotse_id, date(2025, 3, 7), 90), today=TODAY)
    before = count(db)
    with pytest.raises(InputErrors):
        update_einsatz(db, einsatz_id, EinsatzData(lotse_id, date(2025, 3, 7), 25 * 60), today=TODAY)
    with pytest.raises(ServiceError), db.session() as session:  # the transaction fails after the flush
        session.get(Einsatz, einsatz_id).minuten = 30
        session.flush()
        session.execute(delete(Einsatz).where(Einsatz.lotse_id == 999_999))
        raise ServiceError("abgebrochen")
    assert count(db) == before


def test_foerderjahr_and_raten(db):
    year_id = add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00"), aktenzeichen="II 25"))
    created = changes(db, "foerderjahr", year_id)
    assert ("angelegt", "jahr", None, "2025") in created
    assert ("angelegt", "bewilligt_einsatz_cent", None, "500000") in created
    assert ("angelegt", "aktenzeichen", None, "II 25") in created
    update_year(db, replace(get_year(db, 2025), bewilligt_einsatz=Decimal("5500.00")))
    assert changes(db, "foerderjahr", year_id)[len(created) :] == [
        ("geändert", "bewilligt_einsatz_cent", "500000", "550000")
    ]
    rate_id = add_rate(db, 2025, date(2025, 2, 1), Decimal("2500.00"), "1. Rate")
    delete_rate(db, rate_id)
    assert changes(db, "rate_eingang", rate_id) == [
        ("angelegt", "foerderjahr_id", None, str(year_id)),
        ("angelegt", "datum", None, "2025-02-01"),
        ("angelegt", "betrag_cent", None, "250000"),
        ("angelegt", "notiz", None, "1. Rate"),
        ("gelöscht", "foerderjahr_id", str(year_id), None),
        ("gelöscht", "datum", "2025-02-01", None),
        ("gelöscht", "betrag_cent", "250000", None),
        ("gelöscht", "notiz", "1. Rate", None),
    ]
    delete_year(db, 2025)
    assert ("gelöscht", "bewilligt_einsatz_cent", "550000", None) in changes(db, "foerderjahr", year_id)


def test_a_payout_run_and_its_storno(db):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    lotse_id = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1))
    record_einsatz(db, EinsatzData(lotse_id, date(2025, 1, 10), 90), today=TODAY)
    (paid,) = confirm_run(db, 2025, date(2025, 1, 31), date(2025, 2, 5), Methode.BAR)
    run = changes(db, "auszahlungslauf", paid.lauf_id)
    assert ("angelegt", "bis", None, "2025-01-31") in run
    assert ("angelegt", "bezahlt_am", None, "2025-02-05") in run
    assert ("angelegt", "methode", None, "bar") in run
    payout = changes(db, "auszahlung", paid.id)
    assert ("angelegt", "betrag_cent", None, "750") in payout
    assert ("angelegt", "beleg_lfd", None, "1") in payout
    assert ("angelegt", "lotse_id", None, str(lotse_id)) in payout
    cancelled = storno(db, paid.id, "Stunden falsch übertragen", date(2025, 2, 6))
    reverse = changes(db, "auszahlung", cancelled.id)
    assert ("angelegt", "betrag_cent", None, "-750") in reverse
    assert ("angelegt", "storno_von_id", None, str(paid.id)) in reverse
    assert ("angelegt", "grund", None, "Stunden falsch übertragen") in reverse
    assert changes(db, "auszahlung", paid.id) == payout  # the original is untouched


def test_traeger_data_is_recorded_per_key_and_other_meta_is_not(db):
    before = count(db)
    set_traeger(db, TraegerData(name="Interkultureller Verein e. V.", ort="Offenbach am Main", iban=IBAN))
    entries = changes(db, "traeger", None)
    assert ("angelegt", "name", None, "Interkultureller Verein e. V.") in entries
    assert ("angelegt", "iban", None, "******************3000") in entries
    assert ("angelegt", "gemeinnuetzig", None, "1") in entries
    set_traeger(db, TraegerData(name="Interkultureller Verein e. V.", ort="Offenbach", iban=IBAN))
    assert changes(db, "traeger", None)[len(entries) :] == [("geändert", "ort", "Offenbach am Main", "Offenbach")]
    log.set_benutzername(db, "Ayşe")
    assert count(db) == before + len(entries) + 1  # the app's own keys (name, version, …) are not recorded
    assert "traeger" in log.bereiche(db)


def test_long_texts_are_cut(db):
    lotse_id = add_lotse(db, "1", "Becker", notizen="x" * 2000)
    (entry,) = [e for e in log.verlauf(db, "lotse", lotse_id) if e.feld == "notizen"]
    assert len(entry.neu) == 500 and entry.neu.endswith("…")


def test_an_import_is_one_entry_not_one_per_row(db, tmp_path: Path):
    add_lotse(db, "1", "Becker")
    lines = ["Nr;Datum;Dauer;Tätigkeit;Bemerkung"] + [f"1;{d:02d}.03.2025;1,5;Schule/Kita;" for d in range(1, 29)]
    path = tmp_path / "maerz.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    before = count(db)
    result = import_file(db, "einsaetze", path, today=TODAY)
    assert (result.created, result.errors) == (28, [])
    assert count(db) == before + 1
    (entry,) = log.protokoll(db, tabelle="import_record")
    assert (entry.aktion, entry.datensatz_id, entry.neu) == ("angelegt", result.import_id, "28 Einsätze aus maerz.csv")
    assert log.protokoll(db, tabelle="einsatz") == []
    revert_import(db, result)
    entries = log.protokoll(db, tabelle="import_record")
    assert (entries[0].aktion, entries[0].alt) == ("gelöscht", "28 Einsätze aus maerz.csv")
    assert log.protokoll(db, tabelle="einsatz") == []  # undone as it was done: as one import
    reapply_import(db, result)
    entries = log.protokoll(db, tabelle="import_record")
    assert [(e.aktion, e.datensatz_id, e.neu) for e in entries[:1]] == [
        ("angelegt", result.import_id, "28 Einsätze aus maerz.csv")
    ]
    assert log.protokoll(db, tabelle="einsatz") == []


def test_statements_through_the_session_are_recorded_many_rows_as_one_summary(db):
    lotse_id = add_lotse(db, "1", "Becker")
    rows = [{"lotse_id": lotse_id, "datum": date(2025, 1, 1) + timedelta(days=i), "minuten": 30} for i in range(150)]
    with db.session() as session:
        session.execute(insert(Einsatz), rows)
    with db.session() as session:
        session.execute(update(Einsatz).where(Einsatz.datum == date(2025, 1, 2)).values(minuten=45))
    with db.session() as session:
        session.execute(delete(Einsatz).where(Einsatz.minuten == 30))
    summaries = [
        (e.aktion, e.feld, e.alt, e.neu) for e in log.protokoll(db, tabelle="einsatz") if e.datensatz_id is None
    ]
    assert summaries == [("gelöscht", "anzahl", "149", None), ("angelegt", "anzahl", None, "150")]
    (changed,) = [e for e in log.protokoll(db, tabelle="einsatz") if e.datensatz_id is not None]
    assert (changed.aktion, changed.feld, changed.alt, changed.neu) == ("geändert", "minuten", "30", "45")


def test_the_log_filters_by_period_area_and_text_newest_first(db):
    becker = add_lotse(db, "1", "Becker", "Jürgen")
    add_lotse(db, "2", "Петренко", "Ольга")
    record_einsatz(db, EinsatzData(becker, date(2025, 3, 7), 90), today=TODAY)
    everything = log.protokoll(db)
    assert [e.id for e in everything] == sorted((e.id for e in everything), reverse=True)
    assert [e.id for e in log.protokoll(db, limit=3)] == [e.id for e in everything[:3]]
    assert {e.tabelle for e in log.protokoll(db, tabelle="einsatz")} == {"einsatz"}
    assert [(e.datensatz_id, e.neu) for e in log.protokoll(db, text="JÜRGEN")] == [(becker, "Jürgen")]
    assert [e.neu for e in log.protokoll(db, text="ольга")] == ["Ольга"]
    assert [e.feld for e in log.protokoll(db, text="2025-03-07")] == ["datum"]
    day = everything[0].zeit.date()
    assert len(log.protokoll(db, von=day, bis=day)) == len(everything)
    assert log.protokoll(db, bis=day - timedelta(days=1)) == []
    assert log.protokoll(db, von=day + timedelta(days=1)) == []
    assert log.protokoll(db, text="gibt es nicht") == []


def test_the_log_can_only_be_appended_to(db):
    add_lotse(db, "1", "Becker")
    before = [(e.id, e.alt, e.neu) for e in log.protokoll(db)]
    table = Protokoll.__table__
    for statement in (update(table).values(neu="gefälscht"), delete(table)):
        with pytest.raises(IntegrityError, match="protokoll"), db.engine.begin() as connection:
            connection.execute(statement)
    with pytest.raises(ServiceError), db.session() as session:  # the ORM, too
        session.delete(session.get(Protokoll, before[0][0]))
    with pytest.raises(ServiceError), db.session() as session:
        session.get(Protokoll, before[0][0]).neu = "gefälscht"
    assert [(e.id, e.alt, e.neu) for e in log.protokoll(db)] == before


def test_freibetrag_vn_angaben_and_the_sent_day_of_a_verwendungsnachweis(db):
    from lotsendesk.services.dokumente import issue_verwendungsnachweis, mark_sent
    from lotsendesk.services.freibetraege import FreibetragData, delete_freibetrag, set_freibetrag
    from lotsendesk.services.verwendungsnachweis import VnAngaben, set_angaben

    lotse_id = add_lotse(db, "1", "Becker")
    set_freibetrag(db, FreibetragData(lotse_id, 2025, anderweitig=Decimal("100.00")))
    set_freibetrag(db, FreibetragData(lotse_id, 2025, anderweitig=Decimal("150.00")))
    delete_freibetrag(db, lotse_id, 2025)
    (row,) = {e.datensatz_id for e in log.protokoll(db, tabelle="freibetragserklaerung")}
    entries = changes(db, "freibetragserklaerung", row)
    assert ("angelegt", "anderweitig_cent", None, "10000") in entries
    assert ("angelegt", "sozialleistungen", None, "nein") in entries
    assert ("geändert", "anderweitig_cent", "10000", "15000") in entries
    assert ("gelöscht", "anderweitig_cent", "15000", None) in entries

    year_id = add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("1000.00")))
    set_angaben(db, 2025, VnAngaben(projektverlauf="Gut angelaufen.", eigenmittel=Decimal("250.00")))
    set_angaben(db, 2025, VnAngaben(projektverlauf="Gut angelaufen.", eigenmittel=Decimal("300.00")))
    (angaben,) = {e.datensatz_id for e in log.protokoll(db, tabelle="verwendungsnachweis_angaben")}
    entries = changes(db, "verwendungsnachweis_angaben", angaben)
    assert ("angelegt", "projektverlauf", None, "Gut angelaufen.") in entries
    assert entries[-1] == ("geändert", "eigenmittel_cent", "25000", "30000")  # not the time it was saved
    assert ("angelegt", "foerderjahr_id", None, str(year_id)) in entries

    document, _new = issue_verwendungsnachweis(db, 2025, today=date(2026, 3, 1))
    mark_sent(db, document.id, date(2026, 3, 2), today=date(2026, 3, 5))
    entries = changes(db, "ausgestelltes_dokument", document.id)
    assert ("angelegt", "art", None, "verwendungsnachweis") in entries
    assert ("angelegt", "sha256", None, document.sha256) in entries
    assert not {"daten", "pdf"} & {feld for _a, feld, _alt, _neu in entries}  # the document itself is not copied
    assert entries[-1] == ("geändert", "versandt_am", None, "2026-03-02")


def test_backup_settings_are_recorded(db, tmp_path: Path):
    from lotsendesk.db.models import Meta

    with db.session() as session:
        session.merge(Meta(key="backup.folder", value=str(tmp_path / "a")))
    with db.session() as session:
        session.merge(Meta(key="backup.folder", value=str(tmp_path / "b")))
    with db.session() as session:
        session.delete(session.get(Meta, "backup.folder"))
    assert changes(db, "backup", None) == [
        ("angelegt", "folder", None, str(tmp_path / "a")),
        ("geändert", "folder", str(tmp_path / "a"), str(tmp_path / "b")),
        ("gelöscht", "folder", str(tmp_path / "b"), None),
    ]


def test_changing_the_log_through_a_session_is_refused_with_a_clear_message(db):
    from sqlalchemy import text

    from lotsendesk.services.errors import ServiceError
    from tests.conftest import add_lotse

    add_lotse(db, "1", "Becker", "Jürgen")
    with pytest.raises(ServiceError, match="nur ergänzt"), db.session() as session:
        session.execute(text("UPDATE protokoll SET neu = 'x'"))
