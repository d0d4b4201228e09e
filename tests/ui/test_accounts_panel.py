"""Settings › accounts (counselors): create, reset a password, disable — real key slots."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import Role
from app.errors import WrongCredentials
from app.services import station
from app.ui import dialogs
from app.ui.pages.account_dialogs import NewAccountDialog, ResetPasswordDialog
from tests.conftest import StationInfo
from tests.ui.helpers import TIMEOUT, wait_for_main_window
from tests.ui.network_helpers import TEACHER_PASSWORD, NetworkSchool, seed_network

NEW_PASSWORD = "Fresh-Lantern-58"


@pytest.fixture
def school(session) -> NetworkSchool:
    return seed_network(session)  # counselor + head teacher "li"


def open_panel(qtbot, make_controller, info: StationInfo):
    controller = make_controller(info.folder)
    controller.start(info.password)
    window = wait_for_main_window(qtbot, controller)
    panel = window.show_page("settings").accounts_panel
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=TIMEOUT)
    return controller, panel


def row_texts(panel, username: str) -> list[str]:
    row = [a.username for a in panel.data.accounts].index(username)
    return [panel.table.item(row, column).text() for column in range(5)]


def set_passwords(dialog, password: str) -> None:
    dialog.passwords.first.setText(password)
    dialog.passwords.second.setText(password)


def test_accounts_are_listed_with_role_and_classes(qtbot, make_controller, station_info, school):
    _, panel = open_panel(qtbot, make_controller, station_info)
    assert row_texts(panel, "counselor") == [
        "counselor",
        "王老师",
        "心理健康教师",
        "",
        "正常（当前账号）",
    ]
    assert row_texts(panel, "li") == ["li", "李老师", "班主任", "七年级(1)班", "正常"]
    panel.select_username("counselor")
    assert not panel.reset_button.isEnabled() and not panel.disable_button.isEnabled()
    panel.select_username("li")
    assert panel.reset_button.isEnabled() and panel.disable_button.isEnabled()


def test_create_a_head_teacher_and_a_grade_leader(qtbot, make_controller, station_info, school):
    controller, panel = open_panel(qtbot, make_controller, station_info)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, NewAccountDialog) and dialog.isVisible()
    assert [dialog.role.itemData(i) for i in range(dialog.role.count())] == [
        "counselor",
        "leader",
        "head_teacher",
        "grade_leader",
    ]
    dialog.username.setText("zhou")
    dialog.display_name.setText("周老师")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.HEAD_TEACHER.value))
    assert dialog.classes.isVisible() and not dialog.grade.isVisible()
    set_passwords(dialog, NEW_PASSWORD)
    assert dialog.passwords.meter.strength > 0
    assert not dialog.ok_button.isEnabled()  # a head teacher needs a class
    for row in range(dialog.classes.count()):
        dialog.classes.item(row).setCheckState(Qt.CheckState.Checked)  # both classes
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 3, timeout=TIMEOUT)
    assert not dialog.isVisible() and dialog.passwords.first.text() == ""
    assert row_texts(panel, "zhou")[2:] == ["班主任", "七年级(1)班、八年级(1)班", "正常"]
    assert panel.status.text() == "账号 zhou 已创建。"

    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    dialog.username.setText("grade7")
    dialog.display_name.setText("孙组长")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.GRADE_LEADER.value))
    assert dialog.grade.isVisible() and not dialog.classes.isVisible()
    set_passwords(dialog, NEW_PASSWORD)
    assert not dialog.ok_button.isEnabled()
    dialog.grade.setCurrentIndex(dialog.grade.findData(school.grade_a))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 4, timeout=TIMEOUT)
    assert row_texts(panel, "grade7")[2:4] == ["年级组长", "七年级"]

    controller.shutdown()
    with station.unlock(station_info.folder, NEW_PASSWORD, "zhou") as teacher:
        assert teacher.scope.class_ids == frozenset({school.class_a, school.class_b})


def test_a_taken_user_name_is_explained_in_the_dialog(qtbot, make_controller, station_info, school):
    _, panel = open_panel(qtbot, make_controller, station_info)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    dialog.username.setText("li")
    dialog.display_name.setText("另一位李老师")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.LEADER.value))
    set_passwords(dialog, NEW_PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=TIMEOUT)
    assert dialog.error_label.text() == "该账户名已存在。" and dialog.isVisible()


def test_reset_then_disable_a_head_teacher(qtbot, make_controller, station_info, school):
    controller, panel = open_panel(qtbot, make_controller, station_info)
    panel.select_username("li")
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, ResetPasswordDialog) and "李老师（li）" in dialog.intro.text()
    set_passwords(dialog, NEW_PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.status.text() == "已为 li 设置新密码。", timeout=TIMEOUT)

    panel.select_username("li")
    dialogs.preset("ask", True)
    qtbot.mouseClick(panel.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row_texts(panel, "li")[4] == "已停用", timeout=TIMEOUT)
    assert "停用后该账号的密钥槽将被销毁" in dialogs.shown[-1][1]
    panel.select_username("li")
    assert not panel.disable_button.isEnabled() and panel.reset_button.isEnabled()

    controller.shutdown()
    assert b'"username": "li"' not in (station_info.folder / "station.keys").read_bytes()
    for password in (TEACHER_PASSWORD, NEW_PASSWORD):
        with pytest.raises(WrongCredentials):
            station.unlock(station_info.folder, password, "li")


def test_cancelling_the_disable_question_changes_nothing(
    qtbot, make_controller, station_info, school
):
    controller, panel = open_panel(qtbot, make_controller, station_info)
    panel.select_username("li")
    dialogs.preset("ask", False)
    qtbot.mouseClick(panel.disable_button, Qt.MouseButton.LeftButton)
    assert row_texts(panel, "li")[4] == "正常"
    controller.shutdown()
    station.unlock(station_info.folder, TEACHER_PASSWORD, "li").close()
