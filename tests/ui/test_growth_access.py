"""What head teachers and school leaders see in a growth file: the redacted file only,
and no form they may not use (the services refuse anyway)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from app.domain.accounts import Account
from app.domain.enums import ContactKind, MeasureOwner, Role, SourceLevel, WarningLevel
from app.domain.growth import Contact, Measure
from app.services import accounts, growth
from app.ui import dialogs
from app.ui import growth as growth_ui
from tests.ui.growth_helpers import (
    TEACHER_PASSWORD,
    add_head_teacher,
    add_screening,
    add_students,
    gone,
    open_growth,
    prepare,
    type_into,
    unlock,
    wait_reloaded,
)
from tests.ui.helpers import TIMEOUT


def _case_with_notes(session):
    ids = add_students(session)
    sid = ids["zhang"]
    growth.set_level(session, sid, WarningLevel.ORANGE, "自伤史，情绪低落", SourceLevel.CLASS)
    for kind, note in [
        (ContactKind.COUNSELING, "谈到自伤念头"),
        (ContactKind.HEAD_TEACHER, "班主任谈话：作业按时完成"),
    ]:
        growth.add_contact(session, Contact(None, sid, datetime(2026, 3, 1, 9), kind, "学生", note))
    measures = (
        Measure("个体辅导", MeasureOwner.COUNSELOR),
        Measure("每周电话联系家长", MeasureOwner.HEAD_TEACHER, "李老师"),
    )
    growth.save_plan(session, sid, "抑郁倾向", "情绪稳定", None, measures)
    add_screening(session, sid, {"learning_anxiety": 9}, validity=2)
    add_head_teacher(session, ids["c1"])
    return ids


def test_head_teacher_sees_no_counseling_notes_and_no_plan_editing(
    qtbot, make_controller, station_info
):
    ids = prepare(station_info, _case_with_notes)
    _, main = unlock(qtbot, make_controller, station_info, password=TEACHER_PASSWORD, username="li")
    window = open_growth(qtbot, main, ids["zhang"])
    assert window.tab_keys() == ["profile", "flags", "plan", "contacts", "visits", "leave"]
    profile = window.tabs["profile"]
    assert "notes" not in profile.form.fields and not profile.form.save_button.isVisibleTo(window)
    assert profile.case_form is None

    flags = window.show_tab("flags")
    assert not flags.change_button.isVisibleTo(window) and flags.open_level_dialog() is None
    model = flags.history.table.model_
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert "橙色(Ⅱ级)" in texts and "自伤史，情绪低落" not in texts

    plan = window.show_tab("plan")
    assert plan.form is None and not plan.edit_button.isVisibleTo(window)
    assert plan.view.measures.model_.rowCount() == 1 and plan.view.summary.text() == ""

    contacts = window.show_tab("contacts")
    assert contacts.form is None
    notes = [c.note for c in contacts.list.table.records()]
    assert notes == ["班主任谈话：作业按时完成"]

    visits = window.show_tab("visits")  # head teachers record home visits
    assert visits.form is not None
    type_into(qtbot, visits.form.fields["met_with"].widget, "母亲")
    qtbot.mouseClick(visits.form.save_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, window, lambda: len(window.file.visits) == 1)
    assert window.file.visits[0].visitors == "李老师"
    assert window.show_tab("leave").form is None


def _leader(session):
    ids = _case_with_notes(session)
    account = Account(None, "boss", "赵校长", Role.LEADER)
    accounts.create_account(session, account, TEACHER_PASSWORD)
    return ids


def test_leader_reads_without_notes_or_forms(qtbot, make_controller, station_info):
    ids = prepare(station_info, _leader)
    pw = TEACHER_PASSWORD
    _, main = unlock(qtbot, make_controller, station_info, password=pw, username="boss")
    window = open_growth(qtbot, main, ids["zhang"])
    keys = window.tab_keys()
    assert "contacts" not in keys and "screenings" not in keys
    for key in keys:
        tab = window.show_tab(key)
        assert [f for f in tab.forms() if f.editable] == []
    plan = window.tabs["plan"]
    assert plan.view.summary.text() == "抑郁倾向" and plan.view.measures.model_.rowCount() == 2


def test_a_file_outside_the_teachers_classes_is_refused(qtbot, make_controller, station_info):
    ids = prepare(station_info, _case_with_notes)
    pw = TEACHER_PASSWORD
    _, main = unlock(qtbot, make_controller, station_info, password=pw, username="li")
    dialogs.preset("error")
    growth_ui.open_student(main.ctx, main, ids["wang"])
    window = growth_ui.find_window(main.ctx, ids["wang"])
    qtbot.waitUntil(lambda: window is None or gone(window), timeout=TIMEOUT)
    assert dialogs.shown == [("error", "您的账户没有权限执行此操作。")]
