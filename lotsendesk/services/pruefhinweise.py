"""Prüfhinweise: the live list of what needs the treasurer's attention (issue 3; domain.md §1, §4.4, §6).

``collect`` checks one Förderjahr (the current one unless asked otherwise) and the deadlines of all of them:

- caps: qualified hours above the person's Jahreshöchstgrenze (Fehler) or at ≥ 90 % of it (Warnung);
- hours of a person without qualification (Warnung), hours before the qualification date (Hinweis);
- hours after the Austritt (Fehler); a pausierte person with hours in the last 4 weeks (Warnung);
- the average of the last 4 weeks above 6 h / 9 h per week (Hinweis only: a heavy week is allowed);
- the budget at ≥ 90 % (Warnung) or exceeded (Fehler);
- Raten received far above what has been paid (ANBest: only call what the next two months need);
- a missing Freibetragserklärung for this calendar year before a payout; the allowance headroom;
- the Koordinierungspauschale conditions (≥ 5 active qualified Lots*innen, eligible Träger);
- deadlines: Erklärung zum Zuwendungsbescheid, Verwendungsnachweis, Antrag für das Folgejahr;
- Qualifizierungen (issue 7): each course's Verwendungsnachweis deadline (three months after its last Termin)
  and the course's own warnings (UE, fewer participants, attendance below the threshold, costs above the
  maximum grant) – for planned and running courses, and for finished ones until their Verwendungsnachweis is
  marked as sent (or, like the year's, ``VN_OVERDUE_SHOWN_DAYS`` after its date);
- people "in Qualifizierung" with hours: not claimable before the certificate.

The rules themselves live in lotsendesk.domain and lotsendesk.services.foerderjahre (``year_summary``, called
once per check); this module only reads their results and words them. Every text is a ``msg`` (German,
translatable in the GUI).
"""

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import func, select

from lotsendesk.db.models import Auszahlung, Freibetragserklaerung, Lotse
from lotsendesk.domain import allowances, deadlines
from lotsendesk.domain.formatting import format_date, format_hours, format_money, format_number
from lotsendesk.domain.funding import Entry, FundingParameters, Person, Reason, YearResult, year_result
from lotsendesk.domain.lotse_record import rolle_am
from lotsendesk.domain.messages import Msg, msg
from lotsendesk.domain.people import Status, sort_key
from lotsendesk.services.database import Database
from lotsendesk.services.dokumente import sent_years
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.foerderjahre import (
    FoerderjahrData,
    YearSummary,
    active_qualified_count,
    list_years,
    load_entries,
    load_people,
    year_summary,
)
from lotsendesk.services.kurse import KursDetail, course_deadlines, get_course
from lotsendesk.services.money import from_cents
from lotsendesk.services.traeger import get_traeger, koordinierung_eligible

FEHLER, WARNUNG, INFO = "fehler", "warnung", "info"
_ORDER = {FEHLER: 0, WARNUNG: 1, INFO: 2}
_CLI_WORDS = {FEHLER: "FEHLER", WARNUNG: "WARNUNG", INFO: "HINWEIS"}

# Deadlines: reported from this many days before; a Warnung from URGENT_DAYS on; overdue ones are Fehler.
SOON_DAYS = 60
URGENT_DAYS = 14
# An overdue Verwendungsnachweis that is not marked as sent is reported this long, then dropped.
VN_OVERDUE_SHOWN_DAYS = 30
ANTRAG_FROM_MONTH = 10  # the application for the next year: a reminder from October [S5], [S6]
WINDOW_DAYS = 28  # the rolling 4 weeks of the weekly average and the pausiert check
KOORDINIERUNG_MIN_LOTSEN = 5  # Koordinierungspauschale "ab einem Pool von fünf" [S8]


@dataclass(frozen=True)
class Hinweis:
    """One Prüfhinweis. ``ziel`` is what a click opens: ("lotse", id), ("foerderjahr", jahr),
    ("auszahlung", id), ("einsatz", id) or ("kurs", id); None when there is nothing to open."""

    schwere: str  # "fehler" | "warnung" | "info"
    text: Msg
    ziel: tuple[str, int] | None = None


