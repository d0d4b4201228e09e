"""Growth-file services on a real encrypted station: rules, history, audit."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.domain.enums import (
    CaseStatus,
    ContactKind,
    CrisisKind,
    Gender,
    KeyGroup,
    LeaveKind,
    MeasureOwner,
    MeasureStatus,
    Notified,
    SourceLevel,
    StudentStatus,
    VisitKind,
    WarningLevel,
)
from app.domain.growth import Contact, CrisisEvent, HomeVisit, LeaveEvent, Measure, Referral
from app.domain.policy import TaskKind
from app.domain.student import Guardian, Student
from app.errors import NotFound, ValidationError
from app.services import audit, due, growth, students
from app.services.session import Session
from app.store import audit_repo


def _student(session: Session, number: str = "G110101201103050011") -> int:
    class_id = students.add_class(session, "七年级", "七年级(1)班", "李老师")
    return students.add_student(
        session,
        Student(
            None,
            number,
            "张三丰",
            Gender.MALE,
            date(2011, 3, 5),
            class_id,
            tags=frozenset({KeyGroup.LEFT_BEHIND}),
            guardians=(Guardian("张大山", "父亲", "13900001111"),),
        ),
    )


def test_student_round_trip_and_duplicate_number(session: Session) -> None:
    sid = _student(session)
    loaded = students.get_student(session, sid)
    assert loaded.tags == {KeyGroup.LEFT_BEHIND}
    assert loaded.guardians[0].phone == "13900001111"
    with pytest.raises(ValidationError) as raised:
        _student(session)
    assert raised.value.problems[0].code == "duplicate"
    assert students.resolve(session, "G110101201103050011") == sid
    with pytest.raises(NotFound):
        students.resolve(session, "G999")


def test_invalid_student_is_refused_with_readable_problems(session: Session) -> None:
    with pytest.raises(ValidationError) as raised:
        students.add_student(
            session, Student(None, "12", " ", Gender.FEMALE, date(2031, 1, 1), None)
        )
    fields = {p.field for p in raised.value.problems}
    assert fields == {"name", "student_number", "birth_date"}


def test_flag_history_keeps_every_change(session: Session) -> None:
    sid = _student(session)
    growth.set_level(session, sid, WarningLevel.YELLOW, "筛查异常", SourceLevel.EXTERNAL)
    growth.set_level(session, sid, WarningLevel.RED, "自伤计划", SourceLevel.CLASS, "心理委员")
    growth.set_level(session, sid, WarningLevel.CLEAR, "评估后解除", SourceLevel.SELF)
    flags = growth.open_growth_file(session, sid).flags
    assert [(f.previous_level, f.level) for f in flags] == [
        (WarningLevel.CLEAR, WarningLevel.YELLOW),
        (WarningLevel.YELLOW, WarningLevel.RED),
        (WarningLevel.RED, WarningLevel.CLEAR),
    ]
    assert flags[1].reporter == "心理委员" and flags[1].actor == "counselor"
    with pytest.raises(ValidationError):
        growth.set_level(session, sid, WarningLevel.BLUE, "   ", SourceLevel.SELF)
    with pytest.raises(ValidationError):
        growth.set_level(session, sid, WarningLevel.CLEAR, "again", SourceLevel.SELF)


def test_history_rows_cannot_be_rewritten_even_with_sql(session: Session) -> None:
    sid = _student(session)
    growth.set_level(session, sid, WarningLevel.ORANGE, "重大生活事件", SourceLevel.GRADE)
    with pytest.raises(Exception, match="append-only"), session.db.transaction() as db:
        db.execute("UPDATE flag_changes SET level = 'blue'")
    with pytest.raises(Exception, match="never deleted"), session.db.transaction() as db:
        db.execute("DELETE FROM students")


def test_plans_are_versioned_never_overwritten(session: Session) -> None:
    sid = _student(session)
    m1 = Measure("每周一次个体辅导", MeasureOwner.COUNSELOR, "王老师", date(2026, 12, 1))
    m2 = Measure("每天倾听一刻钟", MeasureOwner.MENTOR, "赵老师", date(2026, 12, 15))
    first = growth.save_plan(session, sid, "情绪低落", "恢复正常作息", None, (m1, m2))
    done = Measure(m1.what, m1.owner, m1.owner_name, m1.due_on, MeasureStatus.DONE)
    second = growth.save_plan(session, sid, "情绪好转", "巩固", date(2027, 1, 10), (done, m2))
    plans = growth.open_growth_file(session, sid).plans
    assert [p.version for p in plans] == [1, 2] and first.version == 1 and second.version == 2
    assert plans[0].measures[0].status is MeasureStatus.PLANNED
    assert plans[1].measures[0].status is MeasureStatus.DONE
    with pytest.raises(ValidationError):
        growth.save_plan(session, sid, "", "", None, ())


def test_return_from_leave_needs_a_hospital_certificate(session: Session) -> None:
    sid = _student(session)
    with pytest.raises(ValidationError):
        growth.record_leave(
            session,
            LeaveEvent(
                None,
                sid,
                LeaveKind.RETURN,
                date(2026, 10, 1),
                certificate_issuer="市康宁医院",
                certificate_on=date(2026, 9, 30),
            ),
        )
    growth.record_leave(
        session, LeaveEvent(None, sid, LeaveKind.SUSPEND, date(2026, 9, 1), "抑郁发作住院")
    )
    assert students.get_student(session, sid).status is StudentStatus.SUSPENDED
    with pytest.raises(ValidationError) as raised:
        growth.record_leave(session, LeaveEvent(None, sid, LeaveKind.RETURN, date(2026, 10, 1)))
    assert {p.code for p in raised.value.problems} == {"certificate_required"}
    assert students.get_student(session, sid).status is StudentStatus.SUSPENDED
    growth.record_leave(
        session,
        LeaveEvent(
            None,
            sid,
            LeaveKind.RETURN,
            date(2026, 10, 1),
            certificate_issuer="市康宁医院",
            certificate_on=date(2026, 9, 28),
        ),
    )
    assert students.get_student(session, sid).status is StudentStatus.IN_SCHOOL


def test_every_record_kind_lands_in_the_growth_file(session: Session) -> None:
    sid = _student(session)
    now = datetime(2026, 11, 20, 10, 0)
    growth.add_contact(session, Contact(None, sid, now, ContactKind.COUNSELING, "学生", "首次访谈"))
    growth.add_visit(
        session,
        HomeVisit(
            None,
            sid,
            date(2026, 11, 21),
            VisitKind.ONSITE,
            "王老师、李老师",
            "祖母",
            "居住条件一般",
            "缺少陪伴",
            "每周电话",
            date(2027, 2, 20),
            follow_up=True,
        ),
    )
    growth.add_referral(session, Referral(None, sid, date(2026, 11, 21), "市第七人民医院", True))
    growth.add_crisis(
        session,
        CrisisEvent(
            None,
            sid,
            now,
            CrisisKind.SELF_HARM,
            "手臂划伤",
            frozenset({Notified.GUARDIAN, Notified.PRINCIPAL}),
        ),
    )
    growth.set_case_status(session, sid, CaseStatus.CLOSED, "毕业离校")
    file = growth.open_growth_file(session, sid)
    assert (len(file.contacts), len(file.visits), len(file.referrals), len(file.crises)) == (
        1,
        1,
        1,
        1,
    )
    assert file.crises[0].notified == {Notified.GUARDIAN, Notified.PRINCIPAL}
    assert file.case_status is CaseStatus.CLOSED
    with pytest.raises(ValidationError):
        growth.add_visit(
            session,
            HomeVisit(None, sid, date.today() + timedelta(days=3), VisitKind.PHONE, "王老师"),
        )


def test_each_write_is_one_audit_entry_and_the_chain_verifies(session: Session) -> None:
    sid = _student(session)
    before = audit_repo.count(session.db)
    growth.set_level(session, sid, WarningLevel.BLUE, "留守儿童关注", SourceLevel.SCHOOL)
    assert audit_repo.count(session.db) == before + 1
    with pytest.raises(ValidationError):
        growth.set_level(session, sid, WarningLevel.BLUE, "again", SourceLevel.SCHOOL)
    assert audit_repo.count(session.db) == before + 1
    assert audit.verify(session).ok


def test_due_list_from_the_store(session: Session) -> None:
    sid = _student(session)
    raised_at = datetime.now() - timedelta(days=2)
    growth.set_level(session, sid, WarningLevel.RED, "自杀计划", SourceLevel.CLASS, at=raised_at)
    items = due.due_items(session)
    assert {i.kind for i in items if i.overdue} == {
        TaskKind.ASSESSMENT,
        TaskKind.GUARDIAN,
        TaskKind.LEADER,
        TaskKind.REFERRAL,
    }
    growth.add_contact(
        session, Contact(None, sid, datetime.now(), ContactKind.COUNSELING, "学生", "危机评估")
    )
    growth.add_crisis(
        session,
        CrisisEvent(
            None,
            sid,
            datetime.now(),
            CrisisKind.SUICIDE_PLAN,
            "告知家长与校长",
            frozenset({Notified.GUARDIAN, Notified.PRINCIPAL}),
        ),
    )
    growth.add_referral(
        session, Referral(None, sid, date.today(), "", False, declined_reason="家长已自行送医")
    )
    remaining = due.due_items(session)
    assert [i.kind for i in remaining] == [TaskKind.FOLLOW_UP]


def test_a_suspended_student_cannot_be_edited_back_into_school(session: Session) -> None:
    sid = _student(session)
    growth.record_leave(
        session, LeaveEvent(None, sid, LeaveKind.SUSPEND, date(2026, 9, 1), "住院治疗")
    )
    student = students.get_student(session, sid)
    fields = {n: getattr(student, n) for n in Student.__dataclass_fields__}
    with pytest.raises(ValidationError) as raised:
        students.update_student(session, Student(**{**fields, "status": StudentStatus.IN_SCHOOL}))
    assert raised.value.problems[0].code == "use_leave_record"
    assert students.get_student(session, sid).status is StudentStatus.SUSPENDED


def test_roster_puts_class_2_before_class_10(session: Session) -> None:
    # Plain text order would put "(10)班" before "(2)班"; head teachers read them by number.
    for number, name in (
        ("G110101201103050021", "七年级(10)班"),
        ("G110101201103050032", "七年级(2)班"),
    ):
        class_id = students.add_class(session, "七年级", name)
        students.add_student(
            session, Student(None, number, "王小明", Gender.MALE, date(2011, 3, 5), class_id)
        )
    names = [row.class_name for row in students.roster(session)]
    assert names == ["七年级(2)班", "七年级(10)班"]
    assert [c.name for c in students.classes(session)] == ["七年级(2)班", "七年级(10)班"]


def test_the_structure_check_of_audit_verify_passes_on_a_healthy_station(
    session: Session,
) -> None:
    _student(session)
    assert audit.structure_problems(session) == []  # "ok" lines are not problems
