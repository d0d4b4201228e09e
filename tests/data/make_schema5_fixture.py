"""Build tests/data/schema5/: a station written by schema version 5, kept forever.

Schema 5 is the schema of the first complete release (search index, warning network,
screenings and visit plans, note rowids). This copies the schema-1 fixture, lets the
current code upgrade it, and adds a record to every table the later schemas brought:
a teacher account, a second student, screenings (one with a suggested flag), a planned home visit.

    python -m tests.data.make_schema5_fixture       # only while migrations end at 5

Commit the output. tests/unit/test_upgrade.py opens it with every later version.
Password: "fixture-password-1" (user "counselor"); the teacher's is "fixture-teacher-5".
"""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

from app.domain.accounts import Account
from app.domain.enums import Gender, Role, VisitKind
from app.domain.student import Student
from app.domain.visit_plan import PlannedVisit
from app.services import accounts, screening, station, students, visit_planning
from app.store import migrations

HERE = Path(__file__).parent
OUT = HERE / "schema5"
PASSWORD = "fixture-password-1"
TEACHER_PASSWORD = "fixture-teacher-5"
SHEET = (
    "学籍号,姓名,班级,测试日期,学习焦虑,对人焦虑,孤独倾向,自责倾向,过敏倾向,身体症状,"
    "恐怖倾向,冲动倾向,效度量表,总分\n"
    "G000000000000000001,赵小明,七年级(1)班,2026-11-10,9,3,2,8,4,3,2,5,2,36\n"
    "G000000000000000002,钱小红,七年级(1)班,2026-11-10,3,9,2,2,4,3,2,5,1,30\n"
)


def main() -> None:
    if migrations.latest_version() != 5:
        sys.exit("this fixture must be built by a schema-5 checkout")
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(HERE / "schema1", OUT)
    with station.unlock(OUT, PASSWORD) as session:  # upgrades 1 -> 5
        sid = students.resolve(session, "G000000000000000001")
        class_id = students.classes(session)[0].id
        assert class_id is not None
        accounts.create_account(
            session,
            Account(None, "chen", "陈老师", Role.HEAD_TEACHER),
            TEACHER_PASSWORD,
            class_ids=frozenset({class_id}),
        )
        students.add_student(
            session,
            Student(
                None, "G000000000000000002", "钱小红", Gender.FEMALE, date(2013, 8, 9), class_id
            ),
        )
        sheet = OUT / "mht.csv"
        sheet.write_text(SHEET, encoding="utf-8")
        screening.import_screening(session, sheet, today=date(2026, 11, 12))
        sheet.unlink()
        visit_planning.plan_visits(
            session,
            date(2026, 12, 1),
            [PlannedVisit(sid, date(2026, 12, 8), VisitKind.ONSITE, "陈老师", "期末家访")],
            today=date(2026, 11, 20),
        )
        session.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for leftover in ("station.lock", "station.db-wal", "station.db-shm"):
        (OUT / leftover).unlink(missing_ok=True)
    for copy in OUT.glob("station.db.pre-v*"):
        copy.unlink()


if __name__ == "__main__":
    main()
