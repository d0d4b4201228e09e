"""Unlocking a real encrypted station through the unlock dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import station
from app.ui.recovery_dialog import RecoveryDialog
from tests.conftest import damage_a_page, snapshot
from tests.ui.helpers import (
    TIMEOUT,
    station_lock_is_free,
    unlock_with,
    wait_for_main_window,
    wait_for_unlock_dialog,
)


def test_right_password_opens_the_main_window(qtbot, make_controller, station_info):
    controller = make_controller(station_info.folder)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    unlock_with(qtbot, dialog, station_info.password)
    window = wait_for_main_window(qtbot, controller)
    assert window.station_label.text() == "绍兴市越城区第一中学"
    assert window.account_label.text() == "王老师（心理健康教师）"
    assert "绍兴市越城区第一中学" in window.windowTitle()
    assert not station_lock_is_free(station_info.folder)


def test_unlock_remembers_the_last_account(qtbot, make_controller, station_info):
    controller = make_controller(station_info.folder)
    controller.start()
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), station_info.password)
    wait_for_main_window(qtbot, controller)
    controller.shutdown()
    again = make_controller(station_info.folder)
    again.start()
    assert wait_for_unlock_dialog(qtbot, again).username_edit.text() == "counselor"


def test_wrong_password_says_so_shakes_and_changes_no_file(qtbot, make_controller, station_info):
    before = snapshot(station_info.folder)
    controller = make_controller(station_info.folder)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    unlock_with(qtbot, dialog, "not-the-password")
    qtbot.waitUntil(lambda: "密码错误" in dialog.error_label.text(), timeout=TIMEOUT)
    assert dialog.shake_count == 1
    assert dialog.password_edit.text() == ""
    assert dialog.unlock_button.isEnabled()
    assert controller.main_window is None
    assert snapshot(station_info.folder) == before


def test_wrong_password_with_an_account_name(qtbot, make_controller, station_info):
    controller = make_controller(station_info.folder)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    unlock_with(qtbot, dialog, "not-the-password", username="counselor")
    qtbot.waitUntil(lambda: dialog.shake_count == 1, timeout=TIMEOUT)
    assert dialog.error_label.text().startswith("密码错误")


def test_empty_password_is_not_tried(qtbot, make_controller, station_info):
    controller = make_controller(station_info.folder)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    unlock_with(qtbot, dialog, "")
    assert dialog.error_label.text() == "请输入密码。"
    assert not controller.runner.busy


def test_station_open_elsewhere_is_explained(qtbot, make_controller, station_info, session):
    # ``session`` holds the station lock, as another XinAn window would.
    controller = make_controller(station_info.folder)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    unlock_with(qtbot, dialog, station_info.password)
    qtbot.waitUntil(lambda: "已在另一个窗口打开" in dialog.error_label.text(), timeout=TIMEOUT)
    assert dialog.shake_count == 0
    assert controller.main_window is None


def test_damaged_key_file_is_explained(qtbot, make_controller, station_info):
    (station_info.folder / "station.keys").write_bytes(b"{ not json")
    controller = make_controller(station_info.folder)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    unlock_with(qtbot, dialog, station_info.password)
    qtbot.waitUntil(lambda: "已损坏" in dialog.error_label.text(), timeout=TIMEOUT)


def test_schema_too_new_is_explained(qtbot, make_controller, station_info):
    with station.unlock(station_info.folder, station_info.password) as opened:
        opened.db.conn.execute("PRAGMA user_version = 999")
    controller = make_controller(station_info.folder)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    unlock_with(qtbot, dialog, station_info.password)
    qtbot.waitUntil(lambda: "更新版本" in dialog.error_label.text(), timeout=TIMEOUT)
    assert "999" in dialog.error_label.text()


def test_given_password_opens_directly(qtbot, make_controller, station_info):
    controller = make_controller(station_info.folder)
    controller.start(password=station_info.password, username="counselor")
    wait_for_main_window(qtbot, controller)
    assert controller.unlock_dialog is None


def test_given_wrong_password_falls_back_to_the_dialog(qtbot, make_controller, station_info):
    controller = make_controller(station_info.folder)
    controller.start(password="wrong-password-1", username="counselor")
    dialog = wait_for_unlock_dialog(qtbot, controller)
    qtbot.waitUntil(lambda: "密码错误" in dialog.error_label.text(), timeout=TIMEOUT)
    assert dialog.username_edit.text() == "counselor"


def test_recovery_code_sets_a_new_password(qtbot, make_controller, station_info):
    controller = make_controller(station_info.folder)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)
    recovery = dialog.findChild(RecoveryDialog)
    assert recovery is not None and recovery.isVisible()
    assert not recovery.ok_button.isEnabled()
    recovery.code_edit.setText(station_info.recovery_code.lower().replace("-", " "))
    recovery.passwords.first.setText("brand-new-pass-7")
    recovery.passwords.second.setText("brand-new-pass-7")
    assert recovery.ok_button.isEnabled()
    qtbot.mouseClick(recovery.ok_button, Qt.MouseButton.LeftButton)
    wait_for_main_window(qtbot, controller)
    controller.shutdown()
    with station.unlock(station_info.folder, "brand-new-pass-7") as reopened:
        assert reopened.account.username == "counselor"


def test_wrong_recovery_code_is_explained(qtbot, make_controller, station_info):
    before = snapshot(station_info.folder)
    controller = make_controller(station_info.folder)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    dialog.open_recovery()
    recovery = dialog.findChild(RecoveryDialog)
    recovery.code_edit.setText("22222-22222-22222-22222-22222-22222")
    recovery.passwords.first.setText("brand-new-pass-7")
    recovery.passwords.second.setText("brand-new-pass-7")
    recovery.attempt()
    qtbot.waitUntil(lambda: "恢复码不正确" in recovery.message.text(), timeout=TIMEOUT)
    assert controller.main_window is None
    assert snapshot(station_info.folder) == before


def test_failed_integrity_check_opens_read_only_with_a_lasting_warning(
    qtbot, make_controller, station_info
):
    damage_a_page(station_info)
    controller = make_controller(station_info.folder)
    controller.start()
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), station_info.password)
    # the check runs after the first paint; the window then comes back read-only
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.built_read_only,
        timeout=TIMEOUT,
    )
    window = wait_for_main_window(qtbot, controller)
    assert controller.context is not None and controller.context.read_only
    assert window.read_only_banner.isVisible()
    assert "完整性检查" in window.read_only_banner.text()
    assert "只读" in window.read_only_banner.text()
    window.show_page("settings")
    assert window.read_only_banner.isVisible()


def test_missing_key_file_is_damage_not_a_new_station(qtbot, make_controller, station_info):
    (station_info.folder / "station.keys").unlink()
    controller = make_controller(station_info.folder)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    unlock_with(qtbot, dialog, station_info.password)
    qtbot.waitUntil(lambda: "已损坏" in dialog.error_label.text(), timeout=TIMEOUT)
    assert controller.wizard is None
