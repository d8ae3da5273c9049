"""Importing lists of Lots*innen or Einsätze from CSV files and Excel workbooks (.xlsx) – the one importer the
GUI (its import wizard) and the CLI share.

All or nothing: every row is checked first; one bad row means nothing is written and every bad row is
reported as "Zeile N: …" (N = physical line in the file, or Excel's row number in a workbook). A file whose
content was imported before is refused, so no hour counts twice (a CSV file by its bytes, a workbook's sheet by
its cells: saving the workbook again or adding a sheet does not make it new).

CSV files may come from Excel in any of its dialects: UTF-8 with/without BOM, UTF-16, Windows-1252; ``;``,
``,`` or tab; CRLF; quoted fields; trailing empty lines and columns. Workbooks are streamed (read-only), their
typed cells (dates, numbers, times) read as the text a user would have typed (cells.cell_text), so both kinds
of file go through the same checks. The heading row need not be the first: it is found among the first 30
non-empty rows (title rows above it are skipped). Which column fills which field is guessed from the headings,
or chosen by the user (``mapping``) and then remembered for the next file with the same headings.

Modules: use_cases (import_file, revert_import, reapply_import), preview (preview_file: the top of a file and
the guessed mapping, for the wizard), source (which kind of file, size limit), csv_table (CSV text → rows; the
_Table the checks read), xlsx_table (a sheet → rows), columns (heading aliases, finding the heading row, checking
a mapping), mappings (remembered mappings, the table under the headings), einsaetze and lotsen (check, write,
undo and redo one kind of list), result (ImportResult and its summary), nr_index (finding a Lots*in by Nr),
import_record (the record that refuses a repeated file).
"""

from lotsendesk.services.importer.columns import (
    EINSATZ_COLUMNS,
    FIELDS,
    KINDS,
    LOTSEN_COLUMNS,
    REQUIRED,
    Mapping,
    field_label,
)
from lotsendesk.services.importer.mappings import remember_mapping, remembered_mapping
from lotsendesk.services.importer.preview import Preview, preview_file
from lotsendesk.services.importer.result import ImportResult
from lotsendesk.services.importer.source import MAX_FILE_BYTES, ImportCancelled
from lotsendesk.services.importer.use_cases import import_file, reapply_import, revert_import

__all__ = [
    "EINSATZ_COLUMNS",
    "FIELDS",
    "KINDS",
    "LOTSEN_COLUMNS",
    "MAX_FILE_BYTES",
    "REQUIRED",
    "ImportCancelled",
    "ImportResult",
    "Mapping",
    "Preview",
    "field_label",
    "import_file",
    "preview_file",
    "reapply_import",
    "remember_mapping",
    "remembered_mapping",
    "revert_import",
]
