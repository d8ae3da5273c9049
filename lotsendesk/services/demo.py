"""A realistic demo association, created fresh at every ``lotsendesk --demo``.

Twelve Lots*innen with the names, languages and situations of real Hessian teams (two koordinierende, one
role switch, a late qualification, one never qualified, one ausgeschieden, one pausiert) and their
Einsätze from 1 January of last year up to ``today`` – so last year is a complete funding year and this
year is under way. Qualifizierungen: last year the Träger's own Basisqualifizierung (five Saturdays, nine
participants – two of the team and seven new people –, two below 80 % without certificate, costs with Belege,
Sachbericht, Verwendungsnachweis sent; its certificates set the Qualifiziert-am dates), entlastende
Reflexionsgespräche a few weeks ago (Verwendungsnachweis due soon), a Vertiefungsseminar ahead, and one person
qualified at another Träger. Everything is derived from ``today`` and a fixed random seed: the same day gives the
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
from lotsendesk.domain.qualifizierung import Kategorie, KursArt
from lotsendesk.services import kurse, lock
from lotsendesk.services.auszahlungen import Methode, confirm_run, list_payouts, storno
from lotsendesk.services.database import Database, open_database
from lotsendesk.services.errors import DatabaseError, ServiceError
from lotsendesk.services.foerderjahre import (
    FoerderjahrData,
    add_rate,
    add_year,
    list_years,
    update_year,
    year_summary,
)
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
    registergericht="Amtsgericht Offenbach am Main",
    registernummer="VR 2417",
    finanzamt="Finanzamt Offenbach am Main-Stadt",
    steuernummer="035 250 12345",
    freistellungsbescheid=date(2024, 5, 14),
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
    mid = _qualification_day(today)
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
                rollen=lotsin, eintritt=date(y - 1, 3, 1), status=Status.IN_QUALIFIZIERUNG,  # certificate: `mid`
                notizen=f"Basisqualifizierung erst am {format_date(mid)} abgeschlossen (Kurs des Trägers); "
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
                rollen=lotsin, eintritt=dawit_in, status=Status.IN_QUALIFIZIERUNG,
                notizen="Noch keine Basisqualifizierung: beim Kurs des Trägers krankheitsbedingt unter 80 % der UE, "
                "daher kein Zertifikat. Stunden werden erfasst, sind aber nicht abrechenbar. Anmeldung zum "
                "nächsten Kurs des Kompetenzzentrums ist erfolgt.",
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
    plan = _kurs_plan(today)
    basis = _basisqualifizierung(db, plan, ids)  # before the money: its certificates make hours claimable
    _fill_money(db, today, plans, ids, plan)
    _kurse_after_money(db, today, plan, ids, basis)


# --- Förderjahre, Raten, payouts and Freibetragserklärungen: the whole cycle, through the services ----------
_STORNO_NR = "10"  # Elif Demir: her transfer of the second quarter came back
_MISSING_DECLARATION_NR = "12"  # Oleksandr Kovalenko, new this year: no Freibetragserklärung yet
_ANDERWEITIG_NR = "04"  # Łukasz Wiśniewski: Übungsleiter in a sports club, 2.800 € used elsewhere this year
_EHRENAMT_NR = "09"  # Jürgen Becker: declared the Ehrenamtspauschale
_SOZIAL_NR = "06"  # Fatemeh Rahimi: receives Bürgergeld, consented to the 250-€ check


def _fill_money(db: Database, today: date, plans: list[_Plan], ids: dict[str, int], kurse: "_KursPlan") -> None:
    """Last year settled (Bescheid, Raten, four quarterly runs – the last paid in January – and a Storno),
    this year running (Bescheid, two Raten and two runs, later months unpaid), and the declarations."""
    last, this = today.year - 1, today.year
    _declarations(db, today, plans, ids)

    data = _add_year(db, last, today, kurse.bewilligt_quali(last))
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

    data = _add_year(db, this, today, kurse.bewilligt_quali(this))
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


def _add_year(db: Database, jahr: int, today: date, quali: Decimal = Decimal("0.00")) -> FoerderjahrData:
    bescheid = date(jahr, 1, 20)
    zurueck = bescheid + timedelta(days=9)
    data = FoerderjahrData(
        jahr=jahr,
        bewilligt_einsatz=Decimal("0.00"),
        aktenzeichen=f"II 25 – 62 d 02.17-{jahr}",
        bescheid_datum=bescheid if bescheid <= today else None,
        bewilligt_koordination=Decimal("2000.00"),
        bewilligt_quali=quali,
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


# --- Qualifizierungen: the Träger's own Basisqualifizierung last year, Reflexionsgespräche a few weeks ago, a
# Vertiefungsseminar ahead; one person qualified elsewhere. All through the course service, so its rules hold.
_SATZ = Decimal("12.50")
_BASIS_UE = (6, 6, 6, 6, 4)  # five Saturdays, 28 UE
_BASIS_THEMEN = (
    "Rolle und Aufgaben der WIR-Integrationslots*innen, Grenzen des Ehrenamts",
    "Interkulturelle Kommunikation und Sprachmittlung",
    "Behörden, Aufenthaltsrecht und Sozialleistungen im Überblick",
    "Gesundheit, Schule und Kita: Wege im Hilfesystem",
    "Datenschutz, Schweigepflicht und Selbstfürsorge; Abschluss",
)
_BASIS_GEPLANT = 10
# nr → indexes of the Basis Termine missed: two below 80 % (no certificate), one missed only the short last day
_BASIS_FEHLT = {"07": (2, 3), "17": (3, 4), "15": (4,)}
_BASIS_EXISTING = ("04", "07")  # Łukasz Wiśniewski (certificate), Dawit Tesfaye (below 80 %)
_REFLEXION_NRS = ("02", "03", "05", "06", "10", "12")
_VERTIEFUNG_NRS = ("03", "04", "05", "06", "10", "11", "12", "13", "16")
_VERTIEFUNG_GEPLANT = 12
_VERTIEFUNG_UE = (4, 4)
_REFLEXION_UE = (2, 2, 2)
_EXTERN_NR = "12"  # Oleksandr Kovalenko: qualified at another Träger before joining


@dataclass(frozen=True)
class _KursPlan:
    """When the demo's courses take place, derived from ``today`` only."""

    basis: tuple[date, ...]  # the Basisqualifizierung's Saturdays; the certificates on ``zertifikat``
    zertifikat: date
    reflexion: tuple[date, ...]  # Wednesdays; the last about six weeks ago, so its deadline is coming up
    vertiefung: tuple[date, ...]  # Saturdays ahead

    def bewilligt_quali(self, jahr: int) -> Decimal:
        """What the Bescheid of ``jahr`` approved for the courses of that year (Teilnehmende × UE × 12,50 €)."""
        total = Decimal("0.00")
        if self.basis[-1].year == jahr:
            total += _grant(_BASIS_GEPLANT, sum(_BASIS_UE))
        if self.reflexion[-1].year == jahr:
            total += _grant(len(_REFLEXION_NRS), sum(_REFLEXION_UE))
        if self.vertiefung[0].year == jahr:
            total += _grant(_VERTIEFUNG_GEPLANT, sum(_VERTIEFUNG_UE))
        return total


