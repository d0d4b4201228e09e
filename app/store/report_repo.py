"""Counts over a period for the printed semester report (set-based, one query each)."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.enums import SourceLevel, WarningLevel
from app.store.connection import Database


def _span(first: date, last: date) -> tuple[str, str]:
    """[first, last] as text bounds that work for dates and date-times."""
    return first.isoformat(), (last + timedelta(days=1)).isoformat()


def flag_changes(
    db: Database, first: date, last: date
) -> list[tuple[WarningLevel, WarningLevel, SourceLevel]]:
    """(level, previous level, source) of every flag change in the period."""
    rows = db.query(
        "SELECT level, previous_level, source FROM flag_changes WHERE at >= ? AND at < ?",
        _span(first, last),
    )
    return [(WarningLevel(r[0]), WarningLevel(r[1]), SourceLevel(r[2])) for r in rows]


def contacts_by_kind(db: Database, first: date, last: date) -> dict[str, int]:
    rows = db.query(
        "SELECT kind, count(*) FROM contacts WHERE at >= ? AND at < ? GROUP BY kind",
        _span(first, last),
    )
    return {r[0]: int(r[1]) for r in rows}


def visits_by_kind(db: Database, first: date, last: date) -> dict[str, int]:
    rows = db.query(
        "SELECT kind, count(*) FROM home_visits WHERE visited_on >= ? AND visited_on < ? "
        "GROUP BY kind",
        _span(first, last),
    )
    return {r[0]: int(r[1]) for r in rows}


def referral_counts(db: Database, first: date, last: date) -> tuple[int, int, int]:
    """(referrals, via the green channel, with feedback) made in the period."""
    row = db.one(
        "SELECT count(*), coalesce(sum(green_channel), 0), coalesce(sum(feedback_received), 0) "
        "FROM referrals WHERE referred_on >= ? AND referred_on < ? AND institution <> ''",
        _span(first, last),
    )
    return int(row[0]), int(row[1]), int(row[2])


def crisis_count(db: Database, first: date, last: date) -> int:
    row = db.one(
        "SELECT count(*) FROM crisis_events WHERE occurred_at >= ? AND occurred_at < ?",
        _span(first, last),
    )
    return int(row[0])


def leaves_by_kind(db: Database, first: date, last: date) -> dict[str, int]:
    rows = db.query(
        "SELECT kind, count(*) FROM leave_events WHERE on_date >= ? AND on_date < ? GROUP BY kind",
        _span(first, last),
    )
    return {r[0]: int(r[1]) for r in rows}


def plan_count(db: Database, first: date, last: date) -> int:
    row = db.one(
        "SELECT count(*) FROM plans WHERE created_at >= ? AND created_at < ?", _span(first, last)
    )
    return int(row[0])
