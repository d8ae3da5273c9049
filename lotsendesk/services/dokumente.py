"""The register of issued documents (GoBD): each Quittung and each version of a Verwendungsnachweis, as it was
handed out — its PDF, the SHA-256 of that PDF and the data it was made from (JSON).

A Quittung is issued the first time it is printed; every later print uses the stored PDF, so a reprint is the
same document even after the person's address changed. A Verwendungsnachweis is issued on request
("Verwendungsnachweis ausstellen"); issuing again makes a new version only when a figure or text changed, and
the day a version was sent to the Regierungspräsidium can be set once. The table's triggers refuse any other
change or deletion (db/triggers.py), below every user interface.
"""

import hashlib
import io
import json
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotsendesk.db.models import AusgestelltesDokument, Auszahlung, Foerderjahr
from lotsendesk.domain.formatting import format_date
from lotsendesk.domain.messages import msg
from lotsendesk.services.auszahlungen import run_of_payout
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError, write_failed
from lotsendesk.services.kurse import VN_ART as KURS_VERWENDUNGSNACHWEIS
from lotsendesk.services.traeger import get_logo, get_traeger

if TYPE_CHECKING:  # the documents (reportlab) are imported where they are made: the Prüfhinweise need only
    from lotsendesk.reports.quittung import ReceiptData  # ``sent_years``, at start-up

QUITTUNG, VERWENDUNGSNACHWEIS = "quittung", "verwendungsnachweis"
# the kinds of document that are issued in versions ("Fassungen") and can be marked as sent
VERSIONED = (VERWENDUNGSNACHWEIS, KURS_VERWENDUNGSNACHWEIS)


@dataclass(frozen=True)
class IssuedDocument:
    id: int
    art: str  # QUITTUNG, VERWENDUNGSNACHWEIS or KURS_VERWENDUNGSNACHWEIS
    nummer: str  # the Beleg-Nr., the Förderjahr of a Verwendungsnachweis, or the course id
    version: int
    erstellt_am: datetime
    sha256: str
    versandt_am: date | None
    size: int  # bytes of the stored PDF

    @property
    def title(self) -> str:
        """``Verwendungsnachweis 2025, Fassung 2``, ``Verwendungsnachweis Kurs 3, Fassung 1`` or ``Quittung
        2025-0007`` (for file names and lists)."""
        if self.art == VERWENDUNGSNACHWEIS:
            return f"Verwendungsnachweis {self.nummer}, Fassung {self.version}"
        if self.art == KURS_VERWENDUNGSNACHWEIS:
            return f"Verwendungsnachweis Kurs {self.nummer}, Fassung {self.version}"
        return f"Quittung {self.nummer}"


# --- Quittungen ----------------------------------------------------------------------------------------------
def issue_receipts(db: Database, payout_ids: Iterable[int], today: date | None = None) -> list[IssuedDocument]:
    """The issued Quittung of each payout (or Storno), in Beleg-Nr. order; a payout printed for the first time
    is issued now (its PDF made from today's data and stored)."""
    from lotsendesk.reports.quittung import build_quittungen
    from lotsendesk.services.quittungen import receipts_for_payouts

    payout_ids = set(payout_ids)
    receipts = receipts_for_payouts(db, payout_ids)
    with db.session() as session:
        issued = {doc.nummer: _issued(doc) for doc in _documents(session, QUITTUNG, [r.beleg_nr for r in receipts])}
    missing = [r for r in receipts if r.beleg_nr not in issued]
    if missing:
        traeger, logo = get_traeger(db), get_logo(db)
        made = [
            (r, _render(lambda path, r=r: build_quittungen([r], traeger, path, created=today, logo=logo)))
            for r in missing
        ]
        ids = _payout_ids(db, payout_ids)
        with db.session() as session:
            for receipt, pdf in made:
                data = {"quittung": asdict(receipt), "traeger": asdict(traeger)}
                row = _store(
                    session, QUITTUNG, receipt.beleg_nr, 1, pdf, _json(data), today, auszahlung_id=ids[receipt.beleg_nr]
                )
                session.flush()
                issued[receipt.beleg_nr] = _issued(row)
    return [issued[r.beleg_nr] for r in receipts]


def issue_receipts_of_run(db: Database, lauf_id: int, today: date | None = None) -> list[IssuedDocument]:
    """The issued Quittungen of every payout of run ``lauf_id``; empty when there is no such run."""
    with db.session() as session:
        ids = list(session.scalars(select(Auszahlung.id).where(Auszahlung.lauf_id == lauf_id)))
    return issue_receipts(db, ids, today) if ids else []


def write_receipts_for(db: Database, auszahlung_id: int, path: Path) -> "list[ReceiptData]":
    """The PDF the Auszahlungen page prints for a selected payout: the issued Quittungen of its whole run (a
    Storno, which belongs to no run, alone). Returns the receipts as issued."""
    lauf_id = run_of_payout(db, auszahlung_id)
    documents = issue_receipts(db, [auszahlung_id]) if lauf_id is None else issue_receipts_of_run(db, lauf_id)
    write_documents(db, documents, path)
    return receipts_of(db, documents)


