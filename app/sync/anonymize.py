"""From a station's facts to a county bundle: counts, suppression, pseudonymous case lines.

The input (``StationFacts``) is already reduced to typed values by the store: grade codes,
enums, booleans, dates and internal ids. Internal ids are used here only to compute the
pseudonyms and never enter a bundle.

Case lines are generalized by the size of the population that shares their
quasi-identifiers on the school's roll (not only among the cases): grade and gender are
kept when at least ``threshold`` students of that grade and gender are on roll; otherwise
the grade becomes the school stage; if that group is still smaller than the threshold, the
stage is dropped too, and finally the gender.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from app.domain.enums import CrisisKind, Gender, KeyGroup, WarningLevel
from app.sync import tables as tbl
from app.sync.bundle import (
    AuditCheckpoint,
    CaseLine,
    Cell,
    CountyBundle,
    SchoolRef,
    Staffing,
    Table,
)
from app.sync.disclosure import Key, published_problems, suppress
from app.sync.period import Period
from app.sync.vocabulary import (
    CASE_LEVELS,
    TOTAL,
    Feedback,
    GradeCode,
    ScreenResult,
    Stage,
    YesNo,
    stage_of,
)

PSEUDONYM_LABEL = b"xinan/county-case/v1:"


@dataclass(frozen=True, slots=True)
class StudentFact:
    """One student on roll (in school or suspended)."""

    student_id: int
    grade: GradeCode
    gender: Gender
    in_school: bool  # False: suspended
    level: WarningLevel
    tags: frozenset[KeyGroup]
    screening: ScreenResult  # latest MHT this school year
    visited: bool  # on-site home visit this school year


@dataclass(frozen=True, slots=True)
class EventFacts:
    """What happened in the period."""

    new_flags: tuple[WarningLevel, ...] = ()
    cleared_flags: tuple[WarningLevel, ...] = ()  # the level before clearing
    referrals: tuple[tuple[bool, bool], ...] = ()  # (green channel, feedback received)
    crises: tuple[CrisisKind, ...] = ()
    returns: int = 0


@dataclass(frozen=True, slots=True)
class CaseFact:
    student_id: int
    level: WarningLevel
    flagged_at: datetime  # start of the current level's clock (app.domain.due.flag_anchor)
    referred: bool
    plan_in_place: bool
    last_follow_up: datetime | None
    overdue_actions: int


@dataclass(frozen=True, slots=True)
class StationFacts:
    school: SchoolRef
    grades: tuple[GradeCode, ...]  # the school's grades
    students: tuple[StudentFact, ...]
    events: EventFacts
    cases: tuple[CaseFact, ...]
    staffing: Staffing | None = None
    audit: AuditCheckpoint | None = None


def pseudonym(secret: bytes, student_id: int) -> str:
    """Stable across bundles, not reversible without the school's secret."""
    message = PSEUDONYM_LABEL + str(student_id).encode("ascii")
    return hmac.digest(secret, message, hashlib.sha256)[:16].hex()


def _grade_vocab(facts: StationFacts) -> list[str]:
    used = set(facts.grades) | {s.grade for s in facts.students}
    return [g.value for g in GradeCode if g in used]


def _yes(flag: bool) -> str:
    return (YesNo.YES if flag else YesNo.NO).value


def _records(name: str, facts: StationFacts) -> Iterator[Key]:
    """One full key per student or event the table counts."""
    students, events = facts.students, facts.events
    in_school = [s for s in students if s.in_school]
    if name == "open_flags":
        yield from ((s.level.value, s.grade.value, s.gender.value) for s in students
                    if s.level.is_open)  # fmt: skip
    elif name in ("new_flags", "cleared_flags"):
        levels = events.new_flags if name == "new_flags" else events.cleared_flags
        yield from ((level.value,) for level in levels)
    elif name == "key_groups":
        yield from _key_group_records(in_school)
    elif name == "screening":
        yield from ((s.screening.value, s.grade.value) for s in in_school)
    elif name == "home_visits":
        yield from ((_yes(s.visited), s.grade.value) for s in in_school)
    else:
        yield from _event_records(name, facts)


