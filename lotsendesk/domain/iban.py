"""IBAN check (checksum, length and – for German IBANs – bank code) via schwifty."""

from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.messages import msg


def normalize_iban(text: str) -> str:
    """Upper case without blanks; empty stays empty."""
    return "".join((text or "").split()).upper()


def validate_iban(text: str) -> str:
    """Return the IBAN in compact form; raise ValidationError if it is not a valid IBAN. Empty is allowed."""
    compact = normalize_iban(text)
    if not compact:
        return ""
    from schwifty import IBAN  # imported lazily: loading its bank registry costs 0.2 s at start-up
    from schwifty.exceptions import SchwiftyException

    try:
        return IBAN(compact).compact
    except SchwiftyException:
        raise ValidationError(
            msg("Die IBAN „{iban}“ ist ungültig – bitte Ziffern und Prüfsumme kontrollieren.", iban=text.strip()),
            "iban",
        ) from None


def format_iban(compact: str) -> str:
    """Groups of four, as printed on bank cards: ``DE89 3704 0044 0532 0130 00``."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
