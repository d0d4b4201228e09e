"""Dashboard figures and the filtered rosters behind them (real station)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.domain.enums import Gender, SourceLevel, StudentStatus, VisitKind, WarningLevel
from app.domain.growth import HomeVisit
from app.domain.school import SchoolYear
from app.domain.student import Student
from app.services import dashboard, growth, students
from app.services.session import Session
from app.store.students_repo import RosterFilter


def _school(session: Session) -> list[int]:
    a = students.add_class(session, "七年级", "七年级(1)班")
    b = students.add_class(session, "八年级", "八年级(1)班")
    ids = []
    for i, (class_id, gender) in enumerate(
        [(a, Gender.MALE), (a, Gender.FEMALE), (b, Gender.MALE), (b, Gender.FEMALE)]
    ):
        ids.append(
            students.add_student(
                session,
                Student(
                    None, f"G00000000000000100{i}", f"学生{i}", gender, date(2012, 1, 1), class_id
                ),
            )
        )
    return ids


def test_figures_follow_the_records(session: Session) -> None:
    ids = _school(session)
    today = date.today()
    before = dashboard.figures(session)
    assert before.open_flags == {
        WarningLevel.RED: 0,
        WarningLevel.ORANGE: 0,
        WarningLevel.YELLOW: 0,
        WarningLevel.BLUE: 0,
    }
    assert (before.students_in_school, before.unscreened, before.visited) == (4, 4, 0)
    growth.set_level(
        session,
        ids[0],
        WarningLevel.RED,
        "自伤",
        SourceLevel.CLASS,
        at=datetime.now() - timedelta(days=2),
    )
    growth.set_level(session, ids[2], WarningLevel.YELLOW, "筛查", SourceLevel.EXTERNAL)
    growth.add_visit(session, HomeVisit(None, ids[1], today, VisitKind.ONSITE, "班主任"))
    growth.add_visit(session, HomeVisit(None, ids[3], today, VisitKind.PHONE, "班主任"))
    after = dashboard.figures(session)
    assert after.open_flags[WarningLevel.RED] == 1
    assert after.flags_by_grade == {
        "七年级": {WarningLevel.RED: 1},
        "八年级": {WarningLevel.YELLOW: 1},
    }
    assert [(c.class_name, c.students, c.visited) for c in after.coverage] == [
        ("七年级(1)班", 2, 1),
        ("八年级(1)班", 2, 0),
    ]
    assert after.overdue >= 4
    assert after.grade_order == ("七年级", "八年级")


def test_suspended_students_leave_the_coverage_denominator(session: Session) -> None:
    ids = _school(session)
    student = students.get_student(session, ids[0])
    fields = {n: getattr(student, n) for n in Student.__dataclass_fields__}
    students.update_student(session, Student(**{**fields, "status": StudentStatus.GRADUATED}))
    assert sum(c.students for c in dashboard.visit_coverage(session)) == 3


def test_roster_filters_for_unvisited_and_unscreened(session: Session) -> None:
    ids = _school(session)
    growth.add_visit(session, HomeVisit(None, ids[1], date.today(), VisitKind.ONSITE, "班主任"))
    year_start = SchoolYear.of(date.today()).first_day
    unvisited = students.roster(session, RosterFilter(not_visited_since=year_start))
    assert {r.student_id for r in unvisited} == {ids[0], ids[2], ids[3]}
    assert len(students.roster(session, RosterFilter(unscreened_since=year_start))) == 4
