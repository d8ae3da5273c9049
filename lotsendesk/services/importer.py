"""Importing CSV lists of Lots*innen or Einsätze – the one importer the GUI and the CLI share.

All or nothing: every row is checked first; one bad row means nothing is written and every bad row is
reported as "Zeile N: …" (N = physical line in the file, the header is line 1). A file whose bytes were
imported before is refused, so no hour counts twice. The file may come from Excel in any of its dialects:
UTF-8 with/without BOM, UTF-16, Windows-1252; ``;``, ``,`` or tab; CRLF; quoted fields; trailing empty
lines and columns.
"""

import csv
import hashlib
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from pathlib import Path
from typing import Generic, TypeVar

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from lotsendesk.db.models import Einsatz, ImportRecord, Lotse, Rollenzuordnung, Taetigkeit
from lotsendesk.domain.dates import format_date, parse_date
from lotsendesk.domain.durations import parse_duration
from lotsendesk.domain.einsatz_rules import PersonDates, check_einsatz
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.formatting import format_hours
from lotsendesk.domain.lotse_record import LotseData, RolleAb, check_lotse, normalized, rolle_am
from lotsendesk.domain.messages import Msg, join, msg, rstrip
from lotsendesk.domain.people import Rolle, Status, parse_rolle, parse_status
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError

KINDS = ("lotsen", "einsaetze")
_T = TypeVar("_T")

# Header aliases, compared after _key() (case-folded, only letters and digits): "E-Mail" == "email".
_NR = {"nr", "nummer", "no", "number", "lotsennr", "lotsinnr", "personalnr"}
LOTSEN_COLUMNS: dict[str, set[str]] = {
    "nr": _NR,
    "nachname": {"nachname", "familienname", "lastname", "surname", "familyname"},
    "vorname": {"vorname", "vornamen", "firstname", "givenname"},
    "rolle": {"rolle", "role", "funktion"},
    "rolle_ab": {"rolleab", "rolleseit", "roleab", "rolefrom", "rolesince"},
    "qualifiziert_am": {"qualifiziertam", "qualifiziert", "qualifiziertseit", "qualifiedon", "qualified"},
    "eintritt": {"eintritt", "eintrittam", "eintrittsdatum", "entry", "entrydate", "joined", "joinedon"},
    "austritt": {"austritt", "austrittam", "austrittsdatum", "exit", "exitdate", "left", "lefton"},
    "email": {"email", "mail", "emailadresse"},
    "telefon": {"telefon", "tel", "telefonnummer", "mobil", "handy", "phone", "phonenumber"},
    "iban": {"iban"},
    "anschrift": {"anschrift", "adresse", "address"},
    "sprachen": {"sprachen", "sprache", "languages", "language"},
    "notizen": {"notizen", "notiz", "notes"},
    "status": {"status"},
}
EINSATZ_COLUMNS: dict[str, set[str]] = {
    "nr": _NR,
    "datum": {"datum", "date", "tag", "einsatzdatum"},
    "stunden": {"stunden", "dauer", "std", "hours", "duration", "zeit"},
    "taetigkeit": {"tätigkeit", "taetigkeit", "tatigkeit", "activity", "kategorie", "category"},
    "bemerkung": {"bemerkung", "bemerkungen", "kommentar", "notiz", "note", "notes", "comment", "comments"},
}
_REQUIRED = {"lotsen": ("nr", "nachname", "vorname"), "einsaetze": ("nr", "datum", "stunden")}
_LABELS = {
    "nr": "Nr",
    "nachname": "Nachname",
    "vorname": "Vorname",
    "datum": "Datum",
    "stunden": "Stunden",
    "rolle_ab": "Rolle ab",
    "qualifiziert_am": "Qualifiziert am",
    "eintritt": "Eintritt",
    "austritt": "Austritt",
}
_EXAMPLE_HEADER = {
    "lotsen": "Nr;Nachname;Vorname;Rolle;Qualifiziert am;Eintritt;Austritt;E-Mail;Telefon;IBAN",
    "einsaetze": "Nr;Datum;Stunden;Tätigkeit;Bemerkung",
}
_TEXT_FIELDS = ("nachname", "vorname", "email", "telefon", "anschrift", "iban", "sprachen", "notizen")
_DATE_FIELDS = ("qualifiziert_am", "eintritt", "austritt")


