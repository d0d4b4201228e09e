"""Applying an account's scope (app.domain.access) inside the services."""

from __future__ import annotations

from dataclasses import replace

from app.domain.access import LEADER_LEVELS
from app.domain.enums import Role
from app.errors import NotFound, PermissionDenied
from app.services.session import Session
from app.store import students_repo
from app.store.students_repo import RosterFilter


def check_student(session: Session, student_id: int) -> None:
    """PermissionDenied unless this account may open this student's file."""
    if session.scope.is_counselor:
        return
    place = students_repo.placement(session.db, student_id)
    if place is None:
        raise NotFound(f"no student with id {student_id}", student_id=student_id)
    class_id, grade_id, level = place
    if not session.scope.may_read(class_id, grade_id, level):
        raise PermissionDenied(
            "this student is outside your classes or role", role=session.account.role.value
        )


def scoped_filter(session: Session, flt: RosterFilter) -> RosterFilter:
    """``flt`` narrowed to what this account may list."""
    scope = session.scope
    if scope.role is Role.COUNSELOR:
        return flt
    if scope.role is Role.LEADER:
        return replace(flt, levels=LEADER_LEVELS)
    if scope.role is Role.HEAD_TEACHER:
        return replace(flt, scope_class_ids=scope.class_ids)
    return replace(flt, scope_grade_id=scope.grade_id if scope.grade_id is not None else -1)


def require_counselor_or_leader(session: Session) -> None:
    session.require(Role.COUNSELOR, Role.LEADER)
