"""Bulk reads and writes of students for the roster import.

A few statements per batch instead of a few per student: a 5,000-row roster is read in
three queries and written with ``executemany``. Column order and row mapping are those
of ``students_repo`` so both stay one definition.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from app.domain.enums import KeyGroup
from app.domain.student import Guardian, Student
from app.store import students_repo
from app.store.codec import now_s
from app.store.connection import Database
from app.store.students_repo import STUDENT_COLUMNS, student_from_row, student_values


def _all_tags(db: Database) -> dict[int, frozenset[KeyGroup]]:
    tags: defaultdict[int, set[KeyGroup]] = defaultdict(set)
    for student_id, tag in db.query("SELECT student_id, tag FROM student_tags"):
        tags[student_id].add(KeyGroup(tag))
    return {student_id: frozenset(found) for student_id, found in tags.items()}


def _all_guardians(db: Database) -> dict[int, tuple[Guardian, ...]]:
    guardians: defaultdict[int, list[Guardian]] = defaultdict(list)
    for student_id, name, relation, phone in db.query(
        "SELECT student_id, name, relation, phone FROM guardians ORDER BY student_id, position"
    ):
        guardians[student_id].append(Guardian(name, relation, phone))
    return {student_id: tuple(found) for student_id, found in guardians.items()}


def students_by_number(db: Database) -> dict[str, Student]:
    """Every student of the station with tags and guardians, keyed by 学籍号."""
    tags, guardians = _all_tags(db), _all_guardians(db)
    students = (
        student_from_row(row, tags.get(row[0], frozenset()), guardians.get(row[0], ()))
        for row in db.query(f"SELECT {STUDENT_COLUMNS} FROM students")
    )
    return {student.student_number: student for student in students}


def _write_details(db: Database, students: Sequence[Student]) -> None:
    """Tags and guardians of students that have ids and none of either in the store."""
    db.executemany(
        "INSERT INTO student_tags (student_id, tag) VALUES (?, ?)",
        [(s.id, tag.value) for s in students for tag in sorted(s.tags)],
    )
    db.executemany(
        "INSERT INTO guardians (student_id, position, name, relation, phone) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (s.id, position, g.name, g.relation, g.phone)
            for s in students
            for position, g in enumerate(s.guardians)
        ],
    )


def insert_students(db: Database, students: Sequence[Student]) -> list[Student]:
    """Insert new students (their ``id`` is ignored); returns them with their new ids."""
    stamp = now_s()
    db.executemany(
        "INSERT INTO students (student_number, name, gender, birth_date, class_id, dorm_id, "
        "boarding, status, mentor, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(*student_values(s), stamp, stamp) for s in students],
    )
    ids = students_repo.ids_by_number(db)
    stored = [replace(s, id=ids[s.student_number]) for s in students]
    _write_details(db, stored)
    return stored


def update_students(db: Database, students: Sequence[Student]) -> None:
    """Rewrite existing students (matched by ``id``), their tags and guardians."""
    if any(s.id is None for s in students):
        raise ValueError("update needs student ids")
    db.executemany(
        "UPDATE students SET student_number = ?, name = ?, gender = ?, birth_date = ?, "
        "class_id = ?, dorm_id = ?, boarding = ?, status = ?, mentor = ?, notes = ?, "
        "updated_at = ? WHERE id = ?",
        [(*student_values(s), now_s(), s.id) for s in students],
    )
    ids = [(s.id,) for s in students]
    db.executemany("DELETE FROM student_tags WHERE student_id = ?", ids)
    db.executemany("DELETE FROM guardians WHERE student_id = ?", ids)
    _write_details(db, students)
