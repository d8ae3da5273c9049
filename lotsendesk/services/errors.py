"""Errors a use case reports to the user: always a complete German sentence, never a traceback."""

from lotsendesk.domain.errors import ValidationError


class ServiceError(Exception):
    """Something the user asked for cannot be done; ``message`` says why and what to do, in German."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputErrors(ServiceError):
    """One or more fields are invalid; ``errors`` keeps each field's message for display beside it."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(" ".join(e.message for e in errors))
        self.errors = errors

    def by_field(self) -> dict[str, str]:
        result: dict[str, str] = {}
        for error in self.errors:
            key = error.field or ""
            result[key] = f"{result[key]} {error.message}" if key in result else error.message
        return result


class DatabaseError(ServiceError):
    """The database file cannot be opened or written (missing folder, read-only, locked, foreign file)."""
