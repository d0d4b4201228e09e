"""Students, their tags and guardians; the roster query."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from app.domain.enums import Gender, KeyGroup, StudentStatus, WarningLevel
from app.domain.student import Guardian, RosterRow, Student
from app.errors import NotFound
from app.store.codec import d2s, now_s, s2d
from app.store.connection import Database

STUDENT_COLUMNS = (
    "id, student_number, name, gender, birth_date, class_id, dorm_id, boarding, status, "
    "mentor, notes"
)


def student_values(student: Student) -> tuple[Any, ...]:
    return (
        student.student_number,
        student.name,
        student.gender.value,
        d2s(student.birth_date),
        student.class_id,
        student.dorm_id,
        int(student.boarding),
        student.status.value,
        student.mentor,
        student.notes,
    )


def insert_student(db: Database, student: Student) -> int:
    stamp = now_s()
    cursor = db.execute(
        "INSERT INTO students (student_number, name, gender, birth_date, class_id, dorm_id, "
        "boarding, status, mentor, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*student_values(student), stamp, stamp),
    )
    student_id = int(cursor.lastrowid)
    _write_tags(db, student_id, student.tags)
    _write_guardians(db, student_id, student.guardians)
    return student_id


def update_student(db: Database, student: Student) -> None:
    if student.id is None:
        raise ValueError("update needs a student id")
    db.execute(
        "UPDATE students SET student_number = ?, name = ?, gender = ?, birth_date = ?, "
        "class_id = ?, dorm_id = ?, boarding = ?, status = ?, mentor = ?, notes = ?, "
        "updated_at = ? WHERE id = ?",
        (*student_values(student), now_s(), student.id),
    )
    db.execute("DELETE FROM student_tags WHERE student_id = ?", (student.id,))
    db.execute("DELETE FROM guardians WHERE student_id = ?", (student.id,))
    _write_tags(db, student.id, student.tags)
    _write_guardians(db, student.id, student.guardians)


def set_status(db: Database, student_id: int, status: StudentStatus) -> None:
    db.execute(
        "UPDATE students SET status = ?, updated_at = ? WHERE id = ?",
        (status.value, now_s(), student_id),
    )


def _write_tags(db: Database, student_id: int, tags: Iterable[KeyGroup]) -> None:
    db.executemany(
        "INSERT INTO student_tags (student_id, tag) VALUES (?, ?)",
        [(student_id, tag.value) for tag in sorted(tags, key=lambda t: t.value)],
    )


def _write_guardians(db: Database, student_id: int, guardians: Iterable[Guardian]) -> None:
    db.executemany(
        "INSERT INTO guardians (student_id, position, name, relation, phone) "
        "VALUES (?, ?, ?, ?, ?)",
        [(student_id, i, g.name, g.relation, g.phone) for i, g in enumerate(guardians)],
    )


def student_from_row(
    row: Any, tags: frozenset[KeyGroup], guardians: tuple[Guardian, ...]
) -> Student:
    return Student(
        id=row[0],
        student_number=row[1],
        name=row[2],
        gender=Gender(row[3]),
        birth_date=s2d(row[4]),
        class_id=row[5],
        dorm_id=row[6],
        boarding=bool(row[7]),
        status=StudentStatus(row[8]),
        mentor=row[9],
        notes=row[10],
        tags=tags,
        guardians=guardians,
    )


def get_student(db: Database, student_id: int) -> Student:
    row = db.one(f"SELECT {STUDENT_COLUMNS} FROM students WHERE id = ?", (student_id,))
    if row is None:
        raise NotFound(f"no student with id {student_id}", student_id=student_id)
    tags = frozenset(
        KeyGroup(r[0])
        for r in db.query("SELECT tag FROM student_tags WHERE student_id = ?", (student_id,))
    )
    guardians = tuple(
        Guardian(r[0], r[1], r[2])
        for r in db.query(
            "SELECT name, relation, phone FROM guardians WHERE student_id = ? ORDER BY position",
            (student_id,),
        )
    )
    return student_from_row(row, tags, guardians)


def id_by_number(db: Database, student_number: str) -> int | None:
    row = db.one("SELECT id FROM students WHERE student_number = ?", (student_number,))
    return int(row[0]) if row else None


def ids_by_number(db: Database) -> dict[str, int]:
    return {r[0]: r[1] for r in db.query("SELECT student_number, id FROM students")}


def count_students(db: Database) -> int:
    return int(db.one("SELECT count(*) FROM students")[0])


@dataclass(frozen=True, slots=True)
class RosterFilter:
    grade_id: int | None = None
    class_id: int | None = None
    level: WarningLevel | None = None
    tag: KeyGroup | None = None
    status: StudentStatus | None = None
    student_ids: frozenset[int] | None = None  # e.g. the result of a search
    not_visited_since: date | None = None  # no on-site home visit on or after this day
    unscreened_since: date | None = None  # no screening on or after this day
    # Access scope (set by the services from the account, never by the GUI):
    scope_class_ids: frozenset[int] | None = None
    scope_grade_id: int | None = None
    levels: frozenset[WarningLevel] | None = None


_ROSTER_SQL = """
SELECT s.id, s.student_number, s.name, s.gender, c.grade_id, coalesce(g.name, ''),
       s.class_id, coalesce(c.name, ''), s.status,
       (SELECT group_concat(tag) FROM student_tags t WHERE t.student_id = s.id),
       coalesce((SELECT level FROM flag_changes f WHERE f.student_id = s.id
                 ORDER BY f.id DESC LIMIT 1), 'clear'),
       (SELECT max(visited_on) FROM home_visits v WHERE v.student_id = s.id),
       (SELECT visited_on FROM home_visits v WHERE v.student_id = s.id AND v.kind = 'onsite'
        ORDER BY v.visited_on DESC LIMIT 1)
