"""心理测评 the Screening page on a real station: importing a sheet through the mapping
preview, the review list of suggested yellow flags (accept in bulk, dismiss with a
reason), coverage per class, the thresholds, and the files it refuses."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import Role, SourceLevel, WarningLevel
from app.domain.mht import MhtThresholds
from app.domain.screening_review import SuggestionStatus
from app.services import growth, screening, screening_review, students
from app.services.students import RosterFilter
from app.ui import dialogs
from tests.ui.growth_helpers import prepare, type_into
from tests.ui.helpers import TIMEOUT, unlock_with, wait_for_main_window, wait_for_unlock_dialog
from tests.ui.screening_helpers import (
    add_school,
    cells,
    choose,
    import_and_wait,
    open_preview,
    open_screening,
    reload,
    select_rows,
    sheet_a,
    wait_checked,
    wait_loaded,
)
from tests.ui.test_dashboard_page import OTHER_PASSWORD, add_account, open_main, run
from tests.ui.test_lock import lock_and_wait

UNMATCHED = {"陈不在", "林外校", "张冒名"}


@pytest.fixture
def school(station_info):
    add_school(station_info)
    return station_info


def stored_results(qtbot, window) -> int:
    """Screening results stored this semester, counted through the coverage service."""
    lines = run(qtbot, window, screening_review.screening_coverage)
    return sum(line.screened for line in lines)


def yellow_names(qtbot, window) -> set[str]:
    rows = run(qtbot, window, students.roster, RosterFilter(level=WarningLevel.YELLOW))
    return {row.name for row in rows}


# --- the acceptance journey ---------------------------------------------------------------


def test_import_map_a_column_accept_two_dismiss_one(qtbot, make_controller, school, tmp_path):
    sheet = sheet_a(tmp_path, {"冲动倾向": "冲动性"})
    window, page = open_screening(qtbot, make_controller, school)
    assert page.review.model.rows == [] and stored_results(qtbot, window) == 0

    dialog = open_preview(qtbot, page, sheet)
    (unknown,) = dialog.preview.unknown
    assert unknown.text == "冲动性"
    assert "冲动倾向" in dialog.missing_label.text() and dialog.missing_label.isVisible()
    assert dialog.states[unknown.index].text() == "未识别：请选择该列的内容"
    assert not dialog.import_button.isEnabled()  # a scale is still missing

    choose(dialog.combos[unknown.index], "impulsiveness")
    wait_checked(qtbot, dialog)
    assert dialog.preview.missing == () and dialog.missing_label.isHidden()
    assert dialog.mapping() == {"冲动性": "impulsiveness"}
    names = {line.name for line in dialog.problem_model.rows}
    assert names >= UNMATCHED  # students not in the roster are listed before importing
    assert "20" in dialog.summary.text()

    result = import_and_wait(qtbot, page, dialog)
    assert result.report.imported == 20 and result.report.suggested == 3
    assert "20" in result.summary.text()
    listed = {line.name: line.what for line in result.problem_model.rows}
    assert set(listed) >= UNMATCHED and listed["陈不在"] == "花名册中没有这名学生"
    qtbot.mouseClick(result.findChild(type(page.refresh_button), "closeButton"), Qt.LeftButton)

    review = page.review
    qtbot.waitUntil(lambda: len(review.model.rows) == 3, timeout=TIMEOUT)
    assert "3 条建议" in page.summary.text()
    by_name = {line.student_name: n for n, line in enumerate(review.model.rows)}
    first, second, third = sorted(by_name)
    select_rows(review.table, [by_name[first], by_name[second]])
    assert review.accept_button.isEnabled() and not review.dismiss_button.isEnabled()
    dialogs.preset("ask", True)
    qtbot.mouseClick(review.accept_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(review.model.rows) == 1, timeout=TIMEOUT)
    asked = [text for kind, text in dialogs.shown if kind == "ask"]
    assert len(asked) == 1 and "2" in asked[0]  # one confirmation for both
    assert page.message.text() == "已设置 2 个黄色预警。"

    select_rows(review.table, [0])
    qtbot.mouseClick(review.dismiss_button, Qt.LeftButton)
    reason = review.reason_dialog
    assert reason is not None and reason.isVisible() and not reason.ok_button.isEnabled()
    type_into(qtbot, reason.reason_edit, "已在个别辅导中")
    qtbot.mouseClick(reason.ok_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: review.model.rows == [] and not page.loading, timeout=TIMEOUT)
    assert third in page.message.text()

    # what the services say now
    assert run(qtbot, window, screening_review.pending_count) == 0
    accepted = run(qtbot, window, screening_review.suggestions, SuggestionStatus.ACCEPTED)
    assert {line.student_name for line in accepted} == {first, second}
    dismissed = run(qtbot, window, screening_review.suggestions, SuggestionStatus.DISMISSED)
    assert [(d.student_name, d.suggestion.note) for d in dismissed] == [(third, "已在个别辅导中")]
    assert yellow_names(qtbot, window) == {first, second}
    flag_file = run(qtbot, window, growth.open_growth_file, accepted[0].suggestion.student_id)
    flag = flag_file.flags[-1]
    assert (flag.level, flag.source, flag.reporter) == (
        WarningLevel.YELLOW,
        SourceLevel.EXTERNAL,
        "MHT筛查",
    )
    assert stored_results(qtbot, window) == 20
    assert page.summary.text() == "0 条建议预警待审核 · 本学期 36 名学生中已测评 20 人（55%）"

    again = run(qtbot, window, screening.preview_screening, sheet)
    assert again.remembered and again.missing == () and again.unknown == ()  # remembered


def test_reimporting_the_same_file_changes_nothing(qtbot, make_controller, school, tmp_path):
    sheet = sheet_a(tmp_path)
    window, page = open_screening(qtbot, make_controller, school)
    dialog = open_preview(qtbot, page, sheet)
    assert dialog.preview.unknown == () and dialog.import_button.isEnabled()
    import_and_wait(qtbot, page, dialog).accept()
    qtbot.waitUntil(lambda: len(page.review.model.rows) == 3, timeout=TIMEOUT)

    dialog = open_preview(qtbot, page, sheet)
    assert "再次导入不会改变任何内容" in dialog.summary.text()
    result = import_and_wait(qtbot, page, dialog)
    assert (result.report.imported, result.report.already_stored) == (0, 20)
    assert result.summary.text().startswith("没有新结果")
    reload(qtbot, page)
    assert len(page.review.model.rows) == 3 and stored_results(qtbot, window) == 20


# --- nothing dropped, nothing half-written ------------------------------------------------


def test_students_not_in_the_roster_are_listed(qtbot, make_controller, school, tmp_path):
    window, page = open_screening(qtbot, make_controller, school)
    dialog = open_preview(qtbot, page, sheet_a(tmp_path))
    before = {line.row: line for line in dialog.problem_model.rows}
    assert {before[row].name for row in (12, 31, 32)} == UNMATCHED
    result = import_and_wait(qtbot, page, dialog)
    rows = cells(result.problem_model)
    assert [row[0] for row in rows] == ["9", "10", "11", "12", "13", "15", "31", "32"]
    by_row = {row[0]: row for row in rows}
    assert by_row["31"][1:3] == ["陈不在", "七年级(1)班"]
    assert by_row["31"][4] == by_row["32"][4] == "花名册中没有这名学生"
    assert by_row["12"][1] == "张冒名"
    assert by_row["12"][4] == "姓名与花名册中该学籍号的姓名不一致"
    assert by_row["9"][4] == "与前面某行重复（只导入一次）"
    assert by_row["15"][4] == "没有得分（缺考？）"
    assert by_row["10"][4] == "第 11 行有同一学生同一日期的不同结果"
    assert by_row["13"][4] == "学习焦虑: 格式不正确。"
    assert "有 8 行未导入" in result.summary.text()
    assert result.problem_table.isVisibleTo(result)
    # 28 rows read: 20 imported + 8 listed (the A06 pair counts as two)
    assert result.report.rows == result.report.imported + len(rows)
    assert stored_results(qtbot, window) == 20


def garbage_xlsx(folder):
    path = folder / "成绩.xlsx"
    path.write_bytes(b"PK\x03\x04 this is no workbook " * 40)
    return path


def no_header_csv(folder):
    path = folder / "名单.csv"
    path.write_text("姓名,性别\n张三,男\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make", "sentence"),
    [
        (garbage_xlsx, "工作簿已损坏或不完整"),
        (no_header_csv, "没有找到包含必需列名的表头行"),
    ],
)
def test_a_garbage_file_is_refused_in_chinese(
    qtbot, make_controller, school, tmp_path, make, sentence
):
    window, page = open_screening(qtbot, make_controller, school)
    dialogs.preset("open_file", make(tmp_path))
    dialogs.preset("message")
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "error" for kind, _ in dialogs.shown), timeout=TIMEOUT)
    ((_, text),) = [(k, t) for k, t in dialogs.shown if k == "error"]
    assert sentence in text and "Error" not in text and "Traceback" not in text
    assert page.importer.dialog is None and page.importer.result is None
    assert stored_results(qtbot, window) == 0
    assert run(qtbot, window, screening_review.pending_count) == 0


def test_cancelling_the_preview_imports_nothing(qtbot, make_controller, school, tmp_path):
    sheet = sheet_a(tmp_path, {"冲动倾向": "冲动性"})
    window, page = open_screening(qtbot, make_controller, school)
    dialog = open_preview(qtbot, page, sheet)
    choose(dialog.combos[dialog.preview.unknown[0].index], "impulsiveness")
    wait_checked(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)
    assert not dialog.isVisible()
    reload(qtbot, page)
    assert page.importer.result is None and page.review.model.rows == []
    assert stored_results(qtbot, window) == 0
    assert run(qtbot, window, screening_review.pending_count) == 0
    preview = run(qtbot, window, screening.preview_screening, sheet)
    assert not preview.remembered and preview.missing == ("冲动倾向",)  # nothing remembered


def test_a_sheet_without_a_date_takes_the_date_given(qtbot, make_controller, school, tmp_path):
    scales = "学习焦虑,对人焦虑,孤独倾向,自责倾向,过敏倾向,身体症状,恐怖倾向,冲动倾向"
    header = f"学籍号,姓名,班级,{scales},效度,总分"
    rows = [header, "G3306022013650004,,七年级(1)班,1,2,3,1,2,3,1,2,1,15"]
    path = tmp_path / "no_date.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    window, page = open_screening(qtbot, make_controller, school)
    dialog = open_preview(qtbot, page, path)
    wait_checked(qtbot, dialog)
    assert dialog.date_row.isVisibleTo(dialog) and dialog.import_button.isEnabled()
    day = date.today() - timedelta(days=3)
    dialog.date_edit.setDate(day)
    wait_checked(qtbot, dialog)
    result = import_and_wait(qtbot, page, dialog)
    assert result.report.imported == 1
    student_id = run(qtbot, window, students.resolve, "G3306022013650004")
    file = run(qtbot, window, growth.open_growth_file, student_id)
    assert [s.taken_on for s in file.screenings] == [day]


# --- coverage -----------------------------------------------------------------------------


def test_coverage_per_class_lists_who_has_no_result(qtbot, make_controller, school, tmp_path):
    window, page = open_screening(qtbot, make_controller, school)
    import_and_wait(qtbot, page, open_preview(qtbot, page, sheet_a(tmp_path))).accept()
    qtbot.waitUntil(lambda: len(page.review.model.rows) == 3, timeout=TIMEOUT)
    box = page.coverage
    assert cells(box.class_model) == [
        ["七年级(1)班", "12", "8", "4", "66%"],
        ["七年级(2)班", "12", "12", "0", "100%"],
        ["八年级(1)班", "12", "0", "12", "0%"],
    ]
    box.class_table.selectRow(0)
    assert len(box.missing_model.rows) == 4
    assert box.missing_label.text() == "七年级(1)班：12 名学生中有 4 人本学期尚无测评结果。"
    services = run(qtbot, window, screening_review.screening_coverage)
    first = next(c for c in services if c.class_name == "七年级(1)班")
    assert {r.name for r in box.missing_model.rows} == {r.name for r in first.missing}

    qtbot.mouseClick(box.link_button, Qt.LeftButton)
    assert window.current_key() == "students"
    criteria = window.pages["students"].filter_bar.criteria()
    assert (criteria.class_id, criteria.unscreened) == (first.class_id, True)


# --- thresholds and who sees what ---------------------------------------------------------


def test_thresholds_are_editable_and_used_by_the_next_import(
    qtbot, make_controller, school, tmp_path
):
    window, page = open_screening(qtbot, make_controller, school)
    box = page.thresholds
    assert box.values() == MhtThresholds() and not box.save_button.isEnabled()
    box.scale.setValue(13)
    assert box.save_button.isEnabled() and box.stash_input() == {
        "validity_max": 7,
        "total_plan": 65,
        "scale_abnormal": 13,
    }
    qtbot.mouseClick(box.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not box.dirty() and page.message.isVisible(), timeout=TIMEOUT)
    assert run(qtbot, window, screening_review.thresholds) == MhtThresholds(scale_abnormal=13)
    assert page.message.text() == "判定标准已保存，将用于之后的导入。"
    result = import_and_wait(qtbot, page, open_preview(qtbot, page, sheet_a(tmp_path)))
    assert result.report.suggested == 1  # only A01 (total 70) is left


def test_a_leader_sees_coverage_counts_only(qtbot, make_controller, school, tmp_path):
    def fill(session):
        screening.import_screening(session, sheet_a(tmp_path))
        add_account(session, "boss", Role.LEADER)

    prepare(school, fill)
    _, page = open_screening(qtbot, make_controller, school, "boss", OTHER_PASSWORD)
    assert page.data.review is None
    for hidden in (page.import_button, page.review, page.thresholds, page.coverage.missing_table):
        assert not hidden.isVisibleTo(page)
    assert [row[2] for row in cells(page.coverage.class_model)] == ["8", "12", "0"]
    assert page.coverage.missing_model.rows == []  # no names for a leader
    assert page.summary.text() == "本学期 36 名学生中已测评 20 人（55%）"


def test_accept_all_asks_once_and_no_means_nothing(qtbot, make_controller, school, tmp_path):
    window, page = open_screening(qtbot, make_controller, school)
    import_and_wait(qtbot, page, open_preview(qtbot, page, sheet_a(tmp_path))).accept()
    review = page.review
    qtbot.waitUntil(lambda: len(review.model.rows) == 3, timeout=TIMEOUT)
    dialogs.preset("ask", False)
    qtbot.mouseClick(review.accept_all_button, Qt.LeftButton)
    assert run(qtbot, window, screening_review.pending_count) == 3
    assert yellow_names(qtbot, window) == set()

    dialogs.preset("ask", True)
    qtbot.mouseClick(review.accept_all_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: review.model.rows == [] and not page.loading, timeout=TIMEOUT)
    asked = [text for kind, text in dialogs.shown if kind == "ask"]
    assert asked == ["为这 3 名学生分别设置黄色预警吗？"] * 2
    assert len(yellow_names(qtbot, window)) == 3
    assert not review.accept_all_button.isEnabled()
    assert review.hint.text() == "没有待审核的建议预警。"


def test_unsaved_thresholds_survive_a_lock(qtbot, make_controller, school):
    controller, window = open_main(qtbot, make_controller, school)
    page = window.show_page("screening")
    wait_loaded(qtbot, page)
    page.thresholds.total.setValue(60)
    lock_and_wait(qtbot, controller)
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), school.password)
    again = wait_for_main_window(qtbot, controller)
    assert again.current_key() == "screening"
    page = again.pages["screening"]
    wait_loaded(qtbot, page)
    assert page.thresholds.total.value() == 60 and page.thresholds.save_button.isEnabled()
    assert run(qtbot, again, screening_review.thresholds) == MhtThresholds()  # not saved