@dataclass
class ImportResult:
    kind: str  # "lotsen" | "einsaetze"
    filename: str
    rows: int  # data rows read
    created: int = 0
    updated: int = 0  # lotsen only: existing Nr whose data changed
    errors: list[str] = field(default_factory=list)  # "Zeile N: …" messages (Msg); non-empty ⇒ nothing was written
    dry_run: bool = False
    import_id: int | None = None
    unchanged: int = 0  # lotsen only: existing Nr, file says nothing new
    minutes: int = 0  # einsaetze only: total duration
    new_taetigkeiten: list[str] = field(default_factory=list)  # einsaetze only: categories the file added
    undo_data: object = field(default=None, repr=False, compare=False)  # what revert/reapply need

    def summary(self) -> Msg:
        """One line for the user (CLI output, message box)."""
        if self.errors:
            return msg(
                "Nichts importiert – {anzahl} Fehler in „{datei}“.", anzahl=len(self.errors), datei=self.filename
            )
        count = self.created + self.updated + self.unchanged
        one = count == 1
        if self.kind == "lotsen":
            what = msg("{anzahl} Lots*in", anzahl=count) if one else msg("{anzahl} Lots*innen", anzahl=count)
            detail = (
                msg(
                    "{neu} neu, {aktualisiert} aktualisiert, {unveraendert} unverändert",
                    neu=self.created,
                    aktualisiert=self.updated,
                    unveraendert=self.unchanged,
                )
                if self.unchanged
                else msg("{neu} neu, {aktualisiert} aktualisiert", neu=self.created, aktualisiert=self.updated)
            )
            params = {"datei": self.filename, "was": what, "details": detail}
            if not self.dry_run:
                return msg("„{datei}“: {was} importiert ({details}).", **params)
            if one:
                return msg("Prüfung ohne Fehler: „{datei}“: {was} würde importiert ({details}).", **params)
            return msg("Prüfung ohne Fehler: „{datei}“: {was} würden importiert ({details}).", **params)
        what = msg("{anzahl} Einsatz", anzahl=count) if one else msg("{anzahl} Einsätze", anzahl=count)
        params = {
            "datei": self.filename,
            "was": what,
            "stunden": msg("{stunden} Stunden", stunden=format_hours(self.minutes)),
        }
        if not self.dry_run:
            text = msg("„{datei}“: {was} importiert ({stunden}).", **params)
        elif one:
            text = msg("Prüfung ohne Fehler: „{datei}“: {was} ({stunden}) würde importiert.", **params)
        else:
            text = msg("Prüfung ohne Fehler: „{datei}“: {was} ({stunden}) würden importiert.", **params)
        note = self._taetigkeiten_note()
        return join((text, note)) if note else text

    def _taetigkeiten_note(self) -> Msg | None:
        if not self.new_taetigkeiten:
            return None
        names = join((msg("„{name}“", name=name) for name in self.new_taetigkeiten), ", ")
        one = len(self.new_taetigkeiten) == 1
        if self.dry_run:
            if one:
                return msg("Neue Tätigkeit würde angelegt: {namen}.", namen=names)
            return msg("Neue Tätigkeiten würden angelegt: {namen}.", namen=names)
        if one:
            return msg("Neu angelegte Tätigkeit: {namen}.", namen=names)
        return msg("Neu angelegte Tätigkeiten: {namen}.", namen=names)


# --------------------------------------------------------------------------------------------------
# public use cases


def import_file(db: Database, kind: str, path: Path, dry_run: bool = False, today: date | None = None) -> ImportResult:
    """Check ``path`` completely and, if every row is fine and not ``dry_run``, store it in one transaction.

    File-level problems (missing, unreadable, empty, a required column missing, imported before) raise
    ServiceError; row problems come back in ``result.errors`` and nothing is written.
    """
    if kind not in KINDS:
        raise ServiceError(msg("Unbekannte Importart „{art}“ (möglich: lotsen, einsaetze).", art=kind))
    path = Path(path)
    raw = _read_bytes(path)
    table = _parse_table(_decode(raw, path.name), path.name, kind)
    sha256 = hashlib.sha256(raw).hexdigest()
    today = today or date.today()
    with db.session() as session:
        _refuse_repeat(session, kind, sha256)
        if kind == "lotsen":
            result = _import_lotsen(session, table, today, dry_run)
        else:
            result = _import_einsaetze(session, table, today, dry_run)
        if result.errors or dry_run:
            result.undo_data = None  # nothing was written, so there is nothing to undo
        else:
            _store(session, result, sha256)
    return result


