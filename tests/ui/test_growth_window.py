"""The growth-file window 一生一策: opening, tabs, the flag, the plan and its versions."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.enums import WarningLevel
from app.ui import dialogs
from app.ui import growth as growth_ui
from app.ui.growth.window import GrowthWindow
from tests.ui.growth_helpers import (
    add_students,
    gone,
    open_growth,
    prepare,
    press,
    type_into,
    unlock,
    wait_reloaded,
)
from tests.ui.helpers import TIMEOUT


def test_open_a_students_file(qtbot, make_controller, station_info):
    ids = prepare(station_info, add_students)
    _, main = unlock(qtbot, make_controller, station_info)
    window = open_growth(qtbot, main, ids["zhang"])
    assert isinstance(window, GrowthWindow) and window.isVisible()
    assert window.parent() is main
    assert window.windowTitle() == "成长档案 — 张三丰"
    assert window.tab_keys() == [
        "profile",
        "flags",
        "plan",
        "contacts",
        "visits",
        "referrals",
        "leave",
        "crisis",
        "screenings",
    ]
    assert list(window.tabs) == ["profile"]  # the others are built when first shown
    profile = window.tabs["profile"].form
    assert profile.fields["name"].get() == "张三丰"
    assert profile.fields["tags"].get() == ["left_behind"]
    assert profile.head_teacher.text() == "李老师"
    assert window.level_pill.level is WarningLevel.CLEAR
    growth_ui.open_student(main.ctx, main, ids["zhang"])  # again: the same window
    assert growth_ui.find_window(main.ctx, ids["zhang"]) is window


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def change_level(qtbot, window, level: WarningLevel, reason: str) -> None:
    flags = window.show_tab("flags")
    qtbot.mouseClick(flags.change_button, Qt.MouseButton.LeftButton)
    dialog = flags.dialog
    assert dialog is not None and dialog.isVisible()
    form = dialog.form
    assert not form.save_button.isEnabled()  # no reason yet
    choose(form.fields["level"].widget, level.value)
    choose(form.fields["source"].widget, "class")
    type_into(qtbot, form.fields["reason"].widget, reason)
    type_into(qtbot, form.fields["reporter"].widget, "心理委员小林")
    assert form.save_button.isEnabled()
    press(qtbot, form.fields["reporter"].widget, Qt.Key.Key_S)  # Ctrl+S in the dialog
    wait_reloaded(qtbot, window, lambda: window.file.current_level is level)


def test_change_level_with_a_reason_shows_in_the_history(qtbot, make_controller, station_info):
    ids = prepare(station_info, add_students)
    _, main = unlock(qtbot, make_controller, station_info)
    window = open_growth(qtbot, main, ids["zhang"])
    change_level(qtbot, window, WarningLevel.YELLOW, "近两周情绪低落，班级反映")
    flags = window.tabs["flags"]
    qtbot.waitUntil(lambda: gone(flags.dialog), timeout=TIMEOUT)
    table = flags.history.table
    assert table.model_.rowCount() == 1
    model = table.model_
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert "黄色(Ⅲ级)" in texts and "无预警" in texts and "班级" in texts
    assert "心理委员小林" in texts and "counselor" in texts
    assert "近两周情绪低落，班级反映" in texts
    background = model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole)
    assert background.name() == "#fbc02d"
    assert window.level_pill.level is WarningLevel.YELLOW
    assert "预警等级已调整" in window.message.text()


def test_the_reason_is_mandatory(qtbot, make_controller, station_info):
    ids = prepare(station_info, add_students)
    _, main = unlock(qtbot, make_controller, station_info)
    window = open_growth(qtbot, main, ids["zhang"])
    flags = window.show_tab("flags")
    dialog = flags.open_level_dialog()
    form = dialog.form
    choose(form.fields["level"].widget, WarningLevel.RED.value)
    assert not form.save_button.isEnabled()
    assert "请填写原因" in form.summary.text()
    type_into(qtbot, form.fields["reason"].widget, "  ")
    assert not form.save_button.isEnabled()
    assert form.field_message("reason") == "请填写原因。"
    dialogs.preset("ask", True)  # discard the level change
    dialog.reject()
    assert gone(dialog)


def add_measure(qtbot, form, what: str, owner: str, owner_name: str, due: str):
    qtbot.mouseClick(form.measures.add_button, Qt.MouseButton.LeftButton)
    row = form.measures.rows[-1]
    type_into(qtbot, row.what, what)
    choose(row.owner, owner)
    type_into(qtbot, row.owner_name, owner_name)
    type_into(qtbot, row.due.edit, due)
    return row


def test_plan_with_two_measures_then_a_second_version(qtbot, make_controller, station_info):
    ids = prepare(station_info, add_students)
    _, main = unlock(qtbot, make_controller, station_info)
    window = open_growth(qtbot, main, ids["zhang"])
    plan = window.show_tab("plan")
    assert plan.view.title.text() == "尚未制定计划。"
    press(qtbot, window, Qt.Key.Key_N)  # Ctrl+N: write the plan
    assert plan.editing()
    form = plan.form
    type_into(qtbot, form.fields["summary"].widget, "学业压力大，睡眠差")
    type_into(qtbot, form.fields["goals"].widget, "一个月内睡眠改善")
    type_into(qtbot, form.fields["next_review_on"].widget.edit, "2026-06-30")
    add_measure(qtbot, form, "每周个体辅导一次", "counselor", "王老师", "2026-06-01")
    add_measure(qtbot, form, "每天倾听一刻钟", "mentor", "赵老师", "2026-05-15")
    assert form.save_button.isEnabled()
    press(qtbot, window, Qt.Key.Key_S)  # Ctrl+S
    wait_reloaded(qtbot, window, lambda: len(window.file.plans) == 1)
    assert not plan.editing()
    first = window.file.plans[0]
    assert [(m.what, m.owner.value, m.owner_name) for m in first.measures] == [
        ("每周个体辅导一次", "counselor", "王老师"),
        ("每天倾听一刻钟", "mentor", "赵老师"),
    ]
    assert [plan.view.measures.model_.rowCount()] == [2]

    plan.start_editing()  # editing starts from the current version
    assert form.fields["summary"].get() == "学业压力大，睡眠差" and not form.dirty
    choose(form.measures.rows[0].status, "in_progress")
    assert form.dirty and form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, window, lambda: len(window.file.plans) == 2)
    items = [plan.history.item(i).text() for i in range(plan.history.count())]
    assert items[0].startswith("第 2 版") and items[0].endswith("（当前）")
    assert items[1].startswith("第 1 版") and "当前" not in items[1]
    plan.history.setCurrentRow(1)  # the earlier version, as it was
    assert "历史版本" in plan.view.title.text()
    status = plan.view.measures.model_.data(plan.view.measures.model_.index(0, 4))
    assert status == "计划中"
    plan.history.setCurrentRow(0)
    status = plan.view.measures.model_.data(plan.view.measures.model_.index(0, 4))
    assert status == "进行中"


def test_keyboard_switches_tabs_and_closes(qtbot, make_controller, station_info):
    ids = prepare(station_info, add_students)
    _, main = unlock(qtbot, make_controller, station_info)
    window = open_growth(qtbot, main, ids["zhang"])
    press(qtbot, window, Qt.Key.Key_Tab)
    assert window.current_key() == "flags" and "flags" in window.tabs
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.current_key() == "plan"
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert window.current_key() == "flags"
    press(qtbot, window, Qt.Key.Key_N)  # Ctrl+N on the flags tab: change the level
    dialog = window.tabs["flags"].dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()  # nothing typed: no question
    press(qtbot, window, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: gone(window), timeout=TIMEOUT)
    assert growth_ui.find_window(main.ctx, ids["zhang"]) is None
