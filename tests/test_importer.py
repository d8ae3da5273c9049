"""The CSV importer: every Excel dialect, every row error with its line, all or nothing, undo/redo."""

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lotsendesk.db.models import Einsatz, ImportRecord, Lotse, Taetigkeit
from lotsendesk.domain.lotse_record import RolleAb
from lotsendesk.domain.people import Rolle
from lotsendesk.services.einsaetze import EinsatzData, EinsatzFilter, query_einsaetze, record_einsatz
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.importer import ImportResult, import_file, reapply_import, revert_import
from lotsendesk.services.lotsen import find_by_nr, get_lotse, update_lotse
from tests.conftest import add_lotse

DATA = Path(__file__).parent / "data" / "import"
TODAY = date(2025, 6, 30)


def run(db, kind: str, path: Path, **kwargs) -> ImportResult:
    return import_file(db, kind, path, today=TODAY, **kwargs)


def write(folder: Path, text: str, name: str = "liste.csv", encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def stored(db) -> list[tuple[str, date, int, str, str]]:
    return [(r.nr, r.datum, r.minuten, r.taetigkeit, r.bemerkung) for r in query_einsaetze(db, EinsatzFilter())]


def counts(db) -> tuple[int, int, int, int]:
    """Lots*innen, Einsätze, Tätigkeiten, import records – to prove that nothing was written."""
    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (Lotse, Einsatz, Taetigkeit, ImportRecord))


def lotse_id(db, nr: str) -> int:
    with db.session() as s:
        return find_by_nr(s, nr).id


@pytest.fixture
def team(db):
    """Nr 1–4 as in the sample files; Nr 2 only from March to May 2025; Nr 4 qualified in May 2025."""
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    add_lotse(db, "2", "Петренко", "Ольга", eintritt=date(2025, 3, 1), austritt=date(2025, 5, 31))
    add_lotse(db, "3", "Nguyễn", "Thị Hương")
    add_lotse(db, "4", "Wiśniewski", "Łukasz", qualifiziert_am=date(2025, 5, 1))
    return db


# --- Einsätze: the dialects Excel and other tools write ------------------------------------------


def test_excel_utf8_with_bom_semicolon_crlf_and_decimal_comma(team):
    result = run(team, "einsaetze", DATA / "einsaetze_excel_utf8_bom.csv")
    assert result.errors == []
    assert stored(team) == [
        ("1", date(2025, 3, 7), 150, "Begleitung Behörde", "Ausländerbehörde Gießen"),
        ("2", date(2025, 3, 7), 105, "Schule/Kita", "Elterngespräch"),
        ("3", date(2025, 3, 10), 180, "Gesundheit", "Ärztin, Übersetzung"),
    ]
    assert result.summary() == "„einsaetze_excel_utf8_bom.csv“: 3 Einsätze importiert (7,25 Stunden)."


def test_windows_1252_umlauts_and_case_insensitive_taetigkeit(team):
    result = run(team, "einsaetze", DATA / "einsaetze_cp1252.csv")
    assert result.errors == [] and result.new_taetigkeiten == []
    assert stored(team) == [
        ("1", date(2025, 2, 3), 90, "Begleitung Behörde", "Bürgeramt Wetzlar – Anmeldung"),
        ("2", date(2025, 3, 4), 120, "Wohnen", "Wohnungsbesichtigung mit Frau Öztürk"),
    ]


def test_comma_separated_english_headers_iso_dates_decimal_point(team):
    result = run(team, "einsaetze", DATA / "einsaetze_comma_iso.csv")
    assert result.errors == []
    assert stored(team) == [
        ("1", date(2025, 3, 7), 150, "Schule/Kita", "Elternabend, Dolmetschen"),
        ("2", date(2025, 3, 8), 45, "", ""),
    ]


def test_tab_separated_with_hours_and_minutes(team):
    result = run(team, "einsaetze", DATA / "einsaetze_tab_hmm.csv")
    assert result.errors == []
    assert [(nr, minuten) for nr, _d, minuten, _t, _b in stored(team)] == [("1", 150), ("2", 45), ("3", 605)]


