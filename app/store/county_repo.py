"""Station-side reads for the county bundle: typed facts only, never a text column.

Every query here selects ids, codes, dates, numbers and flags. Free-text columns (names,
notes, reasons, descriptions …) are not read at all, so they cannot reach a bundle by
mistake. Plus the few meta/settings rows of county sync (keys, secret, sequence).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.store import school_repo
from app.store.codec import dt2s
from app.store.connection import Database

MHT = "MHT"
SIGNING_KEY_META = "county_signing_key"
SECRET_META = "county_pseudonym_secret"
SEQUENCE_META = "county_sequence"
COUNTY_KEY_SETTING = "county_key"
STAFFING_SETTING = "county_staffing"
ENROLLMENT_SETTING = "county_enrollment"  # when the enrollment file was last written
LAST_EXPORT_SETTING = "county_last_export"  # period, sequence, time of the last bundle

# Set-based: a handful of scans merged in Python beat one correlated query per student.
_ON_ROLL = """
SELECT s.id, c.grade_id, s.gender, s.status FROM students s
LEFT JOIN classes c ON c.id = s.class_id
WHERE s.status IN ('in_school', 'suspended') ORDER BY s.id
"""
_LEVELS = """
SELECT f.student_id, f.level FROM flag_changes f
JOIN (SELECT max(id) AS id FROM flag_changes GROUP BY student_id) m ON m.id = f.id
"""
# SQLite takes the bare columns from the row holding max(taken_on) (one per day: UNIQUE).
_LATEST_MHT = """
SELECT student_id, scores, total, validity, max(taken_on) FROM screenings
WHERE instrument = ? AND taken_on >= ? GROUP BY student_id
"""
_VISITED = """
SELECT DISTINCT student_id FROM home_visits WHERE kind = 'onsite' AND visited_on >= ?
"""


@dataclass(frozen=True, slots=True)
class StudentRow:
    student_id: int
    grade_id: int | None
    gender: str
    status: str
    level: str
    tags: tuple[str, ...]
    mht: tuple[dict[str, int], int | None, int | None] | None  # scores, total, validity
    visited: bool


def _mht(scores: str | None, total: Any, validity: Any) -> Any:
    if scores is None:
        return None
    parsed = json.loads(scores)
    clean = {str(k): int(v) for k, v in parsed.items() if isinstance(v, int | float)}
    return clean, total, validity


def student_rows(db: Database, year_start: date) -> list[StudentRow]:
    """Every student on roll with what the aggregates need."""
    since = year_start.isoformat()
    levels = dict(db.query(_LEVELS))
    tags: dict[int, list[str]] = {}
    for student_id, tag in db.query("SELECT student_id, tag FROM student_tags"):
        tags.setdefault(student_id, []).append(str(tag))
    mht = {r[0]: _mht(r[1], r[2], r[3]) for r in db.query(_LATEST_MHT, (MHT, since))}
    visited = {r[0] for r in db.query(_VISITED, (since,))}
    return [
        StudentRow(
            int(sid), grade_id, str(gender), str(status), str(levels.get(sid, "clear")),
            tuple(tags.get(sid, ())), mht.get(sid), sid in visited,
        )
        for sid, grade_id, gender, status in db.query(_ON_ROLL)
    ]  # fmt: skip


def flag_changes_between(db: Database, start: datetime, end: datetime) -> list[tuple[str, str]]:
    """(level, previous level) of every flag change in [start, end]."""
    rows = db.query(
        "SELECT level, previous_level FROM flag_changes WHERE at >= ? AND at <= ? ORDER BY id",
        (dt2s(start), dt2s(end)),
    )
    return [(str(r[0]), str(r[1])) for r in rows]


def referrals_between(db: Database, first: date, last: date) -> list[tuple[bool, bool]]:
    """(green channel, feedback received) of referrals made (not declined) in the days."""
    rows = db.query(
        "SELECT green_channel, feedback_received FROM referrals WHERE referred_on >= ? "
        "AND referred_on <= ? AND declined_reason = '' ORDER BY id",
        (first.isoformat(), last.isoformat()),
    )
    return [(bool(r[0]), bool(r[1])) for r in rows]


def crisis_kinds_between(db: Database, start: datetime, end: datetime) -> list[str]:
    rows = db.query(
        "SELECT kind FROM crisis_events WHERE occurred_at >= ? AND occurred_at <= ? ORDER BY id",
        (dt2s(start), dt2s(end)),
    )
    return [str(r[0]) for r in rows]


def returns_between(db: Database, first: date, last: date) -> int:
    row = db.one(
        "SELECT count(*) FROM leave_events WHERE kind = 'return' AND on_date >= ? AND on_date <= ?",
        (first.isoformat(), last.isoformat()),
    )
    return int(row[0])


def referred_since(db: Database, anchors: dict[int, date]) -> set[int]:
    """Students with a referral (not a declined one) on or after their date in ``anchors``."""
    if not anchors:
        return set()
    rows = db.query(
        """
        WITH a(student_id, since) AS (SELECT CAST(key AS INTEGER), value FROM json_each(?))
        SELECT DISTINCT r.student_id FROM referrals r JOIN a ON a.student_id = r.student_id
        WHERE r.referred_on >= a.since AND r.declined_reason = ''""",
        (json.dumps({str(k): v.isoformat() for k, v in anchors.items()}),),
    )
    return {int(r[0]) for r in rows}


def grade_positions(db: Database) -> list[tuple[int, str, int]]:
    """(id, name, position) of every grade; the name is only ever mapped to a code."""
    return [(g.id, g.name, g.position) for g in school_repo.grades(db)]


# --- county sync state (meta: secrets; settings: public configuration) -----------------------


def get_text(db: Database, key: str) -> str | None:
    return school_repo.get_meta(db, key)


def put_text(db: Database, key: str, value: str) -> None:
    school_repo.put_meta(db, key, value)


def next_sequence(db: Database) -> int:
    return int(school_repo.get_meta(db, SEQUENCE_META) or 0) + 1


def set_sequence(db: Database, sequence: int) -> None:
    school_repo.put_meta(db, SEQUENCE_META, str(sequence))


def get_json(db: Database, key: str) -> Any | None:
    return school_repo.get_setting(db, key)


def put_json(db: Database, key: str, value: Any) -> None:
    school_repo.put_setting(db, key, value)
