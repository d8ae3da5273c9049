"""Qualifizierungen (domain.md §1.4, §6 items 14–17): course types, the maximum grant, attendance and the
checks a treasurer wants before the course's Verwendungsnachweis. Pure Python: no database, no Qt."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from lotsendesk.domain import deadlines
from lotsendesk.domain.formatting import format_money, format_number
from lotsendesk.domain.messages import Msg, msg

SATZ_UE = Decimal("12.50")  # € per Teilnehmende*r and UE [S7]; configurable per course
MINDESTANWESENHEIT = 80  # % of the UE for a certificate [? – not in the sources]; configurable per course
BASIS_UE_MIN, BASIS_UE_MAX = 20, 36  # Basisqualifizierung size [S7]


class KursArt(StrEnum):
    BASIS = "basis"
    VERTIEFUNG = "vertiefung"
    REFLEXION = "reflexion"


KURS_ART_LABELS = {
    KursArt.BASIS: "Basisqualifizierung",
    KursArt.VERTIEFUNG: "Vertiefungsseminar",
    KursArt.REFLEXION: "Entlastendes Reflexionsgespräch",
}


class Kategorie(StrEnum):
    HONORAR = "honorar"
    RAUM = "raum"
    MATERIAL = "material"
    VERPFLEGUNG = "verpflegung"
    SONSTIGE = "sonstige"


KATEGORIE_LABELS = {
    Kategorie.HONORAR: "Honorare Referent*innen",
    Kategorie.RAUM: "Raumkosten",
    Kategorie.MATERIAL: "Material und Sachkosten",
    Kategorie.VERPFLEGUNG: "Verpflegung",
    Kategorie.SONSTIGE: "Sonstige Kosten",
}
# Eligible are Referent*innen-, Raum-, Sach- und Personalkosten [S7]; Verpflegung is not named there, so a new
# Verpflegung cost starts as "nicht förderfähig" – the treasurer can tick it if the Bescheid allows it.
FOERDERFAEHIG_VORGABE = {k: k is not Kategorie.VERPFLEGUNG for k in Kategorie}


def max_grant(teilnehmende: int, ue: int, satz: Decimal = SATZ_UE) -> Decimal:
    """Teilnehmende × UE × Satz: 15 TN × 30 UE × 12,50 € = 5.625,00 € [S7]."""
    return (Decimal(max(teilnehmende, 0)) * Decimal(max(ue, 0)) * satz).quantize(Decimal("0.01"))


def attendance_percent(attended_ue: int, total_ue: int) -> Decimal:
    """Share of the course's UE a participant attended, in % with one decimal (0 for a course without UE)."""
    if total_ue <= 0:
        return Decimal("0.0")
    return (Decimal(attended_ue) * 100 / Decimal(total_ue)).quantize(Decimal("0.1"))


def meets_attendance(attended_ue: int, total_ue: int, threshold_percent: int = MINDESTANWESENHEIT) -> bool:
    """Exact in integers: attended/total ≥ threshold/100."""
    return total_ue > 0 and attended_ue * 100 >= threshold_percent * total_ue


@dataclass(frozen=True)
class CostSplit:
    """How much of a course's costs the grant can cover."""

    gesamt: Decimal  # every cost
    foerderfaehig_kosten: Decimal  # costs of an eligible kind
    hoechstbetrag: Decimal  # TN × UE × Satz
    foerderfaehig: Decimal  # eligible costs up to the maximum grant (and the approved amount, if one is set)
    nicht_foerderfaehig: Decimal  # the rest: not eligible or above the cap – paid by the Träger

    @property
    def ueber_hoechstbetrag(self) -> Decimal:
        return max(self.foerderfaehig_kosten - self.hoechstbetrag, Decimal("0.00"))


def split_costs(
    costs: list[tuple[Decimal, bool]], hoechstbetrag: Decimal, bewilligt: Decimal = Decimal("0.00")
) -> CostSplit:
    """``costs`` as (amount, eligible). The fundable part is the eligible costs, capped at the maximum grant and,
    when an approved amount is entered (> 0), at that too."""
    gesamt = sum((c for c, _ in costs), Decimal("0.00"))
    eligible = sum((c for c, ok in costs if ok), Decimal("0.00"))
    cap = min(hoechstbetrag, bewilligt) if bewilligt > 0 else hoechstbetrag
    fundable = min(eligible, cap)
    return CostSplit(gesamt, eligible, hoechstbetrag, fundable, gesamt - fundable)


def vn_due(last_termin: date | None, override: date | None = None) -> date | None:
    """The course's Verwendungsnachweis: three months after its last Termin [S1], unless the Bescheid says other."""
    if override:
        return override
    return deadlines.kurs_verwendungsnachweis_due(last_termin) if last_termin else None


@dataclass(frozen=True)
class KursWarnung:
    schwere: str  # "fehler" | "warnung" | "info"
    text: Msg
    lotse_id: int | None = None


def course_warnings(
    art: KursArt,
    ue: int,
    geplant: int,
    teilnehmende: int,
    below_threshold: list[tuple[int, str, Decimal]],
    split: CostSplit,
    course_over: bool,
    threshold_percent: int = MINDESTANWESENHEIT,
) -> list[KursWarnung]:
    """The checks of domain.md §6 item 16. ``below_threshold``: (lotse_id, name, percent) of participants under
    the attendance threshold; ``course_over``: the last Termin is past (then fewer participants matter)."""
    warnings: list[KursWarnung] = []
    if art is KursArt.BASIS and ue and not BASIS_UE_MIN <= ue <= BASIS_UE_MAX:
        warnings.append(
            KursWarnung(
                "warnung",
                msg(
                    "Eine Basisqualifizierung umfasst 20 bis 36 UE; dieser Kurs hat {ue} UE.",
                    ue=format_number(Decimal(ue), 0),
                ),
            )
        )
    if geplant and teilnehmende < geplant and course_over:
        warnings.append(
            KursWarnung(
                "warnung",
                msg(
                    "Es haben {ist} statt der geplanten {geplant} Personen teilgenommen: Der Höchstbetrag sinkt "
                    "auf {betrag}; zu viel erhaltene Mittel sind zurückzuzahlen.",
                    ist=str(teilnehmende),
                    geplant=str(geplant),
                    betrag=format_money(split.hoechstbetrag),
                ),
            )
        )
    if split.ueber_hoechstbetrag > 0:
        warnings.append(
            KursWarnung(
                "fehler",
                msg(
                    "Die förderfähigen Kosten liegen {betrag} über dem Höchstbetrag (Teilnehmende × UE × Satz); "
                    "dieser Teil wird nicht gefördert.",
                    betrag=format_money(split.ueber_hoechstbetrag),
                ),
            )
        )
    # Reflexionsgespräche relieve active Lots*innen; nobody earns a certificate there, so attendance is no issue
    if course_over and art is not KursArt.REFLEXION:
        for lotse_id, name, percent in below_threshold:
            warnings.append(
                KursWarnung(
                    "warnung",
                    msg(
                        "{name} war bei {prozent} % der UE anwesend (nötig: {schwelle} %) – kein Zertifikat.",
                        name=name,
                        prozent=format_number(percent, 1),
                        schwelle=str(threshold_percent),
                    ),
                    lotse_id,
                )
            )
    return warnings
