"""Excel workbooks (.xlsx) through the one importer: typed cells, headings below a title, sheets, the column
mapping (chosen, remembered), and every bad file refused with a German message and nothing changed."""

import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from lotsendesk.db.models import Einsatz, ImportRecord, Lotse, Meta, Taetigkeit
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzFilter, query_einsaetze
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.importer import (
    ImportCancelled,
    ImportResult,
    import_file,
    preview_file,
    remember_mapping,
    remembered_mapping,
    revert_import,
)
from lotsendesk.services.importer import source as source_module
from lotsendesk.services.lotsen import find_by_nr, get_lotse
from tests.conftest import add_lotse

TODAY = date(2025, 6, 30)
HEADER = ["Nr", "Datum", "Stunden", "Tätigkeit", "Bemerkung"]


def run(db, kind: str, path: Path, **kwargs) -> ImportResult:
    return import_file(db, kind, path, today=TODAY, **kwargs)


def workbook(path: Path, sheets: dict[str, list[list]], title: str | None = None) -> Path:
    """A workbook with one sheet per entry; ``title`` goes into a merged A1:E1 above a blank row 2 of the first
    sheet, so its rows start at Excel row 3."""
    wb = Workbook()
    wb.remove(wb.active)
    for index, (name, rows) in enumerate(sheets.items()):
        ws = wb.create_sheet(name)
        if title is not None and index == 0:
            ws["A1"] = title
            ws.merge_cells("A1:E1")
            ws.append([])
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def stored(db) -> list[tuple[str, date, int, str, str]]:
    return [(r.nr, r.datum, r.minuten, r.taetigkeit, r.bemerkung) for r in query_einsaetze(db, EinsatzFilter())]


def counts(db) -> tuple[int, ...]:
    """Lots*innen, Einsätze, Tätigkeiten, import records, meta entries – to prove that nothing was written."""
    with db.session() as s:
        models = (Lotse, Einsatz, Taetigkeit, ImportRecord, Meta)
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in models)


@pytest.fixture
def team(db):
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    add_lotse(db, "2", "Петренко", "Ольга", eintritt=date(2025, 3, 1), austritt=date(2025, 5, 31))
    add_lotse(db, "3", "Nguyễn", "Thị Hương")
    return db


# --- cells and rows --------------------------------------------------------------------------------------------


def test_typed_and_text_cells_under_a_merged_title_with_the_header_in_row_3(team, tmp_path):
    path = workbook(
        tmp_path / "maerz.xlsx",
        {
            "März": [
                HEADER,
                [1, datetime(2025, 3, 7), 2.5, "Begleitung Behörde", "Ausländerbehörde Gießen"],  # row 4
                [2, "08.03.2025", "2:30", "Schule/Kita", None],  # text date, text duration
                ["3", date(2025, 3, 10), time(1, 45), None, "Ärztin"],  # a time cell
                [3, "2025-03-11", timedelta(hours=3, minutes=15)],  # an [h]:mm duration
                [1, date(2025, 3, 12), 2],  # an integer of hours
            ]
        },
        title="Einsätze März 2025 – Verein Miteinander e. V.",
    )
    result = run(team, "einsaetze", path)
    assert result.errors == []
    assert (result.sheet, result.header_line, result.rows, result.created) == ("März", 3, 5, 5)
    assert stored(team) == [
        ("1", date(2025, 3, 7), 150, "Begleitung Behörde", "Ausländerbehörde Gießen"),
        ("2", date(2025, 3, 8), 150, "Schule/Kita", ""),
        ("3", date(2025, 3, 10), 105, "", "Ärztin"),
        ("3", date(2025, 3, 11), 195, "", ""),
        ("1", date(2025, 3, 12), 120, "", ""),
    ]
    assert result.summary() == "„maerz.xlsx“: 5 Einsätze importiert (12,00 Stunden)."


def test_row_errors_name_the_excel_row(team, tmp_path):
    path = workbook(
        tmp_path / "fehler.xlsx",
        {
            "Tabelle1": [
                HEADER,  # row 3
                [1, date(2025, 3, 7), 2.5],  # row 4: fine
                [],  # row 5: blank
                [99, date(2025, 3, 7), 1],  # row 6
                [2, "31.02.2025", 1],  # row 7
                [1, date(2025, 3, 8), "zwei"],  # row 8
            ]
        },
        title="Einsätze",
    )
    before = counts(team)
    result = run(team, "einsaetze", path)
    assert result.errors == [
        "Zeile 6: Eine*n Lots*in mit der Nr. „99“ gibt es nicht.",
        "Zeile 7: Das Datum „31.02.2025“ gibt es nicht.",
        "Zeile 8: Die Dauer „zwei“ ist nicht lesbar. Möglich sind z. B. 2,5 · 2:30 · 90 min.",
    ]
    assert result.error_rows == {
        6: ["99", "07.03.2025", "1"],
        7: ["2", "31.02.2025", "1"],
        8: ["1", "08.03.2025", "zwei"],
    }
    assert counts(team) == before


