"""Verwendungsnachweis (domain.md D6–D9) of a Förderjahr, Maßnahme Einsatz: one PDF with every attachment.

Not an imitation of the Regierungspräsidium's forms but clean "Anlagen zum Verwendungsnachweis" carrying every
figure the forms ask for:

1. Deckblatt: Träger, Projekt, Bescheid (Aktenzeichen, Datum, Bewilligungszeitraum, bewilligte Beträge), Frist,
   Inhalt;
2. zahlenmäßiger Nachweis: Einnahmen (Zuwendung in Raten, Eigen-, Drittmittel) and Ausgaben (Aufwands-
   entschädigungen, Koordinierungspauschale) with bewilligt / Ist / Differenz, and the result: Überschuss
   (Rückzahlung an das Land) or Fehlbetrag (noch anzufordern);
3. Anlage Detailangaben Einsatz (content of Formblatt 2 b): one row per person, totals, the Koordinierungs-
   pauschale and the cap rules applied;
4. Belegliste: every payment and Storno of the Förderjahr in date order and the Raten received;
5. Sachbericht: the treasurer's texts and statistics computed from the data – aggregates only, nothing about
   accompanied persons;
6. Bestätigungen and the signature block of the vertretungsberechtigte Personen.

The data comes as plain frozen dataclasses (``VnData``) from ``services.verwendungsnachweis``; this module never
queries the database. ``entwurf=True`` prints a diagonal "ENTWURF" on every page and marks empty texts.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from lotsendesk.domain.formatting import format_date, format_hours, format_money, format_number
from lotsendesk.reports import vn_bausteine as vn
from lotsendesk.reports.base import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    GREY,
    LIGHT,
    RULE,
    Signer,
    build_pdf,
    data_table,
    para,
    table,
)
from lotsendesk.reports.vn_bausteine import BEHOERDE

ZERO = Decimal("0.00")
PROJEKT = "WIR-Integrationslots*innen"
PROGRAMM = "Landesprogramm „WIR – Vielfalt und Teilhabe“ des Landes Hessen"
MASSNAHME = "Ehrenamtlicher Einsatz der Integrationslots*innen (Aufwandsentschädigung) und Koordinierungspauschale"
MONATE = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")

# The Sachbericht's own sections: (field of VnData, heading).
SACHBERICHT_ABSCHNITTE = (
    ("projektverlauf", "Projektverlauf"),
    ("zielerreichung", "Zielerreichung"),
    ("zusammenarbeit", "Zusammenarbeit und Vernetzung"),
    ("schwierigkeiten", "Schwierigkeiten und Lösungen"),
    ("ausblick", "Ausblick"),
)


# --- the data ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class VnRate:
    """A Rate of the Zuwendung received on the project account."""

    datum: date
    betrag: Decimal
    notiz: str = ""


@dataclass(frozen=True)
class VnPerson:
    """One row of the Anlage Detailangaben Einsatz (Formblatt 2 b)."""

    nr: str
    name: str  # "Nachname, Vorname"
    funktion: str  # "Lots*in", "koordinierende*r Lots*in", "Lots*in, ab 01.07.2025 koordinierende*r Lots*in"
    qualifiziert_am: date | None
    erfasst_minuten: int
    abrechenbar_minuten: int
    betrag: Decimal  # abrechenbare Stunden × Satz
    ausgezahlt: Decimal  # paid in payouts of this Förderjahr, Stornos subtracted


@dataclass(frozen=True)
class VnBeleg:
    """One payment (or Storno, negative) of the Förderjahr."""

    datum: date
    beleg_nr: str
    empfaenger: str
    grund: str
    betrag: Decimal


@dataclass(frozen=True)
class VnTaetigkeit:
    name: str
    einsaetze: int
    minuten: int


@dataclass(frozen=True)
class VnStatistik:
    """Aggregates for the Sachbericht; never anything about accompanied persons."""

    lotsinnen_aktiv: int  # with at least one Einsatz in the Förderjahr
    koordinierende: int  # of those, koordinierend on at least one day of the year
    mit_abrechenbaren_stunden: int
    neu: int  # Eintritt in the year
    ausgeschieden: int  # Austritt in the year
    einsaetze: int
    minuten_erfasst: int
    minuten_abrechenbar: int
    nach_taetigkeit: tuple[VnTaetigkeit, ...]
    minuten_nach_monat: tuple[int, ...]  # 12 values, January first
    sprachen: tuple[tuple[str, int], ...]  # (Sprache, number of active Lots*innen), most frequent first


@dataclass(frozen=True)
class VnData:
    """Everything the Verwendungsnachweis of Förderjahr ``jahr`` prints."""

    jahr: int
    traeger_name: str
    traeger_rechtsform: str
    traeger_anschrift: str
    traeger_ort: str
    vertreter: tuple[tuple[str, str], ...]  # (name, funktion), at most two
    aktenzeichen: str
    bescheid_datum: date | None
    bewilligung_von: date
    bewilligung_bis: date
    bewilligt_einsatz: Decimal
    bewilligt_koordination: Decimal
    nebenbestimmungen: str
    vn_frist: date
    satz: Decimal
    cap_lotsin_minuten: int
    cap_koordinierend_minuten: int
    cap_methode: str  # CAP_METHOD_TEXT of the year's method
    raten: tuple[VnRate, ...]
    eigenmittel: Decimal
    drittmittel: Decimal
    koordination_ist: Decimal  # as stated, else the bewilligte amount
    koordination_angegeben: bool  # False: koordination_ist is the bewilligte amount (not stated yet)
    people: tuple[VnPerson, ...]
    belege: tuple[VnBeleg, ...]
    projektverlauf: str
    zielerreichung: str
    zusammenarbeit: str
    schwierigkeiten: str
    ausblick: str
    statistik: VnStatistik

    # the arithmetic of the zahlenmäßiger Nachweis
    @property
    def bewilligt(self) -> Decimal:
        return self.bewilligt_einsatz + self.bewilligt_koordination

    @property
    def erhalten(self) -> Decimal:
        """The Zuwendung received: the sum of the Raten."""
        return sum((r.betrag for r in self.raten), ZERO)

    @property
    def einnahmen(self) -> Decimal:
        return self.erhalten + self.eigenmittel + self.drittmittel

    @property
    def ausgaben_einsatz(self) -> Decimal:
        """Aufwandsentschädigungen paid for the Förderjahr (Stornos subtracted)."""
        return sum((p.ausgezahlt for p in self.people), ZERO)

    @property
    def abrechenbar_einsatz(self) -> Decimal:
        return sum((p.betrag for p in self.people), ZERO)

    @property
    def ausgaben(self) -> Decimal:
        return self.ausgaben_einsatz + self.koordination_ist

    @property
    def zuwendungsfaehig(self) -> Decimal:
        """The expenses the grant covers: each position at most its bewilligter Betrag."""
        return min(self.ausgaben_einsatz, self.bewilligt_einsatz) + min(
            self.koordination_ist, self.bewilligt_koordination
        )

    @property
    def ergebnis(self) -> Decimal:
        """Zuwendung erhalten − zuwendungsfähige Ausgaben: > 0 Überschuss (to pay back), < 0 Fehlbetrag."""
        return self.erhalten - self.zuwendungsfaehig

    @property
    def belege_summe(self) -> Decimal:
        return sum((b.betrag for b in self.belege), ZERO)


# --- the document --------------------------------------------------------------------------------------------
def build_verwendungsnachweis(
    data: VnData, path: Path | str, entwurf: bool = False, created: date | None = None, logo: bytes = b""
) -> None:
    """Write the Verwendungsnachweis of ``data`` to ``path`` (atomically); OSError when it cannot be written."""
    info = vn.document_info(
        f"Verwendungsnachweis {data.jahr} – {PROJEKT}",
        f"Verwendungsnachweis Förderjahr {data.jahr}, Maßnahme Einsatz, {PROGRAMM}",
        data.traeger_name,
        data.aktenzeichen,
        entwurf,
        created,
        logo,
    )
    story: list[Flowable] = []
    story += _deckblatt(data, entwurf)
    story += [PageBreak(), *_zahlen(data)]
    story += [PageBreak(), *_detailangaben(data)]
    story += [PageBreak(), *_belegliste(data)]
    story += [PageBreak(), *_sachbericht(data, entwurf)]
    story += _bestaetigungen(data, info.created)
    build_pdf(path, story, info)


# --- small helpers -----------------------------------------------------------------------------------------------
def _money(value: Decimal) -> str:
    return format_money(value)


def _diff(value: Decimal) -> str:
    """A difference with its sign: ``+120,00 €``, ``-35,50 €``, ``0,00 €``."""
    return ("+" if value > 0 else "") + format_money(value)


# --- 1. Deckblatt --------------------------------------------------------------------------------------------
CONTENTS = (
    ("1", "Zahlenmäßiger Nachweis", "Einnahmen, Ausgaben, erhaltene Raten, Ergebnis"),
    ("2", "Anlage Detailangaben Einsatz", "Inhalt von Formblatt 2 b: Stunden und Beträge je Lots*in"),
    ("3", "Belegliste", "alle Auszahlungen und Stornierungen des Förderjahres, erhaltene Raten"),
    ("4", "Sachbericht", "Projektverlauf, Zielerreichung, Statistik"),
    ("5", "Bestätigungen und Unterschrift", ""),
)


def _deckblatt(d: VnData, entwurf: bool) -> list[Flowable]:
    period = f"{format_date(d.bewilligung_von)} – {format_date(d.bewilligung_bis)}"
    bescheid_rows: list[tuple[str, str | Flowable]] = [
        ("Projekt", f"{PROJEKT} – {PROGRAMM}"),
        ("Maßnahme", MASSNAHME),
        ("Bewilligungsbehörde", BEHOERDE),
        ("Aktenzeichen", d.aktenzeichen or "–"),
        ("Zuwendungsbescheid vom", format_date(d.bescheid_datum) or "–"),
        ("Bewilligungszeitraum", period),
        ("Bewilligt: Einsatz (Aufwandsentschädigungen)", _money(d.bewilligt_einsatz)),
        ("Bewilligt: Koordinierungspauschale", _money(d.bewilligt_koordination)),
        ("Bewilligt zusammen", para(_money(d.bewilligt), "bold")),
        ("Nebenbestimmungen", d.nebenbestimmungen or "–"),
    ]
    return vn.deckblatt(
        f"Verwendungsnachweis {d.jahr}",
        f"Anlagen zum einfachen Verwendungsnachweis · {PROJEKT}",
        entwurf,
        vn.traeger_rows(d.traeger_name, d.traeger_anschrift, d.traeger_rechtsform),
        "Zuwendungsbescheid",
        bescheid_rows,
        f"Vorlage beim {BEHOERDE} bis spätestens <b>{format_date(d.vn_frist)}</b> "
        "(einfacher Verwendungsnachweis, per Post). Die Belege werden nicht beigefügt; sie liegen beim "
        "Träger vor und werden auf Anforderung vorgelegt.",
        CONTENTS,
    )


# --- 2. zahlenmäßiger Nachweis -------------------------------------------------------------------------------
def _zahlen(d: VnData) -> list[Flowable]:
    widths = [CONTENT_WIDTH - 3 * 32 * mm, 32 * mm, 32 * mm, 32 * mm]
    n_raten = len(d.raten)
    raten_text = f"{n_raten} Rate" if n_raten == 1 else f"{n_raten} Raten"
    einnahmen = vn.money_table(
        ["Einnahmen", "bewilligt", "Ist", "Differenz"],
        [
            [
                para(f"Zuwendung des Landes Hessen (erhalten in {raten_text}, siehe unten)", vn.style("cell")),
                _money(d.bewilligt),
                _money(d.erhalten),
                _diff(d.erhalten - d.bewilligt),
            ],
            [para("Eigenmittel des Trägers", vn.style("cell")), "–", _money(d.eigenmittel), "–"],
            [para("Drittmittel (Zuwendungen Dritter)", vn.style("cell")), "–", _money(d.drittmittel), "–"],
            ["Summe Einnahmen", _money(d.bewilligt), _money(d.einnahmen), "–"],
        ],
        widths,
    )
    koord_label = "Koordinierungspauschale (hauptamtliche fachliche Begleitung)"
    if not d.koordination_angegeben:
        koord_label += " – Ist nicht gesondert angegeben, bewilligter Betrag eingesetzt"
    ausgaben = vn.money_table(
        ["Ausgaben", "bewilligt", "Ist", "Differenz"],
        [
            [
                para("Aufwandsentschädigungen der Lots*innen (ausgezahlt, siehe 2)", vn.style("cell")),
                _money(d.bewilligt_einsatz),
                _money(d.ausgaben_einsatz),
                _diff(d.ausgaben_einsatz - d.bewilligt_einsatz),
            ],
            [
                para(koord_label, vn.style("cell")),
                _money(d.bewilligt_koordination),
                _money(d.koordination_ist),
                _diff(d.koordination_ist - d.bewilligt_koordination),
            ],
            ["Summe Ausgaben", _money(d.bewilligt), _money(d.ausgaben), _diff(d.ausgaben - d.bewilligt)],
        ],
        widths,
    )
    raten = vn.money_table(
        ["Erhaltene Raten der Zuwendung", "Datum", "Betrag"],
        [
            *[
                [para(r.notiz or f"Rate {i}", vn.style("cell")), format_date(r.datum), _money(r.betrag)]
                for i, r in enumerate(d.raten, start=1)
            ],
            ["Zuwendung erhalten", "", _money(d.erhalten)],
        ]
        if d.raten
        else [["Noch keine Rate erhalten.", "", _money(ZERO)]],
        [CONTENT_WIDTH - 2 * 32 * mm, 32 * mm, 32 * mm],
    )
    if d.ergebnis > 0:
        wording = "Überschuss – Rückzahlung an das Land Hessen"
    elif d.ergebnis < 0:
        wording = "Fehlbetrag – noch beim Land anzufordern"
    else:
        wording = "Ergebnis: ausgeglichen – keine Rückzahlung, nichts anzufordern"
    result_lines = [
        ("Zuwendung erhalten", d.erhalten),
        ("abzüglich zuwendungsfähige Ausgaben (je Position höchstens der bewilligte Betrag)", -d.zuwendungsfaehig),
    ]
    notes = []
    if d.ausgaben_einsatz > d.bewilligt_einsatz:
        notes.append(
            f"Die ausgezahlten Aufwandsentschädigungen übersteigen den bewilligten Betrag um "
            f"{_money(d.ausgaben_einsatz - d.bewilligt_einsatz)}; zuwendungsfähig ist höchstens der bewilligte "
            "Betrag, der Rest ist aus Eigenmitteln zu tragen."
        )
    offen = d.abrechenbar_einsatz - d.ausgaben_einsatz
    if offen > 0:
        notes.append(
            f"Abrechenbar, aber noch nicht ausgezahlt: {_money(offen)}. Dieser Betrag ist erst nach der Auszahlung "
            "im Nachweis enthalten."
        )
    elif offen < 0:
        notes.append(
            f"Es wurde {_money(-offen)} mehr ausgezahlt als nach den erfassten Stunden abrechenbar ist – bitte "
            "prüfen (Anlage 2, Spalten „Betrag“ und „davon ausgezahlt“)."
        )
    items: list[Flowable] = [
        *vn.heading("1", "Zahlenmäßiger Nachweis", f"Förderjahr {d.jahr} · Beträge in Euro"),
        einnahmen,
        Spacer(1, 6 * mm),
        ausgaben,
        Spacer(1, 6 * mm),
        KeepTogether([raten]),
        Spacer(1, 7 * mm),
        *vn.result_section(result_lines, wording, d.ergebnis),
    ]
    if notes:
        items += [Spacer(1, 4 * mm), *[para("Hinweis: " + text, "note") for text in notes]]
    items += [
        Spacer(1, 4 * mm),
        para(
            "Differenz = Ist − bewilligt. Eigen- und Drittmittel sind als Einnahmen des Projekts angegeben; das "
            "Ergebnis vergleicht die erhaltene Zuwendung mit den zuwendungsfähigen Ausgaben.",
            "note",
        ),
    ]
    return items


# --- 3. Anlage Detailangaben Einsatz (Formblatt 2 b) ---------------------------------------------------------
DETAIL_WIDTHS = [7.5 * mm, 40 * mm, 20.5 * mm, 19.5 * mm, 23 * mm, 12.5 * mm, 23.5 * mm, 23.5 * mm]
DETAIL_HEADER = (
    "Nr.",
    "Name\nFunktion",
    "qualifiziert seit",
    "Std. erfasst",
    "Std. abrechenbar",
    "Satz",
    "Betrag",
    "davon ausgezahlt",
)


def _detailangaben(d: VnData) -> list[Flowable]:
    satz = _money(d.satz)
    cell, small, bold = vn.style("cell"), vn.style("cell_small"), vn.style("cell_bold")
    rows: list[list[object]] = [
        [
            p.nr,
            [para(p.name, cell), para(p.funktion, small)],
            format_date(p.qualifiziert_am) or "–",
            format_hours(p.erfasst_minuten),
            format_hours(p.abrechenbar_minuten),
            satz,
            _money(p.betrag),
            _money(p.ausgezahlt),
        ]
        for p in d.people
    ]
    erfasst = sum(p.erfasst_minuten for p in d.people)
    abrechenbar = sum(p.abrechenbar_minuten for p in d.people)
    persons = "1 Person" if len(d.people) == 1 else f"{len(d.people)} Personen"
    rows.append(
        [
            "",
            para(f"Summe ({persons})", bold),
            "",
            format_hours(erfasst),
            format_hours(abrechenbar),
            "",
            _money(d.abrechenbar_einsatz),
            _money(d.ausgaben_einsatz),
        ]
    )
    rows.append(
        [
            "",
            para(f"Koordinierungspauschale (bewilligt {_money(d.bewilligt_koordination)})", cell),
            "",
            "",
            "",
            "",
            _money(d.koordination_ist),
            _money(d.koordination_ist),
        ]
    )
    rows.append(
        [
            "",
            para("Gesamt", bold),
            "",
            "",
            "",
            "",
            _money(d.abrechenbar_einsatz + d.koordination_ist),
            _money(d.ausgaben),
        ]
    )
    head = [para(h, vn.style("head_right") if i >= 3 else vn.style("head")) for i, h in enumerate(DETAIL_HEADER)]
    n = len(rows)
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, LIGHT),
        ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        # the total row, the Koordinierungspauschale and the grand total
        ("FONT", (0, n - 2), (-1, n - 2), FONT_BOLD, 9),
        ("LINEABOVE", (0, n - 2), (-1, n - 2), 0.8, colors.black),
        ("SPAN", (1, n - 2), (2, n - 2)),
        ("SPAN", (1, n - 1), (5, n - 1)),
        ("SPAN", (1, n), (5, n)),
        ("FONT", (0, n), (-1, n), FONT_BOLD, 9),
        ("LINEABOVE", (0, n), (-1, n), 0.8, colors.black),
        ("BACKGROUND", (0, n), (-1, n), LIGHT),
    ]
    detail = table([head, *rows], DETAIL_WIDTHS, commands, repeatRows=1)
    caps = (
        f"Stundensatz {satz} je Stunde. Jahreshöchstgrenze je Person {format_hours(d.cap_lotsin_minuten)} Stunden "
        f"als Lots*in, {format_hours(d.cap_koordinierend_minuten)} Stunden als koordinierende*r Lots*in "
        f"(Gesamtgrenze der Person). Höchstgrenze bei einem Rollenwechsel im Jahr: {d.cap_methode}. Abrechenbar sind "
        "Stunden ab der Basisqualifizierung, zwischen Eintritt und Austritt, im Bewilligungszeitraum und bis zur "
        "Jahreshöchstgrenze (in zeitlicher Reihenfolge). Betrag = abrechenbare Stunden × Satz, auf Cent gerundet; "
        "„davon ausgezahlt“ = Auszahlungen für dieses Förderjahr abzüglich Stornierungen (siehe 3 Belegliste)."
    )
    return [
        *vn.heading(
            "2",
            "Anlage Detailangaben Einsatz",
            f"zu Formblatt 2 b „Detailangaben ILOs-Einsatz und zur Abrechnung“ · Förderjahr {d.jahr}",
        ),
        detail,
        Spacer(1, 4 * mm),
        para(caps, "note"),
    ]


# --- 4. Belegliste -------------------------------------------------------------------------------------------
BELEG_WIDTHS = [22 * mm, 19.5 * mm, 36 * mm, CONTENT_WIDTH - 99.5 * mm, 22 * mm]


def _belegliste(d: VnData) -> list[Flowable]:
    cell, small = vn.style("cell"), vn.style("grund")
    header = ["Datum", "Beleg-Nr.", "Empfänger*in", "Grund", "Betrag"]
    rows = [
        [format_date(b.datum), b.beleg_nr, para(b.empfaenger, cell), para(b.grund, small), _money(b.betrag)]
        for b in d.belege
    ]
    if not rows:
        rows = [["", "", "", para("Keine Auszahlungen in diesem Förderjahr.", small), _money(ZERO)]]
    ausgaben = data_table(header, rows, BELEG_WIDTHS, numeric=(4,))
    total = vn.sum_line(f"Summe Aufwandsentschädigungen ({len(d.belege)} Buchungen)", _money(d.belege_summe))
    einnahmen_rows = [
        [
            format_date(r.datum),
            f"R{i}",
            para("Land Hessen", cell),
            para(r.notiz or f"Rate der Zuwendung {d.jahr}", small),
            _money(r.betrag),
        ]
        for i, r in enumerate(d.raten, start=1)
    ]
    if d.eigenmittel:
        einnahmen_rows.append(["", "", para("Träger", cell), para("Eigenmittel", small), _money(d.eigenmittel)])
    if d.drittmittel:
        einnahmen_rows.append(["", "", para("Dritte", cell), para("Drittmittel", small), _money(d.drittmittel)])
    if not einnahmen_rows:
        einnahmen_rows = [["", "", "", para("Keine Einnahmen erfasst.", small), _money(ZERO)]]
    einnahmen = data_table(["Datum", "Nr.", "Einzahler*in", "Grund", "Betrag"], einnahmen_rows, BELEG_WIDTHS, (4,))
    einnahmen_total = vn.sum_line("Summe Einnahmen", _money(d.einnahmen))
    return [
        *vn.heading(
            "3",
            "Belegliste",
            f"Förderjahr {d.jahr} · Einnahmen und Ausgaben getrennt, in zeitlicher Reihenfolge",
        ),
        para("Einnahmen", vn.style("h2")),
        Spacer(1, 2 * mm),
        *einnahmen,
        einnahmen_total,
        Spacer(1, 7 * mm),
        para("Ausgaben: Aufwandsentschädigungen (Auszahlungen und Stornierungen)", vn.style("h2")),
        Spacer(1, 2 * mm),
        *ausgaben,
        total,
        Spacer(1, 4 * mm),
        para(
            "Die Belege (Auszahlungsbelege, Quittungen, Kontoauszüge) liegen beim Träger unter der angegebenen "
            "Beleg-Nr. vor. Eine Stornierung steht als negativer Betrag mit ihrem Grund in der Liste. "
            "Die Koordinierungspauschale ist nicht Teil dieser Liste.",
            "note",
        ),
    ]


# --- 5. Sachbericht ------------------------------------------------------------------------------------------
def _sachbericht(d: VnData, entwurf: bool) -> list[Flowable]:
    items: list[Flowable] = [*vn.heading("4", "Sachbericht", f"{PROJEKT} · Förderjahr {d.jahr}")]
    for number, (key, heading) in enumerate(SACHBERICHT_ABSCHNITTE, start=1):
        text = getattr(d, key).strip()
        items += [CondPageBreak(25 * mm), para(f"4.{number} {heading}", vn.style("h2")), Spacer(1, 1.5 * mm)]
        if text:
            items += vn.text_paragraphs(text)
        elif entwurf:
            items.append(para("Noch kein Text – bitte diesen Abschnitt vor der Vorlage ergänzen.", vn.style("missing")))
        else:
            items.append(para("–"))
        items.append(Spacer(1, 4 * mm))
    items += [CondPageBreak(70 * mm), *_statistik(d, len(SACHBERICHT_ABSCHNITTE) + 1)]
    return items


def _statistik(d: VnData, number: int) -> list[Flowable]:
    st = d.statistik
    key_figures = vn.money_table(
        ["Kennzahl", "Anzahl"],
        [
            ["Lots*innen mit Einsätzen im Förderjahr", str(st.lotsinnen_aktiv)],
            ["davon koordinierende Lots*innen", str(st.koordinierende)],
            ["davon mit abrechenbaren Stunden", str(st.mit_abrechenbaren_stunden)],
            ["neu eingetreten im Förderjahr", str(st.neu)],
            ["ausgeschieden im Förderjahr", str(st.ausgeschieden)],
            ["Einsätze (erfasst)", _int(st.einsaetze)],
            ["Stunden erfasst", format_hours(st.minuten_erfasst)],
            ["Stunden abrechenbar", format_hours(st.minuten_abrechenbar)],
        ],
        [CONTENT_WIDTH - 40 * mm, 40 * mm],
        total_rows=0,
    )
    total = st.minuten_erfasst or 1
    taetigkeiten = vn.money_table(
        ["Tätigkeit", "Einsätze", "Stunden", "Anteil"],
        [
            *[
                [para(t.name, vn.style("cell")), _int(t.einsaetze), format_hours(t.minuten), _percent(t.minuten, total)]
                for t in st.nach_taetigkeit
            ],
            ["Summe", _int(st.einsaetze), format_hours(st.minuten_erfasst), "100 %" if st.minuten_erfasst else "–"],
        ],
        [CONTENT_WIDTH - 3 * 28 * mm, 28 * mm, 28 * mm, 28 * mm],
    )
    sprachen = ", ".join(f"{name} ({count})" for name, count in st.sprachen) or "–"
    return [
        para(f"4.{number} Statistik (aus den erfassten Daten)", vn.style("h2")),
        Spacer(1, 1.5 * mm),
        para(
            "Alle Angaben sind zusammengefasst; über die begleiteten Personen werden keine Daten ausgewiesen.",
            "note",
        ),
        Spacer(1, 2.5 * mm),
        KeepTogether([key_figures]),
        Spacer(1, 5 * mm),
        KeepTogether([para("Stunden nach Tätigkeit", "bold"), Spacer(1, 1.5 * mm), taetigkeiten]),
        Spacer(1, 5 * mm),
        KeepTogether(
            [para("Erfasste Stunden nach Monat", "bold"), Spacer(1, 1.5 * mm), MonthChart(st.minuten_nach_monat)]
        ),
        Spacer(1, 5 * mm),
        KeepTogether(
            [
                para("Angebotene Sprachen (Anzahl der Lots*innen mit Einsätzen)", "bold"),
                Spacer(1, 1.5 * mm),
                para(sprachen),
            ]
        ),
    ]


def _int(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _percent(part: int, whole: int) -> str:
    return f"{format_number(Decimal(part) * 100 / Decimal(whole), 1)} %"


class MonthChart(Flowable):
    """Twelve bars, one per month, with the hours written on each bar (or above it when the bar is short)."""

    def __init__(self, minutes: tuple[int, ...], width: float = CONTENT_WIDTH, height: float = 58 * mm) -> None:
        super().__init__()
        self.minutes = tuple(minutes) + (0,) * (12 - len(minutes))
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def drawing(self) -> Drawing:
        drawing = Drawing(self.width, self.height, initialFontName=FONT, initialFontSize=8)
        base_y, top_pad = 12.0, 14.0
        plot_h = self.height - base_y - top_pad
        slot = self.width / 12
        bar_w = slot * 0.78
        peak = max(self.minutes) or 1
        drawing.add(Line(0, base_y, self.width, base_y, strokeColor=RULE, strokeWidth=0.6))
        for i, minutes in enumerate(self.minutes):
            x = i * slot + (slot - bar_w) / 2
            h = plot_h * minutes / peak
            if minutes:
                drawing.add(Rect(x, base_y, bar_w, h, fillColor=colors.HexColor("#7A95B0"), strokeColor=None))
            label = format_hours(minutes)  # "148,00" beside "149,25": one format on every bar
            size = 7.0
            inside = h >= size + 6
            drawing.add(
                String(
                    x + bar_w / 2,
                    base_y + h - size - 3 if inside else base_y + h + 3,
                    label,
                    fontName=FONT,
                    fontSize=size,
                    fillColor=colors.white if inside else colors.black,
                    textAnchor="middle",
                )
            )
            drawing.add(
                String(x + bar_w / 2, 2, MONATE[i], fontName=FONT, fontSize=8, fillColor=GREY, textAnchor="middle")
            )
        return drawing

    def draw(self) -> None:
        self.drawing().drawOn(self.canv, 0, 0)


# --- 6. Bestätigungen und Unterschrift -----------------------------------------------------------------------
def _bestaetigungen(d: VnData, created: date) -> list[Flowable]:
    if d.vertreter:
        signers = [Signer("rechtsverbindliche Unterschrift", name, funktion) for name, funktion in d.vertreter[:2]]
    else:
        signers = [Signer("rechtsverbindliche Unterschrift"), Signer("rechtsverbindliche Unterschrift")]
    intro = para(f"Der Zuwendungsempfänger {d.traeger_name or ''} bestätigt, dass".replace("  ", " "))
    return [PageBreak(), *vn.bestaetigungen(intro, d.nebenbestimmungen, signers, d.traeger_ort, created)]
