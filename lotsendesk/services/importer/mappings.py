"""Which row holds the headings and which column fills which field – guessed from the headings, remembered from
an earlier file with the same headings, or chosen by the user – and the table that results.

Remembered mappings live in the ``meta`` table: key ``import.mapping.<kind>.<hash of the headings>`` (the hash
cut to 32 hex digits so the key fits the column's 64 characters), value JSON ``{"nr": 0, "datum": 2, …}``.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lotsendesk.db.models import Meta
from lotsendesk.domain.messages import msg
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.importer.columns import (
    FIELDS,
    HEADER_SEARCH_ROWS,
    KINDS,
    Mapping,
    _check_guess,
    _check_mapping,
    _find_header,
    guess_mapping,
    header_key,
)
from lotsendesk.services.importer.csv_table import _has_stray_cell, _stray_cell_error, _Table
from lotsendesk.services.importer.source import _only_header, _Source

_PREFIX = "import.mapping."


def _meta_key(kind: str, header: Sequence[str]) -> str:
    return f"{_PREFIX}{kind}.{header_key(header)[:32]}"


def remembered_mapping(db: Database, kind: str, header: Sequence[str]) -> Mapping | None:
    """The mapping last used for a file with these headings, or None."""
    with db.session() as session:
        return _remembered(session, kind, [header]).get(_meta_key(kind, header))


def remember_mapping(db: Database, kind: str, header: Sequence[str], mapping: Mapping) -> None:
    """Use ``mapping`` for the next file with these headings (checked like a mapping chosen by the user)."""
    if kind not in KINDS:
        raise ServiceError(msg("Unbekannte Importart „{art}“ (möglich: lotsen, einsaetze).", art=kind))
    clean = _check_mapping(dict(mapping), header, kind)
    with db.session() as session:
        _remember(session, kind, header, clean)


def _remember(session: Session, kind: str, header: Sequence[str], mapping: Mapping) -> None:
    key = _meta_key(kind, header)
    value = json.dumps({name: mapping[name] for name in FIELDS[kind] if name in mapping})
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


def _remembered(session: Session, kind: str, headers: Sequence[Sequence[str]]) -> dict[str, Mapping]:
    """The remembered mappings of any of ``headers``, by meta key; unreadable entries are left out."""
    if kind not in KINDS:
        return {}
    keys = {_meta_key(kind, header) for header in headers}
    found: dict[str, Mapping] = {}
    for key, value in session.execute(select(Meta.key, Meta.value).where(Meta.key.in_(keys))):
        try:
            data = json.loads(value)
        except ValueError:
            continue
        if isinstance(data, dict) and all(isinstance(v, int) and not isinstance(v, bool) for v in data.values()):
            found[key] = {name: index for name, index in data.items() if name in FIELDS[kind]}
    return found


@dataclass
class _Layout:
    header_index: int  # in source.rows
    header_line: int  # physical line / Excel row of the headings
    header: list[str]
    mapping: Mapping
    remembered: bool  # the mapping came from an earlier file with the same headings


def _layout(session: Session, source: _Source, kind: str, mapping: Mapping | None, strict: bool = True) -> _Layout:
    """Find the heading row and the mapping: ``mapping`` if given, else the remembered one, else the guess.

    ``strict``: a mapping that lacks a required field (or a guessed heading that repeats) raises ServiceError;
    without it (the preview) the guess is returned as far as it goes.
    """
    candidates = [cells for _line, cells in source.rows[:HEADER_SEARCH_ROWS]]
    remembered = _remembered(session, kind, candidates)
    index = _find_header(candidates, kind, lambda cells: _meta_key(kind, cells) in remembered)
    line, header = source.rows[index]
    if mapping is not None:
        return _Layout(index, line, header, _check_mapping(dict(mapping), header, kind), False)
    stored = remembered.get(_meta_key(kind, header))
    if stored is not None:
        try:
            return _Layout(index, line, header, _check_mapping(stored, header, kind), True)
        except ServiceError:
            pass  # e.g. a field made required since: guess instead
    guessed, repeated = guess_mapping(header, kind)
    if strict:
        _check_guess(guessed, repeated, header, source.filename, kind, line)
    return _Layout(index, line, header, guessed, False)


_TOTAL_LABELS = {"summe", "gesamt", "total", "sum"}


def _total_row(cells: list[str], nr_index: int | None) -> bool:
    """A "Summe" line under the table (an export's total row) with no Nr: not a record."""
    first = next((cell for cell in cells if cell), "")
    has_nr = nr_index is not None and nr_index < len(cells) and cells[nr_index]
    return first.casefold() in _TOTAL_LABELS and not has_nr


def _table(source: _Source, layout: _Layout) -> _Table:
    """The data rows under the headings as the table the row checks read."""
    nr = layout.mapping.get("nr")
    rows = [row for row in source.rows[layout.header_index + 1 :] if not _total_row(row[1], nr)]
    if not rows:
        raise _only_header(source)
    errors: list[str] = []
    if source.format == "csv":  # a value under no heading: most often a decimal comma that split a row
        headed = list(layout.header)
        for index in layout.mapping.values():  # a column the user chose counts as headed
            headed.extend([""] * (index + 1 - len(headed)))
            headed[index] = headed[index] or "*"
        errors = [_stray_cell_error(line, cells, headed) for line, cells in rows if _has_stray_cell(cells, headed)]
    return _Table(source.filename, layout.mapping, rows, errors)