def test_trailing_empty_lines_and_columns_are_ignored(team):
    result = run(team, "einsaetze", DATA / "einsaetze_trailing_empty.csv")
    assert (result.errors, result.rows, result.created) == ([], 2, 2)


def test_quoted_fields_keep_separators_quotes_and_line_breaks(team, tmp_path):
    good = tmp_path / "gut.csv"
    good.write_bytes((DATA / "einsaetze_quoted.csv").read_bytes().rsplit(b'"3"', 1)[0])  # without the bad last row
    result = run(team, "einsaetze", good)
    assert result.errors == []
    assert [b for *_rest, b in stored(team)] == [
        'Elternabend; danach "Sprechstunde"',
        "Zwei Zeilen:\nBesichtigung und Mietvertrag",
    ]


def test_line_numbers_count_physical_lines_after_a_multi_line_field(team):
    # Lines 3–4 are one record (a quoted line break), so the bad date is on physical line 5, not "row 4".
    result = run(team, "einsaetze", DATA / "einsaetze_quoted.csv")
    assert result.errors == ["Zeile 5: Das Datum „31.02.2025“ gibt es nicht."]


def test_utf16_unicode_text_from_excel(team, tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("Nr\tDatum\tStunden\n1\t07.03.2025\t2,5\n".replace("\n", "\r\n").encode("utf-16"))
    assert run(team, "einsaetze", path).created == 1


def test_leading_zeros_dropped_by_excel_still_find_the_person(db, tmp_path):
    add_lotse(db, "007", "Bond", "Jamie")
    result = run(db, "einsaetze", write(tmp_path, "Nr;Datum;Stunden\n7;07.03.2025;1\n"))
    assert result.errors == [] and stored(db)[0][0] == "007"


def test_unknown_taetigkeit_is_created_and_named_in_the_summary(team, tmp_path):
    path = write(tmp_path, "Nr;Datum;Stunden;Tätigkeit\n1;07.03.2025;2;Dolmetschen\n2;07.03.2025;1;dolmetschen\n")
    result = run(team, "einsaetze", path)
    assert result.new_taetigkeiten == ["Dolmetschen"]
    assert {t for *_r, t, _b in stored(team)} == {"Dolmetschen"}
    assert result.summary().endswith("Neu angelegte Tätigkeit: „Dolmetschen“.")


# --- Einsätze: every row error with its line --------------------------------------------------------


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_written(team):
    record_einsatz(team, EinsatzData(lotse_id(team, "3"), date(2025, 3, 12), 22 * 60), today=TODAY)
    before = counts(team)
    result = run(team, "einsaetze", DATA / "einsaetze_errors.csv")
    expected = {
        3: "Eine*n Lots*in mit der Nr. „99“ gibt es nicht.",
        4: "Das Datum „31.02.2025“ gibt es nicht.",
        5: "Die Dauer „zwei“ ist nicht lesbar.",
        6: "Die Dauer muss größer als 0 sein.",
        7: "Die Dauer darf höchstens 24 Stunden betragen.",
        8: "Das Datum 01.07.2025 liegt in der Zukunft.",
        9: "Das Datum liegt vor dem Eintritt am 01.03.2025.",
        10: "Das Datum liegt nach dem Austritt am 31.05.2025.",
        12: "Zusammen mit den 20,00 Stunden, die am 11.03.2025 schon erfasst sind, wären es mehr als 24 Stunden",
        13: "Zusammen mit den 22,00 Stunden, die am 12.03.2025 schon erfasst sind, wären es mehr als 24 Stunden",
    }
    assert len(result.errors) == len(expected)
    for message, (line, text) in zip(result.errors, expected.items(), strict=True):
        assert message.startswith(f"Zeile {line}: {text}"), message
    assert "(Davon aus dieser Datei: Zeile 11.)" in result.errors[-2]
    assert counts(team) == before  # not even the valid rows 2, 11 and 14, nor the new Tätigkeit


def test_hours_before_the_qualification_date_are_accepted(team, tmp_path):
    result = run(team, "einsaetze", write(tmp_path, "Nr;Datum;Stunden\n4;05.03.2025;2\n"))
    assert result.errors == [] and result.created == 1


def test_24_hours_exactly_on_one_day_across_rows_is_fine(team, tmp_path):
    result = run(team, "einsaetze", write(tmp_path, "Nr;Datum;Stunden\n1;07.03.2025;20\n1;07.03.2025;4:00\n"))
    assert result.errors == []


def test_a_decimal_comma_that_split_a_comma_row_is_caught(team, tmp_path):
    result = run(team, "einsaetze", write(tmp_path, "Nr,Datum,Stunden\n1,07.03.2025,2,5\n"))
    assert result.errors == [
        "Zeile 2: „5“ steht in Spalte 4, die keine Überschrift hat. Enthält eine Zahl ein Komma? Dann die Zelle "
        "in Anführungszeichen setzen oder ; als Trennzeichen verwenden."
    ]


def test_missing_nr_and_empty_duration_are_row_errors(team, tmp_path):
    result = run(team, "einsaetze", write(tmp_path, "Nr;Datum;Stunden\n;07.03.2025;2\n1;07.03.2025;\n"))
    assert result.errors == [
        "Zeile 2: Die Nr. der Lots*in fehlt.",
        "Zeile 3: Bitte eine Dauer angeben, z. B. 2,5 oder 2:30.",
    ]


# --- file-level problems ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "ist leer"),
        (b"\r\n;;;\r\n", "ist leer"),
        (b'""\r\n""\r\n', "ist leer"),
        (b"Nr;Datum;Stunden\r\n", "nur die Kopfzeile"),
        (b"Nr;Nachname;Vorname\r\n1;A;B\r\n", "fehlen die Spalten „Datum“, „Stunden“"),
        (b"Nr;Datum;Dauer von\r\n1;07.03.2025;2\r\n", "fehlt die Spalte „Stunden“"),
        (b"Nummer;Tag\r\n1;07.03.2025\r\n", "fehlt die Spalte „Stunden“"),
        (b"Nr;Datum;Stunden;Dauer\r\n1;07.03.2025;2;2\r\n", "gibt es die Spalte „Dauer“ zweimal"),
        (b"PK\x03\x04xlsx", "kann nicht als Excel-Arbeitsmappe gelesen werden"),  # a broken workbook, not CSV
    ],
)
def test_file_level_problems_raise_a_german_message(team, tmp_path, content, message):
    path = tmp_path / "datei.csv"
    path.write_bytes(content)
    with pytest.raises(ServiceError, match=message):
        run(team, "einsaetze", path)


