"""The columns of an import file: the headings we recognise, finding the heading row, and the mapping
field → column (guessed from the headings, remembered from an earlier file, or chosen by the user)."""

import hashlib
from collections.abc import Callable, Sequence

from lotsendesk.domain.messages import Msg, join, msg
from lotsendesk.services.errors import ServiceError

KINDS = ("lotsen", "einsaetze")
HEADER_SEARCH_ROWS = 30  # the heading row is looked for among this many non-empty rows at the top

# Header aliases, compared after _key() (case-folded, only letters and digits): "E-Mail" == "email".
_NR = {"nr", "nummer", "no", "number", "lotsennr", "lotsinnr", "lotsinnennr", "personalnr"}
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
FIELDS: dict[str, tuple[str, ...]] = {"lotsen": tuple(LOTSEN_COLUMNS), "einsaetze": tuple(EINSATZ_COLUMNS)}
REQUIRED: dict[str, tuple[str, ...]] = {
    "lotsen": ("nr", "nachname", "vorname"),
    "einsaetze": ("nr", "datum", "stunden"),
}
_LABELS: dict[str, Msg] = {
    "nr": msg("Nr"),
    "nachname": msg("Nachname"),
    "vorname": msg("Vorname"),
    "rolle": msg("Rolle"),
    "rolle_ab": msg("Rolle ab"),
    "qualifiziert_am": msg("Qualifiziert am"),
    "eintritt": msg("Eintritt"),
    "austritt": msg("Austritt"),
    "email": msg("E-Mail"),
    "telefon": msg("Telefon"),
    "iban": msg("IBAN"),
    "anschrift": msg("Anschrift"),
    "sprachen": msg("Sprachen"),
    "notizen": msg("Notizen"),
    "status": msg("Status"),
    "datum": msg("Datum"),
    "stunden": msg("Stunden"),
    "taetigkeit": msg("Tätigkeit"),
    "bemerkung": msg("Bemerkung"),
}
_EXAMPLE_HEADER = {
    "lotsen": "Nr;Nachname;Vorname;Rolle;Qualifiziert am;Eintritt;Austritt;E-Mail;Telefon;IBAN",
    "einsaetze": "Nr;Datum;Stunden;Tätigkeit;Bemerkung",
}

Mapping = dict[str, int]  # field → column index (0-based)


def field_label(name: str) -> Msg:
    """The German name of a field as the user knows it (``Qualifiziert am``)."""
    return _LABELS[name]


