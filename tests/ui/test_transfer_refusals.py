"""档案转接 refusals in the GUI: a transfer file meant for another school, an altered or
cut-off one, a file that is no transfer at all, and the wrong key file when sending — each
is one clear Chinese sentence, and nothing changes at either station."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from app.domain.enums import StudentStatus
from app.services import station, students, transfer
from app.sync import age
from app.ui import dialogs
from tests.conftest import StationInfo
from tests.ui.growth_helpers import (
    TEACHER_PASSWORD,
    add_head_teacher,
    open_growth,
    prepare,
    unlock,
)
from tests.ui.test_transfer_journey import (
    RECEIVER,
    add_history,
    click,
    new_station,
    receiver,
    receiver_template,
    sent_file,
    student_count,
    students_page,
    usb_folder,
    wait_message,
)

__all__ = ["receiver", "receiver_template"]

ANOTHER_SCHOOL = (
    f"这份档案转接文件是发给{RECEIVER}的，不是发给本校的。没有导入任何内容；请把文件转交给该校。"
)
ALTERED = "该文件在转出学校签名后被修改或损坏。请转出学校重新导出。没有导入任何内容。"
INCOMPLETE = "该文件不完整（复制时中断？）。请转出学校重新导出。没有导入任何内容。"
NOT_A_TRANSFER = "这不是心安档案转接文件，或文件不完整。没有导入任何内容。"


def refused(qtbot, make_controller, info: StationInfo, path: Path) -> str:
    """Receive ``path`` at ``info`` through the Students page: the sentence shown. The
    station is closed again afterwards (for counting)."""
    controller, _, page = students_page(qtbot, make_controller, info)
    dialogs.preset("open_file", path)
    dialogs.preset("error")
    click(qtbot, page.receiver.button)
    told = wait_message(qtbot, "error")
    assert page.receiver.dialog is None  # no preview was offered
    assert page.receiver.button.isEnabled()
    controller.shutdown()
    return told


def test_a_file_meant_for_another_school_is_refused(
    qtbot, make_controller, station_info: StationInfo, receiver: StationInfo, tmp_path: Path
) -> None:
    sent = sent_file(station_info, receiver, usb_folder(tmp_path))
    other = new_station(tmp_path / "other", "绍兴市第三初级中学")
    before = sent.read_bytes()
    assert refused(qtbot, make_controller, other, sent) == ANOTHER_SCHOOL
    assert student_count(other) == 0
    assert sent.read_bytes() == before  # still good for the school it is meant for
    with station.unlock(receiver.folder, receiver.password) as session:
        assert transfer.preview(session, sent).growth.student.name == "张小明"


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        (lambda data: _flip(data, len(data) - 200), ALTERED),  # in the encrypted payload
        (lambda data: data.replace(b" 330603 ", b" 330604 ", 1), ALTERED),  # in the envelope
        (lambda data: data[: len(data) // 2], ALTERED),  # one chunk: cannot tell the two
        (lambda data: data[: age.parse_header(data).payload_offset + 20], INCOMPLETE),
        (lambda data: os.urandom(len(data)), NOT_A_TRANSFER),
        (lambda data: b"", NOT_A_TRANSFER),
    ],
    ids=["payload", "envelope", "cut in half", "cut after the header", "garbage", "empty"],
)
def test_an_altered_or_broken_file_is_refused(
    qtbot, make_controller, station_info, receiver: StationInfo, tmp_path: Path, change, sentence
) -> None:
    sent = sent_file(station_info, receiver, usb_folder(tmp_path))
    sent.write_bytes(change(sent.read_bytes()))
    assert refused(qtbot, make_controller, receiver, sent) == sentence
    assert student_count(receiver) == 0


@pytest.mark.parametrize("which", ["own", "altered", "not a key file"])
def test_the_wrong_key_file_sends_nothing(
    qtbot, make_controller, station_info: StationInfo, receiver: StationInfo, tmp_path: Path, which
) -> None:
    usb = usb_folder(tmp_path)
    sid = prepare(station_info, add_history)
    if which == "own":
        key_file = prepare(station_info, lambda s: transfer.export_key_file(s, usb / "own.xkey"))
        sentence = "这是本校自己的档案转接密钥文件。请选择学生将要转入的学校的密钥文件。"
    else:
        key_file = prepare(receiver, lambda s: transfer.export_key_file(s, usb))
        text = key_file.read_text(encoding="utf-8")
        if which == "altered":
            key_file.write_text(text.replace("第二", "第三"), encoding="utf-8")
            sentence = "该密钥文件在接收学校导出后被修改或损坏。请向该校重新索取密钥文件。"
        else:
            key_file.write_text(text[: len(text) // 2], encoding="utf-8")
            sentence = "这不是心安档案转接密钥文件。接收学校可在“设置 → 档案转接密钥”中导出。"
    controller, window = unlock(qtbot, make_controller, station_info)
    growth_window = open_growth(qtbot, window, sid)
    dialogs.preset("open_file", key_file)
    dialogs.preset("error")
    click(qtbot, growth_window.transfer_action.button)
    assert wait_message(qtbot, "error") == sentence
    assert not [kind for kind, _ in dialogs.shown if kind in ("ask", "folder")]
    controller.shutdown()
    assert not list(usb.glob("*.xtrf"))
    with station.unlock(station_info.folder, station_info.password) as session:
        assert students.get_student(session, sid).status is StudentStatus.IN_SCHOOL


def test_only_counselors_are_offered_transfers(
    qtbot, make_controller, station_info: StationInfo
) -> None:
    def with_teacher(session) -> int:
        sid = add_history(session)
        add_head_teacher(session, students.get_student(session, sid).class_id)
        return sid

    sid = prepare(station_info, with_teacher)
    _, window = unlock(
        qtbot, make_controller, station_info, username="li", password=TEACHER_PASSWORD
    )
    growth_window = open_growth(qtbot, window, sid)
    assert not growth_window.transfer_action.button.isVisibleTo(growth_window)
    page = window.show_page("students")
    assert not page.receiver.button.isVisibleTo(page)
    assert window.show_page("settings").findChild(QWidget, "transferKeyBox") is None
