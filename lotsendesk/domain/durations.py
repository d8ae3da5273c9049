"""Durations as typed on paper timesheets → integer minutes; minutes → German hour figures.

Accepted: ``2,5`` and ``2.5`` (decimal hours), ``2:30`` (h:mm), ``90 min``, ``2 h``, ``2 Std``,
``1h30`` / ``1 h 30 min``. Minutes are whole numbers; decimal hours are rounded half-up to the minute.
"""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.messages import msg

MAX_MINUTES_PER_DAY = 24 * 60

_HMM = re.compile(r"^(\d{1,3}):([0-5]\d)(?::00)?$")
_MIN = re.compile(r"^(\d+)\s*(?:min|minuten|mins?\.?|m)$", re.IGNORECASE)
_HOURS = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:h|std\.?|stunden?|hours?)?$", re.IGNORECASE)
_H_AND_MIN = re.compile(r"^(\d+)\s*(?:h|std\.?)\s*(\d{1,2})\s*(?:min|m)?$", re.IGNORECASE)


def parse_duration(text: str) -> int:
    """Return the duration in whole minutes, or raise ValidationError with a German message."""
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(msg("Bitte eine Dauer angeben, z. B. 2,5 oder 2:30."), "dauer")
    s = raw.replace("\u00a0", " ")
    if m := _HMM.match(s):
        return int(m.group(1)) * 60 + int(m.group(2))
    if m := _MIN.match(s):
        return int(m.group(1))
    if m := _H_AND_MIN.match(s):
        minutes = int(m.group(2))
        if minutes >= 60:
            raise ValidationError(msg("Die Dauer „{text}“ ist nicht lesbar.", text=raw), "dauer")
        return int(m.group(1)) * 60 + minutes
    if m := _HOURS.match(s):
        number = m.group(1).replace(",", ".")
        try:
            hours = Decimal(number)
        except InvalidOperation:  # pragma: no cover - the regex only lets digits through
            raise ValidationError(msg("Die Dauer „{text}“ ist nicht lesbar.", text=raw), "dauer") from None
        return int((hours * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    raise ValidationError(
        msg("Die Dauer „{text}“ ist nicht lesbar. Möglich sind z. B. 2,5 · 2:30 · 90 min.", text=raw), "dauer"
    )


def check_duration(minutes: int) -> None:
    """A single Einsatz lasts more than nothing and at most one day."""
    if minutes <= 0:
        raise ValidationError(msg("Die Dauer muss größer als 0 sein."), "dauer")
    if minutes > MAX_MINUTES_PER_DAY:
        raise ValidationError(msg("Die Dauer darf höchstens 24 Stunden betragen."), "dauer")


def minutes_to_hours(minutes: int) -> Decimal:
    """Exact hours as Decimal, rounded half-up to two places (for display and sums)."""
    return (Decimal(minutes) / Decimal(60)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
