"""Stundenzettel round trip: generate a workbook, fill it in the way Excel stores typed cells, import it back."""

from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lotsendesk.domain.people import Status
from lotsendesk.services.einsaetze import EinsatzData, EinsatzFilter, query_einsaetze, record_einsatz
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.importer import reapply_import, revert_import
from lotsendesk.services.stundenzettel import (
    ROWS,
    import_stundenzettel,
    period_label,
    write_stundenzettel,
    write_stundenzettel_je_person,
)
from lotsendesk.services.taetigkeiten import add_taetigkeit, list_taetigkeiten
from lotsendesk.services.traeger import TraegerData, set_traeger
from tests.conftest import add_lotse

TODAY = date(2025, 7, 15)
APRIL = (date(2025, 4, 1), date(2025, 4, 30))
FIRST = 12  # the first row to fill in


@pytest.fixture
def team(db):
    set_traeger(db, TraegerData(name="Interkultureller Treffpunkt e.V."))
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    ids = {
        "01": add_lotse(db, "01", "Yılmaz", "Şükrü", qualifiziert_am=date(2024, 6, 1)),
        "02": add_lotse(db, "02", "Петренко", "Ольга", qualifiziert_am=date(2024, 6, 1)),
        "03": add_lotse(db, "03", "Nguyễn", "Thị Hương", status=Status.AUSGESCHIEDEN, austritt=date(2025, 1, 31)),
    }
    # 10 hours in January for Şükrü: 266 of his 276 hours are still free on 1 April
    record_einsatz(db, EinsatzData(ids["01"], date(2025, 1, 20), 600), today=TODAY)
    return db, ids


def generate(db, tmp_path: Path, von=APRIL[0], bis=APRIL[1], name="april.xlsx") -> Path:
    path = tmp_path / name
    write_stundenzettel(db, von, bis, path)
    return path


def einsaetze(db) -> list[tuple[str, date, int, str, str]]:
    return [(r.nr, r.datum, r.minuten, r.taetigkeit, r.bemerkung) for r in query_einsaetze(db, EinsatzFilter())]


def sheet_of(book, nr: str):
    (found,) = [ws for ws in book.worksheets if ws["B5"].value == nr]
    return found


# --- generate ------------------------------------------------------------------------------------------------
def test_one_sheet_per_active_person_with_header_cells(team, tmp_path):
    db, _ids = team
    path = generate(db, tmp_path)
    book = load_workbook(path)
    assert book.sheetnames == ["01 Yılmaz", "02 Петренко"]  # sorted by name; the ausgeschiedene Nguyễn is left out
    ws = book["01 Yılmaz"]
    assert ws["A1"].value == "Interkultureller Treffpunkt e.V."
    assert ws["A2"].value == "Stundenzettel"
    assert ws["C2"].value == "April 2025"
    assert (ws["A4"].value, ws["B4"].value) == ("Name:", "Şükrü Yılmaz")
    assert (ws["A5"].value, ws["B5"].value) == ("Lots*innen-Nr.:", "01")
    assert ws["B5"].number_format == "@"
    assert ws["B6"].value == datetime(2025, 4, 1)
    assert ws["B7"].value == datetime(2025, 4, 30)
    assert ws["B6"].number_format == "DD.MM.YYYY"
    assert ws["A8"].value.startswith("noch frei bis zur Höchstgrenze: 266,00 Std.")
    assert book["02 Петренко"]["A8"].value.startswith("noch frei bis zur Höchstgrenze: 276,00 Std.")
    assert "Bemerkung ohne Namen begleiteter Personen" in ws["A9"].value
    assert [ws.cell(11, c).value for c in range(1, 5)] == ["Datum", "Dauer (Std. oder h:mm)", "Tätigkeit", "Bemerkung"]
    assert ws.cell(FIRST, 1).number_format == "DD.MM.YYYY"
    assert ws.cell(FIRST + ROWS, 1).value == "Summe"
    assert ws.cell(FIRST + ROWS, 2).value == "=SUM(E12:E51)"
    assert ws["E12"].value.startswith("=IF(ISNUMBER(B12)")
    assert ws.column_dimensions["E"].hidden


