"""Verwendungsnachweis Qualifizierung (domain.md §1.4, §1.5, D6, D9, D16): the einfacher Verwendungsnachweis of
one course (Basisqualifizierung, Vertiefungsseminar or Reflexionsgespräch), as an Anlage to the
Regierungspräsidium's form – a neutral layout carrying every figure the form asks for:

Deckblatt (Träger, Bescheid data when the course is linked to a Förderjahr, Kurs, Art, Zeitraum, Frist),
1 zahlenmäßiger Nachweis (Zuwendung erhalten; Ausgaben by Kostenart; Höchstbetrag = Teilnehmende × UE × Satz
written out; förderfähig / nicht förderfähig; Ergebnis), 2 Belegliste, 3 Teilnahme, 4 Sachbericht,
5 Bestätigungen with two signature lines.

Same look as the Verwendungsnachweis of a Förderjahr (its styles and figure tables are reused).
``entwurf=True`` prints the diagonal "ENTWURF" on every page.
"""

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.formatting import format_money
from lotsendesk.domain.qualifizierung import KATEGORIE_LABELS
from lotsendesk.reports.base import (
    CONTENT_WIDTH,
    FONT_BOLD,
    LIGHT,
    RULE,
    DocumentInfo,
    Signer,
    build_pdf,
    data_table,
    label_table,
    markup,
    para,
    signature_block,
    styles,
    table,
)
from lotsendesk.reports.kurs_daten import PROGRAMM, PROJEKT, ZERO, KursDokData
from lotsendesk.reports.verwendungsnachweis import BEHOERDE, ENTWURF, _box, _heading, _money_table, _style

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
    info = DocumentInfo(
        title=f"{TITLE} – {data.titel}" + (f" ({ENTWURF})" if entwurf else ""),
        traeger=data.traeger_name,
        subject=f"{TITLE}: {data.art_label} „{data.titel}“, {PROGRAMM}",
        aktenzeichen=data.aktenzeichen,
        created=created or date.today(),
        watermark=ENTWURF if entwurf else "",
        logo=logo,
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
    s = styles()
    traeger_rows: list[tuple[str, str | Flowable]] = [
        ("Zuwendungsempfänger", para(d.traeger_name or "–", "bold")),
        ("Anschrift", d.traeger_anschrift.strip() or "–"),
    ]
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
    frist_box = _box(
        Paragraph(
            f"Vorlage beim {BEHOERDE} bis spätestens <b>{frist}</b> (einfacher Verwendungsnachweis, per Post), "
            "zusammen mit der Teilnehmendenliste (Anlage zu Formblatt 2 C). Die Belege werden nicht beigefügt; sie "
            "liegen beim Träger vor und werden auf Anforderung vorgelegt.",
            styles()["body"],
        ),
        background=LIGHT,
    )
    contents = table(
        [[para(nr), para(title, "bold"), para(desc, "label")] for nr, title, desc in CONTENTS],
        [8 * mm, 68 * mm, CONTENT_WIDTH - 76 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
        ],
    )
    items: list[Flowable] = [
        para(TITLE, s["title"].clone("kvn_cover", fontSize=20, leading=25)),
        para("Anlage zum Vordruck „Einfacher Verwendungsnachweis“ des Regierungspräsidiums", "subtitle"),
    ]
    if entwurf:
        items.append(
            para(
                "Entwurf – nicht zur Vorlage bestimmt. Die endgültige Fassung ohne den Vermerk „ENTWURF“ erstellen.",
                _style("missing"),
            )
        )
    items += [
        Spacer(1, 8 * mm),
        label_table(traeger_rows, 52 * mm),
        Spacer(1, 6 * mm),
        para("Maßnahme", _style("h2")),
        Spacer(1, 1.5 * mm),
        label_table(kurs_rows, 52 * mm),
        Spacer(1, 6 * mm),
        frist_box,
        Spacer(1, 8 * mm),
        para("Inhalt", _style("h2")),
        Spacer(1, 1.5 * mm),
        contents,
    ]
    return items


def _termine(n: int) -> str:
    return "1 Termin" if n == 1 else f"{n} Terminen"


# --- 1. zahlenmäßiger Nachweis -------------------------------------------------------------------------------
def _zahlen(d: KursDokData) -> list[Flowable]:
    cell = _style("cell")
    erhalten_label = "Zuwendung des Landes Hessen"
    erhalten_label += f" (erhalten am {format_date(d.erhalten_am)})" if d.erhalten_am else " (noch nicht erhalten)"
    einnahmen = _money_table(
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
    ausgaben = _money_table(
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
                _style("cell_bold"),
            ),
            format_money(d.foerderfaehig),
        ],
        [para("nicht förderfähig (trägt der Träger)", cell), format_money(d.nicht_foerderfaehig)],
    ]
    cap = _money_table(["Förderfähige Ausgaben", "Betrag"], cap_rows, [CONTENT_WIDTH - 38 * mm, 38 * mm], total_rows=0)
    result = table(
        [
            [para("Zuwendung erhalten"), para(format_money(d.erhalten), "right")],
            [para("abzüglich förderfähige Ausgaben"), para(format_money(-d.foerderfaehig), "right")],
            [
                para(ergebnis_text(d.ergebnis), _style("result")),
                para(format_money(abs(d.ergebnis)), _style("result_value")),
            ],
        ],
        [CONTENT_WIDTH - 45 * mm, 45 * mm],
        [
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("BACKGROUND", (0, -1), (-1, -1), LIGHT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ],
    )
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
        *_heading("1", "Zahlenmäßiger Nachweis", f"{d.art_label} „{d.titel}“ · Beträge in Euro"),
        einnahmen,
        Spacer(1, 6 * mm),
        ausgaben,
        Spacer(1, 6 * mm),
        KeepTogether([cap]),
        Spacer(1, 7 * mm),
        para("Ergebnis", _style("h2")),
        Spacer(1, 2 * mm),
        KeepTogether([result]),
        Spacer(1, 4 * mm),
        *[item for text in notes for item in (para(text, "note"), Spacer(1, 1.5 * mm))],
    ]