@dataclass(frozen=True)
class Frist:
    """A deadline that is not done yet: ``tage`` left (negative once overdue); ``ziel`` is what a click opens,
    like a Hinweis's (the Förderjahr, or ("kurs", id) for a course's Verwendungsnachweis)."""

    art: str  # "erklaerung" | "verwendungsnachweis" | "antrag" | "kurs"
    jahr: int  # the Förderjahr it belongs to (for "antrag": the year applied for; "kurs": the course's)
    name: Msg  # "Erklärung zum Zuwendungsbescheid 2025"
    datum: date
    tage: int
    ziel: tuple[str, int] | None = None


@dataclass(frozen=True)
class Uebersicht:
    """Everything the Übersicht page shows, computed with one ``year_summary``."""

    jahr: int  # the Förderjahr checked (the current year, or the newest one, or the one asked for)
    jahre: tuple[int, ...]  # every Förderjahr, newest first
    summary: YearSummary | None  # None: no Förderjahr for ``jahr``
    fristen: tuple[Frist, ...]  # open deadlines, soonest first
    hinweise: tuple[Hinweis, ...]  # errors first, then warnings, then infos


def collect(db: Database, jahr: int | None = None, today: date | None = None) -> list[Hinweis]:
    """The Prüfhinweise of a Förderjahr (None: this year's if it is entered, else the newest), errors first."""
    return list(uebersicht(db, jahr, today).hinweise)


def check_lines(hinweise: Iterable[Hinweis]) -> list[str]:
    """One line per item for the command line: ``FEHLER: …``, ``WARNUNG: …``, ``HINWEIS: …`` (German)."""
    return [f"{_CLI_WORDS.get(h.schwere, 'HINWEIS')}: {h.text}" for h in hinweise]


def default_year(jahre: Iterable[int], today: date) -> int:
    """This year if its Förderjahr is entered, else the newest Förderjahr, else this year."""
    jahre = list(jahre)
    if today.year in jahre or not jahre:
        return today.year
    return max(jahre)


def uebersicht(db: Database, jahr: int | None = None, today: date | None = None) -> Uebersicht:
    """The Prüfhinweise of a Förderjahr with what the Übersicht page shows beside them (figures, deadlines).
    Without a Förderjahr for ``jahr``: an info saying so, and the per-person items that need none."""
    today = today or date.today()
    years = list_years(db)
    by_year = {y.jahr: y for y in years}
    if jahr is None:
        jahr = default_year(by_year, today)
    data = by_year.get(jahr)
    courses = relevant_courses(db, today)
    fristen = sorted(
        open_deadlines(years, today, sent_years(db)) + [_course_frist(c, today) for c in courses],
        key=lambda f: (f.datum, f.art),
    )
    with db.session() as session:
        people = {lotse_id: (_Who.of(lotse), person) for lotse_id, (lotse, person) in load_people(session).items()}
        entries = None if data else load_entries(session, jahr)

    hinweise: list[Hinweis] = []
    summary: YearSummary | None = None
    if data is None:
        hinweise.append(
            Hinweis(INFO, msg("Für {jahr} ist noch kein Förderjahr angelegt.", jahr=str(jahr)), ("foerderjahr", jahr))
        )
        # without a Bescheid, the per-person facts that need no Förderjahr: unqualified hours, hours after Austritt
        params = FundingParameters()
        for lotse_id in sorted(entries or {}, key=lambda i: people[i][0].sort):
            who, person = people[lotse_id]
            result = year_result(entries[lotse_id], person, jahr, params)
            hinweise += _qualification_items(who, result)
            hinweise += _austritt_items(who, person, result)
    else:
        summary = year_summary(db, jahr)
        hinweise += _year_items(db, summary, today)
        for figures in summary.people:
            if figures.lotse_id not in people:  # added between the two reads: next time
                continue
            who, person = people[figures.lotse_id]
            result = figures.result
            hinweise += _cap_items(who, result, jahr)
            hinweise += _qualification_items(who, result)
            hinweise += _austritt_items(who, person, result)
            hinweise += _pace_items(who, person, result, data, today)
        hinweise += _allowance_items(db, summary, people, today)
    for course in courses:
        hinweise += _course_items(course)
    hinweise += _deadline_items(fristen, today)
    hinweise.sort(key=lambda h: _ORDER.get(h.schwere, 3))
    return Uebersicht(jahr, tuple(by_year), summary, tuple(fristen), tuple(hinweise))


