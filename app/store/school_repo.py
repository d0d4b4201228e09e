"""School, grades, classes, dorms, settings and meta rows."""

from __future__ import annotations

import json
from typing import Any

from app.domain.enums import SchoolType
from app.domain.school import Dorm, Grade, School, SchoolClass
from app.errors import NotFound
from app.store.connection import Database


def save_school(db: Database, school: School) -> None:
    db.execute(
        "INSERT INTO school (id, name, county_code, school_type, boarding, station_id) "
        "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
        "county_code = excluded.county_code, school_type = excluded.school_type, "
        "boarding = excluded.boarding",
        (
            school.name,
            school.county_code,
            school.school_type.value,
            int(school.boarding),
            school.station_id,
        ),
    )


def load_school(db: Database) -> School:
    row = db.one("SELECT name, county_code, school_type, boarding, station_id FROM school")
    if row is None:
        raise NotFound("the station has no school record")
    return School(row[0], row[1], SchoolType(row[2]), bool(row[3]), row[4])


def ensure_grade(db: Database, name: str, position: int | None = None) -> int:
    row = db.one("SELECT id FROM grades WHERE name = ?", (name,))
    if row:
        return int(row[0])
    if position is None:
        position = int(db.one("SELECT coalesce(max(position), 0) + 1 FROM grades")[0])
    return int(
        db.execute("INSERT INTO grades (name, position) VALUES (?, ?)", (name, position)).lastrowid
    )


def ensure_class(db: Database, grade_id: int, name: str, head_teacher: str = "") -> int:
    row = db.one("SELECT id FROM classes WHERE grade_id = ? AND name = ?", (grade_id, name))
    if row:
        if head_teacher:
            db.execute("UPDATE classes SET head_teacher = ? WHERE id = ?", (head_teacher, row[0]))
        return int(row[0])
    return int(
        db.execute(
            "INSERT INTO classes (grade_id, name, head_teacher) VALUES (?, ?, ?)",
            (grade_id, name, head_teacher),
        ).lastrowid
    )


def ensure_dorm(db: Database, name: str) -> int:
    row = db.one("SELECT id FROM dorms WHERE name = ?", (name,))
    if row:
        return int(row[0])
    return int(db.execute("INSERT INTO dorms (name) VALUES (?)", (name,)).lastrowid)


def grades(db: Database) -> list[Grade]:
    return [
        Grade(r[0], r[1], r[2])
        for r in db.query("SELECT id, name, position FROM grades ORDER BY position, name")
    ]


def classes(db: Database) -> list[SchoolClass]:
    rows = db.query(
        "SELECT c.id, c.grade_id, c.name, c.head_teacher FROM classes c "
        "JOIN grades g ON g.id = c.grade_id ORDER BY g.position, length(c.name), c.name"
    )
    return [SchoolClass(r[0], r[1], r[2], r[3]) for r in rows]


def dorms(db: Database) -> list[Dorm]:
    return [Dorm(r[0], r[1]) for r in db.query("SELECT id, name FROM dorms ORDER BY name")]


def get_setting(db: Database, key: str) -> Any | None:
    row = db.one("SELECT value FROM settings WHERE key = ?", (key,))
    return json.loads(row[0]) if row else None


def put_setting(db: Database, key: str, value: Any) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False, sort_keys=True)),
    )


def get_meta(db: Database, key: str) -> str | None:
    row = db.one("SELECT value FROM meta WHERE key = ?", (key,))
    return str(row[0]) if row else None


def put_meta(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
