"""The county center's database: accounts, enrolled schools, imported bundles, views.

Plain rows in and out (the services turn bundles into rows); see
migrations/center/0001_center.sql for the schema.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass
from typing import Any

from app.errors import NotFound
from app.store.codec import now_s
from app.store.connection import Database


@dataclass(frozen=True, slots=True)
class SchoolRecord:
    station_id: str
    name: str
    county_code: str
    school_type: str
    public_key: bytes
    key_id: bytes
    accepted_at: str
    accepted_by: str


@dataclass(frozen=True, slots=True)
class BundleRecord:
    station_id: str
    sequence: int
    period: str
    period_kind: str
    period_start: str
    period_end: str
    created_at: str
    imported_at: str
    schema_version: int
    threshold: int
    digest: bytes
    audit_seq: int | None
    audit_hash: str | None
    full_time: int | None
    part_time: int | None
    certified: int | None
    headline: tuple[int | None, ...]  # HEADLINE columns, in order


HEADLINE = (
    "open_red", "open_orange", "open_yellow", "open_blue", "in_school", "visited", "screened",
    "abnormal",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LatestBundle:
    bundle_id: int
    station_id: str
    period: str
    period_start: str
    created_at: str
    headline: dict[str, int | None]


_SCHOOL_COLUMNS = (
    "station_id, name, county_code, school_type, public_key, key_id, accepted_at, accepted_by"
)
_BUNDLE_COLUMNS = (
    "station_id, sequence, period, period_kind, period_start, period_end, created_at, "
    "imported_at, schema_version, threshold, digest, audit_seq, audit_hash, full_time, "
    "part_time, certified, " + ", ".join(HEADLINE)
)
_LATEST_COLUMNS = "b.id, b.station_id, b.period, b.period_start, b.created_at, " + ", ".join(
    f"b.{name}" for name in HEADLINE
)
# The newest bundle of each school for each period (a re-export replaces an older one).
_LATEST_PER_PERIOD = f"""
SELECT {_LATEST_COLUMNS} FROM bundles b
WHERE b.sequence = (SELECT max(x.sequence) FROM bundles x
                    WHERE x.station_id = b.station_id AND x.period = b.period)
