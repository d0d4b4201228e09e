"""MHT screening sheets as testing platforms export them: columns, layouts, rows, reading.

Pure: rows of cell values in (``app.services.spreadsheets``), ``ScreeningRow`` and
``RowError`` out. Header matching, cell cleaning and dates are the roster import's
(``app.domain.tabular``); what is new here is that platforms name the same columns in
many ways, so the columns a sheet uses are a *layout*: found automatically where the
names are known, completed by the user's mapping for the others, and remembered per
layout under a fingerprint of the normalized header row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.mht import MHT_SCALES
from app.domain.roster import ROSTER_COLUMNS
from app.domain.tabular import (
    HEADER_SCAN_ROWS,
    Header,
    HeaderSpec,
    Row,
    clean,
    header_key,
    match_header,
)
from app.errors import Problem, ValidationError

INSTRUMENT = "MHT"
REPORTER = "MHT筛查"  # who raised a flag accepted from a screening suggestion

SCALE_LABELS: dict[str, str] = {
    "learning_anxiety": "学习焦虑",
    "social_anxiety": "对人焦虑",
    "loneliness": "孤独倾向",
    "self_blame": "自责倾向",
    "sensitivity": "过敏倾向",
    "physical": "身体症状",
    "phobia": "恐怖倾向",
    "impulsiveness": "冲动倾向",
}
# Highest raw score of each content scale (items on it) and of the validity scale.
SCALE_MAX: dict[str, int] = {
    "learning_anxiety": 15,
    "social_anxiety": 10,
    "loneliness": 10,
    "self_blame": 10,
    "sensitivity": 10,
    "physical": 15,
    "phobia": 10,
    "impulsiveness": 10,
    "validity": 10,
    "total": 100,
}
SCORE_FIELDS: tuple[str, ...] = (*MHT_SCALES, "validity", "total")
IDENTITY_FIELDS = ("student_number", "name", "grade", "class_name")

_SCALE_STEMS: dict[str, tuple[str, ...]] = {
    "learning_anxiety": ("学习焦虑", "学习焦虑倾向"),
    "social_anxiety": ("对人焦虑", "人际焦虑", "社交焦虑", "对人焦虑倾向"),
    "loneliness": ("孤独倾向", "孤独"),
    "self_blame": ("自责倾向", "自责"),
    "sensitivity": ("过敏倾向", "过敏"),
    "physical": ("身体症状", "躯体症状", "身体症状倾向"),
    "phobia": ("恐怖倾向", "恐怖", "恐惧倾向"),
    "impulsiveness": ("冲动倾向", "冲动"),
}
_SCALE_LETTERS = dict(zip(MHT_SCALES, "ABCDEFGH", strict=True))
_SUFFIXES = ("", "标准分", "得分", "分", "分数", "量表", "因子")


def _scale_aliases(scale: str) -> tuple[str, ...]:
    """学习焦虑, 学习焦虑标准分, A学习焦虑, A.学习焦虑得分 … (preferred name first)."""
    letter = _SCALE_LETTERS[scale]
    prefixes = ("", letter, f"{letter}.", f"{letter}、")
    return tuple(
        prefix + stem + suffix
        for prefix in prefixes
        for stem in _SCALE_STEMS[scale]
        for suffix in _SUFFIXES
    )


SCREENING_COLUMNS: dict[str, tuple[str, ...]] = {
    "student_number": ROSTER_COLUMNS["student_number"] + ("学生编号", "学籍"),
    "name": ("姓名", "学生姓名", "被试姓名", "真实姓名", "被试", "测试者"),
    "grade": ("年级", "所在年级", "年级名称"),
    "class_name": ("班级", "班别", "所在班级", "班级名称", "行政班", "班"),
    "taken_on": (
        "测试日期", "测评日期", "施测日期", "筛查日期", "测验日期", "答题日期", "测试时间",
        "测评时间", "答题时间", "完成时间", "提交时间", "交卷时间", "日期",
    ),
    **{scale: _scale_aliases(scale) for scale in MHT_SCALES},
    "validity": (
        "效度", "效度量表", "效度分", "效度得分", "测谎", "测谎量表", "测谎分", "测谎得分",
        "效度量表得分", "测谎量表得分", "L量表", "效度测谎", "效度量表测谎",
    ),
    "total": (
        "总分", "总焦虑", "总焦虑分", "总焦虑倾向", "总焦虑倾向分", "总焦虑倾向得分",
        "全量表总分", "全量表", "MHT总分", "焦虑总分", "总得分", "内容量表总分",
    ),
}  # fmt: skip
SCREENING_SPEC = HeaderSpec(SCREENING_COLUMNS, frozenset({"name"}))

# Columns platforms add that the import knowingly leaves aside (not "unknown").
IGNORED_HEADERS = frozenset(
    (
        "序号", "编号", "性别", "年龄", "学校", "学校名称", "民族", "出生日期", "出生年月",
        "用时", "答题用时", "测试用时", "备注", "结果", "测评结果", "结论", "评语", "解释",
        "预警", "预警等级", "是否预警", "手机号", "联系电话", "学段", "账号",
    )
)  # fmt: skip

FIELD_LABELS: dict[str, str] = {
    "student_number": "学籍号",
    "name": "姓名",
    "grade": "年级",
    "class_name": "班级",
    "taken_on": "测试日期",
    **SCALE_LABELS,
    "validity": "效度(测谎)",
    "total": "总分",
}
IGNORE = ""  # mapping value: leave this column aside


def field_for(text: str) -> str | None:
    """A field key from what a user typed: the key itself or its Chinese label."""
    text = text.strip()
    if text in FIELD_LABELS:
        return text
    by_label = {header_key(label): key for key, label in FIELD_LABELS.items()}
    by_label["效度"] = "validity"
    return by_label.get(header_key(text))


class ColumnSource(StrEnum):
    AUTO = "auto"  # a known column name
    REMEMBERED = "remembered"  # mapped by the user for this layout before
    USER = "user"  # mapped in this call
    IGNORED = "ignored"  # a column the import knowingly leaves aside
    UNKNOWN = "unknown"  # not understood: listed so the user can map it


@dataclass(frozen=True, slots=True)
class LayoutColumn:
    index: int  # 0-based
    text: str  # the header as the file writes it
    key: str  # the header reduced for matching (mapping keys use this)
    field: str | None
    source: ColumnSource
    chosen: bool = False  # decided by the user (now or remembered): kept for the layout


@dataclass(frozen=True, slots=True)
class Layout:
    """The columns of a sheet and what each one holds."""

    header: Header
    columns: tuple[LayoutColumn, ...]
    fingerprint: str

    @property
    def unknown(self) -> tuple[LayoutColumn, ...]:
        return tuple(c for c in self.columns if c.source is ColumnSource.UNKNOWN)

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(self.header.columns)

    def missing(self) -> list[str]:
        """Fields the import cannot do without, as user-facing labels."""
        have = self.fields
        missing = [FIELD_LABELS[s] for s in MHT_SCALES if s not in have]
        if "student_number" not in have and not {"name", "class_name"} <= have:
            missing.insert(0, "学籍号(或 姓名+班级)")
        return missing


def fingerprint(header_row: Row) -> str:
    """The same for every file of one layout: normalized header texts, in order."""
    keys = [header_key(cell) for cell in header_row]
    while keys and not keys[-1]:
        keys.pop()
    return hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()[:16]


def find_layout_header(rows: Sequence[Row]) -> Header | None:
    """The header row: the first of the top rows naming the most known columns (at least
    three), so a title or "制表日期" line above it is passed over."""
    best: Header | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        found = match_header(row, SCREENING_SPEC)
        if len(found.columns) >= 3 and (best is None or len(found.columns) > len(best.columns)):
            best = Header(index, found.columns, found.labels)
    return best


def _auto_source(key: str, field_name: str | None) -> ColumnSource:
    if field_name is not None:
        return ColumnSource.AUTO
    return ColumnSource.IGNORED if not key or key in IGNORED_HEADERS else ColumnSource.UNKNOWN


def check_mapping(mapping: Mapping[str, str]) -> None:
    problems = [
        Problem("mapping", "unknown_field", f"unknown field {value!r}", {"column": key})
        for key, value in mapping.items()
        if value != IGNORE and value not in FIELD_LABELS
    ]
    if problems:
        raise ValidationError(problems)


def build_layout(
    rows: Sequence[Row],
    header: Header,
    remembered: Mapping[str, str] | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Layout:
    """The layout of a sheet: known columns, then the remembered mapping of this layout,
    then ``mapping`` (header key -> field, or ``IGNORE``); a later one wins a column and
    takes a field away from any other column."""
    row = rows[header.index]
    found = _Assignments({column: name for name, column in header.columns.items()})
    for given, source in ((remembered, ColumnSource.REMEMBERED), (mapping, ColumnSource.USER)):
        for column, name in _mapped_columns(row, given or {}):
            found.assign(column, name, source)
    columns = tuple(found.column(row, i) for i in range(len(row)))
    fields = {c.field: c.index for c in columns if c.field}
    labels = {name: clean(row[column]) for name, column in fields.items()}
    return Layout(Header(header.index, fields, labels), columns, fingerprint(row))


def _mapped_columns(row: Row, mapping: Mapping[str, str]) -> Iterator[tuple[int, str]]:
    keys = [header_key(cell) for cell in row]
    for key, name in mapping.items():
        if key in keys:
            yield keys.index(key), name


class _Assignments:
    """Which column holds which field, and who said so."""

    def __init__(self, auto: dict[int, str]) -> None:
        self.by_column = dict(auto)
        self.sources = dict.fromkeys(auto, ColumnSource.AUTO)
        self.chosen: set[int] = set()

    def assign(self, column: int, name: str, source: ColumnSource) -> None:
        for other, other_name in list(self.by_column.items()):
            if name and other_name == name and other != column:
                self.by_column[other] = IGNORE  # displaced: known, left aside
                self.sources[other] = ColumnSource.IGNORED
        self.by_column[column] = name
        self.sources[column] = source if name else ColumnSource.IGNORED
        self.chosen.add(column)

    def column(self, row: Row, index: int) -> LayoutColumn:
        key = header_key(row[index])
        name = self.by_column.get(index) or None
        source = self.sources.get(index) or _auto_source(key, name)
        return LayoutColumn(index, clean(row[index]), key, name, source, index in self.chosen)