def test_lotsen_from_a_workbook_with_typed_dates_and_numbers(db, tmp_path):
    header = ["Nr", "Nachname", "Vorname", "Eintritt", "Qualifiziert am", "IBAN", "Telefon"]
    path = workbook(
        tmp_path / "lotsinnen.xlsx",
        {
            "Liste": [
                header,
                [7, "Wiśniewski", "Łukasz", datetime(2024, 2, 1), "15.03.2024", "DE89 3704 0044 0532 0130 00", None],
                ["008", "Öztürk", "Ayşe", date(2024, 5, 1), None, None, "0641 12345"],
            ]
        },
    )
    result = run(db, "lotsen", path)
    assert result.errors == []
    assert (result.created, result.header_line) == (2, 1)
    with db.session() as s:
        first, second = find_by_nr(s, "7").id, find_by_nr(s, "008").id
    lukasz, ayse = get_lotse(db, first), get_lotse(db, second)
    assert (lukasz.nachname, lukasz.eintritt, lukasz.qualifiziert_am, lukasz.iban) == (
        "Wiśniewski",
        date(2024, 2, 1),
        date(2024, 3, 15),
        "DE89370400440532013000",
    )
    assert (ayse.vorname, ayse.eintritt, ayse.telefon) == ("Ayşe", date(2024, 5, 1), "0641 12345")


def test_a_workbook_named_csv_is_read_as_a_workbook(team, tmp_path):
    path = workbook(tmp_path / "eigentlich.csv", {"Tabelle1": [HEADER, [1, date(2025, 3, 7), 1]]})
    assert run(team, "einsaetze", path).created == 1


def test_a_csv_file_may_have_a_title_line_above_its_headings(team, tmp_path):
    path = tmp_path / "titel.csv"
    path.write_bytes("Einsätze im März\r\n\r\nNr;Datum;Stunden\r\n1;07.03.2025;2,5\r\n".encode())
    result = run(team, "einsaetze", path)
    assert (result.errors, result.header_line, result.created) == ([], 3, 1)


# --- sheets -------------------------------------------------------------------------------------------------------


def two_sheets(tmp_path: Path) -> Path:
    return workbook(
        tmp_path / "jahr.xlsx",
        {
            "Januar": [HEADER, [1, date(2025, 1, 7), 1]],
            "Februar": [HEADER, [1, date(2025, 2, 7), 2], [3, date(2025, 2, 8), 3]],
        },
    )


def test_the_first_sheet_by_default_or_the_chosen_one(team, tmp_path):
    path = two_sheets(tmp_path)
    assert run(team, "einsaetze", path, dry_run=True).sheet == "Januar"
    result = run(team, "einsaetze", path, sheet="Februar")
    assert (result.sheet, result.created) == ("Februar", 2)
    assert [d for _nr, d, *_ in stored(team)] == [date(2025, 2, 7), date(2025, 2, 8)]
    # the other sheet of the same file is other data: it may be imported as well
    assert run(team, "einsaetze", path, sheet="Januar").created == 1


def test_an_unknown_sheet_names_the_sheets_there_are(team, tmp_path):
    before = counts(team)
    with pytest.raises(ServiceError) as info:
        run(team, "einsaetze", two_sheets(tmp_path), sheet="März")
    assert info.value.message == "In „jahr.xlsx“ gibt es kein Tabellenblatt „März“. Vorhanden: „Januar“, „Februar“."
    assert counts(team) == before


def test_the_sheet_name_ignores_case(team, tmp_path):
    assert run(team, "einsaetze", two_sheets(tmp_path), sheet="februar").sheet == "Februar"


