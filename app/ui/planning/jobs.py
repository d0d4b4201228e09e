"""Worker jobs of the planning widgets: they compose ``app.services`` only (the session
comes first, as ``ctx.call`` passes it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.enums import Role, StudentStatus
from app.domain.growth import HomeVisit
from app.domain.school import SchoolClass
from app.domain.student import RosterRow
from app.domain.visit_plan import FollowUpLine, PlanLine, PlannedVisit, PlanStatus
from app.services import students, visit_planning
from app.services.session import Session
from app.services.students import RosterFilter

ACTIVE = (StudentStatus.IN_SCHOOL, StudentStatus.SUSPENDED)


def plannable_classes(session: Session) -> list[SchoolClass]:
    """The classes this account may plan visits for (head teachers: their own)."""
    role = session.account.role
    if role is Role.COUNSELOR:
        return students.classes(session)
    if role is Role.HEAD_TEACHER:
        own = session.scope.class_ids
        return [c for c in students.classes(session) if c.id in own]
    return []


def class_students(session: Session, class_id: int) -> list[RosterRow]:
    """Students of a class who may get a planned visit (in school or suspended)."""
    rows = students.roster(session, RosterFilter(class_id=class_id))
    return [row for row in rows if row.status in ACTIVE]


def save_plan(session: Session, month: date, entries: Sequence[PlannedVisit]) -> list[int]:
    return visit_planning.plan_visits(session, month, entries)


def plan_lines(session: Session, month: date | None) -> list[PlanLine]:
    """The plan items of ``month`` (all states), or every open one (``None``)."""
    if month is None:
        return visit_planning.planned(session, status=PlanStatus.PLANNED)
    return visit_planning.planned(session, month)


def open_plans_of(session: Session, student_id: int) -> list[PlanLine]:
    """The open plan items of one student (the growth file's visits tab)."""
    if session.account.role not in visit_planning.PLANNERS:
        return []
    lines = visit_planning.planned(session, status=PlanStatus.PLANNED)
    return [line for line in lines if line.item.student_id == student_id]


def draft(session: Session, plan_id: int) -> HomeVisit:
    return visit_planning.draft_from_plan(session, plan_id)


def cancel(session: Session, plan_id: int, reason: str) -> None:
    visit_planning.cancel_planned_visit(session, plan_id, reason)


@dataclass(frozen=True)
class FollowUps:
    days: int
    lines: list[FollowUpLine]


def follow_ups(session: Session) -> FollowUps:
    return FollowUps(visit_planning.follow_up_days(session), visit_planning.follow_ups(session))


def set_follow_up_days(session: Session, days: int) -> FollowUps:
    visit_planning.set_follow_up_days(session, days)
    return follow_ups(session)
