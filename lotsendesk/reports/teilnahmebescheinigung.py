"""Teilnahmebescheinigung / Zertifikat (domain.md D15): one page per participant who reached the course's
attendance threshold.

A Basisqualifizierung whose certificate is issued prints as "Zertifikat – Basisqualifizierung für
WIR-Integrationslots*innen" (it is the person's Qualifikationsnachweis); every other case as
"Teilnahmebescheinigung". The page names the person, the course, Veranstalter, Zeitraum, Ort, the UE attended
of the UE in total and the Themen of the Termine; Ort and Datum (the day of the certificate, else today) and the
signature of the Träger's vertretungsberechtigte Person close it. Nothing else about the person is printed.
"""

from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lotsendesk.domain.dates import format_date
from lotsendesk.reports.base import (
    CONTENT_WIDTH,
    DocumentInfo,
    Signer,
    build_pdf,
    label_table,
    markup,
    one_per_page,
    para,
    sender_line,
    signature_block,
    styles,
    table,
)
from lotsendesk.reports.kurs_daten import PROGRAMM, KursDokData, KursPerson, percent_text

ZERTIFIKAT_TITEL = "Zertifikat"
ZERTIFIKAT_UNTERTITEL = "Basisqualifizierung für WIR-Integrationslots*innen"
BESCHEINIGUNG_TITEL = "Teilnahmebescheinigung"
DATIV = {  # "hat an … teilgenommen", by KursArt
    "basis": "der Basisqualifizierung",
    "vertiefung": "dem Vertiefungsseminar",
    "reflexion": "dem entlastenden Reflexionsgespräch",
}


def is_zertifikat(data: KursDokData, person: KursPerson) -> bool:
    """A Basisqualifizierung with the certificate issued: the page is the person's Zertifikat."""
    return data.art == "basis" and person.zertifikat_am is not None


def build_teilnahmebescheinigungen(
    data: KursDokData, people: list[KursPerson], path: Path | str, created: date | None = None, logo: bytes = b""
) -> None:
    """Write one page per person of ``people`` to ``path`` (atomically); OSError when it cannot be written."""
    if not people:
        raise ValueError("build_teilnahmebescheinigungen needs at least one person")
    created = created or date.today()
    kind = "Zertifikate" if all(is_zertifikat(data, p) for p in people) else "Teilnahmebescheinigungen"
    info = DocumentInfo(
        title=f"{kind} – {data.titel}" if len(people) > 1 else f"{_title(data, people[0])} – {people[0].name}",
        traeger=data.traeger_name,
        subject=f"{data.art_label} „{data.titel}“ – {kind}",
        created=created,
        logo=logo,
    )
    build_pdf(path, one_per_page(people, lambda person: _page(data, person, created)), info)


def _title(data: KursDokData, person: KursPerson) -> str:
    return ZERTIFIKAT_TITEL if is_zertifikat(data, person) else BESCHEINIGUNG_TITEL


def _style(name: str) -> ParagraphStyle:
    s = styles()
    extra = {
        "big": ParagraphStyle("tb_big", parent=s["title"], fontSize=24, leading=30, alignment=TA_CENTER),
        "sub": ParagraphStyle("tb_sub", parent=s["subtitle"], fontSize=12, leading=16, alignment=TA_CENTER),
        "name": ParagraphStyle("tb_name", parent=s["bold"], fontSize=18, leading=24, alignment=TA_CENTER),
        "center": ParagraphStyle("tb_center", parent=s["body"], fontSize=11, leading=15, alignment=TA_CENTER),
        "text": ParagraphStyle("tb_text", parent=s["body"], fontSize=10.5, leading=15),
    }
    return extra[name]


def _page(d: KursDokData, p: KursPerson, created: date) -> list[Flowable]:
    zertifikat = is_zertifikat(d, p)
    datum = p.zertifikat_am or created
    letterhead = [sender_line(d.traeger_name, d.traeger_anschrift), Spacer(1, 10 * mm)]
    head: list[Flowable] = [para(_title(d, p), _style("big"))]
    if zertifikat:
        head.append(para(ZERTIFIKAT_UNTERTITEL, _style("sub")))
    else:
        head.append(para(f"{d.art_label} · WIR-Integrationslots*innen", _style("sub")))
    if zertifikat:
        intro = markup(
            "hat an der Basisqualifizierung für WIR-Integrationslots*innen „{titel}“ teilgenommen und sie "
            "erfolgreich abgeschlossen.",
            _style("center"),
            titel=d.titel,
        )
    else:
        intro = markup("hat an {art} „{titel}“ teilgenommen.", _style("center"), art=DATIV[d.art], titel=d.titel)
    rows: list[tuple[str, str | Flowable]] = [
        ("Veranstaltung", para(d.titel, "bold")),
        ("Art", d.art_label),
        ("Veranstalter", d.veranstalter_text),
        ("Zeitraum", d.zeitraum),
        ("Ort", d.ort_text),
        ("Umfang", f"{p.ue_besucht} von {d.ue} Unterrichtseinheiten (UE) besucht ({percent_text(p.prozent)})"),
    ]
    if d.referenten.strip():
        rows.append(("Referent*innen", d.referenten))
    themen = [t for t in d.termine if t.thema.strip()]
    items: list[Flowable] = [
        *letterhead,
        *head,
        Spacer(1, 12 * mm),
        para("Hiermit wird bestätigt, dass", _style("center")),
        Spacer(1, 4 * mm),
        para(p.name, _style("name")),
        Spacer(1, 4 * mm),
        intro,
        Spacer(1, 10 * mm),
        label_table(rows, 38 * mm),
    ]
    if themen:
        items += [
            Spacer(1, 6 * mm),
            para("Inhalte", "bold"),
            Spacer(1, 1.5 * mm),
            table(
                [[para(f"{format_date(t.datum)}", "label"), para(t.thema)] for t in themen],
                [38 * mm, CONTENT_WIDTH - 38 * mm],
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ],
            ),
        ]
    if zertifikat:
        items += [
            Spacer(1, 6 * mm),
            para(
                f"Mit dem Abschluss der Basisqualifizierung erfüllt {p.name} die Voraussetzung für einen Einsatz als "
                f"WIR-Integrationslots*in im {PROGRAMM}.",
                _style("text"),
            ),
        ]
    if d.vertreter:
        name, funktion = d.vertreter[0]
        signer = Signer(f"für {d.traeger_name}" if d.traeger_name else "für den Träger", name, funktion)
    else:
        signer = Signer("für den Träger")
    items += [Spacer(1, 14 * mm), signature_block([signer], d.traeger_ort, datum)]
    return items
