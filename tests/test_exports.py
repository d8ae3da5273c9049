"""Exports for Excel and LibreOffice: the typed table core (CSV and XLSX from the same rows), the five lists, the
round trip through the importer, and ``lotsendesk export …`` on the command line."""

import csv
import io
import os
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string

from lotsendesk.domain.lotse_record import LotseData, RolleAb
from lotsendesk.domain.people import Rolle, Status
from lotsendesk.services.auszahlungen import Methode, confirm_run, list_payouts, storno
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzData, EinsatzFilter, query_einsaetze, record_einsatz
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.exports import (
    Column,
    ExportCancelled,
    ExportFormat,
    Kind,
    Table,
    export_belegliste,
    export_einsaetze,
    export_lotsen,
    export_payouts,
    export_summary,
    format_for,
    write_csv,
)
from lotsendesk.services.exports.xlsx_file import DATE_FORMAT, HOURS_FORMAT, MONEY_FORMAT, write_xlsx
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.importer import import_file
from lotsendesk.services.lotsen import create_lotse, get_lotse, list_lotsen
from lotsendesk.services.taetigkeiten import add_taetigkeit, find_taetigkeit_id
from tests.test_cli import lotsendesk

TODAY = date(2025, 12, 31)
HYPERLINK = '=HYPERLINK("http://x","y")'
FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"]


def sample_table(rows=None, importable=False) -> Table:
    columns = (
        Column("Nr"),
        Column("Name"),
        Column("Anzahl", Kind.INTEGER, total=True),
        Column("Datum", Kind.DATE),
        Column("Betrag", Kind.MONEY, total=True),
        Column("Stunden", Kind.HOURS, total=True),
    )
    if rows is None:
        rows = [
            ("007", "Yılmaz, Şükrü", 3, date(2025, 3, 7), Decimal("1234.50"), 150),
            ("2", "Петренко, Ольга", 1, None, Decimal("-5.00"), 20),
            ("3", 'Nguyễn; "Hương"', None, date(2025, 12, 31), None, None),
        ]
    return Table("Lots*innen [Test]", columns, rows, total_label="Summe", importable=importable)


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))


# --- the core: XLSX ------------------------------------------------------------------------------------------
def test_xlsx_has_typed_cells_bold_frozen_header_autofilter_and_total(tmp_path):
    target = tmp_path / "test.xlsx"
    write_xlsx(sample_table(), target)
    ws = load_workbook(target).active
    assert ws.title == "Lots_innen _Test_"  # * [ ] are not allowed in sheet names
    header = [c.value for c in ws[1]]
    assert header == ["Nr", "Name", "Anzahl", "Datum", "Betrag", "Stunden"]
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:F4"  # header and data, not the total

    nr, name, anzahl, datum, betrag, stunden = ws[2]
    assert (nr.value, nr.data_type) == ("007", "s")  # leading zero kept: a text cell
    assert name.value == "Yılmaz, Şükrü"
    assert anzahl.value == 3 and anzahl.data_type == "n"
    assert isinstance(datum.value, datetime) and datum.value.date() == date(2025, 3, 7)
    assert datum.number_format == DATE_FORMAT == "DD.MM.YYYY_-"  # _- : a little space before the next column
    assert betrag.value == pytest.approx(1234.5) and betrag.data_type == "n"
    assert betrag.number_format == MONEY_FORMAT == '#,##0.00\\ "€"_-'
    assert stunden.value == pytest.approx(2.5) and stunden.number_format == HOURS_FORMAT == "#,##0.00_-"
    assert anzahl.number_format == "0_-"
    assert not nr.font.b

    row2 = ws[3]
    assert row2[3].value is None  # no date: an empty cell
    assert row2[4].value == pytest.approx(-5)
    assert row2[5].value == pytest.approx(20 / 60)  # exact hours: Excel's SUM matches the total of the minutes
    assert ws[4][1].value == 'Nguyễn; "Hương"'

    assert all(c.value is None for c in ws[5])  # a blank row keeps the total out of the filter range
    total = ws[6]
    assert total[0].value == "Summe" and total[0].font.b
    assert [c.value for c in total[2:]] == ["=SUBTOTAL(109,C2:C4)", None, "=SUBTOTAL(109,E2:E4)",
                                            "=SUBTOTAL(109,F2:F4)"]  # fmt: skip
    assert total[4].number_format == MONEY_FORMAT and total[4].font.b
    assert total[5].number_format == HOURS_FORMAT and total[5].font.b
    rows = _xlsx_rows(target)
    assert subtotal(rows, total[2].value) == 4
    assert subtotal(rows, total[4].value) == pytest.approx(1229.5)
    assert subtotal(rows, total[5].value) == pytest.approx(170 / 60)
    assert ws.max_row == 6


