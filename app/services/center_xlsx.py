"""The center's views as an .xlsx workbook for the county's own reporting (openpyxl)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from app.atomic import atomic_writer
from app.domain.labels import label
from app.services.center_views import CenterViews
from app.sync.vocabulary import OPEN_LEVELS

LEVEL_HEADERS = [label(level) for level in OPEN_LEVELS]


def _sheet(
    book: Workbook, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    sheet = book.create_sheet(title)
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    sheet.freeze_panes = "A2"


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def _levels(result: CenterViews) -> list[list[Any]]:
    rows = []
    for row in result.levels:
        hidden = sum(row.hidden.values())
        rows.append([row.school, row.period, *(row.counts[lv] for lv in OPEN_LEVELS), hidden])
    return rows


def write(result: CenterViews, path: Path) -> Path:
    book = Workbook()
    book.remove(book.active)
    _sheet(book, "预警趋势", ["学校", "期间", *LEVEL_HEADERS, "隐藏学校数"], _levels(result))
    _sheet(
        book,
        "逾期个案",
        ["学校", "化名编号", "级别", "年级/学段", "性别", "预警天数", "距最近跟进天数",
         "逾期天数", "逾期事项", "已转介", "有计划", "数据日期"],
        [[r.school, r.pseudonym, label(r.level), r.grade, r.gender, r.days_since_flagged,
          r.days_since_follow_up, r.days_overdue, r.overdue_actions, r.referred,
          r.plan_in_place, r.as_of] for r in result.overdue],
    )  # fmt: skip
    _sheet(
        book,
        "家访与筛查",
        ["学校", "期间", "数据日期", "在校人数", "已家访", "家访率%", "已筛查", "筛查率%",
         "异常", "异常率%"],
        [[r.school, r.period, r.as_of, r.students, r.visited, _percent(r.visit_rate),
          r.screened, _percent(r.screen_rate), r.abnormal, _percent(r.abnormal_rate)]
         for r in result.coverage],
    )  # fmt: skip
    _sheet(
        book,
        f"未报送{result.period}",
        ["学校", "学校编号", "最近一次报送期间"],
        [[r.school, r.station_id, r.last_period] for r in result.missing],
    )
    with atomic_writer(Path(path), 0o600) as handle:
        book.save(handle)
    return Path(path)
