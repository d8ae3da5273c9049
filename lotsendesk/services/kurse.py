"""Qualifizierungen: courses with their Termine, participants, attendance, certificates and costs, and the
figures of the course's Verwendungsnachweis (domain.md §1.4, §6 items 14–17).

A certificate of a Basisqualifizierung sets the participant's Qualifiziert-am date (if they had none or a later
one): from that day their hours are claimable. Withdrawing it restores the date it replaced.
"""

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from lotsendesk.db.models import (
    AusgestelltesDokument,
    ExterneQualifikation,
    Foerderjahr,
    Kurs,
    KursAnwesenheit,
    KursKosten,
    KursTeilnahme,
    KursTermin,
    Lotse,
)
from lotsendesk.domain import qualifizierung as q
from lotsendesk.domain.dates import format_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.formatting import format_money, format_number
from lotsendesk.domain.lotse_record import LotseData
from lotsendesk.domain.messages import msg
from lotsendesk.domain.people import Status, display_name, sort_key
from lotsendesk.services.database import Database
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.lotsen import create_lotse, delete_lotse
from lotsendesk.services.money import from_cents, to_cents

ZERO = Decimal("0.00")
_TIME_LENGTH = 5  # "18:00"


# --- data in and out -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KursData:
    art: q.KursArt
    titel: str
    extern: bool = False
    veranstalter: str = ""  # "" = the Träger itself
    ort: str = ""
    online: bool = False
    referenten: str = ""
    geplante_teilnehmende: int = 0
    foerderjahr: int | None = None  # the Förderjahr whose Qualifizierung line funds it
    bewilligt: Decimal = ZERO
    satz_ue: Decimal = q.SATZ_UE
    mindestanwesenheit: int = q.MINDESTANWESENHEIT
    erhalten: Decimal = ZERO  # grant received for the course
    erhalten_am: date | None = None
    sachbericht: str = ""
    verwendungsnachweis_bis: date | None = None  # None: three months after the last Termin
    notizen: str = ""


@dataclass(frozen=True)
class TerminData:
    datum: date
    ue: int
    beginn: str = ""
    ende: str = ""
    thema: str = ""


@dataclass(frozen=True)
class KostenData:
    datum: date
    kategorie: q.Kategorie
    betrag: Decimal
    empfaenger: str = ""
    beschreibung: str = ""
    foerderfaehig: bool = True


@dataclass(frozen=True)
class TerminRow:
    id: int
    data: TerminData


@dataclass(frozen=True)
class TeilnehmerRow:
    id: int  # the Teilnahme
    lotse_id: int
    nr: str
    nachname: str
    vorname: str
    anschrift: str
    anwesend: frozenset[int]  # Termin ids
    ue_besucht: int
    prozent: Decimal
    ausreichend: bool  # attendance reaches the course's threshold
    zertifikat_am: date | None
    qualifiziert_am: date | None

    @property
    def name(self) -> str:
        return display_name(self.nachname, self.vorname)


@dataclass(frozen=True)
class KostenRow:
    id: int
    beleg_nr: str
    data: KostenData


@dataclass(frozen=True)
class KursDetail:
    id: int
    data: KursData
    termine: tuple[TerminRow, ...]
    teilnehmende: tuple[TeilnehmerRow, ...]
    kosten: tuple[KostenRow, ...]
    split: q.CostSplit
    warnungen: tuple[q.KursWarnung, ...]
    today: date

    @property
    def ue(self) -> int:
        return sum(t.data.ue for t in self.termine)

    @property
    def von(self) -> date | None:
        return self.termine[0].data.datum if self.termine else None

    @property
    def bis(self) -> date | None:
        return self.termine[-1].data.datum if self.termine else None

    @property
    def vorbei(self) -> bool:
        """The last Termin has taken place."""
        return self.bis is not None and self.bis < self.today

    @property
    def attendance_recorded(self) -> bool:
        return any(p.anwesend for p in self.teilnehmende)

    @property
    def teilnehmende_ist(self) -> int:
        """Participants counted for the grant: those who attended at least one Termin; before any attendance is
        ticked, everyone registered."""
        if self.attendance_recorded:
            return sum(1 for p in self.teilnehmende if p.anwesend)
        return len(self.teilnehmende)

    @property
    def hoechstbetrag_geplant(self) -> Decimal:
        return q.max_grant(self.data.geplante_teilnehmende, self.ue, self.data.satz_ue)

    @property
    def frist(self) -> date | None:
        return q.vn_due(self.bis, self.data.verwendungsnachweis_bis)

    @property
    def ergebnis(self) -> Decimal:
        """Received minus fundable: > 0 is to be paid back, < 0 can still be requested."""
        return self.data.erhalten - self.split.foerderfaehig


@dataclass(frozen=True)
class KursRow:
    id: int
    art: q.KursArt
    titel: str
    von: date | None
    bis: date | None
    ue: int
    teilnehmende: int
    geplant: int
    kosten: Decimal


@dataclass(frozen=True)
class ExterneQualifikationRow:
    lotse_id: int
    nr: str
    name: str
    veranstalter: str
    datum: date
    notiz: str