# --- who a person is, for the texts --------------------------------------------------------------------------
@dataclass(frozen=True)
class _Who:
    id: int
    name: str  # "Şükrü Yılmaz"
    sort: tuple[str, str]
    status: str

    @classmethod
    def of(cls, lotse: Lotse) -> "_Who":
        return cls(
            lotse.id,
            f"{lotse.vorname} {lotse.nachname}".strip(),
            (sort_key(lotse.nachname)[0], sort_key(lotse.vorname)[0]),
            lotse.status,
        )

    @property
    def ziel(self) -> tuple[str, int]:
        return ("lotse", self.id)


# --- per person ----------------------------------------------------------------------------------------------
def _cap_items(who: _Who, result: YearResult, jahr: int) -> list[Hinweis]:
    qualified, cap = result.qualified, result.cap
    if cap <= 0 or qualified * 10 < cap * 9:
        return []
    if qualified > cap:
        text = msg(
            "{name} hat {stunden} Stunden erfasst; abrechenbar sind höchstens {cap}. Die {rest} Stunden darüber "
            "werden nicht ausgezahlt.",
            name=who.name,
            stunden=format_hours(qualified),
            cap=format_hours(cap),
            rest=format_hours(qualified - cap),
        )
        return [Hinweis(FEHLER, text, who.ziel)]
    if qualified == cap:
        text = msg(
            "{name} hat die Jahreshöchstgrenze von {cap} Stunden für {jahr} erreicht; weitere Stunden sind nicht "
            "abrechenbar.",
            name=who.name,
            cap=format_hours(cap),
            jahr=str(jahr),
        )
        return [Hinweis(WARNUNG, text, who.ziel)]
    text = msg(
        "{name} hat {stunden} von höchstens {cap} Stunden erreicht ({prozent} %); abrechenbar sind noch {rest} "
        "Stunden.",
        name=who.name,
        stunden=format_hours(qualified),
        cap=format_hours(cap),
        prozent=_percent(Decimal(qualified), Decimal(cap)),
        rest=format_hours(result.cap_left),
    )
    return [Hinweis(WARNUNG, text, who.ziel)]


def _qualification_items(who: _Who, result: YearResult) -> list[Hinweis]:
    items = []
    unqualified = _minutes(result, Reason.NOT_QUALIFIED)
    if unqualified and who.status == Status.IN_QUALIFIZIERUNG.value:
        text = msg(
            "{name} ist noch in Qualifizierung und hat {stunden} Stunden erfasst: diese Stunden sind nicht "
            "abrechenbar. Abrechenbar sind erst Stunden ab dem Zertifikat der Basisqualifizierung.",
            name=who.name,
            stunden=format_hours(unqualified),
        )
        items.append(Hinweis(WARNUNG, text, who.ziel))
    elif unqualified:
        text = msg(
            "{name} hat {stunden} Stunden erfasst, ist aber nicht als qualifiziert eingetragen: diese Stunden sind "
            "nicht abrechenbar. Tragen Sie das Datum der Basisqualifizierung ein, sobald sie abgeschlossen ist.",
            name=who.name,
            stunden=format_hours(unqualified),
        )
        items.append(Hinweis(WARNUNG, text, who.ziel))
    before = [er for er in result.entries if er.reason == Reason.BEFORE_QUALIFICATION]
    if before:
        text = msg(
            "{stunden} Stunden von {name} liegen vor dem Qualifizierungsdatum und sind nicht abrechenbar (letztes "
            "Einsatzdatum davor: {datum}).",
            stunden=format_hours(sum(er.entry.minuten for er in before)),
            name=who.name,
            datum=format_date(max(er.entry.datum for er in before)),
        )
        items.append(Hinweis(INFO, text, who.ziel))
    return items