def receipts_of(db: Database, documents: Sequence[IssuedDocument]) -> "list[ReceiptData]":
    """The receipts as they were issued (from the stored data, not today's), e.g. for a summary line."""
    with db.session() as session:
        stored = session.scalars(
            select(AusgestelltesDokument.daten).where(AusgestelltesDokument.id.in_([d.id for d in documents]))
        )
        return sorted((_receipt_from(json.loads(text)["quittung"]) for text in stored), key=lambda r: r.beleg_nr)


def _receipt_from(data: dict) -> "ReceiptData":
    from lotsendesk.reports.quittung import ReceiptData

    def day(text: str | None) -> date | None:
        return date.fromisoformat(text) if text else None

    return ReceiptData(
        **{
            **data,
            "von": day(data["von"]),
            "bis": day(data["bis"]),
            "bezahlt_am": day(data["bezahlt_am"]),
            "satz": Decimal(data["satz"]),
            "betrag": Decimal(data["betrag"]),
        }
    )


def _payout_ids(db: Database, ids: set[int]) -> dict[str, int]:
    """Beleg-Nr. → id of the given payouts."""
    with db.session() as session:
        return {a.beleg_nr: a.id for a in session.scalars(select(Auszahlung).where(Auszahlung.id.in_(ids)))}


# --- Verwendungsnachweis -------------------------------------------------------------------------------------
def issue_verwendungsnachweis(db: Database, jahr: int, today: date | None = None) -> tuple[IssuedDocument, bool]:
    """Issue the Verwendungsnachweis of Förderjahr ``jahr``: a new version when nothing was issued yet or a
    figure or text changed since the newest version; otherwise that version. Returns (document, is_new)."""
    from lotsendesk.reports.verwendungsnachweis import build_verwendungsnachweis
    from lotsendesk.services.verwendungsnachweis import vn_data, vn_data_json

    data = vn_data(db, jahr)
    logo = get_logo(db)
    with db.session() as session:
        year_id = session.scalar(select(Foerderjahr.id).where(Foerderjahr.jahr == jahr))
    return issue_version(
        db,
        VERWENDUNGSNACHWEIS,
        str(jahr),
        vn_data_json(data),
        lambda path: build_verwendungsnachweis(data, path, entwurf=False, created=today, logo=logo),
        today,
        foerderjahr_id=year_id,
    )


def issue_version(
    db: Database,
    art: str,
    nummer: str,
    snapshot: str,
    build: Callable[[Path], None],
    today: date | None = None,
    **links: int | None,
) -> tuple[IssuedDocument, bool]:
    """Issue a document kept in versions: when ``snapshot`` (its data as canonical JSON) equals the newest
    version's data, that version (nothing is rendered); otherwise ``build`` renders the PDF and it is stored as
    the next version. ``links`` are the row's foreign keys. Returns (document, is_new)."""
    with db.session() as session:
        newest = _newest(session, art, nummer)
        if newest is not None and newest.daten == snapshot:
            return _issued(newest), False
        version = newest.version + 1 if newest is not None else 1
    pdf = _render(build)
    with db.session() as session:
        row = _store(session, art, nummer, version, pdf, snapshot, today, **links)
        session.flush()
        return _issued(row), True


def issued_versions(db: Database, art: str, nummer: str) -> list[IssuedDocument]:
    """The issued versions of one document (e.g. the Verwendungsnachweis of a course), newest first."""
    with db.session() as session:
        rows = session.scalars(
            select(AusgestelltesDokument)
            .where(AusgestelltesDokument.art == art, AusgestelltesDokument.nummer == nummer)
            .order_by(AusgestelltesDokument.version.desc())
        )
        return [_issued(row) for row in rows]


def verwendungsnachweise(db: Database, jahr: int | None = None) -> list[IssuedDocument]:
    """The issued versions of the Verwendungsnachweise (of one Förderjahr), newest year and version first."""
    with db.session() as session:
        stmt = select(AusgestelltesDokument).where(AusgestelltesDokument.art == VERWENDUNGSNACHWEIS)
        if jahr is not None:
            stmt = stmt.where(AusgestelltesDokument.nummer == str(jahr))
        rows = session.scalars(stmt.order_by(AusgestelltesDokument.nummer.desc(), AusgestelltesDokument.version.desc()))
        return [_issued(row) for row in rows]


def sent_years(db: Database) -> dict[int, date]:
    """Förderjahr → the day its Verwendungsnachweis was sent (the earliest sent version)."""
    with db.session() as session:
        rows = session.execute(
            select(AusgestelltesDokument.nummer, func.min(AusgestelltesDokument.versandt_am))
            .where(AusgestelltesDokument.art == VERWENDUNGSNACHWEIS, AusgestelltesDokument.versandt_am.is_not(None))
            .group_by(AusgestelltesDokument.nummer)
        )
        return {int(nummer): day for nummer, day in rows}


