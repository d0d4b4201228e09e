"""Committee members, their weekly reports and the concerns in them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.domain.committee import CommitteeReport, Concern
from app.domain.enums import Urgency
from app.store.codec import d2s, dt2s, now_s, s2d, s2dt
from app.store.connection import Database


@dataclass(frozen=True, slots=True)
class CommitteeMember:
    id: int
    class_id: int | None
    dorm_id: int | None
    name: str


@dataclass(frozen=True, slots=True)
class PendingConcern:
    """A concern awaiting triage, with where it came from."""

    concern: Concern
    report_id: int
    class_id: int | None
    dorm_id: int | None
    reporter: str
    received_at: datetime


def add_member(db: Database, class_id: int | None, dorm_id: int | None, name: str) -> int:
    return int(
        db.execute(
            "INSERT INTO committee_members (class_id, dorm_id, name) VALUES (?, ?, ?)",
            (class_id, dorm_id, name),
        ).lastrowid
    )


def deactivate_member(db: Database, member_id: int) -> None:
    db.execute("UPDATE committee_members SET active = 0 WHERE id = ?", (member_id,))


def members(db: Database) -> list[CommitteeMember]:
    return [
        CommitteeMember(r[0], r[1], r[2], r[3])
        for r in db.query(
            "SELECT id, class_id, dorm_id, name FROM committee_members WHERE active = 1 "
            "ORDER BY class_id, dorm_id, id"
        )
    ]


def class_name_lists(db: Database) -> dict[int, list[str]]:
    """Names of the in-school students of every class (not secret: see DOMAIN.md)."""
    lists: dict[int, list[str]] = {}
    for class_id, name in db.query(
        "SELECT class_id, name FROM students WHERE "
        "status = 'in_school' AND class_id IS NOT NULL "
        "ORDER BY class_id, name"
    ):
        lists.setdefault(int(class_id), []).append(name)
    return lists


def report_exists(db: Database, report_uid: str) -> bool:
    return db.one("SELECT 1 FROM committee_reports WHERE report_uid = ?", (report_uid,)) is not None


def insert_report(db: Database, report: CommitteeReport, report_uid: str) -> int:
    report_id = int(
        db.execute(
            "INSERT INTO committee_reports (class_id, dorm_id, reporter, period_start, period_end, "
            "climate, events, nothing_to_report, received_at, report_uid) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                report.class_id,
                report.dorm_id,
                report.reporter,
                d2s(report.period_start),
                d2s(report.period_end),
                report.climate,
                report.events,
                int(report.nothing_to_report),
                dt2s(report.received_at) if report.received_at else now_s(),
                report_uid,
            ),
        ).lastrowid
    )
    db.executemany(
        "INSERT INTO report_concerns (report_id, student_id, student_name, text, urgency) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (report_id, c.student_id, c.student_name, c.text, c.urgency.value)
            for c in report.concerns
        ],
    )
    return report_id


_PENDING = """
SELECT c.id, c.student_id, c.student_name, c.text, c.urgency, c.triage, r.id, r.class_id,
       r.dorm_id, r.reporter, r.received_at
FROM report_concerns c JOIN committee_reports r ON r.id = c.report_id
WHERE c.triage = 'pending'
ORDER BY c.urgency = 'urgent' DESC, r.received_at, c.id
"""


def pending_concerns(db: Database) -> list[PendingConcern]:
    return [_pending(r) for r in db.query(_PENDING)]


def _pending(r: Any) -> PendingConcern:
    concern = Concern(r[2], r[3], Urgency(r[4]), r[1], r[0], r[5])
    return PendingConcern(concern, r[6], r[7], r[8], r[9], s2dt(r[10]))


def concern(db: Database, concern_id: int) -> PendingConcern | None:
    row = db.one(_PENDING.replace("WHERE c.triage = 'pending'", "WHERE c.id = ?"), (concern_id,))
    return _pending(row) if row else None


def set_triage(
    db: Database,
    concern_id: int,
    triage: str,
    note: str,
    actor: str,
    student_id: int | None,
    flag_change_id: int | None,
) -> None:
    db.execute(
        "UPDATE report_concerns SET triage = ?, triage_note = ?, triaged_by = ?, "
        "triaged_at = ?, student_id = coalesce(?, student_id), flag_change_id = ? "
        "WHERE id = ?",
        (triage, note, actor, now_s(), student_id, flag_change_id, concern_id),
    )


def reports_between(db: Database, start: date, end: date) -> list[CommitteeReport]:
    rows = db.query(
        "SELECT id, class_id, dorm_id, reporter, period_start, period_end, climate, events, "
        "nothing_to_report, received_at FROM committee_reports "
        "WHERE period_start <= ? AND period_end >= ? ORDER BY class_id, received_at",
        (end.isoformat(), start.isoformat()),
    )
    concerns: dict[int, list[Concern]] = {}
    for c in db.query(
        "SELECT report_id, id, student_id, student_name, text, urgency, triage "
        "FROM report_concerns WHERE report_id IN (SELECT id FROM committee_reports "
        "WHERE period_start <= ? AND period_end >= ?) ORDER BY id",
        (end.isoformat(), start.isoformat()),
    ):
        concerns.setdefault(c[0], []).append(Concern(c[3], c[4], Urgency(c[5]), c[2], c[1], c[6]))
    return [
        CommitteeReport(
            r[0],
            r[1],
            r[2],
            r[3],
            s2d(r[4]) or start,
            s2d(r[5]) or end,
            r[6],
            r[7],
            bool(r[8]),
            tuple(concerns.get(r[0], ())),
            s2dt(r[9]),
        )
        for r in rows
    ]


def classes_without_report(db: Database, start: date, end: date) -> list[int]:
    """Classes with students in school but no report whose period overlaps [start, end]."""
    return [
        int(r[0])
        for r in db.query(
            "SELECT c.id FROM classes c JOIN grades g ON g.id = c.grade_id "
            "WHERE EXISTS (SELECT 1 FROM students s WHERE s.class_id = c.id "
            "              AND s.status = 'in_school') "
            "AND NOT EXISTS (SELECT 1 FROM committee_reports r WHERE r.class_id = c.id "
            "                AND r.period_start <= ? AND r.period_end >= ?) "
            "ORDER BY g.position, length(c.name), c.name",
            (end.isoformat(), start.isoformat()),
        )
    ]
