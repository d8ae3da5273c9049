"""Tax-free allowances for volunteers (§ 3 Nr. 26 / 26a EStG, domain.md §4) and the benefit-month check.

The limits depend on the calendar year of payment (Zuflussprinzip: the payout date decides the tax year,
not the date of the Einsatz). They are annual, per person and across all payers, never pro-rated.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum


class Freibetrag(StrEnum):
    UEBUNGSLEITER = "§ 3 Nr. 26 EStG"  # Übungsleiterfreibetrag – the Kompetenzzentrum's reading for Lots*innen
    EHRENAMT = "§ 3 Nr. 26a EStG"  # Ehrenamtspauschale – e.g. for mainly organisational coordination


# (first year, Übungsleiterfreibetrag, Ehrenamtspauschale), newest last; domain.md §4.1 [S18], [S21]
_LIMITS: tuple[tuple[int, Decimal, Decimal], ...] = (
    (2013, Decimal("2400"), Decimal("720")),
    (2021, Decimal("3000"), Decimal("840")),
    (2026, Decimal("3300"), Decimal("960")),
)

# Bürgergeld (SGB II) / AsylbLG: Aufwandsentschädigungen up to this much per month stay anrechnungsfrei [S3, S12]
BENEFIT_MONTHLY_LIMIT = Decimal("250")


def limit(kind: Freibetrag, year: int) -> Decimal:
    """The annual allowance for payments made in ``year``."""
    for first_year, uebungsleiter, ehrenamt in reversed(_LIMITS):
        if year >= first_year:
            return uebungsleiter if kind == Freibetrag.UEBUNGSLEITER else ehrenamt
    raise ValueError(f"Für {year} sind keine Freibeträge hinterlegt.")


@dataclass(frozen=True)
class Headroom:
    """What is left of a person's allowance in a calendar year, and what a planned payout would make taxable."""

    limit: Decimal
    used_elsewhere: Decimal
    paid: Decimal

    @property
    def left(self) -> Decimal:
        return max(self.limit - self.used_elsewhere - self.paid, Decimal("0.00"))

    def taxable_part_of(self, payout: Decimal) -> Decimal:
        """The part of ``payout`` that would exceed the allowance (0 if it fits)."""
        return max(payout - self.left, Decimal("0.00"))


def headroom(kind: Freibetrag, year: int, used_elsewhere: Decimal, paid_this_year: Decimal) -> Headroom:
    """Headroom = limit − declared use elsewhere − what this Träger paid in the calendar year."""
    return Headroom(limit(kind, year), used_elsewhere, paid_this_year)


def tax_year(paid_on: date) -> int:
    """December hours paid in January belong to the next tax year (§ 11 EStG)."""
    return paid_on.year


def benefit_month_excess(paid_in_month: Decimal, payout: Decimal) -> Decimal:
    """How far a payout would push one month's payments above the 250 € that stay anrechnungsfrei."""
    return max(paid_in_month + payout - BENEFIT_MONTHLY_LIMIT, Decimal("0.00"))
