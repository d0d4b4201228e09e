"""The CLI end to end against real encrypted stations (one subprocess per command)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import station
from tests.conftest import StationInfo, snapshot
from tests.e2e.cli import run_cli


def _env(info: StationInfo, **extra: str) -> dict[str, str]:
    return {"XINAN_PASSWORD": info.password, "XINAN_STATION": str(info.folder), **extra}


def _add_student(info: StationInfo) -> None:
    from datetime import date

    from app.domain.enums import Gender
    from app.domain.student import Student
    from app.services import students

    with station.unlock(info.folder, info.password) as session:
        class_id = students.add_class(session, "八年级", "八年级(2)班", "周老师")
        students.add_student(
            session,
            Student(
                None, "G120101201204010022", "李思思", Gender.FEMALE, date(2012, 4, 1), class_id
            ),
        )


def test_init_prints_recovery_code_once_and_refuses_to_overwrite(tmp_path: Path) -> None:
    folder = tmp_path / "new-station"
    env = {"XINAN_PASSWORD": "a-good-password-1"}
    args = (
        "init",
        "--station",
        str(folder),
        "--school",
        "测试小学",
        "--county",
        "330621",
        "--type",
        "primary",
        "--user",
        "liu",
        "--display-name",
        "刘老师",
    )
    result = run_cli(*args, env=env)
    assert result.returncode == 0, result.stderr
    code = result.stdout.split("shown only once):")[1].split()[0]
    assert len(code) == 35 and code.count("-") == 5
    station.unlock(folder, "a-good-password-1", "liu").close()
    again = run_cli(*args, env=env)
    assert again.returncode == 1
    assert again.stderr.strip().count("\n") == 0 and "already exists" in again.stderr


def test_init_rejects_bad_input_with_one_line(tmp_path: Path) -> None:
    result = run_cli(
        "init",
        "--station",
        str(tmp_path / "s"),
        "--school",
        "x",
        "--county",
        "12",
        env={"XINAN_PASSWORD": "short"},
    )
    assert result.returncode == 1
    assert "county" in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "s" / "station.db").exists()


def test_wrong_password_exit_1_and_every_file_byte_identical(station_info: StationInfo) -> None:
    before = snapshot(station_info.folder)
    result = run_cli("student", "list", env=_env(station_info, XINAN_PASSWORD="wrong-pass-1"))
    assert result.returncode == 1
    assert result.stderr == "xinan: wrong user name or password\n"
    assert snapshot(station_info.folder) == before


def test_usage_errors_exit_2(station_info: StationInfo) -> None:
    assert run_cli("flag", "set", env=_env(station_info)).returncode == 2
    assert (
        run_cli(
            "flag", "set", "1", "--level", "purple", "--reason", "x", env=_env(station_info)
        ).returncode
        == 2
    )


def test_flag_visit_due_show_and_list(station_info: StationInfo) -> None:
    _add_student(station_info)
    env = _env(station_info)
    result = run_cli(
        "flag",
        "set",
        "G120101201204010022",
        "--level",
        "red",
        "--reason",
        "班级心理委员报告自伤念头",
        "--source",
        "class",
        "--reporter",
        "心理委员",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "clear -> red" in result.stdout
    result = run_cli(
        "visit",
        "add",
        "G120101201204010022",
        "--date",
        "2026-11-01",
        "--kind",
        "onsite",
        "--visitors",
        "周老师",
        "--next",
        "2027-02-01",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    due = run_cli("due", env=env)
    assert due.returncode == 0, due.stderr
    assert "心理评估" in due.stdout and "绿色通道转介" in due.stdout and "李思思" in due.stdout
    listing = run_cli("student", "list", "--level", "red", env=env)
    assert "李思思" in listing.stdout and "共 1 名学生" in listing.stdout
    assert (
        "共 0 名学生"
        in run_cli("student", "list", "--class", "八年级(2)班", "--level", "blue", env=env).stdout
    )
    shown = run_cli("student", "show", "G120101201204010022", env=env)
    assert "红色" in shown.stdout and "实地家访" in shown.stdout
    bad = run_cli(
        "visit",
        "add",
        "G120101201204010022",
        "--date",
        "2026-13-01",
        "--kind",
        "onsite",
        "--visitors",
        "周老师",
        env=env,
    )
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr
    assert run_cli("audit", "verify", env=env).returncode == 0


def test_passwd_then_recover(station_info: StationInfo) -> None:
    env = _env(station_info, XINAN_NEW_PASSWORD="brand-new-pass-2")
    db_before = (station_info.folder / "station.db").read_bytes()[:4096]
    result = run_cli("passwd", env=env)
    assert result.returncode == 0, result.stderr
    assert (station_info.folder / "station.db").read_bytes()[:4096] == db_before
    assert run_cli("due", env=env).returncode == 1
    assert run_cli("due", env=_env(station_info, XINAN_PASSWORD="brand-new-pass-2")).returncode == 0
    env = _env(
        station_info,
        XINAN_RECOVERY_CODE=station_info.recovery_code.lower(),
        XINAN_NEW_PASSWORD="recovered-pass-3",
    )
    result = run_cli("recover", env=env)
    assert result.returncode == 0, result.stderr
    assert run_cli("due", env=_env(station_info, XINAN_PASSWORD="recovered-pass-3")).returncode == 0
    wrong = run_cli(
        "recover",
        env=_env(
            station_info, XINAN_RECOVERY_CODE="2222-33333", XINAN_NEW_PASSWORD="whatever-pass-4"
        ),
    )
    assert wrong.returncode == 1 and "recovery code" in wrong.stderr


TAMPERING = {
    "edit": 'UPDATE audit_log SET payload = replace(payload, \'"at":"2\', \'"at":"1\') '
    "WHERE seq = 3",
    "delete": "DELETE FROM audit_log WHERE seq = 2",
    "reorder": "UPDATE audit_log SET payload = (SELECT payload FROM audit_log WHERE seq = 4) "
    "WHERE seq = 3",
    "truncate": "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)",
}


@pytest.mark.parametrize("kind", sorted(TAMPERING))
def test_audit_verify_detects_tampering(station_info: StationInfo, kind: str) -> None:
    _add_student(station_info)
    with station.unlock(station_info.folder, station_info.password) as session:
        conn = session.db.conn
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute(TAMPERING[kind])
    result = run_cli("audit", "verify", env=_env(station_info))
    assert result.returncode == 1
    assert "BROKEN" in result.stderr


def test_damaged_database_reported_in_one_line_and_writes_refused(
    station_info: StationInfo,
) -> None:
    _add_student(station_info)
    db_path = station_info.folder / "station.db"
    data = bytearray(db_path.read_bytes())
    for offset in range(3 * 4096 + 64, 3 * 4096 + 96):
        data[offset] ^= 0xFF
    db_path.write_bytes(bytes(data))
    listing = run_cli("student", "list", env=_env(station_info))
    assert listing.stderr.startswith("xinan: warning: the database failed its integrity check")
    assert listing.stderr.count("\n") == 1
    write = run_cli(
        "flag",
        "set",
        "G120101201204010022",
        "--level",
        "blue",
        "--reason",
        "x",
        env=_env(station_info),
    )
    assert write.returncode == 1
    assert "read-only" in write.stderr.splitlines()[-1]
    assert db_path.read_bytes() == bytes(data)