def test_xlsx_columns_are_as_wide_as_their_content(tmp_path):
    long_name = "Kowalczyk-Wiśniewska, Małgorzata Aleksandra"
    target = tmp_path / "w.xlsx"
    write_xlsx(sample_table([("1", long_name, 1, date(2025, 1, 1), Decimal("123456.78"), 60)]), target)
    ws = load_workbook(target).active
    widths = {c: ws.column_dimensions[c].width for c in "ABCDEF"}
    assert widths["B"] >= len(long_name)
    assert widths["A"] < widths["B"]
    assert widths["D"] >= len("01.01.2025")
    assert widths["E"] >= len("123.456,78 €")


def test_xlsx_lines_in_a_cell_wrap(tmp_path):
    target = tmp_path / "lines.xlsx"
    write_xlsx(sample_table([("1", "Hauptstraße 1\r\n63065 Offenbach", None, None, None, None)]), target)
    cell = load_workbook(target).active["B2"]
    assert cell.value == "Hauptstraße 1\n63065 Offenbach"
    assert cell.alignment.wrap_text
    long_text = "Storno von 2025-012: Überweisung zurückgekommen (Zahlendreher in der IBAN), neu überwiesen"
    write_xlsx(sample_table([("1", long_text, None, None, None, None), ("2", "kurz", None, None, None, None)]), target)
    ws = load_workbook(target).active
    assert ws["B2"].value == long_text and ws["B2"].alignment.wrap_text  # longer than a column may be wide
    assert not ws["B3"].alignment.wrap_text
    assert ws.column_dimensions["B"].width <= 62
    assert ws.row_dimensions[2].height == 30  # two lines: the programs do not grow the row themselves
    assert ws.row_dimensions[3].height is None
    assert ws["A2"].alignment.vertical == "top" and ws["A3"].alignment.vertical == "top"  # rows read as one line


def test_xlsx_without_rows_is_a_header_with_a_filter(tmp_path):
    target = tmp_path / "leer.xlsx"
    write_xlsx(sample_table([]), target)
    ws = load_workbook(target).active
    assert [c.value for c in ws[1]][:2] == ["Nr", "Name"]
    assert ws.auto_filter.ref == "A1:F1"
    assert ws[3][0].value == "Summe" and ws[3][4].value == 0


