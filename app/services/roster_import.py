"""Importing the student roster 学生名册 from a spreadsheet (``xinan roster import``).

Keyed by 学籍号: a student already on the station is updated, a new one is created, and
one whose row changes nothing is counted as unchanged and not rewritten. Students the
file does not list are not touched. How a row updates a stored student is
``app.domain.roster.merged``: empty cells keep what the station holds.

All or nothing: grades, classes, dorms and students are written in one transaction with
one audit entry that holds counts only. If any row has errors nothing is written unless
``skip_invalid``; ``dry_run`` only reads (the CLI opens the station read-only for it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.domain.enums import Role
from app.domain.roster import ROSTER_SPEC, RosterRecord, RowError, as_student, merged, parse_roster
from app.domain.student import Student
from app.errors import ImportCancelled
from app.services import spreadsheets
from app.services.session import Session
from app.store import roster_repo, school_repo
from app.store.connection import Database

# Rows written between two progress calls (and between two chances to cancel).
CHUNK_ROWS = 250

# Called with (rows done, rows in all); returning False cancels the import.
Progress = Callable[[int, int], bool]

_GRADE_ORDER = "一年级 二年级 三年级 四年级 五年级 六年级 七年级 八年级 九年级 高一 高二 高三"
_GRADE_RANK = {name: rank for rank, name in enumerate(_GRADE_ORDER.split())} | {
    "初一": 6,
    "初二": 7,
    "初三": 8,
}


def _grade_order(grade: str) -> tuple[int, str]:
    return _GRADE_RANK.get(grade, len(_GRADE_RANK)), grade


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    written: bool = False
    rows: int = 0  # data rows in the file (blank rows not counted)
    grades_created: int = 0
    classes_created: int = 0
    dorms_created: int = 0
    sheet: str = ""


def import_roster(
    session: Session,
    path: Path,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportReport:
    """Read ``path`` and bring the station's students in line with it (see module doc)."""
    session.require(Role.COUNSELOR)
    table = spreadsheets.read_table(Path(path), ROSTER_SPEC)
    parsed = parse_roster(table.rows, table.header, today or date.today())
    report = ImportReport(errors=parsed.errors, rows=parsed.rows, sheet=table.sheet)
    if parsed.errors and not (skip_invalid or dry_run):
        return report
    if dry_run:
        _apply(session.db, parsed.records, report, progress, write=False)
        return report
    with session.write("roster.import", "roster") as change:
        _apply(change.db, parsed.records, report, progress, write=True)
        change.detail.update(_audit_detail(report))
    report.written = True
    return report


def _audit_detail(report: ImportReport) -> dict[str, Any]:
    """Counts only: the audit log never holds names or numbers of students."""
    return {
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "skipped": len(report.errors),
        "grades_created": report.grades_created,
        "classes_created": report.classes_created,
        "dorms_created": report.dorms_created,
    }


@dataclass
class _Places:
    """Grade, class and dorm ids by name. Missing ones are created when writing; a dry run
    hands out negative ids instead, which no stored student can have."""

    db: Database
    write: bool
    grades: dict[str, int]
    classes: dict[tuple[int, str], tuple[int, str]]  # (grade id, name) -> (id, head teacher)
    dorms: dict[str, int]
    created: Counter[str] = field(default_factory=Counter)

    @classmethod
    def load(cls, db: Database, write: bool) -> _Places:
        return cls(
            db,
            write,
            {g.name: g.id for g in school_repo.grades(db)},
            {(c.grade_id, c.name): (c.id, c.head_teacher) for c in school_repo.classes(db)},
            {d.name: d.id for d in school_repo.dorms(db)},
        )

    def _new(self, kind: str, create: Callable[[], int]) -> int:
        self.created[kind] += 1
        return create() if self.write else -self.created[kind]

    def grade(self, name: str) -> int:
        if name not in self.grades:
            self.grades[name] = self._new("grades", lambda: school_repo.ensure_grade(self.db, name))
        return self.grades[name]

    def klass(self, grade: str, name: str, head_teacher: str) -> int:
        key = (self.grade(grade), name)

        def ensure() -> int:
            return school_repo.ensure_class(self.db, key[0], name, head_teacher)

        found = self.classes.get(key)
        if found is None:
            class_id = self._new("classes", ensure)
        elif self.write and head_teacher and head_teacher != found[1]:
            class_id = ensure()  # ensure_class records the new head teacher
        else:
            class_id = found[0]
        self.classes[key] = (class_id, head_teacher or (found[1] if found else ""))
        return class_id

    def dorm(self, name: str) -> int:
        if name not in self.dorms:
            self.dorms[name] = self._new("dorms", lambda: school_repo.ensure_dorm(self.db, name))
        return self.dorms[name]


@dataclass(frozen=True)
class _Ids:
    classes: dict[tuple[str, str], int]
    dorms: dict[str, int]

    def of(self, record: RosterRecord) -> tuple[int | None, int | None]:
        return (
            self.classes.get((record.grade, record.class_name)),
            self.dorms.get(record.dorm),
        )


def _head_teachers(records: Sequence[RosterRecord]) -> dict[tuple[str, str], str]:
    """(grade, class) -> the first head teacher the file names for it ("" if none)."""
    heads: dict[tuple[str, str], str] = {}
    for record in records:
        if record.class_name:
            key = (record.grade, record.class_name)
            heads[key] = heads.get(key) or record.head_teacher
    return heads


def _resolve(places: _Places, records: Sequence[RosterRecord]) -> _Ids:
    """Ids of every grade, class and dorm the file names; new grades in school order."""
    grades = sorted(
        {r.grade for r in records if r.grade}, key=lambda g: (_GRADE_RANK.get(g, 99), g)
    )
    for grade in grades:
        places.grade(grade)
    heads = sorted(_head_teachers(records).items())
    return _Ids(
        {key: places.klass(*key, head) for key, head in heads},
        {name: places.dorm(name) for name in sorted({r.dorm for r in records if r.dorm})},
    )


def _plan(
    chunk: Sequence[RosterRecord], existing: dict[str, Student], ids: _Ids, report: ImportReport
) -> tuple[list[Student], list[Student]]:
    """(students to create, students to update) for a chunk; counts go into ``report``."""
    new: list[Student] = []
    changed: list[Student] = []
    for record in chunk:
        class_id, dorm_id = ids.of(record)
        old = existing.get(record.student_number)
        if old is None:
            new.append(as_student(record, class_id, dorm_id))
            continue
        target = merged(old, record, class_id, dorm_id)
        if target == old:
            report.unchanged += 1
        else:
            changed.append(target)
    report.created += len(new)
    report.updated += len(changed)
    return new, changed


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled("the import was cancelled; nothing was written")


def _apply(
    db: Database,
    records: Sequence[RosterRecord],
    report: ImportReport,
    progress: Progress | None,
    write: bool,
) -> None:
    places = _Places.load(db, write)
    ids = _resolve(places, records)
    existing = roster_repo.students_by_number(db)
    for start in range(0, len(records), CHUNK_ROWS):
        chunk = records[start : start + CHUNK_ROWS]
        new, changed = _plan(chunk, existing, ids, report)
        if write:
            roster_repo.insert_students(db, new)
            roster_repo.update_students(db, changed)
        _tick(progress, start + len(chunk), len(records))
    report.grades_created = places.created["grades"]
    report.classes_created = places.created["classes"]
    report.dorms_created = places.created["dorms"]