def test_validations_and_print_setup(team, tmp_path):
    db, _ids = team
    ws = load_workbook(generate(db, tmp_path))["01 Yılmaz"]
    by_type = {dv.type: dv for dv in ws.data_validations.dataValidation}
    activities = by_type["list"]
    assert str(activities.sqref) == "C12:C51"
    for row in list_taetigkeiten(db):
        assert row.name in activities.formula1
    dates = by_type["date"]
    assert str(dates.sqref) == "A12:A51"
    assert (dates.operator, dates.formula1, dates.formula2) == ("between", "45748", "45777")  # 01.04. – 30.04.2025
    assert ws.page_setup.orientation == "portrait"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$11:$11"


def test_a_long_list_of_taetigkeiten_goes_to_the_hidden_sheet(team, tmp_path):
    db, _ids = team
    for number in range(30):
        add_taetigkeit(db, f"Begleitung zu Terminen, Nummer {number}")
    book = load_workbook(generate(db, tmp_path))
    assert book.sheetnames[-1] == "Listen"
    lists = book["Listen"]
    assert lists.sheet_state == "hidden"
    names = [row.name for row in list_taetigkeiten(db)]
    assert [lists.cell(i, 1).value for i in range(2, len(names) + 2)] == names
    (activities,) = [dv for dv in book["01 Yılmaz"].data_validations.dataValidation if dv.type == "list"]
    assert activities.formula1 == f"Listen!$A$2:$A${len(names) + 1}"


def test_sheet_titles_are_short_unique_and_without_forbidden_characters(db, tmp_path):
    add_lotse(db, "7/1", "Müller-Lüdenscheidt [Vertretung]: Sonderfall?", "Anna")
    add_lotse(db, "7-1", "Müller-Lüdenscheidt [Vertretung]: Sonderfall*", "Berta")
    book = load_workbook(generate(db, tmp_path))
    titles = book.sheetnames
    assert len(titles) == 2
    assert len({t.casefold() for t in titles}) == 2
    for title in titles:
        assert len(title) <= 31
        assert not set(title) & set("[]:*?/\\")
    assert {book[t]["B5"].value for t in titles} == {"7/1", "7-1"}


def test_only_one_person_and_the_period_checks(team, tmp_path):
    db, _ids = team
    path = tmp_path / "one.xlsx"
    assert write_stundenzettel(db, *APRIL, path, nr="02") == 1
    assert load_workbook(path).sheetnames == ["02 Петренко"]
    with pytest.raises(ServiceError, match=r"Nr\. 99 gibt es nicht"):
        write_stundenzettel(db, *APRIL, path, nr="99")
    with pytest.raises(ServiceError, match="beginnt nach seinem Ende"):
        write_stundenzettel(db, date(2025, 5, 1), date(2025, 4, 1), path)
    with pytest.raises(ServiceError, match="Jahreswechsel"):
        write_stundenzettel(db, date(2025, 12, 1), date(2026, 1, 31), path)


def test_period_labels():
    assert period_label(date(2025, 3, 1), date(2025, 3, 31)) == "März 2025"
    assert period_label(date(2025, 10, 1), date(2025, 12, 31)) == "4. Quartal 2025"
    assert period_label(date(2025, 3, 7), date(2025, 3, 31)) == "07.03.2025 – 31.03.2025"


def test_one_file_per_person_never_overwrites(team, tmp_path):
    db, _ids = team
    first = write_stundenzettel_je_person(db, *APRIL, tmp_path)
    assert [p.name for p in first] == ["Stundenzettel 2025-04 01 Yılmaz.xlsx", "Stundenzettel 2025-04 02 Петренко.xlsx"]
    assert [load_workbook(p).worksheets[0]["B5"].value for p in first] == ["01", "02"]
    again = write_stundenzettel_je_person(db, *APRIL, tmp_path)
    assert [p.name for p in again] == [
        "Stundenzettel 2025-04 01 Yılmaz (2).xlsx",
        "Stundenzettel 2025-04 02 Петренко (2).xlsx",
    ]


