"""Synthetic school structure and roster: grades, classes, dorms, teachers, students.

Names are drawn by surname frequency with given names of one or two characters (some
rare ones); student numbers look like 学籍号 ("G" + 18 digits) but carry a deliberately
wrong check digit, so none can be the ID number of a real child.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from app.domain.enums import Gender, KeyGroup
from app.domain.school import School, SchoolYear
from app.domain.student import Guardian, Student
from app.services import synthetic_words as words
from app.services.synthetic_base import ClassSpec, Pupil

CLASS_SIZE = 45
BOARDER_SHARE = 0.85
ROOM_SIZE = 8
SCREENED_FROM_AGE = 9  # MHT from upper primary (四年级) on

TAG_RATES: dict[KeyGroup, float] = {
    KeyGroup.LEFT_BEHIND: 0.10,
    KeyGroup.POVERTY: 0.06,
    KeyGroup.SINGLE_PARENT: 0.05,
    KeyGroup.MIGRANT: 0.04,
    KeyGroup.BEREAVED: 0.012,
    KeyGroup.DISABILITY: 0.008,
    KeyGroup.BULLIED: 0.01,
    KeyGroup.DOMESTIC_VIOLENCE: 0.004,
    KeyGroup.SPECIAL_FAMILY: 0.015,
    KeyGroup.SPECIAL_PSYCHOLOGY: 0.012,
    KeyGroup.SPECIAL_PHYSICAL: 0.01,
    KeyGroup.SPECIAL_BEHAVIOUR: 0.01,
}

_SURNAME_CUM = list(itertools.accumulate(1.0 / (rank + 4) for rank in range(len(words.SURNAMES))))


def surname(rng: random.Random) -> str:
    if rng.random() < 0.005:
        return rng.choice(words.COMPOUND_SURNAMES)
    return rng.choices(words.SURNAMES, cum_weights=_SURNAME_CUM)[0]


def _pair(pool: str, rng: random.Random) -> str:
    start = 2 * int(rng.random() * (len(pool) // 2))
    return pool[start : start + 2]


def given_name(rng: random.Random, gender: Gender) -> str:
    pool = words.GIVEN_MALE if gender is Gender.MALE else words.GIVEN_FEMALE
    roll = rng.random()
    if roll < 0.55:
        return _pair(pool, rng)
    if roll < 0.82:
        return rng.choice(pool) + rng.choice(pool)
    if roll < 0.96:
        return rng.choice(pool)
    return rng.choice(words.GIVEN_RARE) + rng.choice(pool)


def adult_name(rng: random.Random, gender: Gender, family: str | None = None) -> str:
    pool = words.ADULT_MALE if gender is Gender.MALE else words.ADULT_FEMALE
    given = _pair(pool, rng) if rng.random() < 0.85 else rng.choice(pool)
    return (family or surname(rng)) + given


def teacher_names(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct adult names."""
    names: dict[str, None] = {}
    while len(names) < count:
        gender = Gender.FEMALE if rng.random() < 0.6 else Gender.MALE
        names[adult_name(rng, gender)] = None
    return list(names)


@dataclass(frozen=True, slots=True)
class Structure:
    grades: tuple[str, ...]
    classes: tuple[ClassSpec, ...]
    mentors: tuple[tuple[str, ...], ...]  # per class: the teachers who mentor its students
    leader: str  # 分管校长


def structure(rng: random.Random, students: int, school_type: str) -> Structure:
    grades = words.GRADE_NAMES[school_type]
    per_grade = max(1, round(students / len(grades) / CLASS_SIZE))
    count = per_grade * len(grades)
    teachers = teacher_names(rng, 3 * count + 1)
    classes = tuple(
        ClassSpec(g, f"{grade}({k + 1})班", teachers[3 * (g * per_grade + k)])
        for g, grade in enumerate(grades)
        for k in range(per_grade)
    )
    mentors = tuple(tuple(teachers[3 * c : 3 * c + 3]) for c in range(count))
    return Structure(tuple(grades), classes, mentors, teachers[-1])


def _birth_date(rng: random.Random, enrolled: int, entry_age: int) -> date:
    first = date(enrolled - entry_age - 1, 9, 1)
    if rng.random() < 0.03:  # started late or repeated a year
        first = date(first.year - 1, 9, 1)
    return first + timedelta(days=int(rng.random() * 365))


def _student_number(county: str, born: date, serial: int) -> str:
    """G + a 17-digit ID-number body + a check digit that is deliberately wrong."""
    body = f"{county}{born:%Y%m%d}{serial:03d}"
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body))
    correct = (12 - total % 11) % 11  # 10 stands for "X"
    return f"G{body}{(correct + 1) % 10}"


def _phone(rng: random.Random) -> str:
    return rng.choice(words.PHONE_PREFIXES) + f"{int(rng.random() * 1e8):08d}"


def _parents(rng: random.Random, family: str) -> list[Guardian]:
    father = Guardian(adult_name(rng, Gender.MALE, family), "父亲", _phone(rng))
    mother = Guardian(adult_name(rng, Gender.FEMALE), "母亲", _phone(rng))
    return [father, mother] if rng.random() < 0.6 else [mother, father]


