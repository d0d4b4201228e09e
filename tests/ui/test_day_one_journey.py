"""A counselor's first day, driven through the real application (issue 3's acceptance).

The journey goes through the controller, the set-up wizard and the main window exactly
as a counselor would: set up the station, import the school's messy roster (valid rows
only), find a student by pinyin initials, open the growth file with Enter, raise a
yellow flag from a screening, write a plan with two measures, record a home visit, see
the dashboard change, lock and unlock. Only the screening is prepared behind the GUI's
back (importing screening sheets belongs to another issue): through the same worker and
session the window uses. The error paths follow as separate tests.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.domain.enums import VisitKind, WarningLevel
from app.ui import dialogs
from app.ui import growth as growth_ui
from app.ui.controller import AppController
from app.ui.growth.window import GrowthWindow
from app.ui.i18n import fmt
from app.ui.main_window import MainWindow
from tests.conftest import StationInfo, snapshot
from tests.ui.growth_helpers import (
    add_screening,
    add_students,
    gone,
    open_growth,
    prepare,
    press,
    type_into,
    unlock,
    wait_loaded,
    wait_reloaded,
)
from tests.ui.helpers import TIMEOUT, unlock_with, wait_for_main_window, wait_for_unlock_dialog
from tests.ui.test_dashboard_page import run
from tests.ui.test_growth_screening import ABNORMAL
from tests.ui.test_growth_window import add_measure
from tests.ui.test_setup_wizard import PASSWORD, commit_and_wait, fill_account, fill_school
from tests.ui.test_students_page import MESSY_ROSTER, names, wait_names, wait_rows

VALID_ROWS = 34  # messy_roster.xlsx: 40 students, 6 rows with errors


# --- the journey -------------------------------------------------------------------------


def test_day_one(qtbot, make_controller, tmp_path):
    controller = make_controller(tmp_path / "station")
    window = set_up_the_station(qtbot, controller)
    dashboard = window.pages["dashboard"]  # the counselor's first page
    wait_dashboard(qtbot, dashboard, previous=None)
    before = dashboard.data.figures

    students = import_the_roster(qtbot, window)
    student_id = find_by_pinyin_initials(qtbot, students, "zky", "郑可怡")
    run(qtbot, window, add_screening, student_id, ABNORMAL)
    growth = open_with_enter(qtbot, students, student_id)

    raise_yellow_from_the_screening(qtbot, growth)
    write_a_plan_with_two_measures(qtbot, growth)
    record_a_home_visit(qtbot, growth)
    press(qtbot, growth, Qt.Key.Key_W)  # everything saved: closes without a question
    qtbot.waitUntil(lambda: gone(growth), timeout=TIMEOUT)

    seen = dashboard.data
    press(qtbot, window, Qt.Key.Key_1)
    assert window.current_key() == "dashboard"
    wait_dashboard(qtbot, dashboard, previous=seen)
    after = dashboard.data.figures
    assert after.open_flags[WarningLevel.YELLOW] == before.open_flags[WarningLevel.YELLOW] + 1
    assert dashboard.level_tiles[WarningLevel.YELLOW].value() == 1
    assert after.visited == before.visited + 1 == 1
    assert dashboard.coverage_tile.detail.text() == coverage_text(dashboard, 1, VALID_ROWS)
    assert [kind for kind, _ in dialogs.shown] == ["open_file", "info"]  # no error shown

    again = lock_and_unlock(qtbot, controller)
    assert again is not window and again.current_key() == "dashboard"
    wait_dashboard(qtbot, again.pages["dashboard"], previous=None)
    assert again.pages["dashboard"].level_tiles[WarningLevel.YELLOW].value() == 1


def set_up_the_station(qtbot, controller: AppController) -> MainWindow:
    """School, the suggested grades and classes, the account, the recovery code."""
    controller.start()
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    fill_school(qtbot, wizard)
    wizard.next()
    assert wizard.classes_page.editor.rows  # a junior school's grades are suggested
    wizard.next()
    fill_account(wizard)
    commit_and_wait(qtbot, wizard)
    wizard.code_page.acknowledge.setChecked(True)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    window = wait_for_main_window(qtbot, controller)
    assert window.current_key() == "dashboard"
    return window


def import_the_roster(qtbot, window: MainWindow):
    press(qtbot, window, Qt.Key.Key_2)
    page = window.pages["students"]
    qtbot.waitUntil(lambda: page.empty_hint.isVisible(), timeout=TIMEOUT)
    dialogs.preset("open_file", MESSY_ROSTER)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.importer.dialog is not None, timeout=TIMEOUT)
    report = page.importer.dialog
    assert not report.import_button.isEnabled()  # six rows have errors
    dialogs.preset("info")
    qtbot.mouseClick(report.valid_button, Qt.MouseButton.LeftButton)
    wait_rows(qtbot, page, VALID_ROWS)
    return page


def find_by_pinyin_initials(qtbot, page, initials: str, name: str) -> int:
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, initials)
    wait_names(qtbot, page, [name])
    return page.model.student_id(names(page).index(name))


def open_with_enter(qtbot, page, student_id: int) -> GrowthWindow:
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    ctx = page.ctx
    qtbot.waitUntil(lambda: growth_ui.find_window(ctx, student_id) is not None, timeout=TIMEOUT)
    window = growth_ui.find_window(ctx, student_id)
    wait_loaded(qtbot, window)
    assert window.windowTitle() == "成长档案 — 郑可怡"
    return window


def raise_yellow_from_the_screening(qtbot, window: GrowthWindow) -> None:
    tab = window.show_tab("screenings")
    tab.list.table.select_row(0)
    qtbot.mouseClick(tab.raise_button, Qt.MouseButton.LeftButton)
    dialog = window.tabs["flags"].dialog
    assert dialog.form.fields["level"].get() == "yellow"
    assert "学习焦虑 9" in dialog.form.fields["reason"].get()
    press(qtbot, dialog.form.fields["reason"].widget, Qt.Key.Key_S)
    wait_reloaded(qtbot, window, lambda: window.file.current_level is WarningLevel.YELLOW)
    qtbot.waitUntil(lambda: gone(dialog), timeout=TIMEOUT)
    assert window.level_pill.level is WarningLevel.YELLOW
    tab.list.table.select_row(0)
    assert not tab.raise_button.isEnabled()  # yellow already: nothing left to raise


def write_a_plan_with_two_measures(qtbot, window: GrowthWindow) -> None:
    plan = window.show_tab("plan")
    press(qtbot, window, Qt.Key.Key_N)
    form = plan.form
    type_into(qtbot, form.fields["summary"].widget, "学习焦虑、对人焦虑偏高")
    type_into(qtbot, form.fields["goals"].widget, "一个月内焦虑缓解，能主动与同学交流")
    type_into(qtbot, form.fields["next_review_on"].widget.edit, days_ahead(30))
    add_measure(qtbot, form, "每周个体辅导一次", "counselor", "王老师", days_ahead(7))
    add_measure(qtbot, form, "每天倾听一刻钟", "mentor", "董若涵", days_ahead(14))
    press(qtbot, window, Qt.Key.Key_S)
    wait_reloaded(qtbot, window, lambda: len(window.file.plans) == 1)
    measures = window.file.plans[0].measures
    assert [(m.what, m.owner.value) for m in measures] == [
        ("每周个体辅导一次", "counselor"),
        ("每天倾听一刻钟", "mentor"),
    ]
    assert plan.view.measures.model_.rowCount() == 2 and not plan.editing()


def record_a_home_visit(qtbot, window: GrowthWindow) -> None:
    form = window.show_tab("visits").form
    form.fields["kind"].set(VisitKind.ONSITE.value)
    type_into(qtbot, form.fields["met_with"].widget, "母亲")
    type_into(qtbot, form.fields["home_observations"].widget, "家中安静，有独立书桌")
    type_into(qtbot, form.fields["agreed_actions"].widget, "家长每周与孩子谈心一次")
    press(qtbot, form.fields["agreed_actions"].widget, Qt.Key.Key_S)
    wait_reloaded(qtbot, window, lambda: len(window.file.visits) == 1)
    assert window.file.visits[0].kind is VisitKind.ONSITE


def lock_and_unlock(qtbot, controller: AppController) -> MainWindow:
    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        press(qtbot, controller.main_window, Qt.Key.Key_L)
    dialog = wait_for_unlock_dialog(qtbot, controller)
    assert dialog.username_edit.text() == "wang"  # remembered: only the password is typed
    unlock_with(qtbot, dialog, PASSWORD, "wang")
    return wait_for_main_window(qtbot, controller)


def wait_dashboard(qtbot, page, previous) -> None:
    """Until the page shows figures loaded after ``previous`` (None: any figures)."""
    qtbot.waitUntil(
        lambda: page.data is not None and page.data is not previous and not page.loading,
        timeout=TIMEOUT,
    )


def coverage_text(page, visited: int, students: int) -> str:
    text = page.tr("{visited} of {students} students visited on site")
    return fmt(text, visited=visited, students=students)


def days_ahead(days: int) -> str:
    return (date.today() + timedelta(days=days)).isoformat()


# --- the error paths ----------------------------------------------------------------------


def test_wrong_password_after_a_lock_changes_no_file(qtbot, make_controller, station_info):
    controller, window = unlock(qtbot, make_controller, station_info)
    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        press(qtbot, window, Qt.Key.Key_L)
    dialog = wait_for_unlock_dialog(qtbot, controller)
    before = snapshot(station_info.folder)
    unlock_with(qtbot, dialog, "not-the-password", dialog.username_edit.text())
    qtbot.waitUntil(lambda: dialog.shake_count == 1, timeout=TIMEOUT)
    assert dialog.error_label.text() == "密码错误（或没有这个账户），请重新输入。"
    assert dialog.password_edit.text() == "" and dialog.isVisible()
    assert controller.main_window is None
    assert snapshot(station_info.folder) == before
    unlock_with(qtbot, dialog, station_info.password, dialog.username_edit.text())
    wait_for_main_window(qtbot, controller)


def _open_plan_editor(qtbot, make_controller, station_info: StationInfo):
    ids = prepare(station_info, add_students)
    _, main = unlock(qtbot, make_controller, station_info)
    window = open_growth(qtbot, main, ids["zhang"])
    plan = window.show_tab("plan")
    press(qtbot, window, Qt.Key.Key_N)
    return main, window, plan.form


def test_invalid_date_in_the_plan_keeps_save_disabled(qtbot, make_controller, station_info):
    _, window, form = _open_plan_editor(qtbot, make_controller, station_info)
    type_into(qtbot, form.fields["summary"].widget, "睡眠差")
    type_into(qtbot, form.fields["goals"].widget, "两周内入睡时间提前")
    review = form.fields["next_review_on"].widget.edit
    type_into(qtbot, review, "2026-06-31")
    assert "不是有效日期" in form.field_message("next_review_on")
    assert "#d32f2f" in review.styleSheet()
    assert not form.save_button.isEnabled()
    press(qtbot, review, Qt.Key.Key_S)  # Ctrl+S saves nothing either
    review.clear()
    type_into(qtbot, review, "2026年6月30日")
    assert form.field_message("next_review_on") == "" and form.save_button.isEnabled()
    assert not window.file.plans


def test_closing_the_growth_file_with_an_unsaved_plan_asks(qtbot, make_controller, station_info):
    main, window, form = _open_plan_editor(qtbot, make_controller, station_info)
    student_id = window.student_id
    type_into(qtbot, form.fields["summary"].widget, "入学后适应困难，常独处")
    dialogs.preset("ask", False)  # keep writing
    press(qtbot, window, Qt.Key.Key_W)
    assert window.isVisible() and form.fields["summary"].get() == "入学后适应困难，常独处"
    assert "未保存" in dialogs.shown[-1][1]
    dialogs.preset("ask", True)  # discard
    window.close()
    qtbot.waitUntil(lambda: gone(window), timeout=TIMEOUT)
    reopened = open_growth(qtbot, main, student_id)
    assert not reopened.file.plans and not reopened.has_unsaved_input()
