"""县级心理健康工作情况报告: the county center's report across schools for a period —
anonymized figures only (no student names, numbers or free text ever reach it).

Drawn over a small explicit input (``CountyReportInput``) so that whatever gathers the
figures — the center's bundle import — only has to fill it in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.domain.enums import WarningLevel
from app.domain.labels import label
from app.errors import ValidationError
from app.reports.charts import (
    OPEN_LEVELS,
    SHORT_LABELS,
    percent_bar_chart,
    stacked_level_chart,
)
from app.reports.layout import (
    DocInfo,
    Styles,
    fields_table,
    percent,
    render,
    section,
    table_section,
    text,
    title_block,
)

TITLE = "县域学校心理健康工作情况报告"


@dataclass(frozen=True)
class SchoolFigures:
    """One school's figures for the period (from its anonymized bundle)."""

    school_name: str
    period: str  # the bundle's period, e.g. 2026-11
    open_flags: Mapping[WarningLevel, int] = field(default_factory=dict)
    screening_coverage: float | None = None  # 0-1; None: not reported
    visit_coverage: float | None = None  # 0-1
    overdue_red: int = 0  # red cases with an overdue task
    overdue_orange: int = 0

    @property
    def open_total(self) -> int:
        return sum(self.open_flags.get(level, 0) for level in OPEN_LEVELS)


@dataclass(frozen=True)
class CountyReportInput:
    center_name: str  # e.g. 越城区中小学心理健康辅导中心
    period_label: str  # e.g. 2026年11月
    period_start: date
    period_end: date
    schools: tuple[SchoolFigures, ...]

    def totals(self) -> dict[WarningLevel, int]:
        return {lv: sum(s.open_flags.get(lv, 0) for s in self.schools) for lv in OPEN_LEVELS}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CountyReportInput:
        """From the JSON the CLI reads (same field names; levels by their values)."""
        try:
            return cls(
                str(data["center_name"]),
                str(data["period_label"]),
                date.fromisoformat(data["period_start"]),
                date.fromisoformat(data["period_end"]),
                tuple(_school_from_json(s) for s in data["schools"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError.single("input", "format", f"figures are invalid: {exc}") from None


def _ratio(value: Any) -> float | None:
    if value is None:
        return None
    ratio = float(value)
    if not 0 <= ratio <= 1:
        raise ValueError("a coverage ratio must be between 0 and 1")
    return ratio


def _school_from_json(data: Mapping[str, Any]) -> SchoolFigures:
    return SchoolFigures(
        str(data["school_name"]),
        str(data.get("period", "")),
        {WarningLevel(k): int(v) for k, v in data.get("open_flags", {}).items()},
        _ratio(data.get("screening_coverage")),
        _ratio(data.get("visit_coverage")),
        int(data.get("overdue_red", 0)),
        int(data.get("overdue_orange", 0)),
    )


def _mean(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def _overdue(counts: Sequence[int]) -> str:
    return f"{sum(counts)} 例（{sum(1 for n in counts if n)} 所学校）"


def _overview(styles: Styles, data: CountyReportInput) -> list[Flowable]:
    totals, schools = data.totals(), data.schools
    pairs = [
        ("报送学校", f"{len(schools)} 所"),
        ("预警学生合计", f"{sum(totals.values())} 人"),
        *((f"其中{label(lv)}", f"{totals[lv]} 人") for lv in OPEN_LEVELS),
        ("平均筛查覆盖率", percent(_mean([s.screening_coverage for s in schools]))),
        ("平均实地家访覆盖率", percent(_mean([s.visit_coverage for s in schools]))),
        ("红色预警逾期", _overdue([s.overdue_red for s in schools])),
        ("橙色预警逾期", _overdue([s.overdue_orange for s in schools])),
    ]
    return section(styles, "一、总体情况", [fields_table(styles, pairs, label_share=0.45)])


def _school_rows(data: CountyReportInput) -> list[tuple[object, ...]]:
    return [
        (
            s.school_name,
            *(s.open_flags.get(lv, 0) for lv in OPEN_LEVELS),
            s.open_total,
            percent(s.screening_coverage),
            percent(s.visit_coverage),
            f"{s.overdue_red} / {s.overdue_orange}",
        )
        for s in data.schools
    ]


def _schools_block(styles: Styles, data: CountyReportInput) -> list[Flowable]:
    names = [s.school_name for s in data.schools]
    flags = stacked_level_chart(
        names, [s.open_flags for s in data.schools], "各校预警学生（按级别）", styles.font
    )
    coverage = percent_bar_chart(
        names,
        [
            ("筛查覆盖率", [s.screening_coverage for s in data.schools]),
            ("实地家访覆盖率", [s.visit_coverage for s in data.schools]),
        ],
        "各校筛查与家访覆盖率",
        styles.font,
    )
    headers = ["学校", *(SHORT_LABELS[lv] for lv in OPEN_LEVELS), "合计", "筛查覆盖", "家访覆盖"]
    headers.append("逾期(红/橙)")
    widths = [0.22, 0.08, 0.08, 0.08, 0.08, 0.08, 0.12, 0.12, 0.14]
    return [
        *section(
            styles, "二、各校预警与覆盖", [flags, Spacer(1, 6 * mm), coverage], keep_first=True
        ),
        *table_section(styles, "各校数据", headers, _school_rows(data), widths, "无报送"),
    ]


def _attention(styles: Styles, data: CountyReportInput) -> list[Flowable]:
    rows = [
        (s.school_name, s.overdue_red, s.overdue_orange)
        for s in data.schools
        if s.overdue_red or s.overdue_orange
    ]
    headers = ["学校", "红色预警逾期", "橙色预警逾期"]
    return table_section(
        styles, "三、需督办的学校", headers, rows, [0.5, 0.25, 0.25], "无逾期的红色、橙色预警"
    )


def county_story(styles: Styles, info: DocInfo, data: CountyReportInput) -> list[Flowable]:
    period = f"{data.period_start.isoformat()} 至 {data.period_end.isoformat()}"
    subtitle = f"{data.center_name} · {data.period_label}（{period}）"
    note = "本报告仅含各校报送的匿名汇总数据，不含学生姓名、学籍号等个人信息。"
    story = title_block(styles, TITLE, subtitle)
    story.append(Paragraph(text(note), styles.small))
    story += _overview(styles, data) + _schools_block(styles, data) + _attention(styles, data)
    return story


def draw_county_report(info: DocInfo, data: CountyReportInput) -> tuple[bytes, int]:
    return render(info, county_story(Styles(info.font.name), info, data))
