"""The counselor's inbox: weekly reports, concerns awaiting triage, missing reports.

A concern becomes a flag only when the counselor triages it: into a new flag (level
chosen by the counselor, source = class or dorm, reporter recorded), merged into the
student's open flag, or dismissed with a reason.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.committee import CommitteeReport
from app.domain.enums import Role, SourceLevel, WarningLevel
from app.domain.growth import FlagChange
from app.errors import NotFound, ValidationError
from app.services import inbox
from app.services.growth import record_level
from app.services.session import Session
from app.store import committee_repo, students_repo
from app.store.committee_repo import CommitteeMember, PendingConcern


def week_of(day: date) -> tuple[date, date]:
    """Monday..Sunday of the week containing ``day``."""
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def pending(session: Session) -> list[PendingConcern]:
    """Concerns awaiting triage, urgent ones first."""
    session.require(Role.COUNSELOR)
    return committee_repo.pending_concerns(session.db)


def reports_of_week(session: Session, day: date) -> list[CommitteeReport]:
    session.require(Role.COUNSELOR)
    return committee_repo.reports_between(session.db, *week_of(day))


def classes_missing_report(session: Session, day: date) -> list[int]:
    session.require(Role.COUNSELOR, Role.LEADER)
    return committee_repo.classes_without_report(session.db, *week_of(day))


def _pending_concern(session: Session, concern_id: int) -> PendingConcern:
    found = committee_repo.concern(session.db, concern_id)
    if found is None:
        raise NotFound(f"no concern {concern_id}")
    if found.concern.triage != "pending":
        raise ValidationError.single("concern", "already_triaged", "already triaged")
    return found


def _student_for(found: PendingConcern, student_id: int | None) -> int:
    chosen = student_id if student_id is not None else found.concern.student_id
    if chosen is None:
        raise ValidationError.single(
            "student", "required", "choose which student this concern is about"
        )
    return chosen


def to_flag(
    session: Session,
    concern_id: int,
    level: WarningLevel,
    reason: str,
    student_id: int | None = None,
) -> FlagChange:
    """Triage a concern into a flag at ``level`` (source: the class or dorm)."""
    session.require(Role.COUNSELOR)
    if not level.is_open:
        raise ValidationError.single("level", "invalid", "choose a warning level")
    found = _pending_concern(session, concern_id)
    target = _student_for(found, student_id)
    source = SourceLevel.DORM if found.dorm_id is not None else SourceLevel.CLASS
    with session.write("concern.flag", "concern", concern_id) as change:
        flag = record_level(change, session.actor, target, level, reason, source, found.reporter)
        committee_repo.set_triage(
            change.db, concern_id, "flagged", reason, session.actor, target, flag.id
        )
    return flag


def merge(session: Session, concern_id: int, note: str, student_id: int | None = None) -> None:
    """Attach a concern to the student's existing open flag."""
    session.require(Role.COUNSELOR)
    found = _pending_concern(session, concern_id)
    target = _student_for(found, student_id)
    if not students_repo.current_level(session.db, target).is_open:
        raise ValidationError.single(
            "student", "no_open_flag", "this student has no open flag to merge into"
        )
    with session.write("concern.merge", "concern", concern_id) as change:
        committee_repo.set_triage(
            change.db, concern_id, "merged", note.strip(), session.actor, target, None
        )


def dismiss(session: Session, concern_id: int, reason: str) -> None:
    session.require(Role.COUNSELOR)
    if not reason.strip():
        raise ValidationError.single("reason", "required", "a reason is required")
    _pending_concern(session, concern_id)
    with session.write("concern.dismiss", "concern", concern_id) as change:
        committee_repo.set_triage(
            change.db, concern_id, "dismissed", reason.strip(), session.actor, None, None
        )


def members(session: Session) -> list[CommitteeMember]:
    session.require(Role.COUNSELOR)
    return committee_repo.members(session.db)


def add_member(
    session: Session, name: str, class_id: int | None, dorm_id: int | None = None
) -> int:
    """Appoint a committee member; the public file is republished with the new list."""
    session.require(Role.COUNSELOR)
    if not name.strip() or (class_id is None and dorm_id is None):
        raise ValidationError.single("name", "required", "name and class are required")
    with session.write("committee.member_add", "committee_member") as change:
        change.entity_id = committee_repo.add_member(change.db, class_id, dorm_id, name.strip())
    inbox.publish(session)
    assert change.entity_id is not None
    return change.entity_id


def remove_member(session: Session, member_id: int) -> None:
    session.require(Role.COUNSELOR)
    with session.write("committee.member_remove", "committee_member", member_id) as change:
        committee_repo.deactivate_member(change.db, member_id)
    inbox.publish(session)
