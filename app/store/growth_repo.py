"""The growth-file records: append and load. History rows are never updated."""

from __future__ import annotations

import json
from typing import Any

from app.domain.enums import (
    CaseStatus,
    ContactKind,
    CrisisKind,
    LeaveKind,
    MeasureOwner,
    MeasureStatus,
    Notified,
    SourceLevel,
    VisitKind,
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
    Screening,
)
from app.store.codec import d2s, dt2s, s2d, s2dt
from app.store.connection import Database
from app.store.students_repo import get_student


def insert_flag_change(db: Database, change: FlagChange) -> int:
    return int(
        db.execute(
            "INSERT INTO flag_changes (student_id, at, level, previous_level, reason, source, "
            "reporter, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                change.student_id,
                dt2s(change.at),
                change.level.value,
                change.previous_level.value,
                change.reason,
                change.source.value,
                change.reporter,
                change.actor,
            ),
        ).lastrowid
    )


def insert_plan(db: Database, plan: Plan) -> int:
    plan_id = int(
        db.execute(
            "INSERT INTO plans (student_id, version, created_at, author, summary, goals, "
            "next_review_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                plan.student_id,
                plan.version,
                dt2s(plan.created_at),
                plan.author,
                plan.summary,
                plan.goals,
                d2s(plan.next_review_on),
            ),
        ).lastrowid
    )
    db.executemany(
        "INSERT INTO measures (plan_id, position, what, owner, owner_name, due_on, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (plan_id, i, m.what, m.owner.value, m.owner_name, d2s(m.due_on), m.status.value)
            for i, m in enumerate(plan.measures)
        ],
    )
    return plan_id


def latest_plan_version(db: Database, student_id: int) -> int:
    return int(
        db.one("SELECT coalesce(max(version), 0) FROM plans WHERE student_id = ?", (student_id,))[0]
    )


def insert_contact(db: Database, contact: Contact) -> int:
    return int(
        db.execute(
            "INSERT INTO contacts (student_id, at, kind, with_whom, note, actor) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                contact.student_id,
                dt2s(contact.at),
                contact.kind.value,
                contact.with_whom,
                contact.note,
                contact.actor,
            ),
        ).lastrowid
    )


def insert_visit(db: Database, visit: HomeVisit) -> int:
    return int(
        db.execute(
            "INSERT INTO home_visits (student_id, visited_on, kind, visitors, met_with, "
            "home_observations, concerns, agreed_actions, next_visit_on, follow_up) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                visit.student_id,
                d2s(visit.visited_on),
                visit.kind.value,
                visit.visitors,
                visit.met_with,
                visit.home_observations,
                visit.concerns,
                visit.agreed_actions,
                d2s(visit.next_visit_on),
                int(visit.follow_up),
            ),
        ).lastrowid
    )


def insert_referral(db: Database, referral: Referral) -> int:
    return int(
        db.execute(
            "INSERT INTO referrals (student_id, referred_on, institution, green_channel, reason, "
            "feedback_received, feedback_on, feedback, declined_reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                referral.student_id,
                d2s(referral.referred_on),
                referral.institution,
                int(referral.green_channel),
                referral.reason,
                int(referral.feedback_received),
                d2s(referral.feedback_on),
                referral.feedback,
                referral.declined_reason,
            ),
        ).lastrowid
    )


def record_referral_feedback(db: Database, referral_id: int, on: str, feedback: str) -> None:
    db.execute(
        "UPDATE referrals SET feedback_received = 1, feedback_on = ?, feedback = ? WHERE id = ?",
        (on, feedback, referral_id),
    )


def insert_leave(db: Database, event: LeaveEvent) -> int:
    return int(
        db.execute(
            "INSERT INTO leave_events (student_id, kind, on_date, reason, certificate_issuer, "
            "certificate_on) VALUES (?, ?, ?, ?, ?, ?)",
            (
                event.student_id,
                event.kind.value,
                d2s(event.on),
                event.reason,
                event.certificate_issuer,
                d2s(event.certificate_on),
            ),
        ).lastrowid
    )


def insert_crisis(db: Database, event: CrisisEvent) -> int:
    return int(
        db.execute(
            "INSERT INTO crisis_events (student_id, occurred_at, kind, description, notified, "
            "outcome) VALUES (?, ?, ?, ?, ?, ?)",
            (
                event.student_id,
                dt2s(event.occurred_at),
                event.kind.value,
                event.description,
                ",".join(sorted(n.value for n in event.notified)),
                event.outcome,
            ),
        ).lastrowid
    )


def insert_case_status(db: Database, change: CaseStatusChange) -> int:
    return int(
        db.execute(
            "INSERT INTO case_status (student_id, at, status, reason, actor) "
            "VALUES (?, ?, ?, ?, ?)",
            (change.student_id, dt2s(change.at), change.status.value, change.reason, change.actor),
        ).lastrowid
    )


def insert_screening(db: Database, screening: Screening) -> int | None:
    """Insert unless the same student/instrument/date exists (idempotent re-import)."""
    cursor = db.execute(
        "INSERT INTO screenings (student_id, taken_on, instrument, scores, total, validity, "
        "interpretation, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (student_id, instrument, taken_on) DO NOTHING",
        (
            screening.student_id,
            d2s(screening.taken_on),
            screening.instrument,
            json.dumps(screening.scores, sort_keys=True),
            screening.total,
            screening.validity,
            screening.interpretation,
            screening.source,
        ),
    )
    return int(cursor.lastrowid) if cursor.rowcount else None


# --- loading -------------------------------------------------------------------------------


