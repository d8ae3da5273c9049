"""Verwendungsnachweis Qualifizierung (domain.md §1.4, §1.5, D6, D9, D16): the einfacher Verwendungsnachweis of
one course (Basisqualifizierung, Vertiefungsseminar or Reflexionsgespräch), as an Anlage to the
Regierungspräsidium's form – a neutral layout carrying every figure the form asks for:

Deckblatt (Träger, Bescheid data when the course is linked to a Förderjahr, Kurs, Art, Zeitraum, Frist),
1 zahlenmäßiger Nachweis (Zuwendung erhalten; Ausgaben by Kostenart; Höchstbetrag = Teilnehmende × UE × Satz
written out; förderfähig / nicht förderfähig; Ergebnis), 2 Belegliste, 3 Teilnahme, 4 Sachbericht,
5 Bestätigungen with two signature lines.

Same look as the Verwendungsnachweis of a Förderjahr: both are built from ``vn_bausteine``.
``entwurf=True`` prints the diagonal "ENTWURF" on every page.
"""

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.formatting import format_money
from lotsendesk.domain.qualifizierung import KATEGORIE_LABELS
from lotsendesk.reports import vn_bausteine as vn
from lotsendesk.reports.base import (
    CONTENT_WIDTH,
    Signer,
    build_pdf,
    data_table,
    markup,
    para,
)
from lotsendesk.reports.kurs_daten import PROGRAMM, PROJEKT, ZERO, KursDokData
from lotsendesk.reports.vn_bausteine import BEHOERDE

TITLE = "Verwendungsnachweis Qualifizierung"
KATEGORIEN = tuple(KATEGORIE_LABELS.values())  # the order of the Kostenarten in the zahlenmäßiger Nachweis
CONTENTS = (
    ("1", "Zahlenmäßiger Nachweis", "Zuwendung, Ausgaben nach Kostenart, Höchstbetrag, Ergebnis"),
    ("2", "Belegliste", "alle Kosten des Kurses mit Beleg-Nr."),
    ("3", "Teilnahme", "geplante und tatsächliche Teilnehmende, UE, Zertifikate"),
    ("4", "Sachbericht", ""),
    ("5", "Bestätigungen und Unterschrift", ""),
)


def build_kurs_verwendungsnachweis(
    data: KursDokData, path: Path | str, entwurf: bool = False, created: date | None = None, logo: bytes = b""
) -> None:
    """Write the course's Verwendungsnachweis to ``path`` (atomically); OSError when it cannot be written."""
    info = vn.document_info(
        f"{TITLE} – {data.titel}",
        f"{TITLE}: {data.art_label} „{data.titel}“, {PROGRAMM}",
        data.traeger_name,
        data.aktenzeichen,
        entwurf,
        created,
        logo,
    )
    story: list[Flowable] = [
        *_deckblatt(data, entwurf),
        PageBreak(),
        *_zahlen(data),
        PageBreak(),
        *_belegliste(data),
        Spacer(1, 8 * mm),
        CondPageBreak(60 * mm),
        *_teilnahme(data),
        Spacer(1, 8 * mm),
        CondPageBreak(40 * mm),
        *_sachbericht(data),
        Spacer(1, 10 * mm),
        CondPageBreak(110 * mm),
        *_bestaetigungen(data, info.created),
    ]
    build_pdf(path, story, info)


def hoechstbetrag_text(d: KursDokData) -> str:
    """``6 Teilnehmende × 24 UE × 12,50 € = 1.800,00 €`` – the arithmetic with the actual numbers."""
    people = "1 Teilnehmende*r" if d.teilnehmende_ist == 1 else f"{d.teilnehmende_ist} Teilnehmende"
    return f"{people} × {d.ue} UE × {format_money(d.satz_ue)} = {format_money(d.hoechstbetrag)}"


def ergebnis_text(ergebnis: Decimal) -> str:
    """The result's words, as on the Qualifizierungen page (services.kurse.result_text)."""
    if ergebnis > 0:
        return "Überschuss – zurückzuzahlen"
    if ergebnis < 0:
        return "Fehlbetrag – noch anzufordern"
    return "ausgeglichen"


# --- Deckblatt -----------------------------------------------------------------------------------------------
def _deckblatt(d: KursDokData, entwurf: bool) -> list[Flowable]:
    kurs_rows: list[tuple[str, str | Flowable]] = [
        ("Projekt", f"{PROJEKT} – {PROGRAMM}"),
        ("Maßnahme", f"Qualifizierung: {d.art_label}"),
        ("Kurs", para(d.titel, "bold")),
        ("Veranstalter", d.veranstalter_text),
        ("Ort", d.ort_text),
        ("Zeitraum", d.zeitraum),
        ("Umfang", f"{d.ue} UE an {_termine(len(d.termine))}"),
        ("Bewilligungsbehörde", BEHOERDE),
    ]
    if d.foerderjahr is not None:
        kurs_rows += [
            ("Förderjahr", str(d.foerderjahr)),
            ("Aktenzeichen", d.aktenzeichen or "–"),
            ("Nebenbestimmungen", d.nebenbestimmungen or "–"),
        ]
    kurs_rows.append(("Bewilligt", format_money(d.bewilligt) if d.bewilligt > 0 else "– (kein Betrag eingetragen)"))
    frist = format_date(d.frist) if d.frist else "drei Monate nach dem letzten Kurstermin"
    return vn.deckblatt(
        TITLE,
        "Anlage zum Vordruck „Einfacher Verwendungsnachweis“ des Regierungspräsidiums",
        entwurf,
        vn.traeger_rows(d.traeger_name, d.traeger_anschrift),
        "Maßnahme",
        kurs_rows,
        f"Vorlage beim {BEHOERDE} bis spätestens <b>{frist}</b> (einfacher Verwendungsnachweis, per Post), "
        "zusammen mit der Teilnehmendenliste (Anlage zu Formblatt 2 C). Die Belege werden nicht beigefügt; sie "
        "liegen beim Träger vor und werden auf Anforderung vorgelegt.",
        CONTENTS,
    )