# --- the core: CSV -------------------------------------------------------------------------------------------
def test_csv_is_german_excel_dialect(tmp_path):
    target = tmp_path / "test.csv"
    write_csv(sample_table(), target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    assert "€" not in raw.decode("utf-8-sig")
    assert read_csv(target) == [
        ["Nr", "Name", "Anzahl", "Datum", "Betrag", "Stunden"],
        ["007", "Yılmaz, Şükrü", "3", "07.03.2025", "1234,50", "2,50"],
        ["2", "Петренко, Ольга", "1", "", "-5,00", "0,33"],
        ["3", 'Nguyễn; "Hương"', "", "31.12.2025", "", ""],
        ["Summe", "", "4", "", "1229,50", "2,83"],
    ]
    assert raw.decode("utf-8-sig").splitlines()[3] == '3;"Nguyễn; ""Hương""";;31.12.2025;;'


def subtotal(rows: list[list], formula: str) -> float:
    """What a spreadsheet shows for our ``=SUBTOTAL(109,X2:Xn)`` while no filter is set: the sum of the numbers
    in that range (``rows`` as read back, row 1 first)."""
    match = re.fullmatch(r"=SUBTOTAL\(109,([A-Z]+)(\d+):\1(\d+)\)", formula)
    assert match, formula
    column = column_index_from_string(match[1]) - 1
    values = [row[column] for row in rows[int(match[2]) - 1 : int(match[3])]]
    return sum(v for v in values if isinstance(v, int | float))


def test_xlsx_of_an_importable_list_has_a_total_the_importer_reads_as_empty(tmp_path):
    """The importer takes stored values only: the label and the sums are formulas without one."""
    target = tmp_path / "liste.xlsx"
    write_xlsx(sample_table(importable=True), target)
    total = load_workbook(target).active[6]
    assert total[0].value == '="Summe"' and total[0].font.b
    assert total[5].value == "=SUBTOTAL(109,F2:F4)"
    assert all(c.value is None for c in load_workbook(target, data_only=True).active[6])


def test_csv_of_an_importable_list_has_no_total_row(tmp_path):
    """The importer would read a total row as one more record."""
    target = tmp_path / "liste.csv"
    write_csv(sample_table(importable=True), target)
    assert [row[0] for row in read_csv(target)] == ["Nr", "007", "2", "3"]


# --- formula injection: each leading character, both formats ---------------------------------------------------
@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_formula_text_stays_literal_in_csv(tmp_path, start):
    value = start + 'HYPERLINK("http://x","y")'
    target = tmp_path / "f.csv"
    write_csv(sample_table([("1", value, None, None, None, None)]), target)
    assert read_csv(target)[1][1] == "'" + value


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_formula_text_stays_literal_in_xlsx(tmp_path, start):
    value = start + 'HYPERLINK("http://x","y")'
    target = tmp_path / "f.xlsx"
    write_xlsx(sample_table([("1", value, None, None, None, None)]), target)
    cell = load_workbook(target).active["B2"]
    assert cell.data_type == "s"  # a text cell, not "f" (formula)
    assert cell.quotePrefix  # stays text even when someone edits the cell
    expected = "\n" + value[1:] if start == "\r" else value  # a CR is Excel's line feed in a cell
    assert cell.value == expected


def test_a_hyperlink_name_comes_out_literally_in_both_formats(tmp_path):
    rows = [("1", HYPERLINK, None, None, None, None), ("2", "#N/A", None, None, None, None)]
    write_xlsx(sample_table(rows), tmp_path / "h.xlsx")
    write_csv(sample_table(rows), tmp_path / "h.csv")
    ws = load_workbook(tmp_path / "h.xlsx").active
    assert (ws["B2"].value, ws["B2"].data_type) == (HYPERLINK, "s")
    assert (ws["B3"].value, ws["B3"].data_type) == ("#N/A", "s")  # text, not Excel's error value
    xml = _sheet_xml(tmp_path / "h.xlsx")
    assert xml.count("<f>") == 3 and xml.count("<f>SUBTOTAL(109,") == 3  # the only formulas: the total row's
    assert all(c.data_type != "f" for row in ws.iter_rows(max_row=3) for c in row)
    assert read_csv(tmp_path / "h.csv")[1][1] == "'" + HYPERLINK


def test_control_characters_xml_cannot_hold_are_dropped(tmp_path):
    target = tmp_path / "c.xlsx"
    write_xlsx(sample_table([("1", "Zeile\x0bmit\x00Steuerzeichen", None, None, None, None)]), target)
    assert load_workbook(target).active["B2"].value == "ZeilemitSteuerzeichen"


def _sheet_xml(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


# --- writing safely ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_cancel_leaves_the_old_file_and_no_temporary_file(tmp_path, suffix):
    target = tmp_path / f"alt.{suffix}"
    target.write_bytes(b"alte Datei")
    rows = [(str(i), "Name", i, None, None, 60) for i in range(2500)]
    calls = []

    def progress(done: int) -> bool:
        calls.append(done)
        return done < 2000

    writer = write_csv if suffix == "csv" else write_xlsx
    with pytest.raises(ExportCancelled):
        writer(sample_table(rows), target, progress)
    assert calls == [1000, 2000]
    assert target.read_bytes() == b"alte Datei"
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"alt.{suffix}"]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_an_unwritable_folder_is_a_german_message(tmp_path, suffix):
    folder = tmp_path / "schreibgeschützt"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: every folder is writable")
        writer = write_csv if suffix == "csv" else write_xlsx
        with pytest.raises(ServiceError) as caught:
            writer(sample_table(), folder / f"liste.{suffix}")
        assert caught.value.message.startswith(f"Die Datei „liste.{suffix}“ konnte nicht geschrieben werden (")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_folder_in_the_way_is_a_german_message_and_leaves_nothing(tmp_path, suffix):
    """Writing fails only at the last step (the move into place): the temporary file must go too."""
    (tmp_path / f"liste.{suffix}").mkdir()
    writer = write_csv if suffix == "csv" else write_xlsx
    with pytest.raises(ServiceError) as caught:
        writer(sample_table(), tmp_path / f"liste.{suffix}")
    assert caught.value.message.startswith(f"Die Datei „liste.{suffix}“ konnte nicht geschrieben werden (")
    assert [p.name for p in tmp_path.iterdir()] == [f"liste.{suffix}"]
    assert list((tmp_path / f"liste.{suffix}").iterdir()) == []


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(ServiceError, match=r"Den Ordner „.*fehlt“ gibt es nicht\."):
        write_xlsx(sample_table(), tmp_path / "fehlt" / "liste.xlsx")


def test_the_format_follows_the_extension_unless_asked():
    assert format_for(Path("a.xlsx")) is ExportFormat.XLSX
    assert format_for(Path("a.XLSX")) is ExportFormat.XLSX
    assert format_for(Path("a.csv")) is ExportFormat.CSV
    assert format_for(Path("a.txt")) is ExportFormat.CSV
    assert format_for(Path("a")) is ExportFormat.CSV
    assert format_for(Path("a.csv"), "xlsx") is ExportFormat.XLSX


# --- the lists -----------------------------------------------------------------------------------------------
def hours(db, lotse_id: int, first: date, count: int, minutes: int, taetigkeit_id=None, bemerkung="") -> None:
    for day in range(count):
        record_einsatz(
            db, EinsatzData(lotse_id, first + timedelta(days=day), minutes, taetigkeit_id, bemerkung), today=TODAY
        )


@pytest.fixture
def verein(tmp_path: Path) -> Path:
    """A closed database: Förderjahr 2025; people with umlauts, Cyrillic, a multi-line address, a Nr with a
    leading zero, a formula for a name; Einsätze with categories and remarks; one payout run and one Storno."""
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00"), aktenzeichen="II 25-62"))
    begleitung = find_taetigkeit_id(db, "Begleitung Behörde")
    schule = add_taetigkeit(db, "Elterncafé „Miteinander“")
    yilmaz = create_lotse(
        db,
        LotseData(
            nr="01",
            nachname="Yılmaz",
            vorname="Şükrü",
            rollen=(RolleAb(Rolle.KOORDINIEREND),),
            qualifiziert_am=date(2024, 6, 1),
            eintritt=date(2024, 1, 1),
            email="s.yilmaz@example.org",
            telefon="069 8237 4410",
            anschrift="Bieberer Straße 112\n63071 Offenbach am Main",
            iban="DE02120300000000202051",
            sprachen="Türkisch, Kurdisch (Kurmancî)",
            notizen='Sagt "Hallo"; koordiniert',
        ),
    )
    olga = create_lotse(
        db,
        LotseData(
            nr="02",
            nachname="Петренко",
            vorname="Ольга",
            qualifiziert_am=date(2025, 1, 1),
            eintritt=date(2024, 9, 1),
            status=Status.PAUSIERT,
            sprachen="Ukrainisch, Russisch",
        ),
    )
    create_lotse(
        db,
        LotseData(
            nr="3",
            nachname="Tesfaye",
            vorname="Dawit",
            eintritt=date(2023, 1, 1),
            austritt=date(2024, 12, 31),
            status=Status.AUSGESCHIEDEN,
        ),
    )
    hours(db, yilmaz, date(2025, 1, 2), 3, 150, begleitung, "Ausländerbehörde; Termin 2")
    hours(db, yilmaz, date(2025, 2, 3), 2, 20, schule)
    hours(db, olga, date(2025, 3, 3), 2, 45, None, "Elternabend\nmit Übersetzung")
    hours(db, olga, date(2024, 11, 4), 1, 60)
    payouts = confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 4), Methode.UEBERWEISUNG)
    cancelled = next(p for p in payouts if p.nr == "02")
    storno(db, cancelled.id, "doppelt gebucht", date(2025, 4, 10))
    db.close()
    return path


