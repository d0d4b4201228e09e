"""The demo station (``xinan demo``): a real encrypted station full of synthetic data.

Built in a sibling folder and moved into place only when complete, so an interrupted
build never leaves a half-filled demo that later runs would reuse. Records go through
the store repositories in a few large transactions; every record still gets its own
audit entry, dated when the record was (synthetically) entered.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.atomic import fsync_dir
from app.domain.accounts import Account
from app.domain.committee import CommitteeReport
from app.domain.enums import LeaveKind, Role, StudentStatus
from app.domain.growth import (
    CaseStatusChange,
    Contact,
    CrisisEvent,
    FlagChange,
    HomeVisit,
    LeaveEvent,
    Plan,
    Referral,
    Screening,
)
from app.domain.student import Student
from app.errors import ValidationError
from app.security.audit import audit_key
from app.services import inbox, station, synthetic
from app.services.session import DB_NAME, LOCK_NAME, Session, StationPaths
from app.services.synthetic_base import Appointment, Event, ReferralFeedback, Triage
from app.store import bulk_repo, committee_repo, growth_repo, school_repo, students_repo
from app.store.bulk_repo import AuditBatch
from app.store.codec import dt2s
from app.store.connection import Database

DEMO_USER = "demo"
DEMO_PASSWORD = "xinan-demo-2026"
DEMO_DISPLAY_NAME = "演示老师"
BATCH = 20_000  # events per transaction

Entry = tuple[str, str, int | None, dict[str, Any]]  # audit action, entity, id, detail


@dataclass(frozen=True, slots=True)
class DemoInfo:
    folder: Path
    username: str
    password: str
    created: bool


def ensure_demo(
    folder: Path, students: int = 600, seed: int = 2026, now: datetime | None = None
) -> DemoInfo:
    """Reuse the demo station in ``folder``, or build one with ``students`` students."""
    folder = Path(folder)
    if StationPaths(folder).exists():
        return DemoInfo(folder, DEMO_USER, DEMO_PASSWORD, created=False)
    if not 1 <= students <= 20_000:
        raise ValidationError.single("students", "range", "a demo school has 1-20000 students")
    data = synthetic.generate(students, seed, now, actor=DEMO_USER, counselor=DEMO_DISPLAY_NAME)
    building = folder.parent / f".{folder.name}.building"
    shutil.rmtree(building, ignore_errors=True)
    account = Account(None, DEMO_USER, DEMO_DISPLAY_NAME, Role.COUNSELOR)
    created = station.create_station(building, data.school, account, DEMO_PASSWORD)
    try:
        populate(created.session, data)
    finally:
        created.session.close()
    _move_into(building, folder)
    return DemoInfo(folder, DEMO_USER, DEMO_PASSWORD, created=True)


def _move_into(building: Path, folder: Path) -> None:
    """Everything but the lock, the database last: the station exists only once it is there."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    names = sorted(p.name for p in building.iterdir() if p.name not in (LOCK_NAME, DB_NAME))
    for name in [n for n in names if not n.startswith(DB_NAME)] + [DB_NAME]:
        os.replace(building / name, folder / name)
    fsync_dir(folder)
    shutil.rmtree(building, ignore_errors=True)


# --- writing generated data ------------------------------------------------------------------


@dataclass
class _Ids:
    """Database ids of what the generator refers to by index or key."""

    classes: list[int] = field(default_factory=list)
    dorms: list[int] = field(default_factory=list)
    students: dict[int, int] = field(default_factory=dict)
    referrals: dict[str, int] = field(default_factory=dict)
    reports: dict[str, int] = field(default_factory=dict)
    actor: str = ""