# --- courses -------------------------------------------------------------------------------------------------
def list_courses(db: Database) -> list[KursRow]:
    """Every course, the newest first (a course without Termine counts as newest: it is being planned)."""
    with db.session() as session:
        termine = _termin_span(session)
        counts = dict(
            session.execute(select(KursTeilnahme.kurs_id, func.count()).group_by(KursTeilnahme.kurs_id)).all()
        )
        kosten = dict(
            session.execute(
                select(KursKosten.kurs_id, func.sum(KursKosten.betrag_cent)).group_by(KursKosten.kurs_id)
            ).all()
        )
        rows = []
        for kurs in session.scalars(select(Kurs)):
            von, bis, ue = termine.get(kurs.id, (None, None, 0))
            rows.append(
                KursRow(
                    kurs.id,
                    q.KursArt(kurs.art),
                    kurs.titel,
                    von,
                    bis,
                    ue,
                    counts.get(kurs.id, 0),
                    kurs.geplante_teilnehmende,
                    from_cents(kosten.get(kurs.id) or 0),
                )
            )
    return sorted(rows, key=lambda r: (r.von or date.max, r.id), reverse=True)


def get_course(db: Database, kurs_id: int, today: date | None = None) -> KursDetail:
    today = today or date.today()
    with db.session() as session:
        kurs = _load(session, kurs_id)
        return _detail(session, kurs, today)


def add_course(db: Database, data: KursData) -> int:
    data = _checked(data)
    with db.session() as session:
        kurs = Kurs()
        _apply(session, kurs, data)
        session.add(kurs)
        session.flush()
        return kurs.id


def update_course(db: Database, kurs_id: int, data: KursData) -> KursData:
    """Change a course's own data; returns the previous data (for undo)."""
    data = _checked(data)
    with db.session() as session:
        kurs = _load(session, kurs_id)
        before = _data(kurs)
        _refuse_rule_change(session, kurs, data)
        _apply(session, kurs, data)
        return before


def delete_course(db: Database, kurs_id: int) -> None:
    """Remove a course that has no costs (Belege), no issued certificates and no issued Verwendungsnachweis yet."""
    with db.session() as session:
        kurs = _load(session, kurs_id)
        if session.scalar(select(func.count()).where(KursKosten.kurs_id == kurs_id)):
            raise ServiceError(msg("Der Kurs hat Kosten mit Beleg-Nummern und bleibt deshalb bestehen."))
        if any(t.zertifikat_am for t in kurs.teilnahmen):
            raise ServiceError(msg("Für diesen Kurs sind schon Zertifikate ausgestellt; er bleibt bestehen."))
        issued = select(func.count()).where(
            AusgestelltesDokument.art == VN_ART, AusgestelltesDokument.nummer == str(kurs_id)
        )
        if session.scalar(issued):
            raise ServiceError(
                msg("Für diesen Kurs ist schon ein Verwendungsnachweis ausgestellt; er bleibt bestehen.")
            )
        session.delete(kurs)


# --- Termine -------------------------------------------------------------------------------------------------
def add_termin(db: Database, kurs_id: int, data: TerminData) -> int:
    data = _checked_termin(data)
    with db.session() as session:
        _load(session, kurs_id)
        termin = KursTermin(kurs_id=kurs_id)
        _apply_termin(termin, data)
        session.add(termin)
        session.flush()
        return termin.id


def update_termin(db: Database, termin_id: int, data: TerminData) -> TerminData:
    data = _checked_termin(data)
    with db.session() as session:
        termin = _load_termin(session, termin_id)
        before = _termin_data(termin)
        _refuse_after_certificate(session, termin.kurs_id)
        _apply_termin(termin, data)
        return before


def delete_termin(db: Database, termin_id: int) -> None:
    with db.session() as session:
        termin = _load_termin(session, termin_id)
        _refuse_after_certificate(session, termin.kurs_id)
        session.delete(termin)


# --- participants and attendance ----------------------------------------------------------------------------
def add_participant(db: Database, kurs_id: int, lotse_id: int) -> int:
    with db.session() as session:
        _load(session, kurs_id)
        if session.get(Lotse, lotse_id) is None:
            raise ServiceError(msg("Diese*n Lots*in gibt es nicht mehr (inzwischen gelöscht?)."))
        exists = session.scalar(
            select(KursTeilnahme.id).where(KursTeilnahme.kurs_id == kurs_id, KursTeilnahme.lotse_id == lotse_id)
        )
        if exists is not None:
            raise ServiceError(msg("Diese Person steht schon auf der Teilnehmendenliste."))
        teilnahme = KursTeilnahme(kurs_id=kurs_id, lotse_id=lotse_id)
        session.add(teilnahme)
        session.flush()
        return teilnahme.id


def add_new_participant(db: Database, kurs_id: int, data: LotseData) -> tuple[int, int]:
    """A person new to the project: a Lots*in record with status "in Qualifizierung" and their place on the
    list. Returns (lotse_id, teilnahme_id). If the second step fails, the record is removed again."""
    with db.session() as session:
        _load(session, kurs_id)
    lotse_id = create_lotse(db, _new_person(data))
    try:
        return lotse_id, add_participant(db, kurs_id, lotse_id)
    except ServiceError:
        delete_lotse(db, lotse_id)
        raise


