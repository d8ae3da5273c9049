"""Reading one sheet of an Excel workbook (.xlsx) into rows of text, streamed (100,000 rows in little memory).

Every cell becomes the text a German user would have typed into a CSV file (``cells.cell_text``): a real date
``07.03.2025``, a number ``2,5``, a time or duration ``2:30``; text stays text. Row numbers are Excel's own, so
"Zeile 7" is the row the user sees as 7. A merged title above the table is one cell in its row and is skipped
when the heading row is looked for (columns.py).
"""

import hashlib
import io
import zipfile
import zlib
from dataclasses import dataclass
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from lotsendesk.domain.messages import join, msg
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.importer.cells import cell_text
from lotsendesk.services.importer.csv_table import PROGRESS_EVERY, Progress

# What openpyxl raises for a damaged or foreign file, while opening it or later while streaming a sheet.
_BROKEN = (
    zipfile.BadZipFile,
    zlib.error,
    KeyError,
    InvalidFileException,
    ParseError,
    EOFError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
)


@dataclass
class _SheetRows:
    sheets: list[str]  # every worksheet's name, in the workbook's order
    sheet: str  # the one read
    rows: list[tuple[int, list[str]]]  # the non-empty rows: (Excel row number, cell texts without trailing blanks)
    digest: str  # sha256 of the sheet's content (only when read to the end)


def _read_xlsx(
    raw: bytes, filename: str, sheet: str | None, limit: int | None = None, progress: Progress | None = None
) -> _SheetRows:
    """The rows of ``sheet`` (default: the first visible sheet); at most ``limit`` non-empty rows."""
    try:
        workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except _BROKEN:
        raise _broken(filename) from None
    try:
        worksheets = workbook.worksheets
        names = [ws.title for ws in worksheets]
        if not worksheets:
            raise ServiceError(msg("„{datei}“ enthält kein Tabellenblatt.", datei=filename))
        if sheet is None:
            ws = next((ws for ws in worksheets if ws.sheet_state == "visible"), worksheets[0])
        else:
            ws = next((ws for ws in worksheets if ws.title == sheet), None)
            if ws is None:
                ws = next((ws for ws in worksheets if ws.title.casefold() == sheet.strip().casefold()), None)
            if ws is None:
                raise ServiceError(
                    msg(
                        "In „{datei}“ gibt es kein Tabellenblatt „{blatt}“. Vorhanden: {blaetter}.",
                        datei=filename,
                        blatt=sheet,
                        blaetter=join((msg("„{name}“", name=name) for name in names), ", "),
                    )
                )
        total = ws.max_row  # from the sheet's stated size; None when the file does not say
        ws.reset_dimensions()  # never trust it for reading: too small loses rows, A1:XFD1048576 costs minutes
        digest = hashlib.sha256(b"xlsx-sheet\n")
        rows: list[tuple[int, list[str]]] = []
        try:
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                cells = [v.strip() if v.__class__ is str else cell_text(v) for v in values]
                while cells and not cells[-1]:
                    cells.pop()
                if not cells:
                    continue
                rows.append((number, cells))
                if limit is not None and len(rows) >= limit:
                    break
                digest.update("\x1f".join(cells).encode("utf-8", "surrogatepass") + b"\x1e")
                if progress is not None and number % PROGRESS_EVERY == 0:
                    progress(number, total)
        except _BROKEN:
            raise _broken(filename) from None
        return _SheetRows(names, ws.title, rows, digest.hexdigest())
    finally:
        workbook.close()


def _broken(filename: str) -> ServiceError:
    return ServiceError(
        msg(
            "„{datei}“ kann nicht als Excel-Arbeitsmappe gelesen werden – sie ist beschädigt oder unvollständig. "
            "Bitte die Datei in Excel öffnen, neu speichern und noch einmal importieren.",
            datei=filename,
        )
    )
