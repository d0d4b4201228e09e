"""The demo station and its synthetic data, against real encrypted stations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.due import bucket
from app.domain.enums import LeaveKind, StudentStatus, WarningLevel
from app.domain.growth import HomeVisit, LeaveEvent, Screening
from app.domain.mht import MHT_SCALES
from app.domain.student import Student
from app.errors import ValidationError
from app.services import audit, demo, due, station, synthetic
from app.services.session import Session
from app.store import students_repo
from tests.conftest import snapshot

NOW = datetime(2026, 3, 18, 10, 30)  # mid spring semester; fixed so the test is repeatable
STUDENTS = 160
TABLES = (
    "students", "guardians", "student_tags", "flag_changes", "plans", "measures", "contacts",
    "home_visits", "referrals", "leave_events", "crisis_events", "case_status", "screenings",
    "committee_members", "committee_reports", "report_concerns", "audit_log",
)  # fmt: skip
LEVELS = (WarningLevel.RED, WarningLevel.ORANGE, WarningLevel.YELLOW, WarningLevel.BLUE)


@dataclass(frozen=True)
class Built:
    info: demo.DemoInfo
    names: list[str]
    counts: dict[str, int]


def _open(info: demo.DemoInfo) -> Session:
    return station.unlock(info.folder, info.password, info.username, read_only=True)


def _build(folder: Path, seed: int = 2026) -> Built:
    info = demo.ensure_demo(folder, STUDENTS, seed=seed, now=NOW)
    with _open(info) as session:
        names = [row.name for row in students_repo.roster(session.db)]
        counts = {t: int(session.db.one(f"SELECT count(*) FROM {t}")[0]) for t in TABLES}
    return Built(info, names, counts)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return _build(tmp_path_factory.mktemp("demo") / "station")


@pytest.fixture
def demo_session(built: Built) -> Iterator[Session]:
    with _open(built.info) as session:
        yield session


def test_same_students_and_seed_give_the_same_station(built: Built, tmp_path: Path) -> None:
    again = _build(tmp_path / "again")
    assert again.names == built.names
    assert again.counts == built.counts
    assert len(built.names) == STUDENTS
    other = _build(tmp_path / "other-seed", seed=7)
    assert other.names != built.names


def test_every_warning_level_is_present(demo_session: Session) -> None:
    levels = Counter(row.level for row in students_repo.roster(demo_session.db))
    assert all(levels[level] >= 1 for level in LEVELS)
    assert levels[WarningLevel.RED] < levels[WarningLevel.ORANGE] < levels[WarningLevel.BLUE]


def test_audit_chain_verifies_and_covers_every_record(demo_session: Session, built: Built) -> None:
    verdict = audit.verify(demo_session)
    records = sum(built.counts[t] for t in ("students", "contacts", "home_visits", "screenings"))
    assert verdict.ok, verdict.problem
    assert verdict.entries > records


def test_due_items_are_overdue_today_and_this_week_at_every_level(demo_session: Session) -> None:
    items = due.due_items(demo_session, NOW)
    buckets = {(item.level, bucket(item, NOW)) for item in items}
    for level in LEVELS:
        for when in ("overdue", "today", "week"):
            assert (level, when) in buckets, (level, when)


def test_growth_records_of_every_kind(demo_session: Session, built: Built) -> None:
    for table in TABLES:
        assert built.counts[table] > 0, table
    db = demo_session.db
    returned = db.one(
        "SELECT count(*) FROM leave_events WHERE kind = 'return' "
        "AND certificate_issuer <> '' AND certificate_on IS NOT NULL"
    )[0]
    green = db.one("SELECT count(*) FROM referrals WHERE green_channel = 1")[0]
    urgent = db.one(
        "SELECT count(*) FROM report_concerns WHERE urgency = 'urgent' AND triage = 'pending'"
    )[0]
    suspended = students_repo.roster(db, students_repo.RosterFilter(status=StudentStatus.SUSPENDED))
    assert returned >= 1 and green >= 1 and urgent >= 1 and suspended


def test_second_call_reuses_the_station_untouched(built: Built) -> None:
    before = snapshot(built.info.folder)
    again = demo.ensure_demo(built.info.folder, STUDENTS, now=NOW)
    assert not again.created and again.folder == built.info.folder
    assert (again.username, again.password) == (built.info.username, built.info.password)
    assert snapshot(built.info.folder) == before
    assert not list(built.info.folder.parent.glob(".*.building"))
    assert (built.info.folder / "station.pub").is_file()  # committee members can report


@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 9, 1, 7, 5),  # first morning of a school year
        datetime(2027, 1, 30, 0, 10),  # winter break, just after midnight
        datetime(2026, 8, 12, 23, 55),  # summer holidays, late evening
    ],
)
def test_generator_is_valid_on_awkward_days(now: datetime) -> None:
    school = synthetic.generate(90, seed=3, now=now)
    numbers = [pupil.student.student_number for pupil in school.pupils]
    assert len(set(numbers)) == len(numbers)
    assert all(n.startswith("G") and len(n) == 19 and n[1:].isdigit() for n in numbers)
    enrolled: dict[int | None, datetime] = {}
    for event in school.events:
        if isinstance(event.record, Student):
            enrolled[event.student] = event.at
        assert event.student is None or enrolled[event.student] <= event.at <= now
        _validate(event.record, now)
    kinds = school.counts()
    assert kinds["Student"] == 90 and kinds["FlagChange"] > 0


def _validate(record: object, now: datetime) -> None:
    if isinstance(record, HomeVisit | Student):
        record.validate(now.date())
    elif isinstance(record, Screening):
        assert set(record.scores) == set(MHT_SCALES)
    elif isinstance(record, LeaveEvent) and record.kind is LeaveKind.RETURN:
        assert record.certificate_issuer and record.certificate_on
    elif hasattr(record, "validate"):
        record.validate()


def test_an_empty_school_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        demo.ensure_demo(tmp_path / "empty", students=0)
    assert not list(tmp_path.iterdir())