FROM students s
LEFT JOIN classes c ON c.id = s.class_id
LEFT JOIN grades g ON g.id = c.grade_id
"""


def _roster_where(flt: RosterFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.class_id is not None:
        clauses.append("s.class_id = ?")
        params.append(flt.class_id)
    if flt.grade_id is not None:
        clauses.append("c.grade_id = ?")
        params.append(flt.grade_id)
    if flt.status is not None:
        clauses.append("s.status = ?")
        params.append(flt.status.value)
    if flt.tag is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM student_tags t WHERE t.student_id = s.id AND t.tag = ?)"
        )
        params.append(flt.tag.value)
    if flt.scope_class_ids is not None:
        marks = ",".join(str(int(i)) for i in sorted(flt.scope_class_ids)) or "NULL"
        clauses.append(f"s.class_id IN ({marks})")
    if flt.scope_grade_id is not None:
        clauses.append("c.grade_id = ?")
        params.append(flt.scope_grade_id)
    if flt.not_visited_since is not None:
        clauses.append(
            "NOT EXISTS (SELECT 1 FROM home_visits v WHERE v.student_id = s.id "
            "AND v.kind = 'onsite' AND v.visited_on >= ?)"
        )
        params.append(flt.not_visited_since.isoformat())
    if flt.unscreened_since is not None:
        clauses.append(
            "NOT EXISTS (SELECT 1 FROM screenings x WHERE x.student_id = s.id AND x.taken_on >= ?)"
        )
        params.append(flt.unscreened_since.isoformat())
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


# Value -> member maps and a cache of parsed tag lists: an Enum call costs several times a
# dict lookup, and the whole-school roster converts every student (benchmarks/README.md).
_GENDERS = {member.value: member for member in Gender}
_STATUSES = {member.value: member for member in StudentStatus}
_LEVELS = {member.value: member for member in WarningLevel}
_NO_TAGS: frozenset[KeyGroup] = frozenset()


@lru_cache(maxsize=1024)
def _tags(joined: str | None) -> frozenset[KeyGroup]:
    return frozenset(KeyGroup(t) for t in joined.split(",")) if joined else _NO_TAGS


def _roster_row(r: Any) -> RosterRow:
    # Positional: a keyword call costs twice as much over a whole school.
    return RosterRow(
        r[0],  # student_id
        r[1],  # student_number
        r[2],  # name
        _GENDERS[r[3]],
        r[4],  # grade_id
        r[5],  # grade_name
        r[6],  # class_id
        r[7],  # class_name
        _STATUSES[r[8]],
        _tags(r[9]),
        _LEVELS[r[10]],
        s2d(r[11]),  # last_visit
        s2d(r[12]),  # last_onsite_visit
    )


def roster(db: Database, flt: RosterFilter = RosterFilter()) -> list[RosterRow]:
    """The roster lines matching ``flt``, ordered by grade, class and name."""
    where, params = _roster_where(flt)
    # length(c.name) first: "七年级(2)班" before "七年级(10)班" (same in every class list).
    sql = _ROSTER_SQL + where + " ORDER BY g.position, length(c.name), c.name, s.name"
    rows = [_roster_row(r) for r in db.query(sql, params)]
    if flt.level is not None:
        rows = [r for r in rows if r.level is flt.level]
    if flt.levels is not None:
        rows = [r for r in rows if r.level in flt.levels]
    if flt.student_ids is not None:
        rows = [r for r in rows if r.student_id in flt.student_ids]
    return rows


def current_level(db: Database, student_id: int) -> WarningLevel:
    row = db.one(
        "SELECT level FROM flag_changes WHERE student_id = ? ORDER BY id DESC LIMIT 1",
        (student_id,),
    )
    return WarningLevel(row[0]) if row else WarningLevel.CLEAR


def visited_since(db: Database, since: date) -> set[int]:
    return {
        r[0]
        for r in db.query(
            "SELECT DISTINCT student_id FROM home_visits WHERE kind = 'onsite' AND visited_on >= ?",
            (since.isoformat(),),
        )
    }


def placement(db: Database, student_id: int) -> tuple[int | None, int | None, WarningLevel] | None:
    """(class id, grade id, current level) of a student, for access checks."""
    row = db.one(
        "SELECT s.class_id, c.grade_id, coalesce((SELECT level FROM flag_changes f "
        "WHERE f.student_id = s.id ORDER BY f.id DESC LIMIT 1), 'clear') "
        "FROM students s LEFT JOIN classes c ON c.id = s.class_id WHERE s.id = ?",
        (student_id,),
    )
    return (row[0], row[1], WarningLevel(row[2])) if row else None