@pytest.fixture
def vdb(verein):
    database = open_database(verein)
    yield database
    database.close()


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_lotsen_export_has_every_column_a_treasurer_expects(vdb, tmp_path, suffix):
    target = tmp_path / f"lotsen.{suffix}"
    result = export_lotsen(vdb, target)
    assert result.rows == 3 and result.format == ExportFormat(suffix)
    rows = read_csv(target) if suffix == "csv" else _xlsx_rows(target)
    assert rows[0] == [
        "Nr", "Nachname", "Vorname", "Rolle", "Status", "Qualifiziert am", "Eintritt", "Austritt", "E-Mail",
        "Telefon", "Anschrift", "IBAN", "Sprachen", "Notizen", "Einsätze", "Stunden erfasst",
    ]  # fmt: skip
    by_nr = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert list(by_nr) == ["3", "01", "02"]  # by name, as the page lists them: П after Latin letters
    yilmaz = by_nr["01"]
    if suffix == "csv":
        assert yilmaz["Qualifiziert am"] == "01.06.2024" and yilmaz["Austritt"] == ""
        assert yilmaz["Stunden erfasst"] == "8,17" and yilmaz["Einsätze"] == "5"
    else:
        assert yilmaz["Qualifiziert am"] == datetime(2024, 6, 1) and yilmaz["Austritt"] is None
        assert yilmaz["Stunden erfasst"] == pytest.approx(490 / 60) and yilmaz["Einsätze"] == 5
    assert yilmaz["Rolle"] == "koordinierende*r Lots*in"
    assert yilmaz["Anschrift"] == "Bieberer Straße 112\n63071 Offenbach am Main"
    assert yilmaz["IBAN"] == "DE02 1203 0000 0000 2020 51"
    assert yilmaz["Notizen"] == 'Sagt "Hallo"; koordiniert'
    assert by_nr["02"]["Status"] == "pausiert" and by_nr["3"]["Status"] == "ausgeschieden"


