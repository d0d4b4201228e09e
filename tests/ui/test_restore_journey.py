"""The whole journey on a real station: back up in Settings, damage (or lose) the station
file, restore from the GUI — from the unlock dialog, or from Settings (which locks
first) — and the station opens with its data back and its audit chain verifying."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.domain.enums import Gender
from app.domain.student import Student
from app.services import audit, restore, station, students
from app.ui import dialogs
from app.ui.backup.restore_dialog import RestoreDialog
from app.ui.controller import AppController
from app.ui.unlock_dialog import UnlockDialog
from tests.conftest import StationInfo
from tests.ui.helpers import TIMEOUT, unlock_with, wait_for_main_window, wait_for_unlock_dialog
from tests.ui.test_backup_panel import back_up_into, backups, open_panel, prepare

SCHOOL = "绍兴市越城区第一中学"


def fill_more(session) -> None:
    class_id = students.add_class(session, "八年级", "八年级(2)班", "周老师")
    students.add_student(
        session, Student(None, "G2012999001", "新同学", Gender.MALE, None, class_id)
    )


def made_backup(qtbot, make_controller, info: StationInfo, usb: Path) -> Path:
    """Back up in Settings, then quit XinAn; the backup file."""
    usb.mkdir()
    controller, _, panel = open_panel(qtbot, make_controller, info)
    back_up_into(qtbot, panel, usb)
    controller.shutdown()
    (made,) = backups(usb)
    return made


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def restore_dialog_of(qtbot, unlock: UnlockDialog) -> RestoreDialog:
    qtbot.mouseClick(unlock.restore_button, Qt.MouseButton.LeftButton)
    dialog = unlock.restore_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    return dialog


def choose_and_check(qtbot, dialog: RestoreDialog, path: Path, secret: str) -> None:
    """Pick the file (its header shows), type the secret, 打开并检查 (counts show)."""
    dialogs.preset("open_file", path)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: SCHOOL in dialog.header_label.text(), timeout=TIMEOUT)
    assert not dialog.restore_button.isEnabled()
    dialog.secret_edit.setText(secret)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=TIMEOUT)
    assert dialog.restore_button.isEnabled()


def confirm_restore(qtbot, dialog: RestoreDialog) -> None:
    dialogs.preset("ask", True)
    dialogs.preset("message")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)


def asked_and_told() -> tuple[str, str]:
    question = next(text for kind, text in dialogs.shown if kind == "ask")
    told = next(text for kind, text in dialogs.shown if kind == "info")
    return question, told


def data_back(info: StationInfo, count: int) -> None:
    with station.unlock(info.folder, info.password) as session:
        assert not session.read_only and session.integrity_problems == []
        assert students.count(session) == count
        verdict = audit.verify(session)
        assert verdict.ok


def kept_aside(info: StationInfo) -> list[Path]:
    return sorted(info.folder.parent.glob(f"{info.folder.name}.before-restore-*"))


def test_damaged_station_restored_from_the_unlock_dialog(
    qtbot, make_controller, station_info, tmp_path
):
    prepare(station_info, 3)
    made = made_backup(qtbot, make_controller, station_info, tmp_path / "usb")
    flip(station_info.folder / "station.db", 100)  # the first page: it no longer opens

    controller: AppController = make_controller(station_info.folder)
    controller.start()
    unlock = wait_for_unlock_dialog(qtbot, controller)
    unlock_with(qtbot, unlock, station_info.password)
    qtbot.waitUntil(lambda: "已损坏" in unlock.error_label.text(), timeout=TIMEOUT)
    dialog = restore_dialog_of(qtbot, unlock)
    choose_and_check(qtbot, dialog, made, station_info.password)
    info = restore.inspect_backup(made, station_info.password)
    header = dialog.header_label.text()
    assert f"{SCHOOL}（县区代码 330602）的备份" in header
    assert f"备份于 {info.created_at:%Y-%m-%d %H:%M}" in header
    details = dialog.details_label.text()
    assert "其中包含：学生 3，预警记录 3" in details and "谈话记录 3" in details
    assert f"审计链末条：第 {info.audit_seq} 条" in details
    assert "用账户 counselor 的密码打开。" in details
    assert dialog.message.text() == "备份完好。目前还没有替换任何数据。"

    confirm_restore(qtbot, dialog)
    window = wait_for_main_window(qtbot, controller)  # the restored station opens
    assert not window.ctx.read_only
    question, told = asked_and_told()
    assert str(station_info.folder) in question and "before-restore" in question
    (aside,) = kept_aside(station_info)
    assert f"原来的站点保留在 {aside}" in told
    controller.shutdown()
    data_back(station_info, 3)
    assert (aside / "station.db").exists()


def test_a_lost_station_file_is_restored_with_the_recovery_code(
    qtbot, make_controller, station_info, tmp_path
):
    prepare(station_info, 2)
    made = made_backup(qtbot, make_controller, station_info, tmp_path / "usb")
    (station_info.folder / "station.db").unlink()

    controller = make_controller(station_info.folder)
    controller.start()
    unlock = wait_for_unlock_dialog(qtbot, controller)  # damage, not a new station
    assert controller.wizard is None
    assert "已损坏" in unlock.error_label.text() and "备份" in unlock.error_label.text()
    dialog = restore_dialog_of(qtbot, unlock)
    choose_and_check(qtbot, dialog, made, station_info.recovery_code)
    assert "用恢复码打开。" in dialog.details_label.text()
    confirm_restore(qtbot, dialog)
    # a recovery code opens no station: the unlock dialog asks for a password
    qtbot.waitUntil(lambda: "备份已恢复" in unlock.error_label.text(), timeout=TIMEOUT)
    assert controller.main_window is None
    unlock_with(qtbot, unlock, station_info.password)
    wait_for_main_window(qtbot, controller)
    controller.shutdown()
    data_back(station_info, 2)


def test_restore_from_settings_locks_first_and_reopens(
    qtbot, make_controller, station_info, tmp_path
):
    prepare(station_info, 2)
    usb = tmp_path / "usb"
    usb.mkdir()
    controller, _, panel = open_panel(qtbot, make_controller, station_info)
    back_up_into(qtbot, panel, usb)
    (made,) = backups(usb)
    added = controller.context.call(fill_more)  # a student more, after the backup
    qtbot.waitUntil(lambda: added.done, timeout=TIMEOUT)

    dialogs.preset("ask", True)  # 现在锁定吗？
    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert "先锁定站点" in dialogs.shown[-1][1]
    unlock = wait_for_unlock_dialog(qtbot, controller)
    dialog = unlock.restore_dialog
    assert dialog.isVisible()
    choose_and_check(qtbot, dialog, made, station_info.password)
    confirm_restore(qtbot, dialog)
    assert not wait_for_main_window(qtbot, controller).ctx.read_only
    count = controller.context.call(students.count)
    qtbot.waitUntil(lambda: count.done, timeout=TIMEOUT)
    assert count.result == 2  # the student added after the backup is gone
    controller.shutdown()
    data_back(station_info, 2)
    assert len(kept_aside(station_info)) == 1
