"""Screening imports and the review list of suggested flags."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from app.domain.enums import WarningLevel
from app.domain.growth import Screening
from app.domain.screening_review import FlagSuggestion, SuggestionLine, SuggestionStatus
from app.store.codec import d2s, dt2s, s2d, s2dt
from app.store.connection import Database

_LATEST_LEVEL = (
    "coalesce((SELECT level FROM flag_changes f WHERE f.student_id = s.id "
    "ORDER BY f.id DESC LIMIT 1), 'clear')"
)


def stored_keys(db: Database, instrument: str) -> set[tuple[int, date]]:
    """(student id, date) of every stored result of ``instrument``."""
    return {
        (r[0], date.fromisoformat(r[1]))
        for r in db.query(
            "SELECT student_id, taken_on FROM screenings WHERE instrument = ?", (instrument,)
        )
    }


def screened_since(db: Database, since: date) -> set[int]:
    """Students with any screening result on or after ``since``."""
    return {
        r[0]
        for r in db.query(
            "SELECT DISTINCT student_id FROM screenings WHERE taken_on >= ?", (since.isoformat(),)
        )
    }


def current_levels(db: Database) -> dict[int, WarningLevel]:
    """The current level of every student with a flag history (others are clear)."""
    rows = db.query(
        "SELECT f.student_id, f.level FROM flag_changes f WHERE f.id = "
        "(SELECT max(id) FROM flag_changes WHERE student_id = f.student_id)"
    )
    return {r[0]: WarningLevel(r[1]) for r in rows}


def insert_suggestion(db: Database, suggestion: FlagSuggestion) -> int | None:
    """Insert unless the screening already has one (idempotent re-import)."""
    cursor = db.execute(
        "INSERT INTO flag_suggestions (student_id, screening_id, created_at, level, reason) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (screening_id) DO NOTHING",
        (
            suggestion.student_id,
            suggestion.screening_id,
            dt2s(suggestion.created_at),
            suggestion.level.value,
            suggestion.reason,
        ),
    )
    return int(cursor.lastrowid) if cursor.rowcount else None


_SUGGESTION_COLUMNS = (
    "x.id, x.student_id, x.screening_id, x.created_at, x.reason, x.level, x.status, "
    "x.decided_at, x.decided_by, x.note, x.flag_change_id"
)


def _suggestion(r: Sequence[Any]) -> FlagSuggestion:
    return FlagSuggestion(
        r[0],
        r[1],
        r[2],
        s2dt(r[3]),
        r[4],
        WarningLevel(r[5]),
        SuggestionStatus(r[6]),
        s2dt(r[7]) if r[7] else None,
        r[8],
        r[9],
        r[10],
    )


def get_suggestions(db: Database, ids: Iterable[int]) -> list[FlagSuggestion]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    rows = db.query(
        f"SELECT {_SUGGESTION_COLUMNS} FROM flag_suggestions x WHERE x.id IN ({marks}) "
        "ORDER BY x.id",
        wanted,
    )
    return [_suggestion(r) for r in rows]


def decide(
    db: Database,
    suggestion_id: int,
    status: SuggestionStatus,
    at: datetime,
    by: str,
    note: str = "",
    flag_change_id: int | None = None,
) -> None:
    db.execute(
        "UPDATE flag_suggestions SET status = ?, decided_at = ?, decided_by = ?, note = ?, "
        "flag_change_id = ? WHERE id = ? AND status = 'pending'",
        (status.value, dt2s(at), by, note, flag_change_id, suggestion_id),
    )


_LINES = f"""
SELECT {_SUGGESTION_COLUMNS},
       c.id, c.student_id, c.taken_on, c.instrument, c.scores, c.total, c.validity,
       c.interpretation, c.source,
       s.student_number, s.name, coalesce(k.name, ''), {_LATEST_LEVEL}
FROM flag_suggestions x
JOIN screenings c ON c.id = x.screening_id
JOIN students s ON s.id = x.student_id
LEFT JOIN classes k ON k.id = s.class_id
LEFT JOIN grades g ON g.id = k.grade_id
WHERE x.status = ?
ORDER BY c.taken_on DESC, g.position, k.name, s.name, x.id
"""


def _screening(r: Sequence[Any]) -> Screening:
    return Screening(
        r[0], r[1], s2d(r[2]) or date.min, r[3], json.loads(r[4]), r[5], r[6], r[7], r[8]
    )


def suggestion_lines(db: Database, status: SuggestionStatus) -> list[SuggestionLine]:
    return [
        SuggestionLine(
            _suggestion(r[:11]), _screening(r[11:20]), r[20], r[21], r[22], WarningLevel(r[23])
        )
        for r in db.query(_LINES, (status.value,))
    ]


def count_pending(db: Database) -> int:
    return int(db.one("SELECT count(*) FROM flag_suggestions WHERE status = 'pending'")[0])


def results_between(db: Database, first: date, last: date) -> list[Screening]:
    """Every stored result taken between two days (inclusive), for the semester report."""
    return [
        _screening(r)
        for r in db.query(
            "SELECT id, student_id, taken_on, instrument, scores, total, validity, "
            "interpretation, source FROM screenings WHERE taken_on BETWEEN ? AND ? "
            "ORDER BY taken_on, id",
            (d2s(first), d2s(last)),
        )
    ]