def test_a_missing_file_is_named(db, tmp_path):
    with pytest.raises(ServiceError, match="gibt es nicht"):
        run(db, "einsaetze", tmp_path / "weg.csv")


def test_the_same_file_is_refused_a_second_time_even_renamed(team, tmp_path):
    run(team, "einsaetze", DATA / "einsaetze_excel_utf8_bom.csv")
    copy = tmp_path / "kopie.csv"
    copy.write_bytes((DATA / "einsaetze_excel_utf8_bom.csv").read_bytes())
    with pytest.raises(ServiceError) as info:
        run(team, "einsaetze", copy)
    assert info.value.message.startswith("Diese Datei wurde bereits am ")
    assert "(„einsaetze_excel_utf8_bom.csv“); sie wird nicht noch einmal importiert, damit nichts doppelt" in (
        info.value.message
    )
    assert len(stored(team)) == 3


def test_dry_run_checks_everything_but_writes_nothing(team):
    before = counts(team)
    result = run(team, "einsaetze", DATA / "einsaetze_excel_utf8_bom.csv", dry_run=True)
    assert result.summary() == (
        "Prüfung ohne Fehler: „einsaetze_excel_utf8_bom.csv“: 3 Einsätze (7,25 Stunden) würden importiert."
    )
    assert counts(team) == before and result.import_id is None
    assert run(team, "einsaetze", DATA / "einsaetze_excel_utf8_bom.csv").created == 3  # no record was left


