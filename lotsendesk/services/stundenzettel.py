"""Stundenzettel as Excel workbooks: blank timesheets to fill in, and reading the filled-in files back.

Generate (``write_stundenzettel``, ``write_stundenzettel_je_person``): for a period (a month or a quarter) one
sheet per active Lots*in – a header block (Träger, Name, Lots*innen-Nr., Zeitraum, the hours still free up to the
yearly cap as of the first day) and a table of 40 empty rows: Datum | Dauer | Tätigkeit | Bemerkung, with a
drop-down of the Tätigkeiten, a date check inside the period, a total and an A4 print setup.

Read back (``import_stundenzettel``): one or many filled-in files; each sheet's person comes from the Nr in its
header block (never from the sheet's title), each row with a Datum, Dauer or Tätigkeit becomes an Einsatz. The
rows go through the Einsätze importer's own checks (same messages, located as „Blatt „02 Petrenko“, Zeile 12: …“)
plus one of our own: the date must lie inside the sheet's Zeitraum. All or nothing per file; a file whose
Einsätze were imported before is refused (recognised by its content, so a copy saved again by Excel is refused
too), and each stored file can be undone and redone with ``importer.revert_import`` /
``importer.reapply_import`` like a CSV import.

The layout is found again by its labels in column A (rows inserted above the table do no harm): the sheet's
fixed cells are B5 (Nr), B6/B7 (Zeitraum von/bis); the table's heading is row 11, its rows 12–51, the total
row 52.
"""

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from lotsendesk.db.models import Foerderjahr
from lotsendesk.domain.dates import MONTHS, format_date, parse_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.formatting import format_hours
from lotsendesk.domain.funding import FundingParameters, year_result
from lotsendesk.domain.messages import msg
from lotsendesk.domain.people import Status, sort_key
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError, write_failed
from lotsendesk.services.foerderjahre import load_entries, load_people, year_data
from lotsendesk.services.importer.cells import cell_text
from lotsendesk.services.importer.csv_table import _read_bytes, _row_error, _Table
from lotsendesk.services.importer.result import ImportResult
from lotsendesk.services.importer.use_cases import import_einsatz_tables
from lotsendesk.services.taetigkeiten import list_taetigkeiten
from lotsendesk.services.traeger import get_traeger

ROWS = 40  # empty rows to fill in
LISTS_SHEET = "Listen"  # the hidden sheet holding the Tätigkeiten when they do not fit into a validation

# Labels in column A: the reader finds the cells by them.
_LABEL_NAME = "Name:"
_LABEL_NR = "Lots*innen-Nr.:"
_LABEL_VON = "Zeitraum von:"
_LABEL_BIS = "Zeitraum bis:"
_LABEL_FREI = "noch frei bis zur Höchstgrenze:"
_LABEL_SUMME = "Summe"
_LABEL_UNTERSCHRIFT = "Datum, Unterschrift:"
_HEADINGS = ("Datum", "Dauer (Std. oder h:mm)", "Tätigkeit", "Bemerkung")
_COLUMN_PREFIXES = (("datum", "datum"), ("stunden", "dauer"), ("taetigkeit", "tätigkeit"), ("bemerkung", "bemerkung"))
_INSTRUCTION = (
    "Bitte je Einsatz eine Zeile ausfüllen: Datum, Dauer in Stunden (2,5) oder Stunden:Minuten (2:30), Tätigkeit "
    "aus der Liste. Bemerkung ohne Namen begleiteter Personen."
)
_HEADER_ROW = 11  # the table's heading; the rows to fill in follow
_FIRST_ROW = _HEADER_ROW + 1
_LAST_ROW = _HEADER_ROW + ROWS
_SUM_ROW = _LAST_ROW + 1
_HELPER_COLUMN = "E"  # hidden: each row's Dauer in hours, whether typed as 2,5 or as 2:30
_DATE_FORMAT = "DD.MM.YYYY"
_BAD_TITLE_CHARS = re.compile(r"[\[\]:*?/\\]")
_BAD_FILE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_YEARLESS_DATE = re.compile(r"^\d{1,2}\.\d{1,2}\.$")


# --- generate ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Person:
    """One sheet's person."""

    nr: str
    nachname: str
    vorname: str
    frei: int  # minutes still claimable up to the yearly cap, as of the period's first day

    @property
    def name(self) -> str:
        return f"{self.vorname} {self.nachname}".strip()


