"""Opening a database: every way it can fail gives its German message and leaves everything as it was."""

import getpass
import hashlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, exc, text

from lotsendesk import __version__
from lotsendesk.db import migrate
from lotsendesk.db.models import Lotse
from lotsendesk.domain.lotse_record import LotseData, RolleAb
from lotsendesk.domain.people import Rolle
from lotsendesk.services import database as database_module
from lotsendesk.services import lock
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzData, EinsatzFilter, query_einsaetze, record_einsatz
from lotsendesk.services.errors import DatabaseError, ServiceError
from lotsendesk.services.lotsen import delete_lotse, get_lotse, list_lotsen
from tests.conftest import add_lotse

REPO = Path(__file__).resolve().parents[2]


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder with a hash of its content: "changes nothing" means this stays equal."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _refused(path: Path) -> str:
    """Open must fail; returns the message and checks that no file was added, changed or removed."""
    before = _snapshot(path.parent) if path.parent.is_dir() else None
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    after = _snapshot(path.parent) if path.parent.is_dir() else None
    assert after == before
    return info.value.message


def _make_lotsendesk_db(path: Path) -> None:
    db = open_database(path)
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    db.close()


# --- the failure paths ------------------------------------------------------------------------------------


def test_missing_folder(tmp_path: Path) -> None:
    folder = tmp_path / "USB-Stick"
    message = _refused(folder / "verein.sqlite")
    assert message == (
        f"Der Ordner „{folder}“ existiert nicht. Bitte prüfen Sie den Pfad "
        "(ist ein USB-Stick oder Netzlaufwerk getrennt?)."
    )
    assert not folder.exists()


def test_missing_folder_is_created_when_asked(tmp_path: Path) -> None:
    db = open_database(tmp_path / "neu" / "daten" / "verein.sqlite", create_folder=True)
    db.close()
    assert (tmp_path / "neu" / "daten" / "verein.sqlite").is_file()


def test_a_folder_named_like_the_database(tmp_path: Path) -> None:
    (tmp_path / "verein.sqlite").mkdir()
    assert _refused(tmp_path / "verein.sqlite") == f"„{tmp_path / 'verein.sqlite'}“ ist keine Datei."


READ_ONLY = (
    "Die Datenbank „verein.sqlite“ ist schreibgeschützt (oder ihr Ordner). LotsenDesk braucht Schreibrechte, "
    "um Ihre Eingaben zu speichern. Bitte kopieren Sie die Datei in einen beschreibbaren Ordner."
)


class _OsWithoutWriteAccess:
    """``os`` as lotsendesk.services.database sees it, except that ``denied`` paths are not writable.

    Tests run as root here, and for root ``os.access`` says every file is writable even after chmod – so the
    permission answer is replaced, only inside the module under test, and everything else is the real os.
    """

    def __init__(self, denied: set[Path]) -> None:
        self._denied = {p.resolve() for p in denied}

    def access(self, path, mode, **kwargs) -> bool:
        if mode & os.W_OK and Path(path).resolve() in self._denied:
            return False
        return os.access(path, mode, **kwargs)

    def __getattr__(self, name: str):
        return getattr(os, name)


def test_read_only_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "verein.sqlite"
    _make_lotsendesk_db(path)
    monkeypatch.setattr(database_module, "os", _OsWithoutWriteAccess({path}))
    assert _refused(path) == READ_ONLY


