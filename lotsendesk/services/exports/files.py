"""Writing a file so that a crash, a full disk or a cancel never leaves half of it: a temporary file beside the
target, flushed to disk, then moved into place in one step (``os.replace``)."""

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from lotsendesk.domain.messages import msg
from lotsendesk.services.errors import ServiceError, write_failed


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Let ``write`` fill a temporary file, then replace ``path`` with it. An OSError becomes a ServiceError
    with a German message; any other exception (a cancel, a crash) propagates. Either way the temporary file is
    removed and an existing ``path`` is left as it was."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise ServiceError(msg("Den Ordner „{ordner}“ gibt es nicht.", ordner=str(folder)))
    temp: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "wb", dir=folder, prefix=f".{path.name}.", suffix=".tmp", delete=False
        ) as handle:
            temp = Path(handle.name)
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # a temporary file is private (0600); an export is an ordinary file
            os.chmod(temp, _mode_of(path))
        os.replace(temp, path)
    except OSError as error:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise write_failed(path, error) from None
    except BaseException:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise


def _mode_of(path: Path) -> int:
    """The permissions of the file being replaced, else those of an ordinary new file."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o644
