"""IBAN checks: spaces and lower case are fine, a wrong checksum is a clear German message."""

import pytest

from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.iban import format_iban, normalize_iban, validate_iban


@pytest.mark.parametrize(
    "text",
    [
        "DE89 3704 0044 0532 0130 00",
        "de89370400440532013000",
        "  de89 3704 0044 0532 0130 00 ",
        "DE89370400440532013000",
    ],
)
def test_valid_iban_in_any_spelling(text: str) -> None:
    assert validate_iban(text) == "DE89370400440532013000"


def test_iban_of_other_countries() -> None:
    assert validate_iban("AT61 1904 3002 3457 3201") == "AT611904300234573201"
    assert validate_iban("nl91 abna 0417 1643 00") == "NL91ABNA0417164300"


@pytest.mark.parametrize(
    "text",
    [
        "DE88 3704 0044 0532 0130 00",  # checksum off by one
        "DE89 3704 0044 0532 0130 01",  # a digit mistyped
        "DE89 3704 0044 0532 0130",  # too short
        "DE89 3704 0044 0532 0130 000",  # too long
        "XX89 3704 0044 0532 0130 00",  # no such country
        "Kontonummer 123",
    ],
)
def test_invalid_iban_is_refused_with_a_message(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_iban(text)
    assert info.value.message == f"Die IBAN „{text.strip()}“ ist ungültig – bitte Ziffern und Prüfsumme kontrollieren."
    assert info.value.field == "iban"


def test_empty_iban_is_allowed() -> None:
    assert validate_iban("") == ""
    assert validate_iban("   ") == ""


def test_normalize_and_format() -> None:
    assert normalize_iban(" de89 3704\u00a00044 0532 0130 00") == "DE89370400440532013000"
    assert format_iban("DE89370400440532013000") == "DE89 3704 0044 0532 0130 00"
