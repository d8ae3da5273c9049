"""Retention and anonymisation of a Lots*in's data (DSGVO Art. 17, KDG / DSG-EKD equivalents).

How long a Lots*in's data must be kept follows ../shared/domain.md §5.2 (Retention periods):
  * "Buchungsbelege (Quittungen, Auszahlungsbelege …) – 8 years … end of the calendar year the Beleg arose"
    (AO § 147 as changed by the Bürokratieentlastungsgesetz IV): a payout's Quittung is such a Beleg, so the data
    behind it is kept until 31.12. of the 8th year after the year of the person's last payout.
  * "Zuwendungs-Belege (ANBest-P) – 5 years after submission of the VN": the Einsätze of a Förderjahr are part of
    its Verwendungsnachweis documentation, so for every Förderjahr in which the person had Einsätze the data is
    kept 5 years after the day that Verwendungsnachweis was sent (the earliest sent version); while it has not
    been sent, the end cannot be known yet.
  * "Teilnehmendenliste, Stundennachweise … treat as Beleg: max(8 y AO, 5 y after VN)": the latest of these.
  Worked example of domain.md: paid Nov 2025 → 31.12.2033; VN 2025 sent March 2026 → March 2031 ⇒ 31.12.2033.

A departed person (status "ausgeschieden" or an Austritt date) whose retention has passed is "zur Löschung
fällig": ``anonymise`` then removes every personal detail and keeps the figures (domain.md §6 rule 39: the
payment-related data is kept until retain_until, the rest deleted).
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from lotsendesk.db.models import (
    AusgestelltesDokument,
    Auszahlung,
    Einsatz,
    ExterneQualifikation,
    Foerderjahr,
    Lotse,
    Protokoll,
)
from lotsendesk.db.protokollierung import GEAENDERT
from lotsendesk.domain.formatting import format_date
from lotsendesk.domain.messages import Msg, msg
from lotsendesk.domain.people import Status
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError

BELEG_YEARS = 8  # domain.md §5.2: Buchungsbelege, from the end of the calendar year the Beleg arose
VN_YEARS = 5  # domain.md §5.2: Zuwendungs-Belege, from the submission of the Verwendungsnachweis
ANONYMISIERT = "«anonymisiert»"  # what replaces old/new values in the Protokoll
VERWENDUNGSNACHWEIS = "verwendungsnachweis"


def anonymous_name(nr: str) -> str:
    """The name an anonymised person keeps: ``Lots*in 07``."""
    return f"Lots*in {nr}"


@dataclass(frozen=True)
class Aufbewahrung:
    """How long one Lots*in's data must be kept, and why."""

    lotse_id: int
    nr: str
    name: str
    ausgeschieden: bool
    austritt: date | None
    bis: date | None  # the last day the data must be kept; None: nothing to keep (no payout, no Einsatz year)
    offen: tuple[int, ...]  # Förderjahre with Einsätze whose Verwendungsnachweis is not sent yet
    gruende: tuple[Msg, ...]  # one line per rule that applies
    anonymisiert: bool

    def abgelaufen(self, today: date) -> bool:
        """The retention has passed (and no Verwendungsnachweis is still open)."""
        return not self.offen and (self.bis is None or self.bis < today)

    def faellig(self, today: date) -> bool:
        """Zur Löschung fällig: departed, retention passed, not yet anonymised."""
        return self.ausgeschieden and not self.anonymisiert and self.abgelaufen(today)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def is_departed(lotse: Lotse, today: date) -> bool:
    return lotse.status == Status.AUSGESCHIEDEN.value or (lotse.austritt is not None and lotse.austritt <= today)


def is_anonymised(lotse: Lotse) -> bool:
    return lotse.nachname == anonymous_name(lotse.nr) and not (
        lotse.vorname or lotse.email or lotse.telefon or lotse.anschrift or lotse.iban or lotse.notizen
    )


