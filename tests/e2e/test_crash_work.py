"""SIGKILL in the middle of everyday work, again and again (SQLite crash-test style).

A child process unlocks the station and does realistic work in a loop — roster imports,
flag changes, plan versions, contacts, home visits, sealed committee reports taken in
from the inbox — and appends one line to a journal file *after* each service call has
returned. The parent kills it at a random moment (sometimes during unlock itself), then
opens the station as the desktop would: it must open read-write, pass SQLCipher's and
SQLite's integrity checks and the audit-chain verification, and hold every write the
journal says was committed. The station is never reset between runs.

Runs: ``XINAN_CRASH_WORK_RUNS`` (default 20; the issue's acceptance run uses 200+).
"""

from __future__ import annotations

import csv
import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest

from app.domain.committee import CommitteeReport
from app.domain.enums import ContactKind, Gender, SourceLevel, VisitKind, WarningLevel
from app.domain.growth import Contact, HomeVisit
from app.domain.student import Student
from app.services import audit, growth, inbox, report_entry, station, students
from app.services.roster_import import import_roster
from app.services.session import Session
from app.services.station_public import StationPublic
from app.store import connection
from tests.conftest import StationInfo
from tests.e2e.cli import REPO

RUNS = int(os.environ.get("XINAN_CRASH_WORK_RUNS", "20"))
ROSTER_SIZE = 20
LEVELS = [WarningLevel.RED, WarningLevel.ORANGE, WarningLevel.YELLOW, WarningLevel.BLUE]


# --- the child ---------------------------------------------------------------------------


def _any_student(session: Session, rng: random.Random) -> int:
    ids = [r[0] for r in session.db.query("SELECT id FROM students")]
    return int(rng.choice(ids))


def _roster(session: Session, tag: str, rng: random.Random, scratch: Path) -> str:
    path = scratch / f"roster-{tag}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "性别", "学籍号", "年级", "班级", "监护人", "联系电话"])
        for i in range(ROSTER_SIZE):
            writer.writerow([f"学生{tag}{i}", "男女"[i % 2], f"C{tag}X{i:03d}", "七年级",
                             f"{rng.randint(1, 3)}", "家长", f"1390000{i:04d}"])  # fmt: skip
    report = import_roster(session, path)
    assert report.written and report.created == ROSTER_SIZE, report
    return f"roster\tC{tag}X"


def _flag(session: Session, tag: str, rng: random.Random, scratch: Path) -> str:
    sid = _any_student(session, rng)
    current = growth.open_growth_file(session, sid).current_level
    level = rng.choice([lv for lv in LEVELS if lv is not current])
    growth.set_level(session, sid, level, f"flag-{tag}", SourceLevel.CLASS)
    return f"flag\tflag-{tag}"


def _plan(session: Session, tag: str, rng: random.Random, scratch: Path) -> str:
    growth.save_plan(session, _any_student(session, rng), f"plan-{tag}", "目标", None, ())
    return f"plan\tplan-{tag}"


def _contact(session: Session, tag: str, rng: random.Random, scratch: Path) -> str:
    now = datetime.now().replace(microsecond=0)
    note = Contact(None, _any_student(session, rng), now, ContactKind.MENTOR, "", f"note-{tag}")
    growth.add_contact(session, note)
    return f"contact\tnote-{tag}"


def _visit(session: Session, tag: str, rng: random.Random, scratch: Path) -> str:
    sid = _any_student(session, rng)
    visit = HomeVisit(None, sid, date.today(), VisitKind.ONSITE, "王老师", "", f"visit-{tag}")
    growth.add_visit(session, visit)
    return f"visit\tvisit-{tag}"


def _report(session: Session, tag: str, rng: random.Random, scratch: Path) -> str:
    public = StationPublic.load(inbox.public_file(session))
    report = CommitteeReport(
        None, public.classes[0].id, None, "心理委员", date.today(), date.today(), 3, f"report-{tag}"
    )
    report_entry.submit(public, report, inbox.inbox_dir(session))
    inbox.intake(session)
    return f"report\treport-{tag}"


OPERATIONS = (_roster, _flag, _flag, _plan, _contact, _visit, _report)