def write_stundenzettel(db: Database, von: date, bis: date, path: Path, nr: str | None = None) -> int:
    """Write ONE workbook to ``path`` with a sheet per active Lots*in (only Lots*in ``nr`` when given) for
    ``von``–``bis``; returns the number of sheets. ServiceError when there is nobody or the file cannot be
    written."""
    people = _people(db, von, bis, nr)
    _save(_workbook(db, people, von, bis), Path(path))
    return len(people)


def write_stundenzettel_je_person(db: Database, von: date, bis: date, folder: Path) -> list[Path]:
    """Write one workbook per active Lots*in into ``folder`` (``Stundenzettel 2025-03 02 Petrenko.xlsx``); an
    existing file is never overwritten (the new one gets `` (2)``). Returns the files written."""
    people = _people(db, von, bis, None)
    folder = Path(folder)
    written: list[Path] = []
    for person in people:
        base = _BAD_FILE_CHARS.sub("-", f"Stundenzettel {_file_period(von, bis)} {_sheet_title(person)}").strip()
        target = folder / f"{base}.xlsx"
        number = 2
        while target.exists():
            target = folder / f"{base} ({number}).xlsx"
            number += 1
        _save(_workbook(db, [person], von, bis), target)
        written.append(target)
    return written


def period_label(von: date, bis: date) -> str:
    """``März 2025``, ``1. Quartal 2025`` or ``07.03.2025 – 31.03.2025``."""
    if von.day == 1 and bis == _month_end(bis) and von.year == bis.year:
        if von.month == bis.month:
            return f"{MONTHS[von.month - 1]} {von.year}"
        if von.month % 3 == 1 and bis.month == von.month + 2:
            return f"{von.month // 3 + 1}. Quartal {von.year}"
    return f"{format_date(von)} – {format_date(bis)}"


def _people(db: Database, von: date, bis: date, nr: str | None) -> list[_Person]:
    """The sheets' people, sorted by name, with the hours still free up to their cap before ``von``."""
    if von > bis:
        raise ServiceError(
            msg("Der Zeitraum beginnt nach seinem Ende ({von} – {bis}).", von=format_date(von), bis=format_date(bis))
        )
    if von.year != bis.year:
        raise ServiceError(
            msg(
                "Ein Stundenzettel gilt für einen Zeitraum innerhalb eines Jahres ({von} – {bis} reicht über den "
                "Jahreswechsel).",
                von=format_date(von),
                bis=format_date(bis),
            )
        )
    with db.session() as session:
        people = load_people(session)
        if nr is not None:
            wanted = [i for i, (lotse, _p) in people.items() if lotse.nr == nr.strip()]
            if not wanted:
                raise ServiceError(msg("Eine*n Lots*in mit der Nr. {nr} gibt es nicht.", nr=nr.strip()))
        else:
            wanted = [
                i
                for i, (lotse, _p) in people.items()
                if lotse.status == Status.AKTIV.value
                and (lotse.eintritt is None or lotse.eintritt <= bis)
                and (lotse.austritt is None or lotse.austritt >= von)
            ]
            if not wanted:
                raise ServiceError(
                    msg(
                        "Vom {von} bis {bis} gibt es keine aktiven Lots*innen.",
                        von=format_date(von),
                        bis=format_date(bis),
                    )
                )
        row = session.scalar(select(Foerderjahr).where(Foerderjahr.jahr == von.year))
        year = year_data(row) if row is not None else None
        params = year.params if year else FundingParameters()  # no Förderjahr yet: the programme's caps
        entries = load_entries(session, von.year, until=von - timedelta(days=1))
    result = []
    for lotse_id in wanted:
        lotse, person = people[lotse_id]
        figures = year_result(entries.get(lotse_id, []), person, von.year, params, year.bewilligung if year else None)
        result.append(_Person(lotse.nr, lotse.nachname, lotse.vorname, max(figures.cap - figures.claimable, 0)))
    result.sort(key=lambda p: (sort_key(p.nachname), sort_key(p.vorname), p.nr))
    return result