def revert_import(db: Database, result: ImportResult) -> None:
    """Undo: remove exactly what the import added and put back what it changed."""
    undo = result.undo_data
    with db.session() as session:
        if isinstance(undo, _EinsatzUndo):
            _revert_einsaetze(session, undo)
        elif isinstance(undo, _LotsenUndo):
            _revert_lotsen(session, undo)
        else:
            raise ServiceError(msg("Dieser Import kann nicht rückgängig gemacht werden (er hat nichts gespeichert)."))
        session.execute(delete(ImportRecord).where(ImportRecord.id == undo.record["id"]))


def reapply_import(db: Database, result: ImportResult) -> None:
    """Redo: put the imported rows back with their old ids, as if the undo had not happened."""
    undo = result.undo_data
    if not isinstance(undo, _EinsatzUndo | _LotsenUndo):
        raise ServiceError(msg("Dieser Import kann nicht wiederholt werden (er hat nichts gespeichert)."))
    try:
        with db.session() as session:
            session.execute(insert(ImportRecord), [undo.record])
            if isinstance(undo, _EinsatzUndo):
                _reapply_einsaetze(session, undo)
            else:
                _reapply_lotsen(session, undo)
    except IntegrityError:
        raise ServiceError(
            msg(
                "Der Import von „{datei}“ kann nicht wiederhergestellt werden, weil sich die Daten inzwischen "
                "geändert haben.",
                datei=undo.record["filename"],
            )
        ) from None


# --------------------------------------------------------------------------------------------------
# reading the file


@dataclass
class _Table:
    """The data rows of a CSV file with their physical line numbers, columns mapped to our fields."""

    filename: str
    columns: dict[str, int]  # field → cell index
    rows: list[tuple[int, list[str]]]  # (line number, cells)
    errors: list[str]  # rows that cannot even be split into columns ("Zeile N: …" messages)

    def value(self, cells: list[str], name: str) -> str:
        index = self.columns.get(name)
        return cells[index] if index is not None and index < len(cells) else ""


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ServiceError(
            msg("Die Datei „{pfad}“ gibt es nicht (verschoben oder umbenannt?).", pfad=str(path))
        ) from None
    except IsADirectoryError:
        raise ServiceError(msg("„{pfad}“ ist ein Ordner, keine Datei.", pfad=str(path))) from None
    except OSError:
        raise ServiceError(
            msg("Die Datei „{datei}“ kann nicht gelesen werden (ist sie noch in Excel geöffnet?).", datei=path.name)
        ) from None


