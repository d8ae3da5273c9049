"""A realistic demo association, created fresh at every ``lotsendesk --demo``.

Twelve Lots*innen with the names, languages and situations of real Hessian teams (two koordinierende, one
role switch, a late qualification, one never qualified, one ausgeschieden, one pausiert) and their
Einsätze from 1 January of last year up to ``today`` – so last year is a complete funding year and this
year is under way. Everything is derived from ``today`` and a fixed random seed: the same day gives the
same database. The people are stored through the Lots*innen service (with its checks); the ~2,000
Einsätze are checked with the same domain rules as a typed entry and then written in one bulk insert.

The demo only ever replaces a demo: a file at ``path`` that is a real LotsenDesk database with data is
refused, so ``--demo --db meine.sqlite`` cannot wipe a treasurer's work.
"""

import random
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import insert, select

from lotsendesk.db.models import Einsatz, Meta, Taetigkeit
from lotsendesk.domain.allowances import Freibetrag
from lotsendesk.domain.dates import format_date
from lotsendesk.domain.einsatz_rules import PersonDates, check_einsatz
from lotsendesk.domain.lotse_record import LotseData, RolleAb
from lotsendesk.domain.messages import msg
from lotsendesk.domain.people import Rolle, Status
from lotsendesk.services import lock
from lotsendesk.services.auszahlungen import Methode, confirm_run, list_payouts, storno
from lotsendesk.services.database import Database, open_database
from lotsendesk.services.errors import DatabaseError, ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_rate, add_year, update_year, year_summary
from lotsendesk.services.freibetraege import FreibetragData, set_freibetrag
from lotsendesk.services.lotsen import create_lotse
from lotsendesk.services.traeger import TraegerData, set_traeger

if TYPE_CHECKING:
    from lotsendesk.services.verwendungsnachweis import VnAngaben

DEMO_MARKER = "demo"
SEED = 20250307

DEMO_TRAEGER = TraegerData(
    name="Interkultureller Treffpunkt Offenbach e.V.",
    rechtsform="verein",
    anschrift="Musterstraße 12\n63065 Offenbach am Main",
    ort="Offenbach am Main",
    vertreter1_name="Dr. Gülsen Arslan",
    vertreter1_funktion="Vorsitzende",
    vertreter2_name="Bernd Hofmann",
    vertreter2_funktion="Kassenwart",
    iban="DE92505500200001234567",  # Städtische Sparkasse Offenbach (demo account number)
    bic="HELADEF1OFF",
)

# Yearly hour limits the generator keeps each person under (the real caps are 276 h / 414 h).
_LIMIT_LOTSIN = 270 * 60
_LIMIT_NEAR_CAP = 272 * 60
_LIMIT_KOORD = 400 * 60

_BEMERKUNGEN = {
    "Begleitung Behörde": (
        "Termin Ausländerbehörde",
        "Jobcenter – Weiterbewilligungsantrag",
        "Bürgeramt, Anmeldung der Wohnung",
        "Familienkasse, Kindergeld",
        "Standesamt, Urkunden beantragt",
        "Sozialamt, Termin begleitet",
        "Ausländerbehörde, Verlängerung Aufenthaltstitel",
    ),
    "Schule/Kita": (
        "Elternabend Grundschule",
        "Kita-Anmeldung",
        "Elterngespräch Gesamtschule",
        "Schulanmeldung Klasse 5",
        "Gespräch mit Klassenlehrerin übersetzt",
    ),
    "Gesundheit": (
        "Kinderarzt, Vorsorgeuntersuchung",
        "Facharzttermin begleitet",
        "Krankenkasse, Versichertenkarte",
        "Termin Gesundheitsamt",
        "Hausarzt, Befund erklärt",
    ),
    "Wohnen": (
        "Wohnungsbesichtigung",
        "Wohngeldantrag ausgefüllt",
        "Gespräch mit der Hausverwaltung",
        "Nebenkostenabrechnung erklärt",
    ),
    "Arbeit": (
        "Agentur für Arbeit, Beratungstermin",
        "Bewerbungsunterlagen erstellt",
        "Anerkennung Berufsabschluss, Unterlagen",
        "Integrationskurs-Anmeldung",
    ),
    "Beratung/Telefon": (
        "Telefonische Beratung",
        "Sprechstunde im Stadtteilbüro",
        "Briefe übersetzt und erklärt",
        "Telefonat mit Behörde vermittelt",
    ),
    "Koordination": (
        "Einsatzplanung",
        "Absprache mit dem Träger",
        "Einarbeitung neue*r Lots*in",
        "Anfragen verteilt",
        "Stundenzettel gesammelt",
    ),
    "Teamtreffen": ("Reflexionsgespräch", "Fallbesprechung (anonym)"),
    "Sonstiges": ("Infostand Interkulturelle Woche", "Netzwerktreffen Stadtteil", "Fahrt zur Fortbildung"),
}

