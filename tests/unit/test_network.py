"""Issue 4 core: roles enforced in the services, sealed reports, triage, escalation."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from app.domain.accounts import Account
from app.domain.committee import CommitteeReport, Concern
from app.domain.enums import (
    ContactKind,
    Gender,
    MeasureOwner,
    Role,
    SourceLevel,
    Urgency,
    VisitKind,
    WarningLevel,
)
from app.domain.growth import Contact, HomeVisit, Measure, Referral
from app.domain.student import Student
from app.errors import CorruptFile, PermissionDenied, ValidationError, WrongCredentials
from app.security import sealed
from app.services import (
    accounts,
    dashboard,
    due,
    growth,
    inbox,
    report_entry,
    search,
    station,
    students,
    triage,
)
from app.services.session import Session
from app.services.station_public import StationPublic
from tests.conftest import StationInfo

TEACHER_PW = "teacher-pass-77"


def _school(session: Session) -> dict[str, int]:
    ids = {
        "c1": students.add_class(session, "七年级", "七年级(1)班", "李老师"),
        "c2": students.add_class(session, "八年级", "八年级(1)班", "周老师"),
    }
    for key, name, class_key in [("a", "张三丰", "c1"), ("b", "李四", "c1"), ("c", "王五", "c2")]:
        ids[key] = students.add_student(
            session,
            Student(
                None,
                f"G00000000000000{len(ids):04d}",
                name,
                Gender.MALE,
                date(2012, 1, 1),
                ids[class_key],
                notes="咨询笔记：家庭矛盾",
            ),
        )
    return ids


def _teacher(session: Session, class_id: int, username: str = "li") -> int:
    return accounts.create_account(
        session,
        Account(None, username, "李老师", Role.HEAD_TEACHER),
        TEACHER_PW,
        class_ids=frozenset({class_id}),
    )


def test_head_teacher_sees_only_own_class_without_counseling_details(
    session: Session, station_info: StationInfo
) -> None:
    ids = _school(session)
    growth.set_level(session, ids["a"], WarningLevel.ORANGE, "自伤史", SourceLevel.CLASS)
    growth.add_contact(
        session,
        Contact(
            None, ids["a"], datetime(2026, 11, 1, 9), ContactKind.COUNSELING, "学生", "谈到自伤念头"
        ),
    )
    growth.add_referral(session, Referral(None, ids["a"], date(2026, 11, 2), "市七院", True))
    growth.save_plan(
        session,
        ids["a"],
        "情绪问题",
        "稳定",
        None,
        (
            Measure("个体辅导", MeasureOwner.COUNSELOR),
            Measure("每周家访电话", MeasureOwner.HEAD_TEACHER),
        ),
    )
    _teacher(session, ids["c1"])
    session.close()
    with station.unlock(station_info.folder, TEACHER_PW, "li") as teacher:
        assert {r.student_id for r in students.roster(teacher)} == {ids["a"], ids["b"]}
        with pytest.raises(PermissionDenied):
            growth.open_growth_file(teacher, ids["c"])
        with pytest.raises(PermissionDenied):
            students.get_student(teacher, ids["c"])
        file = growth.open_growth_file(teacher, ids["a"])
        assert file.current_level is WarningLevel.ORANGE
        assert file.flags[0].reason == "" and file.student.notes == ""
        assert file.contacts == () and file.referrals == ()
        assert [m.what for m in file.plans[0].measures] == ["每周家访电话"]
        assert search.search_students(teacher, "家庭矛盾") == frozenset()
        assert {i.student_id for i in due.due_items(teacher)} <= {ids["a"], ids["b"]}
        with pytest.raises(PermissionDenied):
            growth.set_level(teacher, ids["b"], WarningLevel.BLUE, "x", SourceLevel.CLASS)
        with pytest.raises(PermissionDenied):
            dashboard.figures(teacher)
        growth.add_visit(
            teacher, HomeVisit(None, ids["b"], date.today(), VisitKind.ONSITE, "李老师")
        )
        with pytest.raises(PermissionDenied):
            growth.add_visit(
                teacher, HomeVisit(None, ids["c"], date.today(), VisitKind.PHONE, "李老师")
            )


def test_leader_sees_red_and_orange_summaries_without_session_notes(
    session: Session, station_info: StationInfo
) -> None:
    ids = _school(session)
    growth.set_level(session, ids["a"], WarningLevel.RED, "自杀计划", SourceLevel.CLASS)
    growth.set_level(session, ids["b"], WarningLevel.YELLOW, "筛查", SourceLevel.EXTERNAL)
    growth.add_contact(
        session,
        Contact(
            None, ids["a"], datetime(2026, 11, 1, 9), ContactKind.COUNSELING, "学生", "会谈记录"
        ),
    )
    accounts.create_account(session, Account(None, "boss", "赵校长", Role.LEADER), TEACHER_PW)
    session.close()
    with station.unlock(station_info.folder, TEACHER_PW, "boss") as leader:
        assert [r.student_id for r in students.roster(leader)] == [ids["a"]]
        assert growth.open_growth_file(leader, ids["a"]).contacts == ()
        with pytest.raises(PermissionDenied):
            growth.open_growth_file(leader, ids["b"])
        assert dashboard.figures(leader).open_flags[WarningLevel.YELLOW] == 1
        notices = accounts.my_notifications(leader)
        assert [(n.student_id, n.level) for n in notices] == [(ids["a"], WarningLevel.RED)]


def test_escalation_notifies_leaders_and_the_head_teacher(
    session: Session, station_info: StationInfo
) -> None:
    ids = _school(session)
    _teacher(session, ids["c1"])
    growth.set_level(session, ids["a"], WarningLevel.YELLOW, "情绪", SourceLevel.CLASS)
    growth.set_level(session, ids["a"], WarningLevel.ORANGE, "加重", SourceLevel.CLASS)
    growth.set_level(session, ids["a"], WarningLevel.YELLOW, "好转", SourceLevel.SELF)
    growth.set_level(session, ids["c"], WarningLevel.RED, "危机", SourceLevel.GRADE)
    session.close()
    with station.unlock(station_info.folder, TEACHER_PW, "li") as teacher:
        notices = accounts.my_notifications(teacher)
        assert [(n.student_id, n.level) for n in notices] == [(ids["a"], WarningLevel.ORANGE)]
        accounts.mark_notifications_read(teacher, [n.id for n in notices])
        assert accounts.my_notifications(teacher) == []


def test_disable_destroys_the_slot_and_reset_writes_a_new_one(
    session: Session, station_info: StationInfo
) -> None:
    ids = _school(session)
    teacher_id = _teacher(session, ids["c1"])
    accounts.disable_account(session, teacher_id)
    assert b'"username": "li"' not in (station_info.folder / "station.keys").read_bytes()
    session.close()
    with pytest.raises(WrongCredentials):
        station.unlock(station_info.folder, TEACHER_PW, "li")
    with station.unlock(station_info.folder, station_info.password) as counselor:
        accounts.reset_password(counselor, teacher_id, "fresh-teacher-pw")
        with pytest.raises(PermissionDenied):
            accounts.reset_password(counselor, counselor.account.id or 0, "whatever-pw-1")
    station.unlock(station_info.folder, "fresh-teacher-pw", "li").close()


def test_head_teacher_account_needs_a_class(session: Session) -> None:
    with pytest.raises(ValidationError):
        accounts.create_account(session, Account(None, "x1", "某", Role.HEAD_TEACHER), TEACHER_PW)


# --- sealed reports ----------------------------------------------------------------------


def _report(class_id: int, reporter: str = "心理委员甲", *concerns: Concern) -> CommitteeReport:
    return CommitteeReport(
        None,
        class_id,
        None,
        reporter,
        date(2026, 11, 16),
        date(2026, 11, 22),
        3,
        "班级氛围紧张",
        not concerns,
        tuple(concerns),
    )


def _submit(public_file: Path, out: Path, report: CommitteeReport) -> Path:
    return report_entry.submit(StationPublic.load(public_file), report, out)


def test_report_entry_is_write_only(
    session: Session, station_info: StationInfo, tmp_path: Path
) -> None:
    ids = _school(session)
    inbox.publish(session)
    session.close()
    secret_text = "她说不想活了-3c9d1e"
    usb = tmp_path / "usb"
    shutil.copy(station_info.folder / "station.pub", tmp_path / "station.pub")
    path = _submit(
        tmp_path / "station.pub",
        usb,
        _report(ids["c1"], "心理委员甲", Concern("张三丰", secret_text, Urgency.URGENT)),
    )
    everything = [*station_info.folder.rglob("*"), *usb.rglob("*"), tmp_path / "station.pub"]
    for file in (p for p in everything if p.is_file()):
        data = file.read_bytes()
        assert secret_text.encode() not in data and b"3c9d1e" not in data, file
    with pytest.raises(CorruptFile):
        sealed.open_sealed(
            path.read_bytes(),
            sealed.new_inbox_key(),
            StationPublic.load(tmp_path / "station.pub").station_id,
        )


def test_intake_triage_and_missing_reports(session: Session, station_info: StationInfo) -> None:
    ids = _school(session)
    public = station_info.folder / "station.pub"
    inbox.publish(session)
    session.close()
    target = station_info.folder / "inbox"
    _submit(
        public,
        target,
        _report(
            ids["c1"],
            "委员甲",
            Concern("张三丰", "割手腕", Urgency.URGENT),
            Concern("李四", "上课睡觉", Urgency.NORMAL),
        ),
    )
    with station.unlock(station_info.folder, station_info.password) as counselor:
        assert counselor.intake.imported == 1 and counselor.intake.urgent == 1
        assert list(target.glob("*.xrep")) == []
        pending = triage.pending(counselor)
        assert [p.concern.urgency for p in pending] == [Urgency.URGENT, Urgency.NORMAL]
        urgent, normal = pending
        assert urgent.concern.student_id == ids["a"]
        flag = triage.to_flag(counselor, urgent.concern.id or 0, WarningLevel.ORANGE, "自伤行为")
        assert (flag.source, flag.reporter, flag.level) == (
            SourceLevel.CLASS,
            "委员甲",
            WarningLevel.ORANGE,
        )
        with pytest.raises(ValidationError):
            triage.merge(counselor, normal.concern.id or 0, "同一事件")
        triage.dismiss(counselor, normal.concern.id or 0, "已与班主任核实，无异常")
        assert triage.pending(counselor) == []
        assert triage.classes_missing_report(counselor, date(2026, 11, 18)) == [ids["c2"]]


def test_tampered_truncated_and_foreign_reports_are_quarantined(
    session: Session, station_info: StationInfo, tmp_path: Path
) -> None:
    ids = _school(session)
    public = station_info.folder / "station.pub"
    inbox.publish(session)
    session.close()
    target = station_info.folder / "inbox"
    good = _submit(public, target, _report(ids["c1"]))
    flipped = _submit(public, target, _report(ids["c2"], "委员乙"))
    data = bytearray(flipped.read_bytes())
    data[40] ^= 1
    flipped.write_bytes(bytes(data))
    truncated = _submit(public, target, _report(ids["c1"], "委员丙"))
    truncated.write_bytes(truncated.read_bytes()[:30])
    foreign_public = StationPublic.load(public)
    foreign = StationPublic(
        "another-station",
        "外校",
        sealed.public_bytes(sealed.new_inbox_key().public_key()),
        foreign_public.classes,
    )
    report_entry.submit(foreign, _report(ids["c1"], "委员丁"), target)
    (target / "garbage.xrep").write_bytes(b"\x00" * 10)
    with station.unlock(station_info.folder, station_info.password) as counselor:
        result = counselor.intake
        assert result.imported == 1
        assert len(result.quarantined) == 4 and all(q.reason for q in result.quarantined)
        assert not good.exists()
        quarantined = sorted(p.name for p in (target / "quarantine").iterdir())
        assert len(quarantined) == 4
        assert len(triage.reports_of_week(counselor, date(2026, 11, 18))) == 1


def test_the_same_report_twice_is_stored_once(
    session: Session, station_info: StationInfo, tmp_path: Path
) -> None:
    ids = _school(session)
    inbox.publish(session)
    session.close()
    target = station_info.folder / "inbox"
    path = _submit(station_info.folder / "station.pub", tmp_path, _report(ids["c1"]))
    shutil.copy(path, target / path.name)
    station.unlock(station_info.folder, station_info.password).close()
    shutil.copy(path, target / path.name)
    with station.unlock(station_info.folder, station_info.password) as counselor:
        assert (counselor.intake.imported, counselor.intake.duplicates) == (0, 1)
        assert len(triage.reports_of_week(counselor, date(2026, 11, 18))) == 1


def test_reporter_must_be_a_committee_member_once_members_are_set(
    session: Session, station_info: StationInfo, tmp_path: Path
) -> None:
    ids = _school(session)
    triage.add_member(session, "心理委员甲", ids["c1"])
    public = StationPublic.load(station_info.folder / "station.pub")
    assert public.classes[0].members == ("心理委员甲",)
    with pytest.raises(ValidationError):
        report_entry.submit(public, _report(ids["c1"], "冒名者"), tmp_path)
    report_entry.submit(public, _report(ids["c1"], "心理委员甲"), tmp_path)
