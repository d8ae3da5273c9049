"""The Verwendungsnachweis of a Förderjahr (Maßnahme Einsatz): the treasurer's Angaben and the document's data.

``get_angaben``/``set_angaben`` keep what only the treasurer knows (the Sachbericht texts, Eigen- and Drittmittel,
the Koordinierungspauschale actually spent); ``vn_data`` gathers everything the PDF prints as plain frozen
dataclasses (``reports.verwendungsnachweis.VnData``); ``vn_data_json`` is its canonical JSON, used to see whether
anything changed since the last issued version; ``write_verwendungsnachweis`` writes the PDF.

Data protection: the statistics are aggregates (counts, hours per Tätigkeit and month, languages offered); the
Bemerkung of an Einsatz, which may say something about an accompanied person, is never read here.
"""

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import String, and_, func, select, type_coerce
from sqlalchemy.orm import Session

from lotsendesk.db.models import (
    Auszahlung,
    AuszahlungPosten,
    Auszahlungslauf,
    Einsatz,
    Lotse,
    Taetigkeit,
    VerwendungsnachweisAngaben,
)
from lotsendesk.domain.dates import period_text
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.formatting import format_money
from lotsendesk.domain.funding import CAP_METHOD_TEXT
from lotsendesk.domain.lotse_record import rolle_am
from lotsendesk.domain.messages import msg
from lotsendesk.domain.people import Rolle, display_name, sort_key
from lotsendesk.reports.verwendungsnachweis import (
    VnBeleg,
    VnData,
    VnPerson,
    VnRate,
    VnStatistik,
    VnTaetigkeit,
    build_verwendungsnachweis,
)
from lotsendesk.services.database import Database
from lotsendesk.services.dokumente import data_json
from lotsendesk.services.errors import InputErrors, write_or_fail
from lotsendesk.services.foerderjahre import load_people, load_year_row, year_summary
from lotsendesk.services.money import from_cents, to_cents
from lotsendesk.services.traeger import RECHTSFORM_LABELS, get_logo, get_traeger

__all__ = [
    "VnAngaben",
    "VnData",
    "get_angaben",
    "set_angaben",
    "vn_data",
    "vn_data_json",
    "write_verwendungsnachweis",
]

ZERO = Decimal("0.00")
OHNE_TAETIGKEIT = "ohne Angabe"


@dataclass(frozen=True)
class VnAngaben:
    projektverlauf: str = ""
    zielerreichung: str = ""
    zusammenarbeit: str = ""
    schwierigkeiten: str = ""
    ausblick: str = ""
    eigenmittel: Decimal = Decimal("0.00")
    drittmittel: Decimal = Decimal("0.00")
    koordination_ist: Decimal | None = None  # None: not stated; the document then uses the bewilligte amount


_TEXTS = ("projektverlauf", "zielerreichung", "zusammenarbeit", "schwierigkeiten", "ausblick")


# --- Angaben ---------------------------------------------------------------------------------------------------
def get_angaben(db: Database, jahr: int) -> VnAngaben:
    """The stored Angaben of Förderjahr ``jahr`` (empty defaults when none are stored yet)."""
    with db.session() as session:
        year = load_year_row(session, jahr)
        return _angaben(_angaben_row(session, year.id))