def _key(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def header_key(header: Sequence[str]) -> str:
    """What identifies a heading row across files: its normalised cells (case, blanks and punctuation do not
    count, nor do empty cells at the end), hashed. Used to remember a mapping for the next file."""
    keys = [_key(cell) for cell in header]
    while keys and not keys[-1]:
        keys.pop()
    return hashlib.sha1("\x1f".join(keys).encode("utf-8")).hexdigest()


def _aliases(kind: str) -> dict[str, str]:
    columns = LOTSEN_COLUMNS if kind == "lotsen" else EINSATZ_COLUMNS
    return {alias: name for name, names in columns.items() for alias in names}


def guess_mapping(header: Sequence[str], kind: str) -> tuple[Mapping, list[int]]:
    """The mapping the headings suggest, and the columns whose heading repeats an earlier one's field."""
    lookup = _aliases(kind)
    mapping: Mapping = {}
    repeated: list[int] = []
    for index, title in enumerate(header):
        name = lookup.get(_key(title))
        if name is None:
            continue  # unknown columns (e.g. a name next to the Nr for the reader) are ignored
        if name in mapping:
            repeated.append(index)
        else:
            mapping[name] = index
    return mapping, repeated


def _find_header(
    rows: Sequence[Sequence[str]], kind: str, remembered: Callable[[Sequence[str]], bool] | None = None
) -> int:
    """Index (in ``rows``, the non-empty rows from the top) of the heading row.

    A row whose headings have a remembered mapping wins; otherwise the row with the most recognised headings,
    rows that name every required column first; if no row names any, the first row with at least three
    filled cells (a title above the table has one), else the first row.
    """
    candidates = rows[:HEADER_SEARCH_ROWS]
    if remembered is not None:
        for index, cells in enumerate(candidates):
            if remembered(cells):
                return index
    lookup = _aliases(kind)
    required = set(REQUIRED[kind])
    best, best_score = None, (False, 0)
    for index, cells in enumerate(candidates):
        found = {lookup[key] for key in map(_key, cells) if key in lookup}
        score = (required <= found, len(found))
        if found and score > best_score:
            best, best_score = index, score
    if best is not None:
        return best
    return next((i for i, cells in enumerate(candidates) if sum(1 for c in cells if c) >= 3), 0)


def _column_name(header: Sequence[str], index: int) -> Msg:
    title = header[index] if index < len(header) else ""
    if title:
        return msg("„{titel}“", titel=title)
    return msg("Nr. {nummer}", nummer=index + 1)


def _check_guess(mapping: Mapping, repeated: list[int], header: Sequence[str], filename: str, kind: str, line: int):
    """A mapping guessed from the headings must name every required column exactly once."""
    if repeated:
        raise ServiceError(
            msg(
                "In „{datei}“ gibt es die Spalte „{spalte}“ zweimal. Bitte eine davon löschen.",
                datei=filename,
                spalte=header[repeated[0]],
            )
        )
    missing = [_LABELS[name] for name in REQUIRED[kind] if name not in mapping]
    if not missing:
        return
    params = {
        "datei": filename,
        "spalten": join((msg("„{name}“", name=name) for name in missing), ", "),
        "zeile": line,
        "beispiel": _EXAMPLE_HEADER[kind],
        "gefunden": join((msg("„{name}“", name=title) for title in header if title), "; ") or msg("keine"),
    }
    if len(missing) == 1:
        raise ServiceError(
            msg(
                "In „{datei}“ fehlt die Spalte {spalten}. Die Kopfzeile (hier Zeile {zeile}) muss die Spaltennamen "
                "enthalten, z. B. {beispiel} (gefunden: {gefunden}).",
                **params,
            )
        )
    raise ServiceError(
        msg(
            "In „{datei}“ fehlen die Spalten {spalten}. Die Kopfzeile (hier Zeile {zeile}) muss die Spaltennamen "
            "enthalten, z. B. {beispiel} (gefunden: {gefunden}).",
            **params,
        )
    )


def _check_mapping(mapping: Mapping, header: Sequence[str], kind: str) -> Mapping:
    """A mapping chosen by the user (or remembered): known fields, each column once, every required field."""
    unknown = [name for name in mapping if name not in FIELDS[kind]]
    if unknown:
        raise ServiceError(msg("Unbekanntes Feld „{feld}“ in der Spaltenzuordnung.", feld=unknown[0]))
    clean: Mapping = {}
    for name, index in mapping.items():
        if not isinstance(index, int) or isinstance(index, bool) or index < 0:
            raise ServiceError(msg("Ungültige Spalte für „{feld}“ in der Spaltenzuordnung.", feld=_LABELS[name]))
        clean[name] = index
    used: dict[int, str] = {}
    for name in FIELDS[kind]:
        if name not in clean:
            continue
        if clean[name] in used:
            raise ServiceError(
                msg(
                    "Die Spalte {spalte} ist „{feld1}“ und „{feld2}“ zugeordnet. Jede Spalte kann nur ein Feld füllen.",
                    spalte=_column_name(header, clean[name]),
                    feld1=_LABELS[used[clean[name]]],
                    feld2=_LABELS[name],
                )
            )
        used[clean[name]] = name
    missing = [_LABELS[name] for name in REQUIRED[kind] if name not in clean]
    if len(missing) == 1:
        raise ServiceError(msg("Für „{feld}“ ist keine Spalte gewählt. Bitte eine Spalte zuordnen.", feld=missing[0]))
    if missing:
        raise ServiceError(
            msg(
                "Für {felder} sind keine Spalten gewählt. Bitte Spalten zuordnen.",
                felder=join((msg("„{name}“", name=name) for name in missing), ", "),
            )
        )
    return clean