def test_lotsen_export_of_chosen_people(vdb, tmp_path):
    ids = [row.id for row in list_lotsen(vdb) if row.nr == "02"]
    result = export_lotsen(vdb, tmp_path / "eine.csv", ids=ids)
    assert result.rows == 1
    assert [row[0] for row in read_csv(tmp_path / "eine.csv")] == ["Nr", "02"]


def _xlsx_rows(path: Path) -> list[list]:
    return [list(row) for row in load_workbook(path).active.iter_rows(values_only=True)]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_einsaetze_export_is_what_the_filter_selects(vdb, tmp_path, suffix):
    target = tmp_path / f"einsaetze.{suffix}"
    result = export_einsaetze(vdb, target, flt=EinsatzFilter(year=2025))
    assert result.rows == 7 and result.minutes == 3 * 150 + 2 * 20 + 2 * 45
    rows = read_csv(target) if suffix == "csv" else _xlsx_rows(target)
    assert rows[0] == ["Datum", "Nr", "Lots*in", "Stunden", "Tätigkeit", "Bemerkung", "ausgezahlt (Beleg-Nr.)"]
    if suffix == "csv":
        assert rows[1] == ["02.01.2025", "01", "Yılmaz, Şükrü", "2,50", "Begleitung Behörde",
                           "Ausländerbehörde; Termin 2", "2025-001"]  # fmt: skip
        assert len(rows) == 8  # no total row: the importer reads this list
        assert rows[6][3:6] == ["0,75", "", "Elternabend\nmit Übersetzung"]
    else:
        assert rows[1] == [datetime(2025, 1, 2), "01", "Yılmaz, Şükrü", 2.5, "Begleitung Behörde",
                           "Ausländerbehörde; Termin 2", "2025-001"]  # fmt: skip
        assert rows[8] == [None] * 7
        assert rows[9][0] == '="Summe"' and subtotal(rows, rows[9][3]) == pytest.approx(580 / 60)
        assert len(rows) == 10
    paid = {row[1]: row[6] for row in rows[1:8]}
    assert paid["02"] in ("", None)  # its payout was cancelled: open again


