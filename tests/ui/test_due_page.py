"""待办 the Due & overdue page: tasks grouped overdue / today / this week / later, with the
level, the deadline and the responsible person; a click or Enter opens the student."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.domain.enums import SourceLevel, WarningLevel
from app.services import growth
from app.services.session import Session
from app.ui.due_model import GROUPS, DueColumn
from app.ui.levels import RED
from app.ui.pages import due_page
from app.ui.roster_model import Column
from app.ui.widgets.level_badge import level_at
from tests.conftest import StationInfo
from tests.ui.helpers import TIMEOUT
from tests.ui.test_students_page import (
    Roster,
    growth_window_available,
    open_students,
    seed_roster,
    wait_due_loaded,
)


@pytest.fixture
def roster(session: Session) -> Roster:
    seeded = seed_roster(session)  # 张三丰 red 3 days ago, 王五 yellow, 赵六 blue (now)
    growth.set_level(
        session,
        seeded.ids["李四"],
        WarningLevel.RED,
        "自伤",
        SourceLevel.CLASS,
        at=datetime.now() - timedelta(minutes=1),
    )
    session.close()
    return seeded


def open_due(qtbot, make_controller, info: StationInfo):
    controller = make_controller(info.folder)
    controller.start(info.password)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=TIMEOUT)
    window = controller.main_window
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "due"
    page = window.pages["due"]
    qtbot.waitUntil(lambda: any(page.model.group_counts().values()), timeout=TIMEOUT)
    return window, page


def group_lines(page, group: str) -> list[list[str]]:
    model = page.model
    parent = model.index(GROUPS.index(group), 0)
    return [
        [model.index(r, c, parent).data() for c in range(model.columnCount())]
        for r in range(model.rowCount(parent))
    ]


def test_tasks_are_grouped_with_level_deadline_and_owner(
    qtbot, make_controller, station_info, roster
):
    _, page = open_due(qtbot, make_controller, station_info)
    model = page.model
    titles = [model.index(g, 0).data() for g in range(len(GROUPS))]
    assert [t.split("（")[0] for t in titles] == ["已逾期", "今天", "本周", "以后"]
    overdue = group_lines(page, "overdue")
    assert {line[0] for line in overdue} == {"张三丰"}
    assert {line[3] for line in overdue} >= {
        "心理评估",
        "联系监护人",
        "报告分管校长",
        "绿色通道转介",
    }
    assert all("逾期" in line[DueColumn.DUE] for line in overdue)
    assert overdue[0][:3] == ["张三丰", "七年级(1)班", "红色(Ⅰ级)"]
    assert overdue[0][DueColumn.RESPONSIBLE] == "心理健康教师"
    today = group_lines(page, "today")
    assert {line[0] for line in today} == {"李四"} and len(today) == 3
    week = group_lines(page, "week")
    assert ["王五", "约谈学生"] in [line[:1] + line[3:4] for line in week]
    assert ["张三丰", "跟踪随访"] in [line[:1] + line[3:4] for line in week]
    later = group_lines(page, "later")
    blue = next(line for line in later if line[0] == "赵六")
    assert blue[2:4] == ["蓝色(Ⅳ级)", "学期复核"] and blue[5] == "班主任 刘老师"
    counts = model.group_counts()
    assert page.summary.text() == (
        f"已逾期 {counts['overdue']} 项 · 今天 {counts['today']} 项 · "
        f"本周 {counts['week']} 项 · 以后 {counts['later']} 项"
    )
    first = model.index(0, DueColumn.DUE, model.index(0, 0))
    assert first.data(Qt.ItemDataRole.ForegroundRole).name() == RED.background
    assert level_at(first.siblingAtColumn(DueColumn.LEVEL)) is WarningLevel.RED


def test_groups_are_expanded_and_span_the_row(qtbot, make_controller, station_info, roster):
    _, page = open_due(qtbot, make_controller, station_info)
    for group in range(len(GROUPS)):
        assert page.tree.isExpanded(page.model.index(group, 0))
        assert page.tree.isFirstColumnSpanned(group, QModelIndex())


def test_click_and_enter_open_the_student(
    qtbot, make_controller, station_info, roster, monkeypatch
):
    _, page = open_due(qtbot, make_controller, station_info)
    opened: list[int] = []
    monkeypatch.setattr(due_page, "open_growth_file", lambda ctx, parent, sid: opened.append(sid))
    model, tree = page.model, page.tree
    group_row = model.index(GROUPS.index("later"), 0)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(group_row).center()
    )
    assert opened == []  # a group header opens nothing
    zhao = next(
        model.index(r, 0, group_row)
        for r in range(model.rowCount(group_row))
        if model.index(r, 0, group_row).data() == "赵六"
    )
    tree.scrollTo(zhao)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(zhao).center())
    assert opened == [roster.ids["赵六"]]
    tree.setFocus()
    tree.setCurrentIndex(model.index(0, 0, model.index(0, 0)))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened[-1] == roster.ids["张三丰"]


def test_the_page_refreshes_when_shown(qtbot, make_controller, station_info, roster):
    window, page = open_due(qtbot, make_controller, station_info)
    before = page.model.group_counts()
    done: list[object] = []
    window.ctx.call(
        growth.set_level,
        roster.ids["阿明"],
        WarningLevel.ORANGE,
        "重大生活事件",
        SourceLevel.GRADE,
        on_success=done.append,
    )
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    window.show_page("students")
    window.show_page("due")
    qtbot.waitUntil(lambda: page.model.group_counts() != before, timeout=TIMEOUT)
    names = {line[0] for group in GROUPS for line in group_lines(page, group)}
    assert "阿明" in names


@pytest.mark.skipif(not growth_window_available(), reason="app.ui.growth.open_student not there")
def test_a_click_opens_the_growth_file(qtbot, make_controller, station_info, roster, monkeypatch):
    import app.ui.growth as growth_ui

    _, page = open_due(qtbot, make_controller, station_info)
    opened: list[int] = []
    real = growth_ui.open_student

    def spy(ctx, parent, student_id):
        opened.append(student_id)
        return real(ctx, parent, student_id)

    monkeypatch.setattr(growth_ui, "open_student", spy)
    page.open_index(page.model.index(0, 0, page.model.index(0, 0)))
    assert opened == [roster.ids["张三丰"]]


def test_deadlines_are_not_cut_off(qtbot, make_controller, station_info, roster):
    """Even "2026-10-09 13:05（逾期 145 天）" fits, in whatever font the machine has."""
    _, page = open_due(qtbot, make_controller, station_info)
    metrics = page.tree.fontMetrics()
    width = page.tree.columnWidth(DueColumn.DUE)
    longest = "2026-10-09 13:05（逾期 145 天）"
    assert metrics.horizontalAdvance(longest) < width
    for line in group_lines(page, "overdue"):
        assert metrics.horizontalAdvance(line[DueColumn.DUE]) < width


def test_the_rosters_next_due_column_is_not_cut_off(qtbot, make_controller, station_info, roster):
    _, page = open_students(qtbot, make_controller, station_info, 6)
    wait_due_loaded(qtbot, page)
    metrics = page.table.fontMetrics()
    width = page.table.columnWidth(Column.NEXT_DUE)
    assert metrics.horizontalAdvance("绿色通道转介（2026-12-31前）") < width
    for row in range(page.model.rowCount()):
        text = page.model.index(row, Column.NEXT_DUE).data()
        assert metrics.horizontalAdvance(text) < width, text
