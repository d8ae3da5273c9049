"""Freibetragserklärung (domain.md D12, §4): a form per Lots*in and calendar year to print, fill in and sign.

The Lots*in declares which allowance the Aufwandsentschädigung uses (§ 3 Nr. 26 EStG Übungsleiterfreibetrag,
the Regelfall for Lots*innen, or § 3 Nr. 26a EStG Ehrenamtspauschale) and whether, and how much of, it is
already used elsewhere in the year; confirms that the activity is nebenberuflich; and may – voluntarily, with
consent – state that they receive Bürgergeld or AsylbLG. Pre-filled: name, Nr., address, year, the limits of the
year, what this Träger pays at most and has paid so far, and the boxes and amount of a stored Erklärung (the
voluntary benefits box is never pre-ticked: it must be given anew). A note on data protection closes the form.
One PDF holds every person, each on a new page.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lotsendesk.domain.allowances import BENEFIT_MONTHLY_LIMIT, Freibetrag
from lotsendesk.domain.formatting import format_date, format_hours, format_money
from lotsendesk.domain.funding import amount
from lotsendesk.reports.base import (
    DocumentInfo,
    Signer,
    build_pdf,
    checkbox_line,
    label_table,
    markup,
    note_box,
    one_per_page,
    para,
    sender_line,
    signature_block,
    styles,
)

if TYPE_CHECKING:  # a plain dataclass; reports never import the services at run time
    from lotsendesk.services.traeger import TraegerData

BLANK_AMOUNT = "______________ €"


@dataclass(frozen=True)
class DeclarationData:
    """The pre-filled Freibetragserklärung of one person for calendar year ``jahr``."""

    jahr: int
    name: str  # as printed: "Vorname Nachname"
    nr: str
    anschrift: str
    grenze_uebungsleiter: Decimal  # § 3 Nr. 26 EStG in ``jahr``
    grenze_ehrenamt: Decimal  # § 3 Nr. 26a EStG in ``jahr``
    ausgezahlt: Decimal  # paid by this Träger in ``jahr`` so far (day of payment)
    satz: Decimal | None = None  # € per hour of the Förderjahr; None without a Förderjahr
    hoechst_minuten: int | None = None  # the person's cap in the Förderjahr
    art: Freibetrag | None = None  # from a stored Erklärung
    anderweitig: Decimal | None = None  # from a stored Erklärung
    unterschrieben_am: date | None = None  # of the stored Erklärung

    @property
    def hoechstens(self) -> Decimal | None:
        """What this Träger pays at most in the Förderjahr: cap × rate."""
        if self.satz is None or self.hoechst_minuten is None:
            return None
        return amount(self.hoechst_minuten, self.satz)


def build_freibetragserklaerungen(
    forms: Sequence[DeclarationData],
    traeger: "TraegerData",
    path: Path | str,
    created: date | None = None,
    logo: bytes = b"",
) -> None:
    """Write every form, each starting on a new page, into one PDF at ``path`` (atomically)."""
    if not forms:
        raise ValueError("build_freibetragserklaerungen needs at least one form")
    created = created or date.today()
    title = f"Freibetragserklärung {forms[0].jahr}"
    info = DocumentInfo(
        title=f"{title} – {forms[0].name}" if len(forms) == 1 else title.replace("erklärung", "erklärungen"),
        traeger=traeger.name,
        subject="Freibetragserklärung § 3 Nr. 26 / 26a EStG, WIR-Integrationslots*innen",
        created=created,
        logo=logo,
    )
    build_pdf(path, one_per_page(forms, lambda form: _form(form, traeger, created)), info)


def _form(f: DeclarationData, traeger: "TraegerData", created: date) -> list[Flowable]:
    text = styles()["body"].clone("form", fontSize=9.5, leading=12.5)  # a whole form fits on one page

    def box(checked: bool, words: str) -> Flowable:
        return checkbox_line(checked, para(words, text))

    def heading(words: str) -> list[Flowable]:
        return [Spacer(1, 2.5 * mm), para(words, "bold")]

    rows: list[tuple[str, str | Flowable]] = [
        ("Lots*in", markup("<b>{name}</b> (Lots*innen-Nr. {nr})", name=f.name, nr=f.nr)),
        ("Anschrift", f.anschrift.strip() or "–"),
    ]
    paid = f"bisher ausgezahlt {format_money(f.ausgezahlt)} (Stand {format_date(created)})"
    if f.hoechstens is not None and f.satz is not None and f.hoechst_minuten is not None:
        most = (
            f"höchstens {format_money(f.hoechstens)} ({format_hours(f.hoechst_minuten)} Std. × {format_money(f.satz)})"
        )
        rows.append((f"Entschädigung {f.jahr}", f"{most}, {paid}"))
    else:
        rows.append((f"Entschädigung {f.jahr}", paid))
    elsewhere = format_money(f.anderweitig) if f.anderweitig else BLANK_AMOUNT
    story: list[Flowable] = []
    if traeger.anschrift.strip():
        story += [sender_line(traeger.name, traeger.anschrift), Spacer(1, 3 * mm)]
    story += [
        para(f"Freibetragserklärung {f.jahr}", "title"),
        para("Steuerfreie Aufwandsentschädigung nach § 3 Nr. 26 / Nr. 26a EStG", "subtitle"),
        Spacer(1, 3 * mm),
        label_table(rows),
        Spacer(1, 3 * mm),
        markup(
            "Die Aufwandsentschädigung von {traeger} ist steuerfrei, soweit sie zusammen mit anderen begünstigten "
            "Einnahmen den Freibetrag nicht übersteigt; er gilt je Person und Jahr nur einmal, für alle Tätigkeiten "
            "und Auftraggeber zusammen. Bitte Zutreffendes ankreuzen und die Erklärung unterschrieben zurückgeben.",
            text,
            traeger=traeger.name or "dem Träger",
        ),
    ]
    if f.art is not None:
        signed = f" vom {format_date(f.unterschrieben_am)}" if f.unterschrieben_am else ""
        story += [
            Spacer(1, 1.5 * mm),
            para(
                f"Vorausgefüllt mit Ihrer gespeicherten Erklärung{signed} – bitte prüfen und neu unterschreiben.",
                "note",
            ),
        ]
    story += [
        *heading("1. Freibetrag für diese Tätigkeit"),
        box(
            f.art == Freibetrag.UEBUNGSLEITER,
            f"Übungsleiterfreibetrag nach § 3 Nr. 26 EStG – bis {format_money(f.grenze_uebungsleiter)} im Jahr "
            f"{f.jahr}. Regelfall für Lots*innen (begleitende, betreuende Tätigkeit).",
        ),
        box(
            f.art == Freibetrag.EHRENAMT,
            f"Ehrenamtspauschale nach § 3 Nr. 26a EStG – bis {format_money(f.grenze_ehrenamt)} im Jahr {f.jahr}.",
        ),
        *heading(f"2. Andere Tätigkeiten im Jahr {f.jahr}"),
        box(
            f.art is not None and not f.anderweitig,
            "Ich nehme den oben gewählten Freibetrag für keine andere Tätigkeit in Anspruch.",
        ),
        box(
            f.art is not None and bool(f.anderweitig),
            "Ich nehme den oben gewählten Freibetrag bereits für andere Tätigkeiten in Anspruch, und zwar in Höhe "
            f"von {elsewhere}.",
        ),
        *heading("3. Erklärung"),
        Spacer(1, 1 * mm),
        para(
            "Ich übe die Tätigkeit nebenberuflich aus (höchstens ein Drittel der Arbeitszeit einer vergleichbaren "
            "Vollzeitstelle). Mir ist bekannt, dass Einnahmen über dem Freibetrag steuerpflichtig sind. Ändern sich "
            "meine Angaben im Laufe des Jahres, teile ich das dem Träger unverzüglich mit.",
            text,
        ),
        *heading("4. Freiwillige Angabe"),
        box(
            False,
            "Ich beziehe Bürgergeld (SGB II) oder Leistungen nach dem AsylbLG und willige ein, dass der Träger das "
            "speichert, um mich auf Monate hinzuweisen, in denen mehr als "
            f"{format_money(BENEFIT_MONTHLY_LIMIT)} ausgezahlt werden. Alle Zahlungen sind dem Jobcenter bzw. "
            "Sozialamt zu melden. Die Einwilligung ist freiwillig und jederzeit widerrufbar.",
        ),
        Spacer(1, 3 * mm),
        note_box(
            f"Datenschutz: {traeger.name or 'Der Träger'} verarbeitet Ihre Angaben nur, um die Aufwandsentschädigung "
            "steuerlich und gegenüber dem Zuwendungsgeber richtig abzurechnen. Die Erklärung wird mit den "
            "Abrechnungsunterlagen aufbewahrt und nach Ablauf der gesetzlichen Aufbewahrungsfristen vernichtet. "
            "Die freiwillige Angabe unter 4. beruht allein auf Ihrer Einwilligung; ohne sie entstehen Ihnen keine "
            "Nachteile."
        ),
        signature_block([Signer("Unterschrift Lots*in", name=f.name)]),
    ]
    return story