def test_the_same_sheet_is_refused_again_even_when_the_workbook_was_saved_again(team, tmp_path):
    path = two_sheets(tmp_path)
    run(team, "einsaetze", path, sheet="Februar")
    later = workbook(
        tmp_path / "jahr-neu.xlsx",
        {
            "Januar": [HEADER, [1, date(2025, 1, 7), 1]],
            "Februar": [HEADER, [1, date(2025, 2, 7), 2], [3, date(2025, 2, 8), 3]],
            "März": [HEADER, [1, date(2025, 3, 7), 1]],
        },
    )
    assert later.read_bytes() != path.read_bytes()
    with pytest.raises(ServiceError, match="wurde bereits am "):
        run(team, "einsaetze", later, sheet="Februar")
    assert run(team, "einsaetze", later, sheet="März").created == 1


def test_a_csv_file_has_no_sheets(team, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes(b"Nr;Datum;Stunden\r\n1;07.03.2025;1\r\n")
    with pytest.raises(ServiceError, match="hat keine Tabellenblätter"):
        run(team, "einsaetze", path, sheet="Tabelle1")


# --- the column mapping ------------------------------------------------------------------------------------------


def custom(tmp_path: Path, name: str = "eigene.xlsx", rows: list[list] | None = None) -> Path:
    """Headings no alias knows: Lots*in (a name), Pers.-Kennung (the Nr), Einsatztag, Std. (h), Anlass."""
    header = ["Lots*in", "Pers.-Kennung", "Einsatztag", "Std. (h)", "Anlass"]
    rows = rows or [["Yılmaz", 1, date(2025, 3, 7), 1.5, "Elternabend"], ["Nguyễn", 3, date(2025, 3, 8), 2, ""]]
    return workbook(tmp_path / name, {"Tabelle1": [header, *rows]}, title="Einsätze")


MAPPING = {"nr": 1, "datum": 2, "stunden": 3, "bemerkung": 4}


def test_without_a_mapping_unknown_headings_are_refused(team, tmp_path):
    with pytest.raises(ServiceError) as info:
        run(team, "einsaetze", custom(tmp_path))
    assert info.value.message.startswith("In „eigene.xlsx“ fehlen die Spalten „Nr“, „Datum“, „Stunden“. Die Kopfzeile")


def test_an_explicit_mapping_reads_any_headings(team, tmp_path):
    result = run(team, "einsaetze", custom(tmp_path), mapping=MAPPING)
    assert (result.errors, result.header_line, result.mapping) == ([], 3, MAPPING)
    assert stored(team) == [
        ("1", date(2025, 3, 7), 90, "", "Elternabend"),
        ("3", date(2025, 3, 8), 120, "", ""),
    ]


def test_an_explicit_mapping_overrides_the_guess(team, tmp_path):
    # "Stunden" would be guessed; the user says the hours are in "Std. laut Zettel" instead
    path = workbook(
        tmp_path / "zwei.xlsx",
        {"T": [["Nr", "Datum", "Stunden", "Std. laut Zettel"], [1, date(2025, 3, 7), 9, 2.5]]},
    )
    result = run(team, "einsaetze", path, mapping={"nr": 0, "datum": 1, "stunden": 3})
    assert result.errors == [] and stored(team)[0][2] == 150


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"nr": 1, "datum": 2}, "Für „Stunden“ ist keine Spalte gewählt. Bitte eine Spalte zuordnen."),
        ({"nr": 1}, "Für „Datum“, „Stunden“ sind keine Spalten gewählt. Bitte Spalten zuordnen."),
        (
            {"nr": 1, "datum": 2, "stunden": 2},
            "Die Spalte „Einsatztag“ ist „Datum“ und „Stunden“ zugeordnet. Jede Spalte kann nur ein Feld füllen.",
        ),
        ({"nr": 1, "datum": 2, "stunden": 3, "wer": 0}, "Unbekanntes Feld „wer“ in der Spaltenzuordnung."),
    ],
)
def test_a_mapping_must_name_each_required_field_once(team, tmp_path, mapping, message):
    before = counts(team)
    with pytest.raises(ServiceError) as info:
        run(team, "einsaetze", custom(tmp_path), mapping=mapping)
    assert info.value.message == message
    assert counts(team) == before


