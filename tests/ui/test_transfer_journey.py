"""档案转接 in the GUI between two real stations: the receiving school exports its key file
(Settings), the sending school transfers a student out (growth window), the receiving
school previews and accepts the file (Students page) and the student arrives with their
history and "转自 …"; the sending school keeps the record, marked transferred.

The helpers here are shared with tests/ui/test_transfer_refusals.py."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.accounts import Account
from app.domain.enums import (
    ContactKind,
    Gender,
    KeyGroup,
    MeasureOwner,
    Role,
    SchoolType,
    SourceLevel,
    StudentStatus,
    VisitKind,
    WarningLevel,
)
from app.domain.growth import Contact, HomeVisit, Measure
from app.domain.school import School
from app.domain.student import Student
from app.services import growth, station, students, transfer
from app.services.session import Session
from app.ui import dialogs
from app.ui.growth.window import GrowthWindow
from app.ui.transfer.words import fingerprint_text
from tests.conftest import PASSWORD, StationInfo
from tests.ui.county_helpers import all_texts
from tests.ui.growth_helpers import open_growth, prepare, unlock, wait_loaded
from tests.ui.helpers import TIMEOUT

SENDER = "绍兴市越城区第一中学"
RECEIVER = "绍兴市第二初级中学"
NAME = "张小明"
NUMBER = "G201301020001"


# --- set-up (services, before the GUI opens a station) ------------------------------------


def new_station(folder: Path, name: str, county: str = "330603") -> StationInfo:
    created = station.create_station(
        folder,
        School(name, county, SchoolType.JUNIOR, boarding=False),
        Account(None, "counselor", "刘老师", Role.COUNSELOR),
        PASSWORD,
    )
    created.session.close()
    return StationInfo(folder, PASSWORD, created.recovery_code)


@pytest.fixture(scope="session")
def receiver_template(tmp_path_factory: pytest.TempPathFactory) -> StationInfo:
    return new_station(tmp_path_factory.mktemp("receiver") / "station", RECEIVER)


@pytest.fixture
def receiver(receiver_template: StationInfo, tmp_path: Path) -> StationInfo:
    folder = tmp_path / "receiver"
    shutil.copytree(receiver_template.folder, folder)
    (folder / "station.lock").unlink(missing_ok=True)
    return StationInfo(folder, receiver_template.password, receiver_template.recovery_code)


def add_history(session: Session) -> int:
    """张小明 in 六年级(2)班: an orange flag, a plan, a conversation and a home visit."""
    class_id = students.add_class(session, "六年级", "六年级(2)班")
    student = Student(
        None, NUMBER, NAME, Gender.MALE, date(2013, 1, 2), class_id,
        tags=frozenset({KeyGroup.LEFT_BEHIND}),
    )  # fmt: skip
    sid = students.add_student(session, student)
    growth.set_level(session, sid, WarningLevel.ORANGE, "自伤史", SourceLevel.CLASS, "心理委员")
    growth.save_plan(session, sid, "情绪低落", "稳定情绪", date(2026, 12, 1),
                     (Measure("每周谈话", MeasureOwner.COUNSELOR),))  # fmt: skip
    contact = Contact(None, sid, datetime(2026, 10, 9, 10), ContactKind.GUARDIAN, "母亲", "电话")
    growth.add_contact(session, contact)
    visit = HomeVisit(None, sid, date(2026, 10, 1), VisitKind.ONSITE, "王老师", "祖父母")
    growth.add_visit(session, visit)
    return sid


def usb_folder(tmp_path: Path) -> Path:
    usb = tmp_path / "usb"
    usb.mkdir(exist_ok=True)
    return usb


def sent_file(sender: StationInfo, receiver: StationInfo, usb: Path) -> Path:
    """A transfer file of 张小明 from ``sender`` to ``receiver``, made by the services."""
    with station.unlock(receiver.folder, receiver.password) as session:
        key_file = transfer.export_key_file(session, usb)
    with station.unlock(sender.folder, sender.password) as session:
        sid = add_history(session)
        return transfer.export_student(session, sid, key_file, usb).path


def student_count(info: StationInfo) -> int:
    with station.unlock(info.folder, info.password) as session:
        return int(session.db.one("SELECT count(*) FROM students")[0])


# --- driving the GUI -----------------------------------------------------------------------


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_message(qtbot, kind: str) -> str:
    qtbot.waitUntil(lambda: bool(dialogs.shown) and dialogs.shown[-1][0] == kind, timeout=TIMEOUT)
    return dialogs.shown[-1][1]


def open_transfer_file(qtbot, page, path: Path):
    """Students page → 接收转入档案… → the preview dialog."""
    dialogs.preset("open_file", path)
    click(qtbot, page.receiver.button)
    qtbot.waitUntil(
        lambda: page.receiver.dialog is not None and page.receiver.dialog.isVisible(),
        timeout=TIMEOUT,
    )
    return page.receiver.dialog


def growth_windows() -> list[GrowthWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, GrowthWindow)]


def students_page(qtbot, make_controller, info: StationInfo):
    controller, window = unlock(qtbot, make_controller, info)
    page = window.show_page("students")
    # loaded in full (roster, then filters and deadlines): the station may be closed after
    qtbot.waitUntil(
        lambda: not page._details_wanted and not controller.runner.busy, timeout=TIMEOUT
    )
    return controller, window, page


# --- the journey ---------------------------------------------------------------------------


def export_key_at_receiver(qtbot, make_controller, receiver: StationInfo, usb: Path) -> Path:
    controller, window = unlock(qtbot, make_controller, receiver)
    box = window.show_page("settings").transfer_key_box
    dialogs.preset("folder", usb)
    dialogs.preset("info")
    click(qtbot, box.button)
    told = wait_message(qtbot, "info")
    [key_file] = list(usb.glob("*.xkey"))
    fingerprint = fingerprint_text(transfer.read_key_file(key_file).fingerprint)
    assert str(key_file) in told and fingerprint in told
    assert fingerprint in box.status.text()
    controller.shutdown()
    return key_file


def transfer_out_at_sender(
    qtbot, make_controller, sender: StationInfo, sid: int, key_file: Path, usb: Path
) -> Path:
    controller, window = unlock(qtbot, make_controller, sender)
    growth_window = open_growth(qtbot, window, sid)
    assert "转学" not in growth_window.info_label.text()
    dialogs.preset("open_file", key_file)
    dialogs.preset("ask", True)
    dialogs.preset("folder", usb)
    dialogs.preset("info")
    click(qtbot, growth_window.transfer_action.button)
    told = wait_message(qtbot, "info")
    [question] = [text for kind, text in dialogs.shown if kind == "ask"]
    fingerprint = fingerprint_text(transfer.read_key_file(key_file).fingerprint)
    assert RECEIVER in question and "330603" in question and fingerprint in question
    assert NAME in question
    [sent] = list(usb.glob("*.xtrf"))
    assert sent.name in told and RECEIVER in told
    qtbot.waitUntil(lambda: "转学" in growth_window.info_label.text(), timeout=TIMEOUT)
    controller.shutdown()
    return sent


def test_a_student_moves_from_one_station_to_another(
    qtbot, make_controller, station_info: StationInfo, receiver: StationInfo, tmp_path: Path
) -> None:
    sid = prepare(station_info, add_history)
    usb = usb_folder(tmp_path)
    key_file = export_key_at_receiver(qtbot, make_controller, receiver, usb)
    sent = transfer_out_at_sender(qtbot, make_controller, station_info, sid, key_file, usb)
    assert NAME.encode() not in sent.read_bytes()  # sealed, not readable on the stick

    _, _, page = students_page(qtbot, make_controller, receiver)
    dialog = open_transfer_file(qtbot, page, sent)
    texts = all_texts(dialog)
    assert any(NAME in t for t in texts) and any(SENDER in t for t in texts)
    assert any(NUMBER in t for t in texts) and any("六年级(2)班" in t for t in texts)
    counts = dict(zip(*(dialog.records_model.column(c) for c in (0, 1)), strict=True))
    assert counts["预警级别变更"] == "1" and counts["家访"] == "1" and counts["一生一策计划"] == "1"
    assert "新学生" in dialog.notice.text()
    assert not growth_windows()

    click(qtbot, dialog.accept_button)
    qtbot.waitUntil(lambda: len(growth_windows()) == 1, timeout=TIMEOUT)
    [arrived] = growth_windows()
    wait_loaded(qtbot, arrived)
    assert arrived.name_label.text() == NAME
    assert arrived.file.current_level is WarningLevel.ORANGE and arrived.file.plans
    assert arrived.file.visits[0].met_with == "祖父母"
    assert arrived.file.case_history[-1].reason.startswith(f"转入：自 {SENDER}")
    line = arrived.show_tab("profile").transferred_from
    qtbot.waitUntil(line.isVisible, timeout=TIMEOUT)
    assert line.text().startswith(f"转自 {SENDER}（县代码 330602）")
    assert "条记录" in arrived.message.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)

    with station.unlock(station_info.folder, station_info.password) as session:
        kept = growth.open_growth_file(session, sid)  # the sender keeps the record
    assert kept.student.status is StudentStatus.TRANSFERRED and kept.flags and kept.plans


def test_a_second_look_at_an_accepted_file_cannot_accept_it_again(
    qtbot, make_controller, station_info: StationInfo, receiver: StationInfo, tmp_path: Path
) -> None:
    sent = sent_file(station_info, receiver, usb_folder(tmp_path))
    with station.unlock(receiver.folder, receiver.password) as session:
        transfer.accept(session, sent)
    controller, _, page = students_page(qtbot, make_controller, receiver)
    dialog = open_transfer_file(qtbot, page, sent)
    assert "接收过，不能再次接收" in dialog.notice.text()
    assert not dialog.accept_button.isEnabled()
    dialog.reject()
    controller.shutdown()
    assert student_count(receiver) == 1


def test_a_student_number_already_here_joins_that_empty_file(
    qtbot, make_controller, station_info: StationInfo, receiver: StationInfo, tmp_path: Path
) -> None:
    sent = sent_file(station_info, receiver, usb_folder(tmp_path))

    def enrolled(session: Session) -> int:
        class_id = students.add_class(session, "七年级", "七年级(5)班")
        roster = Student(None, NUMBER, NAME, Gender.MALE, date(2013, 1, 2), class_id)
        return students.add_student(session, roster)

    existing = prepare(receiver, enrolled)
    _, _, page = students_page(qtbot, make_controller, receiver)
    dialog = open_transfer_file(qtbot, page, sent)
    assert "七年级(5)班" in dialog.notice.text()
    assert dialog.accept_button.text() == "并入现有成长档案"
    click(qtbot, dialog.accept_button)
    qtbot.waitUntil(lambda: len(growth_windows()) == 1, timeout=TIMEOUT)
    [arrived] = growth_windows()
    assert arrived.student_id == existing
    wait_loaded(qtbot, arrived)
    assert arrived.file.current_level is WarningLevel.ORANGE
    assert arrived.file.student.class_id is not None  # stays in the class it was put in here
