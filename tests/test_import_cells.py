"""Typed spreadsheet cells become the text a German user would have typed, so XLSX and CSV share the checks."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest

from lotsendesk.services.importer.cells import cell_text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (datetime(2025, 3, 7), "07.03.2025"),
        (date(2025, 3, 7), "07.03.2025"),
        (datetime(2025, 3, 7, 14, 5), "07.03.2025"),
        (time(2, 30), "2:30"),
        (timedelta(hours=26, minutes=15), "26:15"),
        (datetime(1899, 12, 30, 1, 30), "1:30"),  # a [h]:mm cell read back as a day fraction
        (3, "3"),
        (2.5, "2,5"),
        (2.4999999999, "2,5"),  # Excel arithmetic noise
        (Decimal("2.50"), "2,5"),
        ("  7 ", "7"),
        (True, "ja"),
    ],
)
def test_cell_text(value, text):
    assert cell_text(value) == text