def populate(session: Session, data: synthetic.SyntheticSchool, batch: int = BATCH) -> None:
    """Write the generated school through the store, ``batch`` records per transaction."""
    key, actor = audit_key(session.db.key), session.actor
    ids = _Ids(actor=actor)
    with session.db.transaction() as db, bulk_repo.audit_batch(db, key) as audit:
        _write_structure(db, audit, data, actor, ids)
    for chunk in _chunks(data.events, batch):
        with session.db.transaction() as db, bulk_repo.audit_batch(db, key) as audit:
            for event in chunk:
                action, entity, entity_id, detail = _write(db, ids, event, data.now.date())
                audit.append(dt2s(event.at), actor, action, entity, entity_id, detail)
    inbox.publish(session)  # station.pub with the class lists and committee members
    session.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _chunks(events: Sequence[Event], size: int) -> Iterator[Sequence[Event]]:
    for start in range(0, len(events), size):
        yield events[start : start + size]


def _write_structure(
    db: Database, audit: AuditBatch, data: synthetic.SyntheticSchool, actor: str, ids: _Ids
) -> None:
    at = dt2s(data.history_start - timedelta(hours=1))
    grade_ids = [school_repo.ensure_grade(db, name, i + 1) for i, name in enumerate(data.grades)]
    for spec in data.classes:
        class_id = school_repo.ensure_class(db, grade_ids[spec.grade], spec.name, spec.head_teacher)
        ids.classes.append(class_id)
        audit.append(at, actor, "class.add", "class", class_id, {})
    for name in data.dorms:
        ids.dorms.append(school_repo.ensure_dorm(db, name))
        audit.append(at, actor, "dorm.add", "dorm", ids.dorms[-1], {})


def _write(db: Database, ids: _Ids, event: Event, today: date) -> Entry:
    record = event.record
    if isinstance(record, HomeVisit | Student):
        record.validate(today)
    elif hasattr(record, "validate"):
        record.validate()
    return _WRITERS[type(record)](db, ids, event)


def _sid(ids: _Ids, event: Event) -> int:
    assert event.student is not None
    return ids.students[event.student]


def _mine(ids: _Ids, event: Event) -> Any:
    """The event's record with the real student id in place of the pupil index."""
    return replace(event.record, student_id=_sid(ids, event))  # type: ignore[type-var]


def _student(db: Database, ids: _Ids, event: Event) -> Entry:
    student: Student = event.record  # type: ignore[assignment]
    class_id = None if student.class_id is None else ids.classes[student.class_id]
    dorm_id = None if student.dorm_id is None else ids.dorms[student.dorm_id]
    student_id = students_repo.insert_student(
        db, replace(student, class_id=class_id, dorm_id=dorm_id)
    )
    assert event.student is not None
    ids.students[event.student] = student_id
    return "student.add", "student", student_id, {}


def _flag(db: Database, ids: _Ids, event: Event) -> Entry:
    flag: FlagChange = _mine(ids, event)
    growth_repo.insert_flag_change(db, flag)
    detail = {"level": flag.level.value, "previous": flag.previous_level.value}
    return "flag.set", "student", flag.student_id, detail


def _plan(db: Database, ids: _Ids, event: Event) -> Entry:
    plan: Plan = _mine(ids, event)
    growth_repo.insert_plan(db, plan)
    detail = {"version": plan.version, "measures": len(plan.measures)}
    return "plan.save", "student", plan.student_id, detail


def _contact(db: Database, ids: _Ids, event: Event) -> Entry:
    contact: Contact = _mine(ids, event)
    growth_repo.insert_contact(db, contact)
    return "contact.add", "student", contact.student_id, {"kind": contact.kind.value}


def _visit(db: Database, ids: _Ids, event: Event) -> Entry:
    visit: HomeVisit = _mine(ids, event)
    growth_repo.insert_visit(db, visit)
    return "visit.add", "student", visit.student_id, {"kind": visit.kind.value}


def _referral(db: Database, ids: _Ids, event: Event) -> Entry:
    referral: Referral = _mine(ids, event)
    ids.referrals[event.key] = growth_repo.insert_referral(db, referral)
    detail = {"green_channel": referral.green_channel}
    return "referral.add", "student", referral.student_id, detail