def _workbook(db: Database, people: list[_Person], von: date, bis: date) -> Workbook:
    traeger = get_traeger(db).name
    taetigkeiten = [row.name for row in list_taetigkeiten(db)]
    book = Workbook()
    book.remove(book.active)
    book.properties.creator = "LotsenDesk"
    book.properties.title = f"Stundenzettel {period_label(von, bis)}"
    list_formula = _taetigkeit_list(book, taetigkeiten)
    titles: set[str] = {LISTS_SHEET.casefold()}
    for person in people:
        title = _unique_title(_sheet_title(person), titles)
        _fill_sheet(book.create_sheet(title), person, traeger, von, bis, list_formula)
    if LISTS_SHEET in book.sheetnames:  # keep the hidden list last, out of the way
        book.move_sheet(LISTS_SHEET, offset=len(book.sheetnames))
    book.active = 0
    book.calculation.fullCalcOnLoad = True  # openpyxl stores no results: let Excel compute the totals on opening
    return book


def _taetigkeit_list(book: Workbook, names: list[str]) -> str | None:
    """The validation's list: inline (``"a,b,c"``) when it fits Excel's 255 characters and no name has a comma
    or quote; otherwise a range on the hidden sheet „Listen“. None without any Tätigkeit."""
    if not names:
        return None
    inline = ",".join(names)
    if len(inline) <= 255 and not any("," in name or '"' in name for name in names):
        return f'"{inline}"'
    sheet = book.create_sheet(LISTS_SHEET)
    sheet.sheet_state = "hidden"
    sheet["A1"] = "Tätigkeit"
    for index, name in enumerate(names, start=2):
        sheet.cell(index, 1, name)
    return f"{LISTS_SHEET}!$A$2:$A${len(names) + 1}"


def _sheet_title(person: _Person) -> str:
    """``02 Petrenko``: Nr and short name, at most 31 characters, none of Excel's forbidden []:*?/\\."""
    short = person.nachname or person.vorname
    title = _BAD_TITLE_CHARS.sub("-", f"{person.nr} {short}".strip())
    return title[:31].strip(" '") or "Blatt"


def _unique_title(title: str, used: set[str]) -> str:
    """Excel compares sheet titles case-insensitively."""
    candidate, number = title, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate = title[: 31 - len(suffix)].rstrip() + suffix
        number += 1
    used.add(candidate.casefold())
    return candidate


_THIN = Side(style="thin", color="808080")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADING_FILL = PatternFill("solid", fgColor="E4EAF1")
_GREY = "595959"


