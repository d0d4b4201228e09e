"""The warning network end to end, through the windows a school would use (issue 4):

a committee member files an urgent report in report-entry mode → the counselor unlocks,
sees the red banner and triages the concern into an orange flag → the head teacher logs
in, sees the notification, and sees only their own class.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain.accounts import Account
from app.domain.enums import Role, SourceLevel, WarningLevel
from app.services import accounts, growth, station
from app.ui.notifications import CounselorNotice, NotificationsDialog
from tests.ui.helpers import TIMEOUT, unlock_with, wait_for_main_window, wait_for_unlock_dialog
from tests.ui.network_helpers import (
    MEMBER,
    TEACHER_PASSWORD,
    NetworkSchool,
    fill_report,
    seed_network,
    submit,
    wait_for_child,
)

WORRY = "他说晚上睡不着，想伤害自己"


@pytest.fixture
def school(session) -> NetworkSchool:
    return seed_network(session)


def run(qtbot, window, service, *args: Any) -> Any:
    results: list[Any] = []
    window.ctx.call(service, *args, on_success=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT)
    return results[0]


def file_urgent_report(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.committee_button, Qt.MouseButton.LeftButton)
    entry = dialog.report_entry
    fill_report(entry, "七年级(1)班", MEMBER, 2, "", [("张三丰", WORRY, True)])
    path = submit(qtbot, entry)
    assert WORRY.encode("utf-8") not in path.read_bytes()
    assert entry.form.concerns.rows == [] and entry.form.events.toPlainText() == ""
    qtbot.mouseClick(entry.close_button, Qt.MouseButton.LeftButton)


def triage_into_orange(qtbot, window) -> None:
    notice = wait_for_child(qtbot, window, CounselorNotice)
    assert notice.urgent_label.text() == "1 条紧急关注待处理"
    qtbot.mouseClick(notice.button("openInbox"), Qt.MouseButton.LeftButton)
    page = window.pages["inbox"]
    qtbot.waitUntil(lambda: page.concerns.count() == 1, timeout=TIMEOUT)
    assert page.banner.isVisible() and page.banner.text() == "1 条紧急关注待处理"
    panel = page.triage_panel
    assert panel.pending.concern.text == WORRY
    qtbot.waitUntil(lambda: panel.target() is not None, timeout=TIMEOUT)
    panel.level_combo.setCurrentIndex(panel.level_combo.findData("orange"))
    panel.flag_reason.setPlainText("自伤意念，当天面谈并联系家长")
    qtbot.mouseClick(panel.flag_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.concerns.count() == 0, timeout=TIMEOUT)
    assert page.banner.isHidden() and "橙色" in page.message.text()


def test_urgent_report_to_orange_flag_to_head_teacher(qtbot, make_controller, station_info, school):
    controller = make_controller(station_info.folder)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    file_urgent_report(qtbot, dialog)
    assert controller.main_window is None

    unlock_with(qtbot, dialog, station_info.password, "counselor")
    triage_into_orange(qtbot, wait_for_main_window(qtbot, controller))

    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        controller.lock()
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), TEACHER_PASSWORD, "li")
    window = wait_for_main_window(qtbot, controller)
    notice = wait_for_child(qtbot, window, NotificationsDialog)
    assert notice.list.count() == 1
    line = notice.list.item(0).text()
    assert "张三丰（七年级(1)班）" in line and "橙色" in line
    qtbot.mouseClick(notice.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=TIMEOUT)
    assert run(qtbot, window, accounts.my_notifications) == []

    assert "inbox" not in list(window.nav.keys())
    assert window.current_key() == "students"  # where a head teacher starts
    roster = window.pages["students"].model
    qtbot.waitUntil(lambda: len(roster.rows) == 2, timeout=TIMEOUT)
    assert {row.name for row in roster.rows} == {"张三丰", "李四"}  # not 王五 of 八年级(1)班
    assert {row.class_name for row in roster.rows} == {"七年级(1)班"}


def test_a_leader_is_told_of_a_red_flag_until_it_is_marked_read(
    qtbot, make_controller, station_info, school
):
    with station.unlock(station_info.folder, station_info.password) as counselor:
        accounts.create_account(
            counselor, Account(None, "boss", "赵校长", Role.LEADER), TEACHER_PASSWORD
        )
        growth.set_level(counselor, school.ids["王五"], WarningLevel.RED, "危机", SourceLevel.CLASS)
        growth.set_level(counselor, school.ids["李四"], WarningLevel.ORANGE, "x", SourceLevel.CLASS)
        growth.set_level(counselor, school.ids["李四"], WarningLevel.BLUE, "好转", SourceLevel.SELF)
    controller = make_controller(station_info.folder)
    controller.start(TEACHER_PASSWORD, "boss")
    window = wait_for_main_window(qtbot, controller)
    notice = wait_for_child(qtbot, window, NotificationsDialog)
    lines = [notice.list.item(row).text() for row in range(notice.list.count())]
    red = next(line for line in lines if "红色" in line)
    orange = next(line for line in lines if "橙色" in line)
    assert len(lines) == 2 and "王五（八年级(1)班）" in red
    assert "李四" not in orange and "无法查看" in orange  # lowered to blue since
    qtbot.mouseClick(notice.button("later"), Qt.MouseButton.LeftButton)
    assert len(run(qtbot, window, accounts.my_notifications)) == 2  # still unread

    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        controller.lock()
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), TEACHER_PASSWORD, "boss")
    window = wait_for_main_window(qtbot, controller)
    assert wait_for_child(qtbot, window, NotificationsDialog).list.count() == 2
