"""学生 the Students page: columns, search (pinyin initials, student number, words in notes),
filters that combine, sorting by every column, opening the growth file, the roster import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import Gender, KeyGroup, SourceLevel, StudentStatus, VisitKind, WarningLevel
from app.domain.growth import HomeVisit
from app.domain.roster import ROSTER_SPEC, parse_roster
from app.domain.student import Student
from app.domain.tabular import find_header
from app.services import growth, students
from app.services.session import Session
from app.ui import dialogs
from app.ui.import_dialog import error_lines
from app.ui.levels import RED
from app.ui.pages import students_page
from app.ui.roster_model import Column
from app.ui.widgets.filter_bar import RosterCriteria
from tests.conftest import DATA, StationInfo
from tests.ui.helpers import TIMEOUT

MESSY_ROSTER = DATA / "rosters" / "messy_roster.xlsx"
MESSY_ERROR_ROWS = [12, 18, 24, 30, 36, 41]


def growth_window_available() -> bool:
    try:
        from app.ui.growth import open_student  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True)
class Roster:
    ids: dict[str, int]  # name -> student id
    grade7: int
    class71: int
    class72: int


def _student(number: str, name: str, gender: Gender, class_id: int, **extra) -> Student:
    return Student(None, number, name, gender, date(2012, 5, 1), class_id, **extra)


def seed_roster(session: Session) -> Roster:
    """Six students in three classes; flags, visits, tags and notes to filter and search."""
    c71 = students.add_class(session, "七年级", "七年级(1)班", "陈老师")
    c72 = students.add_class(session, "七年级", "七年级(2)班", "王老师")
    c81 = students.add_class(session, "八年级", "八年级(1)班", "刘老师")
    people = [
        ("G330602201205010011", "张三丰", Gender.MALE, c71, {KeyGroup.LEFT_BEHIND}, "随祖母生活"),
        ("G330602201205010012", "李四", Gender.FEMALE, c71, set(), "喜欢画画"),
        ("G330602201205010013", "王五", Gender.MALE, c72, {KeyGroup.POVERTY}, ""),
        ("G330602201205010014", "赵六", Gender.FEMALE, c81, {KeyGroup.LEFT_BEHIND}, ""),
        ("G330602201205010015", "阿明", Gender.MALE, c81, set(), ""),
    ]
    ids = {}
    for number, name, gender, class_id, tags, notes in people:
        student = _student(number, name, gender, class_id, tags=frozenset(tags), notes=notes)
        ids[name] = students.add_student(session, student)
    suspended = _student(
        "G330602201205010016", "陈一", Gender.FEMALE, c72, status=StudentStatus.SUSPENDED
    )
    ids["陈一"] = students.add_student(session, suspended)
    _history(session, ids)
    grade7 = next(g.id for g in students.grades(session) if g.name == "七年级")
    return Roster(ids, grade7, c71, c72)


def _history(session: Session, ids: dict[str, int]) -> None:
    three_days_ago = datetime.now() - timedelta(days=3)
    growth.set_level(
        session, ids["张三丰"], WarningLevel.RED, "自伤计划", SourceLevel.CLASS, at=three_days_ago
    )
    growth.set_level(session, ids["王五"], WarningLevel.YELLOW, "筛查异常", SourceLevel.SELF)
    growth.set_level(session, ids["赵六"], WarningLevel.BLUE, "留守", SourceLevel.CLASS)
    visit = HomeVisit(None, ids["李四"], date.today(), VisitKind.ONSITE, "陈老师")
    growth.add_visit(session, visit)
    growth.add_visit(session, HomeVisit(None, ids["阿明"], date.today(), VisitKind.PHONE, "刘老师"))


@pytest.fixture
def roster(session: Session) -> Roster:
    seeded = seed_roster(session)
    session.close()  # the GUI needs the station lock
    return seeded


def open_students(qtbot, make_controller, info: StationInfo, expected: int):
    controller = make_controller(info.folder)
    controller.start(info.password)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=TIMEOUT)
    window = controller.main_window
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "students"
    page = window.pages["students"]
    wait_rows(qtbot, page, expected)
    return window, page


def names(page) -> list[str]:
    return [row.name for row in page.model.rows]


def wait_rows(qtbot, page, count: int) -> None:
    qtbot.waitUntil(lambda: len(page.model.rows) == count, timeout=TIMEOUT)


def wait_names(qtbot, page, expected: list[str]) -> None:
    qtbot.waitUntil(lambda: sorted(names(page)) == sorted(expected), timeout=TIMEOUT)


def row_texts(page, name: str) -> list[str]:
    row = names(page).index(name)
    return [page.model.index(row, c).data() for c in range(page.model.columnCount())]


def wait_due_loaded(qtbot, page) -> None:
    qtbot.waitUntil(lambda: bool(page.model.next_due), timeout=TIMEOUT)


# --- the table -----------------------------------------------------------------------------


def test_every_student_with_its_columns(qtbot, make_controller, station_info, roster):
    _, page = open_students(qtbot, make_controller, station_info, 6)
    wait_due_loaded(qtbot, page)
    assert page.count_label.text() == "共 6 名学生"
    assert page.model.column_titles() == (
        "姓名", "性别", "年级/班级", "重点群体", "预警等级", "下一待办", "最近家访",
    )  # fmt: skip
    zsf = row_texts(page, "张三丰")
    assert zsf[:5] == ["张三丰", "男", "七年级(1)班", "留守", "红色(Ⅰ级)"]
    assert zsf[Column.NEXT_DUE].startswith("心理评估") and zsf[Column.LAST_VISIT] == ""
    assert row_texts(page, "李四")[Column.LAST_VISIT] == date.today().isoformat()
    assert row_texts(page, "王五")[Column.TAGS] == "贫困"
    due_cell = page.model.index(names(page).index("张三丰"), Column.NEXT_DUE)
    assert due_cell.data(Qt.ItemDataRole.ForegroundRole).name() == RED.background
    level_cell = page.model.index(names(page).index("张三丰"), Column.LEVEL)
    assert colours_in(page.table, level_cell) >= {RED.background}  # the badge is painted


def colours_in(view, index) -> set[str]:
    """The colours painted in a cell (sampled along its middle line)."""
    view.scrollTo(index)
    rect = view.visualRect(index)
    image = view.viewport().grab().toImage()
    y = rect.center().y()
    return {image.pixelColor(x, y).name() for x in range(rect.left(), rect.right())}


def test_search_by_pinyin_initials(qtbot, make_controller, station_info, roster):
    _, page = open_students(qtbot, make_controller, station_info, 6)
    qtbot.keyClicks(page.search_edit, "zsf")
    wait_names(qtbot, page, ["张三丰"])
    assert page.count_label.text() == "共 1 名学生"
    page.search_edit.clear()
    wait_rows(qtbot, page, 6)


def test_search_by_student_number_and_words_in_notes(qtbot, make_controller, station_info, roster):
    _, page = open_students(qtbot, make_controller, station_info, 6)
    qtbot.keyClicks(page.search_edit, "010013")
    wait_names(qtbot, page, ["王五"])
    page.search_edit.setText("祖母")  # two characters of 张三丰's notes
    wait_names(qtbot, page, ["张三丰"])
    page.search_edit.setText("画画")
    wait_names(qtbot, page, ["李四"])


def test_stale_search_results_are_dropped(qtbot, make_controller, station_info, roster):
    _, page = open_students(qtbot, make_controller, station_info, 6)
    shown: list[frozenset[int] | None] = []
    original = page.model.set_search
    page.model.set_search = lambda ids: (shown.append(ids), original(ids))
    page.search_edit.setText("zsf")
    page._run_search()  # on the worker, but overtaken by the next query
    page.search_edit.setText("ls")
    page._run_search()
    wait_names(qtbot, page, ["李四"])
    qtbot.wait(50)
    assert shown == [frozenset({roster.ids["李四"]})]


def test_filters_combine_with_each_other_and_the_search(
    qtbot, make_controller, station_info, roster
):
    _, page = open_students(qtbot, make_controller, station_info, 6)
    bar = page.filter_bar
    bar.set_criteria(RosterCriteria(grade_id=roster.grade7))
    wait_names(qtbot, page, ["张三丰", "李四", "王五", "陈一"])
    bar.set_criteria(RosterCriteria(grade_id=roster.grade7, tag=KeyGroup.LEFT_BEHIND))
    wait_names(qtbot, page, ["张三丰"])
    bar.set_criteria(RosterCriteria(status=StudentStatus.SUSPENDED))
    wait_names(qtbot, page, ["陈一"])
    bar.set_criteria(RosterCriteria(not_visited=True, status=StudentStatus.IN_SCHOOL))
    wait_names(qtbot, page, ["张三丰", "王五", "赵六", "阿明"])  # a phone call is no visit
    bar.set_criteria(RosterCriteria(overdue=True))
    wait_names(qtbot, page, ["张三丰"])
    bar.set_criteria(RosterCriteria(class_id=roster.class72))
    wait_names(qtbot, page, ["王五", "陈一"])
    qtbot.keyClicks(page.search_edit, "ww")
    wait_names(qtbot, page, ["王五"])
    bar.set_criteria(RosterCriteria(class_id=roster.class71))  # the search stays
    wait_names(qtbot, page, [])
    assert page.count_label.text() == "共 0 名学生"


def test_filter_widgets_drive_the_roster(qtbot, make_controller, station_info, roster):
    _, page = open_students(qtbot, make_controller, station_info, 6)
    bar = page.filter_bar
    qtbot.waitUntil(lambda: bar.grade_combo.count() == 3, timeout=TIMEOUT)  # all + 2 grades
    bar.grade_combo.setCurrentIndex(bar.grade_combo.findText("七年级"))
    bar.grade_combo.activated.emit(bar.grade_combo.currentIndex())
    assert [bar.class_combo.itemText(i) for i in range(bar.class_combo.count())] == [
        "全部班级", "七年级(1)班", "七年级(2)班",
    ]  # fmt: skip
    wait_rows(qtbot, page, 4)
    bar.level_combo.setCurrentIndex(bar.level_combo.findText("黄色(Ⅲ级)"))
    bar.level_combo.activated.emit(bar.level_combo.currentIndex())
    wait_names(qtbot, page, ["王五"])
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    wait_rows(qtbot, page, 6)
    assert bar.criteria() == RosterCriteria()


def test_show_filtered_sets_the_filter_bar(qtbot, make_controller, station_info, roster):
    window, page = open_students(qtbot, make_controller, station_info, 6)
    page.search_edit.setText("zsf")
    window.show_page("dashboard")
    assert window.show_page("students") is page
    page.show_filtered(level=WarningLevel.RED)
    assert page.search_edit.text() == ""
    wait_names(qtbot, page, ["张三丰"])
    assert page.filter_bar.level_combo.currentText() == "红色(Ⅰ级)"
    page.show_filtered(class_id=roster.class72, not_visited=True)
    wait_names(qtbot, page, ["王五"])  # in school only, as the dashboard counts
    qtbot.waitUntil(lambda: page.filter_bar.class_combo.currentText() == "七年级(2)班")
    assert page.filter_bar.status_combo.currentText() == "在校"
    assert page.filter_bar.not_visited_box.isChecked()


# --- sorting -------------------------------------------------------------------------------


def sort_by(qtbot, page, column: Column, order=Qt.SortOrder.AscendingOrder) -> list[str]:
    page.table.sortByColumn(column, order)
    return names(page)


def test_sort_by_every_column(qtbot, make_controller, station_info, roster):
    _, page = open_students(qtbot, make_controller, station_info, 6)
    wait_due_loaded(qtbot, page)
    assert sort_by(qtbot, page, Column.NAME) == ["阿明", "陈一", "李四", "王五", "张三丰", "赵六"]
    descending = sort_by(qtbot, page, Column.NAME, Qt.SortOrder.DescendingOrder)
    assert descending == ["赵六", "张三丰", "王五", "李四", "陈一", "阿明"]
    sort_by(qtbot, page, Column.NAME)
    by_gender = sort_by(qtbot, page, Column.GENDER)  # stable: by name within a gender
    assert by_gender == ["陈一", "李四", "赵六", "阿明", "王五", "张三丰"]
    sort_by(qtbot, page, Column.NAME)
    assert sort_by(qtbot, page, Column.CLASS) == ["李四", "张三丰", "陈一", "王五", "阿明", "赵六"]
    assert sort_by(qtbot, page, Column.TAGS)[-3:] == ["李四", "陈一", "阿明"]  # no tags: last
    assert sort_by(qtbot, page, Column.LEVEL)[:3] == ["张三丰", "王五", "赵六"]  # red first
    by_due = sort_by(qtbot, page, Column.NEXT_DUE)
    assert by_due[0] == "张三丰" and set(by_due[-3:]) == {"李四", "陈一", "阿明"}
    by_visit = sort_by(qtbot, page, Column.LAST_VISIT, Qt.SortOrder.DescendingOrder)
    assert by_visit[:2] == ["李四", "阿明"]  # same day: the previous order is kept


def test_sorting_survives_search_and_reload(qtbot, make_controller, station_info, roster):
    _, page = open_students(qtbot, make_controller, station_info, 6)
    sort_by(qtbot, page, Column.NAME, Qt.SortOrder.DescendingOrder)
    page.search_edit.setText("l")  # pinyin: li si, zhao liu
    wait_names(qtbot, page, ["李四", "赵六"])
    assert names(page) == ["赵六", "李四"]
    page.search_edit.clear()
    wait_rows(qtbot, page, 6)
    with qtbot.waitSignal(page.model.modelReset, timeout=TIMEOUT):
        page.reload()
    assert names(page) == ["赵六", "张三丰", "王五", "李四", "陈一", "阿明"]


# --- keyboard and opening the growth file ----------------------------------------------------


def test_keyboard_find_clear_and_open(qtbot, make_controller, station_info, roster, monkeypatch):
    window, page = open_students(qtbot, make_controller, station_info, 6)
    opened: list[int] = []
    monkeypatch.setattr(
        students_page, "open_growth_file", lambda ctx, parent, sid: opened.append(sid)
    )
    window.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Tab)  # the filters follow the search box
    assert page.filter_bar.grade_combo.hasFocus()
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "zsf")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # opens once the search has run
    qtbot.waitUntil(lambda: opened == [roster.ids["张三丰"]], timeout=TIMEOUT)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    assert page.search_edit.text() == ""
    wait_rows(qtbot, page, 6)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(names(page).index("李四"), 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened[-1] == roster.ids["李四"]
    rect = page.table.visualRect(page.model.index(names(page).index("王五"), 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == roster.ids["王五"]


@pytest.mark.skipif(not growth_window_available(), reason="app.ui.growth.open_student not there")
def test_enter_opens_the_growth_file(qtbot, make_controller, station_info, roster, monkeypatch):
    import app.ui.growth as growth_ui

    _, page = open_students(qtbot, make_controller, station_info, 6)
    opened: list[int] = []
    real = growth_ui.open_student

    def spy(ctx, parent, student_id):
        opened.append(student_id)
        return real(ctx, parent, student_id)

    monkeypatch.setattr(growth_ui, "open_student", spy)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(names(page).index("张三丰"), 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [roster.ids["张三丰"]]


# --- importing the roster --------------------------------------------------------------------


def test_import_roster_with_errors_then_valid_rows_only(qtbot, make_controller, station_info):
    _, page = open_students(qtbot, make_controller, station_info, 0)
    qtbot.waitUntil(lambda: page.empty_hint.isVisible(), timeout=TIMEOUT)
    assert "导入名册" in page.empty_hint.text()
    dialogs.preset("open_file", MESSY_ROSTER)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.importer.dialog is not None, timeout=TIMEOUT)
    report = page.importer.dialog
    assert sorted({line[0] for line in report.error_model.lines}) == MESSY_ERROR_ROWS
    assert "6 行有问题" in report.summary.text()
    for _row, column, problem in report.error_model.lines:
        assert column and problem and not problem.isascii()
    assert not report.import_button.isEnabled() and report.valid_button.isEnabled()
    assert page.model.rows == []  # the check wrote nothing
    dialogs.preset("info")
    qtbot.mouseClick(report.valid_button, Qt.MouseButton.LeftButton)
    wait_rows(qtbot, page, 34)
    assert not page.empty_hint.isVisible()
    kind, text = dialogs.shown[-1]
    assert kind == "info" and "新增 34 名学生" in text and "6 行" in text


def test_row_problems_are_translated_with_their_details():
    rows: list[list[object]] = [
        ["姓名", "性别", "学籍号", "出生日期", "重点群体", "年级", "班级"],
        ["张三", "男", "G330602201201010001", "2012-02-30", "留守、外星人", "七年级", "1"],
        ["李四", "?", "G330602201201010001", "2012-03", "", "", "实验班"],
    ]
    parsed = parse_roster(rows, find_header(rows, ROSTER_SPEC), date(2026, 3, 1))
    assert [(e.row, e.field, e.code) for e in parsed.errors] == [
        (2, "student_number", "duplicate"),
        (3, "gender", "format"),
    ]
    assert error_lines(parsed.errors) == [
        (2, "学籍号", "第 3 行也有相同的学籍号。"),
        (2, "出生日期", "没有这个日期。"),
        (2, "重点群体", "第 2 项不是已知的重点群体（例如：留守、贫困）。"),
        (3, "性别", "无法识别（请填写“男”或“女”）。"),
        (3, "学籍号", "第 2 行也有相同的学籍号。"),
        (3, "出生日期", "缺少日（请写成如 2011-03-05）。"),
        (3, "年级", "无法判断年级：请填写“年级”列。"),
    ]


def test_a_refused_file_is_explained_in_chinese(
    qtbot, make_controller, station_info, tmp_path: Path
):
    _, page = open_students(qtbot, make_controller, station_info, 0)
    old = tmp_path / "名册.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 not really")
    dialogs.preset("open_file", old)
    dialogs.preset("error")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(k == "error" for k, _ in dialogs.shown), timeout=TIMEOUT)
    assert ".xlsx" in dialogs.shown[-1][1] and "另存为" in dialogs.shown[-1][1]
    assert page.importer.dialog is None
