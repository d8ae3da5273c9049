"""Data protection checks on free text (domain.md §5.1, §6 rule 37): an Einsatz Bemerkung should hold no names or
identifiers of begleitete Personen – their data can reveal health or residence status (Art. 9 DSGVO).

``note_warnings`` looks for what such data typically looks like – a phone number, an e-mail address, a date of
birth, a name next to a phone number – and returns a warning per finding. A warning, never a refusal: a
Bemerkung like "Rückruf Ausländerbehörde 069 1234-0" is legitimate, the treasurer decides. Pure Python.
"""

import re
from datetime import date

from lotsendesk.domain.messages import Msg, msg

# A phone number: starts with +, 00 or 0 (German numbers are written with their leading 0), then digits with
# blanks, hyphens, slashes or brackets – at least 6 digits in all. A dot, comma or colon ends it, so dates
# (01.03.2025), times (14:30, 09-11 Uhr) and amounts (2,5) are no phone numbers.
_PHONE = re.compile(r"(?<![\w.,:/])\(?(?:\+|0)\d[\d \-/()]*\d(?![\w.,:]\d)")
# "Tel. 1234567", "Handy: 123 4567": a number after such a word, whatever its first digit.
_PHONE_WORD = re.compile(
    r"\b(?:tel|telefon|telefonnr|handy|mobil|mobilnr|fon|whatsapp)\b\.?:?\s*\+?\d[\d \-/()]*\d", re.I
)
_MIN_PHONE_DIGITS = 6

_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")

# A date: 3.4.1985, 03.04.85, 3. April 1985, 1985-04-03.
_MONTHS = (
    "januar|jan|februar|feb|märz|maerz|mär|april|apr|mai|juni|jun|juli|jul|august|aug|september|sept|sep|"
    "oktober|okt|november|nov|dezember|dez"
)
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?P<y1>\d{{4}}|\d{{2}})(?!\d)"
    rf"|\d{{1,2}}\.\s?(?:{_MONTHS})\.?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-\d{{2}}-\d{{2}})",
    re.I,
)
# Words that make a date (or a bare year) a birth date: "geb. 3.4.1985", "geboren 1985", "Geburtsdatum", "*1985".
_BIRTH_WORD = re.compile(
    r"(?:\bgeb\b\.?|\bgeboren\b|\bgeburtsdatum\b|\bgeb\.-?dat\b\.?|\bjahrgang\b|\bjg\b\.|\*)", re.I
)
_BIRTH_WORD_WITH_YEAR = re.compile(
    r"(?:\bgeb\b\.?|\bgeboren\b(?:\s+(?:am|im|in))?|\bjahrgang\b|\bjg\b\.|\*)\s*:?\s*(?:19|20)\d{2}\b", re.I
)
# A date this many years or more before today is no Einsatz day: most likely a birth date.
_BIRTH_YEARS_BACK = 12

# Words next to a phone number that are capitalised but no name (German nouns are capitalised).
_NOT_NAMES = frozenset(
    (
        "Tel Telefon Telefonnr Handy Mobil Mobilnr Nr Nummer Fon Fax WhatsApp Rückruf Anruf Termin Termine Uhr "
        "Std Stunden Büro Zentrale Hotline Amt Behörde Ausländerbehörde Jobcenter Sozialamt Jugendamt Arzt Ärztin "
        "Praxis Klinik Krankenhaus Schule Kita Kindergarten Rathaus Bürgerbüro Standesamt Wohngeldstelle Begleitung "
        "Beratung Bank Sparkasse Post Agentur Arbeitsagentur Landratsamt Gericht Polizei Caritas Diakonie Kontakt "
        "Durchwahl Vermittlung Sekretariat Zimmer Raum Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag "
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember Herr Frau Familie Fam"
    )
    .casefold()
    .split()
)
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "amt", "behörde", "stelle", "center", "zentrum", "tion", "tät")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’\-]*")
_NEAR = 25  # characters around a phone number in which a name counts as "next to" it


def note_warnings(text: str, today: date | None = None) -> list[Msg]:
    """Warnings about personal data of begleitete Personen that ``text`` (an Einsatz Bemerkung) seems to hold;
    empty if none. ``today`` (default: the current day) dates the "plausible birth date" check."""
    text = text or ""
    if not text.strip():
        return []
    warnings: list[Msg] = []
    phones = _phone_spans(text)
    if phones:
        if any(_name_near(text, span) for span in phones):
            warnings.append(
                msg(
                    "Die Bemerkung enthält wohl einen Namen mit Telefonnummer. Bitte keine Daten begleiteter Personen "
                    "eintragen."
                )
            )
        else:
            warnings.append(
                msg("Die Bemerkung enthält wohl eine Telefonnummer. Bitte keine Daten begleiteter Personen eintragen.")
            )
    if _EMAIL.search(text):
        warnings.append(
            msg("Die Bemerkung enthält wohl eine E-Mail-Adresse. Bitte keine Daten begleiteter Personen eintragen.")
        )
    if _has_birth_date(text, (today or date.today()).year, phones):
        warnings.append(
            msg("Die Bemerkung enthält wohl ein Geburtsdatum. Bitte keine Daten begleiteter Personen eintragen.")
        )
    return warnings


def _phone_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in (_PHONE, _PHONE_WORD):
        for match in pattern.finditer(text):
            if sum(c.isdigit() for c in match.group()) >= _MIN_PHONE_DIGITS:
                spans.append(match.span())
    return spans


def _name_near(text: str, span: tuple[int, int]) -> bool:
    """A capitalised word (or one in a script without case) that is no common noun, close before or after the
    number."""
    start, end = span
    around = text[max(0, start - _NEAR) : start] + " " + text[end : end + _NEAR]
    for word in _WORD.findall(around):
        if len(word) < 2 or word.casefold() in _NOT_NAMES or word.casefold().endswith(_NOUN_ENDINGS):
            continue
        first = word[0]
        if first.isupper() or (first.isalpha() and not first.islower() and first.lower() == first.upper()):
            return True
    return False


def _has_birth_date(text: str, this_year: int, phones: list[tuple[int, int]]) -> bool:
    if _BIRTH_WORD_WITH_YEAR.search(text):
        return True
    for match in _DATE.finditer(text):
        if any(s <= match.start() < e for s, e in phones):
            continue
        before = text[max(0, match.start() - 20) : match.start()]
        if _BIRTH_WORD.search(before):
            return True
        year_text = match.group("y1") or match.group("y2") or match.group("y3")
        year = int(year_text)
        if len(year_text) == 2:
            continue  # 03.04.85: a two-digit year is ambiguous without a birth word
        if 1900 <= year <= this_year - _BIRTH_YEARS_BACK:
            return True
    return False
