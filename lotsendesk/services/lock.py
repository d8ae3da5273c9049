"""One writer at a time: a small lock file next to the database (user, host, process, since, last refresh).

A lock of a crashed LotsenDesk on this machine (its process is gone) is taken over silently. Any other lock
is foreign; one whose owner has not refreshed it for ``STALE_AFTER`` (the GUI refreshes it every minute) is
stale: it may be taken over after the user confirms (the owner's computer crashed or slept).
"""

import contextlib
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

STALE_AFTER = timedelta(minutes=10)  # no refresh for this long: the owner is probably gone
REFRESH_EVERY_MS = 60_000  # how often an open GUI refreshes its lock


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: datetime
    refreshed: datetime | None = None  # None: a lock of LotsenDesk 0.3 or older, which never refreshes it

    @property
    def last_active(self) -> datetime:
        return self.refreshed or self.since

    def stale(self, now: datetime | None = None) -> bool:
        """Not refreshed for ``STALE_AFTER``. Never for an older LotsenDesk's lock: that one may be open for
        hours without a refresh, so only "Nur ansehen" is safe."""
        return self.refreshed is not None and (now or datetime.now()) - self.refreshed > STALE_AFTER


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _me() -> LockOwner:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some service contexts
        user = "?"
    now = datetime.now().replace(microsecond=0)
    return LockOwner(user, socket.gethostname(), os.getpid(), now, now)


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_owner(db_path: Path) -> LockOwner | None:
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        refreshed = datetime.fromisoformat(data["refreshed"]) if data.get("refreshed") else None
        return LockOwner(data["user"], data["host"], int(data["pid"]), datetime.fromisoformat(data["since"]), refreshed)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _is_mine(owner: LockOwner, me: LockOwner) -> bool:
    return owner.host == me.host and owner.pid == me.pid


def foreign_owner(db_path: Path) -> LockOwner | None:
    """Who else holds the lock right now (another computer, or a live process here), or None if we may take it.
    The owner may be ``stale()``: then the caller may take it over after asking."""
    owner = read_owner(db_path)
    if owner is None:
        return None
    me = _me()
    if _is_mine(owner, me) or (owner.host == me.host and not _process_alive(owner.pid)):
        return None
    return owner


def _write(db_path: Path, owner: LockOwner) -> None:
    payload = {
        "user": owner.user,
        "host": owner.host,
        "pid": owner.pid,
        "since": owner.since.isoformat(),
        "refreshed": (owner.refreshed or owner.since).isoformat(),
    }
    target = lock_path(db_path)
    temp = target.with_name(f"{target.name}.{owner.pid}.tmp")
    temp.write_text(json.dumps(payload), encoding="utf-8")
    os.replace(temp, target)  # readers never see half a lock file


def acquire(db_path: Path) -> None:
    _write(db_path, _me())


def refresh(db_path: Path) -> bool:
    """Note that we are still here (the GUI calls it every minute). False, and nothing written, if the lock is
    not ours any more (taken over, removed) or cannot be written (folder gone): never raises."""
    owner = read_owner(db_path)
    me = _me()
    if owner is None or not _is_mine(owner, me):
        return False
    try:
        _write(db_path, LockOwner(owner.user, owner.host, owner.pid, owner.since, me.refreshed))
    except OSError:
        return False
    return True


def release(db_path: Path) -> None:
    owner = read_owner(db_path)
    me = _me()
    if owner and _is_mine(owner, me):
        with contextlib.suppress(OSError):  # the folder is gone: nothing to release
            lock_path(db_path).unlink(missing_ok=True)
