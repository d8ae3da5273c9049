"""The lists LotsenDesk exports: Lots*innen, Einsätze, the year summary per person, the payouts and the Belegliste
of a Förderjahr – each as a ``Table`` (for tests and other writers) and as a use case that writes the file.

The Lots*innen and Einsätze lists use the column names the importer recognises, so an exported file can be
imported again (into another database, or after corrections in Excel).
"""

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from lotsendesk.db.models import Lotse
from lotsendesk.domain.iban import format_iban
from lotsendesk.domain.people import ROLLE_LABELS, STATUS_LABELS
from lotsendesk.services.auszahlungen import METHODE_LABELS, PayoutRow, list_payouts
from lotsendesk.services.database import Database
from lotsendesk.services.einsaetze import EinsatzFilter, EinsatzRow, query_einsaetze
from lotsendesk.services.exports.csv_file import write_csv
from lotsendesk.services.exports.table import Column, ExportFormat, ExportResult, Kind, Progress, Table, format_for
from lotsendesk.services.foerderjahre import YearSummary, year_summary
from lotsendesk.services.lotsen import LotseRow, list_lotsen

if TYPE_CHECKING:
    from lotsendesk.reports.verwendungsnachweis import VnBeleg

TOTAL = "Summe"

D, M, H, N = Kind.DATE, Kind.MONEY, Kind.HOURS, Kind.INTEGER


def write_table(
    table: Table, path: Path, fmt: ExportFormat | str | None = None, progress: Progress | None = None
) -> ExportFormat:
    """Write ``table`` as ``fmt`` (default: by the file's extension, else CSV); returns the format written."""
    chosen = format_for(path, fmt)
    if chosen is ExportFormat.XLSX:
        # openpyxl takes ~0,15 s to import: only when a workbook is written, not when a page with an export button opens
        from lotsendesk.services.exports.xlsx_file import write_xlsx

        write_xlsx(table, path, progress)
    else:
        write_csv(table, path, progress)
    return chosen


# --- Lots*innen ------------------------------------------------------------------------------------------------
LOTSEN_COLUMNS = (
    Column("Nr"),
    Column("Nachname"),
    Column("Vorname"),
    Column("Rolle"),
    Column("Status"),
    Column("Qualifiziert am", D),
    Column("Eintritt", D),
    Column("Austritt", D),
    Column("E-Mail"),
    Column("Telefon"),
    Column("Anschrift"),
    Column("IBAN"),
    Column("Sprachen"),
    Column("Notizen"),
    Column("Einsätze", N),
    Column("Stunden erfasst", H),
)


def lotsen_table(db: Database, ids: Sequence[int] | None = None) -> Table:
    """Every Lots*in in name order – or those with the given ids, in that order (the page passes what its table
    shows, sorted as shown) – with contact data and bank account: the treasurer's own list. The role is
    today's; ``Einsätze`` and ``Stunden erfasst`` count every year."""
    people: list[LotseRow] = list_lotsen(db)
    if ids is not None:
        by_id = {p.id: p for p in people}
        people = [by_id[i] for i in ids if i in by_id]
    with db.reading() as connection:
        details = {
            row.id: row
            for row in connection.execute(
                select(Lotse.id, Lotse.email, Lotse.telefon, Lotse.anschrift, Lotse.iban, Lotse.notizen)
            )
        }
    rows = []
    for p in people:
        more = details[p.id]
        rows.append(
            (
                p.nr,
                p.nachname,
                p.vorname,
                ROLLE_LABELS[p.rolle],
                STATUS_LABELS[p.status],
                p.qualifiziert_am,
                p.eintritt,
                p.austritt,
                more.email,
                more.telefon,
                more.anschrift,
                format_iban(more.iban) if more.iban else "",
                p.sprachen,
                more.notizen,
                p.einsaetze,
                p.minuten,
            )
        )
    return Table("Lots*innen", LOTSEN_COLUMNS, rows, importable=True)


