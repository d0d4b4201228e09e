"""Student file transfer 档案转接 between two real stations, end to end."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from app.domain.accounts import Account
from app.domain.enums import (
    ContactKind,
    Gender,
    KeyGroup,
    LeaveKind,
    MeasureOwner,
    Role,
    SchoolType,
    SourceLevel,
    StudentStatus,
    VisitKind,
    WarningLevel,
)
from app.domain.growth import Contact, HomeVisit, LeaveEvent, Measure
from app.domain.school import School
from app.domain.student import Guardian, Student
from app.errors import CorruptFile, ImportRejected, ValidationError
from app.services import audit, growth, station, students, transfer
from app.services import transfer_format as fmt
from app.services.session import Session
from app.services.transfer_payload import Payload, decode, encode
from app.sync import age, minisign
from tests.conftest import PASSWORD, StationInfo

NUMBER = "G201301020001"


@dataclass
class Schools:
    sender: Session
    receiver: Session
    receiver_info: StationInfo
    student_id: int
    key_file: Path
    folder: Path


def _second_station(tmp_path: Path, name: str) -> StationInfo:
    created = station.create_station(
        tmp_path / name,
        School(name, "330603", SchoolType.JUNIOR, boarding=False),
        Account(None, "counselor", "刘老师", Role.COUNSELOR),
        PASSWORD,
    )
    created.session.close()
    return StationInfo(tmp_path / name, PASSWORD, created.recovery_code)


def _history(session: Session) -> int:
    class_id = students.add_class(session, "六年级", "六年级(2)班")
    student = Student(
        None, NUMBER, "张小明", Gender.MALE, date(2013, 1, 2), class_id,
        tags=frozenset({KeyGroup.LEFT_BEHIND}), notes="爷爷奶奶照看",
        guardians=(Guardian("张父", "父亲", "13900000001"),),
    )  # fmt: skip
    sid = students.add_student(session, student)
    growth.set_level(session, sid, WarningLevel.ORANGE, "自伤史", SourceLevel.CLASS, "心理委员")
    growth.save_plan(session, sid, "情绪低落", "稳定情绪", date(2026, 12, 1),
                     (Measure("每周谈话", MeasureOwner.COUNSELOR),))  # fmt: skip
    growth.add_contact(
        session,
        Contact(None, sid, datetime(2026, 10, 9, 10), ContactKind.GUARDIAN, "母亲", "电话沟通"),
    )
    growth.add_visit(
        session, HomeVisit(None, sid, date(2026, 10, 1), VisitKind.ONSITE, "王老师", "祖父母")
    )
    return sid


@pytest.fixture
def schools(session: Session, tmp_path: Path) -> Iterator[Schools]:
    info = _second_station(tmp_path, "绍兴市第二初级中学")
    receiver = station.unlock(info.folder, info.password)
    sid = _history(session)
    folder = tmp_path / "usb"
    folder.mkdir()
    key_file = transfer.export_key_file(receiver, folder)
    yield Schools(session, receiver, info, sid, key_file, folder)
    receiver.close()


def _counts(session: Session) -> dict[str, int]:
    tables = ("students", "flag_changes", "plans", "contacts", "home_visits", "case_status")
    return {t: int(session.db.one(f"SELECT count(*) FROM {t}")[0]) for t in tables}


def test_transfer_end_to_end(schools: Schools) -> None:
    sent = transfer.export_student(
        schools.sender, schools.student_id, schools.key_file, schools.folder
    )
    assert "张小明".encode() not in sent.path.read_bytes()
    kept = students.get_student(schools.sender, schools.student_id)
    assert kept.status is StudentStatus.TRANSFERRED and kept.name == "张小明"
    seen = transfer.preview(schools.receiver, sent.path)
    assert seen.sender.school_name == "绍兴市越城区第一中学" and not seen.sender_known
    assert seen.growth.student.name == "张小明" and seen.placement == "六年级(2)班"
    assert seen.record_counts["flags"] == 1 and seen.conflict is None
    result = transfer.accept(schools.receiver, sent.path)
    assert result.created_new
    arrived = growth.open_growth_file(schools.receiver, result.student_id)
    assert arrived.student.class_id is None and arrived.student.status is StudentStatus.IN_SCHOOL
    assert arrived.student.guardians[0].phone == "13900000001"
    assert arrived.current_level is WarningLevel.ORANGE and arrived.plans[0].measures
    assert arrived.visits[0].met_with == "祖父母" and arrived.contacts[0].note == "电话沟通"
    assert "转入：自 绍兴市越城区第一中学" in arrived.case_history[-1].reason
    (came,) = transfer.transfers_in(schools.receiver, result.student_id)
    assert came.records["flag_changes"] == [arrived.flags[0].id]
    assert audit.verify(schools.receiver).ok and audit.verify(schools.sender).ok
    again = transfer.preview(schools.receiver, sent.path)
    assert again.sender_known and again.already_received_at is not None
    with pytest.raises(ImportRejected, match="already received"):
        transfer.accept(schools.receiver, sent.path)


def test_a_transfer_for_another_school_is_refused_and_writes_nothing(
    schools: Schools, tmp_path: Path
) -> None:
    sent = transfer.export_student(
        schools.sender, schools.student_id, schools.key_file, schools.folder
    )
    other_info = _second_station(tmp_path, "另一所学校")
    with station.unlock(other_info.folder, other_info.password) as other:
        before = _counts(other)
        with pytest.raises(ImportRejected, match="addressed to 绍兴市第二初级中学"):
            transfer.accept(other, sent.path)
        assert _counts(other) == before


def _reseal(schools: Schools, path: Path, change: Callable[[bytes], bytes]) -> bytes:
    """Decrypt a transfer with the receiver's key, change its plaintext, encrypt it again
    (as someone holding only the receiver's public key could)."""
    data = path.read_bytes()
    header = age.parse_header(data)
    inner = age.decrypt(data, _key(schools))
    return age.encrypt(change(inner), _public(schools), header.stanzas[1:])


def _public(schools: Schools) -> X25519PublicKey:
    return _key(schools).public_key()


@pytest.mark.parametrize("where", ["stanza", "payload", "truncated", "signed content"])
def test_a_tampered_transfer_is_refused(schools: Schools, where: str) -> None:
    sent = transfer.export_student(
        schools.sender, schools.student_id, schools.key_file, schools.folder
    )
    data = sent.path.read_bytes()
    if where == "stanza":
        data = data.replace(b" 330603 ", b" 330604 ", 1)  # the county in the envelope
    elif where == "payload":
        data = data[:-200] + bytes([data[-200] ^ 1]) + data[-199:]
    elif where == "truncated":
        data = data[: len(data) // 2]
    else:
        data = _reseal(schools, sent.path, lambda inner: inner[:-1] + bytes([inner[-1] ^ 1]))
    sent.path.write_bytes(data)
    before = _counts(schools.receiver)
    with pytest.raises(CorruptFile, match=r"altered|truncated"):
        transfer.accept(schools.receiver, sent.path)
    assert _counts(schools.receiver) == before


def test_student_number_conflicts_are_explicit(schools: Schools) -> None:
    sent = transfer.export_student(
        schools.sender, schools.student_id, schools.key_file, schools.folder
    )
    class_id = students.add_class(schools.receiver, "七年级", "七年级(5)班")
    roster = Student(None, NUMBER, "张小明", Gender.MALE, date(2013, 1, 2), class_id)
    existing = students.add_student(schools.receiver, roster)
    seen = transfer.preview(schools.receiver, sent.path)
    assert seen.conflict is not None and seen.conflict.same_name
    assert seen.conflict.class_name == "七年级(5)班"
    before = _counts(schools.receiver)
    with pytest.raises(ImportRejected, match="already here"):
        transfer.accept(schools.receiver, sent.path)
    assert _counts(schools.receiver) == before
    result = transfer.accept(schools.receiver, sent.path, into_existing=True)
    assert result.student_id == existing and not result.created_new
    arrived = growth.open_growth_file(schools.receiver, existing)
    assert arrived.student.class_id == class_id and arrived.current_level is WarningLevel.ORANGE


def test_same_number_with_another_name_is_refused_even_into_existing(schools: Schools) -> None:
    sent = transfer.export_student(
        schools.sender, schools.student_id, schools.key_file, schools.folder
    )
    students.add_student(schools.receiver, Student(None, NUMBER, "李四", Gender.MALE, None, None))
    with pytest.raises(ImportRejected, match="named 李四"):
        transfer.accept(schools.receiver, sent.path, into_existing=True)


def test_a_suspended_student_arrives_suspended(schools: Schools) -> None:
    leave = LeaveEvent(None, schools.student_id, LeaveKind.SUSPEND, date(2026, 10, 20), "住院")
    growth.record_leave(schools.sender, leave)
    sent = transfer.export_student(
        schools.sender, schools.student_id, schools.key_file, schools.folder
    )
    result = transfer.accept(schools.receiver, sent.path)
    arrived = students.get_student(schools.receiver, result.student_id)
    assert arrived.status is StudentStatus.SUSPENDED


def test_key_files_are_checked(schools: Schools) -> None:
    own = transfer.export_key_file(schools.sender, schools.folder / "own.xkey")
    with pytest.raises(ValidationError, match="own key"):
        transfer.export_student(schools.sender, schools.student_id, own, schools.folder)
    forged = schools.key_file.read_text(encoding="utf-8").replace("第二", "第三")
    (schools.folder / "forged.xkey").write_text(forged, encoding="utf-8")
    with pytest.raises(CorruptFile, match="altered"):
        transfer.read_key_file(schools.folder / "forged.xkey")
    status = students.get_student(schools.sender, schools.student_id).status
    assert status is StudentStatus.IN_SCHOOL  # nothing was exported


def test_a_sender_key_change_is_refused(schools: Schools) -> None:
    sent = transfer.export_student(
        schools.sender, schools.student_id, schools.key_file, schools.folder
    )
    transfer.accept(schools.receiver, sent.path)
    recipient = transfer.read_key_file(schools.key_file)
    impostor = Ed25519PrivateKey.generate()
    header = fmt.TransferHeader(
        str(uuid.uuid4()), "2026-11-20T10:00:00", transfer.identity(schools.sender),
        minisign.PublicKey.of(impostor.public_key()), recipient.station,
    )  # fmt: skip
    inner = age.decrypt(sent.path.read_bytes(), _key(schools))
    payload = inner.split(b"\n", 4)[4]
    path = schools.folder / "forged.xtrf"
    path.write_bytes(fmt.seal_transfer(payload, header, recipient, impostor))
    with pytest.raises(ImportRejected, match="different key"):
        transfer.preview(schools.receiver, path)


def _key(schools: Schools) -> X25519PrivateKey:
    raw = transfer._meta_key(schools.receiver.db, "transfer_private_key")
    assert raw is not None
    return X25519PrivateKey.from_private_bytes(raw)


def test_payload_round_trip_keeps_every_record(schools: Schools) -> None:
    file = growth.open_growth_file(schools.sender, schools.student_id)
    payload = decode(encode(Payload(file, "2026-11-01T10:00:00", "王老师", "六年级(2)班")))
    assert payload.growth.student.tags == file.student.tags
    assert payload.growth.plans[0].measures[0].what == "每周谈话"
    assert payload.growth.visits[0].visited_on == file.visits[0].visited_on
    assert payload.growth.flags[0].reporter == "心理委员"


def test_into_existing_only_joins_an_empty_file(schools: Schools) -> None:
    sent = transfer.export_student(
        schools.sender, schools.student_id, schools.key_file, schools.folder
    )
    here = students.add_student(
        schools.receiver, Student(None, NUMBER, "张小明", Gender.MALE, None, None)
    )
    growth.set_level(schools.receiver, here, WarningLevel.BLUE, "留守", SourceLevel.SCHOOL)
    with pytest.raises(ImportRejected, match="already has flags or plans"):
        transfer.accept(schools.receiver, sent.path, into_existing=True)
    assert growth.open_growth_file(schools.receiver, here).current_level is WarningLevel.BLUE