# --- read back -----------------------------------------------------------------------------------------------
def fill(path: Path, entries: dict[str, list[tuple]], target: Path | None = None) -> Path:
    """Type rows into the sheets (by Nr): (Datum, Dauer, Tätigkeit, Bemerkung) – values as Excel stores them."""
    book = load_workbook(path)
    for nr, rows in entries.items():
        ws = sheet_of(book, nr)
        for offset, values in enumerate(rows):
            for column, value in enumerate(values, start=1):
                cell = ws.cell(FIRST + offset, column, value)
                if isinstance(value, time):
                    cell.number_format = "h:mm"  # what Excel sets when 1:15 is typed
    target = target or path.with_name(path.stem + "_filled.xlsx")
    book.save(target)
    return target


def test_filled_in_sheets_become_einsaetze_of_the_right_people(team, tmp_path):
    db, _ids = team
    filled = fill(
        generate(db, tmp_path),
        {
            "01": [
                (datetime(2025, 4, 3), 2.5, "Schule/Kita", "Elternabend"),
                (datetime(2025, 4, 4), "2:30", "Gesundheit", None),
                ("7.4.", time(1, 15), None, None),  # a date typed without year, a duration Excel made a time
            ],
            "02": [(datetime(2025, 4, 10), 3, "Wohnen", "Wohnungsamt")],
        },
    )
    (outcome,) = import_stundenzettel(db, [filled], today=TODAY)
    assert outcome.imported, outcome.errors
    assert outcome.result.summary() == "„april_filled.xlsx“: 4 Einsätze importiert (9,25 Stunden)."
    assert [(s.title, s.nr, s.rows, s.minutes) for s in outcome.sheets] == [
        ("01 Yılmaz", "01", 3, 375),
        ("02 Петренко", "02", 1, 180),
    ]
    assert einsaetze(db) == [
        ("01", date(2025, 1, 20), 600, "", ""),
        ("01", date(2025, 4, 3), 150, "Schule/Kita", "Elternabend"),
        ("01", date(2025, 4, 4), 150, "Gesundheit", ""),
        ("01", date(2025, 4, 7), 75, "", ""),
        ("02", date(2025, 4, 10), 180, "Wohnen", "Wohnungsamt"),
    ]


def test_the_person_comes_from_the_nr_cell_not_the_sheet_title(team, tmp_path):
    db, _ids = team
    filled = fill(generate(db, tmp_path), {"02": [(datetime(2025, 4, 10), 1, None, None)]})
    book = load_workbook(filled)
    sheet_of(book, "02").title = "01 Yılmaz (Kopie)"
    book.save(filled)
    (outcome,) = import_stundenzettel(db, [filled], today=TODAY)
    assert outcome.imported
    assert [(nr, minuten) for nr, d, minuten, _t, _b in einsaetze(db) if d.month == 4] == [("02", 60)]


def test_errors_name_sheet_and_row_and_nothing_of_the_file_is_stored(team, tmp_path):
    db, _ids = team
    before = einsaetze(db)
    filled = fill(
        generate(db, tmp_path),
        {
            "01": [(datetime(2025, 4, 3), 2, None, None), (datetime(2025, 5, 2), 2, None, None)],
            "02": [(datetime(2025, 4, 10), 1, None, None), (datetime(2025, 4, 11), "zwei", None, None)],
        },
    )
    (outcome,) = import_stundenzettel(db, [filled], today=TODAY)
    assert not outcome.imported
    assert outcome.result.summary() == "Nichts importiert – 2 Fehler in „april_filled.xlsx“."
    assert outcome.errors == [
        "Blatt „01 Yılmaz“, Zeile 13: Das Datum 02.05.2025 liegt nicht im Zeitraum dieses Stundenzettels "
        "(01.04.2025 – 30.04.2025).",
        "Blatt „02 Петренко“, Zeile 13: Die Dauer „zwei“ ist nicht lesbar. Möglich sind z. B. 2,5 · 2:30 · 90 min.",
    ]
    assert einsaetze(db) == before
    assert outcome.result.undo_data is None