def test_einsaetze_export_of_a_person(vdb, tmp_path):
    lotse_id = next(row.id for row in list_lotsen(vdb) if row.nr == "02")
    result = export_einsaetze(vdb, tmp_path / "olga.csv", flt=EinsatzFilter(lotse_id=lotse_id))
    assert result.rows == 3 and result.minutes == 150


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_payouts_export_counts_a_storno_negative(vdb, tmp_path, suffix):
    target = tmp_path / f"auszahlungen.{suffix}"
    result = export_payouts(vdb, target, jahr=2025)
    payouts = list_payouts(vdb, 2025)
    assert result.rows == len(payouts) == 3
    assert result.amount == sum((p.betrag for p in payouts), Decimal("0.00"))
    rows = read_csv(target) if suffix == "csv" else _xlsx_rows(target)
    assert rows[0] == ["Beleg-Nr.", "Datum", "Förderjahr", "Nr", "Lots*in", "Stunden", "Betrag", "Zahlungsart",
                       "Storno von", "storniert durch", "Grund"]  # fmt: skip
    assert [row[0] for row in rows[1:4]] == ["2025-001", "2025-002", "2025-003"]  # in Beleg order
    storno_row = rows[3]
    if suffix == "csv":
        assert storno_row[5:7] == ["-1,50", "-7,50"]
        assert storno_row[8:] == ["2025-002", "", "doppelt gebucht"]
        assert rows[1][2] == "2025" and rows[1][7] == "Überweisung"
        assert rows[-1][0] == "Summe" and rows[-1][5:7] == ["8,17", "40,83"]
    else:
        assert storno_row[6] == pytest.approx(-7.5)
        assert rows[2][9] == "2025-003"
        assert rows[-1][0] == "Summe" and subtotal(rows, rows[-1][6]) == pytest.approx(float(result.amount))


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_belegliste_export_matches_the_verwendungsnachweis(vdb, tmp_path, suffix):
    from lotsendesk.services.verwendungsnachweis import vn_data

    target = tmp_path / f"belegliste.{suffix}"
    result = export_belegliste(vdb, 2025, target)
    belege = vn_data(vdb, 2025).belege
    assert result.rows == len(belege) == 3
    rows = read_csv(target) if suffix == "csv" else _xlsx_rows(target)
    assert rows[0] == ["Lfd. Nr.", "Datum", "Beleg-Nr.", "Empfänger*in", "Grund", "Betrag"]
    assert [row[2] for row in rows[1:4]] == [b.beleg_nr for b in belege]
    assert rows[3][4].startswith("Storno von 2025-002")
    if suffix == "csv":
        assert rows[1][:2] == ["1", "04.04.2025"]
        assert rows[-1] == ["Summe", "", "", "", "", "40,83"]
    else:
        assert rows[1][:2] == [1, datetime(2025, 4, 4)]
        assert rows[-1][0] == "Summe" and subtotal(rows, rows[-1][5]) == pytest.approx(40.83)


def test_summary_and_belegliste_of_a_missing_year_say_so(vdb, tmp_path):
    for write in (export_summary, export_belegliste):
        with pytest.raises(ServiceError, match=r"Für 2030 ist noch kein Förderjahr angelegt\."):
            write(vdb, 2030, tmp_path / "x.xlsx")
    assert list(tmp_path.glob("x.*")) == []


def test_summary_xlsx_has_the_csv_columns_typed(vdb, tmp_path):
    target = tmp_path / "2025.xlsx"
    result = export_summary(vdb, 2025, target)
    ws = load_workbook(target).active
    assert [c.value for c in ws[1]] == [
        "Nr", "Nachname", "Vorname", "Rolle", "Stunden erfasst", "Stunden abrechenbar", "Betrag",
        "Qualifiziert am", "Höchstgrenze", "ausgezahlt",
    ]  # fmt: skip
    total = ws[ws.max_row]
    assert total[0].value == "Summe"
    assert subtotal(_xlsx_rows(target), total[6].value) == pytest.approx(float(result.amount))
    assert total[6].number_format == MONEY_FORMAT and total[4].number_format == HOURS_FORMAT


# --- round trip: export → import gives the same records ------------------------------------------------------
def _people(db) -> list[tuple]:
    rows = []
    for row in list_lotsen(db):
        data = get_lotse(db, row.id)
        rows.append((data.nr, data.nachname, data.vorname, row.rolle, data.status, data.qualifiziert_am,
                     data.eintritt, data.austritt, data.email, data.telefon, data.anschrift, data.iban,
                     data.sprachen, data.notizen))  # fmt: skip
    return sorted(rows)


