"""学期心理健康工作报告: the school's semester report — figures, charts and coverage
tables, and no student names. The appendix listing the students with open flags is
drawn only when the data carries it (the counselor asks for it explicitly)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from app.domain.enums import ContactKind, SourceLevel, VisitKind, WarningLevel
from app.domain.labels import label
from app.reports.charts import OPEN_LEVELS, level_bar_chart, percent_bar_chart
from app.reports.layout import (
    DocInfo,
    Styles,
    day,
    fields_table,
    heading,
    percent,
    render,
    section,
    side_by_side,
    table_section,
    text,
    title_block,
)

TITLE = "学期心理健康工作报告"


@dataclass(frozen=True)
class GradeFigures:
    grade_name: str
    students: int  # in school
    screened: int  # with a screening result this semester
    abnormal: int  # of them, with a reliable result that suggests a flag
    unreliable: int  # of them, with only unreliable results
    visited: int  # visited on site this school year
    open_flags: Mapping[WarningLevel, int] = field(default_factory=dict)

    @property
    def screening_ratio(self) -> float:
        return self.screened / self.students if self.students else 0.0

    @property
    def visit_ratio(self) -> float:
        return self.visited / self.students if self.students else 0.0


@dataclass(frozen=True)
class AppendixLine:
    student_name: str
    class_name: str
    level: WarningLevel
    tags: str
    last_visit: date | None


@dataclass(frozen=True)
class SemesterData:
    """Everything the report shows; counts only, except ``appendix``."""

    semester_label: str  # 2026-2027学年第一学期
    first_day: date
    last_day: date
    grades: tuple[GradeFigures, ...]
    new_flags: Mapping[WarningLevel, int]  # raised to that level during the semester
    flag_sources: Mapping[SourceLevel, int]  # who raised them
    contacts: Mapping[ContactKind, int]
    visits: Mapping[VisitKind, int]
    follow_up_students: int
    follow_up_overdue: int
    referrals: int
    green_channel: int
    referral_feedback: int
    crises: int
    suspensions: int
    returns: int
    plans: int  # plan versions written
    overdue: Mapping[WarningLevel, int]  # overdue tasks now
    appendix: tuple[AppendixLine, ...] | None = None

    @property
    def students(self) -> int:
        return sum(g.students for g in self.grades)

    def open_flags(self) -> dict[WarningLevel, int]:
        return {lv: sum(g.open_flags.get(lv, 0) for g in self.grades) for lv in OPEN_LEVELS}


def _total(g: Sequence[GradeFigures], name: str) -> int:
    return sum(int(getattr(x, name)) for x in g)


def _overview(styles: Styles, data: SemesterData) -> list[Flowable]:
    grades, opened = data.grades, data.open_flags()
    screened, visited = _total(grades, "screened"), _total(grades, "visited")
    students = data.students
    pairs = [
        ("在校学生", f"{students} 人"),
        ("心理筛查覆盖", f"{screened} 人（{percent(screened / students if students else None)}）"),
        ("筛查异常（有效答卷）", f"{_total(grades, 'abnormal')} 人"),
        (
            "实地家访覆盖(本学年)",
            f"{visited} 人（{percent(visited / students if students else None)}）",
        ),
        ("当前预警学生", f"{sum(opened.values())} 人"),
        ("本学期新增/升级预警", f"{sum(data.new_flags.values())} 人次"),
        ("转介(绿色通道)", f"{data.referrals} 人次（{data.green_channel}）"),
        ("危机事件", f"{data.crises} 起"),
        ("逾期未办事项", f"{sum(data.overdue.values())} 项"),
        ("一生一策计划(版本)", f"{data.plans} 份"),
    ]
    return section(styles, "一、总体情况", [fields_table(styles, pairs, label_share=0.45)])


def _flags_block(styles: Styles, data: SemesterData, font: str) -> list[Flowable]:
    opened = data.open_flags()
    charts = side_by_side(
        styles,
        [
            level_bar_chart(opened, "当前预警学生（按级别）", font),
            level_bar_chart(data.new_flags, "本学期新增/升级预警（人次）", font),
        ],
    )
    rows = [
        (g.grade_name, *(g.open_flags.get(lv, 0) for lv in OPEN_LEVELS), sum(g.open_flags.values()))
        for g in data.grades
    ]
    rows.append(("合计", *(opened[lv] for lv in OPEN_LEVELS), sum(opened.values())))
    headers = ["年级", *(label(lv) for lv in OPEN_LEVELS), "合计"]
    widths = [0.2, 0.16, 0.16, 0.16, 0.16, 0.16]
    sources = "，".join(f"{label(s)} {n}" for s, n in data.flag_sources.items() if n) or "无"
    overdue = "，".join(f"{label(lv)} {data.overdue.get(lv, 0)}" for lv in OPEN_LEVELS)
    return [
        *section(styles, "二、四级预警", [charts], keep_first=True),
        *table_section(styles, "当前预警学生分布（按年级）", headers, rows, widths),
        Paragraph(text(f"本学期预警来源（四级网络）：{sources}。"), styles.body),
        Paragraph(text(f"当前逾期未办事项（按预警级别）：{overdue}。"), styles.body),
    ]


def _coverage_block(styles: Styles, data: SemesterData, font: str) -> list[Flowable]:
    names = [g.grade_name for g in data.grades]
    chart = percent_bar_chart(
        names,
        [
            ("心理筛查覆盖率", [g.screening_ratio for g in data.grades]),
            ("实地家访覆盖率", [g.visit_ratio for g in data.grades]),
        ],
        "各年级心理筛查与家访覆盖率",
        font,
    )
    rows = [
        (
            g.grade_name,
            g.students,
            g.screened,
            percent(g.screening_ratio),
            g.abnormal,
            g.unreliable,
            g.visited,
            percent(g.visit_ratio),
        )
        for g in data.grades
    ]
    headers = ["年级", "在校", "已筛查", "筛查覆盖", "筛查异常", "无效答卷", "已家访", "家访覆盖"]
    widths = [0.16, 0.1, 0.11, 0.13, 0.12, 0.12, 0.11, 0.15]
    return [
        *section(styles, "三、心理筛查与家访覆盖", [chart], keep_first=True),
        *table_section(styles, "各年级覆盖情况", headers, rows, widths),
    ]


def _work_block(styles: Styles, data: SemesterData) -> list[Flowable]:
    rows: list[tuple[object, ...]] = [(label(k), n) for k, n in data.contacts.items()]
    rows += [(label(k), n) for k, n in data.visits.items()]
    rows += [
        ("重点群体学生（需定期随访）", data.follow_up_students),
        ("其中随访逾期", data.follow_up_overdue),
        (
            "转介（其中绿色通道 / 已反馈）",
            f"{data.referrals}（{data.green_channel} / {data.referral_feedback}）",
        ),
        ("休学 / 复学", f"{data.suspensions} / {data.returns}"),
        ("危机事件", data.crises),
    ]
    return table_section(styles, "四、本学期工作量", ["项目", "数量"], rows, [0.6, 0.4])


def _appendix(styles: Styles, lines: Sequence[AppendixLine]) -> list[Flowable]:
    rows = [
        (n, a.student_name, a.class_name, label(a.level), a.tags, day(a.last_visit))
        for n, a in enumerate(lines, start=1)
    ]
    headers = ["序号", "姓名", "班级", "预警级别", "重点群体", "最近家访"]
    note = "本附录含学生姓名，仅限心理辅导站与分管校长查阅，不得外传。"
    return [
        PageBreak(),
        heading(styles, "附录：当前预警学生名单"),
        Paragraph(text(note), styles.body),
        Spacer(1, 3 * mm),
        *table_section(styles, "名单", headers, rows, [0.08, 0.16, 0.2, 0.16, 0.24, 0.16], "无"),
    ]


def semester_story(styles: Styles, info: DocInfo, data: SemesterData) -> list[Flowable]:
    period = f"{data.first_day.isoformat()} 至 {data.last_day.isoformat()}"
    story = title_block(styles, TITLE, f"{info.school_name} · {data.semester_label} · （{period}）")
    story += _overview(styles, data)
    story += _flags_block(styles, data, styles.font)
    story += _coverage_block(styles, data, styles.font)
    story += _work_block(styles, data)
    if data.appendix is not None:
        story += _appendix(styles, data.appendix)
    return story


def draw_semester_report(info: DocInfo, data: SemesterData) -> tuple[bytes, int]:
    return render(info, semester_story(Styles(info.font.name), info, data))
