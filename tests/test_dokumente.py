"""The register of issued documents: a Quittung is issued once and reprinted as issued; the register cannot be
rewritten."""

import dataclasses
import hashlib
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from lotsendesk.db.models import AusgestelltesDokument
from lotsendesk.services.auszahlungen import list_payouts, storno
from lotsendesk.services.database import open_database
from lotsendesk.services.dokumente import (
    QUITTUNG,
    issue_receipts,
    issue_receipts_of_run,
    issue_verwendungsnachweis,
    mark_sent,
    sent_years,
    verwendungsnachweise,
    write_documents,
)
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.lotsen import get_lotse, update_lotse
from lotsendesk.services.verwendungsnachweis import VnAngaben, set_angaben
from tests.reports.test_quittungen import ZOE, db_path, pages_text  # noqa: F401  (db_path is a fixture)


@pytest.fixture
def db(db_path):  # noqa: F811
    database = open_database(db_path)
    yield database
    database.close()


def _stored(db) -> list[AusgestelltesDokument]:
    with db.session() as session:
        rows = list(session.scalars(select(AusgestelltesDokument).order_by(AusgestelltesDokument.id)))
        session.expunge_all()
        return rows


def test_first_print_issues_each_receipt_with_its_pdf_hash_and_data(db, tmp_path):
    documents = issue_receipts_of_run(db, 1, today=date(2025, 4, 5))
    assert [(d.art, d.nummer, d.version) for d in documents] == [(QUITTUNG, "2025-001", 1), (QUITTUNG, "2025-002", 1)]
    rows = _stored(db)
    assert len(rows) == 2
    for row in rows:
        assert row.sha256 == hashlib.sha256(row.pdf).hexdigest()
        assert row.auszahlung_id is not None
        assert row.erstellt_am.date() == date(2025, 4, 5)
    assert '"anschrift": "Hauptstr. 1\\n60311 Frankfurt"' in rows[0].daten
    # printing again issues nothing new
    assert issue_receipts_of_run(db, 1) == documents
    assert len(_stored(db)) == 2
    assert issue_receipts_of_run(db, 99) == []


def test_a_reprint_after_an_address_change_is_the_document_as_issued(db, tmp_path):
    first = tmp_path / "erst.pdf"
    write_documents(db, issue_receipts_of_run(db, 1, today=date(2025, 4, 5)), first)
    zoe_id = next(p.lotse_id for p in list_payouts(db) if p.beleg_nr == "2025-001")
    update_lotse(db, zoe_id, dataclasses.replace(get_lotse(db, zoe_id), anschrift="Neue Gasse 9\n63065 Offenbach"))
    again = tmp_path / "nochmal.pdf"
    write_documents(db, issue_receipts_of_run(db, 1), again)
    first_pages, again_pages = pages_text(first), pages_text(again)
    assert first_pages == again_pages
    assert "Hauptstr. 1" in again_pages[0] and "Neue Gasse" not in again_pages[0]
    assert ZOE in again_pages[0] and "erstellt am 05.04.2025" in again_pages[0]
    meta = PdfReader(again).metadata
    assert meta.title == "Quittungen 2025-001 bis 2025-002"


def test_a_storno_gets_its_own_receipt_and_the_original_stays(db, tmp_path):
    (original, _) = issue_receipts_of_run(db, 1, today=date(2025, 4, 5))
    payout_id = next(p.id for p in list_payouts(db) if p.beleg_nr == "2025-001")
    reverse = storno(db, payout_id, "doppelt erfasst", date(2025, 5, 2))
    (document,) = issue_receipts(db, [reverse.id], today=date(2025, 5, 2))
    assert document.nummer == "2025-003"
    out = tmp_path / "storno.pdf"
    write_documents(db, [document], out)
    (page,) = pages_text(out)
    assert "Stornobeleg" in page and "2025-001" in page and "-7,50 €" in page
    assert [row.nummer for row in _stored(db)] == ["2025-001", "2025-002", "2025-003"]
    assert original.nummer == "2025-001"


def test_issued_documents_cannot_be_rewritten_or_deleted(db):
    issue_receipts_of_run(db, 1)
    with pytest.raises(ServiceError, match="wie es ausgestellt wurde"), db.session() as session:
        session.execute(text("UPDATE ausgestelltes_dokument SET daten = '{}'"))
    with pytest.raises(ServiceError, match="wie es ausgestellt wurde"), db.session() as session:
        session.execute(text("DELETE FROM ausgestelltes_dokument"))
    assert len(_stored(db)) == 2