def remove_participant(db: Database, teilnahme_id: int) -> None:
    with db.session() as session:
        teilnahme = _load_teilnahme(session, teilnahme_id)
        if teilnahme.zertifikat_am:
            raise ServiceError(msg("Das Zertifikat ist ausgestellt; bitte zuerst das Zertifikat zurücknehmen."))
        session.delete(teilnahme)


def set_attendance(db: Database, teilnahme_id: int, termin_id: int, present: bool) -> None:
    with db.session() as session:
        teilnahme = _load_teilnahme(session, teilnahme_id)
        termin = _load_termin(session, termin_id)
        if termin.kurs_id != teilnahme.kurs_id:
            raise ServiceError(msg("Dieser Termin gehört zu einem anderen Kurs."))
        if teilnahme.zertifikat_am:
            raise ServiceError(
                msg("Das Zertifikat ist ausgestellt; die Anwesenheit lässt sich erst nach seiner Rücknahme ändern.")
            )
        row = session.scalar(
            select(KursAnwesenheit).where(
                KursAnwesenheit.teilnahme_id == teilnahme_id, KursAnwesenheit.termin_id == termin_id
            )
        )
        if present and row is None:
            session.add(KursAnwesenheit(teilnahme_id=teilnahme_id, termin_id=termin_id))
        elif not present and row is not None:
            session.delete(row)


def issue_certificate(db: Database, teilnahme_id: int, am: date, today: date | None = None) -> None:
    """Mark the certificate as issued on ``am``. Refused below the attendance threshold and before the last
    attended Termin. For a Basisqualifizierung it sets the person's Qualifiziert-am date (unless an earlier one
    exists) and turns "in Qualifizierung" into "aktiv"."""
    with db.session() as session:
        teilnahme = _load_teilnahme(session, teilnahme_id)
        _issue(session, teilnahme, _load(session, teilnahme.kurs_id), am, today or date.today())


def issue_certificates(
    db: Database, kurs_id: int, am: date, today: date | None = None, only: Collection[int] | None = None
) -> list[int]:
    """The certificates of everyone on the list who reached the attendance threshold and has none yet, all on
    ``am`` – all or none. Returns the Teilnahme ids that got one (empty: nobody was due). ``only``: just these
    Teilnahmen (a redo gives exactly the certificates it took back)."""
    with db.session() as session:
        kurs = _load(session, kurs_id)
        total = sum(t.ue for t in kurs.termine)
        ue_of = {t.id: t.ue for t in kurs.termine}
        issued = []
        for teilnahme in sorted(kurs.teilnahmen, key=lambda t: t.id):
            if only is not None and teilnahme.id not in only:
                continue
            besucht = sum(ue_of[t] for t in _attended(session, teilnahme.id))
            if teilnahme.zertifikat_am is None and q.meets_attendance(besucht, total, kurs.mindestanwesenheit_prozent):
                _issue(session, teilnahme, kurs, am, today or date.today())
                issued.append(teilnahme.id)
        return issued


def _issue(session: Session, teilnahme: KursTeilnahme, kurs: Kurs, am: date, today: date) -> None:
    if am > today:
        raise InputErrors(
            [ValidationError(msg("Ein Zertifikat kann nicht in der Zukunft ausgestellt werden."), "zertifikat_am")]
        )
    if teilnahme.zertifikat_am:
        raise ServiceError(
            msg("Das Zertifikat ist schon am {datum} ausgestellt.", datum=format_date(teilnahme.zertifikat_am))
        )
    total = sum(t.ue for t in kurs.termine)
    attended = _attended(session, teilnahme.id)
    besucht = sum(t.ue for t in kurs.termine if t.id in attended)
    if not q.meets_attendance(besucht, total, kurs.mindestanwesenheit_prozent):
        raise ServiceError(
            msg(
                "Kein Zertifikat: anwesend bei {prozent} % der UE, nötig sind {schwelle} %.",
                prozent=_percent_text(q.attendance_percent(besucht, total)),
                schwelle=str(kurs.mindestanwesenheit_prozent),
            )
        )
    last = max(t.datum for t in kurs.termine if t.id in attended)
    if am < last:
        raise InputErrors(
            [
                ValidationError(
                    msg(
                        "Das Zertifikat kann frühestens am letzten besuchten Termin ({datum}) ausgestellt werden.",
                        datum=format_date(last),
                    ),
                    "zertifikat_am",
                )
            ]
        )
    teilnahme.zertifikat_am = am
    lotse = session.get(Lotse, teilnahme.lotse_id)
    if kurs.art == q.KursArt.BASIS and lotse is not None:
        teilnahme.qualifiziert_vorher = lotse.qualifiziert_am
        if lotse.qualifiziert_am is None or lotse.qualifiziert_am > am:
            lotse.qualifiziert_am = am
        if lotse.status == Status.IN_QUALIFIZIERUNG.value:
            lotse.status = Status.AKTIV.value