def set_angaben(db: Database, jahr: int, angaben: VnAngaben) -> VnAngaben:
    """Store the Angaben of Förderjahr ``jahr``; returns the previous ones (for undo). Amounts are rounded to
    cents; negative amounts and a Koordinierungspauschale above the bewilligte amount are refused."""
    with db.session() as session:
        year = load_year_row(session, jahr)
        bewilligt = from_cents(year.bewilligt_koordination_cent)
        errors = []
        for name, label, value in (
            ("eigenmittel", "Eigenmittel", angaben.eigenmittel),
            ("drittmittel", "Drittmittel", angaben.drittmittel),
        ):
            if value < 0:
                errors.append(ValidationError(msg("{was} können nicht negativ sein.", was=label), name))
        if angaben.koordination_ist is not None:
            if angaben.koordination_ist < 0:
                errors.append(
                    ValidationError(msg("Die Koordinierungspauschale kann nicht negativ sein."), "koordination_ist")
                )
            elif to_cents(angaben.koordination_ist) > to_cents(bewilligt):
                errors.append(
                    ValidationError(
                        msg(
                            "Die Koordinierungspauschale kann höchstens den bewilligten Betrag von {betrag} erreichen.",
                            betrag=format_money(bewilligt),
                        ),
                        "koordination_ist",
                    )
                )
        if errors:
            raise InputErrors(errors)
        row = _angaben_row(session, year.id)
        before = _angaben(row)
        if row is None:
            row = VerwendungsnachweisAngaben(foerderjahr_id=year.id)
            session.add(row)
        for name in _TEXTS:
            setattr(row, name, _clean_text(getattr(angaben, name)))
        row.eigenmittel_cent = to_cents(angaben.eigenmittel)
        row.drittmittel_cent = to_cents(angaben.drittmittel)
        row.koordination_ist_cent = None if angaben.koordination_ist is None else to_cents(angaben.koordination_ist)
        row.geaendert_am = datetime.now().replace(microsecond=0)
        return before


def _angaben_row(session: Session, foerderjahr_id: int) -> VerwendungsnachweisAngaben | None:
    return session.scalar(
        select(VerwendungsnachweisAngaben).where(VerwendungsnachweisAngaben.foerderjahr_id == foerderjahr_id)
    )


def _angaben(row: VerwendungsnachweisAngaben | None) -> VnAngaben:
    if row is None:
        return VnAngaben()
    return VnAngaben(
        **{name: getattr(row, name) or "" for name in _TEXTS},
        eigenmittel=from_cents(row.eigenmittel_cent or 0),
        drittmittel=from_cents(row.drittmittel_cent or 0),
        koordination_ist=None if row.koordination_ist_cent is None else from_cents(row.koordination_ist_cent),
    )


