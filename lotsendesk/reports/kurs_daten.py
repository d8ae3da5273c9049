"""The data of a course's documents (Teilnehmendenliste, Teilnahmebescheinigung, Verwendungsnachweis
Qualifizierung) as plain frozen dataclasses, filled by ``services.kurs_dokumente``; reports never query the
database.

Only what the documents print is here: no Bemerkungen or Notizen of people or of the course, and of a person's
address only the town (``Wohnort``) – the Teilnehmendenliste goes to the Regierungspräsidium (data minimisation).
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.formatting import format_number

ZERO = Decimal("0.00")
PROGRAMM = "Landesprogramm „WIR – Vielfalt und Teilhabe“ des Landes Hessen"
PROJEKT = "WIR-Integrationslots*innen"


@dataclass(frozen=True)
class KursTerminInfo:
    nr: int  # 1, 2, … in date order: "T1" in the Teilnehmendenliste's columns
    datum: date
    beginn: str  # "09:00" or ""
    ende: str
    ue: int
    thema: str

    @property
    def zeit(self) -> str:
        """``09:00–16:00``, ``ab 09:00`` or ``""``."""
        if self.beginn and self.ende:
            return f"{self.beginn}–{self.ende}"
        if self.beginn:
            return f"ab {self.beginn}"
        return f"bis {self.ende}" if self.ende else ""


@dataclass(frozen=True)
class KursPerson:
    teilnahme_id: int
    lotse_nr: str
    nachname: str
    vorname: str
    wohnort: str  # the town only, "" when the address has none
    anwesend: tuple[bool, ...]  # one per Termin, in Termin order
    ue_besucht: int
    prozent: Decimal  # of the course's UE, one decimal
    ausreichend: bool  # reaches the course's attendance threshold
    zertifikat_am: date | None

    @property
    def name(self) -> str:
        """As printed in running text: ``Vorname Nachname``."""
        return f"{self.vorname} {self.nachname}".strip()


@dataclass(frozen=True)
class KursBeleg:
    beleg_nr: str  # K2025-001
    datum: date
    empfaenger: str
    grund: str
    kategorie: str  # the label, e.g. "Honorare Referent*innen"
    foerderfaehig: bool  # of an eligible kind
    betrag: Decimal


@dataclass(frozen=True)
class KursDokData:
    """Everything the three course documents print."""

    kurs_id: int
    art: str  # KursArt value
    art_label: str  # "Basisqualifizierung"
    titel: str
    traeger_name: str
    traeger_anschrift: str
    traeger_ort: str
    vertreter: tuple[tuple[str, str], ...]  # (name, funktion), at most two
    veranstalter: str  # the external organiser, or "" when the Träger runs the course itself
    ort: str
    online: bool
    referenten: str
    termine: tuple[KursTerminInfo, ...]
    teilnehmende: tuple[KursPerson, ...]  # sorted by name
    geplant: int
    teilnehmende_ist: int  # counted for the grant (attended at least one Termin; before attendance: all)
    satz_ue: Decimal
    mindestanwesenheit: int  # %
    foerderjahr: int | None
    aktenzeichen: str  # of the linked Förderjahr's Bescheid
    nebenbestimmungen: str
    bewilligt: Decimal
    erhalten: Decimal
    erhalten_am: date | None
    frist: date | None  # the Verwendungsnachweis deadline
    kosten: tuple[KursBeleg, ...]  # by date and Beleg-Nr.
    kosten_gesamt: Decimal
    foerderfaehige_kosten: Decimal  # of an eligible kind, before the cap
    hoechstbetrag: Decimal  # teilnehmende_ist × UE × Satz
    foerderfaehig: Decimal  # eligible, capped at the Höchstbetrag (and the bewilligter Betrag when set)
    nicht_foerderfaehig: Decimal
    ergebnis: Decimal  # erhalten − förderfähig: > 0 Überschuss, < 0 Fehlbetrag
    sachbericht: str

    @property
    def ue(self) -> int:
        return sum(t.ue for t in self.termine)

    @property
    def von(self) -> date | None:
        return self.termine[0].datum if self.termine else None

    @property
    def bis(self) -> date | None:
        return self.termine[-1].datum if self.termine else None

    @property
    def zeitraum(self) -> str:
        if not self.termine:
            return "noch keine Termine"
        if self.von == self.bis:
            return format_date(self.von)
        return f"{format_date(self.von)} – {format_date(self.bis)}"

    @property
    def veranstalter_text(self) -> str:
        return self.veranstalter or self.traeger_name or "der Träger"

    @property
    def ort_text(self) -> str:
        if self.online and self.ort:
            return f"{self.ort} und online"
        if self.online:
            return "online"
        return self.ort or "–"

    @property
    def zertifikate(self) -> int:
        return sum(1 for p in self.teilnehmende if p.zertifikat_am is not None)

    @property
    def attendance_recorded(self) -> bool:
        return any(any(p.anwesend) for p in self.teilnehmende)


def ue_text(ue: int) -> str:
    return f"{ue} UE"


def percent_text(value: Decimal) -> str:
    return f"{format_number(value, 1)} %"