def mark_sent(db: Database, document_id: int, am: date, today: date | None = None) -> IssuedDocument:
    """Note the day a Verwendungsnachweis version (of a Förderjahr or of a course) was sent; once only, not in
    the future, not before it was issued."""
    today = today or date.today()
    with db.session() as session:
        row = session.get(AusgestelltesDokument, document_id)
        if row is None or row.art not in VERSIONED:
            raise ServiceError(msg("Diesen Verwendungsnachweis gibt es nicht."))
        if row.versandt_am is not None:
            raise ServiceError(
                msg(
                    "Diese Fassung ist schon seit {datum} als versandt vermerkt; das lässt sich nicht mehr ändern.",
                    datum=format_date(row.versandt_am),
                )
            )
        if am > today:
            raise ServiceError(msg("Das Versanddatum liegt in der Zukunft."))
        if am < row.erstellt_am.date():
            raise ServiceError(
                msg(
                    "Das Versanddatum liegt vor dem Tag, an dem diese Fassung erstellt wurde ({datum}).",
                    datum=format_date(row.erstellt_am.date()),
                )
            )
        row.versandt_am = am
        session.flush()
        return _issued(row)


# --- writing the stored PDFs ---------------------------------------------------------------------------------
def write_documents(db: Database, documents: Sequence[IssuedDocument], path: Path) -> None:
    """Write the stored PDFs of ``documents`` as one file (pages in the given order), atomically; several
    Quittungen are titled "Quittungen <first> bis <last>"."""
    if not documents:
        raise ValueError("write_documents needs at least one document")
    with db.session() as session:
        stored = dict(
            session.execute(
                select(AusgestelltesDokument.id, AusgestelltesDokument.pdf).where(
                    AusgestelltesDokument.id.in_([d.id for d in documents])
                )
            ).all()
        )
    parts = [stored[d.id] for d in documents]
    try:
        if len(parts) == 1:
            _write_atomic(path, parts[0])
        else:
            title = f"Quittungen {documents[0].nummer} bis {documents[-1].nummer}"
            _write_atomic(path, _merge(parts, title, get_traeger(db).name))
    except OSError as error:
        raise write_failed(path, error) from error


def _merge(parts: Sequence[bytes], title: str, author: str) -> bytes:
    """The stored PDFs one after the other, unchanged, with the combined file's title and author."""
    from pypdf import PdfReader, PdfWriter  # only here: keeps pypdf out of the start-up

    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    writer.add_metadata({"/Title": title, "/Author": author, "/Creator": "LotsenDesk"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _write_atomic(path: Path, content: bytes) -> None:
    temp = path.with_name(f".{path.name}.tmp")
    try:
        temp.write_bytes(content)
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


# --- plumbing ------------------------------------------------------------------------------------------------
def _render(build: Callable[[Path], None]) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "dokument.pdf"
        build(target)
        return target.read_bytes()


def data_json(data: object) -> str:
    """Canonical JSON of a document's dataclass ``data``: sorted keys, amounts as strings ("1234.50"), dates ISO –
    equal data gives equal text, so a changed figure shows in a changed text (and a new Fassung)."""

    def default(value: object) -> str:
        if isinstance(value, Decimal):
            return str(value)
        if isinstance(value, date):
            return value.isoformat()
        raise TypeError(f"not serialisable: {type(value).__name__}")

    return json.dumps(asdict(data), default=default, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _json(data: dict) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)


def _store(
    session: Session,
    art: str,
    nummer: str,
    version: int,
    pdf: bytes,
    daten: str,
    today: date | None,
    **links: int | None,
) -> AusgestelltesDokument:
    """Add the document row, complete (the triggers refuse any later change): ``links`` are its foreign keys."""
    now = datetime.now().replace(microsecond=0)
    if today is not None and today != now.date():
        now = datetime.combine(today, now.time())
    row = AusgestelltesDokument(
        art=art,
        nummer=nummer,
        version=version,
        erstellt_am=now,
        sha256=hashlib.sha256(pdf).hexdigest(),
        daten=daten,
        pdf=pdf,
        **links,
    )
    session.add(row)
    return row


def _documents(session: Session, art: str, numbers: list[str]) -> list[AusgestelltesDokument]:
    return list(
        session.scalars(
            select(AusgestelltesDokument).where(
                AusgestelltesDokument.art == art, AusgestelltesDokument.nummer.in_(numbers)
            )
        )
    )


def _newest(session: Session, art: str, nummer: str) -> AusgestelltesDokument | None:
    return session.scalar(
        select(AusgestelltesDokument)
        .where(AusgestelltesDokument.art == art, AusgestelltesDokument.nummer == nummer)
        .order_by(AusgestelltesDokument.version.desc())
        .limit(1)
    )


def _issued(row: AusgestelltesDokument) -> IssuedDocument:
    return IssuedDocument(
        id=row.id,
        art=row.art,
        nummer=row.nummer,
        version=row.version,
        erstellt_am=row.erstellt_am,
        sha256=row.sha256,
        versandt_am=row.versandt_am,
        size=len(row.pdf or b""),
    )
