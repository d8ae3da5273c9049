"""Reading an import file into a table: bytes, Excel's encodings and separators, columns found by their headings."""

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.messages import Msg, join, msg
from lotsendesk.services.errors import ServiceError

KINDS = ("lotsen", "einsaetze")

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


def _row_error(line: int, error: ValidationError | str) -> Msg:
    message = error.message if isinstance(error, ValidationError) else error
    return msg("Zeile {zeile}: {meldung}", zeile=line, meldung=message)


def _line_of(message: str) -> int:
    match = re.match(r"Zeile (\d+)", message)
    return int(match.group(1)) if match else 0
