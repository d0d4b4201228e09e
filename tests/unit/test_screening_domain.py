"""The pure rules of screening sheets: column names, layouts, rows, matching, reading."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.enums import Gender, StudentStatus, WarningLevel
from app.domain.mht import MhtThresholds, read_mht
from app.domain.screening import (
    ColumnSource,
    build_layout,
    field_for,
    find_layout_header,
    fingerprint,
)
from app.domain.screening_match import Directory, class_key, match_rows
from app.domain.screening_review import interpret, may_suggest, thresholds_from_json
from app.domain.screening_rows import ScreeningRow, parse_score, parse_sheet
from app.domain.student import RosterRow
from app.domain.tabular import CellError
from app.errors import ValidationError

SCALES = [
    "学习焦虑",
    "对人焦虑",
    "孤独倾向",
    "自责倾向",
    "过敏倾向",
    "身体症状",
    "恐怖倾向",
    "冲动倾向",
]
TODAY = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("grade", "klass"),
    [
        ("七年级", "3"),
        ("七年级", "3班"),
        ("初一", "(3)班"),
        ("", "七年级3班"),
        ("7年级", "（３）班"),
    ],
)
def test_class_cells_meet(grade: str, klass: str) -> None:
    assert class_key(grade, klass) == ("七年级", "3")


def test_class_without_grade_keeps_only_the_number() -> None:
    assert class_key("", "3班") == ("", "3")
    assert class_key("", "") is None


def test_field_names_and_labels() -> None:
    assert field_for("impulsiveness") == "impulsiveness"
    assert field_for("冲动倾向") == "impulsiveness"
    assert field_for(" 效度 ") == "validity"
    assert field_for("学籍号") == "student_number"
    assert field_for("无此列") is None


def test_fingerprint_ignores_spacing_and_trailing_blanks() -> None:
    assert fingerprint(["姓名", " 学习焦虑 ", None]) == fingerprint(["姓 名", "学习焦虑"])
    assert fingerprint(["姓名", "学习焦虑"]) != fingerprint(["学习焦虑", "姓名"])


def _sheet(header: list[object], *rows: list[object]) -> list[list[object]]:
    return [["某平台导出"], [], header, *rows]


def test_header_below_a_title_and_variants_of_names() -> None:
    header = [
        "姓名",
        "班级",
        "A.学习焦虑得分",
        "人际焦虑",
        "孤独",
        "自责倾向",
        "过敏倾向标准分",
        "躯体症状",
        "恐怖倾向",
        "冲动倾向",
        "测谎量表",
        "总焦虑倾向",
        "用时",
        "奇怪列",
    ]
    rows = _sheet(header)
    found = find_layout_header(rows)
    assert found is not None and found.index == 2
    layout = build_layout(rows, found)
    assert layout.missing() == []
    sources = {c.text: c.source for c in layout.columns}
    assert sources["用时"] is ColumnSource.IGNORED and sources["奇怪列"] is ColumnSource.UNKNOWN
    assert layout.header.columns["learning_anxiety"] == 2


def test_a_user_mapping_takes_a_field_from_another_column() -> None:
    rows = _sheet(["姓名", "班级", *SCALES, "总分", "总分2"])
    layout = build_layout(rows, find_layout_header(rows), mapping={"总分2": "total"})  # type: ignore[arg-type]
    assert layout.header.columns["total"] == 11
    sources = {c.text: c.source for c in layout.columns}
    assert sources["总分"] is ColumnSource.IGNORED and sources["总分2"] is ColumnSource.USER


def test_rows_scores_dates_and_problems() -> None:
    rows = _sheet(
        ["学籍号", "姓名", "测试日期", *SCALES, "效度"],
        ["G001", "张三", "2026/10/12", *range(8), 3],
        ["G002", "李四", "2026-13-01", 1, 2, 3, 4, 5, 6, 7, 99, 1],
        ["G003", "王五", None, *([None] * 9)],
        ["合计：3人"],
    )
    layout = build_layout(rows, find_layout_header(rows))  # type: ignore[arg-type]
    parsed = parse_sheet(rows, layout, None, TODAY)
    (first,) = parsed.rows
    assert (first.taken_on, first.total, first.validity) == (date(2026, 10, 12), 28, 3)
    (error,) = parsed.errors
    assert error.row == 5 and [p.field for p in error.problems] == ["taken_on", "impulsiveness"]
    assert (parsed.absent, parsed.read) == ([6], 3)


def test_parse_score() -> None:
    assert (parse_score(8, 10), parse_score("８", 10), parse_score("8.0", 10)) == (8, 8, 8)
    assert parse_score(" ", 10) is None
    for bad in ("8.5", "高", -1, 11):
        with pytest.raises(CellError):
            parse_score(bad, 10)


def _roster_row(student_id: int, number: str, name: str, class_id: int, klass: str) -> RosterRow:
    return RosterRow(
        student_id,
        number,
        name,
        Gender.MALE,
        1,
        "七年级",
        class_id,
        klass,
        StudentStatus.IN_SCHOOL,
        frozenset(),
        WarningLevel.CLEAR,
        None,
        None,
    )


def _row(n: int, number: str, name: str, klass: str, learning: int = 1) -> ScreeningRow:
    return ScreeningRow(n, number, name, "", klass, TODAY, {"learning_anxiety": learning}, 1, 0)


def test_matching_by_number_then_by_name_within_the_class() -> None:
    directory = Directory(
        [
            _roster_row(1, "G001", "张三", 10, "七年级(1)班"),
            _roster_row(2, "G002", "李四", 10, "七年级(1)班"),
            _roster_row(3, "G003", "李四", 10, "七年级(1)班"),
        ]
    )
    result = match_rows(
        [
            _row(1, "G001", "张三", ""),
            _row(2, "X99", "张三", "七年级1班"),  # school number: by name (and a duplicate)
            _row(3, "G001", "王二", ""),  # number of someone else
            _row(4, "", "李四", "七年级(1)班"),  # two of them
            _row(5, "", "赵六", ""),  # no class
        ],
        directory,
    )
    assert [(m.record.row, m.student_id) for m in result.matched] == [(1, 1)]
    assert result.duplicates == [2]
    assert [(u.row, u.reason) for u in result.unmatched] == [
        (3, "name_mismatch"),
        (4, "ambiguous"),
        (5, "no_class"),
    ]
    clash = match_rows([_row(1, "G001", "张三", ""), _row(2, "G001", "", "", 9)], directory)
    assert clash.matched == [] and [e.row for e in clash.conflicts] == [1, 2]


def test_reading_and_thresholds() -> None:
    limits = MhtThresholds()
    reading = read_mht({"learning_anxiety": 9}, 40, 2, limits)
    assert interpret(reading, 40, 2, limits) == "学习焦虑分量表得分达到8分，为异常，建议关注"
    assert may_suggest(WarningLevel.BLUE) and not may_suggest(WarningLevel.YELLOW)
    assert thresholds_from_json({"validity_max": 6, "total_plan": 60, "scale_abnormal": 9}) == (
        MhtThresholds(6, 60, 9)
    )
    with pytest.raises(ValidationError):
        thresholds_from_json({"total_plan": 0})