def test_read_only_folder_for_a_new_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database_module, "os", _OsWithoutWriteAccess({tmp_path}))
    assert _refused(tmp_path / "verein.sqlite") == READ_ONLY
    assert not (tmp_path / "verein.sqlite").exists()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="as root (and on Windows) chmod does not stop writing; test_read_only_file covers the check",
)
def test_read_only_file_by_chmod(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    _make_lotsendesk_db(path)
    path.chmod(0o444)
    try:
        assert _refused(path) == READ_ONLY
    finally:
        path.chmod(0o644)


def test_text_file_named_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    path.write_text("Name;Stunden\nYılmaz;2,5\n", encoding="utf-8")
    assert _refused(path) == "„verein.sqlite“ ist keine LotsenDesk-Datenbank. Bitte wählen Sie eine andere Datei."


def test_truncated_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    _make_lotsendesk_db(path)
    path.write_bytes(path.read_bytes()[:1000])  # a copy that broke off
    assert "keine LotsenDesk-Datenbank" in _refused(path)


def _foreign_db(path: Path, journal_mode: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA journal_mode={journal_mode}")
    connection.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    connection.execute("INSERT INTO songs (title) VALUES ('Großer Gott, wir loben dich')")
    connection.commit()
    connection.close()


def test_another_apps_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    _foreign_db(path, "wal")
    assert _refused(path) == "„verein.sqlite“ ist keine LotsenDesk-Datenbank. Bitte wählen Sie eine andere Datei."


def test_another_apps_sqlite_file_keeps_its_journal_mode(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    _foreign_db(path, "delete")
    assert "keine LotsenDesk-Datenbank" in _refused(path)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()


def test_file_from_a_newer_version(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    _make_lotsendesk_db(path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'f00dcafe0042'")
    connection.execute("UPDATE meta SET value = '9.9.0' WHERE key = 'app_version'")
    connection.commit()
    connection.close()
    message = _refused(path)
    assert message == (
        "Diese Datenbank wurde mit einer neueren LotsenDesk-Version (9.9.0) gespeichert. Sie verwenden Version "
        f"{__version__}. Bitte installieren Sie die neue Version, um sie zu öffnen."
    )
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("f00dcafe0042",)
    assert connection.execute("SELECT COUNT(*) FROM lotse").fetchone() == (1,)
    connection.close()


_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from lotsendesk.services.database import open_database
    db = open_database(Path(sys.argv[1]))
    print("offen", flush=True)
    sys.stdin.read()
    db.close()
    """
)


def test_locked_by_another_running_lotsendesk(tmp_path: Path) -> None:
    """A real second LotsenDesk process opens the file and keeps it open."""
    path = tmp_path / "verein.sqlite"
    _make_lotsendesk_db(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "offen"
        message = _refused(path)
        owner = lock.read_owner(path)
        assert owner is not None and owner.pid == holder.pid
        assert message == (
            f"Die Datenbank ist bereits geöffnet: von {owner.user} auf {socket.gethostname()} seit "
            f"{owner.since:%d.%m.%Y, %H:%M} Uhr. Bitte schließen Sie LotsenDesk dort zuerst."
        )
    finally:
        holder.communicate(input="", timeout=30)
    assert holder.returncode == 0
    assert not lock.lock_path(path).exists()  # the other instance released it on close
    open_database(path).close()


def _write_lock(path: Path, pid: int, host: str | None = None) -> None:
    payload = {
        "user": "kasse",
        "host": host or socket.gethostname(),
        "pid": pid,
        "since": datetime(2025, 3, 7, 9, 30).isoformat(),
    }
    lock.lock_path(path).write_text(json.dumps(payload), encoding="utf-8")


def test_lock_of_a_live_process_on_this_machine(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    _make_lotsendesk_db(path)
    sleeper = subprocess.Popen(["sleep", "60"])
    try:
        _write_lock(path, sleeper.pid)
        assert _refused(path) == (
            f"Die Datenbank ist bereits geöffnet: von kasse auf {socket.gethostname()} seit 07.03.2025, 09:30 Uhr. "
            "Bitte schließen Sie LotsenDesk dort zuerst."
        )
    finally:
        sleeper.kill()
        sleeper.wait()


def test_lock_from_another_computer_is_respected(tmp_path: Path) -> None:
    """A process number from another machine cannot be checked here: the lock counts as held."""
    path = tmp_path / "verein.sqlite"
    _make_lotsendesk_db(path)
    _write_lock(path, 1, host="buero-pc")
    assert "von kasse auf buero-pc seit 07.03.2025, 09:30 Uhr" in _refused(path)


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    _make_lotsendesk_db(path)
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    _write_lock(path, finished.pid)
    db = open_database(path)
    try:
        owner = lock.read_owner(path)
        assert owner is not None and owner.pid == os.getpid()
        assert owner.user == getpass.getuser()
        assert [row.nachname for row in list_lotsen(db)] == ["Yılmaz"]
    finally:
        db.close()
    assert not lock.lock_path(path).exists()


def test_unreadable_lock_file_does_not_block(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    _make_lotsendesk_db(path)
    lock.lock_path(path).write_text("kaputt", encoding="utf-8")
    open_database(path).close()


# --- what an open database guarantees --------------------------------------------------------------------


def test_pragmas_on_every_connection(db) -> None:
    for _ in range(2):  # a second connection from the pool gets them too
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_new_file_is_stamped_and_seeded(db) -> None:
    with db.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD_REVISION
        meta = dict(connection.execute(text("SELECT key, value FROM meta")).all())
        names = connection.execute(text("SELECT name FROM taetigkeit ORDER BY position")).scalars().all()
    assert meta["application"] == "LotsenDesk"
    assert meta["app_version"] == __version__
    assert names[0] == "Begleitung Behörde"


def test_reopening_does_not_seed_twice(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    for _ in range(3):
        open_database(path).close()
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT COUNT(*), COUNT(DISTINCT name) FROM taetigkeit").fetchone()[0] == 9
    connection.close()


def test_head_revision_is_alembics_head() -> None:
    assert migrate.script_head() == migrate.HEAD_REVISION
    assert migrate.HEAD_REVISION in migrate.known_revisions()


NAMES = [
    ("Yılmaz", "Şükrü"),
    ("Петренко", "Ольга"),
    ("Nguyễn", "Thị Hương"),
    ("Wiśniewski", "Łukasz"),
    ("حداد", "أمينة"),  # Arabic, right to left
    ("ተስፋዬ", "ዳዊት"),  # Ge'ez (Amharic/Tigrinya)
    ("Rahimi", "فاطمه"),
    ("Nguye\u0302\u0303n", "decomposed"),  # NFD: combining marks, kept exactly as typed
    ("O'Connor-Müller", "Zoë <Test> & Co"),
    ("李", "小龙"),
]


def test_names_in_any_script_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    ids = {}
    for i, (nachname, vorname) in enumerate(NAMES):
        ids[i] = add_lotse(db, str(i + 1), nachname, vorname, anschrift=f"{vorname} {nachname}\nStraße 1")
        record_einsatz(
            db, EinsatzData(ids[i], date(2025, 3, 7), 90, bemerkung=f"mit {vorname}"), today=date(2025, 4, 1)
        )
    db.close()
    db = open_database(path)
    try:
        for i, (nachname, vorname) in enumerate(NAMES):
            data = get_lotse(db, ids[i])
            assert (data.nachname, data.vorname) == (nachname, vorname)
            assert data.anschrift == f"{vorname} {nachname}\nStraße 1"
        rows = query_einsaetze(db, EinsatzFilter(text="ольга"))  # case-insensitive in Cyrillic too
        assert [r.name for r in rows] == ["Петренко, Ольга"]
        assert {r.name for r in list_lotsen(db)} == {f"{n}, {v}" for n, v in NAMES}
    finally:
        db.close()


def test_deleting_a_lotsin_with_einsaetze_is_refused(db) -> None:
    lotse_id = add_lotse(db, "7", "Yılmaz", "Şükrü", rollen=(RolleAb(Rolle.KOORDINIEREND),))
    record_einsatz(db, EinsatzData(lotse_id, date(2025, 3, 7), 150), today=date(2025, 4, 1))
    record_einsatz(db, EinsatzData(lotse_id, date(2025, 3, 8), 60), today=date(2025, 4, 1))
    before = get_lotse(db, lotse_id)
    with pytest.raises(ServiceError) as info:
        delete_lotse(db, lotse_id)
    assert info.value.message == (
        "Yılmaz, Şükrü hat 2 erfasste Einsätze und kann deshalb nicht gelöscht werden. "
        "Setzen Sie den Status stattdessen auf „ausgeschieden“."
    )
    assert get_lotse(db, lotse_id) == before
    assert [r.minuten for r in query_einsaetze(db, EinsatzFilter(lotse_id=lotse_id))] == [150, 60]


def test_the_database_itself_refuses_to_orphan_einsaetze(db) -> None:
    """Even SQL that bypasses the service cannot delete a Lots*in with Einsätze (foreign key RESTRICT)."""
    lotse_id = add_lotse(db, "7", "Yılmaz", "Şükrü")
    record_einsatz(db, EinsatzData(lotse_id, date(2025, 3, 7), 150), today=date(2025, 4, 1))
    with pytest.raises(ServiceError, match="Es wurde nichts gespeichert") as info, db.session() as session:
        session.execute(delete(Lotse).where(Lotse.id == lotse_id))
    assert isinstance(info.value.__cause__, exc.IntegrityError)
    assert len(query_einsaetze(db, EinsatzFilter())) == 1


def test_deleting_a_lotsin_without_einsaetze_returns_the_data(db) -> None:
    data = LotseData(nr="8", nachname="Петренко", vorname="Ольга", eintritt=date(2024, 1, 1))
    lotse_id = add_lotse(db, data.nr, data.nachname, data.vorname)
    assert delete_lotse(db, lotse_id) == data
    assert list_lotsen(db) == []
