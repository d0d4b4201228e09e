"""Monthly home-visit plans (visit_plans)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.domain.enums import VisitKind, WarningLevel
from app.domain.visit_plan import PlanLine, PlanStatus, VisitPlanItem
from app.errors import NotFound
from app.store.codec import d2s, dt2s, s2d, s2dt
from app.store.connection import Database

_ITEM_COLUMNS = (
    "p.id, p.student_id, p.planned_on, p.kind, p.visitors, p.purpose, p.created_at, "
    "p.created_by, p.status, p.visit_id, p.closed_at, p.note"
)

_LINES = f"""
SELECT {_ITEM_COLUMNS}, s.student_number, s.name, s.class_id, coalesce(c.name, ''),
       coalesce((SELECT level FROM flag_changes f WHERE f.student_id = s.id
                 ORDER BY f.id DESC LIMIT 1), 'clear')
FROM visit_plans p
JOIN students s ON s.id = p.student_id
LEFT JOIN classes c ON c.id = s.class_id
"""


def insert_items(db: Database, items: Sequence[VisitPlanItem]) -> list[int]:
    ids = []
    for item in items:
        cursor = db.execute(
            "INSERT INTO visit_plans (student_id, planned_on, kind, visitors, purpose, "
            "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                item.student_id,
                d2s(item.planned_on),
                item.kind.value,
                item.visitors,
                item.purpose,
                dt2s(item.created_at),
                item.created_by,
            ),
        )
        ids.append(int(cursor.lastrowid))
    return ids


def open_on(db: Database, pairs: Iterable[tuple[int, date]]) -> set[tuple[int, date]]:
    """Which of the (student, day) pairs already have an open plan item."""
    found = set()
    for student_id, day in pairs:
        if db.one(
            "SELECT 1 FROM visit_plans WHERE student_id = ? AND planned_on = ? "
            "AND status = 'planned'",
            (student_id, d2s(day)),
        ):
            found.add((student_id, day))
    return found


def _item(r: Sequence[Any]) -> VisitPlanItem:
    return VisitPlanItem(
        r[0],
        r[1],
        s2d(r[2]) or date.min,
        VisitKind(r[3]),
        r[4],
        r[5],
        s2dt(r[6]),
        r[7],
        PlanStatus(r[8]),
        r[9],
        s2dt(r[10]) if r[10] else None,
        r[11],
    )


def get_item(db: Database, item_id: int) -> VisitPlanItem:
    row = db.one(f"SELECT {_ITEM_COLUMNS} FROM visit_plans p WHERE p.id = ?", (item_id,))
    if row is None:
        raise NotFound(f"no planned visit with id {item_id}", item_id=item_id)
    return _item(row)


@dataclass(frozen=True, slots=True)
class PlanFilter:
    first: date | None = None
    last: date | None = None
    status: PlanStatus | None = None
    class_ids: frozenset[int] | None = None


def _where(flt: PlanFilter) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if flt.first is not None:
        clauses.append("p.planned_on >= ?")
        params.append(d2s(flt.first))
    if flt.last is not None:
        clauses.append("p.planned_on <= ?")
        params.append(d2s(flt.last))
    if flt.status is not None:
        clauses.append("p.status = ?")
        params.append(flt.status.value)
    if flt.class_ids is not None:
        marks = ",".join(str(int(i)) for i in sorted(flt.class_ids)) or "NULL"
        clauses.append(f"s.class_id IN ({marks})")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def lines(db: Database, flt: PlanFilter = PlanFilter()) -> list[PlanLine]:
    where, params = _where(flt)
    rows = db.query(
        _LINES + where + " ORDER BY p.planned_on, length(c.name), c.name, s.name, p.id", params
    )
    return [PlanLine(_item(r[:12]), r[12], r[13], r[14], r[15], WarningLevel(r[16])) for r in rows]


def mark_done(db: Database, item_id: int, visit_id: int, at: datetime) -> None:
    db.execute(
        "UPDATE visit_plans SET status = 'done', visit_id = ?, closed_at = ? "
        "WHERE id = ? AND status = 'planned'",
        (visit_id, dt2s(at), item_id),
    )


def cancel(db: Database, item_id: int, at: datetime, note: str) -> None:
    db.execute(
        "UPDATE visit_plans SET status = 'cancelled', closed_at = ?, note = ? "
        "WHERE id = ? AND status = 'planned'",
        (dt2s(at), note, item_id),
    )
