"""School structure: the school itself, grades, classes, dorms, and the school year."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.domain.enums import SchoolType
from app.errors import Problem, ValidationError

COUNTY_CODE = re.compile(r"^\d{6}$")


@dataclass(frozen=True, slots=True)
class School:
    name: str
    county_code: str  # 6-digit administrative division code, e.g. 330621
    school_type: SchoolType
    boarding: bool
    station_id: str = ""

    def validate(self) -> None:
        problems: list[Problem] = []
        if not self.name.strip():
            problems.append(Problem("name", "required", "school name is required"))
        if not COUNTY_CODE.match(self.county_code):
            problems.append(
                Problem("county_code", "format", "county code must be 6 digits", {"value": ""})
            )
        if problems:
            raise ValidationError(problems)


@dataclass(frozen=True, slots=True)
class Grade:
    id: int
    name: str  # 七年级
    position: int  # sort order, 1 = lowest grade


@dataclass(frozen=True, slots=True)
class SchoolClass:
    id: int
    grade_id: int
    name: str  # 七年级(1)班
    head_teacher: str = ""


@dataclass(frozen=True, slots=True)
class Dorm:
    id: int
    name: str  # 3号楼 204


@dataclass(frozen=True, slots=True)
class SchoolYear:
    """1 September to 31 August; ``start_year`` 2026 means 2026–2027."""

    start_year: int

    @classmethod
    def of(cls, day: date) -> SchoolYear:
        return cls(day.year if day.month >= 9 else day.year - 1)

    @property
    def first_day(self) -> date:
        return date(self.start_year, 9, 1)

    @property
    def last_day(self) -> date:
        return date(self.start_year + 1, 8, 31)

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    @property
    def label(self) -> str:
        return f"{self.start_year}-{self.start_year + 1}"


def semester_start(day: date) -> date:
    """First day of the semester containing ``day`` (autumn from 1 Sept, spring from 1 Feb)."""
    year = SchoolYear.of(day)
    spring = date(year.start_year + 1, 2, 1)
    return spring if day >= spring else year.first_day