def test_a_used_mapping_is_remembered_for_the_next_file_with_the_same_headings(team, tmp_path):
    header = ["Lots*in", "Pers.-Kennung", "Einsatztag", "Std. (h)", "Anlass"]
    assert remembered_mapping(team, "einsaetze", header) is None
    run(team, "einsaetze", custom(tmp_path), mapping=MAPPING)
    assert remembered_mapping(team, "einsaetze", header) == MAPPING
    # case, blanks, punctuation and trailing empty cells do not count
    similar = ["LOTS*IN ", "Pers. Kennung", "einsatztag", "Std (h)", "Anlass", ""]
    assert remembered_mapping(team, "einsaetze", similar) == MAPPING
    assert remembered_mapping(team, "lotsen", header) is None  # per kind
    with team.session() as s:
        (key,) = s.scalars(select(Meta.key).where(Meta.key.like("import.mapping.%")))
        assert key.startswith("import.mapping.einsaetze.") and len(key) <= 64
        assert json.loads(s.get(Meta, key).value) == MAPPING

    april = custom(tmp_path, "april.xlsx", [["Yılmaz", 1, date(2025, 4, 2), 3, "Schule"]])
    preview = preview_file(team, "einsaetze", april)
    assert (preview.mapping, preview.remembered, preview.header_line) == (MAPPING, True, 3)
    result = run(team, "einsaetze", april)  # no mapping given: the remembered one is used
    assert result.errors == [] and stored(team)[-1] == ("1", date(2025, 4, 2), 180, "", "Schule")


def test_a_dry_run_or_a_refused_file_remembers_nothing(team, tmp_path):
    header = ["Lots*in", "Pers.-Kennung", "Einsatztag", "Std. (h)", "Anlass"]
    run(team, "einsaetze", custom(tmp_path), mapping=MAPPING, dry_run=True)
    bad = custom(tmp_path, "bad.xlsx", [["X", 99, date(2025, 3, 7), 1, ""]])
    assert run(team, "einsaetze", bad, mapping=MAPPING).errors
    assert remembered_mapping(team, "einsaetze", header) is None


def test_remember_mapping_checks_the_mapping(team):
    with pytest.raises(ServiceError, match="Für „Stunden“ ist keine Spalte gewählt"):
        remember_mapping(team, "einsaetze", ["a", "b"], {"nr": 0, "datum": 1})
    remember_mapping(team, "einsaetze", ["a", "b", "c"], {"nr": 0, "datum": 1, "stunden": 2})
    assert remembered_mapping(team, "einsaetze", ["A", "B", "C"]) == {"nr": 0, "datum": 1, "stunden": 2}


def test_the_heading_row_of_a_remembered_mapping_is_found_below_a_wide_title(team, tmp_path):
    rows = [["Verein Miteinander", "", "Stand:", "01.04.2025"], ["Lots*in", "Kennung", "Tag", "Std. (h)"]]
    rows += [["Yılmaz", 1, date(2025, 3, 7), 1.5]]
    path = workbook(tmp_path / "breit.xlsx", {"T": rows})
    with pytest.raises(ServiceError):
        run(team, "einsaetze", path)  # "Tag" is a known heading, but Nr and Stunden are not
    remember_mapping(team, "einsaetze", rows[1], {"nr": 1, "datum": 2, "stunden": 3})
    result = run(team, "einsaetze", path)
    assert (result.errors, result.header_line, result.created) == ([], 2, 1)


# --- the preview --------------------------------------------------------------------------------------------------


def test_preview_shows_sheets_heading_row_first_rows_and_the_guess(team, tmp_path):
    rows = [[1, date(2025, 1, 1) + timedelta(days=i), "2:30", "Wohnen"] for i in range(30)]
    path = workbook(
        tmp_path / "vorschau.xlsx",
        {"Einsätze": [HEADER[:4], *rows], "Notizen": [["nichts"]]},
        title="Einsätze 2025",
    )
    before = counts(team)
    preview = preview_file(team, "einsaetze", path)
    assert (preview.format, preview.sheets, preview.sheet) == ("xlsx", ["Einsätze", "Notizen"], "Einsätze")
    assert (preview.header_line, preview.header) == (3, ["Nr", "Datum", "Stunden", "Tätigkeit"])
    assert len(preview.rows) == 20 and preview.columns == 4
    assert preview.rows[0] == (4, ["1", "01.01.2025", "2:30", "Wohnen"])
    assert preview.rows[-1][0] == 23
    assert preview.mapping == {"nr": 0, "datum": 1, "stunden": 2, "taetigkeit": 3}
    assert not preview.remembered
    assert counts(team) == before


def test_preview_does_not_refuse_missing_columns_but_import_does(team, tmp_path):
    path = custom(tmp_path)
    preview = preview_file(team, "einsaetze", path)
    assert preview.mapping == {} and preview.header_line == 3 and len(preview.rows) == 2


