"""Students, their guardians and key-group tags."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from app.domain.enums import Gender, KeyGroup, StudentStatus, WarningLevel
from app.errors import Problem, ValidationError

PHONE = re.compile(r"^[0-9+\-() ]{5,20}$")
STUDENT_NUMBER = re.compile(r"^[A-Za-z0-9]{6,30}$")


@dataclass(frozen=True, slots=True)
class Guardian:
    name: str
    relation: str = ""  # 父亲, 母亲, 祖父 …
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Student:
    id: int | None
    student_number: str  # 学籍号, unique
    name: str
    gender: Gender
    birth_date: date | None
    class_id: int | None
    dorm_id: int | None = None
    boarding: bool = False
    status: StudentStatus = StudentStatus.IN_SCHOOL
    mentor: str = ""  # 导师 (every student has a teacher mentor)
    notes: str = ""
    tags: frozenset[KeyGroup] = field(default_factory=frozenset)
    guardians: tuple[Guardian, ...] = ()

    def validate(self, today: date | None = None) -> None:
        problems = list(student_problems(self, today or date.today()))
        if problems:
            raise ValidationError(problems)


def student_problems(student: Student, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if not student.name.strip():
        problems.append(Problem("name", "required", "name is required"))
    if not STUDENT_NUMBER.match(student.student_number):
        problems.append(
            Problem("student_number", "format", "student number must be 6-30 letters or digits")
        )
    if student.birth_date is not None and not (
        date(today.year - 30, 1, 1) <= student.birth_date <= today
    ):
        problems.append(Problem("birth_date", "range", "birth date is not plausible"))
    for guardian in student.guardians:
        if guardian.phone and not PHONE.match(guardian.phone):
            problems.append(Problem("guardian_phone", "format", "phone number is not valid"))
    return problems


class RosterRow(NamedTuple):
    """One line of the roster: what lists and tables show about a student.

    A NamedTuple, not a frozen dataclass: the whole-school roster builds 5,000 of them and
    a frozen dataclass's ``__init__`` (one ``object.__setattr__`` per field) cost 10 ms of
    the 30 ms budget (benchmarks/README.md, "roster, whole school")."""

    student_id: int
    student_number: str
    name: str
    gender: Gender
    grade_id: int | None
    grade_name: str
    class_id: int | None
    class_name: str
    status: StudentStatus
    tags: frozenset[KeyGroup]
    level: WarningLevel
    last_visit: date | None
    last_onsite_visit: date | None
