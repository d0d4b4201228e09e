"""工作台 the dashboard: figures from the services, numbers that change, clicks that open
the filtered roster, and who gets the page at all."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.accounts import Account
from app.domain.enums import Gender, Role, SourceLevel, VisitKind, WarningLevel
from app.domain.growth import HomeVisit
from app.domain.student import Student
from app.services import accounts, dashboard, growth, students
from app.services.session import Session
from app.ui.levels import RED, swatch
from app.ui.nav import PageSpec
from app.ui.pages import page_specs
from tests.conftest import StationInfo
from tests.ui.helpers import TIMEOUT

OTHER_PASSWORD = "Teacher-Lantern-31"


@dataclass(frozen=True)
class SeededSchool:
    class_a: int  # 七年级(1)班: students 0, 1, 2
    class_b: int  # 八年级(1)班: students 3, 4
    grade_a: int
    student_ids: list[int]


def seed_school(session: Session) -> SeededSchool:
    """Two classes in two grades, five students; nothing flagged, visited or screened."""
    class_a = students.add_class(session, "七年级", "七年级(1)班", "陈老师")
    class_b = students.add_class(session, "八年级", "八年级(1)班", "刘老师")
    ids = []
    for n, class_id in enumerate((class_a, class_a, class_a, class_b, class_b)):
        student = Student(
            None, f"G3306021200000{n:02d}", f"学生{n}", Gender.FEMALE, date(2012, 3, 1), class_id
        )
        ids.append(students.add_student(session, student))
    grade_a = next(g.id for g in students.grades(session) if g.name == "七年级")
    return SeededSchool(class_a, class_b, grade_a, ids)


def add_account(session: Session, username: str, role: Role, class_ids=frozenset()) -> None:
    account = Account(None, username, f"{username}老师", role)
    accounts.create_account(session, account, OTHER_PASSWORD, class_ids=class_ids)


@pytest.fixture
def school(session: Session) -> SeededSchool:
    return flagged_school(session, with_accounts=False)


@pytest.fixture
def school_with_accounts(session: Session) -> SeededSchool:
    return flagged_school(session, with_accounts=True)


def flagged_school(session: Session, with_accounts: bool) -> SeededSchool:
    """One red and one yellow flag, one on-site visit; a head teacher and a leader if asked
    (each account costs an Argon2id derivation)."""
    seeded = seed_school(session)
    growth.set_level(
        session,
        seeded.student_ids[0],
        WarningLevel.RED,
        "自伤计划",
        SourceLevel.CLASS,
        at=datetime.now() - timedelta(days=3),
    )
    growth.set_level(session, seeded.student_ids[3], WarningLevel.YELLOW, "筛查", SourceLevel.SELF)
    growth.add_visit(
        session, HomeVisit(None, seeded.student_ids[1], date.today(), VisitKind.ONSITE, "班主任")
    )
    if with_accounts:
        add_account(session, "li", Role.HEAD_TEACHER, frozenset({seeded.class_a}))
        add_account(session, "boss", Role.LEADER)
    session.close()  # the GUI needs the station lock
    return seeded


def open_main(qtbot, make_controller, info: StationInfo, username=None, password=None, pages=None):
    controller = make_controller(info.folder, pages=pages)
    controller.start(password or info.password, username)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=TIMEOUT)
    return controller, controller.main_window


def run(qtbot, window, service, *args: Any) -> Any:
    """Call a service on the window's worker (the GUI holds the session) and wait."""
    results: list[Any] = []
    window.ctx.call(service, *args, on_success=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT)
    return results[0]


def wait_loaded(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.loading, timeout=TIMEOUT)


def reload(qtbot, page) -> None:
    page.data = None
    page.refresh()
    wait_loaded(qtbot, page)