def revoke_certificate(db: Database, teilnahme_id: int) -> None:
    """Undo ``issue_certificate``: the Qualifiziert-am date goes back to what it was, if the certificate set it."""
    with db.session() as session:
        teilnahme = _load_teilnahme(session, teilnahme_id)
        kurs = _load(session, teilnahme.kurs_id)
        if teilnahme.zertifikat_am is None:
            return
        lotse = session.get(Lotse, teilnahme.lotse_id)
        if kurs.art == q.KursArt.BASIS and lotse is not None:
            if lotse.qualifiziert_am == teilnahme.zertifikat_am:
                # the earliest that still backs it: the date before, another certificate, an external one
                others = [
                    teilnahme.qualifiziert_vorher,
                    _own_certificate_date(session, lotse.id, without=teilnahme.id),
                    session.scalar(select(ExterneQualifikation.datum).where(ExterneQualifikation.lotse_id == lotse.id)),
                ]
                lotse.qualifiziert_am = min((d for d in others if d), default=None)
                if lotse.qualifiziert_am is None and lotse.status == Status.AKTIV.value:
                    lotse.status = Status.IN_QUALIFIZIERUNG.value
            _forget_date(session, lotse.id, teilnahme.zertifikat_am, teilnahme.qualifiziert_vorher)
        teilnahme.zertifikat_am = None
        teilnahme.qualifiziert_vorher = None


# --- costs ---------------------------------------------------------------------------------------------------
def add_cost(db: Database, kurs_id: int, data: KostenData) -> KostenRow:
    """A cost with the next Beleg-Nr. of its year (``K2025-004``), gapless like the payouts' numbers."""
    data = _checked_cost(data)
    with db.session() as session:
        _load(session, kurs_id)
        jahr = data.datum.year
        lfd = (session.scalar(select(func.max(KursKosten.beleg_lfd)).where(KursKosten.beleg_jahr == jahr)) or 0) + 1
        row = KursKosten(kurs_id=kurs_id, beleg_jahr=jahr, beleg_lfd=lfd)
        _apply_cost(row, data)
        session.add(row)
        session.flush()
        return KostenRow(row.id, row.beleg_nr, data)


def update_cost(db: Database, kosten_id: int, data: KostenData) -> KostenData:
    """Correct a cost; its Beleg-Nr. stays, so the date must stay in the Beleg-Nr.'s year."""
    data = _checked_cost(data)
    with db.session() as session:
        row = _load_cost(session, kosten_id)
        if data.datum.year != row.beleg_jahr:
            raise InputErrors(
                [
                    ValidationError(
                        msg(
                            "Der Beleg {nr} gehört zum Jahr {jahr}; bitte ein Datum in {jahr} angeben.",
                            nr=row.beleg_nr,
                            jahr=str(row.beleg_jahr),
                        ),
                        "datum",
                    )
                ]
            )
        before = _cost_data(row)
        _apply_cost(row, data)
        return before


def delete_cost(db: Database, kosten_id: int) -> None:
    """Only the newest Beleg of its year can go (the numbers stay gapless); others are corrected instead."""
    with db.session() as session:
        row = _load_cost(session, kosten_id)
        newest = session.scalar(select(func.max(KursKosten.beleg_lfd)).where(KursKosten.beleg_jahr == row.beleg_jahr))
        if row.beleg_lfd != newest:
            raise ServiceError(
                msg(
                    "Nur der zuletzt erfasste Beleg eines Jahres lässt sich löschen, damit die Beleg-Nummern "
                    "lückenlos bleiben. Bitte {nr} stattdessen berichtigen (z. B. Betrag 0,00 € mit Begründung).",
                    nr=row.beleg_nr,
                )
            )
        session.delete(row)


# --- qualifications from elsewhere ---------------------------------------------------------------------------
def set_external_qualification(db: Database, lotse_id: int, veranstalter: str, datum: date, notiz: str = "") -> None:
    """Record that the person completed a Basisqualifizierung elsewhere; it sets their Qualifiziert-am date."""
    veranstalter = veranstalter.strip()
    errors = []
    if not veranstalter:
        errors.append(ValidationError(msg("Bitte angeben, wer die Qualifizierung durchgeführt hat."), "veranstalter"))
    if datum > date.today():
        errors.append(ValidationError(msg("Das Datum liegt in der Zukunft."), "datum"))
    if errors:
        raise InputErrors(errors)
    with db.session() as session:
        lotse = session.get(Lotse, lotse_id)
        if lotse is None:
            raise ServiceError(msg("Diese*n Lots*in gibt es nicht mehr (inzwischen gelöscht?)."))
        row = session.scalar(select(ExterneQualifikation).where(ExterneQualifikation.lotse_id == lotse_id))
        if row is None:
            row = ExterneQualifikation(lotse_id=lotse_id)
            session.add(row)
        elif row.datum != datum:
            _forget_date(session, lotse_id, row.datum, None)
        row.veranstalter, row.datum, row.notiz = veranstalter, datum, notiz.strip()
        own = _own_certificate_date(session, lotse_id)  # an earlier certificate of ours keeps its date
        lotse.qualifiziert_am = min(datum, own) if own else datum
        if lotse.status == Status.IN_QUALIFIZIERUNG.value:
            lotse.status = Status.AKTIV.value


def remove_external_qualification(db: Database, lotse_id: int) -> None:
    """Forget the record; the Qualifiziert-am date it set is cleared unless a certificate of ours backs it."""
    with db.session() as session:
        row = session.scalar(select(ExterneQualifikation).where(ExterneQualifikation.lotse_id == lotse_id))
        if row is None:
            return
        lotse = session.get(Lotse, lotse_id)
        if lotse is not None and lotse.qualifiziert_am == row.datum:
            lotse.qualifiziert_am = _own_certificate_date(session, lotse_id)
        _forget_date(session, lotse_id, row.datum, None)
        session.delete(row)