def flags_of(db: Database, student_id: int) -> tuple[FlagChange, ...]:
    return tuple(
        _flag(r)
        for r in db.query(
            "SELECT id, student_id, at, level, previous_level, reason, source, reporter, actor "
            "FROM flag_changes WHERE student_id = ? ORDER BY id",
            (student_id,),
        )
    )


def _flag(r: Any) -> FlagChange:
    return FlagChange(
        r[0],
        r[1],
        s2dt(r[2]),
        WarningLevel(r[3]),
        WarningLevel(r[4]),
        r[5],
        SourceLevel(r[6]),
        r[7],
        r[8],
    )


def plans_of(db: Database, student_id: int) -> tuple[Plan, ...]:
    rows = db.query(
        "SELECT id, student_id, version, created_at, author, summary, goals, "
        "next_review_on FROM plans WHERE student_id = ? ORDER BY version",
        (student_id,),
    )
    if not rows:
        return ()
    measures: dict[int, list[Measure]] = {r[0]: [] for r in rows}
    marks = ",".join("?" * len(rows))
    for m in db.query(
        f"SELECT plan_id, id, what, owner, owner_name, due_on, status FROM "
        f"measures WHERE plan_id IN ({marks}) ORDER BY plan_id, position",
        [r[0] for r in rows],
    ):
        measures[m[0]].append(
            Measure(m[2], MeasureOwner(m[3]), m[4], s2d(m[5]), MeasureStatus(m[6]), m[1])
        )
    return tuple(
        Plan(r[0], r[1], r[2], s2dt(r[3]), r[4], r[5], r[6], s2d(r[7]), tuple(measures[r[0]]))
        for r in rows
    )


def _contacts(db: Database, sid: int) -> tuple[Contact, ...]:
    return tuple(
        Contact(r[0], r[1], s2dt(r[2]), ContactKind(r[3]), r[4], r[5], r[6])
        for r in db.query(
            "SELECT id, student_id, at, kind, with_whom, note, actor "
            "FROM contacts WHERE student_id = ? ORDER BY at, id",
            (sid,),
        )
    )


def visits_of(db: Database, sid: int) -> tuple[HomeVisit, ...]:
    return tuple(
        HomeVisit(
            r[0],
            r[1],
            s2d(r[2]) or _never(),
            VisitKind(r[3]),
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            s2d(r[9]),
            bool(r[10]),
        )
        for r in db.query(
            "SELECT id, student_id, visited_on, kind, visitors, met_with, "
            "home_observations, concerns, agreed_actions, next_visit_on, "
            "follow_up FROM home_visits WHERE student_id = ? "
            "ORDER BY visited_on, id",
            (sid,),
        )
    )


def _never() -> Any:
    raise ValueError("missing date in a stored record")


def _referrals(db: Database, sid: int) -> tuple[Referral, ...]:
    return tuple(
        Referral(
            r[0],
            r[1],
            s2d(r[2]) or _never(),
            r[3],
            bool(r[4]),
            r[5],
            bool(r[6]),
            s2d(r[7]),
            r[8],
            r[9],
        )
        for r in db.query(
            "SELECT id, student_id, referred_on, institution, green_channel, "
            "reason, feedback_received, feedback_on, feedback, declined_reason "
            "FROM referrals WHERE student_id = ? ORDER BY referred_on, id",
            (sid,),
        )
    )


def leaves_of(db: Database, sid: int) -> tuple[LeaveEvent, ...]:
    return tuple(
        LeaveEvent(r[0], r[1], LeaveKind(r[2]), s2d(r[3]) or _never(), r[4], r[5], s2d(r[6]))
        for r in db.query(
            "SELECT id, student_id, kind, on_date, reason, certificate_issuer, "
            "certificate_on FROM leave_events WHERE student_id = ? ORDER BY id",
            (sid,),
        )
    )


def _crises(db: Database, sid: int) -> tuple[CrisisEvent, ...]:
    return tuple(
        CrisisEvent(
            r[0],
            r[1],
            s2dt(r[2]),
            CrisisKind(r[3]),
            r[4],
            frozenset(Notified(n) for n in r[5].split(",") if n),
            r[6],
        )
        for r in db.query(
            "SELECT id, student_id, occurred_at, kind, description, notified, "
            "outcome FROM crisis_events WHERE student_id = ? "
            "ORDER BY occurred_at, id",
            (sid,),
        )
    )


def _case_history(db: Database, sid: int) -> tuple[CaseStatusChange, ...]:
    return tuple(
        CaseStatusChange(r[0], r[1], s2dt(r[2]), CaseStatus(r[3]), r[4], r[5])
        for r in db.query(
            "SELECT id, student_id, at, status, reason, actor FROM case_status "
            "WHERE student_id = ? ORDER BY id",
            (sid,),
        )
    )


def screenings_of(db: Database, sid: int) -> tuple[Screening, ...]:
    return tuple(
        Screening(r[0], r[1], s2d(r[2]) or _never(), r[3], json.loads(r[4]), r[5], r[6], r[7], r[8])
        for r in db.query(
            "SELECT id, student_id, taken_on, instrument, scores, total, "
            "validity, interpretation, source FROM screenings "
            "WHERE student_id = ? ORDER BY taken_on, id",
            (sid,),
        )
    )


def load_growth_file(db: Database, student_id: int) -> GrowthFile:
    return GrowthFile(
        student=get_student(db, student_id),
        screenings=screenings_of(db, student_id),
        flags=flags_of(db, student_id),
        plans=plans_of(db, student_id),
        contacts=_contacts(db, student_id),
        visits=visits_of(db, student_id),
        referrals=_referrals(db, student_id),
        leaves=leaves_of(db, student_id),
        crises=_crises(db, student_id),
        case_history=_case_history(db, student_id),
    )
