"""Reporting periods of county bundles: a month (``2026-11``) or a semester
(``2026-2027-1`` = autumn, 1 Sept – 31 Jan; ``2026-2027-2`` = spring, 1 Feb – 31 Aug)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from app.errors import ValidationError
from app.sync.vocabulary import PeriodKind

MONTH = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])$")
SEMESTER = re.compile(r"^(20\d\d)-(20\d\d)-([12])$")


@dataclass(frozen=True, slots=True)
class Period:
    kind: PeriodKind
    id: str
    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def month(year: int, month_number: int) -> Period:
    last = calendar.monthrange(year, month_number)[1]
    return Period(
        PeriodKind.MONTH,
        f"{year}-{month_number:02d}",
        date(year, month_number, 1),
        date(year, month_number, last),
    )


def semester(start_year: int, term: int) -> Period:
    ident = f"{start_year}-{start_year + 1}-{term}"
    if term == 1:
        end = date(start_year + 1, 1, 31)
        return Period(PeriodKind.SEMESTER, ident, date(start_year, 9, 1), end)
    return Period(
        PeriodKind.SEMESTER, ident, date(start_year + 1, 2, 1), date(start_year + 1, 8, 31)
    )


def parse_period(text: str) -> Period:
    """A period from its id; ValidationError for anything else."""
    text = text.strip()
    if match := MONTH.match(text):
        return month(int(match.group(1)), int(match.group(2)))
    match = SEMESTER.match(text)
    if match and int(match.group(2)) == int(match.group(1)) + 1:
        return semester(int(match.group(1)), int(match.group(3)))
    raise ValidationError.single(
        "period", "format", "period must be a month (2026-11) or a semester (2026-2027-1)"
    )


def previous_month(today: date) -> Period:
    if today.month == 1:
        return month(today.year - 1, 12)
    return month(today.year, today.month - 1)


def current_month(today: date) -> Period:
    return month(today.year, today.month)