def list_external_qualifications(db: Database) -> list[ExterneQualifikationRow]:
    with db.session() as session:
        rows = session.execute(select(ExterneQualifikation, Lotse).join(Lotse)).all()
        result = [
            ExterneQualifikationRow(
                e.lotse_id, lotse.nr, display_name(lotse.nachname, lotse.vorname), e.veranstalter, e.datum, e.notiz
            )
            for e, lotse in rows
        ]
    return sorted(result, key=lambda r: sort_key(r.name))


def external_qualification(db: Database, lotse_id: int) -> ExterneQualifikationRow | None:
    return next((r for r in list_external_qualifications(db) if r.lotse_id == lotse_id), None)


# --- deadlines -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KursFrist:
    kurs_id: int
    titel: str
    datum: date


VN_ART = "kurs_verwendungsnachweis"  # ausgestelltes_dokument.art of a course's Verwendungsnachweis; nummer = str(id)


def sent_courses(db: Database) -> dict[int, date]:
    """Course id → the day its Verwendungsnachweis was sent (any issued version marked as sent)."""
    with db.session() as session:
        rows = session.execute(
            select(AusgestelltesDokument.nummer, func.min(AusgestelltesDokument.versandt_am))
            .where(AusgestelltesDokument.art == VN_ART, AusgestelltesDokument.versandt_am.is_not(None))
            .group_by(AusgestelltesDokument.nummer)
        ).all()
    return {int(nummer): am for nummer, am in rows}


def course_deadlines(db: Database) -> list[KursFrist]:
    """The Verwendungsnachweis deadline of every course with Termine whose Verwendungsnachweis is not sent."""
    sent = sent_courses(db)
    with db.session() as session:
        span = _termin_span(session)
        result = []
        for kurs in session.scalars(select(Kurs)):
            if kurs.id in sent or kurs.id not in span:
                continue
            due = q.vn_due(span[kurs.id][1], kurs.verwendungsnachweis_bis)
            if due is not None:
                result.append(KursFrist(kurs.id, kurs.titel, due))
    return sorted(result, key=lambda f: f.datum)


# --- helpers -------------------------------------------------------------------------------------------------
def _detail(session: Session, kurs: Kurs, today: date) -> KursDetail:
    data = _data(kurs)
    termine = tuple(TerminRow(t.id, _termin_data(t)) for t in kurs.termine)
    ue_of = {t.id: t.data.ue for t in termine}
    total = sum(ue_of.values())
    present: dict[int, set[int]] = {}
    for teilnahme_id, termin_id in session.execute(
        select(KursAnwesenheit.teilnahme_id, KursAnwesenheit.termin_id)
        .join(KursTeilnahme)
        .where(KursTeilnahme.kurs_id == kurs.id)
    ):
        present.setdefault(teilnahme_id, set()).add(termin_id)
    people = []
    for teilnahme, lotse in session.execute(
        select(KursTeilnahme, Lotse).join(Lotse).where(KursTeilnahme.kurs_id == kurs.id)
    ):
        anwesend = frozenset(present.get(teilnahme.id, set()))
        besucht = sum(ue_of[t] for t in anwesend)
        people.append(
            TeilnehmerRow(
                teilnahme.id,
                lotse.id,
                lotse.nr,
                lotse.nachname,
                lotse.vorname,
                lotse.anschrift,
                anwesend,
                besucht,
                q.attendance_percent(besucht, total),
                q.meets_attendance(besucht, total, kurs.mindestanwesenheit_prozent),
                teilnahme.zertifikat_am,
                lotse.qualifiziert_am,
            )
        )
    people.sort(key=lambda p: sort_key(p.name))
    kosten = tuple(
        KostenRow(k.id, k.beleg_nr, _cost_data(k))
        for k in session.scalars(
            select(KursKosten).where(KursKosten.kurs_id == kurs.id).order_by(KursKosten.datum, KursKosten.id)
        )
    )
    detail = KursDetail(kurs.id, data, termine, tuple(people), kosten, q.split_costs([], ZERO), (), today)
    split = q.split_costs(
        [(k.data.betrag, k.data.foerderfaehig) for k in kosten],
        q.max_grant(detail.teilnehmende_ist, total, data.satz_ue),
        data.bewilligt,
    )
    below = [(p.lotse_id, p.name, p.prozent) for p in people if not p.ausreichend and p.anwesend]
    warnungen = q.course_warnings(
        data.art,
        total,
        data.geplante_teilnehmende,
        detail.teilnehmende_ist,
        below,
        split,
        detail.vorbei,
        data.mindestanwesenheit,
    )
    return KursDetail(kurs.id, data, termine, tuple(people), kosten, split, tuple(warnungen), today)


def _termin_span(session: Session) -> dict[int, tuple[date, date, int]]:
    rows = session.execute(
        select(
            KursTermin.kurs_id, func.min(KursTermin.datum), func.max(KursTermin.datum), func.sum(KursTermin.ue)
        ).group_by(KursTermin.kurs_id)
    ).all()
    return {kurs_id: (von, bis, int(ue or 0)) for kurs_id, von, bis, ue in rows}


