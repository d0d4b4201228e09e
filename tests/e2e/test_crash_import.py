"""SIGKILL during a large roster import, again and again: all of it or none of it.

Two versions of the same 3,000-student roster differ in every guardian's phone number;
imports alternate between them, each rewriting every row, and each is killed at a random
moment. After every kill the station must open, pass its integrity check and audit
verification, and hold either no students or all of them with one version's phones —
never a mix. Runs: ``XINAN_CRASH_RUNS`` (default 50).
"""

from __future__ import annotations

import csv
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services import audit, station
from tests.conftest import StationInfo
from tests.e2e.cli import REPO

STUDENTS = 3000
RUNS = int(os.environ.get("XINAN_CRASH_RUNS", "50"))


def _write_roster(path: Path, phone_prefix: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["姓名", "性别", "出生日期", "学籍号", "年级", "班级", "监护人", "联系电话"]
        )
        for i in range(STUDENTS):
            writer.writerow(
                [
                    f"学生{i:04d}",
                    "男" if i % 2 else "女",
                    "2012-03-05",
                    f"G{i:018d}",
                    "七年级",
                    f"{i % 12 + 1}",
                    f"家长{i:04d}",
                    f"{phone_prefix}{i:04d}",
                ]
            )


def _start_import(info: StationInfo, roster: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "XINAN_PASSWORD": info.password}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "roster",
            "import",
            str(roster),
            "--station",
            str(info.folder),
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _full_duration(info: StationInfo, roster: Path) -> float:
    started = time.monotonic()
    assert _start_import(info, roster).wait(timeout=300) == 0
    return time.monotonic() - started


def _phones_present(info: StationInfo) -> set[str]:
    with station.unlock(info.folder, info.password) as session:
        assert not session.read_only, session.integrity_problems
        assert audit.verify(session).ok
        rows = session.db.query("SELECT substr(phone, 1, 7) FROM guardians")
        count = session.db.one("SELECT count(*) FROM students")[0]
    assert count in (0, STUDENTS)
    assert len(rows) == count
    return {r[0] for r in rows}


@pytest.mark.slow
def test_killed_imports_are_all_or_nothing(station_info: StationInfo, tmp_path: Path) -> None:
    versions = {"1390000": tmp_path / "a.csv", "1370000": tmp_path / "b.csv"}
    for prefix, path in versions.items():
        _write_roster(path, prefix)
    duration = _full_duration(station_info, versions["1390000"])
    assert _phones_present(station_info) == {"1390000"}
    rng = random.Random(20261123)
    outcomes = set()
    for run in range(RUNS):
        prefix = "1370000" if run % 2 == 0 else "1390000"
        process = _start_import(station_info, versions[prefix])
        time.sleep(rng.uniform(0.0, duration * 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        phones = _phones_present(station_info)
        assert len(phones) == 1, f"run {run}: mixed import {phones}"
        outcomes.add(process.returncode)
    assert -signal.SIGKILL in outcomes, "no run was actually killed mid-way"
