"""An import file as rows of text, whatever it is: a CSV file or a sheet of an Excel workbook (.xlsx).

The kind of file is told by its first bytes, not its name: a ZIP is a workbook, an OLE file is an old .xls or
a password-protected workbook, anything else is read as CSV text. Files over ``MAX_FILE_BYTES`` are refused
before they are read.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

from lotsendesk.domain.messages import join, msg
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.importer.csv_table import Progress, _csv_rows, _decode, _read_bytes
from lotsendesk.services.importer.xlsx_table import _read_xlsx

MAX_FILE_BYTES = 50 * 1024 * 1024  # a list of 100,000 Einsätze is about 2 MB as .xlsx and 5 MB as CSV

_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the stream an encrypted OOXML file keeps its workbook in


class ImportCancelled(ServiceError):
    """Raised by a progress callback to stop an import; nothing is stored."""

    def __init__(self) -> None:
        super().__init__(msg("Der Import wurde abgebrochen; es wurde nichts gespeichert."))


@dataclass
class _Source:
    filename: str
    format: str  # "csv" | "xlsx"
    sheets: list[str]  # the workbook's sheets ([] for CSV)
    sheet: str | None  # the sheet read (None for CSV)
    rows: list[tuple[int, list[str]]]  # the non-empty rows: (physical line or Excel row, cell texts)
    digest: str  # what refuses a repeated import: the bytes of a CSV file, the content of a sheet


# The last workbook sheet read in full, so a check (dry run) and the import that follows read a big workbook once;
# keyed by the file's path, size, modification time and the sheet asked for. Dropped by _forget().
_last: tuple[tuple, "_Source"] | None = None


def _load(path: Path, sheet: str | None = None, limit: int | None = None, progress: Progress | None = None) -> _Source:
    """Read ``path`` (at most ``limit`` non-empty rows) or raise ServiceError with the German reason."""
    global _last
    key = _cache_key(path, sheet)
    if limit is None and key is not None and _last is not None and _last[0] == key:
        return _last[1]
    source = _read(path, sheet, limit, progress)
    if limit is None and key is not None and source.format == "xlsx":
        _last = (key, source)
    return source


def _forget() -> None:
    global _last
    _last = None


def _cache_key(path: Path, sheet: str | None) -> tuple | None:
    try:
        stat = path.stat()
        return (str(path.resolve()), stat.st_size, stat.st_mtime_ns, sheet)
    except OSError:
        return None


def _read(path: Path, sheet: str | None, limit: int | None, progress: Progress | None) -> _Source:
    raw = _read_bytes(path, limit=MAX_FILE_BYTES)
    filename = path.name
    if raw.startswith(_OLE):
        if _ENCRYPTED in raw:
            raise ServiceError(
                msg(
                    "„{datei}“ ist mit einem Kennwort geschützt und kann nicht gelesen werden. Bitte die Datei in "
                    "Excel öffnen, unter „Datei → Informationen → Arbeitsmappe schützen → Mit Kennwort "
                    "verschlüsseln“ das Kennwort löschen, speichern und noch einmal importieren.",
                    datei=filename,
                )
            )
        raise ServiceError(
            msg(
                "„{datei}“ ist eine Arbeitsmappe im alten Excel-Format (.xls). Bitte in Excel „Speichern unter“ "
                "wählen, den Dateityp „Excel-Arbeitsmappe (*.xlsx)“ einstellen und die neue Datei importieren.",
                datei=filename,
            )
        )
    if raw.startswith(_ZIP):
        if b"application/vnd.oasis.opendocument" in raw[:200]:
            raise ServiceError(
                msg(
                    "„{datei}“ ist eine OpenDocument-Tabelle (LibreOffice). Bitte dort „Speichern unter“ wählen, "
                    "den Dateityp „Excel 2007-365 (.xlsx)“ einstellen und die neue Datei importieren.",
                    datei=filename,
                )
            )
        read = _read_xlsx(raw, filename, sheet, limit, progress)
        if not read.rows:
            others = [name for name in read.sheets if name != read.sheet]
            if others:
                raise ServiceError(
                    msg(
                        "Das Tabellenblatt „{blatt}“ in „{datei}“ ist leer. Bitte ein anderes wählen: {blaetter}.",
                        blatt=read.sheet,
                        datei=filename,
                        blaetter=join((msg("„{name}“", name=name) for name in others), ", "),
                    )
                )
            raise ServiceError(
                msg("Das Tabellenblatt „{blatt}“ in „{datei}“ ist leer.", blatt=read.sheet, datei=filename)
            )
        return _Source(filename, "xlsx", read.sheets, read.sheet, read.rows, read.digest)
    if sheet is not None:
        raise ServiceError(
            msg("„{datei}“ ist eine CSV-Datei; sie hat keine Tabellenblätter (ohne Blatt importieren).", datei=filename)
        )
    rows = _csv_rows(_decode(raw, filename), filename, limit, progress)
    if not rows:
        raise ServiceError(msg("Die Datei „{datei}“ ist leer.", datei=filename))
    return _Source(filename, "csv", [], None, rows, hashlib.sha256(raw).hexdigest())


def _only_header(source: _Source) -> ServiceError:
    if source.sheet is not None:
        return ServiceError(
            msg(
                "Das Tabellenblatt „{blatt}“ in „{datei}“ enthält nur die Kopfzeile und keine Daten.",
                blatt=source.sheet,
                datei=source.filename,
            )
        )
    return ServiceError(msg("Die Datei „{datei}“ enthält nur die Kopfzeile und keine Daten.", datei=source.filename))
