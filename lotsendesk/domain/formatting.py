"""German formats for everything a user reads: hours ``2,50``, money ``1.234,50 €``, dates ``07.03.2025``."""

from decimal import ROUND_HALF_UP, Decimal

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.durations import minutes_to_hours

__all__ = ["format_date", "format_hours", "format_money", "format_number"]


def format_number(value: Decimal, places: int = 2) -> str:
    """German grouping and decimal comma, fixed places (rounded half-up), without babel's start-up cost."""
    quantized = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{quantized:,.{places}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_hours(minutes: int) -> str:
    """Minutes as hours with two places: 150 → ``2,50``; 16560 → ``276,00``."""
    return format_number(minutes_to_hours(minutes))


def format_money(amount: Decimal) -> str:
    """``1.234,50 €`` with babel (non-breaking space before the sign); cents rounded half-up, as everywhere
    (babel alone would round half-even: 0,125 → 0,12)."""
    from babel.numbers import format_currency  # lazy: babel's locale data is only needed here

    return format_currency(amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), "EUR", locale="de_DE")
