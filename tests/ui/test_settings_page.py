"""The settings page: change the password, auto-lock minutes, school details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.errors import WrongCredentials
from app.services import station
from app.ui.nav import ordered
from app.ui.pages import page_specs
from app.ui.settings import AppSettings
from tests.ui.helpers import TIMEOUT, unlock_with, wait_for_main_window, wait_for_unlock_dialog

NEW_PASSWORD = "Quiet-Harbour-88"


def open_settings(qtbot, make_controller, station_info):
    controller = make_controller(station_info.folder)
    controller.start()
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), station_info.password)
    window = wait_for_main_window(qtbot, controller)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "settings"
    return controller, window, window.pages["settings"]


def test_only_registered_pages_are_listed(qtbot, make_controller, station_info):
    _, window, _ = open_settings(qtbot, make_controller, station_info)
    assert window.nav.keys() == [spec.key for spec in ordered(page_specs())]
    assert window.nav.item(window.nav.count() - 1).text() == "设置"


def test_change_password_then_unlock_with_the_new_one(qtbot, make_controller, station_info):
    controller, _, page = open_settings(qtbot, make_controller, station_info)
    box = page.password_box
    assert not box.button.isEnabled()
    box.current.setText(station_info.password)
    box.passwords.first.setText(NEW_PASSWORD)
    box.passwords.second.setText(NEW_PASSWORD)
    assert box.button.isEnabled()
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "密码已修改" in box.status.text(), timeout=TIMEOUT)
    assert box.current.text() == "" and box.passwords.first.text() == ""

    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        controller.lock()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    unlock_with(qtbot, dialog, station_info.password)
    qtbot.waitUntil(lambda: "密码错误" in dialog.error_label.text(), timeout=TIMEOUT)
    unlock_with(qtbot, dialog, NEW_PASSWORD)
    wait_for_main_window(qtbot, controller)


def test_wrong_current_password_is_refused(qtbot, make_controller, station_info):
    controller, _, page = open_settings(qtbot, make_controller, station_info)
    box = page.password_box
    box.current.setText("not-my-password")
    box.passwords.first.setText(NEW_PASSWORD)
    box.passwords.second.setText(NEW_PASSWORD)
    box.change()
    qtbot.waitUntil(lambda: box.status.text() == "当前密码不正确。", timeout=TIMEOUT)
    controller.shutdown()
    try:
        station.unlock(station_info.folder, NEW_PASSWORD).close()
    except WrongCredentials:
        pass
    else:
        raise AssertionError("the password must not have changed")


def test_auto_lock_minutes_are_saved_and_applied(qtbot, make_controller, station_info):
    controller, _, page = open_settings(qtbot, make_controller, station_info)
    spin = page.auto_lock_box.minutes
    assert spin.value() == 10
    assert controller.idle.timeout_ms == 10 * 60_000
    spin.setValue(3)
    assert AppSettings().auto_lock_minutes() == 3
    assert controller.idle.timeout_ms == 3 * 60_000


def test_school_details_are_shown(qtbot, make_controller, station_info):
    _, _, page = open_settings(qtbot, make_controller, station_info)
    texts = [label.text() for label in page.school_box.findChildren(QLabel, "schoolInfo")]
    assert "绍兴市越城区第一中学" in texts
    assert "330602" in texts
    assert "初中" in texts
    assert "是" in texts
    assert "王老师（心理健康教师）" in texts