def test_preview_of_a_csv_file(team, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes("Nr;Datum;Dauer;Notiz\r\n1;07.03.2025;2,5;Gießen\r\n".encode("cp1252"))
    preview = preview_file(team, "einsaetze", path)
    assert (preview.format, preview.sheets, preview.sheet, preview.header_line) == ("csv", [], None, 1)
    assert preview.rows == [(2, ["1", "07.03.2025", "2,5", "Gießen"])]
    assert preview.mapping == {"nr": 0, "datum": 1, "stunden": 2, "bemerkung": 3}


# --- bad files: a German message, nothing changed -------------------------------------------------------------


def xlsx_bytes(rows: list[list]) -> bytes:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def not_a_workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notizen.txt", "nur Text")
    return buffer.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (xlsx_bytes([]), "Das Tabellenblatt „Sheet“ in „datei.xlsx“ ist leer."),
        (xlsx_bytes([[None, None], [" "]]), "Das Tabellenblatt „Sheet“ in „datei.xlsx“ ist leer."),
        (xlsx_bytes([HEADER]), "Das Tabellenblatt „Sheet“ in „datei.xlsx“ enthält nur die Kopfzeile und keine Daten."),
        (xlsx_bytes([["Nr", "Name"], [1, "A"]]), "In „datei.xlsx“ fehlen die Spalten „Datum“, „Stunden“."),
        (
            OLE + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50 + "EncryptedPackage".encode("utf-16-le"),
            "„datei.xlsx“ ist mit einem Kennwort geschützt und kann nicht gelesen werden.",
        ),
        (OLE + "Workbook".encode("utf-16-le"), "„datei.xlsx“ ist eine Arbeitsmappe im alten Excel-Format (.xls)."),
        (xlsx_bytes([HEADER, [1, "07.03.2025", 1]])[:3000], "„datei.xlsx“ kann nicht als Excel-Arbeitsmappe gelesen"),
        (not_a_workbook(), "„datei.xlsx“ kann nicht als Excel-Arbeitsmappe gelesen werden – sie ist beschädigt"),
        (b"PK\x03\x04 kaputt", "„datei.xlsx“ kann nicht als Excel-Arbeitsmappe gelesen werden"),
        (
            b"PK\x03\x04\x14\x00\x00\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
            "„datei.xlsx“ ist eine OpenDocument-Tabelle (LibreOffice).",
        ),
    ],
)
def test_bad_workbooks_are_refused_with_a_german_message(team, tmp_path, content, message):
    path = tmp_path / "datei.xlsx"
    path.write_bytes(content)
    before = counts(team)
    with pytest.raises(ServiceError) as info:
        run(team, "einsaetze", path)
    assert info.value.message.startswith(message)
    assert counts(team) == before
    if "nur die Kopfzeile" not in message and "fehlen" not in message:
        with pytest.raises(ServiceError) as info:
            preview_file(team, "einsaetze", path)
        assert info.value.message.startswith(message)


def test_an_empty_first_sheet_points_to_the_others(team, tmp_path):
    path = workbook(tmp_path / "mappe.xlsx", {"Tabelle1": [], "Daten": [HEADER, [1, date(2025, 3, 7), 1]]})
    with pytest.raises(ServiceError) as info:
        run(team, "einsaetze", path)
    assert info.value.message == (
        "Das Tabellenblatt „Tabelle1“ in „mappe.xlsx“ ist leer. Bitte ein anderes wählen: „Daten“."
    )


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(team, tmp_path, monkeypatch):
    path = workbook(tmp_path / "gross.xlsx", {"T": [HEADER, [1, date(2025, 3, 7), 1]]})
    monkeypatch.setattr(source_module, "MAX_FILE_BYTES", path.stat().st_size - 1)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read although too big"))
    with pytest.raises(ServiceError) as info:
        run(team, "einsaetze", path)
    assert info.value.message.startswith("„gross.xlsx“ ist 0 MB groß; importiert werden Dateien bis 0 MB.")


def test_the_limit_is_50_mb():
    assert source_module.MAX_FILE_BYTES == 50 * 1024 * 1024


def test_a_progress_callback_sees_the_rows_and_can_cancel(team, tmp_path):
    rows = [[1 + i % 3, date(2025, 3, 1) + timedelta(days=i % 60), 0.25] for i in range(4500)]
    path = workbook(tmp_path / "viele.xlsx", {"T": [HEADER[:3], *rows]})

    def cancel(done, total):
        raise ImportCancelled

    before = counts(team)
    with pytest.raises(ImportCancelled, match="abgebrochen; es wurde nichts gespeichert"):
        run(team, "einsaetze", path, progress=cancel)
    assert counts(team) == before
    seen: list[tuple[int, int | None]] = []
    result = run(team, "einsaetze", path, dry_run=True, progress=lambda done, total: seen.append((done, total)))
    assert result.errors == [] and result.created == 4500
    assert [done for done, _total in seen] == [2000, 4000]