def _einsaetze(db) -> list[tuple]:
    return sorted((r.nr, r.datum, r.minuten, r.taetigkeit, r.bemerkung) for r in query_einsaetze(db, EinsatzFilter()))


def _import(db, kind: str, path: Path):
    """import_file – a workbook is skipped while the importer reads CSV only."""
    try:
        return import_file(db, kind, path, today=TODAY)
    except ServiceError as error:
        if path.suffix == ".xlsx" and "Excel-Arbeitsmappe, keine CSV-Datei" in error.message:
            pytest.skip("the importer reads no XLSX yet")
        raise


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_round_trip_lotsen_and_einsaetze(vdb, tmp_path, suffix):
    lotsen_file, einsaetze_file = tmp_path / f"lotsen.{suffix}", tmp_path / f"einsaetze.{suffix}"
    export_lotsen(vdb, lotsen_file)
    export_einsaetze(vdb, einsaetze_file)
    fresh = open_database(tmp_path / "neu.sqlite")
    try:
        result = _import(fresh, "lotsen", lotsen_file)
        assert result.errors == [] and result.created == 3
        result = _import(fresh, "einsaetze", einsaetze_file)
        assert result.errors == [] and result.created == 8
        assert _people(fresh) == _people(vdb)
        assert _einsaetze(fresh) == _einsaetze(vdb)
    finally:
        fresh.close()


def test_xlsx_holds_the_same_records_as_the_database(vdb, tmp_path):
    """Independent of the importer: the workbook's cells read back as the stored values."""
    export_lotsen(vdb, tmp_path / "lotsen.xlsx")
    export_einsaetze(vdb, tmp_path / "einsaetze.xlsx")
    rows = _xlsx_rows(tmp_path / "lotsen.xlsx")
    header = rows[0]
    people = {}
    for row in rows[1:]:
        cells = dict(zip(header, row, strict=True))
        people[cells["Nr"]] = cells
    for data in (get_lotse(vdb, row.id) for row in list_lotsen(vdb)):
        cells = people[data.nr]
        assert (cells["Nachname"], cells["Vorname"]) == (data.nachname, data.vorname)
        for title, value in (("Qualifiziert am", data.qualifiziert_am), ("Eintritt", data.eintritt),
                             ("Austritt", data.austritt)):  # fmt: skip
            assert (cells[title].date() if cells[title] else None) == value
        assert (cells["Anschrift"] or "") == data.anschrift
        assert (cells["IBAN"] or "").replace(" ", "") == data.iban
    einsaetze = _xlsx_rows(tmp_path / "einsaetze.xlsx")
    records = sorted(
        (nr, datum.date(), round(stunden * 60), taetigkeit or "", bemerkung or "")
        for datum, nr, _name, stunden, taetigkeit, bemerkung, _beleg in einsaetze[1:]
        if isinstance(datum, datetime)
    )
    assert records == _einsaetze(vdb)


@pytest.mark.parametrize(
    "suffix",
    [
        "csv",  # the importer drops the apostrophe the export put before = + - @
        "xlsx",
    ],
)
def test_round_trip_of_text_a_spreadsheet_would_take_for_a_formula(tmp_path, suffix):
    source = open_database(tmp_path / "alt.sqlite")
    target = open_database(tmp_path / "neu.sqlite")
    try:
        create_lotse(
            source, LotseData(nr="1", nachname=HYPERLINK, vorname="-Eva", telefon="+49 69 123456", sprachen="@home")
        )
        export_lotsen(source, tmp_path / f"lotsen.{suffix}")
        result = _import(target, "lotsen", tmp_path / f"lotsen.{suffix}")
        assert result.errors == []
        assert _people(target) == _people(source)
    finally:
        source.close()
        target.close()


# --- command line --------------------------------------------------------------------------------------------
def run(tmp_path: Path, db_path: Path, *args: str):
    return lotsendesk(tmp_path, "--db", str(db_path), "export", *args)


