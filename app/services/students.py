"""Students and school structure: add, edit, list, look up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.enums import Role, StudentStatus
from app.domain.school import Dorm, Grade, School, SchoolClass
from app.domain.student import RosterRow, Student
from app.errors import NotFound, ValidationError
from app.services import access
from app.services.session import Session
from app.store import school_repo, students_repo
from app.store.students_repo import RosterFilter as RosterFilter  # re-exported for the GUI


def school(session: Session) -> School:
    return school_repo.load_school(session.db)


def grades(session: Session) -> list[Grade]:
    return school_repo.grades(session.db)


def classes(session: Session) -> list[SchoolClass]:
    return school_repo.classes(session.db)


def dorms(session: Session) -> list[Dorm]:
    return school_repo.dorms(session.db)


def add_class(session: Session, grade_name: str, class_name: str, head_teacher: str = "") -> int:
    session.require(Role.COUNSELOR)
    if not grade_name.strip() or not class_name.strip():
        raise ValidationError.single("class", "required", "grade and class names are required")
    with session.write("class.add", "class") as change:
        grade_id = school_repo.ensure_grade(change.db, grade_name.strip())
        change.entity_id = school_repo.ensure_class(
            change.db, grade_id, class_name.strip(), head_teacher.strip()
        )
    assert change.entity_id is not None
    return change.entity_id


def add_student(session: Session, student: Student) -> int:
    session.require(Role.COUNSELOR)
    student.validate(date.today())
    with session.write("student.add", "student") as change:
        if students_repo.id_by_number(change.db, student.student_number) is not None:
            raise ValidationError.single(
                "student_number", "duplicate", "a student with this number already exists"
            )
        change.entity_id = students_repo.insert_student(change.db, student)
    assert change.entity_id is not None
    return change.entity_id


def update_student(session: Session, student: Student) -> None:
    session.require(Role.COUNSELOR)
    student.validate(date.today())
    if student.id is None:
        raise NotFound("student has no id")
    with session.write("student.update", "student", student.id) as change:
        other = students_repo.id_by_number(change.db, student.student_number)
        if other is not None and other != student.id:
            raise ValidationError.single(
                "student_number", "duplicate", "a student with this number already exists"
            )
        stored = students_repo.get_student(change.db, student.id)
        _check_status_change(stored.status, student.status)
        students_repo.update_student(change.db, student)


def _check_status_change(old: StudentStatus, new: StudentStatus) -> None:
    """Suspension and return go through record_leave (a return needs a certificate)."""
    if old is not new and StudentStatus.SUSPENDED in (old, new):
        raise ValidationError.single(
            "status",
            "use_leave_record",
            "suspension and return are recorded as leave events, not edited",
        )


def get_student(session: Session, student_id: int) -> Student:
    access.check_student(session, student_id)
    student = students_repo.get_student(session.db, student_id)
    return student if session.scope.sees_notes else replace(student, notes="")


def find_by_number(session: Session, student_number: str) -> Student:
    student_id = students_repo.id_by_number(session.db, student_number)
    if student_id is None:
        raise NotFound("no student with that student number")
    return get_student(session, student_id)


def resolve(session: Session, ref: str) -> int:
    """A student id from what a user typed: internal id or 学籍号."""
    ref = ref.strip()
    found = students_repo.id_by_number(session.db, ref)
    if found is not None:
        return found
    if ref.isdigit() and session.db.one("SELECT 1 FROM students WHERE id = ?", (int(ref),)):
        return int(ref)
    raise NotFound("no such student (give a student number or id)")


def roster(session: Session, flt: RosterFilter = RosterFilter()) -> list[RosterRow]:
    """The roster lines this account may see that match ``flt``."""
    return students_repo.roster(session.db, access.scoped_filter(session, flt))


def count(session: Session) -> int:
    return students_repo.count_students(session.db)