def _clean_text(text: str) -> str:
    """Line ends unified, trailing blanks and surrounding empty lines removed."""
    lines = [line.rstrip() for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip()


# --- the document's data ---------------------------------------------------------------------------------------
def vn_data(db: Database, jahr: int) -> VnData:
    """Everything the Verwendungsnachweis of Förderjahr ``jahr`` prints; ServiceError when there is no such year."""
    summary = year_summary(db, jahr)  # ServiceError when the year does not exist
    year = summary.year
    traeger = get_traeger(db)
    angaben = get_angaben(db, jahr)
    with db.session() as session:
        year_id = load_year_row(session, jahr).id
        belege = _belege(session, year_id, jahr)
        statistik = _statistik(session, jahr, summary)
    koordination_ist = year.bewilligt_koordination if angaben.koordination_ist is None else angaben.koordination_ist
    period = year.period
    return VnData(
        jahr=jahr,
        traeger_name=traeger.name,
        traeger_rechtsform=RECHTSFORM_LABELS.get(traeger.rechtsform, ""),
        traeger_anschrift=traeger.anschrift,
        traeger_ort=traeger.ort,
        vertreter=tuple(traeger.vertreter()),
        aktenzeichen=year.aktenzeichen,
        bescheid_datum=year.bescheid_datum,
        bewilligung_von=period.start,
        bewilligung_bis=period.end,
        bewilligt_einsatz=year.bewilligt_einsatz,
        bewilligt_koordination=year.bewilligt_koordination,
        nebenbestimmungen=year.nebenbestimmungen,
        vn_frist=year.vn_frist,
        satz=year.params.rate,
        cap_lotsin_minuten=year.params.cap_lotsin_minutes,
        cap_koordinierend_minuten=year.params.cap_koordinierend_minutes,
        cap_methode=CAP_METHOD_TEXT[year.params.cap_method],
        raten=tuple(VnRate(r.datum, r.betrag, r.notiz) for r in summary.raten),
        eigenmittel=angaben.eigenmittel,
        drittmittel=angaben.drittmittel,
        koordination_ist=koordination_ist,
        koordination_angegeben=angaben.koordination_ist is not None,
        people=tuple(
            VnPerson(
                nr=p.nr,
                name=p.name,
                funktion=p.rolle,
                qualifiziert_am=p.qualifiziert_am,
                erfasst_minuten=p.result.recorded,
                abrechenbar_minuten=p.result.claimable,
                betrag=p.betrag,
                ausgezahlt=p.ausgezahlt,
            )
            for p in summary.people
        ),
        belege=belege,
        projektverlauf=angaben.projektverlauf,
        zielerreichung=angaben.zielerreichung,
        zusammenarbeit=angaben.zusammenarbeit,
        schwierigkeiten=angaben.schwierigkeiten,
        ausblick=angaben.ausblick,
        statistik=statistik,
    )


def _belege(session: Session, year_id: int, jahr: int) -> tuple[VnBeleg, ...]:
    """Every payout and Storno of the Förderjahr by day of payment and Beleg-Nr., with its reason: the period
    of the Einsätze a payout paid (from the day after the previous run up to its run's end, earlier if it paid
    older Einsätze again), or the Storno and its reason."""
    runs = sorted(
        session.execute(
            select(Auszahlungslauf.id, Auszahlungslauf.bis).where(Auszahlungslauf.foerderjahr_id == year_id)
        ).all(),
        key=lambda r: (r.bis, r.id),
    )
    run_start: dict[int, date] = {}
    run_end: dict[int, date] = {}
    start = date(jahr, 1, 1)
    for run_id, bis in runs:
        run_start[run_id], run_end[run_id] = min(start, bis), bis
        start = max(start, bis + timedelta(days=1))
    first_einsatz = dict(
        session.execute(
            select(AuszahlungPosten.auszahlung_id, func.min(type_coerce(Einsatz.datum, String)))
            .join(Einsatz, Einsatz.id == AuszahlungPosten.einsatz_id)
            .join(Auszahlung, Auszahlung.id == AuszahlungPosten.auszahlung_id)
            .where(Auszahlung.foerderjahr_id == year_id)
            .group_by(AuszahlungPosten.auszahlung_id)
        ).all()
    )
    rows = session.execute(
        select(Auszahlung, Lotse.nachname, Lotse.vorname)
        .join(Lotse, Lotse.id == Auszahlung.lotse_id)
        .where(Auszahlung.foerderjahr_id == year_id)
        .order_by(Auszahlung.bezahlt_am, Auszahlung.beleg_jahr, Auszahlung.beleg_lfd)
    ).all()
    numbers = {a.id: a.beleg_nr for a, _, _ in rows}
    missing = [a.storno_von_id for a, _, _ in rows if a.storno_von_id and a.storno_von_id not in numbers]
    if missing:
        for original in session.scalars(select(Auszahlung).where(Auszahlung.id.in_(missing))):
            numbers[original.id] = original.beleg_nr
    result = []
    for payout, nachname, vorname in rows:
        if payout.storno_von_id is not None:
            grund = f"Storno von {numbers.get(payout.storno_von_id, '?')}"
            if payout.grund:
                grund += f": {payout.grund}"
        else:
            end = run_end.get(payout.lauf_id) if payout.lauf_id else None
            start_day = run_start.get(payout.lauf_id) if payout.lauf_id else None
            first = first_einsatz.get(payout.id)
            if first:
                first_day = date.fromisoformat(first)
                start_day = first_day if start_day is None else min(start_day, first_day)
            grund = "Aufwandsentschädigung"
            if start_day and end:
                grund += f" {period_text(start_day, end)}"
            if payout.grund:
                grund += f" ({payout.grund})"
        result.append(
            VnBeleg(
                datum=payout.bezahlt_am,
                beleg_nr=payout.beleg_nr,
                empfaenger=display_name(nachname, vorname),
                grund=grund,
                betrag=from_cents(payout.betrag_cent),
            )
        )
    return tuple(result)


_SPRACH_TRENNER = re.compile(r"[,;/]|\bund\b")


def _statistik(session: Session, jahr: int, summary) -> VnStatistik:
    first, last = date(jahr, 1, 1), date(jahr, 12, 31)
    # only these four columns: the Bemerkung of an Einsatz is never read for the Verwendungsnachweis
    stmt = select(Einsatz.lotse_id, type_coerce(Einsatz.datum, String), Einsatz.minuten, Einsatz.taetigkeit_id).where(
        and_(Einsatz.datum >= first, Einsatz.datum <= last)
    )
    months = [0] * 12
    by_taetigkeit: dict[int | None, list[int]] = {}
    active: set[int] = set()
    count = minutes_total = 0
    for lotse_id, datum, minuten, taetigkeit_id in session.connection().execute(stmt):
        months[int(datum[5:7]) - 1] += minuten
        slot = by_taetigkeit.setdefault(taetigkeit_id, [0, 0])
        slot[0] += 1
        slot[1] += minuten
        active.add(lotse_id)
        count += 1
        minutes_total += minuten
    names = {
        tid: (position, name)
        for tid, name, position in session.execute(select(Taetigkeit.id, Taetigkeit.name, Taetigkeit.position))
    }
    taetigkeiten = sorted(
        by_taetigkeit.items(),
        key=lambda item: (item[0] is None or item[0] not in names, names.get(item[0], (0, ""))),
    )
    people = load_people(session)
    koordinierende = 0
    sprachen: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for lotse_id in active:
        lotse, person = people[lotse_id]
        days = [first, *(r.ab for r in person.rollen if r.ab and first < r.ab <= last)]
        if any(rolle_am(person.rollen, day) == Rolle.KOORDINIEREND for day in days):
            koordinierende += 1
        seen = set()
        for part in _SPRACH_TRENNER.split(lotse.sprachen or ""):
            name = " ".join(part.split())
            key = name.casefold()
            if name and key not in seen:
                seen.add(key)
                spelling.setdefault(key, name)
                sprachen[key] += 1
    neu = session.scalar(select(func.count(Lotse.id)).where(and_(Lotse.eintritt >= first, Lotse.eintritt <= last)))
    ausgeschieden = session.scalar(
        select(func.count(Lotse.id)).where(and_(Lotse.austritt >= first, Lotse.austritt <= last))
    )

    return VnStatistik(
        lotsinnen_aktiv=len(active),
        koordinierende=koordinierende,
        mit_abrechenbaren_stunden=sum(1 for p in summary.people if p.result.claimable > 0),
        neu=neu or 0,
        ausgeschieden=ausgeschieden or 0,
        einsaetze=count,
        minuten_erfasst=minutes_total,
        minuten_abrechenbar=summary.claimable_minutes,
        nach_taetigkeit=tuple(
            VnTaetigkeit(names[tid][1] if tid in names else OHNE_TAETIGKEIT, n, m) for tid, (n, m) in taetigkeiten
        ),
        minuten_nach_monat=tuple(months),
        sprachen=tuple(
            (spelling[key], n)
            for key, n in sorted(sprachen.items(), key=lambda item: (-item[1], sort_key(spelling[item[0]])))
        ),
    )


# --- JSON and PDF ----------------------------------------------------------------------------------------------
def vn_data_json(data: VnData) -> str:
    """Canonical JSON of ``data`` (``dokumente.data_json``): a changed figure shows in a changed text."""
    return data_json(data)


def write_verwendungsnachweis(
    db: Database, jahr: int, path: Path, entwurf: bool = False, created: date | None = None
) -> VnData:
    """Write the Verwendungsnachweis of Förderjahr ``jahr`` to ``path``; returns the data it shows."""
    data = vn_data(db, jahr)
    write_or_fail(
        path, lambda: build_verwendungsnachweis(data, path, entwurf=entwurf, created=created, logo=get_logo(db))
    )
    return data