def _retention(session: Session, lotse: Lotse, today: date, sent: dict[int, date]) -> Aufbewahrung:
    gruende: list[Msg] = []
    candidates: list[date] = []
    last_payout = session.scalar(select(func.max(Auszahlung.bezahlt_am)).where(Auszahlung.lotse_id == lotse.id))
    if last_payout is not None:
        until = date(last_payout.year + BELEG_YEARS, 12, 31)
        candidates.append(until)
        gruende.append(
            msg(
                "Auszahlungsbelege: letzte Auszahlung am {datum}, aufzubewahren 8 Jahre ab Ende {jahr} "
                "(§ 147 AO), also bis {bis}.",
                datum=format_date(last_payout),
                jahr=str(last_payout.year),
                bis=format_date(until),
            )
        )
    years = sorted(
        int(y)
        for y in session.scalars(
            select(func.distinct(func.strftime("%Y", Einsatz.datum))).where(Einsatz.lotse_id == lotse.id)
        )
        if y
    )
    funded = set(session.scalars(select(Foerderjahr.jahr)))
    offen = []
    for year in years:
        if year not in funded:
            continue
        if year in sent:
            until = _add_years(sent[year], VN_YEARS)
            candidates.append(until)
            gruende.append(
                msg(
                    "Einsätze im Förderjahr {jahr}: Verwendungsnachweis versandt am {datum}, aufzubewahren 5 Jahre "
                    "(ANBest-P), also bis {bis}.",
                    jahr=str(year),
                    datum=format_date(sent[year]),
                    bis=format_date(until),
                )
            )
        else:
            offen.append(year)
            gruende.append(
                msg(
                    "Einsätze im Förderjahr {jahr}: aufzubewahren bis 5 Jahre nach Versand des "
                    "Verwendungsnachweises (noch nicht versandt).",
                    jahr=str(year),
                )
            )
    return Aufbewahrung(
        lotse.id,
        lotse.nr,
        ", ".join(p for p in (lotse.nachname, lotse.vorname) if p),
        is_departed(lotse, today),
        lotse.austritt,
        max(candidates) if candidates else None,
        tuple(offen),
        tuple(gruende),
        is_anonymised(lotse),
    )


def _sent_years(session: Session) -> dict[int, date]:
    rows = session.execute(
        select(AusgestelltesDokument.nummer, func.min(AusgestelltesDokument.versandt_am))
        .where(AusgestelltesDokument.art == VERWENDUNGSNACHWEIS, AusgestelltesDokument.versandt_am.is_not(None))
        .group_by(AusgestelltesDokument.nummer)
    )
    return {int(nummer): day for nummer, day in rows if str(nummer).isdigit()}


def retention(db: Database, lotse_id: int, today: date | None = None) -> Aufbewahrung:
    """How long this Lots*in's data must be kept."""
    today = today or date.today()
    with db.session() as session:
        lotse = _load(session, lotse_id)
        return _retention(session, lotse, today, _sent_years(session))


def all_retentions(db: Database, today: date | None = None) -> list[Aufbewahrung]:
    today = today or date.today()
    with db.session() as session:
        sent = _sent_years(session)
        return [_retention(session, lotse, today, sent) for lotse in session.scalars(select(Lotse).order_by(Lotse.nr))]


def due_for_deletion(db: Database, today: date | None = None) -> list[Aufbewahrung]:
    """Zur Löschung fällig: departed people whose retention has passed and who are not anonymised yet."""
    today = today or date.today()
    return [a for a in all_retentions(db, today) if a.faellig(today)]


def anonymise_refusal(info: Aufbewahrung, today: date) -> Msg | None:
    """Why this person cannot be anonymised today; None if they can."""
    if info.anonymisiert:
        return msg("Lots*in {nr} ist schon anonymisiert.", nr=info.nr)
    if not info.ausgeschieden:
        return msg(
            "Lots*in {nr} ist nicht ausgeschieden. Anonymisieren geht erst nach dem Austritt "
            "(Status „ausgeschieden“ oder Austrittsdatum).",
            nr=info.nr,
        )
    if info.offen:
        return msg(
            "Die Daten von Lots*in {nr} müssen noch aufbewahrt werden: der Verwendungsnachweis für {jahre} ist noch "
            "nicht versandt (Aufbewahrung 5 Jahre ab Versand).",
            nr=info.nr,
            jahre=", ".join(str(y) for y in info.offen),
        )
    if info.bis is not None and info.bis >= today:
        return msg(
            "Die Daten von Lots*in {nr} müssen bis {datum} aufbewahrt werden (Auszahlungsbelege 8 Jahre, "
            "Verwendungsnachweis 5 Jahre). Anonymisieren geht ab {ab}.",
            nr=info.nr,
            datum=format_date(info.bis),
            ab=format_date(date.fromordinal(info.bis.toordinal() + 1)),
        )
    return None


def _load(session: Session, lotse_id: int) -> Lotse:
    lotse = session.get(Lotse, lotse_id)
    if lotse is None:
        raise ServiceError(msg("Diese*n Lots*in gibt es nicht mehr."))
    return lotse


# Personal fields removed by the anonymisation (the name is replaced by the Nr).
_CLEARED = ("vorname", "email", "telefon", "anschrift", "iban", "sprachen", "notizen")


