"""Real files of every released schema version (tests/fixtures, made by that version's own code with
tests/fixtures/make_fixture.py) open in this version: migrated, backed up before, every record intact."""

import hashlib
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from lotsendesk import __version__
from lotsendesk.db import migrate
from lotsendesk.services.backup import default_backup_folder, describe_backup
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzFilter, query_einsaetze
from lotsendesk.services.errors import DatabaseError
from lotsendesk.services.lotsen import list_lotsen

FIXTURES = Path(__file__).parent.parent / "fixtures"
REVISIONS = ("0001", "0002", "0003", "0004", "0005")
APP_VERSIONS = {"0001": "0.1.0", "0002": "0.2.0", "0003": "0.2.0", "0004": "0.3.0", "0005": "0.3.0"}
NAMES = {("Müller", "Jürgen"), ("Öztürk", "Ayşe"), ("Иванова", "Ольга"), ("Weiß", "Søren")}
BEMERKUNGEN = {"Телефонная консультация", "Einsatzplanung „Frühjahr“", "Ausländerbehörde – Termin begleitet"}
MINUTES = 1200  # the twelve Einsätze of make_fixture.EINSAETZE


def _snapshot(path: Path) -> dict[str, tuple[list[str], set[tuple]]]:
    """Every table's columns and rows, read without touching the file."""
    connection = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        result = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            result[table] = (columns, set(connection.execute(f'SELECT * FROM "{table}"')))
        return result
    finally:
        connection.close()


def _copy(revision: str, tmp_path: Path) -> Path:
    target = tmp_path / "daten" / f"lotsendesk-{revision}.sqlite"
    target.parent.mkdir()
    shutil.copyfile(FIXTURES / f"lotsendesk-{revision}.sqlite", target)
    return target


@pytest.mark.parametrize("revision", REVISIONS)
def test_fixture_is_what_its_version_made(revision: str) -> None:
    connection = sqlite3.connect(f"{(FIXTURES / f'lotsendesk-{revision}.sqlite').as_uri()}?immutable=1", uri=True)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        assert meta["app_version"] == APP_VERSIONS[revision]
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()


@pytest.mark.parametrize("revision", REVISIONS)
def test_fixture_opens_migrated_with_every_record_intact(revision: str, tmp_path: Path) -> None:
    path = _copy(revision, tmp_path)
    before = _snapshot(path)

    db = open_database(path)
    try:
        with db.session() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == migrate.HEAD_REVISION
        assert {(row.nachname, row.vorname) for row in list_lotsen(db)} == NAMES
        rows = query_einsaetze(db, EinsatzFilter())
        assert len(rows) == 12
        assert sum(row.minuten for row in rows) == MINUTES
        assert {row.bemerkung for row in rows} >= BEMERKUNGEN
        if revision >= "0002":
            from lotsendesk.services.auszahlungen import list_payouts
            from lotsendesk.services.foerderjahre import list_raten, year_summary

            payouts = list_payouts(db, 2025)
            assert len(payouts) == 5
            assert sum(p.betrag for p in payouts) == Decimal("68.75")  # 22,50 + 27,50 + 18,75: the Storno cancels one
            assert [p.betrag for p in payouts if p.storno_von] == [Decimal("-27.50")]
            assert sum(p.minuten for p in payouts) == 270 + 330 + 225
            assert sum(r.betrag for r in list_raten(db, 2025)) == Decimal("1750.50")
            summary = year_summary(db, 2025)
            assert summary.year.aktenzeichen == "II 25 – 62 d 02.17-2025"
        if revision >= "0003":
            with db.session() as session:
                documents = session.execute(text("SELECT art, nummer, pdf, sha256 FROM ausgestelltes_dokument"))
                [(art, nummer, pdf, sha)] = documents.all()
            assert (art, nummer) == ("quittung", "2025-004")  # the first payout of the run: Beleg 2025-004
            assert hashlib.sha256(pdf).hexdigest() == sha and pdf.startswith(b"%PDF")
    finally:
        db.close()

    after = _snapshot(path)
    for table, (columns, rows) in before.items():
        if table in ("meta", "alembic_version"):
            continue
        new_columns, new_rows = after[table]
        keep = [new_columns.index(c) for c in columns]
        assert {tuple(row[i] for i in keep) for row in new_rows} == rows, table
    assert {(k, v) for k, v in before["meta"][1] if k != "app_version"} <= after["meta"][1]
    assert ("app_version", __version__) in after["meta"][1]
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()

    backups = list(default_backup_folder(path).glob("*.sqlite"))
    if revision == migrate.HEAD_REVISION:
        assert backups == []  # nothing to migrate, nothing to back up
    else:
        assert [b.name for b in backups] == [f"{path.stem}-vor-Update-{revision}-auf-{migrate.HEAD_REVISION}.sqlite"]
        assert _snapshot(backups[0])["lotse"] == before["lotse"]
        assert describe_backup(backups[0]).revision == revision


def test_file_of_a_newer_version_is_refused_naming_both_versions(tmp_path: Path) -> None:
    path = _copy("0004", tmp_path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
        connection.execute("UPDATE meta SET value = '9.1.0' WHERE key = 'app_version'")
    connection.close()
    before = path.read_bytes()

    with pytest.raises(DatabaseError) as raised:
        open_database(path)

    assert "9.1.0" in raised.value.message and __version__ in raised.value.message
    assert path.read_bytes() == before  # untouched: no migration, no stamp
    assert not default_backup_folder(path).exists()
