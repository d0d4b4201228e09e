"""Home-visit planning: coverage per class and grade, key-group follow-up schedules, and
the monthly visit plans head teachers make (DOMAIN.md, "Home visits").

Every student gets at least one on-site visit each school year; poor, left-behind,
single-parent and suspended students get a follow-up visit (of any kind) at least every
``follow_up_days`` (default 90). A planned visit is due on its day and shows in the due
list; recording the visit from the plan marks the plan item done.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from app.domain.dashboard import VisitShare
from app.domain.due import DueItem
from app.domain.enums import KeyGroup, MeasureOwner, StudentStatus, VisitKind, WarningLevel
from app.domain.growth import HomeVisit
from app.domain.labels import label
from app.domain.policy import TaskKind
from app.domain.school import SchoolClass, SchoolYear
from app.domain.student import RosterRow
from app.errors import Problem, ValidationError

FOLLOW_UP_GROUPS = frozenset({KeyGroup.POVERTY, KeyGroup.LEFT_BEHIND, KeyGroup.SINGLE_PARENT})
DEFAULT_FOLLOW_UP_DAYS = 90
ACTIVE = frozenset({StudentStatus.IN_SCHOOL, StudentStatus.SUSPENDED})


class PlanStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class PlannedVisit:
    """One line of a monthly plan as the head teacher enters it."""

    student_id: int
    planned_on: date
    kind: VisitKind = VisitKind.ONSITE
    visitors: str = ""
    purpose: str = ""


@dataclass(frozen=True, slots=True)
class VisitPlanItem:
    id: int | None
    student_id: int
    planned_on: date
    kind: VisitKind
    visitors: str
    purpose: str
    created_at: datetime
    created_by: str
    status: PlanStatus = PlanStatus.PLANNED
    visit_id: int | None = None  # the recorded visit, once done
    closed_at: datetime | None = None
    note: str = ""  # why it was cancelled


@dataclass(frozen=True, slots=True)
class PlanLine:
    """A plan item with whose it is, for lists and the due computation."""

    item: VisitPlanItem
    student_number: str
    student_name: str
    class_id: int | None
    class_name: str
    level: WarningLevel


def month_bounds(month: date) -> tuple[date, date]:
    last = calendar.monthrange(month.year, month.month)[1]
    return month.replace(day=1), month.replace(day=last)


def plan_problems(entries: Sequence[PlannedVisit], month: date, today: date) -> list[Problem]:
    """Dates inside the month and not in the past; a student at most once a day."""
    first, last = month_bounds(month)
    problems: list[Problem] = []
    seen: set[tuple[int, date]] = set()
    for index, entry in enumerate(entries):
        where = f"entries[{index}].planned_on"
        if not first <= entry.planned_on <= last:
            problems.append(Problem(where, "month", "the date is outside the planned month"))
        elif entry.planned_on < today:
            problems.append(Problem(where, "past", "a visit cannot be planned in the past"))
        if (entry.student_id, entry.planned_on) in seen:
            problems.append(Problem(where, "duplicate", "the student is planned twice that day"))
        seen.add((entry.student_id, entry.planned_on))
    return problems


def check_plan(entries: Sequence[PlannedVisit], month: date, today: date) -> None:
    if not entries:
        raise ValidationError.single("entries", "required", "the plan names no student")
    problems = plan_problems(entries, month, today)
    if problems:
        raise ValidationError(problems)


def draft_visit(
    item: VisitPlanItem, today: date, follow_up: bool, follow_up_days: int
) -> HomeVisit:
    """The visit record pre-filled from a plan item (the day it was planned, or today if
    that is still ahead)."""
    visited_on = min(item.planned_on, today)
    next_on = visited_on + timedelta(days=follow_up_days) if follow_up else None
    return HomeVisit(
        None,
        item.student_id,
        visited_on,
        item.kind,
        item.visitors,
        next_visit_on=next_on,
        follow_up=follow_up,
    )


def needs_follow_up(row: RosterRow) -> bool:
    if row.status not in ACTIVE:
        return False
    return row.status is StudentStatus.SUSPENDED or bool(row.tags & FOLLOW_UP_GROUPS)


# --- coverage -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClassVisits:
    """On-site visit coverage of one class in a school year, with the students."""

    class_id: int
    class_name: str
    grade_name: str
    head_teacher: str
    visited: tuple[RosterRow, ...]
    not_visited: tuple[RosterRow, ...]

    @property
    def students(self) -> int:
        return len(self.visited) + len(self.not_visited)

    @property
    def ratio(self) -> float:
        return len(self.visited) / self.students if self.students else 1.0


@dataclass(frozen=True, slots=True)
class GradeVisits(VisitShare):
    grade_name: str
    classes: int
    students: int
    visited: int


def visited_in(row: RosterRow, year: SchoolYear) -> bool:
    return row.last_onsite_visit is not None and year.contains(row.last_onsite_visit)


def class_visits(
    rows: Iterable[RosterRow], classes: Sequence[SchoolClass], grade_names: dict[int, str],
    year: SchoolYear,
) -> list[ClassVisits]:  # fmt: skip
    """Coverage of each class that has a student in ``rows`` (students in school only)."""
    by_class: dict[int, list[RosterRow]] = defaultdict(list)
    for row in rows:
        if row.status is StudentStatus.IN_SCHOOL and row.class_id is not None:
            by_class[row.class_id].append(row)
    return [
        ClassVisits(
            c.id,
            c.name,
            grade_names.get(c.grade_id, ""),
            c.head_teacher,
            tuple(r for r in by_class[c.id] if visited_in(r, year)),
            tuple(r for r in by_class[c.id] if not visited_in(r, year)),
        )
        for c in classes
        if c.id in by_class
    ]


def grade_visits(classes: Iterable[ClassVisits]) -> list[GradeVisits]:
    """Per grade, in the order the classes come."""
    totals: dict[str, list[int]] = {}
    for c in classes:
        counts = totals.setdefault(c.grade_name, [0, 0, 0])
        counts[0] += 1
        counts[1] += c.students
        counts[2] += len(c.visited)
    return [GradeVisits(name, *counts) for name, counts in totals.items()]


# --- follow-up schedule -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FollowUpLine:
    student: RosterRow
    groups: frozenset[KeyGroup]  # the follow-up groups the student is in
    suspended: bool
    last_visit: date | None
    due_on: date | None  # None: never visited, due now
    overdue: bool

    @property
    def sort_key(self) -> tuple[int, date, str, str]:
        due = self.due_on or date.min
        return (0 if self.overdue else 1, due, self.student.class_name, self.student.name)


def follow_up_line(row: RosterRow, interval_days: int, today: date) -> FollowUpLine:
    due_on = row.last_visit + timedelta(days=interval_days) if row.last_visit else None
    return FollowUpLine(
        row,
        row.tags & FOLLOW_UP_GROUPS,
        row.status is StudentStatus.SUSPENDED,
        row.last_visit,
        due_on,
        due_on is None or due_on < today,
    )


def follow_up_schedule(
    rows: Iterable[RosterRow], interval_days: int, today: date
) -> list[FollowUpLine]:
    """Key-group and suspended students with their next follow-up; overdue ones first
    (never visited, then the longest overdue), then by due date."""
    lines = [follow_up_line(r, interval_days, today) for r in rows if needs_follow_up(r)]
    return sorted(lines, key=lambda line: line.sort_key)


def check_interval(days: int) -> None:
    if not 7 <= days <= 366:
        raise ValidationError.single("follow_up_days", "range", "interval must be 7-366 days")


# --- due list -----------------------------------------------------------------------------


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time(23, 59, 59))


def planned_visit_due(lines: Iterable[PlanLine], now: datetime) -> list[DueItem]:
    """A due item for every open plan item: due at the end of its day."""
    return [
        DueItem(
            line.item.student_id,
            TaskKind.HOME_VISIT,
            line.level,
            _end_of(line.item.planned_on),
            MeasureOwner.HEAD_TEACHER,
            now > _end_of(line.item.planned_on),
            label(line.item.kind),
        )
        for line in lines
        if line.item.status is PlanStatus.PLANNED
    ]