def guardians(rng: random.Random, family: str, tags: frozenset[KeyGroup]) -> tuple[Guardian, ...]:
    parents = _parents(rng, family)
    if KeyGroup.SINGLE_PARENT in tags:
        return (parents[0],)
    if KeyGroup.LEFT_BEHIND in tags:
        paternal = rng.random() < 0.7
        relation = rng.choice(
            words.RELATIONS_GRAND_PATERNAL if paternal else words.RELATIONS_GRAND_MATERNAL
        )
        grand_family = family if paternal else surname(rng)
        gender = Gender.MALE if relation.endswith("父") else Gender.FEMALE
        grand = Guardian(adult_name(rng, gender, grand_family), relation, _phone(rng))
        return (grand, parents[0])
    return tuple(parents) if rng.random() < 0.85 else (parents[0],)


def _tags(rng: random.Random) -> frozenset[KeyGroup]:
    return frozenset(tag for tag, rate in TAG_RATES.items() if rng.random() < rate)


def _dorm_name(gender: Gender, grade: int, room: int) -> str:
    side = "男" if gender is Gender.MALE else "女"
    return f"{side}生{grade + 1}号楼{room // 10 + 1}{room % 10 + 1:02d}"


class _Dorms:
    """Boarders fill rooms of ROOM_SIZE, per grade and gender, in roster order."""

    def __init__(self) -> None:
        self.names: dict[str, int] = {}
        self._filled: dict[tuple[Gender, int], int] = {}

    def place(self, gender: Gender, grade: int) -> int:
        filled = self._filled.get((gender, grade), 0)
        self._filled[(gender, grade)] = filled + 1
        name = _dorm_name(gender, grade, filled // ROOM_SIZE)
        return self.names.setdefault(name, len(self.names))


@dataclass
class _Roster:
    rng: random.Random
    school: School
    plan: Structure
    now: datetime
    history_from: date
    dorms: _Dorms
    serials: dict[date, int]

    def pupil(self, index: int) -> Pupil:
        rng, grades = self.rng, len(self.plan.grades)
        grade = index % grades
        per_grade = len(self.plan.classes) // grades
        class_index = grade * per_grade + (index // grades) % per_grade
        enrolled = SchoolYear.of(self.now.date()).start_year - grade
        gender = Gender.MALE if rng.random() < 0.52 else Gender.FEMALE
        student = self._student(index, gender, grade, class_index, enrolled)
        since = max(date(enrolled, 9, 1), self.history_from)
        start = min(datetime.combine(since, time(8, 0)) + timedelta(seconds=index), self.now)
        risk = min(1.0, max(0.0, rng.gauss(0.3, 0.12)))
        return Pupil(
            index, student, grade, start, self.plan.classes[class_index].head_teacher, risk
        )

    def _student(
        self, index: int, gender: Gender, grade: int, class_index: int, enrolled: int
    ) -> Student:
        rng = self.rng
        family = surname(rng)
        entry_age = words.ENTRY_AGE[self.school.school_type.value]
        born = _birth_date(rng, enrolled, entry_age)
        tags = _tags(rng)
        boarding = self.school.boarding and rng.random() < BOARDER_SHARE
        mentors = self.plan.mentors[class_index]
        return Student(
            id=None,
            student_number=self._number(born, gender),
            name=family + given_name(rng, gender),
            gender=gender,
            birth_date=born,
            class_id=class_index,
            dorm_id=self.dorms.place(gender, grade) if boarding else None,
            boarding=boarding,
            mentor=mentors[(index // len(self.plan.grades)) % len(mentors)],
            tags=tags,
            guardians=guardians(rng, family, tags),
        )

    def _number(self, born: date, gender: Gender) -> str:
        serial = self.serials.get(born, 2 * int(self.rng.random() * 100) + 1)
        serial += (serial % 2 == 0) == (gender is Gender.MALE)  # odd for boys, as on ID cards
        self.serials[born] = serial + 1
        return _student_number(self.school.county_code, born, serial % 1000)


def roster(
    rng: random.Random, school: School, plan: Structure, count: int, now: datetime, years: int
) -> tuple[tuple[Pupil, ...], tuple[str, ...]]:
    """``count`` pupils and the dorm names they use (in index order)."""
    history_from = date(SchoolYear.of(now.date()).start_year - (years - 1), 9, 1)
    builder = _Roster(rng, school, plan, now, history_from, _Dorms(), {})
    pupils = tuple(builder.pupil(i) for i in range(count))
    return _unique_numbers(pupils), tuple(builder.dorms.names)


def _unique_numbers(pupils: tuple[Pupil, ...]) -> tuple[Pupil, ...]:
    """Serials wrap at 1000 on a crowded birthday; bump the (rare) repeats."""
    seen: set[str] = set()
    result = []
    for pupil in pupils:
        number = pupil.student.student_number
        while number in seen:
            number = number[:-4] + f"{(int(number[-4:-1]) + 2) % 1000:03d}" + number[-1]
        seen.add(number)
        result.append(replace(pupil, student=replace(pupil.student, student_number=number)))
    return tuple(result)


def screened(school_type: str, grade: int, at_year: int, current_year: int) -> bool:
    """Whether the pupil's grade in school year ``at_year`` takes the MHT."""
    age = words.ENTRY_AGE[school_type] + grade - (current_year - at_year)
    return age >= SCREENED_FROM_AGE