class FakeStudents(QWidget):
    """Stands in for the Students page: records the filters it was asked to show."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.criteria: list[dict[str, Any]] = []

    def show_filtered(self, **criteria: Any) -> None:
        self.criteria.append(criteria)


def with_fake_students() -> list[PageSpec]:
    fake = PageSpec("students", lambda: "Students", FakeStudents)
    return [*(s for s in page_specs() if s.key != "students"), fake]


def test_the_figures_are_the_services_figures(qtbot, make_controller, station_info, school):
    _, window = open_main(qtbot, make_controller, station_info)
    assert window.current_key() == "dashboard"
    page = window.pages["dashboard"]
    wait_loaded(qtbot, page)
    figures = run(qtbot, window, dashboard.figures)
    for level, tile in page.level_tiles.items():
        assert tile.value() == figures.open_flags[level]
        assert tile.swatch() == swatch(level)
    assert page.level_tiles[WarningLevel.RED].value() == 1
    assert page.unscreened_tile.value() == figures.unscreened == 5
    assert page.overdue_tile.value() == figures.overdue
    assert page.due_today_tile.value() == figures.due_today
    assert page.coverage_tile.number.text() == "20%"  # one of five visited on site
    assert page.flags_chart.count("七年级", WarningLevel.RED) == 1
    assert page.flags_chart.count("八年级", WarningLevel.YELLOW) == 1
    assert page.flags_chart.grades == ["七年级", "八年级"]
    assert page.urgent_tile.isHidden()  # no urgent concerns waiting


def test_the_numbers_change_with_the_records(qtbot, make_controller, station_info, school):
    _, window = open_main(qtbot, make_controller, station_info)
    page = window.pages["dashboard"]
    wait_loaded(qtbot, page)
    chart_sets = dict(page.flags_chart.bar_sets)
    first_row = page.coverage_bars.rows[0]
    assert page.coverage_bars.shown[0].class_name == "八年级(1)班"  # 0 % before 33 %

    for sid in school.student_ids[3:]:
        visit = HomeVisit(None, sid, date.today(), VisitKind.ONSITE, "班主任")
        run(qtbot, window, growth.add_visit, visit)
    red = (school.student_ids[4], WarningLevel.RED, "危机", SourceLevel.GRADE)
    run(qtbot, window, growth.set_level, *red)
    reload(qtbot, page)

    assert page.level_tiles[WarningLevel.RED].value() == 2
    assert page.flags_chart.count("八年级", WarningLevel.RED) == 1
    assert page.coverage_tile.number.text() == "60%"
    assert [c.class_name for c in page.coverage_bars.shown] == ["七年级(1)班", "八年级(1)班"]
    assert first_row.name.text() == "七年级(1)班" and first_row.percent.text() == "33%"
    assert page.coverage_bars.rows[1].link.text() == "已全部家访"
    # updated in place, not rebuilt
    assert page.flags_chart.bar_sets == chart_sets and page.coverage_bars.rows[0] is first_row


def test_every_number_opens_the_list_behind_it(qtbot, make_controller, station_info, school):
    _, window = open_main(qtbot, make_controller, station_info, pages=with_fake_students())
    page = window.pages["dashboard"]
    wait_loaded(qtbot, page)
    qtbot.mouseClick(page.level_tiles[WarningLevel.RED], Qt.MouseButton.LeftButton)
    assert window.current_key() == "students"
    roster = window.pages["students"]
    assert roster.criteria == [{"level": WarningLevel.RED}]

    window.show_page("dashboard")
    page.unscreened_tile.setFocus()
    qtbot.keyClick(page.unscreened_tile, Qt.Key.Key_Return)
    page.overdue_tile.activate()
    page.flags_chart.bar_sets[WarningLevel.YELLOW].clicked.emit(0)
    page.coverage_bars.rows[0].link.click()
    page.coverage_tile.activate()
    assert roster.criteria[1:] == [
        {"unscreened": True},
        {"overdue": True},
        {"grade_id": school.grade_a, "level": WarningLevel.YELLOW},
        {"class_id": school.class_b, "not_visited": True},
    ]
    assert window.current_key() == "visits"


@pytest.mark.skipif(
    "students" not in {spec.key for spec in page_specs()},
    reason="the Students page is not registered yet",
)
def test_the_red_tile_opens_the_students_page_filtered(
    qtbot, make_controller, station_info, school, monkeypatch
):
    _, window = open_main(qtbot, make_controller, station_info)
    page = window.pages["dashboard"]
    wait_loaded(qtbot, page)
    asked: list[dict[str, Any]] = []
    students_page = type(window.show_page("students"))
    original = students_page.show_filtered

    def spy(self, **criteria: Any) -> None:
        asked.append(criteria)
        original(self, **criteria)

    monkeypatch.setattr(students_page, "show_filtered", spy)
    window.show_page("dashboard")
    qtbot.mouseClick(page.level_tiles[WarningLevel.RED], Qt.MouseButton.LeftButton)
    assert window.current_key() == "students"
    assert asked == [{"level": WarningLevel.RED}]


def test_urgent_concerns_show_as_a_red_banner(qtbot, make_controller, station_info, school):
    _, window = open_main(qtbot, make_controller, station_info)
    page = window.pages["dashboard"]
    wait_loaded(qtbot, page)
    figures = run(qtbot, window, dashboard.figures)
    page.show_figures(replace(page.data, figures=replace(figures, pending_urgent_concerns=2)))
    assert not page.urgent_tile.isHidden()
    assert page.urgent_tile.value() == 2 and page.urgent_tile.swatch() == RED
    assert "紧急" in page.urgent_tile.caption.text()


def test_leaders_get_the_dashboard_teachers_do_not(
    qtbot, make_controller, station_info, school_with_accounts
):
    leader, window = open_main(qtbot, make_controller, station_info, "boss", OTHER_PASSWORD)
    assert window.current_key() == "dashboard"
    page = window.pages["dashboard"]
    wait_loaded(qtbot, page)
    assert page.level_tiles[WarningLevel.RED].value() == 1

    leader.shutdown()
    _, teacher_window = open_main(qtbot, make_controller, station_info, "li", OTHER_PASSWORD)
    assert "dashboard" not in list(teacher_window.nav.keys())
    assert teacher_window.show_page("dashboard") is None
    assert teacher_window.current_key() != "dashboard"


def test_everything_on_the_dashboard_is_in_chinese(qtbot, make_controller, station_info, school):
    _, window = open_main(qtbot, make_controller, station_info)
    page = window.pages["dashboard"]
    wait_loaded(qtbot, page)
    assert window.nav.item(0).text() == "工作台"
    texts = [label.text() for label in page.findChildren(QLabel) if label.text()]
    latin = [t for t in texts if any("a" <= ch.lower() <= "z" for ch in t)]
    assert latin == []
    assert QCoreApplication.translate("Nav", "Home visits") == "家访"
