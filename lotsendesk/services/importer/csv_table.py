"""Reading a CSV file into rows of text – Excel's encodings and separators – and the table every import file
(CSV or XLSX) becomes once its columns are known."""

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.messages import Msg, msg
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.exports.csv_file import FORMULA_START

Progress = Callable[[int, int | None], None]  # rows read so far, rows in all (None: unknown); may raise to cancel
PROGRESS_EVERY = 2000  # rows between two progress calls


@dataclass
class _Table:
    """The data rows of an import file with their physical line numbers, columns mapped to our fields."""

    filename: str
    columns: dict[str, int]  # field → cell index
    rows: list[tuple[int, list[str]]]  # (line number, cells)
    errors: list[str]  # rows that cannot even be split into columns ("Zeile N: …" messages)

    def value(self, cells: list[str], name: str) -> str:
        index = self.columns.get(name)
        return cells[index] if index is not None and index < len(cells) else ""


def _read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes; with ``limit``, a bigger file is refused before it is read."""
    try:
        if limit is not None and (size := path.stat().st_size) > limit:
            raise ServiceError(
                msg(
                    "„{datei}“ ist {groesse} MB groß; importiert werden Dateien bis {grenze} MB. Bitte die Liste "
                    "aufteilen, z. B. in ein Jahr je Datei.",
                    datei=path.name,
                    groesse=f"{size / 1024 / 1024:.0f}",
                    grenze=f"{limit / 1024 / 1024:.0f}",
                )
            )
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
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")  # the 5 bytes cp1252 leaves undefined become �
    if "\x00" in text:
        raise ServiceError(
            msg("„{datei}“ ist keine Textdatei. Bitte eine CSV- oder Excel-Datei (.xlsx) wählen.", datei=filename)
        )
    return text


def _detect_delimiter(header_line: str) -> str:
    """The header names no number, so its most frequent separator is the file's (a decimal comma inside a
    ``;`` file never misleads this). Quoted header names are ignored."""
    unquoted = re.sub(r'"[^"]*"', "", header_line)
    counts = {d: unquoted.count(d) for d in (";", "\t", ",")}
    best = max(counts, key=lambda d: counts[d])  # ties keep the order ; tab , (German Excel's default first)
    return best if counts[best] else ";"


def _csv_rows(
    text: str, filename: str, limit: int | None = None, progress: Progress | None = None
) -> list[tuple[int, list[str]]]:
    """The non-empty records of a CSV text as (physical line, cells); at most ``limit`` of them."""
    lines = text.splitlines()
    first = next((line for line in lines if _separators(line)), "")  # a title line above the table has none
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_detect_delimiter(first))
    rows: list[tuple[int, list[str]]] = []
    next_line = 1
    try:
        for cells in reader:
            line, next_line = next_line, reader.line_num + 1  # a quoted field may span several lines
            cells = [_unguarded(cell).replace("\r\n", "\n").strip() for cell in cells]  # quoted line break: \n
            if not any(cells):
                continue  # blank lines and Excel's ";;;;" lines
            while not cells[-1]:
                cells.pop()
            rows.append((line, cells))
            if limit is not None and len(rows) >= limit:
                break
            if progress is not None and len(rows) % PROGRESS_EVERY == 0:
                progress(len(rows), None)
    except csv.Error:  # e.g. an unclosed quote swallowing the rest of a huge file
        raise ServiceError(
            msg(
                "„{datei}“ kann ab Zeile {zeile} nicht gelesen werden. Fehlt dort ein schließendes Anführungszeichen?",
                datei=filename,
                zeile=next_line,
            )
        ) from None
    return rows


def _unguarded(cell: str) -> str:
    """A spreadsheet export puts an apostrophe before text that starts like a formula (``'=HYPERLINK…``,
    ``'+49 69…``); the value is the text after it."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


def _separators(line: str) -> int:
    unquoted = re.sub(r'"[^"]*"', "", line)
    return sum(unquoted.count(d) for d in (";", "\t", ","))


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