def _grant(teilnehmende: int, ue: int) -> Decimal:
    return (teilnehmende * ue * _SATZ).quantize(Decimal("0.01"))


def _qualification_day(today: date) -> date:
    """The day Łukasz Wiśniewski's certificate was issued: halfway through the demo's Einsätze."""
    start = date(today.year - 1, 1, 1)
    return start + timedelta(days=(today - start).days // 2)


def _kurs_plan(today: date) -> _KursPlan:
    zertifikat = _qualification_day(today)
    last = zertifikat - timedelta(days=(zertifikat.weekday() - 5) % 7)  # the Saturday on or before
    basis = tuple(last - timedelta(weeks=2 * i) for i in reversed(range(len(_BASIS_UE))))
    wednesday = today - timedelta(days=42)
    wednesday += timedelta(days=(2 - wednesday.weekday()) % 7)
    reflexion = tuple(wednesday - timedelta(weeks=2 * i) for i in reversed(range(len(_REFLEXION_UE))))
    first = today + timedelta(days=24)
    first += timedelta(days=(5 - first.weekday()) % 7)
    if (first.month, first.day) >= (12, 20) or (first.month, first.day) <= (1, 6):  # not in the Christmas break
        after = date(first.year + (first.month == 12), 1, 7)
        first = after + timedelta(days=(5 - after.weekday()) % 7)
    return _KursPlan(basis, zertifikat, reflexion, (first, first + timedelta(weeks=2)))


def _season(day: date) -> str:
    return {12: "Winter", 1: "Winter", 2: "Winter", 3: "Frühjahr", 4: "Frühjahr", 5: "Frühjahr"}.get(
        day.month, "Sommer" if day.month <= 8 else "Herbst"
    )


def _new_participants(plan: _KursPlan) -> list[LotseData]:
    """People new to the project on the Basisqualifizierung; those who pass join the team on the certificate day."""
    joined = plan.zertifikat

    def person(nr, vorname, nachname, blz, konto, mail, telefon, anschrift, sprachen, notizen="") -> LotseData:
        return LotseData(
            nr=nr,
            nachname=nachname,
            vorname=vorname,
            iban=german_iban(blz, konto),
            email=f"{mail}@example.org",
            telefon=telefon,
            anschrift=anschrift,
            sprachen=sprachen,
            notizen=notizen,
            eintritt=plan.basis[0] if nr in _BASIS_FEHLT and len(_BASIS_FEHLT[nr]) > 1 else joined,
        )

    return [
        person("13", "Mariam", "Sultani", "50050201", "3018842276", "m.sultani", "0176 3301 5528",
               "Hermannstraße 14, 63065 Offenbach am Main", "Dari, Paschtu, Deutsch"),
        person("14", "Hevin", "Aydın", "50010517", "4471029935", "hevin.aydin", "0152 7719 2046",
               "Ludwigstraße 33, 63067 Offenbach am Main", "Kurdisch (Kurmancî), Türkisch, Deutsch"),
        person("15", "Ana", "Popescu", "50090500", "2290476618", "ana.popescu", "0157 4402 8813",
               "Berliner Straße 160, 63065 Offenbach am Main", "Rumänisch, Italienisch, Deutsch",
               "Beim letzten Kurstag (4 UE) gefehlt; mit 24 von 28 UE trotzdem über 80 %."),
        person("16", "Yonas", "Gebremedhin", "51390000", "0063318840", "yonas.g", "0160 2287 9914",
               "Bismarckstraße 88, 63065 Offenbach am Main", "Tigrinya, Arabisch, Deutsch"),
        person("17", "Samira", "El Amrani", "50040000", "0719935502", "s.elamrani", "0151 6620 4437",
               "Karlstraße 21, 63065 Offenbach am Main", "Arabisch, Französisch, Deutsch",
               "Bei der Basisqualifizierung an zwei Kurstagen gefehlt (Kinderbetreuung), daher noch kein Zertifikat; "
               "holt die Module im nächsten Kurs nach."),
        person("18", "Bilal", "Qureshi", "37040044", "0538820917", "b.qureshi", "0178 5503 1286",
               "Strahlenbergerstraße 5, 63067 Offenbach am Main", "Urdu, Englisch, Deutsch"),
        person("19", "Iryna", "Bondarenko", "50050201", "4120985573", "i.bondarenko", "0155 1928 3374",
               "Domstraße 52, 63067 Offenbach am Main", "Ukrainisch, Russisch, Deutsch"),
    ]  # fmt: skip


def _basisqualifizierung(db: Database, plan: _KursPlan, ids: dict[str, int]) -> int:
    """The Träger's own Basisqualifizierung: Termine, participants (two of the team, seven new people), attendance
    and certificates – which set the Qualifiziert-am date. Linked to its Förderjahr later (see _kurse_after_money)."""
    first = plan.basis[0]
    kurs_id = kurse.add_course(
        db,
        kurse.KursData(
            art=KursArt.BASIS,
            titel=f"Basisqualifizierung WIR-Integrationslots*innen {_season(first)} {first.year}",
            ort="Gemeindehaus der Ev. Lukasgemeinde, Offenbach am Main",
            referenten="Sabine Krause (Dipl.-Sozialpädagogin, Kompetenzzentrum Vielfalt Hessen); "
            "Mehmet Aydoğan (Migrationsberatung Offenbach)",
            geplante_teilnehmende=_BASIS_GEPLANT,
        ),
    )
    termine = [
        kurse.add_termin(db, kurs_id, kurse.TerminData(day, ue, "09:30", "16:30" if ue == 6 else "13:00", thema))
        for day, ue, thema in zip(plan.basis, _BASIS_UE, _BASIS_THEMEN, strict=True)
    ]
    teilnahmen: dict[str, int] = {nr: kurse.add_participant(db, kurs_id, ids[nr]) for nr in _BASIS_EXISTING}
    for data in _new_participants(plan):
        ids[data.nr], teilnahmen[data.nr] = kurse.add_new_participant(db, kurs_id, data)
    for nr, teilnahme_id in teilnahmen.items():
        missed = _BASIS_FEHLT.get(nr, ())
        for index, termin_id in enumerate(termine):
            if index not in missed:
                kurse.set_attendance(db, teilnahme_id, termin_id, True)
    for nr, teilnahme_id in teilnahmen.items():
        if len(_BASIS_FEHLT.get(nr, ())) < 2:
            kurse.issue_certificate(db, teilnahme_id, plan.zertifikat, today=plan.zertifikat)  # issued that day
    return kurs_id


def _kurse_after_money(db: Database, today: date, plan: _KursPlan, ids: dict[str, int], basis_id: int) -> None:
    """Link the Basisqualifizierung to its Förderjahr and account for it; the Reflexionsgespräche; the planned
    Vertiefungsseminar; an external qualification."""
    years = {y.jahr for y in list_years(db)}

    def year_of(day: date) -> int | None:
        return day.year if day.year in years else None

    # the Basisqualifizierung: the grant came in one sum before the course; its costs with Belege
    first, last = plan.basis[0], plan.basis[-1]
    data = kurse.get_course(db, basis_id, today).data
    kurse.update_course(
        db,
        basis_id,
        replace(
            data,
            foerderjahr=year_of(last),
            bewilligt=_grant(_BASIS_GEPLANT, sum(_BASIS_UE)),
            erhalten=_grant(_BASIS_GEPLANT, sum(_BASIS_UE)),
            erhalten_am=first - timedelta(days=17),
            sachbericht=(
                f"Die Basisqualifizierung fand an fünf Samstagen vom {format_date(first)} bis {format_date(last)} im "
                f"Gemeindehaus der Ev. Lukasgemeinde statt ({sum(_BASIS_UE)} UE). Zehn Personen waren angemeldet; "
                "eine hat vor Kursbeginn abgesagt, neun haben teilgenommen. Sieben haben mindestens 80 % der UE "
                "besucht und das Zertifikat erhalten; zwei holen fehlende Module im nächsten Kurs nach.\n\n"
                "Inhalte: Rolle und Grenzen des Ehrenamts, interkulturelle Kommunikation und Sprachmittlung, "
                "Behörden und Sozialleistungen, Gesundheit, Schule und Kita, Datenschutz und Selbstfürsorge. Die "
                "Referent*innen arbeiteten mit Fallbeispielen aus der Offenbacher Praxis. Die neuen Lots*innen "
                "begleiten seitdem im Tandem mit erfahrenen Kolleg*innen.\n\n"
                "Weil eine Person weniger als geplant teilgenommen hat, sinkt der Höchstbetrag; der nicht verbrauchte "
                "Teil der Zuwendung wird zurückgezahlt."
            ),
        ),
    )
    costs = (
        (last, Kategorie.HONORAR, "1050.00", "Sabine Krause", "Honorar 14 UE à 75,00 €"),
        (last, Kategorie.HONORAR, "1050.00", "Mehmet Aydoğan", "Honorar 14 UE à 75,00 €"),
        (last, Kategorie.RAUM, "450.00", "Ev. Lukasgemeinde Offenbach", "Saalmiete, 5 Samstage à 90,00 €"),
        (first, Kategorie.MATERIAL, "268.40", "Copyshop am Markt", "Teilnehmendenmappen, Kopien, Moderationsmaterial"),
        (last, Kategorie.SONSTIGE, "86.40", "Sabine Krause", "Fahrtkosten (Bahn Frankfurt–Offenbach, 5 Tage)"),
        (last, Kategorie.VERPFLEGUNG, "231.60", "Bäckerei Schäfer", "Mittagsimbiss und Getränke, 5 Kurstage"),
    )
    for day, kategorie, betrag, empfaenger, beschreibung in costs:
        kurse.add_cost(
            db,
            basis_id,
            kurse.KostenData(
                day, kategorie, Decimal(betrag), empfaenger, beschreibung, kategorie is not Kategorie.VERPFLEGUNG
            ),
        )

    issued_on, sent_on = last + timedelta(days=33), last + timedelta(days=36)
    if sent_on <= today:  # accounted for well before the deadline, as a careful treasurer does
        from lotsendesk.services.dokumente import mark_sent  # lazy: they load reportlab
        from lotsendesk.services.kurs_dokumente import issue_kurs_verwendungsnachweis

        document, _ = issue_kurs_verwendungsnachweis(db, basis_id, today=issued_on)
        mark_sent(db, document.id, sent_on, today=sent_on)

    # Reflexionsgespräche for the active team, finished a few weeks ago: the Verwendungsnachweis is due soon
    first, last = plan.reflexion[0], plan.reflexion[-1]
    grant = _grant(len(_REFLEXION_NRS), sum(_REFLEXION_UE))
    kurs_id = kurse.add_course(
        db,
        kurse.KursData(
            art=KursArt.REFLEXION,
            titel=f"Entlastende Reflexionsgespräche {_season(first)} {first.year}",
            ort="Vereinsräume, Musterstraße 12, Offenbach am Main",
            referenten="Dr. Claudia Reinhardt (Supervisorin DGSv)",
            geplante_teilnehmende=len(_REFLEXION_NRS),
            foerderjahr=year_of(last),
            bewilligt=grant,
            erhalten=grant,
            erhalten_am=first - timedelta(days=10),
        ),
    )
    termine = [
        kurse.add_termin(db, kurs_id, kurse.TerminData(day, ue, "18:00", "19:30", "Fallbesprechung und Entlastung"))
        for day, ue in zip(plan.reflexion, _REFLEXION_UE, strict=True)
    ]
    for nr in _REFLEXION_NRS:
        teilnahme_id = kurse.add_participant(db, kurs_id, ids[nr])
        for termin_id in termine:
            kurse.set_attendance(db, teilnahme_id, termin_id, True)
    kurse.add_cost(
        db,
        kurs_id,
        kurse.KostenData(last, Kategorie.HONORAR, grant, "Dr. Claudia Reinhardt", "Supervision, 3 Abende à 2 UE"),
    )

    # the Vertiefungsseminar ahead: Termine and registrations, no attendance yet
    first = plan.vertiefung[0]
    jahr = year_of(first)
    kurs_id = kurse.add_course(
        db,
        kurse.KursData(
            art=KursArt.VERTIEFUNG,
            titel="Vertiefungsseminar Traumasensible Begleitung",
            ort="Vereinsräume, Musterstraße 12, Offenbach am Main",
            referenten="Dr. Leyla Karimi (Psychotraumatologin); Thomas Brandt (Supervisor)",
            geplante_teilnehmende=_VERTIEFUNG_GEPLANT,
            foerderjahr=jahr,
            bewilligt=_grant(_VERTIEFUNG_GEPLANT, sum(_VERTIEFUNG_UE)) if jahr else Decimal("0.00"),
            notizen="Anmeldeschluss zwei Wochen vor dem ersten Termin; drei Plätze sind noch frei.",
        ),
    )
    for day, ue, thema in zip(
        plan.vertiefung,
        _VERTIEFUNG_UE,
        ("Trauma und Flucht: erkennen, verstehen, begleiten", "Grenzen setzen und Selbstfürsorge"),
        strict=True,
    ):
        kurse.add_termin(db, kurs_id, kurse.TerminData(day, ue, "10:00", "13:30", thema))
    for nr in _VERTIEFUNG_NRS:
        kurse.add_participant(db, kurs_id, ids[nr])

    # qualified elsewhere (the service refuses a date after the real today: only for a demo dated ahead)
    extern = next(p.data for p in demo_people(today) if p.data.nr == _EXTERN_NR)
    if extern.qualifiziert_am and extern.qualifiziert_am <= date.today():
        kurse.set_external_qualification(
            db,
            ids[_EXTERN_NR],
            "Caritasverband Frankfurt e.V.",
            extern.qualifiziert_am,
            "Basisqualifizierung WIR-Integrationslots*innen (30 UE); Zertifikat in Kopie in der Personalakte.",
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
