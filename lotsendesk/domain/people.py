"""Lots*innen: roles, status, and name handling that works for every script."""

import unicodedata
from collections.abc import Collection
from enum import StrEnum

from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.messages import msg


class Rolle(StrEnum):
    LOTSIN = "lotsin"
    KOORDINIEREND = "koordinierend"


class Status(StrEnum):
    AKTIV = "aktiv"
    PAUSIERT = "pausiert"
    AUSGESCHIEDEN = "ausgeschieden"
    IN_QUALIFIZIERUNG = "in_qualifizierung"  # on a Basisqualifizierung, not yet qualified


ROLLE_LABELS = {Rolle.LOTSIN: "Lots*in", Rolle.KOORDINIEREND: "koordinierende*r Lots*in"}
STATUS_LABELS = {
    Status.AKTIV: "aktiv",
    Status.PAUSIERT: "pausiert",
    Status.AUSGESCHIEDEN: "ausgeschieden",
    Status.IN_QUALIFIZIERUNG: "in Qualifizierung",
}

_ROLLE_WORDS = {
    Rolle.LOTSIN: {
        "lotse",
        "lotsin",
        "lots*in",
        "lots:in",
        "lots_in",
        "lotsen",
        "lotsinnen",
        "lots*innen",
        "integrationslotse",
        "integrationslotsin",
        "integrationslots*in",
        "guide",
        "pilot",
    },
    Rolle.KOORDINIEREND: {
        "koordination",
        "koordinierend",
        "koordinierende",
        "koordinierender",
        "koordinierende lotsin",
        "koordinierender lotse",
        "koordinierende*r lots*in",
        "koordinierende lots*in",
        "koordinator",
        "koordinatorin",
        "koordinator*in",
        "coordinator",
        "coordinating",
    },
}


def parse_rolle(text: str) -> Rolle:
    """Map the words treasurers use in their lists to a Rolle; raise ValidationError otherwise."""
    key = " ".join((text or "").strip().lower().split())
    for rolle, words in _ROLLE_WORDS.items():
        if key in words:
            return rolle
    raise ValidationError(
        msg("Die Rolle „{rolle}“ ist unbekannt (möglich: Lots*in oder Koordination).", rolle=text.strip()), "rolle"
    )


def parse_status(text: str) -> Status:
    key = (text or "").strip().lower()
    for status in Status:
        if key in (status.value, STATUS_LABELS[status].lower()):
            return status
    raise ValidationError(msg("Der Status „{status}“ ist unbekannt.", status=text.strip()), "status")


def sort_key(text: str) -> tuple[str, str]:
    """Locale-aware enough for names in any script: Ş sorts with S, Ł with L, Ä with A.

    Letters are decomposed and their marks dropped; Ł/Ø/ß/Æ, which Unicode does not decompose, are
    mapped by hand. The original text breaks ties so the order is total and stable.
    """
    folded = text.casefold().translate(_NON_DECOMPOSING)
    base = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return base, text


_NON_DECOMPOSING = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i"})


def display_name(nachname: str, vorname: str) -> str:
    """``Yılmaz, Şükrü`` – the order lists are sorted in."""
    return f"{nachname}, {vorname}" if vorname else nachname


def suggest_nr(existing: Collection[str]) -> str:
    """The next number if the existing ones are plain numbers ("07" → "08", keeping leading zeros); "" otherwise."""
    if not existing:
        return "1"
    if not all(nr.isdigit() for nr in existing):
        return ""
    padded = [nr for nr in existing if len(nr) > 1 and nr.startswith("0")]
    width = max(len(nr) for nr in padded) if padded else 1
    return str(max(int(nr) for nr in existing) + 1).zfill(width)
