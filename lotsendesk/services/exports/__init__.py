"""Exports: the program's lists as files for Excel and LibreOffice – CSV in the German Excel dialect or an XLSX
workbook with typed cells – written from the same typed table.

Modules: table (Column kinds, Table, ExportFormat, ExportResult), csv_file and xlsx_file (the two writers),
files (the atomic write both use), lists (Lots*innen, Einsätze, year summary, payouts, Belegliste).
"""

from lotsendesk.services.exports.csv_file import text_cell, write_csv
from lotsendesk.services.exports.lists import (
    belegliste_table,
    einsaetze_table,
    export_belegliste,
    export_einsaetze,
    export_lotsen,
    export_payouts,
    export_summary,
    lotsen_table,
    payouts_table,
    summary_table,
    write_einsaetze,
    write_payouts,
    write_table,
)
from lotsendesk.services.exports.table import (
    Column,
    ExportCancelled,
    ExportFormat,
    ExportResult,
    Kind,
    Progress,
    Table,
    format_for,
)

__all__ = [
    "Column",
    "ExportCancelled",
    "ExportFormat",
    "ExportResult",
    "Kind",
    "Progress",
    "Table",
    "belegliste_table",
    "einsaetze_table",
    "export_belegliste",
    "export_einsaetze",
    "export_lotsen",
    "export_payouts",
    "export_summary",
    "format_for",
    "lotsen_table",
    "payouts_table",
    "summary_table",
    "text_cell",
    "write_csv",
    "write_einsaetze",
    "write_payouts",
    "write_table",
]
