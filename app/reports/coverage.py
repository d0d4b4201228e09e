"""A class's home-visit coverage list for its head teacher: who has had an on-site visit
this school year and who has not (those first), the key-group follow-up schedule, and
the visits planned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Paragraph

from app.domain.labels import label
from app.domain.student import RosterRow
from app.domain.visit_plan import ClassVisits, FollowUpLine, PlanLine
from app.reports.layout import (
    DocInfo,
    Styles,
    alert,
    day,
    percent,
    render,
    table_section,
    text,
    title_block,
)

TITLE = "家访覆盖情况表"


@dataclass(frozen=True)
class CoveragePage:
    coverage: ClassVisits
    school_year: str  # 2026-2027
    today: date
    follow_ups: Sequence[FollowUpLine] = ()
    planned: Sequence[PlanLine] = ()


def _tags(row: RosterRow) -> str:
    return "、".join(sorted(label(t) for t in row.tags))


def _student_rows(styles: Styles, coverage: ClassVisits) -> list[tuple[object, ...]]:
    lines: list[tuple[RosterRow, object]] = [
        (r, alert(styles, "未家访")) for r in coverage.not_visited
    ]
    lines += [(r, "已家访") for r in coverage.visited]
    return [
        (
            number,
            row.name,
            label(row.gender),
            _tags(row),
            day(row.last_onsite_visit),
            day(row.last_visit),
            status,
        )
        for number, (row, status) in enumerate(lines, start=1)
    ]


def _follow_up_status(styles: Styles, line: FollowUpLine, today: date) -> object:
    if line.due_on is None:
        return alert(styles, "从未家访，请尽快随访")
    if line.overdue:
        return alert(styles, f"逾期 {(today - line.due_on).days} 天")
    return "按期"


def _follow_up_rows(styles: Styles, page: CoveragePage) -> list[tuple[object, ...]]:
    return [
        (
            line.student.name,
            "、".join(
                [*sorted(label(g) for g in line.groups), *(["休学"] if line.suspended else [])]
            ),
            day(line.last_visit),
            day(line.due_on),
            _follow_up_status(styles, line, page.today),
        )
        for line in page.follow_ups
    ]


def _planned_rows(page: CoveragePage) -> list[tuple[object, ...]]:
    return [
        (
            day(p.item.planned_on),
            p.student_name,
            label(p.item.kind),
            p.item.visitors,
            p.item.purpose,
        )
        for p in page.planned
    ]


def coverage_story(styles: Styles, info: DocInfo, page: CoveragePage) -> list[Flowable]:
    c = page.coverage
    subtitle = (
        f"{info.school_name} · {c.class_name} · 班主任：{c.head_teacher or '—'} · "
        f"{page.school_year}学年 · 统计日期：{page.today.isoformat()}"
    )
    summary = (
        f"在校学生 {c.students} 人，本学年已实地家访 {len(c.visited)} 人，"
        f"未家访 {len(c.not_visited)} 人，覆盖率 {percent(c.ratio)}。"
    )
    story = [*title_block(styles, f"{c.class_name}{TITLE}", subtitle)]
    story.append(Paragraph(text(summary), styles.body))
    headers = ["序号", "姓名", "性别", "重点群体", "最近实地家访", "最近家访(任意形式)", "本学年"]
    widths = [0.07, 0.15, 0.07, 0.25, 0.16, 0.18, 0.12]
    story += table_section(styles, "一、学生家访情况", headers, _student_rows(styles, c), widths)
    headers = ["姓名", "类别", "最近家访", "应随访日期", "状态"]
    story += table_section(
        styles,
        "二、重点群体学生随访安排",
        headers,
        _follow_up_rows(styles, page),
        [0.16, 0.24, 0.18, 0.18, 0.24],
        "本班暂无需定期随访的学生",
    )
    headers = ["计划日期", "姓名", "形式", "家访人员", "目的"]
    story += table_section(
        styles,
        "三、已计划的家访",
        headers,
        _planned_rows(page),
        [0.15, 0.15, 0.15, 0.2, 0.35],
        "暂无计划",
    )
    return story


def draw_coverage(info: DocInfo, page: CoveragePage) -> tuple[bytes, int]:
    return render(info, coverage_story(Styles(info.font.name), info, page))