def export_lotsen(
    db: Database,
    path: Path,
    fmt: ExportFormat | str | None = None,
    ids: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    table = lotsen_table(db, ids)
    written = write_table(table, path, fmt, progress)
    return ExportResult(Path(path), written, len(table.rows))


# --- Einsätze --------------------------------------------------------------------------------------------------
EINSATZ_COLUMNS = (
    Column("Datum", D),
    Column("Nr"),
    Column("Lots*in"),
    Column("Stunden", H, total=True),
    Column("Tätigkeit"),
    Column("Bemerkung"),
    Column("ausgezahlt (Beleg-Nr.)"),
)


def einsaetze_table(rows: Sequence[EinsatzRow]) -> Table:
    """The Einsätze in the given order (the page passes what its table shows, sorted as shown)."""
    return Table(
        "Einsätze",
        EINSATZ_COLUMNS,
        [(r.datum, r.nr, r.name, r.minuten, r.taetigkeit, r.bemerkung, r.beleg) for r in rows],
        total_label=TOTAL,
        importable=True,
    )


def write_einsaetze(
    rows: Sequence[EinsatzRow], path: Path, fmt: ExportFormat | str | None = None, progress: Progress | None = None
) -> ExportResult:
    written = write_table(einsaetze_table(rows), path, fmt, progress)
    return ExportResult(Path(path), written, len(rows), minutes=sum(r.minuten for r in rows))


def export_einsaetze(
    db: Database,
    path: Path,
    fmt: ExportFormat | str | None = None,
    flt: EinsatzFilter | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """The Einsätze the filter selects (all without one), in date order – as the Einsätze page lists them."""
    return write_einsaetze(query_einsaetze(db, flt or EinsatzFilter()), path, fmt, progress)


# --- the year summary per person -------------------------------------------------------------------------------
SUMMARY_COLUMNS = (
    Column("Nr"),
    Column("Nachname"),
    Column("Vorname"),
    Column("Rolle"),
    Column("Stunden erfasst", H, total=True),
    Column("Stunden abrechenbar", H, total=True),
    Column("Betrag", M, total=True),
    Column("Qualifiziert am", D),
    Column("Höchstgrenze", H),
    Column("ausgezahlt", M, total=True),
)


def summary_table(summary: YearSummary) -> Table:
    """One row per person of the Förderjahr (in the summary's order) and the total row."""
    rows = [
        (
            p.nr,
            p.nachname,
            p.vorname,
            p.rolle,
            p.result.recorded,
            p.result.claimable,
            p.betrag,
            p.qualifiziert_am,
            p.result.cap,
            p.ausgezahlt,
        )
        for p in summary.people
    ]
    return Table(f"Förderjahr {summary.year.jahr}", SUMMARY_COLUMNS, rows, total_label=TOTAL)


def export_summary(
    db: Database, jahr: int, path: Path, fmt: ExportFormat | str | None = None, progress: Progress | None = None
) -> ExportResult:
    """ServiceError (German) when the Förderjahr does not exist or the file cannot be written."""
    summary = year_summary(db, jahr)
    written = write_table(summary_table(summary), path, fmt, progress)
    return ExportResult(Path(path), written, len(summary.people), summary.claimable_minutes, summary.betrag)


# --- payouts ---------------------------------------------------------------------------------------------------
PAYOUT_COLUMNS = (
    Column("Beleg-Nr."),
    Column("Datum", D),
    Column("Förderjahr", N),
    Column("Nr"),
    Column("Lots*in"),
    Column("Stunden", H, total=True),
    Column("Betrag", M, total=True),
    Column("Zahlungsart"),
    Column("Storno von"),
    Column("storniert durch"),
    Column("Grund"),
)


def payouts_table(rows: Sequence[PayoutRow]) -> Table:
    """The payouts in the given order; a Storno has negative hours and amount, so the total is what was paid."""
    return Table(
        "Auszahlungen",
        PAYOUT_COLUMNS,
        [
            (
                p.beleg_nr,
                p.bezahlt_am,
                p.foerderjahr,
                p.nr,
                p.name,
                p.minuten,
                p.betrag,
                METHODE_LABELS[p.methode],
                p.storno_von or "",
                p.storniert_durch or "",
                p.grund,
            )
            for p in rows
        ],
        total_label=TOTAL,
    )


def write_payouts(
    rows: Sequence[PayoutRow], path: Path, fmt: ExportFormat | str | None = None, progress: Progress | None = None
) -> ExportResult:
    written = write_table(payouts_table(rows), path, fmt, progress)
    return ExportResult(
        Path(path),
        written,
        len(rows),
        minutes=sum(p.minuten for p in rows),
        amount=sum((p.betrag for p in rows), Decimal("0.00")),
    )


def export_payouts(
    db: Database,
    path: Path,
    fmt: ExportFormat | str | None = None,
    jahr: int | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Every payout and Storno (of one Förderjahr, if given) in the order of their Beleg-Nr."""
    return write_payouts(list(reversed(list_payouts(db, jahr))), path, fmt, progress)


# --- Belegliste ------------------------------------------------------------------------------------------------
BELEG_COLUMNS = (
    Column("Lfd. Nr.", N),
    Column("Datum", D),
    Column("Beleg-Nr."),
    Column("Empfänger*in"),
    Column("Grund"),
    Column("Betrag", M, total=True),
)


def belegliste_table(jahr: int, belege: Sequence["VnBeleg"]) -> Table:
    """The Belegliste of the Verwendungsnachweis: every payout and Storno of the Förderjahr by day of payment."""
    rows = [(i, b.datum, b.beleg_nr, b.empfaenger, b.grund, b.betrag) for i, b in enumerate(belege, start=1)]
    return Table(f"Belegliste {jahr}", BELEG_COLUMNS, rows, total_label=TOTAL)


def export_belegliste(
    db: Database, jahr: int, path: Path, fmt: ExportFormat | str | None = None, progress: Progress | None = None
) -> ExportResult:
    """ServiceError (German) when the Förderjahr does not exist or the file cannot be written."""
    from lotsendesk.services.verwendungsnachweis import vn_data  # reportlab documents: loaded only when needed

    belege = vn_data(db, jahr).belege
    written = write_table(belegliste_table(jahr, belege), path, fmt, progress)
    return ExportResult(Path(path), written, len(belege), amount=sum((b.betrag for b in belege), Decimal("0.00")))
