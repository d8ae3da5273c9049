"""Dates as Germans type them: ``07.03.2025``, ``7.3.2025``, ``7.3.25``, ``7.3.`` and ISO ``2025-03-07``."""

import re
from datetime import date

from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.messages import msg

_GERMAN = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00)?)?$")


def parse_date(text: str, today: date | None = None, field: str = "datum") -> date:
    """Return the date, or raise ValidationError with a German message.

    ``7.3.`` means this year (``today``'s year); a two-digit year means 20xx.
    """
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(msg("Bitte ein Datum angeben, z. B. 07.03.2025."), field)
    if m := _GERMAN.match(raw):
        day, month, year_text = int(m.group(1)), int(m.group(2)), m.group(3)
        if year_text is None:
            year = (today or date.today()).year
        else:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    elif m := _ISO.match(raw):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        raise ValidationError(msg("„{text}“ ist kein Datum. Bitte TT.MM.JJJJ eingeben.", text=raw), field)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(msg("Das Datum „{text}“ gibt es nicht.", text=raw), field) from None


def parse_optional_date(text: str, field: str) -> date | None:
    """An empty text is no date; anything else must be a real date."""
    if not (text or "").strip():
        return None
    return parse_date(text, field=field)


def format_date(value: date | None) -> str:
    """``07.03.2025``; empty for no date."""
    return value.strftime("%d.%m.%Y") if value else ""


def period_text(start: date, end: date) -> str:
    """``01.01.–31.03.2025``; with both years when they differ (``01.12.2025–31.01.2026``)."""
    if start.year == end.year:
        return f"{start:%d.%m.}–{end:%d.%m.%Y}"
    return f"{start:%d.%m.%Y}–{end:%d.%m.%Y}"


MONTHS = (  # German month names for documents and file names (the UI uses QLocale's)
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
