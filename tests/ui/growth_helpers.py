"""Shared set-up of the growth-window tests: a real station with students, prepared
through the services (and, for screenings, the store) before the GUI unlocks it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.domain.accounts import Account
from app.domain.enums import Gender, KeyGroup, Role
from app.domain.growth import Screening
from app.domain.student import Guardian, Student
from app.services import accounts, station, students
from app.services.session import Session
from app.store import growth_repo
from app.ui import growth as growth_ui
from app.ui.growth.window import GrowthWindow
from tests.conftest import StationInfo
from tests.ui.helpers import TIMEOUT, wait_for_main_window

TEACHER_PASSWORD = "teacher-pass-77"


def prepare(station_info: StationInfo, fill: Callable[[Session], Any]) -> Any:
    """Run ``fill(session)`` on the station, then close it again for the GUI."""
    with station.unlock(station_info.folder, station_info.password) as session:
        return fill(session)


def add_students(session: Session) -> dict[str, int]:
    """Two classes; 张三丰 and 李四 in class 1, 王五 in class 2."""
    ids = {
        "c1": students.add_class(session, "七年级", "七年级(1)班", "李老师"),
        "c2": students.add_class(session, "八年级", "八年级(1)班", "周老师"),
    }
    people = [("zhang", "张三丰", "c1"), ("li", "李四", "c1"), ("wang", "王五", "c2")]
    for number, (key, name, class_key) in enumerate(people, start=1):
        ids[key] = students.add_student(
            session,
            Student(
                None,
                f"G2011030500{number:02d}",
                name,
                Gender.MALE,
                date(2011, 3, 5),
                ids[class_key],
                mentor="赵老师",
                notes="咨询笔记：家庭矛盾",
                tags=frozenset({KeyGroup.LEFT_BEHIND}),
                guardians=(Guardian("张大山", "父亲", "13900001111"),),
            ),
        )
    return ids


def add_head_teacher(session: Session, class_id: int) -> None:
    account = Account(None, "li", "李老师", Role.HEAD_TEACHER)
    accounts.create_account(session, account, TEACHER_PASSWORD, class_ids=frozenset({class_id}))


def add_screening(session: Session, student_id: int, scores: dict[str, int], **kw: Any) -> None:
    """Store level on purpose: the import service belongs to another issue."""
    screening = Screening(
        None,
        student_id,
        kw.get("taken_on", date(2026, 3, 2)),
        "MHT",
        scores,
        kw.get("total"),
        kw.get("validity", 3),
        kw.get("interpretation", ""),
        kw.get("source", "test"),
    )
    with session.db.transaction() as db:
        growth_repo.insert_screening(db, screening)


def unlock(qtbot, make_controller, station_info: StationInfo, **kwargs: Any):
    controller = make_controller(station_info.folder)
    password = kwargs.pop("password", station_info.password)
    controller.start(password=password, username=kwargs.pop("username", None))
    return controller, wait_for_main_window(qtbot, controller)


def open_growth(qtbot, main_window, student_id: int) -> GrowthWindow:
    """Open the student's window the way pages do, and wait until the file is shown."""
    growth_ui.open_student(main_window.ctx, main_window, student_id)
    window = growth_ui.find_window(main_window.ctx, student_id)
    assert window is not None
    wait_loaded(qtbot, window)
    return window


def gone(widget) -> bool:
    """Closed: hidden, or already deleted (growth windows and dialogs delete on close)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def wait_loaded(qtbot, window: GrowthWindow) -> None:
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=TIMEOUT)


def wait_reloaded(qtbot, window: GrowthWindow, check: Callable[[], bool]) -> None:
    """After a save the window reloads the file; wait until ``check`` holds."""
    qtbot.waitUntil(lambda: window.loaded is not None and check(), timeout=TIMEOUT)


def press(qtbot, widget, key: Qt.Key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(widget, key, modifier)


def type_into(qtbot, widget, text: str) -> None:
    """Type like a user would: keystrokes for ASCII, an input method's commit for Chinese
    (QTest cannot synthesize key events for non-ASCII characters)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
