"""Below the UI: paid (festgeschriebene) Einsätze, payouts and their runs, issued Quittungen and sent
Verwendungsnachweise cannot be changed or deleted – not through the ORM, not through SQL on the app's
connections, not even through a plain sqlite3 connection without foreign keys. Corrections are new records."""

import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError

from lotsendesk.db.models import AusgestelltesDokument, Auszahlung, Auszahlungslauf, Einsatz, Foerderjahr, Lotse
from lotsendesk.services.auszahlungen import Methode, confirm_run, storno
from lotsendesk.services.dokumente import issue_receipts, issue_verwendungsnachweis, mark_sent
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz, update_einsatz
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from tests.conftest import add_lotse

TODAY = date(2025, 12, 31)


@pytest.fixture
def paid(db):
    """Two Lots*innen; Becker's Einsatz paid in a run (Beleg 2025-001) with its Quittung issued."""
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    becker = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1))
    other = add_lotse(db, "2", "Yılmaz", "Şükrü", qualifiziert_am=date(2024, 1, 1))
    einsatz = record_einsatz(db, EinsatzData(becker, date(2025, 1, 10), 90), today=TODAY)
    (payout,) = confirm_run(db, 2025, date(2025, 1, 31), date(2025, 2, 5), Methode.UEBERWEISUNG)
    (receipt,) = issue_receipts(db, [payout.id], today=date(2025, 2, 5))
    return {"lotse": becker, "other": other, "einsatz": einsatz, "payout": payout, "receipt": receipt}


def _refused_sql(db, statement, reason: str) -> None:
    with pytest.raises(IntegrityError, match=reason), db.engine.begin() as connection:
        connection.execute(statement)


def _refused_raw(db, sql: str, reason: str) -> None:
    """A plain sqlite3 connection, foreign keys off (SQLite's default): only the triggers stand in the way."""
    connection = sqlite3.connect(db.path)
    try:
        assert connection.execute("PRAGMA foreign_keys").fetchone() == (0,)
        with pytest.raises(sqlite3.IntegrityError, match=reason):
            connection.execute(sql)
    finally:
        connection.rollback()
        connection.close()


def test_a_paid_einsatz_cannot_be_changed_relinked_or_deleted(db, paid):
    einsatz, other = paid["einsatz"], paid["other"]
    table = Einsatz.__table__
    for statement in (
        update(table).where(table.c.id == einsatz).values(minuten=30),
        update(table).where(table.c.id == einsatz).values(lotse_id=other),  # moved to another person
        update(table).where(table.c.id == einsatz).values(datum=date(2025, 1, 11)),
        delete(table).where(table.c.id == einsatz),
    ):
        _refused_sql(db, statement, "festgeschrieben")
    _refused_raw(db, f"UPDATE einsatz SET lotse_id = {other} WHERE id = {einsatz}", "festgeschrieben")
    _refused_raw(db, f"DELETE FROM einsatz WHERE id = {einsatz}", "festgeschrieben")
    with pytest.raises(ServiceError, match="festgeschrieben"), db.session() as session:
        session.get(Einsatz, einsatz).lotse_id = other
    with pytest.raises(ServiceError, match="festgeschrieben"), db.session() as session:
        session.delete(session.get(Einsatz, einsatz))
    with pytest.raises(ServiceError, match="festgeschrieben"), db.session() as session:
        session.execute(update(Einsatz).where(Einsatz.id == einsatz).values(bemerkung="nachträglich"))
    with db.session() as session:
        row = session.get(Einsatz, einsatz)
        assert (row.lotse_id, row.datum, row.minuten, row.bemerkung) == (paid["lotse"], date(2025, 1, 10), 90, "")


def test_payouts_and_their_run_cannot_be_changed_or_deleted(db, paid):
    payout = paid["payout"]
    for table in (Auszahlung.__table__, Auszahlungslauf.__table__):
        _refused_sql(db, update(table).values(bezahlt_am=date(2025, 2, 6)), "festgeschrieben")
        _refused_sql(db, delete(table), "festgeschrieben")
    _refused_raw(db, "DELETE FROM auszahlung", "festgeschrieben")
    _refused_raw(db, "UPDATE auszahlungslauf SET methode = 'bar'", "festgeschrieben")
    _refused_raw(db, "DELETE FROM auszahlungslauf", "festgeschrieben")
    with pytest.raises(ServiceError, match="festgeschrieben"), db.session() as session:
        session.get(Auszahlung, payout.id).betrag_cent = 1
    with pytest.raises(ServiceError, match="festgeschrieben"), db.session() as session:
        session.delete(session.get(Auszahlungslauf, payout.lauf_id))
    with db.session() as session:
        assert session.get(Auszahlung, payout.id).betrag_cent == 750
        assert session.get(Auszahlungslauf, payout.lauf_id).methode == "ueberweisung"