_CATEGORIES_LOTSIN = (
    ("Begleitung Behörde", 30),
    ("Schule/Kita", 14),
    ("Gesundheit", 16),
    ("Wohnen", 8),
    ("Arbeit", 8),
    ("Beratung/Telefon", 18),
    ("Sonstiges", 3),
)
_CATEGORIES_KOORD = (*_CATEGORIES_LOTSIN, ("Koordination", 40), ("Teamtreffen", 6))

# Durations in minutes (quarter hours from 0:30 to 4:00) with weights.
_DAUER_NORMAL = ((30, 4), (45, 6), (60, 14), (75, 8), (90, 14), (105, 6), (120, 14), (150, 8), (180, 6), (240, 2))
_DAUER_LANG = ((60, 4), (90, 8), (120, 14), (135, 6), (150, 12), (180, 12), (210, 6), (240, 6))


@dataclass
class _Plan:
    """How one person's Einsätze are generated."""

    data: LotseData
    per_week: tuple[tuple[int, int], ...] = ((1, 3), (2, 4), (3, 2))  # (count, weight)
    dauer: tuple[tuple[int, int], ...] = _DAUER_NORMAL
    active_weeks: float = 0.85
    until: date | None = None  # last day with an Einsatz (pause, Austritt)
    limits: dict[int, int] = field(default_factory=dict)  # year → max minutes


def create_demo_database(path: Path, today: date | None = None) -> None:
    """Replace the demo database at ``path`` by a fresh one for ``today`` (default: the real today)."""
    today = today or date.today()
    path = Path(path).expanduser().absolute()
    _remove_old_demo(path)
    db = open_database(path, create_folder=True)
    try:
        with db.session() as session:
            session.merge(Meta(key=DEMO_MARKER, value=today.isoformat()))
        set_traeger(db, DEMO_TRAEGER)
        _fill(db, today)
    except BaseException:
        db.close()
        _remove_files(path)
        raise
    db.close()


