"""Auskunft nach Art. 15 DSGVO as a PDF for the person: Stammdaten, Rollen, Einsätze (per year and as a list),
Auszahlungen, Freibetragserklärungen, how long what is kept, and the Träger as controller. Built from the data of
services/auskunft.py (plain dict); every user text is escaped (para/label_table)."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lotsendesk.domain.formatting import format_date, format_hours, format_money
from lotsendesk.domain.iban import format_iban
from lotsendesk.domain.people import ROLLE_LABELS
from lotsendesk.domain.qualifizierung import KURS_ART_LABELS
from lotsendesk.reports.base import DocumentInfo, build_pdf, data_table, label_table, note_box, para

_FIELDS = (
    ("nr", "Lots*innen-Nr."),
    ("nachname", "Nachname"),
    ("vorname", "Vorname"),
    ("status", "Status"),
    ("eintritt", "Eintritt"),
    ("austritt", "Austritt"),
    ("qualifiziert_am", "Qualifiziert am"),
    ("anschrift", "Anschrift"),
    ("email", "E-Mail"),
    ("telefon", "Telefon"),
    ("iban", "IBAN"),
    ("sprachen", "Sprachen"),
    ("notizen", "Notizen"),
)

PURPOSE = (
    "Zweck der Verarbeitung: Koordination der Einsätze, Auszahlung der Aufwandsentschädigung und Nachweis der "
    "Verwendung der Fördermittel im Landesprogramm „WIR – Vielfalt und Teilhabe“. Rechtsgrundlagen: "
    "Ehrenamtsvereinbarung (Art. 6 Abs. 1 b DSGVO), gesetzliche Aufbewahrungs- und Nachweispflichten (Art. 6 Abs. 1 c "
    "DSGVO: § 147 AO, ANBest-P). Die Daten werden nicht an Dritte übermittelt, außer im Verwendungsnachweis an die "
    "Bewilligungsbehörde. Sie haben das Recht auf Berichtigung, Löschung, Einschränkung der Verarbeitung und "
    "Beschwerde bei der zuständigen Datenschutzaufsicht."
)


def _day(text: str | None) -> str:
    return format_date(date.fromisoformat(text)) if text else ""


def _money(cents: int) -> str:
    return format_money(Decimal(cents) / 100)


def build_auskunft(path: Path | str, data: dict, logo: bytes = b"") -> None:
    lotse = data["lotse"]
    name = " ".join(p for p in (lotse.get("vorname"), lotse.get("nachname")) if p)
    story: list[Flowable] = [
        para("Auskunft über gespeicherte personenbezogene Daten (Art. 15 DSGVO)", "title"),
        para(f"für {name} (Nr. {lotse['nr']}), Stand {_day(data['erstellt_am'])}", "subtitle"),
        Spacer(1, 5 * mm),
        para("Verantwortliche Stelle", "bold"),
        para("\n".join(p for p in (data["verantwortlicher"]["name"], data["verantwortlicher"]["anschrift"]) if p)),
        Spacer(1, 4 * mm),
        para("Stammdaten", "bold"),
    ]
    values = []
    for key, label in _FIELDS:
        value = lotse.get(key)
        if key in ("eintritt", "austritt", "qualifiziert_am"):
            value = _day(value)
        elif key == "iban" and value:
            value = format_iban(value)  # in groups of four, as on the bank card
        values.append((label, str(value or "–")))
    story += [label_table(values), Spacer(1, 4 * mm), para("Rollen", "bold")]
    for rolle in data["rollen"] or [{"rolle": "lotsin", "gueltig_ab": None}]:
        label = {r.value: text for r, text in ROLLE_LABELS.items()}.get(rolle["rolle"], rolle["rolle"])
        since = f" ab {_day(rolle['gueltig_ab'])}" if rolle["gueltig_ab"] else " von Beginn an"
        story.append(para(label + since))

    einsaetze = data["einsaetze"]
    story += [Spacer(1, 4 * mm), para(f"Einsätze ({len(einsaetze)})", "bold")]
    by_year: dict[str, list[int]] = {}
    for e in einsaetze:
        by_year.setdefault(e["datum"][:4], []).append(e["minuten"])
    if einsaetze:
        story += data_table(
            ["Jahr", "Einsätze", "Stunden"],
            [[year, str(len(m)), format_hours(sum(m))] for year, m in sorted(by_year.items())],
            [30 * mm, 30 * mm, 30 * mm],
            numeric=(1, 2),
        )
        story.append(Spacer(1, 3 * mm))
        story += data_table(
            ["Datum", "Stunden", "Tätigkeit", "Bemerkung"],
            [
                [_day(e["datum"]), format_hours(e["minuten"]), para(e["taetigkeit"]), para(e["bemerkung"])]
                for e in einsaetze
            ],
            [25 * mm, 20 * mm, 50 * mm, 75 * mm],
            numeric=(1,),
        )
    else:
        story.append(para("keine"))

    payouts = data["auszahlungen"]
    story += [Spacer(1, 4 * mm), para(f"Auszahlungen ({len(payouts)})", "bold")]
    if payouts:
        story += data_table(
            ["Beleg-Nr.", "bezahlt am", "Stunden", "Betrag", "Art"],
            [
                [
                    p["beleg_nr"],
                    _day(p["bezahlt_am"]),
                    format_hours(p["minuten"]),
                    _money(p["betrag_cent"]),
                    p["methode"],
                ]
                for p in payouts
            ],
            [28 * mm, 28 * mm, 22 * mm, 30 * mm, 40 * mm],
            numeric=(2, 3),
        )
    else:
        story.append(para("keine"))

    erklaerungen = data["freibetragserklaerungen"]
    story += [Spacer(1, 4 * mm), para(f"Freibetragserklärungen ({len(erklaerungen)})", "bold")]
    for e in erklaerungen:
        text = f"{e['jahr']}: {e['art']}, anderweitig genutzt {_money(e['anderweitig_cent'])}"
        if e.get("unterschrieben_am"):
            text += f", unterschrieben am {_day(e['unterschrieben_am'])}"
        if e.get("sozialleistungen"):
            text += f", Bezug von Sozialleistungen (Einwilligung vom {_day(e.get('einwilligung_am'))})"
        story.append(para(text))
    if not erklaerungen:
        story.append(para("keine"))

    kurse = data.get("qualifizierungen") or []
    extern = data.get("externe_qualifikation")
    if kurse or extern:
        story += [Spacer(1, 4 * mm), para("Qualifizierungen", "bold")]
    for k in kurse:
        art = KURS_ART_LABELS.get(k["art"], k["art"])
        count = len(k["anwesend_an"])
        text = f"{art} „{k['kurs']}“: anwesend an {count} {'Termin' if count == 1 else 'Terminen'}"
        if k["anwesend_an"]:
            text += " (" + ", ".join(_day(d) for d in k["anwesend_an"]) + ")"
        if k.get("zertifikat_am"):
            text += f", Zertifikat vom {_day(k['zertifikat_am'])}"
        story.append(para(text))
    if extern:
        story.append(
            para(
                f"Basisqualifizierung bei {extern['veranstalter']} am {_day(extern['datum'])}"
                + (f" ({extern['notiz']})" if extern.get("notiz") else "")
            )
        )

    documents = data["ausgestellte_dokumente"]
    if documents:
        story += [Spacer(1, 4 * mm), para("Ausgestellte Belege", "bold")]
        story.append(para(", ".join(f"Quittung {d['nummer']}" for d in documents)))

    story += [Spacer(1, 4 * mm), para("Änderungsprotokoll", "bold")]
    story.append(
        para(f"{len(data['protokoll'])} Einträge über Änderungen an Ihren Daten (vollständig in der JSON-Auskunft).")
    )

    keep = data["aufbewahrung"]
    story += [Spacer(1, 4 * mm), para("Wie lange die Daten aufbewahrt werden", "bold")]
    for grund in keep["gruende"]:
        story.append(para("• " + grund))
    if keep["bis"]:
        story.append(
            para(
                f"Danach werden Ihre personenbezogenen Daten gelöscht bzw. anonymisiert (frühestens ab dem "
                f"Tag nach dem {_day(keep['bis'])})."
            )
        )
    story.append(
        para(
            "Kontaktdaten, Sprachen und Notizen, die für diese Pflichten nicht nötig sind, werden spätestens drei "
            "Jahre nach dem Austritt gelöscht."
        )
    )
    story += [Spacer(1, 4 * mm), note_box(PURPOSE)]
    build_pdf(
        path,
        story,
        DocumentInfo(
            title=f"Auskunft Art. 15 DSGVO – {name}",
            traeger=data["verantwortlicher"]["name"],
            created=date.fromisoformat(data["erstellt_am"]),
            logo=logo,
        ),
    )
