"""Who may see what (DOMAIN.md, "Who uses it"). Enforced by the services, not the GUI.

- counselor: everything of the school;
- school leader: aggregates and red/orange case summaries, no session notes;
- head teacher / grade leader: students of their own classes / grade only, with no
  counseling notes and no medical details (screenings, referrals, crisis descriptions,
  hospital certificates); they see the flag level and the actions assigned to them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.domain.enums import ContactKind, MeasureOwner, Role, WarningLevel
from app.domain.growth import FlagChange, GrowthFile, LeaveEvent, Plan

LEADER_LEVELS = frozenset({WarningLevel.RED, WarningLevel.ORANGE})
TEACHER_ACTIONS = frozenset({MeasureOwner.HEAD_TEACHER, MeasureOwner.MENTOR, MeasureOwner.GUARDIAN})
TEACHER_CONTACTS = frozenset({ContactKind.MENTOR, ContactKind.HEAD_TEACHER, ContactKind.GUARDIAN})


@dataclass(frozen=True, slots=True)
class Scope:
    """What one account may reach."""

    role: Role
    class_ids: frozenset[int] = frozenset()  # head teacher's classes
    grade_id: int | None = None  # grade leader's grade

    @property
    def is_counselor(self) -> bool:
        return self.role is Role.COUNSELOR

    @property
    def sees_notes(self) -> bool:
        return self.role is Role.COUNSELOR

    def may_read(self, class_id: int | None, grade_id: int | None, level: WarningLevel) -> bool:
        """May this account open the file of a student in that class/grade at that level?"""
        if self.role is Role.COUNSELOR:
            return True
        if self.role is Role.LEADER:
            return level in LEADER_LEVELS
        if self.role is Role.HEAD_TEACHER:
            return class_id is not None and class_id in self.class_ids
        if self.role is Role.GRADE_LEADER:
            return grade_id is not None and grade_id == self.grade_id
        return False


def _teacher_flag(flag: FlagChange) -> FlagChange:
    return replace(flag, reason="")


def _teacher_plan(plan: Plan) -> Plan:
    measures = tuple(m for m in plan.measures if m.owner in TEACHER_ACTIONS)
    return replace(plan, summary="", goals="", measures=measures)


def _teacher_leave(event: LeaveEvent) -> LeaveEvent:
    return replace(event, reason="", certificate_issuer="")


def redact(growth: GrowthFile, scope: Scope) -> GrowthFile:
    """The part of a growth file this scope may see (the counselor sees all of it)."""
    if scope.sees_notes:
        return growth
    student = replace(growth.student, notes="")
    if scope.role is Role.LEADER:
        return replace(growth, student=student, contacts=(), screenings=())
    return replace(
        growth,
        student=student,
        flags=tuple(_teacher_flag(f) for f in growth.flags),
        plans=tuple(_teacher_plan(p) for p in growth.plans),
        contacts=tuple(c for c in growth.contacts if c.kind in TEACHER_CONTACTS),
        screenings=(),
        referrals=(),
        crises=(),
        leaves=tuple(_teacher_leave(e) for e in growth.leaves),
    )
