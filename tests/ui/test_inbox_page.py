"""报告 the counselor's inbox: banner, triage, weekly reports, members, quarantine notice."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain.committee import Concern
from app.domain.enums import SourceLevel, WarningLevel
from app.services import growth, station, students, triage
from app.services.station_public import StationPublic
from app.ui import dialogs
from app.ui.inbox.triage_panel import DISMISS_TAB, MERGE_TAB
from app.ui.nav import SLOTS, PageSpec
from app.ui.notifications import CounselorNotice
from app.ui.pages.inbox_page import REPORTS_TAB, InboxPage
from tests.conftest import StationInfo
from tests.ui.helpers import TIMEOUT, unlock_with, wait_for_main_window, wait_for_unlock_dialog
from tests.ui.network_helpers import (
    MEMBER,
    TEACHER_PASSWORD,
    NetworkSchool,
    sealed_report,
    seed_network,
    urgent,
    wait_for_child,
)


@pytest.fixture
def school(session) -> NetworkSchool:
    return seed_network(session)


def open_main(qtbot, make_controller, info: StationInfo, username=None, password=None):
    controller = make_controller(info.folder)
    controller.start(password or info.password, username)
    return controller, wait_for_main_window(qtbot, controller)


def open_inbox(qtbot, window, concerns: int) -> InboxPage:
    page = window.show_page("inbox")
    qtbot.waitUntil(lambda: page.concerns.count() == concerns, timeout=TIMEOUT)
    return page


def run(qtbot, window, service, *args: Any) -> Any:
    """A service call on the window's worker; by then every call queued before it is done."""
    results: list[Any] = []
    window.ctx.call(service, *args, on_success=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT)
    return results[0]


def level_of(qtbot, window, student_id: int) -> WarningLevel:
    rows = run(qtbot, window, students.roster)
    return next(r.level for r in rows if r.student_id == student_id)


def wait_for_students(qtbot, panel, count: int) -> None:
    qtbot.waitUntil(lambda: len(panel.rows) == count, timeout=TIMEOUT)


def test_the_inbox_is_ctrl_6_between_visits_and_settings(
    qtbot, make_controller, station_info, school
):
    assert SLOTS.index("visits") < SLOTS.index("inbox") < SLOTS.index("settings")
    assert PageSpec("inbox", str, InboxPage).shortcut == "Ctrl+6"
    _, window = open_main(qtbot, make_controller, station_info)
    keys = window.nav.keys()
    assert keys.index("visits") < keys.index("inbox") < keys.index("settings")
    assert window.nav.item(keys.index("inbox")).text() == "委员周报"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "inbox"
    page = open_inbox(qtbot, window, 0)
    assert page.empty_label.isVisible() and page.banner.isHidden()


def test_teachers_get_neither_the_inbox_nor_the_accounts(
    qtbot, make_controller, station_info, school
):
    _, window = open_main(qtbot, make_controller, station_info, "li", TEACHER_PASSWORD)
    keys = window.nav.keys()
    assert "inbox" not in keys
    assert window.show_page("inbox") is None
    assert not hasattr(window.show_page("settings"), "accounts_panel")


def test_urgent_concerns_stay_pinned_under_a_red_banner_until_triaged(
    qtbot, make_controller, station_info, school
):
    concerns = [Concern("李四", "上课睡觉"), urgent("张三丰", "割手腕")]
    sealed_report(station_info.folder, school.class_a, concerns)
    _, window = open_main(qtbot, make_controller, station_info)
    notice = wait_for_child(qtbot, window, CounselorNotice)
    assert notice.urgent_label.text() == "1 条紧急关注待处理"
    assert notice.quarantine_label is None
    qtbot.mouseClick(notice.button("openInbox"), Qt.MouseButton.LeftButton)
    assert window.current_key() == "inbox" and not notice.isVisible()
    page = open_inbox(qtbot, window, 2)
    assert page.banner.isVisible() and page.banner.text() == "1 条紧急关注待处理"
    assert page.concerns.item(0).text().startswith("【紧急】")
    assert page.concerns.selected().concern.text == "割手腕"

    panel = page.triage_panel
    panel.tabs.setCurrentIndex(DISMISS_TAB)
    assert not panel.dismiss_button.isEnabled()  # a reason is required
    panel.dismiss_reason.setText("已与班主任核实：美术课的颜料")
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.concerns.count() == 1, timeout=TIMEOUT)
    assert page.banner.isHidden() and "不予处理" in page.message.text()
    assert page.concerns.selected().concern.text == "上课睡觉"


