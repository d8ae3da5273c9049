"""One writer at a time: a small lock file next to the database (user, host, process, time).

A lock of a crashed LotsenDesk on this machine (its process is gone) is taken over silently.
"""

import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: datetime


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _me() -> LockOwner:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some service contexts
        user = "?"
    return LockOwner(user, socket.gethostname(), os.getpid(), datetime.now().replace(microsecond=0))


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
        return LockOwner(data["user"], data["host"], int(data["pid"]), datetime.fromisoformat(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def foreign_owner(db_path: Path) -> LockOwner | None:
    """Who else holds the lock right now, or None if we may take it."""
    owner = read_owner(db_path)
    if owner is None:
        return None
    me = _me()
    if owner.host == me.host and (owner.pid == me.pid or not _process_alive(owner.pid)):
        return None
    return owner


def acquire(db_path: Path) -> None:
    me = _me()
    payload = {"user": me.user, "host": me.host, "pid": me.pid, "since": me.since.isoformat()}
    lock_path(db_path).write_text(json.dumps(payload), encoding="utf-8")


def release(db_path: Path) -> None:
    owner = read_owner(db_path)
    me = _me()
    if owner and owner.host == me.host and owner.pid == me.pid:
        lock_path(db_path).unlink(missing_ok=True)