def _decode(raw: bytes, filename: str) -> str:
    """Excel writes UTF-8 (with or without BOM), 'Unicode text' (UTF-16) or Windows-1252."""
    if raw.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise ServiceError(
            msg(
                "„{datei}“ ist eine Excel-Arbeitsmappe, keine CSV-Datei. Bitte in Excel „Speichern unter“ "
                "wählen und den Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“ einstellen.",
                datei=filename,
            )
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")  # the 5 bytes cp1252 leaves undefined become �
    if "\x00" in text:
        raise ServiceError(msg("„{datei}“ ist keine Textdatei. Bitte eine CSV-Datei wählen.", datei=filename))
    return text


def _detect_delimiter(header_line: str) -> str:
    """The header names no number, so its most frequent separator is the file's (a decimal comma inside a
    ``;`` file never misleads this). Quoted header names are ignored."""
    unquoted = re.sub(r'"[^"]*"', "", header_line)
    counts = {d: unquoted.count(d) for d in (";", "\t", ",")}
    best = max(counts, key=lambda d: counts[d])  # ties keep the order ; tab , (German Excel's default first)
    return best if counts[best] else ";"


def _parse_table(text: str, filename: str, kind: str) -> _Table:
    header_line = next((line for line in text.splitlines() if line.strip(" \t;,")), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_detect_delimiter(header_line))
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    next_line = 1
    try:
        for cells in reader:
            line, next_line = next_line, reader.line_num + 1  # a quoted field may span several lines
            cells = [cell.replace("\r\n", "\n").strip() for cell in cells]  # a quoted line break is kept as \n
            if not any(cells):
                continue  # blank lines and Excel's ";;;;" lines
            if header is None:
                header = cells
            else:
                rows.append((line, cells))
    except csv.Error:  # e.g. an unclosed quote swallowing the rest of a huge file
        raise ServiceError(
            msg(
                "„{datei}“ kann ab Zeile {zeile} nicht gelesen werden. Fehlt dort ein schließendes Anführungszeichen?",
                datei=filename,
                zeile=next_line,
            )
        ) from None
    if header is None:
        raise ServiceError(msg("Die Datei „{datei}“ ist leer.", datei=filename))
    columns = _map_columns(header, filename, kind)
    if not rows:
        raise ServiceError(msg("Die Datei „{datei}“ enthält nur die Kopfzeile und keine Daten.", datei=filename))
    errors = [_stray_cell_error(line, cells, header) for line, cells in rows if _has_stray_cell(cells, header)]
    return _Table(filename, columns, rows, errors)


def _key(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _map_columns(header: list[str], filename: str, kind: str) -> dict[str, int]:
    aliases = LOTSEN_COLUMNS if kind == "lotsen" else EINSATZ_COLUMNS
    lookup = {alias: name for name, names in aliases.items() for alias in names}
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        name = lookup.get(_key(title))
        if name is None:
            continue  # unknown columns (e.g. a name next to the Nr for the reader) are ignored
        if name in columns:
            raise ServiceError(
                msg(
                    "In „{datei}“ gibt es die Spalte „{spalte}“ zweimal. Bitte eine davon löschen.",
                    datei=filename,
                    spalte=title,
                )
            )
        columns[name] = index
    missing = [_LABELS[name] for name in _REQUIRED[kind] if name not in columns]
    if missing:
        params = {
            "datei": filename,
            "spalten": join((msg("„{name}“", name=name) for name in missing), ", "),
            "beispiel": _EXAMPLE_HEADER[kind],
            "gefunden": join((msg("„{name}“", name=title) for title in header if title), "; ") or msg("keine"),
        }
        if len(missing) == 1:
            raise ServiceError(
                msg(
                    "In „{datei}“ fehlt die Spalte {spalten}. Die erste Zeile muss die Spaltennamen enthalten, "
                    "z. B. {beispiel} (gefunden: {gefunden}).",
                    **params,
                )
            )
        raise ServiceError(
            msg(
                "In „{datei}“ fehlen die Spalten {spalten}. Die erste Zeile muss die Spaltennamen enthalten, "
                "z. B. {beispiel} (gefunden: {gefunden}).",
                **params,
            )
        )
    return columns


def _has_stray_cell(cells: list[str], header: list[str]) -> bool:
    """A value under no heading is most often a number whose decimal comma split the row."""
    return any(value and (i >= len(header) or not header[i]) for i, value in enumerate(cells))


def _stray_cell_error(line: int, cells: list[str], header: list[str]) -> Msg:
    index = next(i for i, value in enumerate(cells) if value and (i >= len(header) or not header[i]))
    return _row_error(
        line,
        msg(
            "„{wert}“ steht in Spalte {spalte}, die keine Überschrift hat. Enthält eine Zahl ein Komma? Dann die "
            "Zelle in Anführungszeichen setzen oder ; als Trennzeichen verwenden.",
            wert=cells[index],
            spalte=index + 1,
        ),
    )


def _refuse_repeat(session: Session, kind: str, sha256: str) -> None:
    earlier = session.scalar(select(ImportRecord).where(ImportRecord.kind == kind, ImportRecord.sha256 == sha256))
    if earlier is not None:
        raise ServiceError(
            msg(
                "Diese Datei wurde bereits am {datum} um {uhrzeit} Uhr importiert („{datei}“); sie wird nicht noch "
                "einmal importiert, damit nichts doppelt zählt.",
                datum=f"{earlier.imported_at:%d.%m.%Y}",
                uhrzeit=f"{earlier.imported_at:%H:%M}",
                datei=earlier.filename,
            )
        )


def _store(session: Session, result: ImportResult, sha256: str) -> None:
    """Write the checked rows (prepared in ``result.undo_data``) and the ImportRecord."""
    record = ImportRecord(
        kind=result.kind,
        filename=result.filename,
        sha256=sha256,
        imported_at=datetime.now().replace(microsecond=0),
        rows=result.rows,
    )
    session.add(record)
    session.flush()
    result.import_id = record.id
    plan = result.undo_data
    if isinstance(plan, _EinsatzPlan):
        result.undo_data = _write_einsaetze(session, plan, record)
    elif isinstance(plan, _LotsenPlan):
        result.undo_data = _write_lotsen(session, plan, record)


def _record_dict(record: ImportRecord) -> dict:
    return {c.name: getattr(record, c.name) for c in ImportRecord.__table__.columns}


def _row_error(line: int, error: ValidationError | str) -> Msg:
    message = error.message if isinstance(error, ValidationError) else error
    return msg("Zeile {zeile}: {meldung}", zeile=line, meldung=message)


class _NrIndex(Generic[_T]):
    """Finds a Lots*in by Nr; Excel drops leading zeros, so ``7`` also finds a stored ``007`` if unambiguous."""

    def __init__(self, items: dict[str, _T]) -> None:
        self._exact = items
        numeric: dict[str, list[_T]] = defaultdict(list)
        for nr, item in items.items():
            if nr.isdigit():
                numeric[nr.lstrip("0")].append(item)
        self._numeric = {nr: found[0] for nr, found in numeric.items() if len(found) == 1}

    def get(self, nr: str) -> _T | None:
        if nr in self._exact:
            return self._exact[nr]
        return self._numeric.get(nr.lstrip("0")) if nr.isdigit() else None


# --------------------------------------------------------------------------------------------------
# Einsätze


@dataclass
class _EinsatzPlan:
    """Checked rows ready for one bulk insert."""

    rows: list[dict]  # lotse_id, datum, minuten, taetigkeit (casefolded name or None), bemerkung
    new_taetigkeiten: dict[str, str]  # casefolded → name as first written in the file


@dataclass
class _EinsatzUndo:
    record: dict
    taetigkeiten: list[dict]  # categories the import created: id, name, position
    rows: list[dict]  # the inserted Einsatz rows with their ids


@dataclass
class _Parsed:
    line: int
    lotse_id: int
    datum: date
    minuten: int
    taetigkeit: str | None
    bemerkung: str


def _import_einsaetze(session: Session, table: _Table, today: date, dry_run: bool) -> ImportResult:
    stored = session.execute(select(Lotse.nr, Lotse.id, Lotse.eintritt, Lotse.austritt)).all()
    people = _NrIndex({nr: lid for nr, lid, _e, _a in stored})
    person_dates = {lid: PersonDates(eintritt, austritt) for _nr, lid, eintritt, austritt in stored}
    known = {name.casefold(): name for name in session.scalars(select(Taetigkeit.name))}
    errors = list(table.errors)
    parsed: list[_Parsed] = []
    new_taetigkeiten: dict[str, str] = {}
    dates: dict[str, date] = {}  # files repeat the same dates: parse each text once
    for line, cells in table.rows:
        row, row_errors = _parse_einsatz(table, line, cells, people, dates, today)
        errors.extend(row_errors)
        if row is None:
            continue
        if row.taetigkeit and row.taetigkeit.casefold() not in known:
            new_taetigkeiten.setdefault(row.taetigkeit.casefold(), row.taetigkeit)
        parsed.append(row)
    errors.extend(_check_einsatz_rules(session, parsed, person_dates, today))
    result = ImportResult("einsaetze", table.filename, len(table.rows), dry_run=dry_run)
    if errors:
        result.errors = sorted(errors, key=_line_of)
        return result
    result.created = len(parsed)
    result.minutes = sum(row.minuten for row in parsed)
    result.new_taetigkeiten = list(new_taetigkeiten.values())
    rows = [
        {
            "lotse_id": r.lotse_id,
            "datum": r.datum,
            "minuten": r.minuten,
            "taetigkeit": r.taetigkeit.casefold() if r.taetigkeit else None,
            "bemerkung": r.bemerkung,
        }
        for r in parsed
    ]
    result.undo_data = _EinsatzPlan(rows, new_taetigkeiten)
    return result


def _line_of(message: str) -> int:
    match = re.match(r"Zeile (\d+)", message)
    return int(match.group(1)) if match else 0


def _parse_einsatz(
    table: _Table, line: int, cells: list[str], people: _NrIndex[int], dates: dict[str, date], today: date
) -> tuple[_Parsed | None, list[str]]:
    """Read one row's cells; the rules that need other rows (24 h a day) come later."""
    errors: list[str] = []
    nr = table.value(cells, "nr")
    lotse_id = people.get(nr) if nr else None
    if not nr:
        errors.append(_row_error(line, msg("Die Nr. der Lots*in fehlt.")))
    elif lotse_id is None:
        errors.append(_row_error(line, msg("Eine*n Lots*in mit der Nr. „{nr}“ gibt es nicht.", nr=nr)))
    datum_text = table.value(cells, "datum")
    datum = dates.get(datum_text)
    if datum is None:
        try:
            datum = dates[datum_text] = parse_date(datum_text, today)
        except ValidationError as error:
            errors.append(_row_error(line, error))
    try:
        minuten = parse_duration(table.value(cells, "stunden"))
    except ValidationError as error:
        errors.append(_row_error(line, error))
        minuten = None
    taetigkeit = " ".join(table.value(cells, "taetigkeit").split()) or None
    if taetigkeit and len(taetigkeit) > 120:
        errors.append(_row_error(line, msg("Der Name der Tätigkeit darf höchstens 120 Zeichen lang sein.")))
    if errors or lotse_id is None or datum is None or minuten is None:
        return None, errors
    return _Parsed(line, lotse_id, datum, minuten, taetigkeit, table.value(cells, "bemerkung")), errors


def _check_einsatz_rules(
    session: Session, rows: list[_Parsed], dates_of: dict[int, PersonDates], today: date
) -> list[str]:
    """check_einsatz for every row, the day's total counting the DB and the earlier rows of the file."""
    day_minutes = _existing_day_minutes(session, rows)
    day_lines: dict[tuple[int, date], list[int]] = defaultdict(list)
    errors: list[str] = []
    for row in rows:
        key = (row.lotse_id, row.datum)
        problems = check_einsatz(row.datum, row.minuten, dates_of[row.lotse_id], today, day_minutes.get(key, 0))
        for problem in problems:
            message = problem.message
            if "24 Stunden an einem Tag" in message and day_lines[key]:
                earlier = day_lines[key]
                shown = ", ".join(map(str, earlier[:5])) + (" …" if len(earlier) > 5 else "")
                if len(earlier) == 1:
                    message = msg("{meldung} (Davon aus dieser Datei: Zeile {zeilen}.)", meldung=message, zeilen=shown)
                else:
                    message = msg("{meldung} (Davon aus dieser Datei: Zeilen {zeilen}.)", meldung=message, zeilen=shown)
            errors.append(_row_error(row.line, message))
        if not problems:  # a refused row must not make the next one look too long
            day_minutes[key] = day_minutes.get(key, 0) + row.minuten
            day_lines[key].append(row.line)
    return errors


def _existing_day_minutes(session: Session, rows: list[_Parsed]) -> dict[tuple[int, date], int]:
    """Minutes already stored per (person, day), for the people and date range of the file: one query."""
    if not rows:
        return {}
    ids = {row.lotse_id for row in rows}
    stmt = (
        select(Einsatz.lotse_id, Einsatz.datum, func.sum(Einsatz.minuten))
        .where(Einsatz.datum >= min(r.datum for r in rows), Einsatz.datum <= max(r.datum for r in rows))
        .group_by(Einsatz.lotse_id, Einsatz.datum)
    )
    if len(ids) <= 500:  # keep the IN list well below every database's parameter limit
        stmt = stmt.where(Einsatz.lotse_id.in_(ids))
    return {(lid, datum): int(minutes) for lid, datum, minutes in session.execute(stmt) if lid in ids}


def _write_einsaetze(session: Session, plan: _EinsatzPlan, record: ImportRecord) -> _EinsatzUndo:
    ids = {name.casefold(): tid for tid, name in session.execute(select(Taetigkeit.id, Taetigkeit.name))}
    position = session.scalar(select(func.max(Taetigkeit.position))) or 0
    created: list[dict] = []
    for key, name in plan.new_taetigkeiten.items():
        position += 1
        taetigkeit = Taetigkeit(name=name, position=position)
        session.add(taetigkeit)
        session.flush()
        ids[key] = taetigkeit.id
        created.append({"id": taetigkeit.id, "name": name, "position": position})
    values = [
        {
            "lotse_id": row["lotse_id"],
            "datum": row["datum"],
            "minuten": row["minuten"],
            "taetigkeit_id": ids[row["taetigkeit"]] if row["taetigkeit"] else None,
            "bemerkung": row["bemerkung"],
            "import_id": record.id,
        }
        for row in plan.rows
    ]
    # One Core executemany: the ORM unit of work is 6× slower, and the ORM bulk path splits the batch
    # every time a None (no Tätigkeit) alternates with a value – 3,700 statements for 10,000 rows.
    session.execute(insert(Einsatz.__table__), values)
    stored = [
        dict(r._mapping) for r in session.execute(select(Einsatz.__table__).where(Einsatz.import_id == record.id))
    ]
    return _EinsatzUndo(_record_dict(record), created, stored)


def _revert_einsaetze(session: Session, undo: _EinsatzUndo) -> None:
    session.execute(delete(Einsatz).where(Einsatz.import_id == undo.record["id"]))
    for taetigkeit in undo.taetigkeiten:
        used = session.scalar(select(func.count(Einsatz.id)).where(Einsatz.taetigkeit_id == taetigkeit["id"]))
        if not used:  # a category chosen by hand since the import stays
            session.execute(delete(Taetigkeit).where(Taetigkeit.id == taetigkeit["id"]))


def _reapply_einsaetze(session: Session, undo: _EinsatzUndo) -> None:
    missing = [t for t in undo.taetigkeiten if session.get(Taetigkeit, t["id"]) is None]
    if missing:
        session.execute(insert(Taetigkeit), missing)
    if undo.rows:
        session.execute(insert(Einsatz.__table__), undo.rows)


# --------------------------------------------------------------------------------------------------
# Lots*innen


@dataclass
class _LotsenPlan:
    created: list[LotseData]
    updated: list[tuple[int, LotseData, LotseData]]  # id, before, after


@dataclass
class _LotsenUndo:
    record: dict
    created: list[tuple[int, LotseData]]
    updated: list[tuple[int, LotseData, LotseData]]  # id, before, after


def _import_lotsen(session: Session, table: _Table, today: date, dry_run: bool) -> ImportResult:
    stored = {lotse.nr: lotse for lotse in session.scalars(select(Lotse).options(selectinload(Lotse.rollen)))}
    index = _NrIndex(stored)
    spans = _einsatz_spans(session)
    errors = list(table.errors)
    seen: dict[object, int] = {}  # person (stored id or new Nr) → first line
    plan = _LotsenPlan([], [])
    unchanged = 0
    for line, cells in table.rows:
        nr = table.value(cells, "nr")
        lotse = index.get(nr) if nr else None
        who = lotse.id if lotse is not None else nr
        if nr and who in seen:
            errors.append(_row_error(line, msg("Die Nr. „{nr}“ steht schon in Zeile {zeile}.", nr=nr, zeile=seen[who])))
            continue
        seen[who] = line
        before = _snapshot(lotse) if lotse is not None else None
        after, row_errors = _merged_lotse(table, cells, before, nr, today)
        if not row_errors and lotse is not None:
            row_errors = _span_errors(after, spans.get(lotse.id))
        errors.extend(_row_error(line, e) for e in row_errors)
        if row_errors:
            continue
        if before is None:
            plan.created.append(after)
        elif after != before:
            plan.updated.append((lotse.id, before, after))
        else:
            unchanged += 1
    result = ImportResult("lotsen", table.filename, len(table.rows), dry_run=dry_run)
    if errors:
        result.errors = sorted(errors, key=_line_of)
        return result
    result.created, result.updated, result.unchanged = len(plan.created), len(plan.updated), unchanged
    result.undo_data = plan
    return result


def _merged_lotse(
    table: _Table, cells: list[str], before: LotseData | None, nr: str, today: date
) -> tuple[LotseData, list[ValidationError | str]]:
    """The file's non-empty cells over the stored data (an empty cell never wipes a stored value)."""
    base = before or LotseData(nr=nr, nachname="")
    changes: dict[str, object] = {}
    errors: list[ValidationError | str] = []
    for name in _TEXT_FIELDS:
        if value := table.value(cells, name):
            changes[name] = value
    for name in _DATE_FIELDS:
        if value := table.value(cells, name):
            try:
                changes[name] = parse_date(value, today, field=name)
            except ValidationError as error:
                errors.append(_in_column(error, name))
    if status := table.value(cells, "status"):
        try:
            changes["status"] = parse_status(status)
        except ValidationError as error:
            errors.append(error)
    try:
        changes["rollen"] = _merged_rollen(
            base.rollen, table.value(cells, "rolle"), table.value(cells, "rolle_ab"), before is not None, today
        )
    except ValidationError as error:
        errors.append(error)
    after = normalized(replace(base, **changes))
    if not errors:
        errors.extend(check_lotse(after))
    return after, errors


def _merged_rollen(
    history: tuple[RolleAb, ...], rolle_text: str, ab_text: str, existing: bool, today: date
) -> tuple[RolleAb, ...]:
    """A role without date describes the person from the start; with ``Rolle ab`` it is a change on that day."""
    if not rolle_text:
        if ab_text:
            raise ValidationError(msg("„Rolle ab“ ist angegeben, aber keine Rolle."), "rolle")
        return history
    rolle = parse_rolle(rolle_text)
    if not ab_text:
        if existing and rolle_am(history, today) == rolle:
            return history  # the list states today's role: keep the dated history it came from
        return (RolleAb(rolle, None),)
    try:
        ab = parse_date(ab_text, today, field="rolle_ab")
    except ValidationError as error:
        raise ValidationError(_in_column(error, "rolle_ab"), "rolle_ab") from None
    return (*(entry for entry in history if entry.ab != ab), RolleAb(rolle, ab))


def _in_column(error: ValidationError, name: str) -> Msg:
    """The message of a cell that cannot be read, with the column it is in."""
    return msg("{meldung} (Spalte „{spalte}“).", meldung=rstrip(error.message, "."), spalte=_LABELS[name])


def _einsatz_spans(session: Session) -> dict[int, tuple[date, date]]:
    """First and last Einsatz per person: Eintritt/Austritt may not be moved past them."""
    stmt = select(Einsatz.lotse_id, func.min(Einsatz.datum), func.max(Einsatz.datum)).group_by(Einsatz.lotse_id)
    return {lid: (first, last) for lid, first, last in session.execute(stmt)}


def _span_errors(data: LotseData, span: tuple[date, date] | None) -> list[ValidationError | str]:
    if span is None:
        return []
    first, last = span
    errors: list[ValidationError | str] = []
    if data.eintritt and first < data.eintritt:
        errors.append(
            msg(
                "Es gibt schon Einsätze ab dem {datum}; der Eintritt kann nicht später liegen.",
                datum=format_date(first),
            )
        )
    if data.austritt and last > data.austritt:
        errors.append(
            msg(
                "Es gibt noch Einsätze bis zum {datum}; der Austritt kann nicht früher liegen.", datum=format_date(last)
            )
        )
    return errors


_SCALARS = tuple(f.name for f in fields(LotseData) if f.name not in ("rollen", "status"))


def _snapshot(lotse: Lotse) -> LotseData:
    rollen = tuple(RolleAb(Rolle(r.rolle), r.gueltig_ab) for r in lotse.rollen) or (RolleAb(Rolle.LOTSIN),)
    values = {name: getattr(lotse, name) for name in _SCALARS}
    return normalized(LotseData(**values, rollen=rollen, status=Status(lotse.status)))


def _write_lotse(lotse: Lotse, data: LotseData) -> None:
    for name in _SCALARS:
        setattr(lotse, name, getattr(data, name))
    lotse.status = data.status.value
    lotse.rollen = [Rollenzuordnung(rolle=r.rolle.value, gueltig_ab=r.ab) for r in data.rollen]


def _write_lotsen(session: Session, plan: _LotsenPlan, record: ImportRecord) -> _LotsenUndo:
    created: list[tuple[int, LotseData]] = []
    for data in plan.created:
        lotse = Lotse()
        _write_lotse(lotse, data)
        session.add(lotse)
        session.flush()
        created.append((lotse.id, data))
    for lotse_id, _before, after in plan.updated:
        _write_lotse(session.get(Lotse, lotse_id), after)
    return _LotsenUndo(_record_dict(record), created, plan.updated)


def _revert_lotsen(session: Session, undo: _LotsenUndo) -> None:
    ids = [lotse_id for lotse_id, _ in undo.created]
    busy = session.scalars(select(Lotse.nr).join(Einsatz, Einsatz.lotse_id == Lotse.id).where(Lotse.id.in_(ids)))
    busy_nrs = sorted(set(busy))
    if busy_nrs:
        raise ServiceError(
            msg(
                "Der Import kann nicht rückgängig gemacht werden: Für die importierten Lots*innen mit der Nr. "
                "{nummern} sind inzwischen Einsätze erfasst.",
                nummern=", ".join(busy_nrs),
            )
        )
    for lotse_id in ids:
        lotse = session.get(Lotse, lotse_id)
        if lotse is not None:
            session.delete(lotse)
    for lotse_id, before, _after in undo.updated:
        lotse = session.get(Lotse, lotse_id)
        if lotse is not None:
            _write_lotse(lotse, before)


def _reapply_lotsen(session: Session, undo: _LotsenUndo) -> None:
    for lotse_id, data in undo.created:
        lotse = Lotse(id=lotse_id)
        _write_lotse(lotse, data)
        session.add(lotse)
    for lotse_id, _before, after in undo.updated:
        lotse = session.get(Lotse, lotse_id)
        if lotse is None:
            raise ServiceError(
                msg("Ein*e importierte*r Lots*in wurde inzwischen gelöscht; der Import kann nicht wiederholt werden.")
            )
        _write_lotse(lotse, after)
    session.flush()
