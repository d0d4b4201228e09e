"""Backups and restores on real encrypted stations: write, verify, damage, restore."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.domain.accounts import Account
from app.domain.enums import ContactKind, Gender, Role, SourceLevel, WarningLevel
from app.domain.growth import Contact
from app.domain.student import Student
from app.errors import (
    CorruptFile,
    IntegrityFailure,
    NotFound,
    PermissionDenied,
    StationLocked,
    WrongCredentials,
)
from app.security import backup_container
from app.security.audit import AuditHead
from app.services import accounts, audit, backup, growth, restore, station, students
from app.services.session import Session
from tests.conftest import StationInfo, damage_a_page, snapshot

NOW = datetime(2026, 11, 2, 9, 30)


def fill(session: Session, n: int = 3) -> list[int]:
    """A class, ``n`` students, a flag, a contact each: enough history to compare."""
    class_id = students.add_class(session, "七年级", "七年级(1)班", "陈老师")
    ids = []
    for i in range(n):
        student = Student(None, f"G2013000{i:04d}", f"学生{i}", Gender.FEMALE, None, class_id)
        sid = students.add_student(session, student)
        growth.set_level(session, sid, WarningLevel.YELLOW, f"原因{i}", SourceLevel.CLASS)
        note = Contact(None, sid, NOW, ContactKind.COUNSELING, "本人", f"谈话{i}")
        growth.add_contact(session, note)
        ids.append(sid)
    return ids


def _state(session: Session) -> tuple[list[str], list[str], int]:
    names = [r[0] for r in session.db.query("SELECT name FROM students ORDER BY id")]
    notes = [r[0] for r in session.db.query("SELECT note FROM contacts ORDER BY id")]
    return names, notes, audit.verify(session).entries


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_backup_is_one_verified_private_file_named_after_school_and_time(
    session: Session, out: Path
) -> None:
    fill(session)
    result = backup.backup(session, out, now=NOW)
    assert [p.name for p in out.iterdir()] == [result.path.name]  # no temp file left
    assert result.path.name == "心安备份-绍兴市越城区第一中学-20261102-093000.xbak"
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert result.counts["students"] == 3 and result.counts["contacts"] == 3
    assert result.audit_seq == audit.verify(session).entries - 1  # + the "backup.made" entry
    data = result.path.read_bytes()
    assert "学生0".encode() not in data and b"SQLite format 3" not in data


def test_backup_opens_with_the_secrets_valid_when_it_was_made(
    session: Session, station_info: StationInfo, out: Path
) -> None:
    fill(session, 1)
    made = backup.backup(session, out)
    station.change_password(session, station_info.password, "a-new-password-77")
    info = restore.inspect_backup(made.path, station_info.password)
    assert info.counts is not None and info.counts["students"] == 1
    assert info.audit_head == made.audit_head and info.opened_by == "counselor"
    by_code = restore.inspect_backup(made.path, station_info.recovery_code.lower())
    assert by_code.opened_by == "recovery"
    with pytest.raises(WrongCredentials):
        restore.inspect_backup(made.path, "a-new-password-77")


def test_inspect_without_secret_reads_only_the_header(session: Session, out: Path) -> None:
    made = backup.backup(session, out, now=NOW)
    info = restore.inspect_backup(made.path)
    assert info.school_name == "绍兴市越城区第一中学" and info.created_at == NOW
    assert info.counts is None and info.audit_head is None


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def test_backup_damage_the_station_restore_everything_back(
    session: Session, station_info: StationInfo, out: Path
) -> None:
    fill(session)
    made = backup.backup(session, out)
    before = _state(session)
    session.close()
    damage_a_page(station_info)
    with station.unlock(station_info.folder, station_info.password) as damaged:
        assert damaged.read_only and damaged.integrity_problems
        with pytest.raises(IntegrityFailure, match="carry the damage"):
            backup.backup(damaged, out)
    result = restore.restore(made.path, station_info.folder, station_info.password)
    assert result.kept_aside is not None and (result.kept_aside / "station.db").exists()
    assert stat.S_IMODE((station_info.folder / "station.db").stat().st_mode) == 0o600
    with station.unlock(station_info.folder, station_info.password) as restored:
        assert not restored.read_only and restored.integrity_problems == []
        names, notes, _ = _state(restored)
        assert (names, notes) == before[:2]
        assert audit.verify(restored).ok
        actions = [r[0] for r in restored.db.query("SELECT payload FROM audit_log")]
        assert any('"backup.restored"' in a for a in actions)


def test_restore_with_the_recovery_code_into_an_empty_folder(
    session: Session, station_info: StationInfo, out: Path, tmp_path: Path
) -> None:
    fill(session, 2)
    made = backup.backup(session, out)
    session.close()
    result = restore.restore(made.path, tmp_path / "new-pc" / "station", station_info.recovery_code)
    assert result.kept_aside is None
    with station.unlock(result.station_folder, station_info.password) as restored:
        assert students.count(restored) == 2


def test_wrong_secret_or_damaged_backup_changes_nothing(
    session: Session, station_info: StationInfo, out: Path
) -> None:
    made = backup.backup(session, out)
    session.close()
    parent = station_info.folder.parent
    before, listing = snapshot(station_info.folder), sorted(os.listdir(parent))
    with pytest.raises(WrongCredentials):
        restore.restore(made.path, station_info.folder, "not-the-password")
    _flip(made.path, 5000)  # inside the database section
    with pytest.raises(CorruptFile, match="damaged"):
        restore.restore(made.path, station_info.folder, station_info.password)
    assert snapshot(station_info.folder) == before
    assert sorted(os.listdir(parent)) == listing  # no staging folder left behind


def test_a_changed_header_is_detected(
    session: Session, station_info: StationInfo, out: Path
) -> None:
    made = backup.backup(session, out)
    data = made.path.read_bytes()
    forged = data.replace("绍兴市越城区第一中学".encode(), "绍兴市越城区第二中学".encode())
    made.path.write_bytes(forged)
    assert restore.inspect_backup(made.path).school_name == "绍兴市越城区第二中学"
    with pytest.raises(CorruptFile, match="altered"):
        restore.inspect_backup(made.path, station_info.password)


def test_restore_refuses_while_the_station_is_open(
    session: Session, station_info: StationInfo, out: Path
) -> None:
    made = backup.backup(session, out)
    before = snapshot(station_info.folder)
    with pytest.raises(StationLocked):
        restore.restore(made.path, station_info.folder, station_info.password)
    assert snapshot(station_info.folder) == before


def test_failure_after_the_swap_puts_the_original_back(
    session: Session, station_info: StationInfo, out: Path
) -> None:
    fill(session, 1)
    made = backup.backup(session, out)
    session.close()
    # A folder where a sealed report should be: carrying the inbox over fails after the swap.
    (station_info.folder / "inbox" / "odd.xrep").mkdir(parents=True)
    parent = station_info.folder.parent
    before, listing = snapshot(station_info.folder), sorted(os.listdir(parent))
    with pytest.raises(OSError):
        restore.restore(made.path, station_info.folder, station_info.password)
    assert snapshot(station_info.folder) == before
    assert sorted(os.listdir(parent)) == listing


def test_unread_sealed_reports_are_carried_over(
    session: Session, station_info: StationInfo, out: Path
) -> None:
    made = backup.backup(session, out)
    session.close()
    waiting = station_info.folder / "inbox" / "report-abc.xrep"
    waiting.write_bytes(b"sealed bytes")
    restore.restore(made.path, station_info.folder, station_info.password)
    assert (station_info.folder / "inbox" / "report-abc.xrep").read_bytes() == b"sealed bytes"


def test_status_reminds_after_the_configured_days(session: Session, out: Path) -> None:
    assert backup.backup_status(session).due and backup.backup_status(session).last_at is None
    backup.backup(session, out, now=NOW)
    assert not backup.backup_status(session, NOW + timedelta(days=6)).due
    assert backup.backup_status(session, NOW + timedelta(days=8)).due
    backup.save_settings(session, backup.BackupSettings(reminder_days=10))
    status = backup.backup_status(session, NOW + timedelta(days=8))
    assert not status.due and status.reminder_days == 10


def test_automatic_backups_rotate_and_spare_manual_and_foreign_files(
    session: Session, out: Path
) -> None:
    assert backup.auto_backup_if_due(session, NOW) is None  # off by default
    manual = backup.backup(session, out, now=NOW - timedelta(days=30))
    foreign = out / "someone-else.xbak"
    foreign.write_bytes(b"not ours")
    backup.save_settings(session, backup.BackupSettings(auto_folder=str(out), auto_keep=2))
    made = [backup.auto_backup_if_due(session, NOW + timedelta(days=d)) for d in range(4)]
    assert all(m is not None for m in made)
    assert backup.auto_backup_if_due(session, NOW + timedelta(days=3, hours=5)) is None
    autos = sorted(p.name for p in out.glob("心安自动备份-*.xbak"))
    assert autos == sorted(m.path.name for m in made[-2:] if m is not None)
    assert manual.path.exists() and foreign.exists()
    assert not backup.backup_status(session, NOW + timedelta(days=3)).due


def test_backup_needs_a_folder_and_a_counselor(
    session: Session, station_info: StationInfo, out: Path
) -> None:
    with pytest.raises(NotFound):
        backup.backup(session, out / "missing")
    accounts.create_account(
        session, Account(None, "leader", "李校长", Role.LEADER), "leader-password-1"
    )
    session.close()
    leader = station.unlock(station_info.folder, "leader-password-1", "leader")
    with leader, pytest.raises(PermissionDenied):
        backup.backup(leader, out)


def test_container_rejects_what_is_not_a_backup(tmp_path: Path) -> None:
    for name, data in {
        "empty": b"",
        "text": b"hello world" * 10,
        "footer-only": b"x" * 100 + backup_container.MAGIC,
    }.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(CorruptFile):
            restore.inspect_backup(path)


def test_verification_compares_counts_and_head(session: Session, out: Path) -> None:
    """The copy must match the station: a station changed behind the snapshot fails."""
    made = backup.backup(session, out)
    assert made.counts == restore.inspect_backup(made.path, "correct-horse-42").counts
    with pytest.raises(IntegrityFailure):
        backup._compare({"students": 1}, {"students": 2}, None, None, b"k" * 32)
    head = AuditHead(3, b"h" * 32, b"m" * 32)
    with pytest.raises(IntegrityFailure, match="audit head"):
        backup._compare({}, {}, head, None, b"k" * 32)


def test_file_names_are_safe_on_windows() -> None:
    name = backup.file_name('一中/分校:"A"<B>|?*', NOW)
    assert not any(ch in name for ch in '\\/:*?"<>|')
    assert name.endswith("-20261102-093000.xbak")


def test_a_read_only_session_can_be_backed_up_but_records_nothing(
    session: Session, station_info: StationInfo, out: Path
) -> None:
    fill(session, 1)
    session.close()
    with station.unlock(station_info.folder, station_info.password, read_only=True) as reader:
        made = backup.backup(reader, out)
        assert made.counts["students"] == 1
        assert backup.backup_status(reader).last_at is None
    assert restore.inspect_backup(made.path, station_info.password).students == 1


def test_a_deferred_integrity_check_is_finished_before_a_backup(
    session: Session, station_info: StationInfo, out: Path
) -> None:
    """The desktop unlocks with the check deferred; a backup must not run ahead of it."""
    fill(session, 1)
    session.close()
    with station.unlock(station_info.folder, station_info.password, defer_checks=True) as quick:
        assert quick.checks_pending
        made = backup.backup(quick, out)
        assert not quick.checks_pending and made.counts["students"] == 1
    damage_a_page(station_info)
    with station.unlock(station_info.folder, station_info.password, defer_checks=True) as damaged:
        assert damaged.checks_pending and not damaged.integrity_problems
        with pytest.raises(IntegrityFailure, match="carry the damage"):
            backup.backup(damaged, out)
        assert damaged.read_only and damaged.integrity_problems
    assert [p.name for p in out.iterdir()] == [made.path.name]