def test_an_unknown_nr_and_a_day_over_24_hours_across_two_sheets(team, tmp_path):
    db, _ids = team
    path = generate(db, tmp_path)
    book = load_workbook(path)
    copy = book.copy_worksheet(sheet_of(book, "01"))  # more rows needed: the sheet copied
    copy.title = "01 Yılmaz Seite 2"
    sheet_of(book, "02")["B5"] = "99"
    book.save(path)
    filled = fill(path, {"99": [(datetime(2025, 4, 10), 1, None, None)]})
    book = load_workbook(filled)
    book["01 Yılmaz"].cell(FIRST, 1, datetime(2025, 4, 8))
    book["01 Yılmaz"].cell(FIRST, 2, 14)
    book["01 Yılmaz Seite 2"].cell(FIRST, 1, datetime(2025, 4, 8))
    book["01 Yılmaz Seite 2"].cell(FIRST, 2, 12)
    book.save(filled)
    (outcome,) = import_stundenzettel(db, [filled], today=TODAY)
    assert not outcome.imported
    assert outcome.errors[0] == "Blatt „02 Петренко“, Zeile 12: Eine*n Lots*in mit der Nr. „99“ gibt es nicht."
    assert outcome.errors[1].startswith("Blatt „01 Yılmaz Seite 2“, Zeile 12: Zusammen mit den 14,00 Stunden")
    assert len(outcome.errors) == 2
    assert all(d.month != 4 for _nr, d, *_rest in einsaetze(db))


def test_a_repeated_file_is_refused_and_undo_redo_work(team, tmp_path):
    db, _ids = team
    filled = fill(generate(db, tmp_path), {"02": [(datetime(2025, 4, 10), 1.5, "Neue Tätigkeit", None)]})
    (outcome,) = import_stundenzettel(db, [filled], today=TODAY)
    assert outcome.imported
    assert outcome.result.new_taetigkeiten == ["Neue Tätigkeit"]
    (again,) = import_stundenzettel(db, [filled], today=TODAY)
    assert again.result is None
    assert "bereits am" in again.error and "nicht noch einmal importiert" in again.error
    assert len(einsaetze(db)) == 2

    revert_import(db, outcome.result)
    assert len(einsaetze(db)) == 1
    assert "Neue Tätigkeit" not in [t.name for t in list_taetigkeiten(db)]
    reapply_import(db, outcome.result)
    assert ("02", date(2025, 4, 10), 90, "Neue Tätigkeit", "") in einsaetze(db)
    revert_import(db, outcome.result)
    (third,) = import_stundenzettel(db, [filled], today=TODAY)  # after an undo the file may come in again
    assert third.imported


def test_dry_run_stores_nothing_and_several_files_are_independent(team, tmp_path):
    db, _ids = team
    good = fill(generate(db, tmp_path), {"01": [(datetime(2025, 4, 3), 2, None, None)]}, tmp_path / "gut.xlsx")
    bad = fill(generate(db, tmp_path), {"02": [(datetime(2025, 4, 3), 30, None, None)]}, tmp_path / "falsch.xlsx")
    (checked,) = import_stundenzettel(db, [good], dry_run=True, today=TODAY)
    assert not checked.imported and not checked.errors
    assert checked.result.summary().startswith("Prüfung ohne Fehler: „gut.xlsx“: 1 Einsatz (2,00 Stunden)")
    assert len(einsaetze(db)) == 1
    outcomes = import_stundenzettel(db, [bad, good], today=TODAY)
    assert [o.imported for o in outcomes] == [False, True]
    assert outcomes[0].errors == ["Blatt „02 Петренко“, Zeile 12: Die Dauer darf höchstens 24 Stunden betragen."]
    assert [(nr, d) for nr, d, *_ in einsaetze(db)] == [("01", date(2025, 1, 20)), ("01", date(2025, 4, 3))]


def test_files_without_entries_or_not_workbooks_are_refused(team, tmp_path):
    db, _ids = team
    blank = generate(db, tmp_path)
    text = tmp_path / "liste.xlsx"
    text.write_text("Nr;Datum;Stunden\n", encoding="utf-8")
    outcomes = import_stundenzettel(db, [blank, text, tmp_path / "fehlt.xlsx"], today=TODAY)
    assert [o.result for o in outcomes] == [None, None, None]
    assert outcomes[0].error == "In „april.xlsx“ ist kein Einsatz eingetragen."
    assert "keine Excel-Arbeitsmappe" in outcomes[1].error
    assert "gibt es nicht" in outcomes[2].error
    assert len(einsaetze(db)) == 1


