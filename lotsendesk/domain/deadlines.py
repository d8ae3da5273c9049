"""The deadlines of a Förderjahr (domain.md §1.5, §6 items 31–34). Every one can be overridden per Bescheid."""

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the last day of the month where that day does not exist (31.01. + 1 → 28.02.)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def erklaerung_due(bescheid_datum: date) -> date:
    """The signed Erklärung zum Zuwendungsbescheid must be back at the RP within one month [S2]."""
    return add_months(bescheid_datum, 1)


def verwendungsnachweis_due(year: int) -> date:
    """Einsatz: the einfacher Verwendungsnachweis by 31 March of the following year [S1]."""
    return date(year + 1, 3, 31)


def kurs_verwendungsnachweis_due(last_course_day: date) -> date:
    """A Qualifizierung: three months after the course ends [S1]."""
    return add_months(last_course_day, 3)


def antrag_due(year: int) -> date:
    """The online application for the following year by 31 December [S5], [S6]."""
    return date(year, 12, 31)


def days_left(due: date, today: date) -> int:
    """Negative once the deadline has passed."""
    return (due - today).days
