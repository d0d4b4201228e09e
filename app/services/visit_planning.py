"""Home-visit planning: coverage per class and grade, the key-group follow-up schedule,
monthly visit plans, and recording a visit from its plan.

Head teachers see and plan only their own classes (``access``); grade leaders see their
grade; the counselor sees and plans everything. Leaders get the grade figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from app.domain.due import DueItem
from app.domain.enums import Role, StudentStatus
from app.domain.growth import HomeVisit
from app.domain.school import SchoolYear
from app.domain.student import RosterRow
from app.domain.visit_plan import (
    DEFAULT_FOLLOW_UP_DAYS,
    ClassVisits,
    FollowUpLine,
    GradeVisits,
    PlanLine,
    PlannedVisit,
    PlanStatus,
    VisitPlanItem,
    check_interval,
    check_plan,
    class_visits,
    draft_visit,
    follow_up_schedule,
    grade_visits,
    month_bounds,
    needs_follow_up,
    planned_visit_due,
)
from app.errors import NotFound, PermissionDenied, ValidationError
from app.services import access, students
from app.services.session import Session
from app.store import growth_repo, school_repo, students_repo, visit_plan_repo
from app.store.connection import Database
from app.store.students_repo import RosterFilter
from app.store.visit_plan_repo import PlanFilter

INTERVAL_SETTING = "visit_follow_up_days"
PLANNERS = (Role.COUNSELOR, Role.HEAD_TEACHER)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def follow_up_days(session: Session) -> int:
    stored = school_repo.get_setting(session.db, INTERVAL_SETTING)
    return int(stored) if stored else DEFAULT_FOLLOW_UP_DAYS


def set_follow_up_days(session: Session, days: int) -> None:
    session.require(Role.COUNSELOR)
    check_interval(days)
    with session.write("settings.visit_follow_up_days", "settings", days=days) as change:
        school_repo.put_setting(change.db, INTERVAL_SETTING, days)


# --- coverage -----------------------------------------------------------------------------


def _grade_names(session: Session) -> dict[int, str]:
    return {g.id: g.name for g in school_repo.grades(session.db)}


def _visible_rows(session: Session, class_id: int | None) -> list[RosterRow]:
    session.require(Role.COUNSELOR, Role.HEAD_TEACHER, Role.GRADE_LEADER)
    return students.roster(session, RosterFilter(class_id=class_id))


def class_coverage(
    session: Session, class_id: int | None = None, today: date | None = None
) -> list[ClassVisits]:
    """Per class this account may see (or just ``class_id``): who has had an on-site
    visit this school year and who has not."""
    rows = _visible_rows(session, class_id)
    year = SchoolYear.of(today or date.today())
    classes = school_repo.classes(session.db)
    return class_visits(rows, classes, _grade_names(session), year)


def grade_coverage(session: Session, today: date | None = None) -> list[GradeVisits]:
    """Per grade: students in school and how many were visited on site this year.
    Leaders see every grade (figures only); the others what their scope holds."""
    if session.account.role is Role.LEADER:
        year = SchoolYear.of(today or date.today())
        rows = students_repo.roster(session.db, RosterFilter(status=StudentStatus.IN_SCHOOL))
        return grade_visits(
            class_visits(rows, school_repo.classes(session.db), _grade_names(session), year)
        )
    return grade_visits(class_coverage(session, today=today))


def follow_ups(session: Session, today: date | None = None) -> list[FollowUpLine]:
    """Key-group (poor, left-behind, single-parent) and suspended students this account
    may see, with their next follow-up visit; overdue ones first."""
    rows = _visible_rows(session, None)
    return follow_up_schedule(rows, follow_up_days(session), today or date.today())


# --- plans --------------------------------------------------------------------------------


def plan_visits(
    session: Session, month: date, entries: Sequence[PlannedVisit], today: date | None = None
) -> list[int]:
    """Plan visits for ``month`` (one transaction). Head teachers only for their classes."""
    session.require(*PLANNERS)
    check_plan(entries, month, today or date.today())
    for entry in entries:
        access.check_student(session, entry.student_id)
    now = _now()
    items = [
        VisitPlanItem(
            None,
            e.student_id,
            e.planned_on,
            e.kind,
            e.visitors.strip(),
            e.purpose.strip(),
            now,
            session.actor,
        )
        for e in entries
    ]
    first, _ = month_bounds(month)
    with session.write("visit_plan.create", "visit_plan", count=len(items)) as change:
        change.detail["month"] = first.strftime("%Y-%m")
        _refuse_taken(change.db, items)
        return visit_plan_repo.insert_items(change.db, items)


def _refuse_taken(db: Database, items: Sequence[VisitPlanItem]) -> None:
    taken = visit_plan_repo.open_on(db, [(i.student_id, i.planned_on) for i in items])
    if taken:
        raise ValidationError.single(
            "planned_on", "duplicate", f"{len(taken)} visit(s) are planned already on that day"
        )
    for item in items:
        status = students_repo.get_student(db, item.student_id).status
        if status not in (StudentStatus.IN_SCHOOL, StudentStatus.SUSPENDED):
            raise ValidationError.single("student", "status", "the student has left the school")


def _scope_filter(session: Session, flt: PlanFilter) -> PlanFilter:
    scope = session.scope
    if scope.role is Role.COUNSELOR:
        return flt
    if scope.role is Role.HEAD_TEACHER:
        return PlanFilter(flt.first, flt.last, flt.status, scope.class_ids)
    if scope.role is Role.GRADE_LEADER:
        grade = frozenset(
            c.id for c in school_repo.classes(session.db) if c.grade_id == scope.grade_id
        )
        return PlanFilter(flt.first, flt.last, flt.status, grade)
    raise PermissionDenied("leaders see the visit figures, not the plans")


def planned(
    session: Session, month: date | None = None, status: PlanStatus | None = None
) -> list[PlanLine]:
    """Plan items (of ``month``, or all) this account may see, by date."""
    first, last = month_bounds(month) if month else (None, None)
    return visit_plan_repo.lines(
        session.db, _scope_filter(session, PlanFilter(first, last, status))
    )


def _open_item(session: Session, item_id: int) -> VisitPlanItem:
    session.require(*PLANNERS)
    item = visit_plan_repo.get_item(session.db, item_id)
    access.check_student(session, item.student_id)
    if item.status is not PlanStatus.PLANNED:
        raise ValidationError.single("plan", "closed", "this planned visit is closed already")
    return item


def cancel_planned_visit(session: Session, item_id: int, reason: str) -> None:
    item = _open_item(session, item_id)
    if not reason.strip():
        raise ValidationError.single("reason", "required", "reason is required")
    with session.write("visit_plan.cancel", "student", item.student_id, plan=item_id) as ch:
        visit_plan_repo.cancel(ch.db, item_id, _now(), reason.strip())


def draft_from_plan(session: Session, item_id: int, today: date | None = None) -> HomeVisit:
    """The home-visit record pre-filled from a plan item, for the record form."""
    item = _open_item(session, item_id)
    row = students_repo.roster(session.db, RosterFilter(student_ids=frozenset({item.student_id})))
    follow_up = bool(row) and needs_follow_up(row[0])
    return draft_visit(item, today or date.today(), follow_up, follow_up_days(session))


def record_planned_visit(session: Session, item_id: int, visit: HomeVisit) -> int:
    """Record the visit and mark its plan item done, in one transaction."""
    item = _open_item(session, item_id)
    if visit.student_id != item.student_id:
        raise ValidationError.single("student", "mismatch", "the visit is for another student")
    visit.validate(date.today())
    with session.write("visit.add", "student", item.student_id, kind=visit.kind.value) as ch:
        ch.detail["plan"] = item_id
        visit_id = growth_repo.insert_visit(ch.db, visit)
        visit_plan_repo.mark_done(ch.db, item_id, visit_id, _now())
    return visit_id


def get_planned_visit(session: Session, item_id: int) -> PlanLine:
    session.require(*PLANNERS)
    item = visit_plan_repo.get_item(session.db, item_id)
    access.check_student(session, item.student_id)
    found = [line for line in planned(session) if line.item.id == item_id]
    if not found:
        raise NotFound(f"no planned visit with id {item_id}", item_id=item_id)
    return found[0]


def due_items(session: Session, now: datetime) -> list[DueItem]:
    """Open planned visits as due items (merged into ``app.services.due``)."""
    flt = PlanFilter(status=PlanStatus.PLANNED)
    return planned_visit_due(visit_plan_repo.lines(session.db, flt), now)