def test_a_lotsin_or_year_with_payouts_stays_even_without_foreign_keys(db, paid):
    _refused_raw(db, f"DELETE FROM lotse WHERE id = {paid['lotse']}", "festgeschrieben")
    _refused_raw(db, "DELETE FROM foerderjahr", "festgeschrieben")
    with pytest.raises(ServiceError), db.session() as session:
        session.execute(delete(Lotse).where(Lotse.id == paid["lotse"]))
    with db.session() as session:
        assert session.get(Lotse, paid["lotse"]) is not None
        assert session.get(Foerderjahr, 1) is not None


def test_an_issued_receipt_cannot_be_changed_or_deleted(db, paid):
    receipt = paid["receipt"]
    table = AusgestelltesDokument.__table__
    mine = table.c.id == receipt.id
    for statement in (
        update(table).where(mine).values(daten="{}"),
        update(table).where(mine).values(nummer="2025-999"),
        update(table).where(mine).values(pdf=b"%PDF-falsch"),
        delete(table).where(mine),
    ):
        _refused_sql(db, statement, "ausgestellt")
    _refused_raw(db, f"DELETE FROM ausgestelltes_dokument WHERE id = {receipt.id}", "ausgestellt")
    with pytest.raises(ServiceError, match="ausgestellt"), db.session() as session:
        session.get(AusgestelltesDokument, receipt.id).daten = "{}"
    with pytest.raises(ServiceError, match="ausgestellt"), db.session() as session:
        session.delete(session.get(AusgestelltesDokument, receipt.id))
    with db.session() as session:
        assert session.get(AusgestelltesDokument, receipt.id).sha256 == receipt.sha256


def test_a_sent_verwendungsnachweis_cannot_be_changed_or_deleted(db, paid):
    document, _new = issue_verwendungsnachweis(db, 2025, today=date(2026, 3, 1))
    mark_sent(db, document.id, date(2026, 3, 2), today=date(2026, 3, 5))
    table = AusgestelltesDokument.__table__
    mine = table.c.id == document.id
    for statement in (
        update(table).where(mine).values(versandt_am=date(2026, 3, 3)),  # set once only
        update(table).where(mine).values(versandt_am=None),
        update(table).where(mine).values(pdf=b"%PDF"),
        delete(table).where(mine),
    ):
        _refused_sql(db, statement, "ausgestellt")
    _refused_raw(db, f"UPDATE ausgestelltes_dokument SET versandt_am = NULL WHERE id = {document.id}", "ausgestellt")
    _refused_raw(db, "DELETE FROM foerderjahr WHERE jahr = 2025", "festgeschrieben|ausgestellt")
    with pytest.raises(ServiceError, match="ausgestellt"), db.session() as session:
        session.get(AusgestelltesDokument, document.id).versandt_am = None
    with db.session() as session:
        assert session.get(AusgestelltesDokument, document.id).versandt_am == date(2026, 3, 2)


def test_a_year_with_an_issued_document_but_no_payouts_stays(db):
    add_year(db, FoerderjahrData(jahr=2024, bewilligt_einsatz=Decimal("1000.00")))
    issue_verwendungsnachweis(db, 2024, today=date(2025, 3, 1))
    _refused_raw(db, "DELETE FROM foerderjahr WHERE jahr = 2024", "ausgestellt")
    with pytest.raises(ServiceError, match="ausgestelltes Dokument"), db.session() as session:
        session.execute(delete(Foerderjahr).where(Foerderjahr.jahr == 2024))


def test_the_correction_is_a_linked_new_record(db, paid):
    """A Storno points at the payout it cancels; then the Einsatz is free again, and the change is recorded."""
    cancelled = storno(db, paid["payout"].id, "Stunden falsch", date(2025, 2, 6))
    assert cancelled.storno_von == paid["payout"].beleg_nr
    update_einsatz(db, paid["einsatz"], EinsatzData(paid["lotse"], date(2025, 1, 10), 60), today=TODAY)
    with db.session() as session:
        assert session.get(Einsatz, paid["einsatz"]).minuten == 60
        assert session.get(Auszahlung, paid["payout"].id).betrag_cent == 750  # the original payout stays
