"""Fixtures and helpers shared by the county-sync tests (tests/unit/test_sync*.py,
tests/unit/test_center*.py): real encrypted centers and stations, real crypto.

A center costs three Argon2id derivations, so one template is built per test session
and copied for each test, like the station template in tests/conftest.py. Test modules
import the ``*_fixture`` functions they use from here.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from app.domain.enums import Gender, KeyGroup, SourceLevel, VisitKind, WarningLevel
from app.domain.growth import HomeVisit
from app.domain.student import Student
from app.services import center, county, growth, station, students
from app.services.center import CenterSession
from app.services.session import Session
from tests.conftest import StationInfo

CENTER_PASSWORD = "center-password-42"
COUNTY = "330602"  # the county of the station template in tests/conftest.py


@dataclass(frozen=True)
class CenterInfo:
    folder: Path
    password: str
    key_file: Path
    identity: X25519PrivateKey  # the center's private key, kept to spare unlocks in tests

    @property
    def recipient(self) -> X25519PublicKey:
        return self.identity.public_key()


def this_month() -> str:
    return date.today().strftime("%Y-%m")


def build_center(folder: Path, county_code: str = COUNTY, threshold: int = 5) -> CenterInfo:
    created = center.create_center(
        folder, county_code, "越城区心理辅导中心", "center", CENTER_PASSWORD, threshold
    )
    with created.session as session:
        key_file = center.write_county_key_file(session, folder.parent / f"{folder.name}.xckey")
        return CenterInfo(folder, CENTER_PASSWORD, key_file, session.identity)


def open_center(info: CenterInfo, read_only: bool = False) -> CenterSession:
    return center.unlock_center(info.folder, info.password, read_only=read_only)


@pytest.fixture(scope="session", name="center_template")
def center_template_fixture(tmp_path_factory: pytest.TempPathFactory) -> CenterInfo:
    return build_center(tmp_path_factory.mktemp("center-template") / "center")


@pytest.fixture(name="center_info")
def center_info_fixture(center_template: CenterInfo, tmp_path: Path) -> CenterInfo:
    folder = _copy(center_template.folder, tmp_path / "center")
    key_file = tmp_path / "county.xckey"
    shutil.copyfile(center_template.key_file, key_file)
    return CenterInfo(folder, center_template.password, key_file, center_template.identity)


def seed_school(session: Session, per_class: int = 30) -> list[int]:
    """Two grades of ``per_class`` students: key groups, flags at every level, visits."""
    ids: list[int] = []
    for grade in ("七年级", "八年级"):
        class_id = students.add_class(session, grade, f"{grade}(1)班")
        for i in range(per_class):
            tags = frozenset({KeyGroup.POVERTY}) if i % 4 == 0 else frozenset()
            student = Student(
                None, f"S{len(ids):08d}", f"学生{len(ids)}",
                Gender.MALE if i % 2 else Gender.FEMALE, date(2013, 1, 1), class_id, tags=tags,
            )  # fmt: skip
            ids.append(students.add_student(session, student))
    ago = datetime.now() - timedelta(days=20)
    growth.set_level(session, ids[0], WarningLevel.RED, "自伤", SourceLevel.CLASS, at=ago)
    growth.set_level(session, ids[1], WarningLevel.ORANGE, "抑郁", SourceLevel.CLASS)
    for sid in ids[2:9]:
        growth.set_level(session, sid, WarningLevel.YELLOW, "筛查异常", SourceLevel.EXTERNAL)
    for sid in ids[10:22]:
        visit = HomeVisit(None, sid, date.today(), VisitKind.ONSITE, "班主任")
        growth.add_visit(session, visit)
    return ids


def enroll(session: Session, info: CenterInfo, folder: Path) -> None:
    """Import the county key at the station and accept its enrollment at the center."""
    county.import_county_key(session, info.key_file)
    enrollment = folder / "enrollment.json"
    county.write_enrollment_file(session, enrollment)
    with open_center(info) as center_session:
        center.accept_enrollment(center_session, enrollment)


@dataclass
class Linked:
    """A seeded station enrolled at a center; ``out`` receives bundles."""

    station: Session
    center: CenterInfo
    out: Path


@dataclass(frozen=True)
class LinkedTemplate:
    station: Path
    center: CenterInfo


def _copy(source: Path, target: Path, lock: str = "") -> Path:
    """A copy of a closed station or center (its lock file, if kept, is free)."""
    shutil.copytree(source, target)
    if lock:
        (target / lock).unlink(missing_ok=True)
    return target


@pytest.fixture(scope="session", name="linked_template")
def linked_template_fixture(
    station_template: StationInfo,
    center_template: CenterInfo,
    tmp_path_factory: pytest.TempPathFactory,
) -> LinkedTemplate:
    """Built once: a seeded station whose enrollment the center has accepted."""
    root = tmp_path_factory.mktemp("linked-template")
    folder = _copy(station_template.folder, root / "station", "station.lock")
    info = CenterInfo(
        _copy(center_template.folder, root / "center"),
        center_template.password,
        center_template.key_file,
        center_template.identity,
    )
    with station.unlock(folder, station_template.password) as session:
        seed_school(session)
        enroll(session, info, root)
    return LinkedTemplate(folder, info)


@pytest.fixture(name="linked")
def linked_fixture(
    linked_template: LinkedTemplate, station_template: StationInfo, tmp_path: Path
) -> Iterator[Linked]:
    folder = _copy(linked_template.station, tmp_path / "station", "station.lock")
    template = linked_template.center
    info = CenterInfo(
        _copy(template.folder, tmp_path / "center"),
        template.password,
        template.key_file,
        template.identity,
    )
    out = tmp_path / "usb"
    out.mkdir()
    with station.unlock(folder, station_template.password) as session:
        yield Linked(session, info, out)


def signed_comment(payload: bytes) -> str:
    import json

    from app.sync import envelope

    data = json.loads(payload)
    return envelope.trusted_comment(
        data["schema"],
        data["school"]["county_code"],
        data["school"]["station_id"],
        data["period"]["id"],
        data["sequence"],
    )


def reseal(
    session: Session,
    payload: bytes,
    recipient: X25519PublicKey,
    county_code: str = COUNTY,
    comment: str | None = None,
) -> bytes:
    """``payload`` signed with the station's real key and encrypted like a bundle."""
    from app.sync import envelope

    key = county.signing_key(session)
    return envelope.seal(payload, key, recipient, county_code, comment or signed_comment(payload))
