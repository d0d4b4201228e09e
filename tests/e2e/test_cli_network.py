"""Accounts, committee members and triage from the command line."""

from __future__ import annotations

from datetime import date

from app.domain.committee import CommitteeReport, Concern
from app.domain.enums import Gender, Urgency
from app.domain.student import Student
from app.services import report_entry, station, students
from app.services.station_public import StationPublic
from tests.conftest import StationInfo
from tests.e2e.cli import run_cli


def test_head_teacher_account_committee_report_and_triage(station_info: StationInfo) -> None:
    env = {"XINAN_PASSWORD": station_info.password, "XINAN_STATION": str(station_info.folder)}
    with station.unlock(station_info.folder, station_info.password) as session:
        class_id = students.add_class(session, "九年级", "九年级(3)班", "孙老师")
        students.add_student(
            session,
            Student(
                None, "G000000000000009001", "周小雨", Gender.FEMALE, date(2011, 2, 2), class_id
            ),
        )
    result = run_cli(
        "account",
        "add",
        "sun",
        "--name",
        "孙老师",
        "--role",
        "head_teacher",
        "--class",
        "九年级(3)班",
        env={**env, "XINAN_NEW_PASSWORD": "sun-pass-123"},
    )
    assert result.returncode == 0, result.stderr
    assert (
        run_cli("committee", "add-member", "刘心语", "--class", "九年级(3)班", env=env).returncode
        == 0
    )
    public = StationPublic.load(station_info.folder / "station.pub")
    report_entry.submit(
        public,
        CommitteeReport(
            None,
            class_id,
            None,
            "刘心语",
            date(2026, 11, 16),
            date(2026, 11, 22),
            2,
            "",
            concerns=(Concern("周小雨", "最近总是哭", Urgency.URGENT),),
        ),
        station_info.folder / "inbox",
    )
    inbox = run_cli("committee", "inbox", env=env)
    assert inbox.returncode == 0 and "紧急" in inbox.stdout and "最近总是哭" in inbox.stdout
    concern_id = inbox.stdout.splitlines()[1].split()[0]
    triaged = run_cli(
        "committee", "triage", concern_id, "--level", "orange", "--reason", "情绪持续低落", env=env
    )
    assert triaged.returncode == 0, triaged.stderr
    teacher = run_cli(
        "student", "list", env={**env, "XINAN_PASSWORD": "sun-pass-123", "XINAN_USER": "sun"}
    )
    assert "周小雨" in teacher.stdout and "橙色" in teacher.stdout
    listing = run_cli("account", "list", env=env)
    assert "sun" in listing.stdout and "班主任" in listing.stdout
    refused = run_cli(
        "account", "list", env={**env, "XINAN_PASSWORD": "sun-pass-123", "XINAN_USER": "sun"}
    )
    assert refused.returncode == 1 and "may not" in refused.stderr
