"""Importing CSV lists of Lots*innen or Einsätze – the one importer the GUI and the CLI share.

All or nothing: every row is checked first; one bad row means nothing is written and every bad row is
reported as "Zeile N: …" (N = physical line in the file, the header is line 1). A file whose bytes were
imported before is refused, so no hour counts twice. The file may come from Excel in any of its dialects:
UTF-8 with/without BOM, UTF-16, Windows-1252; ``;``, ``,`` or tab; CRLF; quoted fields; trailing empty
lines and columns.

Modules: use_cases (import_file, revert_import, reapply_import), csv_table (bytes → rows under known
columns), einsaetze and lotsen (check, write, undo and redo one kind of list), result (ImportResult and
its summary), nr_index (finding a Lots*in by Nr), import_record (the record that refuses a repeated file).
"""

from lotsendesk.services.importer.csv_table import EINSATZ_COLUMNS, KINDS, LOTSEN_COLUMNS
from lotsendesk.services.importer.result import ImportResult
from lotsendesk.services.importer.use_cases import import_file, reapply_import, revert_import

__all__ = [
    "EINSATZ_COLUMNS",
    "KINDS",
    "LOTSEN_COLUMNS",
    "ImportResult",
    "import_file",
    "reapply_import",
    "revert_import",
]