def _attended(session: Session, teilnahme_id: int) -> set[int]:
    return set(session.scalars(select(KursAnwesenheit.termin_id).where(KursAnwesenheit.teilnahme_id == teilnahme_id)))


def _own_certificate_date(session: Session, lotse_id: int, without: int | None = None) -> date | None:
    """The earliest Basisqualifizierung certificate of the person (``without``: leaving out this Teilnahme)."""
    return session.scalar(
        select(func.min(KursTeilnahme.zertifikat_am))
        .join(Kurs)
        .where(
            KursTeilnahme.lotse_id == lotse_id, Kurs.art == q.KursArt.BASIS.value, KursTeilnahme.id != (without or 0)
        )
    )


def _forget_date(session: Session, lotse_id: int, gone: date | None, instead: date | None) -> None:
    """A source of the Qualifiziert-am date ``gone`` no longer exists: certificates that remembered it as the
    date before them remember ``instead``, so withdrawing them later does not bring it back."""
    if gone is None:
        return
    for teilnahme in session.scalars(
        select(KursTeilnahme).where(KursTeilnahme.lotse_id == lotse_id, KursTeilnahme.qualifiziert_vorher == gone)
    ):
        teilnahme.qualifiziert_vorher = instead


def _refuse_rule_change(session: Session, kurs: Kurs, data: KursData) -> None:
    """Once certificates are issued, the course's Art (a Basisqualifizierung's certificate qualifies) and its
    Mindestanwesenheit (each certificate had to reach it) stay as they were issued under."""
    certified = [t for t in kurs.teilnahmen if t.zertifikat_am]
    if not certified:
        return
    errors = []
    if q.KursArt(data.art).value != kurs.art:
        errors.append(
            ValidationError(
                msg("Für diesen Kurs sind schon Zertifikate ausgestellt; seine Art bleibt deshalb, wie sie ist."),
                "art",
            )
        )
    total = sum(t.ue for t in kurs.termine)
    ue_of = {t.id: t.ue for t in kurs.termine}
    lowest = min(sum(ue_of.get(t, 0) for t in _attended(session, c.id)) for c in certified)
    if not q.meets_attendance(lowest, total, data.mindestanwesenheit):
        errors.append(
            ValidationError(
                msg(
                    "Ein Zertifikat ist schon bei {prozent} % Anwesenheit ausgestellt; die Mindestanwesenheit "
                    "kann deshalb nicht höher sein.",
                    prozent=_percent_text(q.attendance_percent(lowest, total)),
                ),
                "mindestanwesenheit",
            )
        )
    if errors:
        raise InputErrors(errors)


def _refuse_after_certificate(session: Session, kurs_id: int) -> None:
    issued = session.scalar(
        select(func.count()).where(KursTeilnahme.kurs_id == kurs_id, KursTeilnahme.zertifikat_am.is_not(None))
    )
    if issued:
        raise ServiceError(
            msg("Für diesen Kurs sind schon Zertifikate ausgestellt; seine Termine bleiben deshalb, wie sie sind.")
        )


def _new_person(data: LotseData) -> LotseData:
    return replace(data, status=Status.IN_QUALIFIZIERUNG, qualifiziert_am=None)


def _percent_text(value: Decimal) -> str:
    return format_number(value, 1)


def _load(session: Session, kurs_id: int) -> Kurs:
    kurs = session.get(Kurs, kurs_id)
    if kurs is None:
        raise ServiceError(msg("Diesen Kurs gibt es nicht (mehr)."))
    return kurs


def _load_termin(session: Session, termin_id: int) -> KursTermin:
    termin = session.get(KursTermin, termin_id)
    if termin is None:
        raise ServiceError(msg("Diesen Termin gibt es nicht mehr."))
    return termin


def _load_teilnahme(session: Session, teilnahme_id: int) -> KursTeilnahme:
    teilnahme = session.get(KursTeilnahme, teilnahme_id)
    if teilnahme is None:
        raise ServiceError(msg("Diese Person steht nicht mehr auf der Teilnehmendenliste."))
    return teilnahme


def _load_cost(session: Session, kosten_id: int) -> KursKosten:
    row = session.get(KursKosten, kosten_id)
    if row is None:
        raise ServiceError(msg("Diesen Beleg gibt es nicht mehr."))
    return row


def _checked(data: KursData) -> KursData:
    errors = []
    titel = " ".join(data.titel.split())
    if not titel:
        errors.append(ValidationError(msg("Bitte einen Titel für den Kurs angeben."), "titel"))
    if data.extern and not data.veranstalter.strip():
        errors.append(ValidationError(msg("Bitte den externen Veranstalter angeben."), "veranstalter"))
    if not 0 <= data.geplante_teilnehmende <= 999:
        errors.append(ValidationError(msg("Bitte 0 bis 999 geplante Teilnehmende angeben."), "geplante_teilnehmende"))
    for field, value in (("bewilligt", data.bewilligt), ("erhalten", data.erhalten)):
        if value < 0:
            errors.append(ValidationError(msg("Ein Betrag kann nicht negativ sein."), field))
    if data.satz_ue <= 0:
        errors.append(ValidationError(msg("Der Satz je Teilnehmende*n und UE muss größer als 0 sein."), "satz_ue"))
    if not 1 <= data.mindestanwesenheit <= 100:
        errors.append(
            ValidationError(msg("Die Mindestanwesenheit muss zwischen 1 und 100 % liegen."), "mindestanwesenheit")
        )
    if errors:
        raise InputErrors(errors)
    return KursData(
        **{
            **data.__dict__,
            "titel": titel,
            "veranstalter": data.veranstalter.strip() if data.extern else "",
            "ort": data.ort.strip(),
            "referenten": data.referenten.strip(),
            "sachbericht": data.sachbericht.strip(),
            "notizen": data.notizen.strip(),
        }
    )


