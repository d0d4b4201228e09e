"""Plain-text tables for the CLI (Chinese labels, aligned by display width)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from app.domain.due import DueItem, bucket
from app.domain.growth import GrowthFile
from app.domain.labels import label
from app.domain.school import SchoolClass
from app.domain.student import RosterRow


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    body = [[str(cell) for cell in row] for row in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in body]) for i, h in enumerate(headers)]
    print("  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in body:
        print("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())


def roster(rows: Sequence[RosterRow]) -> None:
    table(
        ["ID", "学籍号", "姓名", "性别", "班级", "预警", "重点群体", "最近家访"],
        [
            (
                r.student_id,
                r.student_number,
                r.name,
                label(r.gender),
                r.class_name,
                label(r.level),
                "、".join(sorted(label(t) for t in r.tags)),
                r.last_visit.isoformat() if r.last_visit else "—",
            )
            for r in rows
        ],
    )
    print(f"共 {len(rows)} 名学生")


def growth_file(growth: GrowthFile, classes: Sequence[SchoolClass]) -> None:
    s = growth.student
    class_name = next((c.name for c in classes if c.id == s.class_id), "—")
    print(
        f"{s.name}  学籍号 {s.student_number}  {label(s.gender)}  {class_name}  "
        f"状态 {label(s.status)}  当前预警 {label(growth.current_level)}"
    )
    if s.tags:
        print("重点群体: " + "、".join(sorted(label(t) for t in s.tags)))
    for g in s.guardians:
        print(f"监护人: {g.name} {g.relation} {g.phone}")
    _section(
        "预警记录",
        [
            f"{f.at:%Y-%m-%d %H:%M} {label(f.previous_level)} → {label(f.level)}"
            f"（{label(f.source)}）{f.reason}"
            for f in growth.flags
        ],
    )
    plan = growth.current_plan
    if plan:
        _section(
            f"一生一策 第{plan.version}版",
            [plan.summary, "目标: " + plan.goals]
            + [
                f"- {m.what}（{label(m.owner)} {m.due_on or ''} {label(m.status)}）"
                for m in plan.measures
            ],
        )
    _section("家访", [f"{v.visited_on} {label(v.kind)} {v.visitors}" for v in growth.visits])
    _section(
        "转介", [f"{r.referred_on} {r.institution or r.declined_reason}" for r in growth.referrals]
    )


def _section(title: str, lines: Sequence[str]) -> None:
    if lines:
        print(f"\n[{title}]")
        for line in lines:
            print(f"  {line}")


_BUCKETS = {"overdue": "已逾期", "today": "今天", "week": "本周", "later": "以后"}


def due(items: Sequence[DueItem], rows: Sequence[RosterRow], now: datetime) -> None:
    names = {r.student_id: (r.name, r.class_name) for r in rows}
    table(
        ["状态", "截止", "学生", "班级", "预警", "事项", "负责人"],
        [
            (
                _BUCKETS[bucket(i, now)],
                f"{i.due_at:%Y-%m-%d %H:%M}",
                names.get(i.student_id, ("?", ""))[0],
                names.get(i.student_id, ("", ""))[1],
                label(i.level),
                label(i.kind) + (f"：{i.detail}" if i.detail else ""),
                label(i.responsible),
            )
            for i in items
        ],
    )
    overdue = sum(1 for i in items if i.overdue)
    print(f"共 {len(items)} 项，其中逾期 {overdue} 项")


def roster_report(report: Any, dry_run: bool) -> None:
    prefix = "(dry run) would " if dry_run else ""
    print(
        f"{prefix}create {report.created}, update {report.updated}, "
        f"leave unchanged {report.unchanged}"
    )
    for error in report.errors:
        print(f"row {error.row}: {error.message}")
    if report.errors:
        print(
            f"{len(report.errors)} row(s) with errors"
            + (
                ""
                if dry_run
                else "; nothing written (use --skip-invalid)"
                if not report.written
                else "; skipped"
            )
        )