def child_main(folder: str, password: str, journal: str, seed: int) -> None:
    """The worker: unlock, say "ready", then work until killed."""
    rng = random.Random(seed)
    scratch = Path(journal).parent / "scratch"
    scratch.mkdir(exist_ok=True)
    session = station.unlock(Path(folder), password)
    print("ready", flush=True)
    fd = os.open(journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    for n in range(10**9):
        line = rng.choice(OPERATIONS)(session, f"{seed}N{n}", rng, scratch)
        os.write(fd, (line + "\n").encode("utf-8"))  # only after the service call returned


# --- the parent --------------------------------------------------------------------------


def _start(info: StationInfo, journal: Path, seed: int) -> subprocess.Popen[str]:
    code = (
        "import sys; from tests.e2e.test_crash_work import child_main; "
        "child_main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, str(info.folder), info.password, str(journal), str(seed)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _journaled(journal: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    if journal.exists():
        for line in journal.read_text(encoding="utf-8").splitlines():
            kind, key = line.split("\t")
            found[kind].add(key)
    return found


_PRESENT = {
    "flag": "SELECT reason FROM flag_changes",
    "plan": "SELECT summary FROM plans",
    "contact": "SELECT note FROM contacts",
    "visit": "SELECT home_observations FROM home_visits",
    "report": "SELECT events FROM committee_reports",
}


def _check(info: StationInfo, journal: Path, run: int) -> int:
    """Open as the desktop would; every journaled write must be there. Returns #writes."""
    expected = _journaled(journal)
    with station.unlock(info.folder, info.password) as session:
        assert not session.read_only, f"run {run}: {session.integrity_problems}"
        assert connection.integrity_problems(session.db.conn) == []
        verdict = audit.verify(session)
        assert verdict.ok, f"run {run}: {verdict.problem}"
        for kind, sql in _PRESENT.items():
            missing = expected[kind] - {r[0] for r in session.db.query(sql)}
            assert not missing, f"run {run}: committed {kind} writes lost: {sorted(missing)}"
        numbers = [r[0] for r in session.db.query("SELECT student_number FROM students")]
        for prefix in expected["roster"]:
            assert sum(n.startswith(prefix) for n in numbers) == ROSTER_SIZE, f"run {run}"
    return sum(len(keys) for keys in expected.values())


def _prepare(info: StationInfo) -> None:
    with station.unlock(info.folder, info.password) as session:
        class_id = students.add_class(session, "七年级", "1")
        for i in range(3):
            student = Student(None, f"SEED{i:06d}", f"种子{i}", Gender.MALE, None, class_id)
            students.add_student(session, student)
        inbox.publish(session)


def _lines(journal: Path) -> int:
    return journal.read_bytes().count(b"\n") if journal.exists() else 0


def _wait_for_a_write(process: subprocess.Popen[str], journal: Path, before: int) -> None:
    """Until the worker has journaled one more write (or died, or 60 s passed)."""
    deadline = time.monotonic() + 60
    while _lines(journal) <= before and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)


def _kill_later(process: subprocess.Popen[str], journal: Path, rng: random.Random) -> bool:
    """Kill at a random moment: sometimes during unlock, mostly while working — in half
    of the runs only after at least one write has been journaled, so every run of the
    test exercises committed work whatever the machine's speed."""
    before = _lines(journal)
    if rng.random() < 0.15:
        time.sleep(rng.uniform(0.0, 0.8))
    else:
        assert process.stdout is not None
        if process.stdout.readline().strip() != "ready":
            return False
        if rng.random() < 0.5:
            _wait_for_a_write(process, journal, before)
        time.sleep(rng.uniform(0.0, 0.7))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    return process.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_killed_work_loses_nothing_committed(station_info: StationInfo, tmp_path: Path) -> None:
    _prepare(station_info)
    journal = tmp_path / "journal.txt"
    rng = random.Random(20261124)
    killed, writes = 0, 0
    for run in range(RUNS):
        process = _start(station_info, journal, run)
        if not _kill_later(process, journal, rng):
            process.kill()
            _, err = process.communicate(timeout=60)
            pytest.fail(f"run {run}: the worker failed on its own: {err[-2000:]}")
        killed += 1
        writes = _check(station_info, journal, run)
    assert killed == RUNS
    assert writes >= RUNS // 4, "the workers committed almost nothing before being killed"
    print(f"{RUNS} kills, {writes} journaled writes all present")