def _austritt_items(who: _Who, person: Person, result: YearResult) -> list[Hinweis]:
    austritt = person.austritt
    if austritt is None:
        return []
    after = [er.entry for er in result.entries if er.entry.datum > austritt]
    if not after:
        return []
    text = msg(
        "{name} hat {stunden} Stunden nach dem Austritt am {austritt} erfasst; sie sind nicht abrechenbar. Bitte "
        "das Austrittsdatum oder die Einsätze prüfen.",
        name=who.name,
        stunden=format_hours(sum(e.minuten for e in after)),
        austritt=format_date(austritt),
    )
    return [Hinweis(FEHLER, text, who.ziel)]


def _pace_items(who: _Who, person: Person, result: YearResult, data: FoerderjahrData, today: date) -> list[Hinweis]:
    items = []
    entries = [er.entry for er in result.entries]
    window_end = min(today, date(data.jahr, 12, 31))
    if window_end >= date(data.jahr, 1, 1):
        minutes = _in_window(entries, window_end)
        rolle = rolle_am(person.rollen, window_end)
        weekly = data.params.weekly_for(rolle)
        if weekly > 0 and minutes > weekly * 4:
            text = msg(
                "{name} hat in den 4 Wochen bis {datum} im Schnitt {stunden} Stunden pro Woche erfasst "
                "(Richtwert {richtwert} Stunden). Das ist erlaubt, solange die Jahreshöchstgrenze reicht.",
                name=who.name,
                datum=format_date(window_end),
                stunden=format_hours((minutes + 2) // 4),
                richtwert=format_hours(weekly),
            )
            items.append(Hinweis(INFO, text, who.ziel))
    if who.status == Status.PAUSIERT.value and today.year == data.jahr:
        minutes = _in_window(entries, today)
        if minutes:
            text = msg(
                "{name} ist als pausiert eingetragen, hat aber in den letzten 4 Wochen {stunden} Stunden erfasst. "
                "Bitte den Status prüfen.",
                name=who.name,
                stunden=format_hours(minutes),
            )
            items.append(Hinweis(WARNUNG, text, who.ziel))
    return items


def _in_window(entries: list[Entry], end: date) -> int:
    start = end - timedelta(days=WINDOW_DAYS - 1)
    return sum(e.minuten for e in entries if start <= e.datum <= end)


def _minutes(result: YearResult, reason: Reason) -> int:
    return sum(er.entry.minuten for er in result.entries if er.reason == reason)


# --- the year ------------------------------------------------------------------------------------------------
def _year_items(db: Database, summary: YearSummary, today: date) -> list[Hinweis]:
    data = summary.year
    ziel = ("foerderjahr", data.jahr)
    items = []
    betrag, bewilligt = summary.betrag, data.bewilligt_einsatz
    if summary.budget == "ueberschritten":
        text = msg(
            "Budget {jahr} überschritten: abrechenbar sind {betrag}, bewilligt {bewilligt}. Der "
            "Verwendungsnachweis rechnet höchstens den bewilligten Betrag ab; {rest} sind nicht gedeckt.",
            jahr=str(data.jahr),
            betrag=format_money(betrag),
            bewilligt=format_money(bewilligt),
            rest=format_money(betrag - bewilligt),
        )
        items.append(Hinweis(FEHLER, text, ziel))
    elif summary.budget == "warnung":
        text = msg(
            "Budget {jahr} fast ausgeschöpft: abrechenbar sind {betrag} von {bewilligt} ({prozent} %); noch frei "
            "{rest}.",
            jahr=str(data.jahr),
            betrag=format_money(betrag),
            bewilligt=format_money(bewilligt),
            prozent=_percent(betrag, bewilligt),
            rest=format_money(bewilligt - betrag),
        )
        items.append(Hinweis(WARNUNG, text, ziel))

    # Raten: ANBest – call funds only for what the next two months need
    erhalten, ausgezahlt = summary.erhalten, summary.ausgezahlt
    if erhalten > 0:
        bedarf = _two_months_need(summary, today)
        if erhalten - ausgezahlt > bedarf:
            text = msg(
                "ANBest: Mittel nur für den Bedarf der nächsten zwei Monate abrufen. Erhalten {erhalten}, "
                "ausgezahlt {ausgezahlt}; für zwei Monate werden etwa {bedarf} gebraucht. Die nächste Rate erst "
                "abrufen, wenn das Geld gebraucht wird.",
                erhalten=format_money(erhalten),
                ausgezahlt=format_money(ausgezahlt),
                bedarf=format_money(bedarf),
            )
            items.append(Hinweis(WARNUNG, text, ziel))

    # Koordinierungspauschale: ≥ 5 active qualified Lots*innen and an eligible Träger
    if data.bewilligt_koordination > 0:
        if not koordinierung_eligible(get_traeger(db)):
            text = msg(
                "Die Koordinierungspauschale {jahr} ist bewilligt, aber laut den Angaben zum Träger steht sie ihm "
                "nicht zu (nur gemeinnützige Träger und Kommunen unter 50.000 Einwohner*innen). Bitte die Angaben "
                "zum Träger prüfen.",
                jahr=str(data.jahr),
            )
            items.append(Hinweis(WARNUNG, text, ziel))
        on = min(max(today, data.period.start), data.period.end)
        count = active_qualified_count(db, on)
        if count < KOORDINIERUNG_MIN_LOTSEN:
            text = msg(
                "Die Koordinierungspauschale {jahr} setzt mindestens {mindestens} aktive qualifizierte Lots*innen "
                "voraus; am {datum} sind es {anzahl}.",
                jahr=str(data.jahr),
                mindestens=str(KOORDINIERUNG_MIN_LOTSEN),
                datum=format_date(on),
                anzahl=str(count),
            )
            items.append(Hinweis(WARNUNG, text, ziel))
    return items


def _two_months_need(summary: YearSummary, today: date) -> Decimal:
    """What the next two months will need: twice the average monthly amount claimable so far in the period.
    Before anything is claimable, the approved amount spread over the period; after the period, what is still
    to be paid out."""
    period = summary.year.period
    if today > period.end:
        return max(summary.betrag - summary.ausgezahlt, Decimal("0.00"))
    months = _months(period.start, today) if today >= period.start else 0
    if months and summary.betrag > 0:
        monthly = summary.betrag / months
    else:
        monthly = summary.year.bewilligt_einsatz / max(_months(period.start, period.end), 1)
    return (monthly * 2).quantize(Decimal("0.01"))


def _months(start: date, end: date) -> int:
    """Calendar months from ``start`` to ``end``, both counted (January–March: 3)."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


# --- tax-free allowances (the calendar year of payment decides) ----------------------------------------------
def _allowance_items(db: Database, summary: YearSummary, people: dict, today: date) -> list[Hinweis]:
    tax_year = allowances.tax_year(today)
    with db.session() as session:
        declarations = {
            d.lotse_id: (allowances.Freibetrag(d.art), from_cents(d.anderweitig_cent))
            for d in session.scalars(select(Freibetragserklaerung).where(Freibetragserklaerung.jahr == tax_year))
        }
        paid = {
            lotse_id: from_cents(cents or 0)
            for lotse_id, cents in session.execute(
                select(Auszahlung.lotse_id, func.sum(Auszahlung.betrag_cent))
                .where(Auszahlung.beleg_jahr == tax_year)
                .group_by(Auszahlung.lotse_id)
            )
        }
    pending = {p.lotse_id: p.betrag - p.ausgezahlt for p in summary.people if p.betrag > p.ausgezahlt}
    items = []
    for lotse_id in sorted((set(pending) | set(paid)) & set(people), key=lambda i: people[i][0].sort):
        who = people[lotse_id][0]
        declaration = declarations.get(lotse_id)
        if declaration is None:
            if lotse_id in pending:
                text = msg(
                    "Für {name} liegt keine Freibetragserklärung für {jahr} vor; bitte vor der nächsten Auszahlung "
                    "({betrag} stehen noch aus) einholen.",
                    name=who.name,
                    jahr=str(tax_year),
                    betrag=format_money(pending[lotse_id]),
                )
                items.append(Hinweis(WARNUNG, text, who.ziel))
            continue
        kind, elsewhere = declaration
        room = allowances.headroom(kind, tax_year, elsewhere, paid.get(lotse_id, Decimal("0.00")))
        used = room.used_elsewhere + room.paid
        if used > room.limit:
            text = msg(
                "Freibetrag ({art}) von {name} für {jahr} überschritten: {genutzt} von {grenze} genutzt; {betrag} "
                "sind steuerpflichtig.",
                art=kind.value,
                name=who.name,
                jahr=str(tax_year),
                genutzt=format_money(used),
                grenze=format_money(room.limit),
                betrag=format_money(used - room.limit),
            )
            items.append(Hinweis(FEHLER, text, who.ziel))
        elif used * 10 >= room.limit * 9:
            text = msg(
                "Freibetrag ({art}) von {name} für {jahr} fast ausgeschöpft: {genutzt} von {grenze} genutzt, noch "
                "{frei} frei.",
                art=kind.value,
                name=who.name,
                jahr=str(tax_year),
                genutzt=format_money(used),
                grenze=format_money(room.limit),
                frei=format_money(room.left),
            )
            items.append(Hinweis(WARNUNG, text, who.ziel))
        elif room.taxable_part_of(pending.get(lotse_id, Decimal("0.00"))) > 0:
            text = msg(
                "Die nächste Auszahlung an {name} ({betrag}) überschreitet den Freibetrag ({art}) für {jahr}: "
                "{steuerpflichtig} wären steuerpflichtig.",
                name=who.name,
                betrag=format_money(pending[lotse_id]),
                art=kind.value,
                jahr=str(tax_year),
                steuerpflichtig=format_money(room.taxable_part_of(pending[lotse_id])),
            )
            items.append(Hinweis(WARNUNG, text, who.ziel))
    return items


# --- deadlines -----------------------------------------------------------------------------------------------
def open_deadlines(years: Iterable[FoerderjahrData], today: date, vn_sent: Collection[int] = ()) -> list[Frist]:
    """The deadlines not done yet, soonest first: each Förderjahr's Erklärung zum Zuwendungsbescheid (until it
    is marked as returned), its Verwendungsnachweis (until a version is marked as sent – ``vn_sent`` holds
    those years –, or shortly after the date) and, while the next year's Förderjahr is not entered, the Antrag
    for it (until 31.12.)."""
    years = list(years)
    entered = {y.jahr for y in years}
    fristen = []
    for data in years:
        due = data.erklaerung_frist
        if due and data.erklaerung_zurueck_am is None and today <= data.period.end:
            fristen.append(
                _frist(
                    "erklaerung",
                    data.jahr,
                    msg("Erklärung zum Zuwendungsbescheid {jahr}", jahr=str(data.jahr)),
                    due,
                    today,
                )
            )
        due = data.vn_frist
        shown = deadlines.days_left(due, today) >= -VN_OVERDUE_SHOWN_DAYS and today.year >= data.jahr
        if shown and data.jahr not in vn_sent:
            fristen.append(
                _frist(
                    "verwendungsnachweis", data.jahr, msg("Verwendungsnachweis {jahr}", jahr=str(data.jahr)), due, today
                )
            )
        nxt = data.jahr + 1
        due = deadlines.antrag_due(data.jahr)
        if nxt not in entered and today.year == data.jahr:
            fristen.append(_frist("antrag", nxt, msg("Antrag für {jahr}", jahr=str(nxt)), due, today))
    fristen.sort(key=lambda f: (f.datum, f.art))
    return fristen


def _frist(art: str, jahr: int, name: Msg, due: date, today: date) -> Frist:
    ziel_jahr = jahr - 1 if art == "antrag" else jahr
    return Frist(art, jahr, name, due, deadlines.days_left(due, today), ("foerderjahr", ziel_jahr))


def tage_text(tage: int) -> Msg:
    """``noch 12 Tage``, ``noch 1 Tag``, ``heute``, ``seit 3 Tagen überfällig``."""
    if tage > 1:
        return msg("noch {tage} Tage", tage=str(tage))
    if tage == 1:
        return msg("noch 1 Tag")
    if tage == 0:
        return msg("heute fällig")
    if tage == -1:
        return msg("seit 1 Tag überfällig")
    return msg("seit {tage} Tagen überfällig", tage=str(-tage))


def _deadline_items(fristen: Iterable[Frist], today: date) -> list[Hinweis]:
    items = []
    for frist in fristen:
        if frist.art == "antrag":
            if today.month < ANTRAG_FROM_MONTH:
                continue
        elif frist.tage > SOON_DAYS:
            continue
        if frist.tage < 0:
            schwere = FEHLER
        elif frist.tage <= URGENT_DAYS:
            schwere = WARNUNG
        else:
            schwere = INFO
        datum, tage = format_date(frist.datum), tage_text(frist.tage)
        if frist.art == "erklaerung":
            text = msg(
                "{frist}: fällig am {datum} ({tage}). Unterschrieben an das Regierungspräsidium zurückschicken und "
                "das Datum beim Förderjahr eintragen.",
                frist=frist.name,
                datum=datum,
                tage=tage,
            )
        elif frist.art == "kurs":
            text = msg(
                "{frist}: fällig am {datum} ({tage}). Mit dem Sachbericht, dem zahlenmäßigen Nachweis und der "
                "Teilnehmendenliste per Post an das Regierungspräsidium schicken und den Versand beim Kurs vermerken.",
                frist=frist.name,
                datum=datum,
                tage=tage,
            )
        elif frist.art == "verwendungsnachweis":
            text = msg(
                "{frist}: fällig am {datum} ({tage}). Der Verwendungsnachweis geht per Post an das "
                "Regierungspräsidium.",
                frist=frist.name,
                datum=datum,
                tage=tage,
            )
        else:
            text = msg(
                "{frist}: fällig am {datum} ({tage}). Der Antrag wird online gestellt; die Stunden dieses Jahres "
                "sind der Ausgangspunkt für die Kontingente.",
                frist=frist.name,
                datum=datum,
                tage=tage,
            )
        items.append(Hinweis(schwere, text, frist.ziel))
    return items


# --- Qualifizierungen ----------------------------------------------------------------------------------------
def relevant_courses(db: Database, today: date) -> list[KursDetail]:
    """The courses whose deadline and warnings the treasurer still needs: every course with Termine whose
    Verwendungsnachweis is not marked as sent, unless its deadline passed more than ``VN_OVERDUE_SHOWN_DAYS``
    ago (then it is dropped, like the year's Verwendungsnachweis). Soonest deadline first."""
    courses = []
    for frist in course_deadlines(db):
        if deadlines.days_left(frist.datum, today) < -VN_OVERDUE_SHOWN_DAYS:
            continue
        try:
            courses.append(get_course(db, frist.kurs_id, today))
        except ServiceError:  # deleted between the two reads: next time
            continue
    return courses


def _course_frist(course: KursDetail, today: date) -> Frist:
    due = course.frist
    assert due is not None  # course_deadlines only lists courses with Termine
    jahr = course.data.foerderjahr or (course.bis or due).year
    name = msg("Verwendungsnachweis Qualifizierung „{titel}“", titel=course.data.titel)
    return Frist("kurs", jahr, name, due, deadlines.days_left(due, today), ("kurs", course.id))


def _course_items(course: KursDetail) -> list[Hinweis]:
    """The course's own warnings (``KursDetail.warnungen``), each naming the course."""
    ziel = ("kurs", course.id)
    return [
        Hinweis(
            w.schwere if w.schwere in _ORDER else INFO,
            msg("„{titel}“: {hinweis}", titel=course.data.titel, hinweis=w.text),
            ziel,
        )
        for w in course.warnungen
    ]


def _percent(part: Decimal, whole: Decimal) -> str:
    """Whole percent, rounded down (89,9 % is not yet 90 %)."""
    if whole <= 0:
        return "–"
    return format_number((part * 100 / whole).quantize(Decimal(1), rounding=ROUND_DOWN), 0)
