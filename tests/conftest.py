"""Shared fixtures: real encrypted stations in temporary folders.

Creating a station costs two Argon2id derivations (~0.3 s), so one template station is
built per test session and copied for each test: every test still gets its own fresh,
real SQLCipher database and key-slot file.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.domain.accounts import Account
from app.domain.enums import Role, SchoolType
from app.domain.school import School
from app.services import station
from app.services.session import Session

PASSWORD = "correct-horse-42"
DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class StationInfo:
    folder: Path
    password: str
    recovery_code: str
    username: str = "counselor"


@pytest.fixture(scope="session")
def station_template(tmp_path_factory: pytest.TempPathFactory) -> StationInfo:
    folder = tmp_path_factory.mktemp("template") / "station"
    created = station.create_station(
        folder,
        School("绍兴市越城区第一中学", "330602", SchoolType.JUNIOR, boarding=True),
        Account(None, "counselor", "王老师", Role.COUNSELOR),
        PASSWORD,
    )
    created.session.close()
    return StationInfo(folder, PASSWORD, created.recovery_code)


@pytest.fixture
def station_info(station_template: StationInfo, tmp_path: Path) -> StationInfo:
    folder = tmp_path / "station"
    shutil.copytree(station_template.folder, folder)
    (folder / "station.lock").unlink(missing_ok=True)
    return StationInfo(folder, station_template.password, station_template.recovery_code)


@pytest.fixture
def session(station_info: StationInfo) -> Iterator[Session]:
    opened = station.unlock(station_info.folder, station_info.password)
    yield opened
    opened.close()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of a folder, by name, for byte-identical comparisons."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def damage_a_page(info: StationInfo, table: str = "guardians") -> None:
    """Flip a byte in the root page of ``table`` (default: guardians, which neither the
    unlock nor the start page reads): the station still opens, and its integrity check
    fails. A fixed offset is not enough: where the schema's own pages lie changes with
    every migration, and damage there makes the station refuse to open at all."""
    with station.unlock(info.folder, info.password, read_only=True) as session:
        row = session.db.one("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    assert row is not None
    db = info.folder / "station.db"
    data = bytearray(db.read_bytes())
    data[(int(row[0]) - 1) * 4096 + 100] ^= 0x5A
    db.write_bytes(bytes(data))
