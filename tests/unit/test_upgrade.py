"""Every released schema opens in this version: upgrade from the committed fixtures."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from app.services import (
    audit,
    growth,
    screening_review,
    search,
    station,
    students,
    visit_planning,
)
from app.store import migrations
from tests.conftest import DATA


def _copy(name: str, tmp_path: Path) -> Path:
    folder = tmp_path / name
    shutil.copytree(DATA / name, folder)
    return folder


def test_schema1_fixture_upgrades_and_keeps_its_records(tmp_path: Path) -> None:
    folder = _copy("schema1", tmp_path)
    with station.unlock(folder, "fixture-password-1") as session:
        assert migrations.current_version(session.db.conn) == migrations.latest_version()
        sid = students.resolve(session, "G000000000000000001")
        file = growth.open_growth_file(session, sid)
        assert file.student.name == "赵小明"
        assert [f.level.value for f in file.flags] == ["yellow"]
        assert file.contacts[0].note == "初次访谈，情绪稳定"
        assert audit.verify(session).ok
        assert search.search_students(session, "zxm") == {sid}
        assert search.search_students(session, "访谈") == {sid}
    upgraded = migrations.latest_version() > 1
    assert bool(list(folder.glob("station.db.pre-v2-*"))) == upgraded


def test_schema1_fixture_recovery_code_still_opens(tmp_path: Path) -> None:
    folder = _copy("schema1", tmp_path)
    code = (folder / "RECOVERY-CODE.txt").read_text().strip()
    station.recover(folder, code, None, "another-password-9").close()
    station.unlock(folder, "another-password-9").close()


def test_schema5_fixture_opens_with_every_record_of_the_later_schemas(tmp_path: Path) -> None:
    folder = _copy("schema5", tmp_path)
    with station.unlock(folder, "fixture-password-1") as session:
        assert migrations.current_version(session.db.conn) == migrations.latest_version()
        sid = students.resolve(session, "G000000000000000001")
        file = growth.open_growth_file(session, sid)
        assert [s.scores["learning_anxiety"] for s in file.screenings] == [9]
        other = students.resolve(session, "G000000000000000002")
        assert [s.suggestion.student_id for s in screening_review.suggestions(session)] == [other]
        [line] = visit_planning.planned(session)
        assert (line.item.student_id, line.item.planned_on) == (sid, date(2026, 12, 8))
        assert search.search_students(session, "访谈") == {sid}
        assert audit.verify(session).ok
    with station.unlock(folder, "fixture-teacher-5", "chen") as teacher:
        assert {r.student_id for r in students.roster(teacher)} == {sid, other}
    upgraded = migrations.latest_version() > 5
    assert bool(list(folder.glob("station.db.pre-v6-*"))) == upgraded