def test_an_unmatched_name_needs_the_counselor_to_choose_the_student(
    qtbot, make_controller, station_info, school
):
    sealed_report(station_info.folder, school.class_a, [Concern("小张", "总是一个人吃饭")])
    _, window = open_main(qtbot, make_controller, station_info)
    page = open_inbox(qtbot, window, 1)
    panel = page.triage_panel
    wait_for_students(qtbot, panel, 2)
    assert panel.student_combo.isVisible() and "小张" in panel.student_hint.text()
    assert [panel.student_combo.itemData(i) for i in range(2)] == [
        school.ids["张三丰"],
        school.ids["李四"],
    ]  # only the class's students
    assert panel.level_combo.currentIndex() == -1  # the counselor chooses the level
    panel.level_combo.setCurrentIndex(panel.level_combo.findData("yellow"))
    panel.flag_reason.setPlainText("持续情绪低落，需要面谈")
    assert not panel.flag_button.isEnabled()
    panel.student_combo.setCurrentIndex(panel.student_combo.findData(school.ids["张三丰"]))
    assert panel.flag_button.isEnabled()
    qtbot.mouseClick(panel.flag_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.concerns.count() == 0, timeout=TIMEOUT)
    assert "黄色" in page.message.text()
    assert level_of(qtbot, window, school.ids["张三丰"]) is WarningLevel.YELLOW


def test_merge_only_into_an_open_flag(qtbot, make_controller, station_info, school):
    with station.unlock(station_info.folder, station_info.password) as counselor:
        growth.set_level(
            counselor, school.ids["李四"], WarningLevel.ORANGE, "自伤史", SourceLevel.SELF
        )
    sealed_report(
        station_info.folder,
        school.class_a,
        [Concern("张三丰", "上课走神"), Concern("李四", "手臂有伤痕")],
    )
    _, window = open_main(qtbot, make_controller, station_info)
    page = open_inbox(qtbot, window, 2)
    panel = page.triage_panel
    panel.tabs.setCurrentIndex(MERGE_TAB)
    wait_for_students(qtbot, panel, 2)
    assert panel.pending.concern.student_name == "张三丰"
    assert not panel.merge_button.isEnabled() and "没有预警" in panel.level_label.text()
    page.concerns.setCurrentRow(1)
    wait_for_students(qtbot, panel, 2)
    assert panel.merge_button.isEnabled() and "橙色" in panel.level_label.text()
    panel.merge_note.setText("与本周面谈内容一致")
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.concerns.count() == 1, timeout=TIMEOUT)
    assert "并入" in page.message.text()
    assert level_of(qtbot, window, school.ids["李四"]) is WarningLevel.ORANGE


def test_reports_per_week_and_the_classes_that_missed_it(
    qtbot, make_controller, station_info, school
):
    sealed_report(station_info.folder, school.class_a, [Concern("李四", "和同桌吵架")])
    _, window = open_main(qtbot, make_controller, station_info)
    page = open_inbox(qtbot, window, 1)
    page.tabs.setCurrentIndex(REPORTS_TAB)
    week = page.week
    qtbot.waitUntil(lambda: week.table.rowCount() == 1, timeout=TIMEOUT)
    assert [week.table.item(0, c).text() for c in (0, 1, 3)] == ["七年级(1)班", MEMBER, "3/5"]
    assert week.missing.text() == "本周未提交报告的班级（1 个）：八年级(1)班"
    week.table.selectRow(0)
    assert "和同桌吵架" in week.details.toPlainText() and "待处理" in week.details.toPlainText()
    this_week = week.day
    qtbot.mouseClick(week.previous_button, Qt.MouseButton.LeftButton)
    assert week.day == this_week - timedelta(days=7)
    qtbot.waitUntil(lambda: "（2 个）" in week.missing.text(), timeout=TIMEOUT)
    assert week.table.rowCount() == 0
    qtbot.mouseClick(week.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: week.table.rowCount() == 1, timeout=TIMEOUT)