def _fill_sheet(ws: Worksheet, person: _Person, traeger: str, von: date, bis: date, list_formula: str | None) -> None:
    for column, width in zip("ABCDE", (14, 17, 28, 44, 8), strict=True):
        ws.column_dimensions[column].width = width
    ws.column_dimensions[_HELPER_COLUMN].hidden = True

    ws["A1"] = traeger
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Stundenzettel"
    ws["A2"].font = Font(bold=True, size=16)
    ws["C2"] = period_label(von, bis)
    ws["C2"].font = Font(bold=True, size=12)
    ws["C2"].alignment = Alignment(vertical="bottom")
    header = (
        (4, _LABEL_NAME, person.name),
        (5, _LABEL_NR, person.nr),
        (6, _LABEL_VON, von),
        (7, _LABEL_BIS, bis),
    )
    for row, label, value in header:
        ws.cell(row, 1, label)
        cell = ws.cell(row, 2, value)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="left")
    ws["B5"].number_format = "@"  # the Nr stays text: 007 keeps its zeros
    ws["B6"].number_format = ws["B7"].number_format = _DATE_FORMAT
    stand = von - timedelta(days=1)
    ws["A8"] = CellRichText(  # a run without font and size is shown plain by LibreOffice
        f"{_LABEL_FREI} ",
        TextBlock(InlineFont(rFont="Calibri", sz=11, b=True), f"{format_hours(person.frei)} Std."),
        TextBlock(
            InlineFont(rFont="Calibri", sz=11, i=True, color=_GREY),
            f"  (Förderjahr {von.year}, Stand {format_date(stand)})",
        ),
    )
    ws.row_dimensions[2].height = 24

    ws["A9"] = _INSTRUCTION
    ws.merge_cells("A9:D9")
    ws["A9"].alignment = Alignment(wrap_text=True, vertical="top")
    ws["A9"].font = Font(italic=True)
    ws.row_dimensions[9].height = 32

    for column, heading in enumerate(_HEADINGS, start=1):
        cell = ws.cell(_HEADER_ROW, column, heading)
        cell.font = Font(bold=True)
        cell.fill = _HEADING_FILL
        cell.border = _GRID
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    ws.row_dimensions[_HEADER_ROW].height = 30
    helper_heading = ws.cell(_HEADER_ROW, 5, "Std.")
    helper_heading.font = Font(color=_GREY)
    for row in range(_FIRST_ROW, _LAST_ROW + 1):
        for column in range(1, 5):
            ws.cell(row, column).border = _GRID
        ws.cell(row, 1).number_format = _DATE_FORMAT
        ws.cell(row, 4).alignment = Alignment(wrap_text=True, vertical="top")
        # Excel turns a typed 2:30 into a time (a fraction of a day): count it in hours, 2,5 as it is.
        ws[f"{_HELPER_COLUMN}{row}"] = f'=IF(ISNUMBER(B{row}),IF(LEFT(CELL("format",B{row}),1)="D",B{row}*24,B{row}),0)'
    ws.cell(_SUM_ROW, 1, _LABEL_SUMME).font = Font(bold=True)
    total = ws.cell(_SUM_ROW, 2, f"=SUM({_HELPER_COLUMN}{_FIRST_ROW}:{_HELPER_COLUMN}{_LAST_ROW})")
    total.number_format = '0.00" Std."'
    total.font = Font(bold=True)
    total.border = _GRID
    signature_row = _SUM_ROW + 3
    ws.cell(signature_row, 1, _LABEL_UNTERSCHRIFT)
    for column in range(2, 5):
        ws.cell(signature_row, column).border = Border(bottom=_THIN)

    _validations(ws, von, bis, list_formula)
    ws.freeze_panes = f"A{_FIRST_ROW}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{_HEADER_ROW}:{_HEADER_ROW}"
    ws.print_area = f"A1:D{signature_row}"
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.oddFooter.center.text = "&A – Seite &P von &N"


def _validations(ws: Worksheet, von: date, bis: date, list_formula: str | None) -> None:
    dates = DataValidation(
        type="date",
        operator="between",
        formula1=str(_serial(von)),
        formula2=str(_serial(bis)),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Datum",
        error=f"Bitte ein Datum vom {format_date(von)} bis {format_date(bis)} eingeben (TT.MM.JJJJ).",
    )
    dates.add(f"A{_FIRST_ROW}:A{_LAST_ROW}")
    ws.add_data_validation(dates)
    durations = DataValidation(
        type="decimal",
        operator="between",
        formula1="0",
        formula2="24",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Dauer",
        error="Bitte die Dauer in Stunden (2,5) oder als Stunden:Minuten (2:30) eingeben, höchstens 24 Stunden.",
    )
    durations.add(f"B{_FIRST_ROW}:B{_LAST_ROW}")
    ws.add_data_validation(durations)
    if list_formula is not None:
        activities = DataValidation(
            type="list",
            formula1=list_formula,
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Tätigkeit",
            error="Bitte eine Tätigkeit aus der Liste wählen.",
        )
        activities.add(f"C{_FIRST_ROW}:C{_LAST_ROW}")
        ws.add_data_validation(activities)


def _serial(day: date) -> int:
    """Excel's day number (the 1900 date system)."""
    return (day - date(1899, 12, 30)).days


def _month_end(day: date) -> date:
    first_next = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def _file_period(von: date, bis: date) -> str:
    """``2025-03``, ``2025-Q1`` or ``2025-03-07 bis 2025-03-31`` for file names."""
    if von.day == 1 and bis == _month_end(bis) and von.year == bis.year:
        if von.month == bis.month:
            return f"{von:%Y-%m}"
        if von.month % 3 == 1 and bis.month == von.month + 2:
            return f"{von.year}-Q{von.month // 3 + 1}"
    return f"{von:%Y-%m-%d} bis {bis:%Y-%m-%d}"


def _save(book: Workbook, path: Path) -> None:
    try:
        book.save(path)
    except OSError as error:
        raise write_failed(path, error) from error


# --- read back -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SheetCount:
    """What one sheet of a file held."""

    title: str
    nr: str
    rows: int  # filled-in rows
    minutes: int  # their total (0 when the sheet had errors)