def anonymise(db: Database, lotse_id: int, today: date | None = None) -> None:
    """Remove every personal detail of a departed Lots*in whose retention has passed; keep every figure.

    Clears contact data, IBAN, Anschrift, Sprachen, Notizen and the Bemerkung of each Einsatz, and replaces the
    name by the Nr ("Lots*in 07"). Einsätze (dates, durations, Tätigkeit), payouts, roles, Freibetragserklärungen
    and issued documents stay, so every report of past years still adds up. The old values this person's rows
    in the Protokoll held are replaced by «anonymisiert» (migration 0005 allows exactly this); the anonymisation
    itself is recorded there, without the old values. ServiceError (German, with the reason and the date) when
    not allowed."""
    today = today or date.today()
    with db.session() as session:
        lotse = _load(session, lotse_id)
        info = _retention(session, lotse, today, _sent_years(session))
        refusal = anonymise_refusal(info, today)
        if refusal is not None:
            raise ServiceError(refusal)
        connection = session.connection()
        einsatz_ids = _einsatz_ids(session, lotse_id)
        # Bemerkungen first, with a statement of its own: the festgeschrieben trigger (0005) lets an UPDATE through
        # that sets only the Bemerkung to ''.
        connection.execute(
            update(Einsatz.__table__).where(Einsatz.lotse_id == lotse_id, Einsatz.bemerkung != "").values(bemerkung="")
        )
        connection.execute(
            update(Lotse.__table__)
            .where(Lotse.id == lotse_id)
            .values(nachname=anonymous_name(lotse.nr), **dict.fromkeys(_CLEARED, ""))
        )
        # the note on a qualification from elsewhere may name people or places; organiser and date stay (figures)
        connection.execute(
            update(ExterneQualifikation.__table__).where(ExterneQualifikation.lotse_id == lotse_id).values(notiz="")
        )
        _anonymise_log(session, lotse_id, einsatz_ids)
        session.expire_all()
        session.add(
            Protokoll(
                zeit=_now(),
                benutzer=_os_user(),
                name=_app_user(session),
                tabelle="lotse",
                datensatz_id=lotse_id,
                aktion=GEAENDERT,
                feld="anonymisiert",
                alt=None,
                neu=msg(
                    "Personendaten von Lots*in {nr} und Bemerkungen von {anzahl} Einsätzen entfernt",
                    nr=lotse.nr,
                    anzahl=len(einsatz_ids),
                ),
            )
        )


def _einsatz_ids(session: Session, lotse_id: int) -> set[int]:
    """Every Einsatz that is or ever was this person's (the log knows deleted ones and reassigned ones)."""
    ids = set(session.scalars(select(Einsatz.id).where(Einsatz.lotse_id == lotse_id)))
    ids |= set(
        session.scalars(
            select(Protokoll.datensatz_id).where(
                Protokoll.tabelle == "einsatz",
                Protokoll.feld == "lotse_id",
                (Protokoll.alt == str(lotse_id)) | (Protokoll.neu == str(lotse_id)),
            )
        )
    )
    ids.discard(None)
    return ids


# Protokoll fields of this person that hold personal data (figures, dates and roles stay readable).
_PERSONAL_LOG_FIELDS = {
    "lotse": ("nachname", "vorname", "email", "telefon", "anschrift", "iban", "sprachen", "notizen"),
    "einsatz": ("bemerkung",),
}


def _anonymise_log(session: Session, lotse_id: int, einsatz_ids: set[int]) -> None:
    table = Protokoll.__table__
    for tabelle, ids in (("lotse", {lotse_id}), ("einsatz", einsatz_ids)):
        if not ids:
            continue
        fields = _PERSONAL_LOG_FIELDS[tabelle]
        base = (table.c.tabelle == tabelle) & table.c.datensatz_id.in_(sorted(ids)) & table.c.feld.in_(fields)
        # alt and neu separately: the trigger (0005) allows only a change to «anonymisiert» of a non-empty value
        session.connection().execute(
            update(table)
            .where(base & table.c.alt.is_not(None) & (table.c.alt != ANONYMISIERT))
            .values(alt=ANONYMISIERT)
        )
        session.connection().execute(
            update(table)
            .where(base & table.c.neu.is_not(None) & (table.c.neu != ANONYMISIERT))
            .values(neu=ANONYMISIERT)
        )


def _now():
    from datetime import datetime

    return datetime.now().replace(microsecond=0)


def _os_user() -> str:
    from lotsendesk.db.protokollierung import os_user

    return os_user()


def _app_user(session: Session) -> str:
    from lotsendesk.db.models import Meta
    from lotsendesk.db.protokollierung import BENUTZERNAME_KEY

    return (session.scalar(select(Meta.value).where(Meta.key == BENUTZERNAME_KEY)) or "").strip()
