"""Gathering, for every open flag, the dated activity the deadline rules look at.

Done in a handful of set-based queries (not one per student) so ``due`` stays fast on
a school with thousands of students and years of history.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Any

from app.domain.due import CaseActivity, flag_anchor
from app.domain.enums import MeasureOwner
from app.domain.growth import FlagChange
from app.store.codec import s2d, s2dt
from app.store.connection import Database
from app.store.growth_repo import _flag

_OPEN_FLAGS = """
SELECT f.id, f.student_id, f.at, f.level, f.previous_level, f.reason, f.source, f.reporter,
       f.actor
FROM flag_changes f
WHERE f.student_id IN (
    SELECT l.student_id FROM flag_changes l
    WHERE l.id = (SELECT max(id) FROM flag_changes WHERE student_id = l.student_id)
      AND l.level <> 'clear')
ORDER BY f.student_id, f.id
"""

_ACTIVITY = """
WITH a(student_id, since) AS (SELECT CAST(key AS INTEGER), value FROM json_each(:anchors))
SELECT c.student_id, 'c:' || c.kind, c.at FROM contacts c
  JOIN a ON a.student_id = c.student_id AND c.at >= a.since
UNION ALL
SELECT v.student_id, 'visit', v.visited_on || 'T12:00:00' FROM home_visits v
  JOIN a ON a.student_id = v.student_id AND v.visited_on >= substr(a.since, 1, 10)
UNION ALL
SELECT r.student_id, 'referral', r.referred_on || 'T23:59:59' FROM referrals r
  JOIN a ON a.student_id = r.student_id AND r.referred_on >= substr(a.since, 1, 10)
UNION ALL
SELECT p.student_id, 'plan', p.created_at FROM plans p
  JOIN a ON a.student_id = p.student_id AND p.created_at >= a.since
UNION ALL
SELECT e.student_id, 'crisis:' || e.notified, e.occurred_at FROM crisis_events e
  JOIN a ON a.student_id = e.student_id AND e.occurred_at >= a.since
"""

_OPEN_MEASURES = """
SELECT p.student_id, m.what, m.owner, m.due_on FROM plans p
JOIN measures m ON m.plan_id = p.id
WHERE p.version = (SELECT max(version) FROM plans q WHERE q.student_id = p.student_id)
  AND m.status IN ('planned', 'in_progress') AND m.due_on IS NOT NULL
"""

_FOLLOW_UP_CONTACTS = {"c:counseling", "c:guardian", "c:mentor", "c:head_teacher"}


def _open_flag_histories(db: Database) -> dict[int, list[FlagChange]]:
    histories: dict[int, list[FlagChange]] = defaultdict(list)
    for row in db.query(_OPEN_FLAGS):
        histories[row[1]].append(_flag(row))
    return histories


def _sort_activity(kind: str, moment: datetime, buckets: dict[str, list[datetime]]) -> None:
    if kind == "c:counseling":
        buckets["counseling"].append(moment)
    if kind in ("c:guardian", "visit") or (kind.startswith("crisis:") and "guardian" in kind):
        buckets["guardian"].append(moment)
    if kind == "c:leader_notice" or (kind.startswith("crisis:") and "principal" in kind):
        buckets["leader"].append(moment)
    if kind == "referral":
        buckets["referrals"].append(moment)
    if kind == "plan":
        buckets["plans"].append(moment)
    if kind in _FOLLOW_UP_CONTACTS or kind == "visit":
        buckets["follow_ups"].append(moment)


def _activity_by_student(
    db: Database, anchors: dict[int, str]
) -> dict[int, dict[str, list[datetime]]]:
    result: dict[int, dict[str, list[datetime]]] = defaultdict(lambda: defaultdict(list))
    if not anchors:
        return result
    for student_id, kind, at in db.query(_ACTIVITY, {"anchors": json.dumps(anchors)}):
        _sort_activity(kind, s2dt(at), result[student_id])
    return result


def _open_measures(db: Database) -> dict[int, list[tuple[str, MeasureOwner, Any]]]:
    measures: dict[int, list[tuple[str, MeasureOwner, Any]]] = defaultdict(list)
    for student_id, what, owner, due_on in db.query(_OPEN_MEASURES):
        measures[student_id].append((what, MeasureOwner(owner), s2d(due_on)))
    return measures


def case_activities(db: Database) -> list[CaseActivity]:
    """One CaseActivity per student with an open flag or an open dated plan measure."""
    histories = _open_flag_histories(db)
    anchors = {}
    for student_id, flags in histories.items():
        anchor = flag_anchor(flags)
        if anchor is not None:
            anchors[student_id] = anchor.at.isoformat()
    activity = _activity_by_student(db, anchors)
    measures = _open_measures(db)
    activities = []
    for student_id in sorted(set(histories) | set(measures)):
        buckets: dict[str, Any] = activity.get(student_id, {})
        activities.append(
            CaseActivity(
                student_id=student_id,
                flags=histories.get(student_id, []),
                open_measures=measures.get(student_id, []),
                **{k: tuple(v) for k, v in buckets.items()},
            )
        )
    return activities