def demo_people(today: date) -> list[_Plan]:
    """The association as of ``today``: who joined when, who coordinates, who paused or left."""
    y = today.year
    start = date(y - 1, 1, 1)
    mid = start + timedelta(days=(today - start).days // 2)
    switch = date(y - 1, 7, 1)
    dawit_in = start + timedelta(days=200)
    oleksandr_in = today - timedelta(days=180)
    maria_out = _month_end(today - timedelta(days=150))
    pause = today - timedelta(days=70)
    lotsin, koord = (RolleAb(Rolle.LOTSIN),), (RolleAb(Rolle.KOORDINIEREND),)
    near_cap = {y - 1: _LIMIT_NEAR_CAP, y: _LIMIT_NEAR_CAP}
    koord_limits = {y - 1: _LIMIT_KOORD, y: _LIMIT_KOORD}

    def person(nr, vorname, nachname, blz, konto, mail, telefon, anschrift, sprachen, **kw) -> LotseData:
        return LotseData(
            nr=nr,
            nachname=nachname,
            vorname=vorname,
            iban=german_iban(blz, konto),
            email=f"{mail}@example.org",
            telefon=telefon,
            anschrift=anschrift,
            sprachen=sprachen,
            **kw,
        )

    strong = ((2, 2), (3, 3))
    return [
        _Plan(
            person(
                "01", "Şükrü", "Yılmaz", "50050201", "1047283915", "s.yilmaz", "069 8237 4410",
                "Bieberer Straße 112, 63071 Offenbach am Main", "Türkisch, Kurdisch (Kurmancî), Deutsch",
                rollen=koord, eintritt=date(y - 6, 4, 1), qualifiziert_am=date(y - 6, 3, 15),
                notizen="Koordiniert das Team seit Projektbeginn; Ansprechperson für neue Lots*innen.",
            ),
            per_week=strong, dauer=_DAUER_LANG, limits=koord_limits,
        ),
        _Plan(
            person(
                "02", "Ольга", "Петренко", "50010517", "5532098174", "olga.petrenko", "0176 5521 0934",
                "Waldstraße 45, 63065 Offenbach am Main", "Ukrainisch, Russisch, Deutsch",
                rollen=(RolleAb(Rolle.LOTSIN), RolleAb(Rolle.KOORDINIEREND, switch)),
                eintritt=date(y - 3, 9, 1), qualifiziert_am=date(y - 3, 8, 20),
                notizen=f"Seit {format_date(switch)} koordinierende Lotsin (zweite Koordination neben Herrn Yılmaz). "
                "Schreibt ihren Namen kyrillisch: Olha Petrenko.",
            ),
            per_week=strong, dauer=_DAUER_LANG, limits={y - 1: _LIMIT_LOTSIN, y: _LIMIT_KOORD},
        ),
        _Plan(
            person(
                "03", "Thị Hương", "Nguyễn", "50090500", "3820017765", "huong.nguyen", "0157 3390 2281",
                "Frankfurter Straße 27, 63067 Offenbach am Main", "Vietnamesisch, Deutsch",
                rollen=lotsin, eintritt=date(y - 4, 2, 1), qualifiziert_am=date(y - 4, 1, 20),
                notizen="Sehr aktiv – das Jahreskontingent von 276 Stunden im Blick behalten.",
            ),
            per_week=((2, 1), (3, 3)), dauer=_DAUER_LANG, active_weeks=0.92, limits=near_cap,
        ),
        _Plan(
            person(
                "04", "Łukasz", "Wiśniewski", "37040044", "0648489890", "l.wisniewski", "069 8090 1172",
                "Sprendlinger Landstraße 8, 63069 Offenbach am Main", "Polnisch, Deutsch, Englisch",
                rollen=lotsin, eintritt=date(y - 1, 3, 1), qualifiziert_am=mid,
                notizen=f"Basisqualifizierung erst am {format_date(mid)} abgeschlossen; "
                "Einsätze davor sind erfasst, aber nicht abrechenbar.",
            ),
        ),
        _Plan(
            person(
                "05", "Amina", "Haddad", "50050201", "2201846630", "amina.haddad", "0151 2298 7740",
                "Geleitsstraße 60, 63067 Offenbach am Main", "Arabisch, Französisch, Deutsch",
                rollen=lotsin, eintritt=date(y - 5, 10, 1), qualifiziert_am=date(y - 5, 9, 12),
            ),
            per_week=((1, 2), (2, 4), (3, 2)),
        ),
        _Plan(
            person(
                "06", "Fatemeh", "Rahimi", "51390000", "0079412350", "f.rahimi", "0160 4471 3309",
                "Mühlheimer Straße 131, 63075 Offenbach am Main", "Persisch (Farsi), Dari, Deutsch",
                rollen=lotsin, eintritt=date(y - 2, 5, 1), qualifiziert_am=date(y - 2, 4, 26),
                notizen="Begleitet vor allem Frauen zu Arzt- und Kita-Terminen.",
            ),
        ),
        _Plan(
            person(
                "07", "Dawit", "Tesfaye", "50010517", "7713350286", "dawit.tesfaye", "0152 0187 6623",
                "Senefelderstraße 19, 63069 Offenbach am Main", "Tigrinya, Amharisch, Englisch, Deutsch",
                rollen=lotsin, eintritt=dawit_in,
                notizen="Noch keine Basisqualifizierung – Stunden werden erfasst, sind aber nicht abrechenbar. "
                "Anmeldung zum nächsten Kurs des Kompetenzzentrums ist erfolgt.",
            ),
            per_week=((1, 4), (2, 3)),
        ),
        _Plan(
            person(
                "08", "Maria", "Schneider", "50040000", "0612874400", "maria.schneider", "069 8563 2210",
                "Luisenstraße 5, 63067 Offenbach am Main", "Deutsch, Spanisch, Englisch",
                rollen=lotsin, eintritt=date(y - 7, 1, 15), qualifiziert_am=date(y - 7, 1, 10),
                austritt=maria_out, status=Status.AUSGESCHIEDEN,
                notizen=f"Zum {format_date(maria_out)} ausgeschieden (Umzug nach Kassel).",
            ),
            until=maria_out,
        ),
        _Plan(
            person(
                "09", "Jürgen", "Becker", "50190000", "6100325587", "juergen.becker", "069 8471 0036",
                "Taunusstraße 44, 63067 Offenbach am Main", "Deutsch, Englisch",
                rollen=lotsin, eintritt=date(y - 5, 6, 1), qualifiziert_am=date(y - 5, 5, 18),
                status=Status.PAUSIERT,
                notizen=f"Pausiert seit {format_date(pause)} (Pflege eines Angehörigen), Rückkehr offen.",
            ),
            per_week=((1, 5), (2, 3)), until=pause - timedelta(days=1),
        ),
        _Plan(
            person(
                "10", "Elif", "Demir", "37040044", "0419233871", "elif.demir", "0178 6630 1945",
                "Bernardstraße 71, 63067 Offenbach am Main", "Türkisch, Deutsch, Englisch",
                rollen=lotsin, eintritt=date(y - 2, 2, 1), qualifiziert_am=date(y - 2, 1, 25),
            ),
        ),
        _Plan(
            person(
                "11", "Tigist", "Alemu", "50090500", "3301958842", "tigist.alemu", "0163 9924 5518",
                "Marktplatz 3, 63065 Offenbach am Main", "Amharisch, Oromo, Deutsch",
                rollen=lotsin, eintritt=date(y - 3, 11, 1), qualifiziert_am=date(y - 3, 10, 28),
            ),
            per_week=((1, 3), (2, 3)),
        ),
        _Plan(
            person(
                "12", "Oleksandr", "Kovalenko", "51390000", "0085530127", "o.kovalenko", "0155 6612 8830",
                "Kaiserstraße 90, 63065 Offenbach am Main", "Ukrainisch, Russisch, Polnisch, Deutsch",
                rollen=lotsin, eintritt=oleksandr_in, qualifiziert_am=oleksandr_in - timedelta(days=14),
                notizen="Neu im Team; Einarbeitung durch Frau Петренко.",
            ),
            per_week=((1, 2), (2, 3)),
        ),
    ]  # fmt: skip


def german_iban(blz: str, konto: str) -> str:
    """The German IBAN for a Bankleitzahl and Kontonummer (ISO 13616 check digits, mod 97)."""
    bban = blz + konto.rjust(10, "0")
    number = int("".join(str(int(c, 36)) for c in bban + "DE00"))
    return f"DE{98 - number % 97:02d}{bban}"


def _fill(db: Database, today: date) -> None:
    rng = random.Random(SEED)
    plans = demo_people(today)
    with db.session() as session:
        taetigkeit_ids = dict(session.execute(select(Taetigkeit.name, Taetigkeit.id)).all())
    rows: list[dict] = []
    start = date(today.year - 1, 1, 1)
    meetings = _meeting_days(start, today)
    ids: dict[str, int] = {}
    for plan in plans:
        lotse_id = ids[plan.data.nr] = create_lotse(db, plan.data)
        entries = _entries(rng, plan, start, today, meetings)
        for datum, minuten, taetigkeit, bemerkung in entries:
            rows.append(
                {
                    "lotse_id": lotse_id,
                    "datum": datum,
                    "minuten": minuten,
                    "taetigkeit_id": taetigkeit_ids.get(taetigkeit),
                    "bemerkung": bemerkung,
                }
            )
    rows.sort(key=lambda r: (r["datum"], r["lotse_id"]))
    with db.session() as session:
        session.execute(insert(Einsatz), rows)
    _fill_money(db, today, plans, ids)


# --- Förderjahre, Raten, payouts and Freibetragserklärungen: the whole cycle, through the services ----------
_STORNO_NR = "10"  # Elif Demir: her transfer of the second quarter came back
_MISSING_DECLARATION_NR = "12"  # Oleksandr Kovalenko, new this year: no Freibetragserklärung yet
_ANDERWEITIG_NR = "04"  # Łukasz Wiśniewski: Übungsleiter in a sports club, 2.800 € used elsewhere this year
_EHRENAMT_NR = "09"  # Jürgen Becker: declared the Ehrenamtspauschale
_SOZIAL_NR = "06"  # Fatemeh Rahimi: receives Bürgergeld, consented to the 250-€ check


def _fill_money(db: Database, today: date, plans: list[_Plan], ids: dict[str, int]) -> None:
    """Last year settled (Bescheid, Raten, four quarterly runs – the last paid in January – and a Storno),
    this year running (Bescheid, two Raten and two runs, later months unpaid), and the declarations."""
    last, this = today.year - 1, today.year
    _declarations(db, today, plans, ids)

    data = _add_year(db, last, today)
    claimable = year_summary(db, last).betrag
    approved = _round_up(claimable / Decimal("0.87"), 100)  # about 87 % used: the budget is fine
    update_year(db, replace(data, bewilligt_einsatz=approved))
    raten: list[Decimal] = []
    for number, quarter_end in enumerate(_quarter_ends(last), start=1):
        paid_on = quarter_end + timedelta(days=7)
        if paid_on > today:
            break
        _run(db, last, quarter_end, paid_on, raten, settle_raten=number == 4)
        if number == 2:
            _storno(db, last, paid_on, ids[_STORNO_NR], date(last, 7, 20))
    if data.bewilligt_koordination and date(last, 6, 30) <= today:
        add_rate(db, last, date(last, 6, 30), data.bewilligt_koordination, "Koordinierungspauschale")

    data = _add_year(db, this, today)
    so_far = year_summary(db, this).betrag
    days = (today - date(this, 1, 1)).days + 1
    expected = _round_up(so_far * 365 / days / Decimal("0.87"), 100)
    update_year(db, replace(data, bewilligt_einsatz=max(approved, expected)))
    paid_quarters = [q for q in _quarter_ends(this) if q + timedelta(days=7) <= today]
    for quarter_end in paid_quarters[-2:]:  # the first run pays everything from January on
        _run(db, this, quarter_end, quarter_end + timedelta(days=7), [], settle_raten=False)
    if date(last, 12, 31) + timedelta(days=7) <= today:  # last year is settled: its Verwendungsnachweis
        from lotsendesk.services.verwendungsnachweis import set_angaben  # lazy: it loads reportlab

        set_angaben(db, last, _vn_angaben(last))
        issued_on, sent_on = date(this, 3, 20), date(this, 3, 24)
        if sent_on <= today:  # issued and sent in March, as a careful treasurer does
            from lotsendesk.services.dokumente import issue_verwendungsnachweis, mark_sent

            document, _ = issue_verwendungsnachweis(db, last, today=issued_on)
            mark_sent(db, document.id, sent_on, today=sent_on)


def _vn_angaben(jahr: int) -> "VnAngaben":
    """What the treasurer wrote for last year's Verwendungsnachweis: Sachbericht texts, 250 € Eigenmittel (team
    meetings, the Interkulturelle Woche), the Koordinierungspauschale spent in full."""
    from lotsendesk.services.verwendungsnachweis import VnAngaben

    return VnAngaben(
        projektverlauf=(
            f"Das Lots*innen-Team hat {jahr} Zugewanderte und Geflüchtete in Offenbach zu Behörden, Schulen und "
            "Kitas, Ärzt*innen und Vermietern begleitet. Im Lauf des Jahres kamen neue Lots*innen dazu, die von den "
            "erfahrenen Kolleg*innen eingearbeitet wurden. Seit dem 1. Juli koordinieren zwei Lots*innen das Team "
            "gemeinsam.\n\n"
            "Die Anfragen kommen vor allem über das Stadtteilbüro, die Migrationsberatung und Schulen. Das Team traf "
            "sich monatlich zum Austausch und zur Reflexion; im Herbst haben wir an der Interkulturellen Woche mit "
            "einem Infostand teilgenommen."
        ),
        zielerreichung=(
            "Die geplanten Begleitungen wurden erreicht; rund ein Drittel der Stunden entfiel auf Begleitungen zu "
            "Behörden. Sprachmittlung war in mehr als zehn Sprachen möglich, darunter Türkisch, Arabisch, "
            "Ukrainisch und Tigrinya. Das bewilligte Budget wurde zum größten Teil genutzt; keine Person hat die "
            "Jahreshöchstgrenze überschritten."
        ),
        zusammenarbeit=(
            "Enge Zusammenarbeit mit dem Stadtteilbüro Nordend, der Migrationsberatung, dem Jobcenter "
            "Offenbach und mehreren Grundschulen. Für die Qualifizierung neuer Lots*innen arbeiten wir mit dem "
            "Kompetenzzentrum Vielfalt Hessen zusammen."
        ),
        schwierigkeiten=(
            "Ein Lotse konnte erst nach der Basisqualifizierung abgerechnet werden; seine Stunden davor sind erfasst, "
            "aber nicht abgerechnet. Eine Überweisung kam wegen eines Zahlendrehers in der IBAN zurück und wurde mit "
            "der nächsten Auszahlung erneut überwiesen. In den Sommerferien ruhen die Einsätze weitgehend."
        ),
        ausblick=(
            f"Für {jahr + 1} ist die Qualifizierung von zwei weiteren Lots*innen geplant, unter anderem für "
            "Dari und Tigrinya. Die Koordination wird weiter von zwei Lots*innen gemeinsam getragen."
        ),
        eigenmittel=Decimal("250.00"),
        drittmittel=Decimal("0.00"),
        koordination_ist=Decimal("2000.00"),
    )


def _add_year(db: Database, jahr: int, today: date) -> FoerderjahrData:
    bescheid = date(jahr, 1, 20)
    zurueck = bescheid + timedelta(days=9)
    data = FoerderjahrData(
        jahr=jahr,
        bewilligt_einsatz=Decimal("0.00"),
        aktenzeichen=f"II 25 – 62 d 02.17-{jahr}",
        bescheid_datum=bescheid if bescheid <= today else None,
        bewilligt_koordination=Decimal("2000.00"),
        nebenbestimmungen="ANBest-P",
        erklaerung_zurueck_am=zurueck if zurueck <= today else None,
    )
    add_year(db, data)
    return data


def _run(db: Database, jahr: int, until: date, paid_on: date, raten: list[Decimal], settle_raten: bool) -> None:
    """A Rate (Mittelabruf) ten days before, as much as the run needs, then the run. ``settle_raten``: the last
    run of a year, whose Rate brings the Raten to exactly what was paid (nothing to pay back)."""
    try:
        paid_now = confirm_run(db, jahr, until, paid_on, Methode.UEBERWEISUNG)
    except ServiceError:  # nothing to pay up to ``until``
        return
    needed = sum((p.betrag for p in paid_now), Decimal("0.00"))
    if settle_raten:
        paid = sum((p.betrag for p in list_payouts(db, jahr)), Decimal("0.00"))
        rate = paid - sum(raten, Decimal("0.00"))
    else:
        rate = _round_up(needed, 100)
    if rate > 0:
        add_rate(db, jahr, paid_on - timedelta(days=10), rate, f"Mittelabruf zur Auszahlung am {format_date(paid_on)}")
        raten.append(rate)


def _storno(db: Database, jahr: int, paid_on: date, lotse_id: int, on: date) -> None:
    """A transfer that came back: cancelled with its reason; the next run pays it again."""
    candidates = [
        p for p in list_payouts(db, jahr) if p.bezahlt_am == paid_on and p.storno_von is None and p.betrag > 0
    ]
    if not candidates:
        return
    payout = next((p for p in candidates if p.lotse_id == lotse_id), candidates[-1])
    storno(
        db,
        payout.id,
        "Überweisung zurückgekommen (Zahlendreher in der IBAN); wird mit der nächsten Auszahlung erneut überwiesen.",
        on,
    )


def _declarations(db: Database, today: date, plans: list[_Plan], ids: dict[str, int]) -> None:
    """Freibetragserklärungen for last year and this year, collected at the December team meeting before (or on
    joining); one newcomer has none yet."""
    for jahr in (today.year - 1, today.year):
        collected = _first_wednesday(date(jahr - 1, 12, 1))
        for plan in plans:
            data = plan.data
            if data.nr == _MISSING_DECLARATION_NR and jahr == today.year:
                continue
            if (data.eintritt and data.eintritt > date(jahr, 12, 31)) or (
                data.austritt and data.austritt < date(jahr, 1, 1)
            ):
                continue
            signed = max(collected, data.eintritt or collected)
            if signed > today:
                continue
            set_freibetrag(
                db,
                FreibetragData(
                    lotse_id=ids[data.nr],
                    jahr=jahr,
                    art=Freibetrag.EHRENAMT if data.nr == _EHRENAMT_NR else Freibetrag.UEBUNGSLEITER,
                    anderweitig=Decimal("2800.00")
                    if data.nr == _ANDERWEITIG_NR and jahr == today.year
                    else Decimal("0.00"),
                    unterschrieben_am=signed,
                    sozialleistungen=data.nr == _SOZIAL_NR,
                    einwilligung_am=signed if data.nr == _SOZIAL_NR else None,
                ),
            )


def _quarter_ends(jahr: int) -> list[date]:
    return [date(jahr, 3, 31), date(jahr, 6, 30), date(jahr, 9, 30), date(jahr, 12, 31)]


def _round_up(value: Decimal, step: int) -> Decimal:
    return (value / step).to_integral_value(rounding=ROUND_CEILING) * step


def _first_wednesday(month: date) -> date:
    return month + timedelta(days=(2 - month.weekday()) % 7)


def _entries(
    rng: random.Random, plan: _Plan, start: date, today: date, meetings: list[date]
) -> list[tuple[date, int, str, str]]:
    """One person's Einsätze: 1–3 a week on working days (rarely Saturday), holidays off, never outside
    Eintritt/Austritt/pause or after today, each checked with the rules of a typed entry."""
    data = plan.data
    first = max(start, data.eintritt or start)
    last = min(today, plan.until or today, data.austritt or today)
    koordinierend_ab = [r.ab or date.min for r in data.rollen if r.rolle == Rolle.KOORDINIEREND]
    counts, count_weights = zip(*plan.per_week, strict=True)
    durations, duration_weights = zip(*plan.dauer, strict=True)
    entries: list[tuple[date, int, str, str]] = []
    week = first - timedelta(days=first.weekday())
    while week <= last:
        holiday = (week.month == 12 and week.day >= 22) or (week.month == 8 and week.day <= 21)
        if not holiday and rng.random() < plan.active_weeks:
            n = rng.choices(counts, count_weights)[0]
            days = sorted(rng.sample(range(6), n))
            for offset in days:
                if offset == 5 and rng.random() < 0.7:  # Saturdays are rare
                    offset = rng.randrange(5)
                datum = week + timedelta(days=offset)
                if not first <= datum <= last:
                    continue
                koord = bool(koordinierend_ab) and datum >= min(koordinierend_ab)
                categories = _CATEGORIES_KOORD if koord else _CATEGORIES_LOTSIN
                names, weights = zip(*categories, strict=True)
                taetigkeit = rng.choices(names, weights)[0]
                minuten = rng.choices(durations, duration_weights)[0]
                if taetigkeit == "Beratung/Telefon":
                    minuten = min(minuten, 90)
                bemerkung = "" if rng.random() < 0.15 else rng.choice(_BEMERKUNGEN[taetigkeit])
                entries.append((datum, minuten, taetigkeit, bemerkung))
        week += timedelta(days=7)
    for datum in meetings:
        koord = bool(koordinierend_ab) and datum >= min(koordinierend_ab)
        if first <= datum <= last and (koord or rng.random() < 0.7):
            entries.append((datum, 120, "Teamtreffen", "Monatliches Teamtreffen"))
    entries.sort(key=lambda e: e[0])
    _trim_to_limits(rng, entries, plan.limits, _LIMIT_LOTSIN)
    _check_all(entries, data, today)
    return entries


def _trim_to_limits(rng: random.Random, entries: list, limits: dict[int, int], default: int) -> None:
    """Drop random Einsätze of a year until the person is under that year's limit."""
    for year in sorted({e[0].year for e in entries}):
        limit = limits.get(year, default)
        indexes = [i for i, e in enumerate(entries) if e[0].year == year]
        total = sum(entries[i][1] for i in indexes)
        drop: set[int] = set()
        while total > limit:
            i = rng.choice(indexes)
            if i not in drop:
                drop.add(i)
                total -= entries[i][1]
        entries[:] = [e for i, e in enumerate(entries) if i not in drop]


def _check_all(entries: list, data: LotseData, today: date) -> None:
    """The demo obeys the same rules as a typed entry; a violation is a bug in this module."""
    person = PersonDates(data.eintritt, data.austritt)
    per_day: dict[date, int] = {}
    for datum, minuten, _, _ in entries:
        errors = check_einsatz(datum, minuten, person, today, per_day.get(datum, 0))
        if errors:
            raise AssertionError(f"Demo-Einsatz {datum} von {data.nachname}: {errors[0].message}")
        per_day[datum] = per_day.get(datum, 0) + minuten


def _meeting_days(start: date, today: date) -> list[date]:
    """The team meets on the first Wednesday of each month (not in August)."""
    days = []
    month = start
    while month <= today:
        first_wednesday = month + timedelta(days=(2 - month.weekday()) % 7)
        if month.month != 8 and first_wednesday <= today:
            days.append(first_wednesday)
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return days


def _month_end(day: date) -> date:
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _remove_old_demo(path: Path) -> None:
    if lock.foreign_owner(path) is not None:
        raise DatabaseError(
            msg("Die Demo-Datenbank ist in einem anderen LotsenDesk-Fenster geöffnet. Bitte schließen Sie es zuerst.")
        )
    if not _is_replaceable(path):
        raise DatabaseError(
            msg(
                "„{datei}“ ist eine LotsenDesk-Datenbank mit eigenen Daten (keine Demo) oder eine fremde "
                "Datei. Die Demo überschreibt sie nicht – bitte geben Sie einen anderen Pfad an.",
                datei=path.name,
            )
        )
    _remove_files(path)


def _is_replaceable(path: Path) -> bool:
    """Missing, empty, an earlier demo, or a LotsenDesk database without any Lots*in or Einsatz."""
    if not path.exists():
        return True
    if not path.is_file():
        return False
    if path.stat().st_size == 0:
        return True
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        if connection.execute("SELECT 1 FROM meta WHERE key = ?", (DEMO_MARKER,)).fetchone():
            return True
        people = connection.execute("SELECT COUNT(*) FROM lotse").fetchone()[0]
        einsaetze = connection.execute("SELECT COUNT(*) FROM einsatz").fetchone()[0]
        return people == 0 and einsaetze == 0
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def _remove_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    lock.lock_path(path).unlink(missing_ok=True)