def test_undo_of_a_workbook_import(team, tmp_path):
    result = run(team, "einsaetze", two_sheets(tmp_path), sheet="Februar")
    revert_import(team, result)
    assert stored(team) == []


def test_a_workbook_changed_after_the_check_is_read_again_for_the_import(team, tmp_path):
    path = workbook(tmp_path / "liste.xlsx", {"T": [HEADER, [1, date(2025, 3, 7), 1]]})
    assert run(team, "einsaetze", path, dry_run=True).created == 1
    workbook(path, {"T": [HEADER, [1, date(2025, 3, 7), 1], [3, date(2025, 3, 8), 2]]})  # saved again in Excel
    result = run(team, "einsaetze", path)
    assert (result.created, result.minutes) == (2, 180)


# --- the command line -------------------------------------------------------------------------------------------


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LOTSENDESK_DATA_DIR": str(tmp_path / "userdata"), "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "lotsendesk", "--db", str(tmp_path / "verein.sqlite"), "import", *args]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=60, check=False)


@pytest.fixture
def closed_team(tmp_path: Path) -> Path:
    db = open_database(tmp_path / "verein.sqlite")
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    add_lotse(db, "3", "Nguyễn", "Thị Hương")
    db.close()
    return tmp_path / "verein.sqlite"


def test_cli_imports_the_chosen_sheet(tmp_path, closed_team):
    path = two_sheets(tmp_path)
    checked = cli(tmp_path, "einsaetze", str(path), "--sheet", "Februar", "--dry-run")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == "Prüfung ohne Fehler: „jahr.xlsx“: 2 Einsätze (5,00 Stunden) würden importiert."
    done = cli(tmp_path, "einsaetze", str(path), "--sheet", "Februar")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "„jahr.xlsx“: 2 Einsätze importiert (5,00 Stunden)."
    db = open_database(closed_team)
    try:
        assert [(r.nr, r.datum) for r in query_einsaetze(db, EinsatzFilter())] == [
            ("1", date(2025, 2, 7)),
            ("3", date(2025, 2, 8)),
        ]
    finally:
        db.close()


def test_cli_names_the_sheets_when_the_sheet_is_unknown(tmp_path, closed_team):
    proc = cli(tmp_path, "einsaetze", str(two_sheets(tmp_path)), "--sheet", "März")
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        "Fehler: In „jahr.xlsx“ gibt es kein Tabellenblatt „März“. Vorhanden: „Januar“, „Februar“."
    )


def test_cli_lists_row_errors_with_excel_rows(tmp_path, closed_team):
    path = workbook(tmp_path / "maerz.xlsx", {"März": [HEADER, [2, date(2025, 3, 7), 1]]}, title="Einsätze")
    proc = cli(tmp_path, "einsaetze", str(path))
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "Nichts importiert – 1 Fehler in „maerz.xlsx“, Blatt „März“:",
        "  Zeile 4: Eine*n Lots*in mit der Nr. „2“ gibt es nicht.",
    ]


def test_cli_refuses_an_old_xls_file(tmp_path, closed_team):
    path = tmp_path / "alt.xls"
    path.write_bytes(OLE + "Workbook".encode("utf-16-le"))
    proc = cli(tmp_path, "lotsen", str(path))
    assert proc.returncode == 1 and "im alten Excel-Format (.xls)" in proc.stderr


def test_a_total_row_under_the_table_is_not_an_einsatz(db, tmp_path):
    """An export's "Summe" row, once Excel has saved its value, has text and a number but no Nr."""
    add_lotse(db, "7", "Demir", "Elif")
    book = Workbook()
    sheet = book.active
    sheet.append(["Datum", "Nr", "Stunden", "Tätigkeit"])
    sheet.append([datetime(2025, 3, 7), "7", 2.5, "Schule/Kita"])
    sheet.append([datetime(2025, 3, 8), "7", 1.0, "Schule/Kita"])
    sheet.append(["Summe", None, 3.5, None])
    path = tmp_path / "mit_summe.xlsx"
    book.save(path)
    result = import_file(db, "einsaetze", path)
    assert result.errors == []
    assert sorted(e.minuten for e in query_einsaetze(db, EinsatzFilter())) == [60, 150]
