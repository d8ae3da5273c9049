"""Euro amounts as treasurers type them – ``5000``, ``5.000,00``, ``5000,5``, ``5000.00``, ``2.500 €`` – read as
Decimal, never float. One parser for every form and the command line."""

import re
from decimal import Decimal, InvalidOperation

from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.messages import msg

_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$")  # 5.000 / 5.000,00 / 12.345.678,9
_COMMA = re.compile(r"^\d+(?:,\d{1,2})?$")  # 5000 / 5000,5 / 5000,00
_POINT = re.compile(r"^\d+\.\d{1,2}$")  # 5000.00 / 5.5 (a point before exactly three digits means thousands)
_TOO_PRECISE = re.compile(r"^[\d.]*[,.]\d{3,}$")


def parse_amount(text: str, field: str = "betrag") -> Decimal:
    """The amount with two places; ValidationError (a ValueError) with a German message otherwise."""
    raw = (text or "").replace("€", "").replace("\u00a0", "").replace(" ", "").strip()
    if raw.startswith("-"):
        raise ValidationError(msg("Der Betrag kann nicht negativ sein."), field)
    if _GROUPED.match(raw):
        number = raw.replace(".", "").replace(",", ".")
    elif _COMMA.match(raw):
        number = raw.replace(",", ".")
    elif _POINT.match(raw):
        number = raw
    elif _TOO_PRECISE.match(raw) and not _GROUPED.match(raw + ",0"):
        raise ValidationError(msg("Bitte höchstens zwei Stellen nach dem Komma angeben."), field)
    else:
        raise ValidationError(msg("„{text}“ ist kein Betrag. Bitte z. B. 5.000,00 eingeben.", text=text), field)
    try:
        return Decimal(number).quantize(Decimal("0.01"))
    except InvalidOperation:  # pragma: no cover - the patterns only let digits through
        raise ValidationError(
            msg("„{text}“ ist kein Betrag. Bitte z. B. 5.000,00 eingeben.", text=text), field
        ) from None