def _checked_termin(data: TerminData) -> TerminData:
    errors = []
    if not 1 <= data.ue <= 12:
        errors.append(ValidationError(msg("Ein Termin hat 1 bis 12 UE."), "ue"))
    times = []
    for field, value in (("beginn", data.beginn), ("ende", data.ende)):
        text = value.strip()
        if text and not _is_time(text):
            errors.append(ValidationError(msg("„{zeit}“ ist keine Uhrzeit (z. B. 18:00).", zeit=text), field))
        times.append(_time_text(text) if text and _is_time(text) else text)
    if not errors and times[0] and times[1] and times[1] <= times[0]:
        errors.append(ValidationError(msg("Das Ende liegt nicht nach dem Beginn."), "ende"))
    if errors:
        raise InputErrors(errors)
    return TerminData(data.datum, data.ue, times[0], times[1], " ".join(data.thema.split()))


def _is_time(text: str) -> bool:
    hours, sep, minutes = text.replace(".", ":").partition(":")
    return (
        bool(sep)
        and hours.isdigit()
        and minutes.isdigit()
        and int(hours) < 24
        and int(minutes) < 60
        and len(minutes) == 2
    )


def _time_text(text: str) -> str:
    hours, _, minutes = text.replace(".", ":").partition(":")
    return f"{int(hours):02d}:{minutes}"[:_TIME_LENGTH]


def _checked_cost(data: KostenData) -> KostenData:
    errors = []
    if data.betrag < 0:
        errors.append(ValidationError(msg("Ein Betrag kann nicht negativ sein."), "betrag"))
    if not data.empfaenger.strip():
        errors.append(ValidationError(msg("Bitte angeben, an wen gezahlt wurde."), "empfaenger"))
    if errors:
        raise InputErrors(errors)
    return KostenData(
        data.datum,
        q.Kategorie(data.kategorie),
        data.betrag.quantize(Decimal("0.01")),
        " ".join(data.empfaenger.split()),
        data.beschreibung.strip(),
        data.foerderfaehig,
    )


def _apply(session: Session, kurs: Kurs, data: KursData) -> None:
    kurs.art = q.KursArt(data.art).value
    for name in ("titel", "extern", "veranstalter", "ort", "online", "referenten", "geplante_teilnehmende"):
        setattr(kurs, name, getattr(data, name))
    for name in ("erhalten_am", "sachbericht", "verwendungsnachweis_bis", "notizen"):
        setattr(kurs, name, getattr(data, name))
    kurs.mindestanwesenheit_prozent = data.mindestanwesenheit
    kurs.bewilligt_cent = to_cents(data.bewilligt)
    kurs.satz_ue_cent = to_cents(data.satz_ue)
    kurs.erhalten_cent = to_cents(data.erhalten)
    if data.foerderjahr is None:
        kurs.foerderjahr_id = None
    else:
        year_id = session.scalar(select(Foerderjahr.id).where(Foerderjahr.jahr == data.foerderjahr))
        if year_id is None:
            raise InputErrors(
                [
                    ValidationError(
                        msg("Für {jahr} ist noch kein Förderjahr angelegt.", jahr=str(data.foerderjahr)),
                        "foerderjahr",
                    )
                ]
            )
        kurs.foerderjahr_id = year_id


def _data(kurs: Kurs) -> KursData:
    jahr = None
    if kurs.foerderjahr_id is not None:
        session = object_session(kurs)
        jahr = session.get(Foerderjahr, kurs.foerderjahr_id).jahr if session else None
    return KursData(
        art=q.KursArt(kurs.art),
        titel=kurs.titel,
        extern=kurs.extern,
        veranstalter=kurs.veranstalter,
        ort=kurs.ort,
        online=kurs.online,
        referenten=kurs.referenten,
        geplante_teilnehmende=kurs.geplante_teilnehmende,
        foerderjahr=jahr,
        bewilligt=from_cents(kurs.bewilligt_cent),
        satz_ue=from_cents(kurs.satz_ue_cent),
        mindestanwesenheit=kurs.mindestanwesenheit_prozent,
        erhalten=from_cents(kurs.erhalten_cent),
        erhalten_am=kurs.erhalten_am,
        sachbericht=kurs.sachbericht,
        verwendungsnachweis_bis=kurs.verwendungsnachweis_bis,
        notizen=kurs.notizen,
    )


def _apply_termin(termin: KursTermin, data: TerminData) -> None:
    termin.datum, termin.ue, termin.beginn, termin.ende, termin.thema = (
        data.datum,
        data.ue,
        data.beginn,
        data.ende,
        data.thema,
    )


def _termin_data(termin: KursTermin) -> TerminData:
    return TerminData(termin.datum, termin.ue, termin.beginn, termin.ende, termin.thema)


