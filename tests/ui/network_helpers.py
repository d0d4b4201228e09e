"""Shared set-up of the warning-network GUI tests (inbox, accounts, report entry, journey)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain.accounts import Account
from app.domain.committee import CommitteeReport, Concern
from app.domain.enums import Gender, Role, Urgency
from app.domain.student import Student
from app.services import accounts, report_entry, students, triage
from app.services.session import Session
from app.services.station_public import StationPublic
from app.ui.report_entry import ReportEntryWindow
from tests.ui.helpers import TIMEOUT

TEACHER_PASSWORD = "Teacher-Lantern-77"
MEMBER = "刘心语"


@dataclass(frozen=True)
class NetworkSchool:
    class_a: int  # 七年级(1)班: 张三丰, 李四, a committee member, head teacher "li"
    class_b: int  # 八年级(1)班: 王五, no committee member
    ids: dict[str, int]
    grade_a: int


def seed_network(session: Session) -> NetworkSchool:
    """Two classes, three students, a head teacher account and a committee member.

    Closes ``session``: the GUI needs the station lock.
    """
    class_a = students.add_class(session, "七年级", "七年级(1)班", "李老师")
    class_b = students.add_class(session, "八年级", "八年级(1)班", "周老师")
    ids = {}
    people = [("张三丰", class_a), ("李四", class_a), ("王五", class_b)]
    for n, (name, class_id) in enumerate(people):
        student = Student(
            None, f"G33060220120501{n:04d}", name, Gender.MALE, date(2012, 5, 1), class_id
        )
        ids[name] = students.add_student(session, student)
    accounts.create_account(
        session,
        Account(None, "li", "李老师", Role.HEAD_TEACHER),
        TEACHER_PASSWORD,
        class_ids=frozenset({class_a}),
    )
    triage.add_member(session, MEMBER, class_a)  # also publishes station.pub
    grade_a = next(g.id for g in students.grades(session) if g.name == "七年级")
    session.close()
    return NetworkSchool(class_a, class_b, ids, grade_a)


def sealed_report(
    folder: Path, class_id: int, concerns: Sequence[Concern] = (), reporter: str = MEMBER
) -> Path:
    """A report dropped into the station's inbox the way report-entry mode does it."""
    public = StationPublic.load(folder / "station.pub")
    today = date.today()
    report = CommitteeReport(
        None, class_id, None, reporter, today, today, 3, "", not concerns, tuple(concerns)
    )
    return report_entry.submit(public, report, folder / "inbox")


def urgent(name: str, text: str) -> Concern:
    return Concern(name, text, Urgency.URGENT)


def fill_report(
    window: ReportEntryWindow,
    class_name: str,
    reporter: str,
    climate: int,
    events: str = "",
    concerns: Sequence[tuple[str, str, bool]] = (),
) -> None:
    """Type a report into the window's form as a committee member would."""
    form = window.form
    form.class_combo.setCurrentIndex(form.class_combo.findText(class_name))
    if form.reporter.isEditable():
        form.reporter.setEditText(reporter)
    else:
        form.reporter.setCurrentIndex(form.reporter.findText(reporter))
    form.climate.set_value(climate)
    form.events.setPlainText(events)
    for name, text, is_urgent in concerns:
        row = form.concerns.add_row()
        row.name.setEditText(name)
        row.text.setPlainText(text)
        row.urgent.setChecked(is_urgent)


def submit(qtbot, window: ReportEntryWindow) -> Path:
    with qtbot.waitSignal(window.submitted, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    return Path(blocker.args[0])


def wait_for_child(qtbot, parent: QWidget, kind: type) -> QWidget:
    """The first visible child of ``parent`` of class ``kind`` (e.g. a notice dialog)."""
    found: list[QWidget] = []

    def visible() -> bool:
        found[:] = [w for w in parent.findChildren(kind) if w.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible, timeout=TIMEOUT)
    return found[0]
