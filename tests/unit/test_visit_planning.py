"""Home-visit planning on a real station: coverage, follow-ups, monthly plans, due list."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.domain.accounts import Account
from app.domain.enums import LeaveKind, Role, VisitKind
from app.domain.growth import HomeVisit, LeaveEvent
from app.domain.policy import TaskKind
from app.domain.visit_plan import PlannedVisit, PlanStatus
from app.errors import PermissionDenied, ValidationError
from app.services import accounts, growth, station, students, visit_planning
from app.services import due as due_service
from app.services.roster_import import import_roster
from app.services.session import Session
from tests.conftest import DATA, StationInfo

TODAY = date.today()
TEACHER_PW = "teacher-pass-77"


@pytest.fixture
def school(session: Session) -> Session:
    import_roster(session, DATA / "screening" / "roster.csv")
    return session


def sid(session: Session, code: str) -> int:
    number = f"G330602{2012 if code[0] == 'C' else 2013}{ord(code[0])}{int(code[1:]):04d}"
    return students.resolve(session, number)


def class_id(session: Session, name: str) -> int:
    return next(c.id for c in students.classes(session) if c.name == name)


def visit(session: Session, code: str, day: date, kind: VisitKind = VisitKind.ONSITE) -> int:
    return growth.add_visit(session, HomeVisit(None, sid(session, code), day, kind, "孙老师"))


def test_class_and_grade_coverage_count_on_site_visits_this_year(school: Session) -> None:
    year_start = date(TODAY.year if TODAY.month >= 9 else TODAY.year - 1, 9, 1)
    visit(school, "A01", TODAY)
    visit(school, "A02", TODAY, VisitKind.PHONE)  # not on site
    visit(school, "A03", year_start - timedelta(days=1))  # last school year
    visit(school, "B01", year_start)
    lines = {c.class_name: c for c in visit_planning.class_coverage(school)}
    a = lines["七年级(1)班"]
    assert (a.students, [r.student_id for r in a.visited]) == (12, [sid(school, "A01")])
    assert a.head_teacher == "孙老师" and round(a.ratio, 3) == round(1 / 12, 3)
    assert len(lines["七年级(2)班"].visited) == 1
    grades = {
        g.grade_name: (g.classes, g.students, g.visited)
        for g in visit_planning.grade_coverage(school)
    }
    assert grades == {"七年级": (2, 24, 2), "八年级": (1, 12, 0)}


def test_follow_up_schedule_overdue_first(school: Session) -> None:
    visit(school, "A04", TODAY - timedelta(days=100), VisitKind.PHONE)  # poverty, overdue
    visit(school, "B05", TODAY - timedelta(days=10))  # single parent, due in 80 days
    growth.record_leave(
        school, LeaveEvent(None, sid(school, "C05"), LeaveKind.SUSPEND, TODAY, "抑郁休养")
    )
    lines = visit_planning.follow_ups(school)
    codes = {sid(school, c): c for c in ("A01", "A04", "B05", "C02", "C05")}
    order = [codes[line.student.student_id] for line in lines]
    assert set(order[:3]) == {"A01", "C02", "C05"}  # never visited: due now
    assert order[3:] == ["A04", "B05"]
    assert [line.overdue for line in lines] == [True, True, True, True, False]
    assert lines[4].due_on == TODAY + timedelta(days=80)
    (suspended,) = [line for line in lines if line.suspended]
    assert suspended.student.student_id == sid(school, "C05") and not suspended.groups
    visit_planning.set_follow_up_days(school, 120)
    assert not visit_planning.follow_ups(school)[3].overdue  # A04: 100 days < 120
    with pytest.raises(ValidationError):
        visit_planning.set_follow_up_days(school, 3)


def _teacher(session: Session, info: StationInfo, klass: str) -> Session:
    accounts.create_account(
        session,
        Account(None, "sun", "孙老师", Role.HEAD_TEACHER),
        TEACHER_PW,
        class_ids=frozenset({class_id(session, klass)}),
    )
    session.close()
    return station.unlock(info.folder, TEACHER_PW, "sun")


def _month_ahead() -> date:
    return (TODAY.replace(day=1) + timedelta(days=32)).replace(day=1)


def test_head_teacher_plans_three_visits_and_records_one(
    school: Session, station_info: StationInfo
) -> None:
    ids = [sid(school, c) for c in ("A01", "A02", "A04")]
    other = sid(school, "B01")
    month = _month_ahead()
    with _teacher(school, station_info, "七年级(1)班") as teacher:
        entries = [
            PlannedVisit(s, month + timedelta(days=i), visitors="孙老师", purpose="了解学习情况")
            for i, s in enumerate(ids)
        ]
        plan_ids = visit_planning.plan_visits(teacher, month, entries)
        with pytest.raises(PermissionDenied):
            visit_planning.plan_visits(teacher, month, [PlannedVisit(other, month)])
        lines = visit_planning.planned(teacher, month)
        assert [line.item.student_id for line in lines] == ids
        due = [i for i in due_service.due_items(teacher) if i.kind is TaskKind.HOME_VISIT]
        assert sorted(i.student_id for i in due) == sorted(ids) and not any(i.overdue for i in due)
        draft = visit_planning.draft_from_plan(
            teacher, plan_ids[2], today=month + timedelta(days=5)
        )
        assert (draft.student_id, draft.visited_on, draft.visitors) == (
            ids[2],
            month + timedelta(days=2),
            "孙老师",
        )
        assert draft.follow_up and draft.next_visit_on == draft.visited_on + timedelta(days=90)
        today_draft = visit_planning.draft_from_plan(teacher, plan_ids[1])  # A02: no group
        assert today_draft.visited_on == TODAY and not today_draft.follow_up
        recorded = HomeVisit(None, ids[0], TODAY, VisitKind.ONSITE, "孙老师", "母亲")
        visit_id = visit_planning.record_planned_visit(teacher, plan_ids[0], recorded)
        assert visit_planning.planned(teacher, month)[0].item.status is PlanStatus.DONE
        assert visit_planning.planned(teacher, month)[0].item.visit_id == visit_id
        due_after = [i for i in due_service.due_items(teacher) if i.kind is TaskKind.HOME_VISIT]
        assert sorted(i.student_id for i in due_after) == sorted(ids[1:])
        with pytest.raises(ValidationError):
            visit_planning.record_planned_visit(teacher, plan_ids[0], recorded)
        with pytest.raises(ValidationError):
            visit_planning.record_planned_visit(teacher, plan_ids[1], recorded)  # other student
        coverage = visit_planning.class_coverage(teacher)
        assert [len(c.visited) for c in coverage] == [1]


def test_plan_rules(school: Session) -> None:
    month = _month_ahead()
    student = sid(school, "A01")
    with pytest.raises(ValidationError):
        visit_planning.plan_visits(
            school, month, [PlannedVisit(student, month - timedelta(days=1))]
        )
    with pytest.raises(ValidationError):
        visit_planning.plan_visits(
            school, TODAY, [PlannedVisit(student, TODAY - timedelta(days=1))]
        )
    with pytest.raises(ValidationError):
        visit_planning.plan_visits(school, month, [PlannedVisit(student, month)] * 2)
    with pytest.raises(ValidationError):
        visit_planning.plan_visits(school, month, [])
    (item,) = visit_planning.plan_visits(school, month, [PlannedVisit(student, month)])
    with pytest.raises(ValidationError):
        visit_planning.plan_visits(school, month, [PlannedVisit(student, month)])
    with pytest.raises(ValidationError):
        visit_planning.cancel_planned_visit(school, item, "")
    visit_planning.cancel_planned_visit(school, item, "家长外出务工")
    (line,) = visit_planning.planned(school, month)
    assert (line.item.status, line.item.note) == (PlanStatus.CANCELLED, "家长外出务工")
    visit_planning.plan_visits(school, month, [PlannedVisit(student, month)])  # free again


def test_a_missed_planned_visit_is_overdue(school: Session) -> None:
    first = TODAY.replace(day=1)
    student = sid(school, "B02")
    visit_planning.plan_visits(school, first, [PlannedVisit(student, first)], today=first)
    later = datetime.combine(first, datetime.min.time()) + timedelta(days=1, hours=9)
    (item,) = [i for i in due_service.due_items(school, later) if i.kind is TaskKind.HOME_VISIT]
    assert item.overdue and item.student_id == student and item.detail == "实地家访"
    assert due_service.due_items(school, later)[0] == item  # overdue items come first


def test_grade_leaders_see_their_grade_and_leaders_only_figures(
    school: Session, station_info: StationInfo
) -> None:
    month = _month_ahead()
    visit_planning.plan_visits(
        school,
        month,
        [PlannedVisit(sid(school, "A01"), month), PlannedVisit(sid(school, "C01"), month)],
    )
    grade7 = next(g.id for g in students.grades(school) if g.name == "七年级")
    accounts.create_account(
        school, Account(None, "g7", "年级组长", Role.GRADE_LEADER), TEACHER_PW, grade_id=grade7
    )
    accounts.create_account(school, Account(None, "boss", "校长", Role.LEADER), TEACHER_PW)
    school.close()
    with station.unlock(station_info.folder, TEACHER_PW, "g7") as leader:
        (line,) = visit_planning.planned(leader, month)
        assert line.student_name == students.get_student(leader, line.item.student_id).name
        assert [c.class_name for c in visit_planning.class_coverage(leader)] == [
            "七年级(1)班",
            "七年级(2)班",
        ]
        with pytest.raises(PermissionDenied):
            visit_planning.plan_visits(leader, month, [PlannedVisit(line.item.student_id, month)])
    with station.unlock(station_info.folder, TEACHER_PW, "boss") as boss:
        assert [g.students for g in visit_planning.grade_coverage(boss)] == [24, 12]
        with pytest.raises(PermissionDenied):
            visit_planning.planned(boss)