def _apply_cost(row: KursKosten, data: KostenData) -> None:
    row.datum, row.kategorie, row.empfaenger = data.datum, data.kategorie.value, data.empfaenger
    row.beschreibung, row.betrag_cent, row.foerderfaehig = data.beschreibung, to_cents(data.betrag), data.foerderfaehig


def _cost_data(row: KursKosten) -> KostenData:
    return KostenData(
        row.datum,
        q.Kategorie(row.kategorie),
        from_cents(row.betrag_cent),
        row.empfaenger,
        row.beschreibung,
        row.foerderfaehig,
    )


def result_text(detail: KursDetail) -> str:
    """German one-liner for the course's result: Rückzahlung, Nachforderung or ausgeglichen."""
    if detail.ergebnis > 0:
        return msg("Überschuss {betrag} – zurückzuzahlen", betrag=format_money(detail.ergebnis))
    if detail.ergebnis < 0:
        return msg("Fehlbetrag {betrag} – noch anzufordern", betrag=format_money(-detail.ergebnis))
    return msg("ausgeglichen")


# --- putting back what an undo removed (the GUI's undo stack) ------------------------------------------------
# Each function re-creates rows with the ids they had, so every later step on the undo stack that names them
# still finds them.
def restore_course(db: Database, detail: KursDetail) -> None:
    """Re-create a course removed by ``delete_course`` as ``detail`` showed it: data, Termine, participants and
    attendance, under their old ids (a deleted course had neither costs nor certificates)."""
    data = _checked(detail.data)
    with db.session() as session:
        if session.get(Kurs, detail.id) is not None:
            raise ServiceError(msg("Diesen Kurs gibt es schon wieder."))
        kurs = Kurs(id=detail.id)
        _apply(session, kurs, data)
        session.add(kurs)
        session.flush()
        for termin in detail.termine:
            row = KursTermin(id=termin.id, kurs_id=detail.id)
            _apply_termin(row, termin.data)
            session.add(row)
        for person in detail.teilnehmende:
            _restore_teilnahme(session, detail.id, person)


def restore_termin(db: Database, kurs_id: int, termin: TerminRow, present: Iterable[int] = ()) -> None:
    """Put back a Termin removed by ``delete_termin`` (same id) with the ticks of the participants in
    ``present`` (Teilnahme ids that are still on the list)."""
    data = _checked_termin(termin.data)
    with db.session() as session:
        _load(session, kurs_id)
        _refuse_after_certificate(session, kurs_id)
        row = KursTermin(id=termin.id, kurs_id=kurs_id)
        _apply_termin(row, data)
        session.add(row)
        session.flush()
        on_list = set(session.scalars(select(KursTeilnahme.id).where(KursTeilnahme.kurs_id == kurs_id)))
        for teilnahme_id in present:
            if teilnahme_id in on_list:
                session.add(KursAnwesenheit(teilnahme_id=teilnahme_id, termin_id=termin.id))


def restore_participant(db: Database, kurs_id: int, person: TeilnehmerRow) -> None:
    """Put a participant removed by ``remove_participant`` back on the list (same Teilnahme id, same ticks)."""
    with db.session() as session:
        _load(session, kurs_id)
        if session.get(Lotse, person.lotse_id) is None:
            raise ServiceError(msg("Diese*n Lots*in gibt es nicht mehr (inzwischen gelöscht?)."))
        _restore_teilnahme(session, kurs_id, person)


def restore_cost(db: Database, kurs_id: int, row: KostenRow) -> None:
    """Put back the newest Beleg of its year removed by ``delete_cost``, with its old id and Beleg-Nr."""
    data = _checked_cost(row.data)
    jahr_text, _, lfd_text = row.beleg_nr.removeprefix("K").partition("-")
    jahr, lfd = int(jahr_text), int(lfd_text)
    with db.session() as session:
        _load(session, kurs_id)
        newest = session.scalar(select(func.max(KursKosten.beleg_lfd)).where(KursKosten.beleg_jahr == jahr)) or 0
        if lfd != newest + 1:
            raise ServiceError(
                msg("Der Beleg {nr} lässt sich nicht wiederherstellen: seine Nummer ist vergeben.", nr=row.beleg_nr)
            )
        cost = KursKosten(id=row.id, kurs_id=kurs_id, beleg_jahr=jahr, beleg_lfd=lfd)
        _apply_cost(cost, data)
        session.add(cost)


def _restore_teilnahme(session: Session, kurs_id: int, person: TeilnehmerRow) -> None:
    exists = session.scalar(
        select(KursTeilnahme.id).where(KursTeilnahme.kurs_id == kurs_id, KursTeilnahme.lotse_id == person.lotse_id)
    )
    if exists is not None:
        raise ServiceError(msg("Diese Person steht schon auf der Teilnehmendenliste."))
    session.add(KursTeilnahme(id=person.id, kurs_id=kurs_id, lotse_id=person.lotse_id))
    session.flush()
    termine = set(session.scalars(select(KursTermin.id).where(KursTermin.kurs_id == kurs_id)))
    for termin_id in person.anwesend:
        if termin_id in termine:
            session.add(KursAnwesenheit(teilnahme_id=person.id, termin_id=termin_id))