@dataclass
class TimesheetImport:
    """The outcome for one file: either ``result`` (the importer's, with every error located by sheet and row)
    or ``error`` when the file as a whole could not be imported (unreadable, no Stundenzettel, imported before)."""

    path: Path
    result: ImportResult | None = None
    error: str | None = None
    sheets: list[SheetCount] = field(default_factory=list)

    @property
    def imported(self) -> bool:
        """True when the file's Einsätze were stored (so it can be undone)."""
        return self.result is not None and not self.result.errors and not self.result.dry_run

    @property
    def errors(self) -> list[str]:
        if self.error is not None:
            return [self.error]
        return list(self.result.errors) if self.result is not None else []

    def summary(self) -> str:
        if self.error is not None:  # named with the file unless the message already names it
            if f"„{self.path.name}“" in self.error:
                return self.error
            return msg("„{datei}“: {grund}", datei=self.path.name, grund=self.error)
        assert self.result is not None
        return self.result.summary()


@dataclass
class _SheetTable:
    title: str
    nr: str
    table: _Table
    errors: list[str]  # sheet-level problems (already located)


def import_stundenzettel(
    db: Database, paths: Iterable[Path], dry_run: bool = False, today: date | None = None
) -> list[TimesheetImport]:
    """Import each filled-in workbook, all or nothing per file (each file its own transaction and undo)."""
    outcomes = []
    for path in paths:
        outcome = TimesheetImport(Path(path))
        try:
            outcome.result, outcome.sheets = _import_file(db, Path(path), dry_run, today or date.today())
        except ServiceError as error:
            outcome.error = error.message
        outcomes.append(outcome)
    return outcomes


def _import_file(db: Database, path: Path, dry_run: bool, today: date) -> tuple[ImportResult, list[SheetCount]]:
    raw = _read_bytes(path)
    sheets = _read_sheets(raw, path.name, today)
    filled = [sheet for sheet in sheets if sheet.table.rows or sheet.errors]
    if not filled:
        raise ServiceError(msg("In „{datei}“ ist kein Einsatz eingetragen.", datei=path.name))
    sheet_errors = [error for sheet in filled for error in sheet.errors]
    tables = [sheet.table for sheet in filled if sheet.table.rows]
    result, parts = import_einsatz_tables(
        db, path.name, tables, _content(tables), dry_run=dry_run or bool(sheet_errors), today=today
    )
    errors: list[str] = []
    counts: list[SheetCount] = []
    found = iter(parts)
    for sheet in filled:
        part = next(found) if sheet.table.rows else None
        errors.extend(sheet.errors)
        if part is not None:
            errors.extend(msg("Blatt „{blatt}“, {meldung}", blatt=sheet.title, meldung=e) for e in part.errors)
        counts.append(SheetCount(sheet.title, sheet.nr, len(sheet.table.rows), part.minutes if part else 0))
    if errors:
        result.errors = errors
        result.created = result.minutes = 0
        result.new_taetigkeiten = []
        result.undo_data = result.import_id = None
    result.dry_run = dry_run
    return result, counts


def _content(tables: list[_Table]) -> bytes:
    """What the ImportRecord's hash is taken of: the Einsätze the file holds, not its bytes – Excel saves a file
    again with other bytes just for opening it (it recalculates the totals), and that must not let the same hours
    in twice. Sorted, so moving sheets or rows does not make them new either."""
    rows = sorted("\x1f".join(cells) for table in tables for _line, cells in table.rows)
    return "\x1e".join(["stundenzettel", *rows]).encode("utf-8", "surrogatepass")


def _read_sheets(raw: bytes, filename: str, today: date) -> list[_SheetTable]:
    if not raw.startswith(b"PK\x03\x04"):
        raise ServiceError(
            msg("„{datei}“ ist keine Excel-Arbeitsmappe (.xlsx). Bitte einen Stundenzettel wählen.", datei=filename)
        )
    try:
        book = load_workbook(io.BytesIO(raw), data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError):
        raise ServiceError(
            msg("„{datei}“ kann nicht als Excel-Arbeitsmappe gelesen werden (beschädigt?).", datei=filename)
        ) from None
    sheets = [sheet for ws in book.worksheets if (sheet := _read_sheet(ws, filename, today)) is not None]
    if not sheets:
        raise ServiceError(
            msg(
                "„{datei}“ enthält keinen Stundenzettel von LotsenDesk (kein Blatt mit „Lots*innen-Nr.“ und der "
                "Tabelle „Datum“, „Dauer“).",
                datei=filename,
            )
        )
    return sheets


