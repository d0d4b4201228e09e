"""Aggregate counts for the dashboard and coverage lists (set-based, one query each)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from app.domain.dashboard import ClassCoverage
from app.domain.enums import WarningLevel
from app.store.connection import Database

_CURRENT_LEVEL = """
WITH latest AS (
    SELECT f.student_id, f.level FROM flag_changes f
    WHERE f.id = (SELECT max(id) FROM flag_changes WHERE student_id = f.student_id))
"""


def open_flags_by_grade(db: Database) -> dict[str, dict[WarningLevel, int]]:
    rows = db.query(
        _CURRENT_LEVEL
        + """
        SELECT coalesce(g.name, ''), l.level, count(*) FROM latest l
        JOIN students s ON s.id = l.student_id
        LEFT JOIN classes c ON c.id = s.class_id LEFT JOIN grades g ON g.id = c.grade_id
        WHERE l.level <> 'clear' AND s.status IN ('in_school', 'suspended')
        GROUP BY g.name, l.level"""
    )
    result: dict[str, dict[WarningLevel, int]] = defaultdict(dict)
    for grade, level, count in rows:
        result[grade][WarningLevel(level)] = int(count)
    return dict(result)


def visit_coverage(db: Database, since: date) -> list[ClassCoverage]:
    rows = db.query(
        """
        SELECT c.id, c.name, g.name, count(s.id),
               count(s.id) FILTER (WHERE EXISTS (
                   SELECT 1 FROM home_visits v WHERE v.student_id = s.id
                   AND v.kind = 'onsite' AND v.visited_on >= :since))
        FROM classes c JOIN grades g ON g.id = c.grade_id
        LEFT JOIN students s ON s.class_id = c.id AND s.status = 'in_school'
        GROUP BY c.id ORDER BY g.position, length(c.name), c.name""",
        {"since": since.isoformat()},
    )
    return [ClassCoverage(r[0], r[1], r[2], int(r[3]), int(r[4])) for r in rows]


def in_school_count(db: Database) -> int:
    return int(db.one("SELECT count(*) FROM students WHERE status = 'in_school'")[0])


def unscreened_count(db: Database, since: date) -> int:
    return int(
        db.one(
            """
        SELECT count(*) FROM students s WHERE s.status = 'in_school' AND NOT EXISTS (
            SELECT 1 FROM screenings x WHERE x.student_id = s.id AND x.taken_on >= ?)""",
            (since.isoformat(),),
        )[0]
    )


def pending_urgent_concerns(db: Database) -> int:
    return int(
        db.one(
            "SELECT count(*) FROM report_concerns WHERE triage = 'pending' AND urgency = 'urgent'"
        )[0]
    )


def grade_names(db: Database) -> list[str]:
    return [r[0] for r in db.query("SELECT name FROM grades ORDER BY position, name")]