def test_an_unwritable_target_changes_no_file(db, tmp_path):
    documents = issue_receipts_of_run(db, 1)
    with pytest.raises(ServiceError, match="konnte nicht geschrieben werden"):
        write_documents(db, documents, tmp_path / "fehlt" / "x.pdf")
    assert not (tmp_path / "fehlt").exists()


def test_verwendungsnachweis_versions_are_new_only_when_something_changed(db, tmp_path):
    first, new = issue_verwendungsnachweis(db, 2025, today=date(2026, 3, 10))
    assert (first.nummer, first.version, new) == ("2025", 1, True)
    again, new = issue_verwendungsnachweis(db, 2025, today=date(2026, 3, 11))
    assert (again, new) == (first, False)
    set_angaben(db, 2025, VnAngaben(projektverlauf="Zwölf Lots*innen begleiteten <viele> Menschen & Familien."))
    second, new = issue_verwendungsnachweis(db, 2025, today=date(2026, 3, 12))
    assert (second.version, new) == (2, True)
    assert [d.version for d in verwendungsnachweise(db, 2025)] == [2, 1]
    out = tmp_path / "vn.pdf"
    write_documents(db, [second], out)
    text = "\n".join(pages_text(out))
    assert "Zwölf Lots*innen begleiteten <viele> Menschen & Familien." in text
    assert "ENTWURF" not in text
    row = next(r for r in _stored(db) if r.id == second.id)
    assert row.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()


def test_a_version_is_marked_as_sent_once_and_the_deadline_is_done(db):
    from lotsendesk.services.pruefhinweise import uebersicht

    document, _ = issue_verwendungsnachweis(db, 2025, today=date(2026, 3, 10))
    assert any(f.art == "verwendungsnachweis" for f in uebersicht(db, 2025, today=date(2026, 3, 20)).fristen)
    with pytest.raises(ServiceError, match="in der Zukunft"):
        mark_sent(db, document.id, date(2026, 3, 21), today=date(2026, 3, 20))
    with pytest.raises(ServiceError, match="vor dem Tag"):
        mark_sent(db, document.id, date(2026, 3, 9), today=date(2026, 3, 20))
    assert sent_years(db) == {}
    sent = mark_sent(db, document.id, date(2026, 3, 18), today=date(2026, 3, 20))
    assert sent.versandt_am == date(2026, 3, 18)
    with pytest.raises(ServiceError, match=r"schon seit 18\.03\.2026"):
        mark_sent(db, document.id, date(2026, 3, 19), today=date(2026, 3, 20))
    assert sent_years(db) == {2025: date(2026, 3, 18)}
    assert not any(f.art == "verwendungsnachweis" for f in uebersicht(db, 2025, today=date(2026, 3, 20)).fristen)
    (receipt,) = issue_receipts_of_run(db, 1)[:1]
    with pytest.raises(ServiceError, match="gibt es nicht"):
        mark_sent(db, receipt.id, date(2026, 3, 18), today=date(2026, 3, 20))


def test_cli_issues_the_verwendungsnachweis_once_and_writes_drafts_on_request(tmp_path, db_path):  # noqa: F811
    from tests.test_cli import lotsendesk

    out = tmp_path / "vn.pdf"
    first = lotsendesk(
        tmp_path, "--db", str(db_path), "report", "verwendungsnachweis", "--year", "2025", "-o", str(out)
    )
    assert first.returncode == 0, first.stderr
    assert "Verwendungsnachweis 2025, Fassung 1 (neu ausgestellt)" in first.stdout
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert digest in first.stdout
    again = lotsendesk(
        tmp_path, "--db", str(db_path), "report", "verwendungsnachweis", "--year", "2025", "-o", str(out)
    )
    assert "Fassung 1 (unverändert seit" in again.stdout
    assert hashlib.sha256(out.read_bytes()).hexdigest() == digest
    draft = tmp_path / "entwurf.pdf"
    args = ("report", "verwendungsnachweis", "--year", "2025", "--entwurf", "-o", str(draft))
    assert lotsendesk(tmp_path, "--db", str(db_path), *args).returncode == 0
    assert "ENTWURF" in "\n".join(pages_text(draft))
    missing = lotsendesk(
        tmp_path, "--db", str(db_path), "report", "verwendungsnachweis", "--year", "2019", "-o", str(out)
    )
    assert missing.returncode == 1 and "2019" in missing.stderr