def _feedback(db: Database, ids: _Ids, event: Event) -> Entry:
    feedback: ReferralFeedback = event.record  # type: ignore[assignment]
    referral_id = ids.referrals[feedback.referral_key]
    growth_repo.record_referral_feedback(
        db, referral_id, feedback.on.isoformat(), feedback.feedback
    )
    return "referral.feedback", "student", _sid(ids, event), {"referral": referral_id}


def _leave(db: Database, ids: _Ids, event: Event) -> Entry:
    leave: LeaveEvent = _mine(ids, event)
    suspended = leave.kind is LeaveKind.SUSPEND
    status = StudentStatus.SUSPENDED if suspended else StudentStatus.IN_SCHOOL
    students_repo.set_status(db, leave.student_id, status)
    growth_repo.insert_leave(db, leave)
    return "leave." + leave.kind.value, "student", leave.student_id, {}


def _crisis(db: Database, ids: _Ids, event: Event) -> Entry:
    crisis: CrisisEvent = _mine(ids, event)
    growth_repo.insert_crisis(db, crisis)
    return "crisis.add", "student", crisis.student_id, {"kind": crisis.kind.value}


def _case_status(db: Database, ids: _Ids, event: Event) -> Entry:
    change: CaseStatusChange = _mine(ids, event)
    growth_repo.insert_case_status(db, change)
    return "case." + change.status.value, "student", change.student_id, {}


def _screening(db: Database, ids: _Ids, event: Event) -> Entry:
    screening: Screening = _mine(ids, event)
    growth_repo.insert_screening(db, screening)
    return "screening.import", "student", screening.student_id, {"instrument": "MHT"}


def _report(db: Database, ids: _Ids, event: Event) -> Entry:
    report: CommitteeReport = event.record  # type: ignore[assignment]
    concerns = tuple(
        replace(c, student_id=None if c.student_id is None else ids.students.get(c.student_id))
        for c in report.concerns
    )
    resolved = replace(
        report,
        class_id=None if report.class_id is None else ids.classes[report.class_id],
        dorm_id=None if report.dorm_id is None else ids.dorms[report.dorm_id],
        concerns=concerns,
    )
    report_id = committee_repo.insert_report(db, resolved, event.key)
    ids.reports[event.key] = report_id
    detail = {"concerns": len(concerns), "urgent": report.has_urgent}
    return "inbox.intake", "committee_report", report_id, detail


def _triage(db: Database, ids: _Ids, event: Event) -> Entry:
    triage: Triage = event.record  # type: ignore[assignment]
    concern_id = bulk_repo.concern_ids(db, ids.reports[triage.report_key])[triage.position]
    committee_repo.set_triage(db, concern_id, triage.triage, triage.note, ids.actor, None, None)
    action = "concern.merge" if triage.triage == "merged" else "concern.dismiss"
    return action, "concern", concern_id, {}


def _appointment(db: Database, ids: _Ids, event: Event) -> Entry:
    member: Appointment = event.record  # type: ignore[assignment]
    class_id = None if member.class_id is None else ids.classes[member.class_id]
    dorm_id = None if member.dorm_id is None else ids.dorms[member.dorm_id]
    member_id = committee_repo.add_member(db, class_id, dorm_id, member.name)
    return "committee.member_add", "committee_member", member_id, {}


_WRITERS: dict[type, Callable[[Database, _Ids, Event], Entry]] = {
    Student: _student,
    FlagChange: _flag,
    Plan: _plan,
    Contact: _contact,
    HomeVisit: _visit,
    Referral: _referral,
    ReferralFeedback: _feedback,
    LeaveEvent: _leave,
    CrisisEvent: _crisis,
    CaseStatusChange: _case_status,
    Screening: _screening,
    CommitteeReport: _report,
    Triage: _triage,
    Appointment: _appointment,
}