@pytest.mark.parametrize(
    ("args", "name", "out"),
    [
        (("lotsen",), "lotsen.xlsx", "„lotsen.xlsx“ geschrieben: 3 Lots*innen."),
        (("einsaetze",), "einsaetze.xlsx", "„einsaetze.xlsx“ geschrieben: 8 Einsätze, 10,67 Std."),
        (("einsaetze", "--year", "2024"), "e2024.csv", "„e2024.csv“ geschrieben: 1 Einsatz, 1,00 Std."),
        (
            ("summary", "--year", "2025"),
            "2025.xlsx",
            "„2025.xlsx“ geschrieben: 2 Lots*innen, 9,67 Std. abrechenbar, 48,33 €.",
        ),
        (
            ("payouts",),
            "auszahlungen.csv",
            "„auszahlungen.csv“ geschrieben: 3 Auszahlungen (Stornos eingerechnet), 8,17 Std., 40,83 €.",
        ),
        (
            ("belegliste", "--year", "2025"),
            "belegliste.xlsx",
            "„belegliste.xlsx“ geschrieben: Belegliste 2025 mit 3 Buchungen, 40,83 €.",
        ),
    ],
)
def test_cli_export_writes_the_file_and_says_what(tmp_path, verein, args, name, out):
    target = tmp_path / name
    proc = run(tmp_path, verein, *args, "-o", str(target))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == out
    assert proc.stderr == ""
    if name.endswith(".xlsx"):
        assert load_workbook(target).active["A1"].value in ("Nr", "Datum", "Beleg-Nr.", "Lfd. Nr.")
    else:
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_cli_format_option_wins_over_the_extension(tmp_path, verein):
    target = tmp_path / "liste.dat"
    assert run(tmp_path, verein, "lotsen", "-o", str(target)).returncode == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfNr;")  # unknown extension: CSV
    assert run(tmp_path, verein, "lotsen", "--format", "xlsx", "-o", str(target)).returncode == 0
    assert target.read_bytes().startswith(b"PK")  # a workbook (a zip file)


def test_cli_unwritable_path_exits_1_and_leaves_nothing(tmp_path, verein):
    folder = tmp_path / "nur lesen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: every folder is writable")
        proc = run(tmp_path, verein, "einsaetze", "-o", str(folder / "e.xlsx"))
        assert proc.returncode == 1
        assert proc.stderr.startswith("Fehler: Die Datei „e.xlsx“ konnte nicht geschrieben werden (")
        assert proc.stdout == ""
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_cli_target_that_cannot_be_written_exits_1_and_leaves_nothing(tmp_path, verein):
    target = tmp_path / "ordner.xlsx"
    target.mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    proc = run(tmp_path, verein, "lotsen", "-o", str(target))
    assert proc.returncode == 1
    assert proc.stderr.startswith("Fehler: Die Datei „ordner.xlsx“ konnte nicht geschrieben werden (")
    assert proc.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert list(target.iterdir()) == []


def test_cli_missing_folder_and_missing_year(tmp_path, verein):
    proc = run(tmp_path, verein, "payouts", "-o", str(tmp_path / "fehlt" / "a.xlsx"))
    assert proc.returncode == 1
    assert "Fehler: Den Ordner" in proc.stderr and "gibt es nicht." in proc.stderr
    proc = run(tmp_path, verein, "belegliste", "--year", "2024", "-o", str(tmp_path / "b.xlsx"))
    assert proc.returncode == 1
    assert "Fehler: Für 2024 ist noch kein Förderjahr angelegt." in proc.stderr
    assert not (tmp_path / "b.xlsx").exists()


def test_cli_usage_errors_exit_2(tmp_path, verein):
    proc = run(tmp_path, verein, "summary", "-o", str(tmp_path / "s.csv"))
    assert proc.returncode == 2 and "diese Angaben fehlen: --year" in proc.stderr
    proc = run(tmp_path, verein, "lotsen", "--format", "ods", "-o", str(tmp_path / "l.ods"))
    assert proc.returncode == 2 and "ungültige Wahl: 'ods'" in proc.stderr
    proc = run(tmp_path, verein, "lotsen", "--year", "2025", "-o", str(tmp_path / "l.csv"))
    assert proc.returncode == 2  # the list of Lots*innen has no year
    assert not any(tmp_path.glob("[sl].*"))