def test_members_are_appointed_and_removed_and_published(
    qtbot, make_controller, station_info, school
):
    _, window = open_main(qtbot, make_controller, station_info)
    page = open_inbox(qtbot, window, 0)
    box = page.members
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=TIMEOUT)
    assert box.list.item(0).text() == f"七年级(1)班 · {MEMBER}"
    assert not box.add_button.isEnabled()
    box.class_combo.setCurrentIndex(box.class_combo.findData(school.class_b))
    box.name_edit.setText("陈小雨")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.list.count() == 2, timeout=TIMEOUT)
    public = StationPublic.load(station_info.folder / "station.pub")
    assert {g.name: g.members for g in public.classes}["八年级(1)班"] == ("陈小雨",)

    box.list.setCurrentRow(0)
    dialogs.preset("ask", True)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=TIMEOUT)
    assert MEMBER in dialogs.shown[-1][1]
    public = StationPublic.load(station_info.folder / "station.pub")
    assert {g.name: g.members for g in public.classes}["七年级(1)班"] == ()


def test_quarantined_files_are_announced_once_after_unlock(
    qtbot, make_controller, station_info, school
):
    inbox = station_info.folder / "inbox"
    tampered = sealed_report(station_info.folder, school.class_a, [urgent("张三丰", "秘密内容")])
    data = bytearray(tampered.read_bytes())
    data[60] ^= 1
    tampered.write_bytes(bytes(data))
    (inbox / "garbage.xrep").write_bytes(b"\x00" * 16)

    controller, window = open_main(qtbot, make_controller, station_info)
    notice = wait_for_child(qtbot, window, CounselorNotice)
    text = notice.quarantine_label.text()
    assert "有 2 份报告文件无法打开" in text and "inbox/quarantine" in text
    assert "garbage.xrep" in text and tampered.name in text
    assert "秘密内容" not in text and notice.urgent_label is None
    assert sorted(p.name for p in (inbox / "quarantine").iterdir()) == sorted(
        ["garbage.xrep", tampered.name]
    )
    qtbot.mouseClick(notice.button("ok"), Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        controller.lock()
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), station_info.password)
    again = wait_for_main_window(qtbot, controller)
    assert run(qtbot, again, triage.pending) == []  # the notice's own call ran before this
    assert again.findChildren(CounselorNotice) == []


def test_a_half_typed_triage_survives_a_lock(qtbot, make_controller, station_info, school):
    sealed_report(
        station_info.folder, school.class_a, [Concern("李四", "a"), Concern("张三丰", "b")]
    )
    controller, window = open_main(qtbot, make_controller, station_info)
    page = open_inbox(qtbot, window, 2)
    page.concerns.setCurrentRow(1)
    panel = page.triage_panel
    panel.level_combo.setCurrentIndex(panel.level_combo.findData("blue"))
    panel.flag_reason.setPlainText("观察一周")
    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        controller.lock()
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), station_info.password)
    again = wait_for_main_window(qtbot, controller)
    assert again.current_key() == "inbox"
    panel = again.pages["inbox"].triage_panel
    qtbot.waitUntil(lambda: panel.flag_reason.toPlainText() == "观察一周", timeout=TIMEOUT)
    assert panel.pending.concern.student_name == "张三丰"
    assert panel.level_combo.currentData() == "blue"


def test_a_report_handed_in_while_locked_shows_when_the_inbox_reopens(
    qtbot, make_controller, station_info, school
):
    controller, window = open_main(qtbot, make_controller, station_info)
    open_inbox(qtbot, window, 0)
    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        controller.lock()
    sealed_report(station_info.folder, school.class_a, [urgent("张三丰", "今天在天台徘徊")])
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), station_info.password)
    again = wait_for_main_window(qtbot, controller)
    assert again.current_key() == "inbox"  # the inbox loads first, before the intake ran
    page = again.pages["inbox"]
    qtbot.waitUntil(lambda: page.concerns.count() == 1, timeout=TIMEOUT)
    assert page.banner.text() == "1 条紧急关注待处理"
