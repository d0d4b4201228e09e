"""A full disk during backup, transfer export, county export and roster import: a clear
DiskFull, and the files that were there before are untouched.

Two ways to run out of space, each used where it is available:

* ``tmpfs``: a real, tiny file system mounted for the test (needs root and ``mount``;
  CI runs as root). The disk is genuinely full: ENOSPC / SQLITE_FULL.
* ``rlimit``: a child process with ``RLIMIT_FSIZE`` (no file may grow past the limit);
  works anywhere on Linux. Writes fail with EFBIG instead.
"""

from __future__ import annotations

import contextlib
import csv
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import DiskFull
from app.services import audit, backup, county, county_export, restore, station, students, transfer
from app.services.roster_import import import_roster
from app.services.session import Session
from app.store import county_repo
from tests.conftest import StationInfo, snapshot
from tests.e2e.cli import REPO
from tests.unit.sync_support import build_center, seed_school, this_month
from tests.unit.test_backup import fill
from tests.unit.test_transfer import _second_station


@contextlib.contextmanager
def tiny_disk(folder: Path, kib: int) -> Iterator[Path]:
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={kib}k,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _roster(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "性别", "学籍号", "年级", "班级", "监护人", "联系电话"])
        for i in range(rows):
            writer.writerow([f"学生{i}", "男", f"F{i:012d}", "八年级", f"{i % 9 + 1}", "家长",
                             f"1380000{i % 10000:04d}"])  # fmt: skip
    return path


def _healthy(info: StationInfo) -> int:
    """The station opens read-write, verifies, and says how many students it has."""
    with station.unlock(info.folder, info.password) as session:
        assert not session.read_only and session.integrity_problems == []
        assert audit.verify(session).ok
        return students.count(session)


# --- tmpfs: a genuinely full file system -------------------------------------------------


def test_backup_onto_a_full_stick_keeps_the_earlier_backup(
    session: Session, station_info: StationInfo, tmp_path: Path
) -> None:
    fill(session, 5)
    size = backup.backup(session, tmp_path).size
    with tiny_disk(tmp_path / "stick", size * 3 // 2 // 1024) as stick:
        first = backup.backup(session, stick)
        kept = snapshot(stick)
        with pytest.raises(DiskFull, match="disk is full"):
            backup.backup(session, stick)
        assert snapshot(stick) == kept  # the earlier backup, and no temp file
        assert restore.inspect_backup(first.path, station_info.password).counts is not None
    assert backup.backup_status(session).last_file == first.path.name


def test_transfer_export_onto_a_full_stick_marks_nothing(session: Session, tmp_path: Path) -> None:
    receiver_info = _second_station(tmp_path, "接收中学")
    with station.unlock(receiver_info.folder, receiver_info.password) as receiver:
        key = transfer.export_key_file(receiver, tmp_path / "receiver.xkey")
    sid = fill(session, 1)[0]
    with tiny_disk(tmp_path / "stick", 16) as stick:
        (stick / "earlier.txt").write_bytes(b"x" * 14 * 1024)
        kept = snapshot(stick)
        with pytest.raises(DiskFull):
            transfer.export_student(session, sid, key, stick)
        assert snapshot(stick) == kept
    assert students.get_student(session, sid).status.value == "in_school"


def test_roster_import_on_a_full_disk_writes_nothing(
    station_info: StationInfo, tmp_path: Path
) -> None:
    roster = _roster(tmp_path / "roster.csv", 3000)
    used = sum(p.stat().st_size for p in station_info.folder.iterdir() if p.is_file())
    with tiny_disk(tmp_path / "disk", used // 1024 + 160) as disk:
        info = StationInfo(disk / "station", station_info.password, station_info.recovery_code)
        shutil.copytree(station_info.folder, info.folder)
        keys = (info.folder / "station.keys").read_bytes()
        with station.unlock(info.folder, info.password) as session, pytest.raises(DiskFull):
            import_roster(session, roster)
        assert (info.folder / "station.keys").read_bytes() == keys
        shutil.copytree(info.folder, tmp_path / "rescued")
    rescued = StationInfo(tmp_path / "rescued", info.password, info.recovery_code)
    (rescued.folder / "station.lock").unlink(missing_ok=True)
    assert _healthy(rescued) == 0


# --- RLIMIT_FSIZE: a size limit on every file the child writes ---------------------------


def child_main(case: str, folder: str, password: str, target: str, limit: int) -> None:
    """Unlock, then let no file grow past ``limit`` bytes and try ``case``."""
    session = station.unlock(Path(folder), password)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    try:
        if case == "backup":
            backup.backup(session, Path(target))
        else:
            import_roster(session, Path(target))
    except DiskFull as exc:
        print(f"DiskFull: {exc.message}")
    else:
        print("no error")


def _run_child(case: str, info: StationInfo, target: Path, limit: int) -> str:
    code = (
        "import sys; from tests.e2e.test_full_disk import child_main; "
        "child_main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, case, str(info.folder), info.password, str(target),
         str(limit)],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    return done.stdout


def test_size_limited_backup_and_import(station_info: StationInfo, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = snapshot(station_info.folder)
    assert _run_child("backup", station_info, out, 64 * 1024).startswith("DiskFull")
    assert list(out.iterdir()) == []
    roster = _roster(tmp_path / "roster.csv", 3000)
    assert _run_child("import", station_info, roster, 300 * 1024).startswith("DiskFull")
    assert (station_info.folder / "station.keys").read_bytes() == before["station.keys"]
    assert _healthy(station_info) == 0


def test_county_export_onto_a_full_stick_keeps_the_sequence(
    session: Session, tmp_path: Path
) -> None:
    center_info = build_center(tmp_path / "center")
    county.import_county_key(session, center_info.key_file)
    seed_school(session, per_class=6)
    before = county_repo.next_sequence(session.db)
    with tiny_disk(tmp_path / "stick", 16) as stick:
        (stick / "earlier.txt").write_bytes(b"x" * 14 * 1024)
        kept = snapshot(stick)
        with pytest.raises(DiskFull):
            county_export.export_period(session, this_month(), stick)
        assert snapshot(stick) == kept
    assert county_repo.next_sequence(session.db) == before  # a retry exports the same bundle
    assert county_export.export_period(session, this_month(), tmp_path).path.exists()