def test_dry_run_reports_the_same_errors(team):
    result = run(team, "einsaetze", DATA / "einsaetze_errors.csv", dry_run=True)
    assert len(result.errors) == 9  # no existing 22 h for Nr 3 here, so line 13 is fine


def test_ten_thousand_rows_in_one_go(db, tmp_path):
    for nr in range(1, 51):
        add_lotse(db, str(nr), f"Name {nr}")
    lines = ["Nr;Datum;Stunden;Tätigkeit"]
    lines += [f"{i % 50 + 1};{date(2024, 1, 1) + timedelta(days=i // 50):%d.%m.%Y};1,5;Wohnen" for i in range(10_000)]
    result = run(db, "einsaetze", write(tmp_path, "\n".join(lines)))
    assert (result.errors, result.created, result.minutes) == ([], 10_000, 15_000 * 60)
    with db.session() as s:
        assert s.scalar(select(func.count()).where(Einsatz.import_id == result.import_id)) == 10_000


# --- Lots*innen -----------------------------------------------------------------------------------


def test_names_in_every_script_survive(db):
    result = run(db, "lotsen", DATA / "lotsen_excel_utf8_bom.csv")
    assert result.summary() == "„lotsen_excel_utf8_bom.csv“: 4 Lots*innen importiert (4 neu, 0 aktualisiert)."
    names = {nr: (get_lotse(db, lotse_id(db, nr)).nachname, get_lotse(db, lotse_id(db, nr)).vorname) for nr in "1234"}
    assert names == {
        "1": ("Yılmaz", "Şükrü"),
        "2": ("Петренко", "Ольга"),
        "3": ("Nguyễn", "Thị Hương"),
        "4": ("Wiśniewski", "Łukasz"),
    }
    first = get_lotse(db, lotse_id(db, "1"))
    assert (first.qualifiziert_am, first.eintritt, first.iban) == (
        date(2024, 3, 15),
        date(2024, 2, 1),
        "DE89370400440532013000",
    )
    assert get_lotse(db, lotse_id(db, "4")).austritt == date(2024, 12, 31)


def test_role_words_map_to_the_two_roles(db):
    run(db, "lotsen", DATA / "lotsen_excel_utf8_bom.csv")
    run(db, "lotsen", DATA / "lotsen_cp1252.csv")
    roles = {nr: get_lotse(db, lotse_id(db, nr)).rollen for nr in ("1", "2", "3", "4", "10", "11", "12")}
    lotsin, koord = (RolleAb(Rolle.LOTSIN),), (RolleAb(Rolle.KOORDINIEREND),)
    assert roles == {"1": lotsin, "2": lotsin, "3": koord, "4": lotsin, "10": koord, "11": lotsin, "12": koord}


def test_windows_1252_lotsen_list(db):
    run(db, "lotsen", DATA / "lotsen_cp1252.csv")
    jurgen = get_lotse(db, lotse_id(db, "10"))
    assert (jurgen.nachname, jurgen.vorname, jurgen.telefon) == ("Müller", "Jürgen", "06441 9876")
    assert get_lotse(db, lotse_id(db, "12")).nachname == "Gößmann"


def test_english_headers_comma_and_iso_dates(db):
    result = run(db, "lotsen", DATA / "lotsen_english_comma.csv")
    assert result.errors == []
    ann = get_lotse(db, lotse_id(db, "20"))
    assert (ann.nachname, ann.qualifiziert_am, ann.eintritt, ann.telefon) == (
        "Smith",
        date(2024, 5, 1),
        date(2024, 4, 1),
        "+49 641 1,2",
    )
    assert get_lotse(db, lotse_id(db, "21")).austritt == date(2024, 12, 31)