def _key(value: object) -> str:
    return cell_text(value).casefold().rstrip(":").strip()


def _read_sheet(ws: Worksheet, filename: str, today: date) -> _SheetTable | None:
    """One sheet's rows as a table for the Einsätze importer; None for a sheet that is no Stundenzettel."""
    labels: dict[str, int] = {}
    header_row = None
    for row in range(1, min(ws.max_row, 40) + 1):
        key = _key(ws.cell(row, 1).value)
        if key in (_key(_LABEL_NR), _key(_LABEL_VON), _key(_LABEL_BIS)):
            labels.setdefault(key, row)
        elif key == "datum":
            header_row = row
            break
    if header_row is None or _key(_LABEL_NR) not in labels:
        return None
    columns = _table_columns(ws, header_row)
    if "datum" not in columns or "stunden" not in columns:
        return None
    title = ws.title
    nr = cell_text(ws.cell(labels[_key(_LABEL_NR)], 2).value)
    errors: list[str] = []
    von = _header_date(ws, labels.get(_key(_LABEL_VON)))
    bis = _header_date(ws, labels.get(_key(_LABEL_BIS)))
    if von is None or bis is None:
        errors.append(
            msg(
                "Blatt „{blatt}“: Der Zeitraum (Zeitraum von, Zeitraum bis) fehlt oder ist kein Datum.",
                blatt=title,
            )
        )
    rows: list[tuple[int, list[str]]] = []
    table_errors: list[str] = []
    for row in range(header_row + 1, ws.max_row + 1):
        first = _key(ws.cell(row, 1).value)
        if first in (_key(_LABEL_SUMME), _key(_LABEL_UNTERSCHRIFT)):
            break
        values = {name: ws.cell(row, column).value for name, column in columns.items()}
        texts = {name: cell_text(value) for name, value in values.items()}
        if not (texts.get("datum") or texts.get("stunden") or texts.get("taetigkeit")):
            continue  # an empty row, or a Bemerkung alone
        if von is not None and _YEARLESS_DATE.match(texts["datum"]):
            texts["datum"] += str(von.year)  # 7.3. on a 2025 sheet is 07.03.2025, whatever today is
        day = _row_date(values["datum"], texts["datum"], today)
        if day is not None and von is not None and bis is not None and not von <= day <= bis:
            table_errors.append(
                _row_error(
                    row,
                    msg(
                        "Das Datum {datum} liegt nicht im Zeitraum dieses Stundenzettels ({von} – {bis}).",
                        datum=format_date(day),
                        von=format_date(von),
                        bis=format_date(bis),
                    ),
                )
            )
        cells = [nr, texts["datum"], texts["stunden"], texts.get("taetigkeit", ""), texts.get("bemerkung", "")]
        rows.append((row, cells))
    table = _Table(filename, {"nr": 0, "datum": 1, "stunden": 2, "taetigkeit": 3, "bemerkung": 4}, rows, table_errors)
    return _SheetTable(title, nr, table, errors)


def _table_columns(ws: Worksheet, header_row: int) -> dict[str, int]:
    columns: dict[str, int] = {}
    for column in range(1, min(ws.max_column, 12) + 1):
        key = _key(ws.cell(header_row, column).value)
        for name, prefix in _COLUMN_PREFIXES:
            if key.startswith(prefix):
                columns.setdefault(name, column)
    return columns


def _header_date(ws: Worksheet, row: int | None) -> date | None:
    if row is None:
        return None
    value = ws.cell(row, 2).value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date(cell_text(value))
    except ValidationError:
        return None


def _row_date(value: object, text: str, today: date) -> date | None:
    """The row's date for the period check; None when unreadable (the importer reports that)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date(text, today)
    except ValidationError:
        return None


__all__ = [
    "ROWS",
    "SheetCount",
    "TimesheetImport",
    "import_stundenzettel",
    "period_label",
    "write_stundenzettel",
    "write_stundenzettel_je_person",
]