def _termine(n: int) -> str:
    return "1 Termin" if n == 1 else f"{n} Terminen"


# --- 1. zahlenmäßiger Nachweis -------------------------------------------------------------------------------
def _zahlen(d: KursDokData) -> list[Flowable]:
    cell = vn.style("cell")
    erhalten_label = "Zuwendung des Landes Hessen"
    erhalten_label += f" (erhalten am {format_date(d.erhalten_am)})" if d.erhalten_am else " (noch nicht erhalten)"
    einnahmen = vn.money_table(
        ["Einnahmen", "bewilligt", "erhalten"],
        [
            [
                para(erhalten_label, cell),
                format_money(d.bewilligt) if d.bewilligt > 0 else "–",
                format_money(d.erhalten),
            ],
            ["Summe Einnahmen", "", format_money(d.erhalten)],
        ],
        [CONTENT_WIDTH - 2 * 34 * mm, 34 * mm, 34 * mm],
    )
    by_kind = []
    for label in KATEGORIEN:
        belege = [k for k in d.kosten if k.kategorie == label]
        eligible = sum((k.betrag for k in belege if k.foerderfaehig), ZERO)
        by_kind.append(
            [
                para(label, cell),
                str(len(belege)),
                format_money(sum((k.betrag for k in belege), ZERO)),
                format_money(eligible),
            ]
        )
    ausgaben = vn.money_table(
        ["Ausgaben nach Kostenart", "Belege", "Ausgaben", "davon förderfähiger Art"],
        [
            *by_kind,
            [
                "Summe Ausgaben",
                str(len(d.kosten)),
                format_money(d.kosten_gesamt),
                format_money(d.foerderfaehige_kosten),
            ],
        ],
        [CONTENT_WIDTH - 20 * mm - 2 * 34 * mm, 20 * mm, 34 * mm, 34 * mm],
    )
    geplant = f"; geplant waren {d.geplant}" if d.geplant else ""
    cap_rows: list[list[object]] = [
        [
            para("Ausgaben förderfähiger Art (Referent*innen-, Raum-, Sach- und Personalkosten)", cell),
            format_money(d.foerderfaehige_kosten),
        ],
        [
            para(f"Höchstbetrag: {hoechstbetrag_text(d)}", cell),
            format_money(d.hoechstbetrag),
        ],
    ]
    if d.bewilligt > 0:
        cap_rows.append([para("bewilligter Betrag", cell), format_money(d.bewilligt)])
    cap_rows += [
        [
            para(
                "förderfähig (Ausgaben förderfähiger Art, höchstens bis zum Höchstbetrag und zum bewilligten Betrag)",
                vn.style("cell_bold"),
            ),
            format_money(d.foerderfaehig),
        ],
        [para("nicht förderfähig (trägt der Träger)", cell), format_money(d.nicht_foerderfaehig)],
    ]
    cap = vn.money_table(
        ["Förderfähige Ausgaben", "Betrag"], cap_rows, [CONTENT_WIDTH - 38 * mm, 38 * mm], total_rows=0
    )
    result_lines = [("Zuwendung erhalten", d.erhalten), ("abzüglich förderfähige Ausgaben", -d.foerderfaehig)]
    counted = (
        "Personen, die mindestens einen Termin besucht haben"
        if d.attendance_recorded
        else "alle angemeldeten Personen (noch keine Anwesenheit erfasst)"
    )
    notes = [
        f"Teilnehmende für den Höchstbetrag: {counted} ({d.teilnehmende_ist}{geplant}). Satz je Teilnehmende*n und "
        f"UE: {format_money(d.satz_ue)}."
    ]
    if d.foerderfaehige_kosten > d.hoechstbetrag:
        notes.append(
            f"Die Ausgaben förderfähiger Art liegen {format_money(d.foerderfaehige_kosten - d.hoechstbetrag)} über dem "
            "Höchstbetrag; dieser Teil wird nicht gefördert."
        )
    return [
        *vn.heading("1", "Zahlenmäßiger Nachweis", f"{d.art_label} „{d.titel}“ · Beträge in Euro"),
        einnahmen,
        Spacer(1, 6 * mm),
        ausgaben,
        Spacer(1, 6 * mm),
        KeepTogether([cap]),
        Spacer(1, 7 * mm),
        *vn.result_section(result_lines, ergebnis_text(d.ergebnis), d.ergebnis),
        Spacer(1, 4 * mm),
        *[item for text in notes for item in (para(text, "note"), Spacer(1, 1.5 * mm))],
    ]


