"""Build tests/data/schema1/: a station written by schema version 1, kept forever.

Run once, with only migrations/0001_initial.sql applied, and commit the output. Later
schema versions are tested by upgrading this copy (tests/unit/test_upgrade.py).
Password: "fixture-password-1"  (user "counselor").
"""

from __future__ import annotations

import shutil
import sys
from datetime import date, datetime
from pathlib import Path

from app.domain.accounts import Account
from app.domain.enums import ContactKind, Gender, Role, SchoolType, SourceLevel, WarningLevel
from app.domain.growth import Contact
from app.domain.school import School
from app.domain.student import Student
from app.services import growth, station, students
from app.store import migrations

OUT = Path(__file__).parent / "schema1"
PASSWORD = "fixture-password-1"


def main() -> None:
    if migrations.latest_version() != 1:
        sys.exit("this fixture must be built by a schema-1 checkout")
    shutil.rmtree(OUT, ignore_errors=True)
    created = station.create_station(
        OUT,
        School("固定样本中学", "330602", SchoolType.JUNIOR, False),
        Account(None, "counselor", "样本老师", Role.COUNSELOR),
        PASSWORD,
    )
    session = created.session
    class_id = students.add_class(session, "七年级", "七年级(1)班", "陈老师")
    sid = students.add_student(
        session,
        Student(None, "G000000000000000001", "赵小明", Gender.MALE, date(2013, 5, 6), class_id),
    )
    growth.set_level(
        session,
        sid,
        WarningLevel.YELLOW,
        "筛查异常",
        SourceLevel.EXTERNAL,
        at=datetime(2026, 11, 1, 9, 0),
    )
    growth.add_contact(
        session,
        Contact(
            None,
            sid,
            datetime(2026, 11, 2, 9, 0),
            ContactKind.COUNSELING,
            "学生",
            "初次访谈，情绪稳定",
        ),
    )
    session.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    (OUT / "station.lock").unlink(missing_ok=True)
    (OUT / "RECOVERY-CODE.txt").write_text(created.recovery_code + "\n")


if __name__ == "__main__":
    main()
