"""Writing and reading the growth file: flags, plans, contacts, visits, referrals,
leave and return, crisis events, closing. One transaction + one audit entry each."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from app.domain.access import redact
from app.domain.enums import (
    CaseStatus,
    LeaveKind,
    Role,
    SourceLevel,
    StudentStatus,
    WarningLevel,
)
from app.domain.growth import (
    CaseStatusChange,
    Contact,
    CrisisEvent,
    FlagChange,
    GrowthFile,
    HomeVisit,
    LeaveEvent,
    Measure,
    Plan,
    Referral,
    check_leave_sequence,
)
from app.services import access
from app.services.session import Change, Session
from app.store import accounts_repo, growth_repo, notifications_repo, students_repo
from app.store.connection import Database


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _require_student(db: Database, student_id: int) -> None:
    students_repo.get_student(db, student_id)


def open_growth_file(session: Session, student_id: int) -> GrowthFile:
    """The file as far as this account may see it; the read is recorded in the audit log."""
    access.check_student(session, student_id)
    growth = redact(growth_repo.load_growth_file(session.db, student_id), session.scope)
    if not session.read_only:
        with session.write("growth_file.read", "student", student_id):
            pass
    return growth


def set_level(
    session: Session,
    student_id: int,
    level: WarningLevel,
    reason: str,
    source: SourceLevel,
    reporter: str = "",
    at: datetime | None = None,
) -> FlagChange:
    """Raise, lower or clear a student's warning flag (counselors only), with a reason."""
    session.require(Role.COUNSELOR)
    with session.write("flag.set", "student", student_id, level=level.value) as change:
        flag = record_level(change, session.actor, student_id, level, reason, source, reporter, at)
    return flag


def record_level(
    change: Change,
    actor: str,
    student_id: int,
    level: WarningLevel,
    reason: str,
    source: SourceLevel,
    reporter: str = "",
    at: datetime | None = None,
) -> FlagChange:
    """The body of a flag change, inside a caller's write (also used by triage)."""
    _require_student(change.db, student_id)
    previous = students_repo.current_level(change.db, student_id)
    flag = FlagChange(
        None,
        student_id,
        at or _now(),
        level,
        previous,
        reason.strip(),
        source,
        reporter.strip(),
        actor,
    )
    flag.validate()
    change.detail.update(level=level.value, previous=previous.value)
    new_id = growth_repo.insert_flag_change(change.db, flag)
    if level in ESCALATION_LEVELS and level.severity > previous.severity:
        _notify_escalation(change.db, student_id, level)
    return replace(flag, id=new_id)


ESCALATION_LEVELS = frozenset({WarningLevel.RED, WarningLevel.ORANGE})


def _notify_escalation(db: Database, student_id: int, level: WarningLevel) -> None:
    """A red or orange flag is a notice for the school leaders and the head teacher."""
    notifications_repo.add_for_role(db, Role.LEADER, student_id, "flag_raised", level)
    class_id = students_repo.get_student(db, student_id).class_id
    if class_id is not None:
        for account_id in accounts_repo.head_teacher_accounts_of_class(db, class_id):
            notifications_repo.add_for_account(db, account_id, student_id, "flag_raised", level)


def save_plan(
    session: Session,
    student_id: int,
    summary: str,
    goals: str,
    next_review_on: date | None,
    measures: tuple[Measure, ...],
) -> Plan:
    """Write the next version of the plan; earlier versions stay as they were."""
    session.require(Role.COUNSELOR)
    with session.write("plan.save", "student", student_id) as change:
        _require_student(change.db, student_id)
        version = growth_repo.latest_plan_version(change.db, student_id) + 1
        plan = Plan(
            None,
            student_id,
            version,
            _now(),
            session.actor,
            summary.strip(),
            goals.strip(),
            next_review_on,
            measures,
        )
        plan.validate()
        change.detail.update(version=version, measures=len(measures))
        growth_repo.insert_plan(change.db, plan)
    return growth_repo.plans_of(session.db, student_id)[-1]


def add_contact(session: Session, contact: Contact) -> int:
    session.require(Role.COUNSELOR)
    contact.validate()
    with session.write(
        "contact.add", "student", contact.student_id, kind=contact.kind.value
    ) as change:
        _require_student(change.db, contact.student_id)
        return growth_repo.insert_contact(change.db, contact)


def add_visit(session: Session, visit: HomeVisit) -> int:
    """Counselors, and head teachers for the students of their own classes."""
    session.require(Role.COUNSELOR, Role.HEAD_TEACHER)
    access.check_student(session, visit.student_id)
    visit.validate(date.today())
    with session.write("visit.add", "student", visit.student_id, kind=visit.kind.value) as change:
        _require_student(change.db, visit.student_id)
        return growth_repo.insert_visit(change.db, visit)


def add_referral(session: Session, referral: Referral) -> int:
    session.require(Role.COUNSELOR)
    referral.validate()
    with session.write(
        "referral.add", "student", referral.student_id, green_channel=referral.green_channel
    ) as change:
        _require_student(change.db, referral.student_id)
        return growth_repo.insert_referral(change.db, referral)


def record_referral_feedback(
    session: Session, student_id: int, referral_id: int, on: date, feedback: str
) -> None:
    session.require(Role.COUNSELOR)
    with session.write("referral.feedback", "student", student_id, referral=referral_id) as ch:
        growth_repo.record_referral_feedback(ch.db, referral_id, on.isoformat(), feedback)


def record_leave(session: Session, event: LeaveEvent) -> int:
    """Suspend or return; a return without a specialist hospital certificate is refused."""
    session.require(Role.COUNSELOR)
    with session.write("leave." + event.kind.value, "student", event.student_id) as change:
        student = students_repo.get_student(change.db, event.student_id)
        check_leave_sequence(student.status is StudentStatus.SUSPENDED, event)
        new_status = (
            StudentStatus.SUSPENDED if event.kind is LeaveKind.SUSPEND else StudentStatus.IN_SCHOOL
        )
        students_repo.set_status(change.db, event.student_id, new_status)
        return growth_repo.insert_leave(change.db, event)


def add_crisis(session: Session, event: CrisisEvent) -> int:
    session.require(Role.COUNSELOR)
    event.validate()
    with session.write("crisis.add", "student", event.student_id, kind=event.kind.value) as change:
        _require_student(change.db, event.student_id)
        return growth_repo.insert_crisis(change.db, event)


def set_case_status(session: Session, student_id: int, status: CaseStatus, reason: str) -> None:
    """Close a case (with a reason; never deleted) or reopen it."""
    session.require(Role.COUNSELOR)
    record = CaseStatusChange(None, student_id, _now(), status, reason.strip(), session.actor)
    record.validate()
    with session.write("case." + status.value, "student", student_id) as change:
        _require_student(change.db, student_id)
        growth_repo.insert_case_status(change.db, record)