# --- 2. Belegliste -------------------------------------------------------------------------------------------
BELEG_WIDTHS = [19.5 * mm, 20.5 * mm, 30 * mm, CONTENT_WIDTH - 133 * mm, 27 * mm, 14 * mm, 22 * mm]


def _belegliste(d: KursDokData) -> list[Flowable]:
    cell, small = vn.style("cell"), vn.style("grund")
    header = ["Beleg-Nr.", "Datum", "Empfänger*in", "Grund", "Kostenart", "förderf.", "Betrag"]
    rows = [
        [
            k.beleg_nr,
            format_date(k.datum),
            para(k.empfaenger, cell),
            para(k.grund or "–", small),
            para(k.kategorie, small),
            "ja" if k.foerderfaehig else "nein",
            format_money(k.betrag),
        ]
        for k in d.kosten
    ]
    if not rows:
        rows = [["", "", "", para("Keine Kosten erfasst.", small), "", "", format_money(ZERO)]]
    total = vn.sum_line(f"Summe ({_belege(len(d.kosten))})", format_money(d.kosten_gesamt))
    return [
        *vn.heading("2", "Belegliste", "Ausgaben des Kurses in zeitlicher Reihenfolge"),
        *data_table(header, rows, BELEG_WIDTHS, numeric=(6,)),
        total,
        Spacer(1, 3 * mm),
        para(
            "„förderf.“: Kosten förderfähiger Art. Die Belege (Honorarverträge, Rechnungen, Quittungen, "
            "Kontoauszüge) liegen beim Träger unter der angegebenen Beleg-Nr. vor.",
            "note",
        ),
    ]


def _belege(n: int) -> str:
    return "1 Beleg" if n == 1 else f"{n} Belege"


# --- 3. Teilnahme --------------------------------------------------------------------------------------------
def _teilnahme(d: KursDokData) -> list[Flowable]:
    reached = sum(1 for p in d.teilnehmende if p.ausreichend)
    rows = [
        ["geplante Teilnehmende", str(d.geplant)],
        ["angemeldete Teilnehmende", str(len(d.teilnehmende))],
        [
            "tatsächliche Teilnehmende (mindestens ein Termin besucht)"
            if d.attendance_recorded
            else "Teilnehmende (noch keine Anwesenheit erfasst)",
            str(d.teilnehmende_ist),
        ],
        [f"davon mit mindestens {d.mindestanwesenheit} % Anwesenheit", str(reached)],
        ["Zertifikate / Teilnahmebescheinigungen ausgestellt", str(d.zertifikate)],
        ["Unterrichtseinheiten (UE) gesamt", str(d.ue)],
        ["Termine", str(len(d.termine))],
    ]
    figures = vn.money_table(["Teilnahme", "Anzahl"], rows, [CONTENT_WIDTH - 38 * mm, 38 * mm], total_rows=0)
    items: list[Flowable] = [
        *vn.heading("3", "Teilnahme", "geplant und tatsächlich"),
        KeepTogether([figures]),
        Spacer(1, 3 * mm),
        para(
            "Die Namen der Teilnehmenden und ihre Anwesenheit je Termin stehen in der beigefügten "
            "Teilnehmendenliste (Anlage zu Formblatt 2 C).",
            "note",
        ),
    ]
    if d.geplant and d.teilnehmende_ist < d.geplant:
        items.append(
            para(
                f"Es haben {d.teilnehmende_ist} statt der geplanten {d.geplant} Personen teilgenommen; der "
                "Höchstbetrag ist mit der tatsächlichen Zahl berechnet.",
                "note",
            )
        )
    return items


# --- 4. Sachbericht ------------------------------------------------------------------------------------------
def _sachbericht(d: KursDokData) -> list[Flowable]:
    items: list[Flowable] = [*vn.heading("4", "Sachbericht", f"{d.art_label} „{d.titel}“")]
    parts = vn.text_paragraphs(d.sachbericht)
    if not parts:
        items.append(para("Kein Sachbericht erfasst – bitte den Text vor der Vorlage ergänzen.", vn.style("missing")))
    return items + parts


# --- 5. Bestätigungen ----------------------------------------------------------------------------------------
def _bestaetigungen(d: KursDokData, created: date) -> list[Flowable]:
    signers = [Signer("rechtsverbindliche Unterschrift", name, funktion) for name, funktion in d.vertreter[:2]]
    signers += [Signer("rechtsverbindliche Unterschrift")] * (2 - len(signers))
    intro = (
        markup("Der Zuwendungsempfänger <b>{name}</b> bestätigt, dass", name=d.traeger_name)
        if d.traeger_name
        else para("Der Zuwendungsempfänger bestätigt, dass")
    )
    return vn.bestaetigungen(intro, d.nebenbestimmungen, signers, d.traeger_ort, created)
