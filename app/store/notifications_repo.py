"""Notices for school leaders and head teachers (escalations), shown when they log in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.enums import Role, WarningLevel
from app.store.codec import now_s, s2dt
from app.store.connection import Database


@dataclass(frozen=True, slots=True)
class Notification:
    id: int
    created_at: datetime
    student_id: int
    kind: str
    level: WarningLevel | None
    read: bool


def add_for_role(db: Database, role: Role, student_id: int, kind: str, level: WarningLevel) -> None:
    db.execute(
        "INSERT INTO notifications (created_at, role, student_id, kind, level) "
        "VALUES (?, ?, ?, ?, ?)",
        (now_s(), role.value, student_id, kind, level.value),
    )


def add_for_account(
    db: Database, account_id: int, student_id: int, kind: str, level: WarningLevel
) -> None:
    db.execute(
        "INSERT INTO notifications (created_at, account_id, student_id, kind, level) "
        "VALUES (?, ?, ?, ?, ?)",
        (now_s(), account_id, student_id, kind, level.value),
    )


def for_account(
    db: Database, account_id: int, role: Role, unread_only: bool = True
) -> list[Notification]:
    rows = db.query(
        "SELECT id, created_at, student_id, kind, level, read_at FROM notifications "
        "WHERE (account_id = ? OR role = ?) AND (? = 0 OR read_at IS NULL) "
        "ORDER BY id DESC",
        (account_id, role.value, int(unread_only)),
    )
    return [
        Notification(
            r[0], s2dt(r[1]), r[2], r[3], WarningLevel(r[4]) if r[4] else None, r[5] is not None
        )
        for r in rows
    ]


def mark_read(db: Database, ids: list[int]) -> None:
    db.executemany(
        "UPDATE notifications SET read_at = ? WHERE id = ? AND read_at IS NULL",
        [(now_s(), i) for i in ids],
    )