def test_a_bemerkung_alone_is_no_einsatz_and_rows_after_the_total_are_ignored(team, tmp_path):
    db, _ids = team
    filled = fill(generate(db, tmp_path), {"02": [(datetime(2025, 4, 3), 1, None, None), (None, None, None, "Notiz")]})
    book = load_workbook(filled)
    sheet_of(book, "02")["B54"] = "Olga P."  # the signature line
    book.save(filled)
    (outcome,) = import_stundenzettel(db, [filled], today=TODAY)
    assert outcome.imported
    assert outcome.result.created == 1


# --- command line --------------------------------------------------------------------------------------------
def test_cli_create_and_import(tmp_path):
    from lotsendesk.services.database import open_database
    from tests.test_cli import lotsendesk

    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    add_lotse(db, "01", "Yılmaz", "Şükrü")
    add_lotse(db, "02", "Петренко", "Ольга")
    db.close()
    made = lotsendesk(tmp_path, "--db", str(path), "timesheet", "create", "--from", "01.04.2025", "--to", "30.04.2025")
    assert made.returncode == 2  # -o is required
    made = lotsendesk(
        tmp_path, "--db", str(path), "timesheet", "create", "--from", "1.4.2025", "--to", "30.4.2025", "-o",
        str(tmp_path / "april"),
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert (
        made.stdout.strip()
        == "„april.xlsx“ geschrieben: Stundenzettel April 2025 für 2 Lots*innen (ein Blatt je Lots*in)."
    )
    good = fill(tmp_path / "april.xlsx", {"02": [(datetime(2025, 4, 10), "1:45", None, None)]}, tmp_path / "gut.xlsx")
    bad = fill(tmp_path / "april.xlsx", {"01": [(datetime(2025, 5, 10), 1, None, None)]}, tmp_path / "falsch.xlsx")

    checked = lotsendesk(tmp_path, "--db", str(path), "timesheet", "import", str(good), "--dry-run")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("Prüfung ohne Fehler: „gut.xlsx“: 1 Einsatz (1,75 Stunden) würde importiert.")
    done = lotsendesk(tmp_path, "--db", str(path), "timesheet", "import", str(bad), str(good))
    assert done.returncode == 1
    assert "„gut.xlsx“: 1 Einsatz importiert (1,75 Stunden)." in done.stdout
    assert "1 von 2 Dateien importiert." in done.stdout
    assert "Blatt „01 Yılmaz“, Zeile 12: Das Datum 10.05.2025 liegt nicht im Zeitraum" in done.stderr
    again = lotsendesk(tmp_path, "--db", str(path), "timesheet", "import", str(good))
    assert again.returncode == 1
    assert again.stderr.startswith("Fehler: Diese Datei wurde bereits am")
    assert "importiert („gut.xlsx“)" in again.stderr
    db = open_database(path)
    try:
        assert [(r.nr, r.minuten) for r in query_einsaetze(db, EinsatzFilter())] == [("02", 105)]
    finally:
        db.close()


def test_the_same_entries_saved_again_by_a_spreadsheet_program_are_refused(team, tmp_path):
    db, _ids = team
    filled = fill(generate(db, tmp_path), {"02": [(datetime(2025, 4, 10), 2, "Wohnen", None)]})
    (outcome,) = import_stundenzettel(db, [filled], today=TODAY)
    assert outcome.imported
    book = load_workbook(filled)  # opened and saved again: other bytes, the same Einsätze, sheets reordered
    book.move_sheet("02 Петренко", offset=-1)
    book.properties.lastModifiedBy = "Excel"
    resaved = tmp_path / "nochmal.xlsx"
    book.save(resaved)
    assert resaved.read_bytes() != filled.read_bytes()
    (again,) = import_stundenzettel(db, [resaved], today=TODAY)
    assert again.result is None and "bereits am" in again.error
    changed = fill(filled, {"02": [(datetime(2025, 4, 10), 2, "Wohnen", "mit Bemerkung")]}, tmp_path / "neu.xlsx")
    (third,) = import_stundenzettel(db, [changed], dry_run=True, today=TODAY)
    assert third.result is not None and not third.errors  # another content is another import