def _event_records(name: str, facts: StationFacts) -> Iterator[Key]:
    events = facts.events
    if name == "suspended":
        yield from (() for s in facts.students if not s.in_school)
    elif name == "returns":
        yield from (() for _ in range(events.returns))
    elif name == "referrals":
        for green, received in events.referrals:
            feedback = Feedback.RECEIVED if received else Feedback.PENDING
            yield (_yes(green), feedback.value)
    elif name == "crises":
        yield from ((kind.value,) for kind in events.crises)


def _key_group_records(students: Iterable[StudentFact]) -> Iterator[Key]:
    for student in students:
        yield (TOTAL, TOTAL)
        yield from ((tag.value, YesNo.YES.value) for tag in student.tags)


def build_table(spec: tbl.TableSpec, facts: StationFacts, threshold: int) -> Table:
    keys = tbl.all_keys(spec, _grade_vocab(facts))
    counts = tbl.count_cells(spec, _records(spec.name, facts), keys)
    families = tbl.families(spec, keys)
    published = suppress(counts, keys[:1], families, threshold)
    problems = published_problems(published, families, threshold)
    if problems:  # a bug, never a user error: refuse to write rather than leak
        raise AssertionError(f"disclosure check failed for {spec.name}: {problems[0]}")
    return Table(spec.name, tuple(Cell(key, published[key]) for key in keys))


# --- case lines ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Populations:
    by_grade: Counter[tuple[GradeCode, Gender]]
    by_stage: Counter[tuple[Stage, Gender]]
    by_gender: Counter[Gender]

    @classmethod
    def of(cls, students: Iterable[StudentFact]) -> _Populations:
        people = list(students)
        return cls(
            Counter((s.grade, s.gender) for s in people),
            Counter((stage_of(s.grade), s.gender) for s in people),
            Counter(s.gender for s in people),
        )


def _generalized(
    student: StudentFact, pops: _Populations, threshold: int
) -> tuple[Stage | None, GradeCode | None, Gender | None]:
    stage = stage_of(student.grade)
    if pops.by_grade[(student.grade, student.gender)] >= threshold:
        return stage, student.grade, student.gender
    if pops.by_stage[(stage, student.gender)] >= threshold:
        return stage, None, student.gender
    if pops.by_gender[student.gender] >= threshold:
        return None, None, student.gender
    return None, None, None


def _days(since: datetime | None, now: datetime) -> int | None:
    return None if since is None else max(0, (now.date() - since.date()).days)


def case_lines(
    facts: StationFacts, secret: bytes, now: datetime, threshold: int
) -> tuple[CaseLine, ...]:
    students = {s.student_id: s for s in facts.students}
    pops = _Populations.of(facts.students)
    lines = []
    for case in facts.cases:
        student = students.get(case.student_id)
        if case.level not in CASE_LEVELS or student is None:
            continue
        stage, grade, gender = _generalized(student, pops, threshold)
        lines.append(
            CaseLine(
                pseudonym(secret, case.student_id),
                case.level,
                stage,
                grade,
                gender,
                _days(case.flagged_at, now) or 0,
                case.referred,
                case.plan_in_place,
                _days(case.last_follow_up, now),
                case.overdue_actions,
            )
        )
    return tuple(sorted(lines, key=lambda line: line.pseudonym))


def build_bundle(
    facts: StationFacts,
    period: Period,
    sequence: int,
    created_at: datetime,
    threshold: int,
    secret: bytes,
) -> CountyBundle:
    """The bundle for ``period``; every table suppressed, every case line generalized."""
    return CountyBundle(
        school=facts.school,
        period=period,
        sequence=sequence,
        created_at=created_at.replace(microsecond=0),
        threshold=threshold,
        audit=facts.audit,
        staffing=facts.staffing,
        tables=tuple(build_table(spec, facts, threshold) for spec in tbl.TABLES),
        cases=case_lines(facts, secret, created_at, threshold),
    )