# --- 2. Belegliste -------------------------------------------------------------------------------------------
BELEG_WIDTHS = [19.5 * mm, 20.5 * mm, 30 * mm, CONTENT_WIDTH - 133 * mm, 27 * mm, 14 * mm, 22 * mm]


def _belegliste(d: KursDokData) -> list[Flowable]:
    cell, small = _style("cell"), _style("grund")
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
    total = table(
        [[f"Summe ({_belege(len(d.kosten))})", format_money(d.kosten_gesamt)]],
        [CONTENT_WIDTH - 22 * mm, 22 * mm],
        [
            ("FONT", (0, 0), (-1, -1), FONT_BOLD, 9),
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
        ],
    )
    return [
        *_heading("2", "Belegliste", "Ausgaben des Kurses in zeitlicher Reihenfolge"),
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
    figures = _money_table(["Teilnahme", "Anzahl"], rows, [CONTENT_WIDTH - 38 * mm, 38 * mm], total_rows=0)
    items: list[Flowable] = [
        *_heading("3", "Teilnahme", "geplant und tatsächlich"),
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
    items: list[Flowable] = [*_heading("4", "Sachbericht", f"{d.art_label} „{d.titel}“")]
    parts = [part.strip() for part in d.sachbericht.split("\n\n") if part.strip()]
    if not parts:
        items.append(para("Kein Sachbericht erfasst – bitte den Text vor der Vorlage ergänzen.", _style("missing")))
    for index, part in enumerate(parts):
        items += [Spacer(1, 2 * mm)] if index else []
        items.append(para(part))
    return items


# --- 5. Bestätigungen ----------------------------------------------------------------------------------------
def _bestaetigungen(d: KursDokData, created: date) -> list[Flowable]:
    nb = d.nebenbestimmungen or "ANBest-P"
    points = [
        f"die Allgemeinen Nebenbestimmungen ({nb}) und die Auflagen des Zuwendungsbescheids beachtet wurden;",
        "die Ausgaben notwendig waren und wirtschaftlich und sparsam verfahren worden ist;",
        "die Angaben in diesem Verwendungsnachweis mit den Büchern und Belegen übereinstimmen;",
        "die Belege vollständig vorliegen und nach den Nebenbestimmungen und den steuerrechtlichen Vorschriften "
        "aufbewahrt werden.",
    ]
    bullets = table(
        [["–", para(text)] for text in points],
        [6 * mm, CONTENT_WIDTH - 6 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
    )
    signers = [Signer("rechtsverbindliche Unterschrift", name, funktion) for name, funktion in d.vertreter[:2]]
    signers += [Signer("rechtsverbindliche Unterschrift")] * (2 - len(signers))
    intro = (
        markup("Der Zuwendungsempfänger <b>{name}</b> bestätigt, dass", name=d.traeger_name)
        if d.traeger_name
        else para("Der Zuwendungsempfänger bestätigt, dass")
    )
    return [
        para("5 Bestätigungen und Unterschrift", _style("h1")),
        Spacer(1, 2 * mm),
        intro,
        Spacer(1, 1.5 * mm),
        bullets,
        Spacer(1, 10 * mm),
        signature_block(signers, d.traeger_ort, created),
    ]