"""
_LATEST = f"""
SELECT {_LATEST_COLUMNS} FROM bundles b
WHERE b.sequence = (SELECT max(x.sequence) FROM bundles x WHERE x.station_id = b.station_id)
"""


def insert_account(db: Database, username: str, display_name: str) -> int:
    cursor = db.execute(
        "INSERT INTO accounts (username, display_name, role, created_at) VALUES (?, ?, ?, ?)",
        (username, display_name, "center", now_s()),
    )
    return int(cursor.lastrowid)


def account(db: Database, account_id: int) -> tuple[int, str, str, bool]:
    row = db.one(
        "SELECT id, username, display_name, disabled FROM accounts WHERE id = ?", (account_id,)
    )
    if row is None:
        raise NotFound(f"no account {account_id}")
    return int(row[0]), str(row[1]), str(row[2]), bool(row[3])


def _school(row: Any) -> SchoolRecord:
    return SchoolRecord(
        row[0], row[1], row[2], row[3], bytes(row[4]), bytes(row[5]), row[6], row[7]
    )


def put_school(db: Database, school: SchoolRecord) -> None:
    """Add a school, or replace its record (a new signing key after a re-enrollment)."""
    db.execute(
        f"INSERT INTO schools ({_SCHOOL_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (station_id) DO UPDATE SET name = excluded.name, "
        "county_code = excluded.county_code, school_type = excluded.school_type, "
        "public_key = excluded.public_key, key_id = excluded.key_id, "
        "accepted_at = excluded.accepted_at, accepted_by = excluded.accepted_by",
        astuple(school),
    )


def school(db: Database, station_id: str) -> SchoolRecord | None:
    row = db.one(f"SELECT {_SCHOOL_COLUMNS} FROM schools WHERE station_id = ?", (station_id,))
    return _school(row) if row else None


def school_by_key_id(db: Database, key_id: bytes) -> SchoolRecord | None:
    row = db.one(f"SELECT {_SCHOOL_COLUMNS} FROM schools WHERE key_id = ?", (key_id,))
    return _school(row) if row else None


def schools(db: Database) -> list[SchoolRecord]:
    return [_school(r) for r in db.query(f"SELECT {_SCHOOL_COLUMNS} FROM schools ORDER BY name")]


def bundle_digest(db: Database, station_id: str, sequence: int) -> bytes | None:
    row = db.one(
        "SELECT digest FROM bundles WHERE station_id = ? AND sequence = ?", (station_id, sequence)
    )
    return bytes(row[0]) if row else None


def max_sequence(db: Database, station_id: str) -> int | None:
    row = db.one("SELECT max(sequence) FROM bundles WHERE station_id = ?", (station_id,))
    return None if row is None or row[0] is None else int(row[0])


def insert_bundle(db: Database, bundle: BundleRecord) -> int:
    values = (*astuple(bundle)[:-1], *bundle.headline)
    marks = ", ".join("?" * len(values))
    cursor = db.execute(f"INSERT INTO bundles ({_BUNDLE_COLUMNS}) VALUES ({marks})", values)
    return int(cursor.lastrowid)


def insert_cells(
    db: Database, bundle_id: int, cells: Iterable[tuple[str, str, int | None]]
) -> None:
    db.executemany(
        "INSERT INTO cells (bundle_id, tbl, key, value) VALUES (?, ?, ?, ?)",
        [(bundle_id, *cell) for cell in cells],
    )


def insert_case_lines(db: Database, bundle_id: int, lines: Iterable[Sequence[Any]]) -> None:
    db.executemany(
        "INSERT INTO case_lines (bundle_id, pseudonym, level, stage, grade, gender, "
        "days_since_flagged, referred, plan_in_place, days_since_follow_up, overdue_actions) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(bundle_id, *line) for line in lines],
    )


def bundle_count(db: Database) -> int:
    return int(db.one("SELECT count(*) FROM bundles")[0])


# --- views -----------------------------------------------------------------------------------


def _latest(row: Any) -> LatestBundle:
    headline = dict(zip(HEADLINE, row[5:], strict=True))
    return LatestBundle(int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), headline)


def latest_per_period(db: Database) -> list[LatestBundle]:
    """The newest bundle of each school for each period, oldest period first."""
    return [_latest(r) for r in db.query(_LATEST_PER_PERIOD + " ORDER BY b.period_start")]


def latest(db: Database) -> list[LatestBundle]:
    """The newest bundle of each school."""
    return [_latest(r) for r in db.query(_LATEST)]


def cells(
    db: Database, bundle_ids: Sequence[int], table: str, keys: Sequence[str]
) -> dict[int, dict[str, int | None]]:
    """bundle id -> cell key -> value (None = suppressed), for the given cells of one table.

    Point lookups on the (bundle_id, tbl, key) primary key, however many bundles exist."""
    if not bundle_ids or not keys:
        return {}
    rows = db.query(
        "SELECT c.bundle_id, c.key, c.value FROM cells c "
        "WHERE c.bundle_id IN (SELECT value FROM json_each(?)) AND c.tbl = ? "
        "AND c.key IN (SELECT value FROM json_each(?))",
        (_json_ids(bundle_ids), table, json.dumps(list(keys))),
    )
    result: dict[int, dict[str, int | None]] = {}
    for bundle_id, key, value in rows:
        result.setdefault(int(bundle_id), {})[str(key)] = value
    return result


def overdue_case_lines(
    db: Database, bundle_ids: Sequence[int], red_days: int, orange_days: int
) -> list[tuple[Any, ...]]:
    """Case lines with overdue actions or a follow-up older than the level's interval:
    (bundle id, pseudonym, level, stage, grade, gender, days since flagged, referred,
    plan in place, days since follow-up, overdue actions)."""
    if not bundle_ids:
        return []
    return [
        tuple(r)
        for r in db.query(
            "SELECT l.bundle_id, l.pseudonym, l.level, l.stage, l.grade, l.gender, "
            "l.days_since_flagged, l.referred, l.plan_in_place, l.days_since_follow_up, "
            "l.overdue_actions FROM case_lines l "
            "WHERE l.bundle_id IN (SELECT value FROM json_each(?)) AND (l.overdue_actions > 0 "
            "OR coalesce(l.days_since_follow_up, l.days_since_flagged) > "
            "CASE l.level WHEN 'red' THEN ? ELSE ? END)",
            (_json_ids(bundle_ids), red_days, orange_days),
        )
    ]


def _json_ids(ids: Sequence[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"
