"""Errors a use case reports to the user: always a complete German sentence, never a traceback.

The sentence is a ``messages.Msg`` wherever it comes from ``msg("…")``: German for the CLI, translatable for
the GUI (``lotsendesk.ui.i18n.localized``).
"""

from collections.abc import Callable
from pathlib import Path

from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.messages import join, msg


class ServiceError(Exception):
    """Something the user asked for cannot be done; ``message`` says why and what to do, in German."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputErrors(ServiceError):
    """One or more fields are invalid; ``errors`` keeps each field's message for display beside it."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(join(e.message for e in errors))
        self.errors = errors

    def by_field(self) -> dict[str, str]:
        """Each field's messages, joined by a blank; ``""`` for messages tied to no field."""
        grouped: dict[str, list[str]] = {}
        for error in self.errors:
            grouped.setdefault(error.field or "", []).append(error.message)
        return {key: parts[0] if len(parts) == 1 else join(parts) for key, parts in grouped.items()}


class DatabaseError(ServiceError):
    """The database file cannot be opened or written (missing folder, read-only, locked, foreign file)."""


def write_failed(path: Path | str, error: OSError) -> ServiceError:
    """The error for a file that could not be written (folder missing, no permission, disk full)."""
    return ServiceError(
        msg(
            "Die Datei „{datei}“ konnte nicht geschrieben werden ({grund}).",
            datei=Path(path).name,
            grund=error.strerror or str(error),
        )
    )


def write_or_fail(path: Path | str, build: Callable[[], object]) -> None:
    """Run ``build`` (a renderer writing ``path``); an OSError becomes ``write_failed``'s German ServiceError."""
    try:
        build()
    except OSError as error:
        raise write_failed(path, error) from error
