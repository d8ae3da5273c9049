"""Spreadsheet cells as the text the importers read: a typed Excel cell (a real date, a number, a time) becomes
the same text a German user would have typed into a CSV file, so every file goes through one set of checks."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal


def cell_text(value: object) -> str:
    """``07.03.2025`` for a date, ``2,5`` for a number, ``2:30`` for a time or duration, the text itself
    (stripped) for text; ``""`` for an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):  # before int: bool is an int
        return "ja" if value else "nein"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d.%m.%Y")
        if value.date() <= date(1900, 1, 1):  # a duration stored as a day fraction and read back as a datetime
            return _duration(timedelta(hours=value.hour, minutes=value.minute, seconds=value.second))
        return value.strftime("%d.%m.%Y")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, time):
        return _duration(timedelta(hours=value.hour, minutes=value.minute, seconds=value.second))
    if isinstance(value, timedelta):
        return _duration(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else value
        number = number.quantize(Decimal("0.000001")).normalize()  # 2.4999999999 from Excel arithmetic → 2.5
        text = format(number, "f")
        return text.replace(".", ",")
    return str(value).strip()


def _duration(span: timedelta) -> str:
    """``2:30`` (hours:minutes), rounded to the minute."""
    minutes = round(span.total_seconds() / 60)
    return f"{minutes // 60}:{minutes % 60:02d}"
