"""家访 the Home visits page: coverage per grade and class, the students still to visit,
"record a visit" opening the growth file, and each account's scope."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from app.domain.enums import Role, SourceLevel, VisitKind, WarningLevel
from app.domain.growth import HomeVisit
from app.services import dashboard, growth
from app.services.session import Session
from app.ui.pages import visits_page
from tests.ui.helpers import TIMEOUT
from tests.ui.test_dashboard_page import (
    OTHER_PASSWORD,
    SeededSchool,
    add_account,
    open_main,
    run,
    seed_school,
)


@pytest.fixture
def school(session: Session) -> SeededSchool:
    return visited_school(session, with_accounts=False)


@pytest.fixture
def school_with_accounts(session: Session) -> SeededSchool:
    return visited_school(session, with_accounts=True)


def visited_school(session: Session, with_accounts: bool) -> SeededSchool:
    """Student 1 visited on site, student 2 only by phone, student 0 flagged orange."""
    seeded = seed_school(session)
    growth.add_visit(
        session, HomeVisit(None, seeded.student_ids[1], date.today(), VisitKind.ONSITE, "班主任")
    )
    growth.add_visit(
        session, HomeVisit(None, seeded.student_ids[2], date.today(), VisitKind.PHONE, "班主任")
    )
    growth.set_level(
        session, seeded.student_ids[0], WarningLevel.ORANGE, "自伤史", SourceLevel.CLASS
    )
    if with_accounts:
        add_account(session, "li", Role.HEAD_TEACHER, frozenset({seeded.class_a}))
        add_account(session, "boss", Role.LEADER)
    session.close()  # the GUI needs the station lock
    return seeded


def open_visits(qtbot, make_controller, station_info, username=None, password=None):
    _, window = open_main(qtbot, make_controller, station_info, username, password)
    window.show_page("visits")  # (Ctrl+4; a notice dialog may hold the focus after unlock)
    assert window.current_key() == "visits"
    page = window.pages["visits"]
    wait_overview(qtbot, page)
    return window, page


def wait_overview(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.overview is not None and not page.loading, timeout=TIMEOUT)


def wait_students(qtbot, page, count: int) -> None:
    qtbot.waitUntil(lambda: len(page.student_model.rows) == count, timeout=TIMEOUT)


def cells(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_coverage_per_class_and_grade(qtbot, make_controller, station_info, school):
    window, page = open_visits(qtbot, make_controller, station_info)
    assert cells(page.class_model) == [
        ["七年级(1)班", "陈老师", "3", "1", "2", "33%"],
        ["八年级(1)班", "刘老师", "2", "0", "2", "0%"],
    ]
    assert cells(page.grade_model) == [
        ["七年级", "1", "3", "1", "2", "33%"],
        ["八年级", "1", "2", "0", "2", "0%"],
    ]
    services = run(qtbot, window, dashboard.visit_coverage)
    assert [(c.students, c.visited) for c in services] == [
        (line.students, line.visited) for line in page.class_model.rows
    ]
    assert "1 / 5" in page.summary.text() and "20%" in page.summary.text()
    header = page.class_model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "覆盖率"


def test_selecting_a_class_lists_who_is_still_to_visit(
    qtbot, make_controller, station_info, school
):
    _, page = open_visits(qtbot, make_controller, station_info)
    wait_students(qtbot, page, 3)  # the first class is selected for you
    assert page.students_box.title() == "七年级(1)班的学生"
    rows = cells(page.student_model)
    assert [row[0] for row in rows] == ["学生0", "学生2", "学生1"]  # not visited first
    assert rows[0][3] == rows[1][3] == "尚未家访"  # a phone call is no on-site visit
    assert rows[2][3] == date.today().isoformat()
    assert rows[0][2] == "橙色(Ⅱ级)"
    background = page.student_model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole)
    assert background.name() == "#f57c00"
    assert "尚未实地家访 2 人" in page.student_counts.text()

    page.class_table.selectRow(1)
    wait_students(qtbot, page, 2)
    assert page.students_box.title() == "八年级(1)班的学生"


def test_coverage_follows_a_recorded_visit(qtbot, make_controller, station_info, school):
    window, page = open_visits(qtbot, make_controller, station_info)
    page.class_table.selectRow(1)
    wait_students(qtbot, page, 2)
    page.student_table.selectRow(0)
    visit = HomeVisit(None, school.student_ids[3], date.today(), VisitKind.ONSITE, "王老师")
    run(qtbot, window, growth.add_visit, visit)
    page.refresh()
    qtbot.waitUntil(lambda: page.class_model.rows[1].visited == 1, timeout=TIMEOUT)
    assert cells(page.class_model)[1][2:] == ["2", "1", "1", "50%"]
    qtbot.waitUntil(
        lambda: cells(page.student_model)[-1][3] == date.today().isoformat(), timeout=TIMEOUT
    )
    assert page.selected_class().class_id == school.class_b  # the selection survives
    assert "40%" in page.summary.text()


def test_record_visit_opens_the_growth_file(
    qtbot, make_controller, station_info, school, monkeypatch
):
    opened: list[int] = []
    monkeypatch.setattr(
        visits_page, "open_growth_file", lambda ctx, parent, sid: opened.append(sid)
    )
    _, page = open_visits(qtbot, make_controller, station_info)
    wait_students(qtbot, page, 3)
    assert not page.record_button.isEnabled()
    page.student_table.selectRow(1)
    assert page.record_button.isEnabled()
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    page.student_table.setFocus()
    qtbot.keyClick(page.student_table, Qt.Key.Key_Return)
    assert opened == [school.student_ids[2], school.student_ids[2]]


def test_a_head_teacher_sees_only_own_class(
    qtbot, make_controller, station_info, school_with_accounts
):
    window, page = open_visits(qtbot, make_controller, station_info, "li", OTHER_PASSWORD)
    assert "dashboard" not in list(window.nav.keys())
    assert cells(page.class_model) == [["七年级(1)班", "陈老师", "3", "1", "2", "33%"]]
    assert cells(page.grade_model) == [["七年级", "1", "3", "1", "2", "33%"]]
    wait_students(qtbot, page, 3)
    page.student_table.selectRow(0)
    assert page.record_button.isVisible() and page.record_button.isEnabled()


def test_a_leader_sees_coverage_but_records_nothing(
    qtbot, make_controller, station_info, school_with_accounts
):
    _, page = open_visits(qtbot, make_controller, station_info, "boss", OTHER_PASSWORD)
    assert len(page.class_model.rows) == 2
    wait_students(qtbot, page, 1)  # only the orange student is listed by name
    assert cells(page.student_model)[0][0] == "学生0"
    assert page.record_button.isHidden()


def test_the_page_reloads_when_the_main_window_is_active_again(
    qtbot, make_controller, station_info, school
):
    window, page = open_visits(qtbot, make_controller, station_info)
    visit = HomeVisit(None, school.student_ids[0], date.today(), VisitKind.ONSITE, "王老师")
    run(qtbot, window, growth.add_visit, visit)  # as if saved in a growth-file window
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: page.class_model.rows[0].visited == 2, timeout=TIMEOUT)
    wait_students(qtbot, page, 3)
    qtbot.waitUntil(lambda: cells(page.student_model)[0][0] == "学生2", timeout=TIMEOUT)


def test_record_visit_opens_the_real_growth_file_on_its_visits_tab(
    qtbot, make_controller, station_info, school
):
    from app.ui.growth import find_window

    window, page = open_visits(qtbot, make_controller, station_info)
    wait_students(qtbot, page, 3)
    page.student_table.selectRow(0)
    page.record_visit()
    growth_window = find_window(window.ctx, school.student_ids[0])
    assert growth_window is not None
    assert growth_window.current_key() == "visits"
    growth_window.close()
