"""The year's figures per person as a CSV file that German Excel opens without the import wizard.

German Excel dialect: ``;`` between cells, decimal comma without thousands separator (``1380,00``, so Excel reads
a number), no € sign in cells, UTF-8 with BOM (or Excel guesses cp1252 and mangles ş, ı, Cyrillic), CRLF line
ends. A text cell that starts with ``= + - @``, a tab or CR gets a leading apostrophe, so a name like
``=HYPERLINK(…)`` stays text instead of becoming a formula (CSV/formula injection). The file is written to a
temporary file beside the target and moved into place, so a crash never leaves half a file.

Pure formatting: the figures come from ``foerderjahre.year_summary``; nothing here reads the database.
"""

import contextlib
import csv
import os
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.durations import minutes_to_hours
from lotsendesk.domain.messages import msg
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.foerderjahre import YearSummary

HEADER = (
    "Nr",
    "Nachname",
    "Vorname",
    "Rolle",
    "Stunden erfasst",
    "Stunden abrechenbar",
    "Betrag",
    "Qualifiziert am",
    "Höchstgrenze",
    "ausgezahlt",
)
TOTAL_LABEL = "Summe"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def text_cell(value: str) -> str:
    """A text cell that a spreadsheet never runs as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def number_cell(value: Decimal) -> str:
    """``1380,00``: two places, decimal comma, no grouping – what German Excel reads as a number."""
    return f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):.2f}".replace(".", ",")


def hours_cell(minutes: int) -> str:
    return number_cell(minutes_to_hours(minutes))


def summary_rows(summary: YearSummary) -> list[list[str]]:
    """The header, one row per person (in the order of the summary), and the total row."""
    rows = [list(HEADER)]
    for person in summary.people:
        rows.append(
            [
                text_cell(person.nr),
                text_cell(person.nachname),
                text_cell(person.vorname),
                text_cell(person.rolle),
                hours_cell(person.result.recorded),
                hours_cell(person.result.claimable),
                number_cell(person.betrag),
                format_date(person.qualifiziert_am),
                hours_cell(person.result.cap),
                number_cell(person.ausgezahlt),
            ]
        )
    rows.append(
        [
            TOTAL_LABEL,
            "",
            "",
            "",
            hours_cell(summary.recorded_minutes),
            hours_cell(summary.claimable_minutes),
            number_cell(summary.betrag),
            "",
            "",
            number_cell(summary.ausgezahlt),
        ]
    )
    return rows


def write_summary_csv(summary: YearSummary, path: Path) -> int:
    """Write the summary to ``path`` (replacing it, atomically); returns the number of person rows.
    Raises ServiceError with a German message when the file cannot be written."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ServiceError(msg("Den Ordner „{ordner}“ gibt es nicht.", ordner=str(folder)))
    temp: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8-sig", newline="", dir=folder, prefix=f".{path.name}.", suffix=".tmp", delete=False
        ) as handle:
            temp = Path(handle.name)
            writer = csv.writer(handle, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerows(summary_rows(summary))
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # a temporary file is private (0600); an export is an ordinary file
            os.chmod(temp, 0o644)
        os.replace(temp, path)
    except OSError:
        if temp is None:
            raise ServiceError(
                msg("In den Ordner „{ordner}“ kann nicht geschrieben werden.", ordner=str(folder))
            ) from None
        temp.unlink(missing_ok=True)
        raise ServiceError(
            msg("Die Datei „{datei}“ kann nicht geschrieben werden (ist sie in Excel geöffnet?).", datei=path.name)
        ) from None
    except BaseException:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise
    return len(summary.people)