def test_existing_nr_is_updated_and_empty_cells_keep_stored_values(db, tmp_path):
    add_lotse(db, "1", "Yilmaz", "Sukru", email="alt@example.org", telefon="0641 1")
    path = write(tmp_path, "Nr;Nachname;Vorname;E-Mail;Telefon\n1;Yılmaz;Şükrü;;0641 2\n5;Neu;Nina;;\n")
    result = run(db, "lotsen", path)
    assert (result.created, result.updated) == (1, 1)
    assert result.summary() == "„liste.csv“: 2 Lots*innen importiert (1 neu, 1 aktualisiert)."
    person = get_lotse(db, lotse_id(db, "1"))
    assert (person.nachname, person.vorname, person.email, person.telefon) == (
        "Yılmaz",
        "Şükrü",
        "alt@example.org",
        "0641 2",
    )


def test_unchanged_people_are_counted_separately(db, tmp_path):
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    result = run(db, "lotsen", write(tmp_path, "Nr;Nachname;Vorname\n1;Yılmaz;Şükrü\n"))
    assert (result.created, result.updated, result.unchanged) == (0, 0, 1)
    assert result.summary().endswith("(0 neu, 0 aktualisiert, 1 unverändert).")


def test_rolle_ab_adds_a_dated_change_and_keeps_the_history(db):
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    run(db, "lotsen", DATA / "lotsen_rolle_ab.csv")
    assert get_lotse(db, lotse_id(db, "1")).rollen == (
        RolleAb(Rolle.LOTSIN, None),
        RolleAb(Rolle.KOORDINIEREND, date(2025, 7, 1)),
    )


def test_rolle_without_date_describes_the_person_from_the_start(db, tmp_path):
    history = (RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, date(2025, 1, 1)))
    add_lotse(db, "1", "Yılmaz", "Şükrü", rollen=history)
    add_lotse(db, "2", "Petrenko", "Olha", rollen=history)
    run(
        db,
        "lotsen",
        write(tmp_path, "Nr;Nachname;Vorname;Rolle\n1;Yılmaz;Şükrü;Koordination\n2;Petrenko;Olha;Lotsin\n"),
    )
    assert get_lotse(db, lotse_id(db, "1")).rollen == history  # today's role confirmed: dated history kept
    assert get_lotse(db, lotse_id(db, "2")).rollen == (RolleAb(Rolle.LOTSIN),)  # a different role replaces it


def test_rolle_ab_without_rolle_is_an_error(db, tmp_path):
    result = run(db, "lotsen", write(tmp_path, "Nr;Nachname;Vorname;Rolle;Rolle ab\n1;A;B;;01.07.2025\n"))
    assert result.errors == ["Zeile 2: „Rolle ab“ ist angegeben, aber keine Rolle."]


def test_lotsen_row_errors_with_their_lines_and_nothing_written(db):
    before = counts(db)
    result = run(db, "lotsen", DATA / "lotsen_errors.csv")
    expected = {
        3: "Bitte den Nachnamen angeben.",
        4: "Das Datum „31.02.2024“ gibt es nicht (Spalte „Eintritt“).",
        5: "Der Austritt liegt vor dem Eintritt am 01.06.2024.",
        6: "Die Nr. „30“ steht schon in Zeile 2.",
        7: "„emil-at-example.org“ ist keine E-Mail-Adresse.",
        8: "Die IBAN „DE00123456789012345678“ ist ungültig",
        9: "Die Rolle „Chefin“ ist unbekannt",
    }
    assert len(result.errors) == len(expected)
    for message, (line, text) in zip(result.errors, expected.items(), strict=True):
        assert message.startswith(f"Zeile {line}: {text}"), message
    assert counts(db) == before


