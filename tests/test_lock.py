"""One writer at a time: a live foreign lock refuses (the GUI offers "Nur ansehen"), a dead or long inactive one
is taken over, the lock is refreshed while open, and a read-only Database refuses every write."""

import json
import os
import socket
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from lotsendesk.services import lock
from lotsendesk.services.database import LockedError, open_database, take_over_question
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.lotsen import list_lotsen
from tests.conftest import add_lotse


def _write_lock(path: Path, *, pid: int, host: str | None = None, refreshed: datetime | None = None) -> None:
    since = datetime.now().replace(microsecond=0) - timedelta(hours=4)
    payload = {"user": "kassenwartin", "host": host or socket.gethostname(), "pid": pid, "since": since.isoformat()}
    if refreshed is not None:
        payload["refreshed"] = refreshed.isoformat()
    lock.lock_path(path).write_text(json.dumps(payload), encoding="utf-8")


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    add_lotse(db, "1", "Öztürk", "Ayşe")
    db.close()
    return path


@pytest.fixture
def holder(made: Path):
    """Another process on this machine that has the database open (and keeps its lock fresh)."""
    code = (
        "import sys, time; from pathlib import Path; from lotsendesk.services.database import open_database; "
        f"db = open_database(Path({str(made)!r})); print('offen', flush=True); sys.stdin.readline(); db.close()"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "offen"
    yield process
    process.stdin.write("\n")
    process.stdin.flush()
    process.wait(timeout=30)


def test_a_live_process_holding_the_lock_is_foreign(made: Path, holder: subprocess.Popen) -> None:
    with pytest.raises(LockedError) as raised:
        open_database(made)
    assert raised.value.owner.pid == holder.pid and not raised.value.owner.stale()
    assert "bereits geöffnet" in raised.value.message
    with pytest.raises(LockedError):  # a fresh lock is never taken over, even when asked
        open_database(made, take_over=True)


def test_read_only_while_another_process_has_it_open(made: Path, holder: subprocess.Popen) -> None:
    db = open_database(made, read_only=True)
    try:
        assert db.read_only and db.read_only_owner.pid == holder.pid
        assert [row.nachname for row in list_lotsen(db)] == ["Öztürk"]
        with pytest.raises(ServiceError) as raised:
            add_lotse(db, "2", "Иванова", "Ольга")
        assert raised.value.message.startswith("Nur-Lesen:") and "Änderungen sind gesperrt" in raised.value.message
    finally:
        db.close()
    assert lock.read_owner(made).pid == holder.pid  # closing the viewer leaves the holder's lock alone


def test_read_only_refuses_raw_writes_too(made: Path) -> None:
    from sqlalchemy import text

    db = open_database(made, read_only=True)
    try:
        with pytest.raises(ServiceError) as raised, db.session() as session:
            session.execute(text("UPDATE lotse SET nachname = 'X'"))
        assert "Nur-Lesen" in raised.value.message
    finally:
        db.close()
    assert not lock.lock_path(made).exists()  # looking takes no lock


def test_a_dead_process_lock_is_taken_over_silently(made: Path) -> None:
    process = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    _write_lock(made, pid=int(process.stdout))
    db = open_database(made)
    try:
        assert lock.read_owner(made).pid == os.getpid()
    finally:
        db.close()


def test_a_lock_without_refresh_for_long_is_stale_and_taken_over_after_asking(made: Path) -> None:
    _write_lock(made, pid=1, host="buero-pc", refreshed=datetime.now() - timedelta(hours=3))
    with pytest.raises(LockedError) as raised:
        open_database(made)
    owner = raised.value.owner
    assert owner.stale() and owner.host == "buero-pc"
    assert "zuletzt aktiv vor 3 Stunden" in raised.value.message
    question = take_over_question(owner)
    assert "kassenwartin auf buero-pc" in question and "vor 3 Stunden" in question and "Trotzdem öffnen?" in question

    db = open_database(made, take_over=True)
    try:
        assert lock.read_owner(made).pid == os.getpid()
    finally:
        db.close()


def test_another_computer_with_a_fresh_lock_is_foreign(made: Path) -> None:
    _write_lock(made, pid=1, host="buero-pc", refreshed=datetime.now() - timedelta(minutes=2))
    with pytest.raises(LockedError) as raised:
        open_database(made, take_over=True)
    assert not raised.value.owner.stale()


def test_refresh_moves_the_time_only_of_our_own_lock(made: Path) -> None:
    db = open_database(made)
    try:
        first = lock.read_owner(made)
        time.sleep(1.1)
        assert lock.refresh(made)
        again = lock.read_owner(made)
        assert again.since == first.since and again.refreshed > first.refreshed
        _write_lock(made, pid=1, host="buero-pc")  # someone took it over meanwhile
        assert not lock.refresh(made)
        assert lock.read_owner(made).host == "buero-pc"
    finally:
        db.close()


def test_an_old_versions_lock_without_refresh_time_is_never_stale(made: Path) -> None:
    _write_lock(made, pid=1, host="buero-pc")  # written 4 h ago by LotsenDesk 0.3, which never refreshes
    owner = lock.read_owner(made)
    assert owner.refreshed is None and not owner.stale()
    with pytest.raises(LockedError):
        open_database(made, take_over=True)
