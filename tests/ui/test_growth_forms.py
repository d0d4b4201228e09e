"""The growth window's forms: validation as you type, Ctrl+S, and what gets saved."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.enums import LeaveKind, StudentStatus
from app.domain.growth import LeaveEvent
from app.services import growth
from tests.ui.growth_helpers import (
    add_students,
    open_growth,
    prepare,
    press,
    type_into,
    unlock,
    wait_reloaded,
)


def _open(qtbot, make_controller, station_info, fill=add_students, who="zhang"):
    ids = prepare(station_info, fill)
    _, main = unlock(qtbot, make_controller, station_info)
    return ids, open_growth(qtbot, main, ids[who])


def _rows(record_list) -> list[list[str]]:
    model = record_list.table.model_
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_record_a_home_visit(qtbot, make_controller, station_info):
    _, window = _open(qtbot, make_controller, station_info)
    visits = window.show_tab("visits")
    form = visits.form
    assert form.fields["visited_on"].get() == date.today().isoformat()
    assert form.fields["visitors"].get() == "王老师"  # the signed-in counselor
    assert not form.save_button.isEnabled()  # nothing typed yet
    form.fields["kind"].set("onsite")
    type_into(qtbot, form.fields["met_with"].widget, "母亲、祖父")
    type_into(qtbot, form.fields["home_observations"].widget, "家中整洁，学生有独立书桌")
    type_into(qtbot, form.fields["concerns"].widget, "父亲长期外出务工")
    type_into(qtbot, form.fields["agreed_actions"].widget, "每周电话沟通一次")
    next_visit = (date.today() + timedelta(days=90)).isoformat()
    type_into(qtbot, form.fields["next_visit_on"].widget.edit, next_visit)
    form.fields["follow_up"].widget.setChecked(True)
    assert form.save_button.isEnabled()
    press(qtbot, form.fields["concerns"].widget, Qt.Key.Key_S)
    wait_reloaded(qtbot, window, lambda: len(window.file.visits) == 1)
    visit = window.file.visits[0]
    assert (visit.kind.value, visit.met_with, visit.follow_up) == ("onsite", "母亲、祖父", True)
    assert visit.next_visit_on.isoformat() == next_visit
    assert _rows(visits.list)[0][:3] == [date.today().isoformat(), "实地家访", "王老师"]
    assert not form.dirty and form.fields["met_with"].get() == ""  # ready for the next one
    assert "家访已记录" in window.message.text()


def test_add_a_contact(qtbot, make_controller, station_info):
    _, window = _open(qtbot, make_controller, station_info)
    window.show_tab("contacts")
    press(qtbot, window, Qt.Key.Key_N)  # Ctrl+N: to the form
    form = window.tabs["contacts"].form
    form.fields["kind"].set("guardian")
    edit = form.fields["at"].widget.edit
    edit.clear()
    type_into(qtbot, edit, "2026-05-06 16:20")
    type_into(qtbot, form.fields["with_whom"].widget, "母亲")
    assert not form.save_button.isEnabled()  # the note is required
    type_into(qtbot, form.fields["note"].widget, "电话沟通：孩子近期作息规律")
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, window, lambda: len(window.file.contacts) == 1)
    contact = window.file.contacts[0]
    assert (contact.kind.value, contact.with_whom) == ("guardian", "母亲")
    assert f"{contact.at:%Y-%m-%d %H:%M}" == "2026-05-06 16:20"
    assert _rows(window.tabs["contacts"].list)[0][1] == "家长沟通"


def test_invalid_date_is_shown_and_nothing_is_saved(qtbot, make_controller, station_info):
    _, window = _open(qtbot, make_controller, station_info)
    form = window.show_tab("visits").form
    edit = form.fields["visited_on"].widget.edit
    edit.clear()
    type_into(qtbot, edit, "2026-02-30")
    type_into(qtbot, form.fields["concerns"].widget, "需要关注")
    message = "家访日期不是有效日期（请按 2026-03-05 的格式填写）。"
    assert form.field_message("visited_on") == message
    assert "#d32f2f" in edit.styleSheet()
    assert not form.save_button.isEnabled()
    assert form.save() is False  # Ctrl+S does nothing either
    press(qtbot, edit, Qt.Key.Key_S)
    edit.clear()
    type_into(qtbot, edit, "next week")
    assert form.field_message("visited_on").startswith("家访日期不是有效日期")
    edit.clear()
    type_into(qtbot, edit, "2026.3.5")  # other ways of writing a date are fine
    assert form.field_message("visited_on") == "" and edit.styleSheet() == ""
    future = form.fields["next_visit_on"].widget.edit
    type_into(qtbot, future, "2026-03-01")  # before the visit
    assert form.field_message("next_visit_on").startswith("下次家访日期早于")
    qtbot.wait(200)
    assert prepare_count(window) == 0


def prepare_count(window) -> int:
    return len(window.file.visits)


def _suspended(session):
    ids = add_students(session)
    when = date(2026, 1, 5)
    event = LeaveEvent(None, ids["zhang"], LeaveKind.SUSPEND, when, "抑郁发作，住院治疗")
    growth.record_leave(session, event)
    return ids


def test_a_return_needs_a_certificate(qtbot, make_controller, station_info):
    _, window = _open(qtbot, make_controller, station_info, fill=_suspended)
    leave = window.show_tab("leave")
    form = leave.form
    assert form.kind is LeaveKind.RETURN
    assert form.rule.isVisibleTo(leave) and "专科医院" in form.rule.text()
    assert form.save_button.text() == "登记复学"
    type_into(qtbot, form.fields["reason"].widget, "病情稳定，申请复学")
    assert not form.save_button.isEnabled()
    assert "请填写出具证明的医院" in form.summary.text()
    assert "请填写证明日期" in form.summary.text()
    assert form.save() is False
    type_into(qtbot, form.fields["certificate_issuer"].widget, "绍兴市第七人民医院")
    assert not form.save_button.isEnabled()
    cert = form.fields["certificate_on"].widget.edit
    type_into(qtbot, cert, (date.today() + timedelta(days=1)).isoformat())
    assert form.field_message("certificate_on") == "证明日期不能晚于复学日期。"
    assert not form.save_button.isEnabled()
    cert.clear()
    type_into(qtbot, cert, (date.today() - timedelta(days=3)).isoformat())
    assert form.save_button.isEnabled() and form.summary.text() == ""
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, window, lambda: window.file.student.status is StudentStatus.IN_SCHOOL)
    assert window.file.leaves[-1].certificate_issuer == "绍兴市第七人民医院"
    assert form.kind is LeaveKind.SUSPEND  # the next event would be a suspension
    assert not form.rule.isVisibleTo(leave)
    assert "在校" in window.info_label.text()


def test_crisis_referral_and_feedback(qtbot, make_controller, station_info):
    _, window = _open(qtbot, make_controller, station_info)
    crisis = window.show_tab("crisis").form
    type_into(qtbot, crisis.fields["description"].widget, "课间在走廊划伤手臂")
    crisis.fields["kind"].set("self_harm")
    crisis.fields["notified"].widget.boxes["guardian"].setChecked(True)
    crisis.fields["notified"].widget.boxes["principal"].setChecked(True)
    type_into(qtbot, crisis.fields["outcome"].widget, "校医处理，家长接回")
    press(qtbot, crisis.fields["outcome"].widget, Qt.Key.Key_S)
    wait_reloaded(qtbot, window, lambda: len(window.file.crises) == 1)
    assert {n.value for n in window.file.crises[0].notified} == {"guardian", "principal"}
    assert _rows(window.tabs["crisis"].list)[0][2] == "监护人、校长"

    tab = window.show_tab("referrals")
    type_into(qtbot, tab.form.fields["institution"].widget, "绍兴市第七人民医院")
    tab.form.fields["green_channel"].widget.setChecked(True)
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, window, lambda: len(window.file.referrals) == 1)
    assert _rows(tab.list)[0][2:] == ["是", "等待反馈"]
    feedback = tab.feedback
    assert feedback.referral.count() == 2 and not feedback.save_button.isEnabled()
    feedback.referral.setCurrentIndex(1)
    type_into(qtbot, feedback.fields["feedback"].widget, "诊断为中度抑郁，门诊随访")
    qtbot.mouseClick(feedback.save_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, window, lambda: window.file.referrals[0].feedback_received)
    assert _rows(tab.list)[0][3].endswith("已反馈")
    assert feedback.referral.count() == 1  # nothing is waiting any more


def test_close_and_reopen_the_case(qtbot, make_controller, station_info):
    _, window = _open(qtbot, make_controller, station_info)
    case = window.tabs["profile"].case_form
    assert case.save_button.text() == "结案"
    type_into(qtbot, case.fields["reason"].widget, "情绪稳定，连续三个月无异常")
    qtbot.mouseClick(case.save_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, window, lambda: window.file.case_status.value == "closed")
    assert window.case_label.text() == "已结案"
    assert case.save_button.text() == "重新开案"
    type_into(qtbot, case.fields["reason"].widget, "再次出现情绪波动")
    qtbot.mouseClick(case.save_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, window, lambda: window.file.case_status.value == "open")
    assert window.case_label.text() == ""


def test_edit_the_profile(qtbot, make_controller, station_info):
    _, window = _open(qtbot, make_controller, station_info)
    form = window.tabs["profile"].form
    assert not form.save_button.isEnabled()
    form.fields["tags"].widget.boxes["poverty"].setChecked(True)
    phone = form.guardian_editor.rows[0][1][2]
    type_into(qtbot, phone, "x")
    assert form.field_message("guardians") == "监护人电话格式不正确。"
    assert not form.save_button.isEnabled()
    phone.setText("13900002222")
    type_into(qtbot, form.fields["mentor"].widget, "（新）")
    assert form.save_button.isEnabled()
    press(qtbot, form.fields["mentor"].widget, Qt.Key.Key_S)
    wait_reloaded(qtbot, window, lambda: window.file.student.guardians[0].phone == "13900002222")
    student = window.file.student
    assert {t.value for t in student.tags} == {"left_behind", "poverty"}
    assert student.mentor == "赵老师（新）" and student.notes == "咨询笔记：家庭矛盾"
    assert not form.dirty


def test_tab_order_follows_the_form(qtbot, make_controller, station_info):
    _, window = _open(qtbot, make_controller, station_info)
    form = window.show_tab("visits").form
    type_into(qtbot, form.fields["met_with"].widget, "母亲")  # Save becomes enabled
    form.fields["visited_on"].widget.edit.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen = []
    for _ in range(len(form.fields) + 1):
        focus = QApplication.focusWidget()
        seen.append(focus.objectName() or type(focus).__name__)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert seen == [
        "dateEdit",  # visited_on
        "kind",
        "visitors",
        "met_with",
        "home_observations",
        "concerns",
        "agreed_actions",
        "dateEdit",  # next_visit_on
        "follow_up",
        "saveButton",
    ]
