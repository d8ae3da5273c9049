"""What makes an Einsatz recordable. Claimability (qualification, caps) is decided elsewhere:
hours before the qualification date are recorded without complaint."""

from dataclasses import dataclass
from datetime import date

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.durations import MAX_MINUTES_PER_DAY, check_duration
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.formatting import format_hours
from lotsendesk.domain.messages import msg


@dataclass(frozen=True)
class PersonDates:
    """The dates of a Lots*in that bound when an Einsatz may lie."""

    eintritt: date | None
    austritt: date | None


def check_einsatz(
    datum: date, minuten: int, person: PersonDates, today: date, minutes_same_day: int = 0
) -> list[ValidationError]:
    """All reasons why this Einsatz cannot be recorded (empty list: fine).

    ``minutes_same_day`` is what the same person already has on that day (other Einsätze).
    """
    errors: list[ValidationError] = []
    try:
        check_duration(minuten)
    except ValidationError as exc:
        errors.append(exc)
    if datum > today:
        errors.append(
            ValidationError(msg("Das Datum {datum} liegt in der Zukunft.", datum=format_date(datum)), "datum")
        )
    if person.eintritt and datum < person.eintritt:
        errors.append(
            ValidationError(
                msg("Das Datum liegt vor dem Eintritt am {eintritt}.", eintritt=format_date(person.eintritt)), "datum"
            )
        )
    if person.austritt and datum > person.austritt:
        errors.append(
            ValidationError(
                msg("Das Datum liegt nach dem Austritt am {austritt}.", austritt=format_date(person.austritt)), "datum"
            )
        )
    if 0 < minuten <= MAX_MINUTES_PER_DAY and minutes_same_day + minuten > MAX_MINUTES_PER_DAY:
        errors.append(
            ValidationError(
                msg(
                    "Zusammen mit den {stunden} Stunden, die am {datum} schon erfasst sind, wären es mehr als "
                    "24 Stunden an einem Tag.",
                    stunden=format_hours(minutes_same_day),
                    datum=format_date(datum),
                ),
                "dauer",
            )
        )
    return errors


# The categories a new database starts with (domain.md §3); the treasurer can edit the list.
DEFAULT_TAETIGKEITEN = (
    "Begleitung Behörde",
    "Schule/Kita",
    "Gesundheit",
    "Wohnen",
    "Arbeit",
    "Beratung/Telefon",
    "Koordination",
    "Teamtreffen",
    "Sonstiges",
)
