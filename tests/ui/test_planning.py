"""家访计划 and 重点群体随访 on the Home visits page: a head teacher plans a month's visits,
the due list shows them, a visit is recorded from its plan (form pre-filled, plan item
closed), plans are cancelled with a reason, and the follow-up schedule (interval editable
by the counselor) lists overdue students first."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import KeyGroup, Role, VisitKind
from app.domain.growth import HomeVisit
from app.domain.policy import TaskKind
from app.domain.visit_plan import PlannedVisit, PlanStatus
from app.services import growth, students, visit_planning
from app.services.session import Session
from app.ui import dialogs
from app.ui.growth import find_window
from app.ui.planning.models import EntriesModel
from app.ui.planning.plan_dialog import index_of
from app.ui.widgets.reason_dialog import ReasonDialog
from tests.ui.growth_helpers import gone, type_into
from tests.ui.helpers import TIMEOUT
from tests.ui.test_dashboard_page import (
    OTHER_PASSWORD,
    SeededSchool,
    add_account,
    open_main,
    run,
    seed_school,
)
from tests.ui.test_visits_page import open_visits, wait_overview, wait_students


@pytest.fixture
def school(session: Session) -> SeededSchool:
    seeded = seed_school(session)
    add_account(session, "li", Role.HEAD_TEACHER, frozenset({seeded.class_a}))
    session.close()  # the GUI needs the station lock
    return seeded


@pytest.fixture
def key_group_school(session: Session) -> SeededSchool:
    """Students 0-2 left-behind: 0 never visited, 1 by phone 100 days ago, 2 last week."""
    seeded = seed_school(session)
    for sid in seeded.student_ids[:3]:
        student = students.get_student(session, sid)
        students.update_student(session, replace(student, tags=frozenset({KeyGroup.LEFT_BEHIND})))
    visits = {1: 100, 2: 7}
    for n, days in visits.items():
        day = date.today() - timedelta(days=days)
        visit = HomeVisit(None, seeded.student_ids[n], day, VisitKind.PHONE, "班主任")
        growth.add_visit(session, visit)
    session.close()
    return seeded


def plans_tab(qtbot, page):
    page.tabs.setCurrentWidget(page.plans)
    qtbot.waitUntil(lambda: page.plans.loaded, timeout=TIMEOUT)
    return page.plans


def open_plan_dialog(qtbot, page):
    wait_students(qtbot, page, 3)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    dialog = page.plans.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.loaded, timeout=TIMEOUT)
    return dialog


def tick(dialog, row: int) -> None:
    index = dialog.model.index(row, 0)
    assert dialog.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def set_day(dialog, row: int, day: date) -> None:
    index = dialog.model.index(row, EntriesModel.DATE)
    assert dialog.model.setData(index, day, Qt.ItemDataRole.EditRole)


def due_home_visits(qtbot, window, count: int) -> list:
    window.show_page("due")
    due_page = window.pages["due"]

    def lines():
        found = [line for group in due_page.model.groups for line in group]
        return [line for line in found if line.item.kind is TaskKind.HOME_VISIT]

    qtbot.waitUntil(lambda: len(lines()) == count, timeout=TIMEOUT)
    return lines()


def test_plan_three_visits_and_record_one_from_the_plan(
    qtbot, make_controller, station_info, school
):
    window, page = open_visits(qtbot, make_controller, station_info, "li", OTHER_PASSWORD)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "覆盖情况",
        "家访计划",
        "重点群体随访",
    ]
    dialog = open_plan_dialog(qtbot, page)
    assert dialog.class_combo.currentText() == "七年级(1)班"
    assert not dialog.save_button.isEnabled()  # nothing ticked
    days = [date.today()] * 3
    for row, day in enumerate(days):
        tick(dialog, row)
        set_day(dialog, row, day)
    type_into(qtbot, dialog.purpose_edit, "学年实地家访")
    assert dialog.save_button.isEnabled() and "3" in dialog.save_button.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(dialog), timeout=TIMEOUT)

    plans = plans_tab(qtbot, page)
    qtbot.waitUntil(lambda: len(plans.model.rows) == 3, timeout=TIMEOUT)
    assert "已计划 3 次家访" in plans.message.text()
    planned_ids = {line.item.student_id for line in plans.model.rows}
    assert planned_ids == set(school.student_ids[:3])
    assert {line.item.purpose for line in plans.model.rows} == {"学年实地家访"}

    due = due_home_visits(qtbot, window, 3)
    assert {line.item.student_id for line in due} == planned_ids
    assert {line.name for line in due} == {"学生0", "学生1", "学生2"}

    window.show_page("visits")
    plans.table.selectRow(0)
    chosen = plans.selected()
    assert chosen is not None and plans.record_button.isEnabled()
    qtbot.mouseClick(plans.record_button, Qt.MouseButton.LeftButton)
    sid = chosen.item.student_id
    qtbot.waitUntil(lambda: find_window(window.ctx, sid) is not None, timeout=TIMEOUT)
    growth_window = find_window(window.ctx, sid)
    assert growth_window.current_key() == "visits"
    form = growth_window.tabs["visits"].form
    qtbot.waitUntil(lambda: form.plan_id == chosen.item.id, timeout=TIMEOUT)
    assert form.plan_note.isVisibleTo(form)
    assert form.fields["visitors"].get() == "li老师"  # from the plan
    assert form.fields["visited_on"].get() == date.today().isoformat()
    qtbot.waitUntil(lambda: growth_window.loaded is not None, timeout=TIMEOUT)
    type_into(qtbot, form.fields["met_with"].widget, "母亲")
    qtbot.waitUntil(form.save_button.isEnabled, timeout=TIMEOUT)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(growth_window.file.visits) == 1, timeout=TIMEOUT)
    assert form.plan_id is None and not form.plan_note.isVisibleTo(form)

    item = run(qtbot, window, visit_planning.get_planned_visit, chosen.item.id).item
    assert item.status is PlanStatus.DONE
    visit = growth_window.file.visits[0]
    assert item.visit_id == visit.id and visit.met_with == "母亲"
    assert visit.visitors == "li老师" and visit.kind is VisitKind.ONSITE
    growth_window.close()
    left = due_home_visits(qtbot, window, 2)
    assert sid not in {line.item.student_id for line in left}


def test_dates_outside_the_month_or_in_the_past_are_refused(
    qtbot, make_controller, station_info, school
):
    _, page = open_visits(qtbot, make_controller, station_info, "li", OTHER_PASSWORD)
    dialog = open_plan_dialog(qtbot, page)
    tick(dialog, 0)
    name = dialog.model.rows[0].name
    set_day(dialog, 0, date.today() - timedelta(days=40))
    assert dialog.problems.text() == f"{name}：日期不在计划的月份内。"
    assert not dialog.save_button.isEnabled()
    if date.today().day > 1:  # a day of this month already gone
        set_day(dialog, 0, date.today().replace(day=1))
        assert dialog.problems.text() == f"{name}：不能把家访安排在过去的日期。"
    next_month = dialog.month_combo.itemData(1)
    set_day(dialog, 0, next_month)
    assert "不在计划的月份" in dialog.problems.text()
    dialog.month_combo.setCurrentIndex(1)  # plan next month instead
    assert dialog.problems.text() == "" and dialog.save_button.isEnabled()
    dialog.reject()


def test_planning_a_student_twice_on_a_day_is_refused(qtbot, make_controller, station_info, school):
    window, page = open_visits(qtbot, make_controller, station_info)
    sid = school.student_ids[0]
    run(qtbot, window, visit_planning.plan_visits, date.today(), [PlannedVisit(sid, date.today())])
    dialog = open_plan_dialog(qtbot, page)
    row = next(n for n, r in enumerate(dialog.model.rows) if r.student_id == sid)
    tick(dialog, row)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已经计划" in dialog.problems.text(), timeout=TIMEOUT)
    assert dialog.isVisible()
    assert len(run(qtbot, window, visit_planning.planned, None, PlanStatus.PLANNED)) == 1
    dialog.reject()


def test_cancel_a_planned_visit_with_a_reason(qtbot, make_controller, station_info, school):
    window, page = open_visits(qtbot, make_controller, station_info)
    sid = school.student_ids[1]
    run(qtbot, window, visit_planning.plan_visits, date.today(), [PlannedVisit(sid, date.today())])
    plans = plans_tab(qtbot, page)
    plans.reload()
    qtbot.waitUntil(lambda: len(plans.model.rows) == 1, timeout=TIMEOUT)
    plans.table.selectRow(0)
    qtbot.mouseClick(plans.cancel_button, Qt.MouseButton.LeftButton)
    reason = plans.findChild(ReasonDialog)
    assert reason is not None and not reason.ok_button.isEnabled()  # a reason is required
    type_into(qtbot, reason.reason_edit, "家长外出务工")
    qtbot.mouseClick(reason.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(plans.model.rows) == 0, timeout=TIMEOUT)  # no longer open
    item = run(qtbot, window, visit_planning.get_planned_visit, 1).item
    assert (item.status, item.note) == (PlanStatus.CANCELLED, "家长外出务工")
    plans.show_combo.setCurrentIndex(index_of(plans.show_combo, date.today().replace(day=1)))
    qtbot.waitUntil(lambda: len(plans.model.rows) == 1, timeout=TIMEOUT)
    assert plans.model.index(0, 7).data() == "已取消（家长外出务工）"
    assert not plans.record_button.isEnabled()


def test_a_planned_visit_is_recorded_from_the_growth_file_too(
    qtbot, make_controller, station_info, school
):
    """The due list opens the growth file: its visits tab offers the open plan."""
    window, _ = open_visits(qtbot, make_controller, station_info)
    sid = school.student_ids[3]
    entry = PlannedVisit(sid, date.today(), VisitKind.PHONE, "王老师", "了解返校情况")
    run(qtbot, window, visit_planning.plan_visits, date.today(), [entry])
    from app.ui.growth import open_window

    growth_window = open_window(window.ctx, window, sid)
    tab = growth_window.show_tab("visits")
    qtbot.waitUntil(lambda: tab.plan_box.isVisibleTo(growth_window), timeout=TIMEOUT)
    assert "了解返校情况" in tab.plan_box.combo.currentText()
    qtbot.mouseClick(tab.plan_box.fill_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.form.plan_id is not None, timeout=TIMEOUT)
    assert tab.form.fields["kind"].get() == "phone"
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(growth_window.file.visits) == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not tab.plan_box.isVisibleTo(growth_window), timeout=TIMEOUT)
    assert run(qtbot, window, visit_planning.planned, None, PlanStatus.PLANNED) == []
    growth_window.close()


def test_filling_from_a_plan_asks_before_replacing_typed_input(
    qtbot, make_controller, station_info, school
):
    window, _ = open_visits(qtbot, make_controller, station_info)
    sid = school.student_ids[0]
    run(qtbot, window, visit_planning.plan_visits, date.today(), [PlannedVisit(sid, date.today())])
    from app.ui.growth import open_window

    growth_window = open_window(window.ctx, window, sid)
    tab = growth_window.show_tab("visits")
    qtbot.waitUntil(lambda: tab.plan_box.isVisibleTo(growth_window), timeout=TIMEOUT)
    type_into(qtbot, tab.form.fields["concerns"].widget, "孩子情绪低落")
    dialogs.preset("ask", False)
    qtbot.mouseClick(tab.plan_box.fill_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialogs.pending(), timeout=TIMEOUT)
    assert tab.form.plan_id is None
    assert tab.form.fields["concerns"].get() == "孩子情绪低落"
    assert "未保存" in dialogs.shown[-1][1]
    dialogs.preset("ask", True)  # closing asks before dropping the typed input
    growth_window.close()
    assert not dialogs.pending()


def test_follow_up_schedule_overdue_first_with_an_editable_interval(
    qtbot, make_controller, station_info, key_group_school
):
    window, page = open_visits(qtbot, make_controller, station_info)
    panel = page.follow_ups
    page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: len(panel.model.rows) == 3, timeout=TIMEOUT)
    names = [panel.model.index(r, 0).data() for r in range(3)]
    assert names == ["学生0", "学生1", "学生2"]  # never visited, overdue, due later
    due = [panel.model.index(r, 4).data() for r in range(3)]
    assert due[0] == "已逾期（从未家访）" and due[1].startswith("已逾期")
    assert panel.model.index(0, 2).data() == "留守"
    assert panel.days_spin.value() == 90 and not panel.save_days.isEnabled()
    assert "2 人逾期" in panel.summary.text()

    panel.days_spin.setValue(120)
    assert panel.save_days.isEnabled()
    qtbot.mouseClick(panel.save_days, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 人逾期" in panel.summary.text(), timeout=TIMEOUT)
    assert run(qtbot, window, visit_planning.follow_up_days) == 120
    in_120 = date.today() - timedelta(days=100) + timedelta(days=120)
    assert panel.model.index(1, 4).data() == in_120.isoformat()

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.plan_button, Qt.MouseButton.LeftButton)
    dialog = page.plans.dialog
    qtbot.waitUntil(lambda: dialog.loaded() and bool(dialog.model.ticked), timeout=TIMEOUT)
    assert list(dialog.model.ticked) == [key_group_school.student_ids[0]]
    dialog.reject()


def test_a_head_teacher_cannot_change_the_interval(qtbot, make_controller, station_info, school):
    _, page = open_visits(qtbot, make_controller, station_info, "li", OTHER_PASSWORD)
    assert not page.follow_ups.days_spin.isEnabled()
    assert page.follow_ups.save_days.isHidden()


def test_a_lock_keeps_the_plan_being_made(qtbot, make_controller, station_info, school):
    from app.ui.planning.plan_dialog import PlanDialog
    from tests.ui.test_growth_lock import _unlock_again

    controller, window = open_main(qtbot, make_controller, station_info)
    window.show_page("visits")
    page = window.pages["visits"]
    wait_overview(qtbot, page)
    dialog = open_plan_dialog(qtbot, page)
    tick(dialog, 1)
    ticked = dict(dialog.model.ticked)
    type_into(qtbot, dialog.purpose_edit, "期中家访")
    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        controller.lock()  # as the idle timer does (the dialog holds the keyboard)
    assert gone(dialog)
    main = _unlock_again(qtbot, controller, station_info)

    def reopened():
        found = [d for d in main.findChildren(PlanDialog) if d.isVisible()]
        return found[0] if found and found[0].loaded() and found[0].model.ticked else None

    qtbot.waitUntil(lambda: reopened() is not None, timeout=TIMEOUT)
    again = reopened()
    assert again.model.ticked == ticked
    assert again.purpose_edit.text() == "期中家访"
    assert again.class_id() == school.class_a
    again.reject()


def test_the_due_list_opens_a_planned_visit_on_the_visits_tab(
    qtbot, make_controller, station_info, school
):
    window, _ = open_visits(qtbot, make_controller, station_info)
    sid = school.student_ids[4]
    entry = PlannedVisit(sid, date.today(), VisitKind.ONSITE, "王老师", "复学后家访")
    run(qtbot, window, visit_planning.plan_visits, date.today(), [entry])
    [line] = due_home_visits(qtbot, window, 1)
    tree = window.pages["due"].tree
    model = tree.model()
    group = next(g for g in range(model.rowCount()) if model.rowCount(model.index(g, 0)))
    index = model.index(0, 0, model.index(group, 0))
    assert model.line_at(index) is line
    rect = tree.visualRect(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: find_window(window.ctx, sid) is not None, timeout=TIMEOUT)
    growth_window = find_window(window.ctx, sid)
    assert growth_window.current_key() == "visits"
    tab = growth_window.tabs["visits"]
    qtbot.waitUntil(lambda: tab.plan_box.isVisibleTo(growth_window), timeout=TIMEOUT)
    assert "复学后家访" in tab.plan_box.combo.currentText()
    growth_window.close()
