"""A first look at an import file before anything is checked: its sheets, where the headings are, the first
rows as text and which column would fill which field – what the import wizard shows for the user to correct."""

from dataclasses import dataclass
from pathlib import Path

from lotsendesk.domain.messages import msg
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.importer.columns import HEADER_SEARCH_ROWS, KINDS, Mapping
from lotsendesk.services.importer.mappings import _layout
from lotsendesk.services.importer.source import _load, _only_header

PREVIEW_ROWS = 20


@dataclass
class Preview:
    filename: str
    kind: str
    format: str  # "csv" | "xlsx"
    sheets: list[str]  # the workbook's sheets ([] for CSV)
    sheet: str | None  # the sheet shown (None for CSV)
    header_line: int  # the physical line / Excel row of the headings ("Kopfzeile in Zeile 3")
    header: list[str]  # the headings as written
    rows: list[tuple[int, list[str]]]  # the first data rows: (line, cell texts)
    mapping: Mapping  # field → column index: remembered or guessed (may lack required fields)
    remembered: bool  # the mapping is the one used for the last file with these headings

    @property
    def columns(self) -> int:
        """How many columns the preview has (the widest of the headings and the rows shown)."""
        return max([len(self.header), *(len(cells) for _line, cells in self.rows)])


def preview_file(db: Database, kind: str, path: Path, sheet: str | None = None, rows: int = PREVIEW_ROWS) -> Preview:
    """Read only the top of ``path`` (a CSV file or a sheet of a workbook). File-level problems (missing,
    unreadable, old .xls, password, empty, only headings, unknown sheet) raise ServiceError as in import_file;
    missing required columns do not – the user maps them."""
    if kind not in KINDS:
        raise ServiceError(msg("Unbekannte Importart „{art}“ (möglich: lotsen, einsaetze).", art=kind))
    path = Path(path)
    source = _load(path, sheet=sheet, limit=HEADER_SEARCH_ROWS + rows + 1)
    with db.session() as session:
        layout = _layout(session, source, kind, None, strict=False)
    data = source.rows[layout.header_index + 1 :][:rows]
    if not data:
        raise _only_header(source)
    return Preview(
        filename=source.filename,
        kind=kind,
        format=source.format,
        sheets=source.sheets,
        sheet=source.sheet,
        header_line=layout.header_line,
        header=layout.header,
        rows=data,
        mapping=layout.mapping,
        remembered=layout.remembered,
    )
