"""Set-up of the county center GUI tests (tests/ui/test_center_*.py): real centers and
real bundles, built like tests/unit/sync_support.py — a seeded station that exports its
own bundles, and more schools enrolled with their own Ed25519 keys whose bundles are
built from that station's facts (like benchmarks/run_sync.py) — plus the center window
opened through its real unlock dialog."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.enums import SchoolType
from app.services import center, county_export
from app.services.session import Session
from app.sync import anonymize, bundle, envelope, keyfiles, minisign
from app.sync.bundle import SCHEMA_VERSION, SchoolRef
from app.sync.period import Period, parse_period
from app.ui.center.application import CenterShell
from app.ui.center.window import CenterWindow
from tests.unit.sync_support import COUNTY, CenterInfo, open_center


@dataclass(frozen=True)
class OtherSchool:
    """A school enrolled at the center with its own signing key (no station of its own)."""

    ref: SchoolRef
    name: str
    key: Ed25519PrivateKey


def enrollment_file(folder: Path, name: str) -> tuple[Path, OtherSchool]:
    key = Ed25519PrivateKey.generate()
    ref = SchoolRef(str(uuid.uuid4()), COUNTY, SchoolType.PRIMARY)
    info = keyfiles.Enrollment(
        ref.station_id, name, COUNTY, ref.school_type,
        minisign.PublicKey.of(key.public_key()), keyfiles.now_text(),
    )  # fmt: skip
    path = folder / f"enroll-{ref.station_id[:8]}.json"
    path.write_bytes(keyfiles.enrollment_to_bytes(info, key))
    return path, OtherSchool(ref, name, key)


def enroll_others(info: CenterInfo, folder: Path, *names: str) -> list[OtherSchool]:
    """Enroll ``names`` at the (closed) center; returns them with their keys."""
    schools = []
    with open_center(info) as session:
        for name in names:
            path, school = enrollment_file(folder, name)
            center.accept_enrollment(session, path)
            schools.append(school)
    return schools


def other_bundle(
    station: Session, info: CenterInfo, school: OtherSchool, period: str, seq: int, out: Path
) -> Path:
    """A bundle of ``school`` for ``period``: the station's facts, the school's key."""
    chosen: Period = parse_period(period)
    facts = county_export.gather_facts(station, chosen, datetime.now())
    facts = replace(facts, school=school.ref)
    built = anonymize.build_bundle(
        facts, chosen, seq, datetime.now(), 5, school.ref.station_id.encode()
    )
    comment = envelope.trusted_comment(
        SCHEMA_VERSION, COUNTY, school.ref.station_id, chosen.id, seq
    )
    data = envelope.seal(bundle.to_bytes(built), school.key, info.recipient, COUNTY, comment)
    path = out / f"{school.ref.station_id[:8]}_{seq:04d}.age"
    path.write_bytes(data)
    return path


def tampered_copy(source: Path, target: Path) -> Path:
    """``source`` with one byte of its encrypted payload flipped."""
    data = bytearray(source.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    return target


def center_files(folder: Path) -> dict[str, bytes]:
    """The center's files while it is open (the -shm read index and the lock left out)."""
    skip = ("-shm", ".lock")
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(skip)
    }


def unlock_window(qtbot, info: CenterInfo) -> tuple[CenterShell, CenterWindow]:
    """The center window, opened by typing the password into the unlock dialog."""
    shell = CenterShell(info.folder)
    shell.start()
    dialog = shell.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.password_edit, info.password)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window is not None, timeout=20_000)
    window = shell.window
    assert window is not None
    wait_idle(qtbot, shell)
    return shell, window


def wait_idle(qtbot, shell: CenterShell) -> None:
    qtbot.waitUntil(lambda: not shell.runner.busy, timeout=20_000)


def column(model, index: int) -> list[str]:
    return [model.text(row, index) for row in range(model.rowCount())]


@pytest.fixture(name="open_window")
def open_window_fixture(qtbot):
    """``open_window(info)`` -> (shell, window); every shell is shut down afterwards
    (closing the center session, releasing its lock)."""
    shells: list[CenterShell] = []

    def open_it(info: CenterInfo) -> tuple[CenterShell, CenterWindow]:
        shell, window = unlock_window(qtbot, info)
        shells.append(shell)
        return shell, window

    yield open_it
    for shell in shells:
        shell.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