def test_eintritt_cannot_move_past_recorded_einsaetze(db, tmp_path):
    lid = add_lotse(db, "1", "Yılmaz", "Şükrü")
    record_einsatz(db, EinsatzData(lid, date(2024, 3, 1), 60), today=TODAY)
    result = run(db, "lotsen", write(tmp_path, "Nr;Nachname;Vorname;Eintritt\n1;Yılmaz;Şükrü;01.04.2024\n"))
    assert result.errors == [
        "Zeile 2: Es gibt schon Einsätze ab dem 01.03.2024; der Eintritt kann nicht später liegen."
    ]


# --- undo / redo ------------------------------------------------------------------------------------


def test_undo_removes_exactly_the_imported_einsaetze_and_redo_restores_them(team, tmp_path):
    record_einsatz(team, EinsatzData(lotse_id(team, "1"), date(2025, 1, 2), 60), today=TODAY)
    path = write(tmp_path, "Nr;Datum;Stunden;Tätigkeit\n1;07.03.2025;2;Dolmetschen\n2;08.03.2025;1,5;Wohnen\n")
    result = run(team, "einsaetze", path)
    with team.session() as s:
        imported_ids = sorted(s.scalars(select(Einsatz.id).where(Einsatz.import_id == result.import_id)))
    revert_import(team, result)
    assert stored(team) == [("1", date(2025, 1, 2), 60, "", "")]
    with team.session() as s:
        assert s.scalar(select(Taetigkeit).where(Taetigkeit.name == "Dolmetschen")) is None
        assert s.scalar(select(func.count()).select_from(ImportRecord)) == 0
    reapply_import(team, result)
    with team.session() as s:
        assert sorted(s.scalars(select(Einsatz.id).where(Einsatz.import_id == result.import_id))) == imported_ids
    assert {t for *_r, t, _b in stored(team)} == {"", "Dolmetschen", "Wohnen"}
    with pytest.raises(ServiceError, match="bereits"):  # the redone import is on record again
        run(team, "einsaetze", path)


def test_after_undo_the_same_file_can_be_imported_again(team):
    result = run(team, "einsaetze", DATA / "einsaetze_tab_hmm.csv")
    revert_import(team, result)
    assert run(team, "einsaetze", DATA / "einsaetze_tab_hmm.csv").created == 3


def test_undo_of_a_lotsen_import_restores_updated_and_removes_created_people(db, tmp_path):
    lid = add_lotse(db, "1", "Yilmaz", "Sukru", telefon="0641 1")
    original = get_lotse(db, lid)
    result = run(db, "lotsen", write(tmp_path, "Nr;Nachname;Vorname;Telefon\n1;Yılmaz;Şükrü;0641 2\n2;Neu;Nina;\n"))
    changed = get_lotse(db, lid)
    revert_import(db, result)
    assert get_lotse(db, lid) == original
    with db.session() as s:
        assert find_by_nr(s, "2") is None
    reapply_import(db, result)
    assert get_lotse(db, lid) == changed
    assert get_lotse(db, lotse_id(db, "2")).vorname == "Nina"


def test_undo_of_a_lotsen_import_is_refused_once_a_new_person_has_einsaetze(db, tmp_path):
    result = run(db, "lotsen", write(tmp_path, "Nr;Nachname;Vorname;Eintritt\n2;Neu;Nina;01.01.2025\n"))
    record_einsatz(db, EinsatzData(lotse_id(db, "2"), date(2025, 3, 1), 60), today=TODAY)
    with pytest.raises(ServiceError, match=r"Nr\. 2 sind inzwischen Einsätze erfasst"):
        revert_import(db, result)
    assert len(stored(db)) == 1


def test_undo_restores_an_updated_role_history(db, tmp_path):
    lid = add_lotse(db, "1", "Yılmaz", "Şükrü")
    update_lotse(db, lid, replace(get_lotse(db, lid), sprachen="Türkisch"))
    result = run(db, "lotsen", DATA / "lotsen_rolle_ab.csv")
    revert_import(db, result)
    assert get_lotse(db, lid).rollen == (RolleAb(Rolle.LOTSIN),)
    assert get_lotse(db, lid).sprachen == "Türkisch"
