"""Canary test: every text field of a station holds a unique marker; the decrypted bundle
holds none of them, no student number and no birth date.

Beyond the markers placed by hand, every text value stored anywhere in the station
database (except the vocabulary words and identifiers a bundle is allowed to carry) is
searched for in the bundle, raw and JSON-escaped, so a new free-text field is covered
the day it is added.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

from app.domain.enums import (
    CaseStatus,
    ContactKind,
    CrisisKind,
    Gender,
    KeyGroup,
    LeaveKind,
    MeasureOwner,
    Notified,
    SourceLevel,
    VisitKind,
    WarningLevel,
)  # fmt: skip
from app.domain.growth import (
    Contact,
    CrisisEvent,
    HomeVisit,
    LeaveEvent,
    Measure,
    Referral,
    Screening,
)  # fmt: skip
from app.domain.student import Guardian, Student
from app.services import county_export, growth, station, students
from app.services.session import Session
from app.store import growth_repo
from app.sync import age
from tests.conftest import StationInfo
from tests.unit.sync_support import (  # noqa: F401 - fixtures
    CenterInfo,
    center_info_fixture,
    center_template_fixture,
    enroll,
    this_month,
)

BIRTH = date(2011, 3, 14)


class Markers:
    def __init__(self) -> None:
        self.used: list[str] = []

    def __call__(self, field: str) -> str:
        marker = f"CANARY{len(self.used):03d}{field}金丝雀{len(self.used)}号"
        self.used.append(marker)
        return marker


def _student(
    session: Session, m: Markers, class_id: int, number: str, tags: frozenset[KeyGroup]
) -> int:
    guardians = (Guardian(m("guardian"), m("relation"), "13912345678"),)
    student = Student(
        None, number, m("name"), Gender.FEMALE, BIRTH, class_id, None, True,
        mentor=m("mentor"), notes=m("notes"), tags=tags, guardians=guardians,
    )  # fmt: skip
    return students.add_student(session, student)


def _records(session: Session, m: Markers, sid: int) -> None:
    ago = datetime.now() - timedelta(days=30)
    growth.set_level(
        session, sid, WarningLevel.RED, m("reason"), SourceLevel.CLASS, m("reporter"), ago
    )
    measure = Measure(m("what"), MeasureOwner.HEAD_TEACHER, m("owner"), date.today())
    growth.save_plan(session, sid, m("summary"), m("goals"), None, (measure,))
    growth.add_contact(session, Contact(None, sid, ago, ContactKind.GUARDIAN, m("with"), m("note")))
    growth.add_visit(session, HomeVisit(None, sid, date.today(), VisitKind.ONSITE, m("visitors"),
                     m("met"), m("home"), m("concerns"), m("actions")))  # fmt: skip
    referral = Referral(None, sid, date.today(), m("institution"), True, m("why"))
    referral_id = growth.add_referral(session, referral)
    growth.record_referral_feedback(session, sid, referral_id, date.today(), m("feedback"))
    growth.add_referral(
        session, Referral(None, sid, date.today(), "", False, declined_reason=m("declined"))
    )
    growth.add_crisis(session, CrisisEvent(None, sid, ago, CrisisKind.SELF_HARM, m("description"),
                      frozenset({Notified.GUARDIAN}), m("outcome")))  # fmt: skip
    growth.record_leave(session, LeaveEvent(None, sid, LeaveKind.SUSPEND, date.today(), m("leave")))
    growth.record_leave(session, LeaveEvent(None, sid, LeaveKind.RETURN, date.today(), m("back"),
                        m("hospital"), date.today()))  # fmt: skip
    growth.set_case_status(session, sid, CaseStatus.OPEN, m("case"))


def _raw_text_rows(session: Session, m: Markers, sid: int) -> None:
    """Fields no service offers free text for, or that are free text in the schema only."""
    screening = Screening(None, sid, date.today(), "MHT", {"learning_anxiety": 9}, 70, 3,
                          m("interpretation"), m("source"))  # fmt: skip
    with session.db.transaction() as db:
        growth_repo.insert_screening(db, screening)
        db.execute(
            "INSERT INTO crisis_events (student_id, occurred_at, kind, description) "
            "VALUES (?, ?, ?, ?)",
            (sid, datetime.now().isoformat(timespec="seconds"), m("kind"), m("crisis")),
        )
        db.execute(
            "INSERT INTO committee_reports (class_id, reporter, period_start, period_end, "
            "climate, events, received_at) VALUES (NULL, ?, '2026-01-01', '2026-01-07', 3, ?, "
            "'2026-01-08T08:00:00')",
            (m("committee"), m("events")),
        )
        db.execute(
            "INSERT INTO report_concerns (report_id, student_id, student_name, text, urgency, "
            "triage_note) VALUES (last_insert_rowid(), ?, ?, ?, 'urgent', ?)",
            (sid, m("concern_name"), m("concern"), m("triage")),
        )


def _seed(session: Session, m: Markers) -> list[str]:
    numbers = []
    for grade in ("七年级", "八年级"):
        class_id = students.add_class(session, grade, m("class"), m("head_teacher"))
        for i in range(8):
            numbers.append(f"G3306{len(numbers):014d}")
            tags = frozenset({KeyGroup.LEFT_BEHIND}) if i < 6 else frozenset()
            sid = _student(session, m, class_id, numbers[-1], tags)
            if i == 0:
                _records(session, m, sid)
                _raw_text_rows(session, m, sid)
    return numbers


def _database_texts(session: Session) -> set[str]:
    tables = [r[0] for r in session.db.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found: set[str] = set()
    for table in tables:
        if table.startswith("note_index"):
            continue
        for row in session.db.query(f"SELECT * FROM {table}"):
            found.update(v for v in row if isinstance(v, str))
    return found


ALLOWED = re.compile(r"^(\d{4}-\d\d-\d\d([T ][\d:.]+)?|[a-z_]+|\d+|[A-Z]{1,3})$")


def _forbidden(texts: set[str], allowed: set[str]) -> list[str]:
    return sorted(t for t in texts if len(t) >= 4 and t not in allowed and not ALLOWED.match(t))


def _inside(text: str, plain: str) -> bool:
    return text in plain or json.dumps(text)[1:-1] in plain


def test_no_marker_number_or_birth_date_reaches_the_bundle(
    station_info: StationInfo, center_info: CenterInfo, tmp_path: Path
) -> None:
    m = Markers()
    with station.unlock(station_info.folder, station_info.password) as session:
        numbers = _seed(session, m)
        enroll(session, center_info, tmp_path)
        path = county_export.export_period(session, this_month(), tmp_path).path
        school = students.school(session)
        texts = _database_texts(session)
    plain = age.decrypt(path.read_bytes(), center_info.identity).decode("ascii")
    assert '"cases":[{' in plain and '"crises"' in plain  # the seeded records did count
    assert [x for x in m.used if _inside(x, plain)] == []
    assert [n for n in numbers if n in plain] == []
    birth = [BIRTH.isoformat(), BIRTH.strftime("%Y%m%d"), BIRTH.strftime("%Y/%m/%d")]
    assert [b for b in birth if b in plain] == []
    assert not _inside(school.name, plain) and "13912345678" not in plain
    allowed = {school.station_id, school.county_code}
    leaked = [t for t in _forbidden(texts, allowed) if _inside(t, plain)]
    assert leaked == []
    assert len(_forbidden(texts, allowed)) > len(m.used)  # the sweep did look at them all
