"""A county bundle in plain Chinese: the preview a counselor reads before exporting.

It shows every number that leaves the school (suppressed ones as "<阈值"), every case
line, and says what is never sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum

from app.domain.enums import CrisisKind, Gender, KeyGroup, WarningLevel
from app.domain.labels import label
from app.sync.bundle import CaseLine, Cell, CountyBundle, Table
from app.sync.vocabulary import TOTAL, Feedback, GradeCode, PeriodKind, ScreenResult, Stage

_CN_NUMBERS = "一二三四五六七八九"
GRADE_LABELS = {
    **{GradeCode(f"g{i}"): f"{_CN_NUMBERS[i - 1]}年级" for i in range(1, 10)},
    GradeCode.G10: "高一",
    GradeCode.G11: "高二",
    GradeCode.G12: "高三",
    GradeCode.V1: "职一",
    GradeCode.V2: "职二",
    GradeCode.V3: "职三",
    GradeCode.UNKNOWN: "未分年级",
}
STAGE_LABELS = {
    Stage.PRIMARY: "小学",
    Stage.JUNIOR: "初中",
    Stage.SENIOR: "高中",
    Stage.VOCATIONAL: "职校",
    Stage.UNKNOWN: "学段不明",
}
WORDS: dict[str, str] = {
    ScreenResult.UNSCREENED.value: "未筛查",
    ScreenResult.NORMAL.value: "未见异常",
    ScreenResult.ABNORMAL.value: "结果异常",
    ScreenResult.UNRELIABLE.value: "无效问卷",
    Feedback.RECEIVED.value: "已收到反馈",
    Feedback.PENDING.value: "待反馈",
    "yes": "是",
    "no": "否",
    **{g.value: text for g, text in GRADE_LABELS.items()},
}
TITLES = {
    "open_flags": "一、当前预警人数（在籍学生，按级别、年级、性别）",
    "new_flags": "二、本期新增预警（按级别）",
    "cleared_flags": "三、本期解除预警（按解除前级别）",
    "key_groups": "四、重点群体人数（在校学生）",
    "screening": "五、本学年心理筛查（MHT，按结果、年级）",
    "home_visits": "六、本学年实地家访（按是否家访、年级）",
    "suspended": "七、当前休学人数",
    "returns": "八、本期复学人数",
    "referrals": "九、本期转介（按是否绿色通道、反馈情况）",
    "crises": "十、本期危机事件（按类型）",
}
NEVER_SENT = (
    "不会发送：学生姓名、学籍号、出生日期、监护人及电话、班级、宿舍、学校名称，"
    "以及任何文字记录（预警原因、谈话记录、家访记录、计划内容、转介机构等）。"
)
_ENUMS: tuple[type[Enum], ...] = (WarningLevel, Gender, KeyGroup, CrisisKind)


def word(value: str) -> str:
    if value in WORDS:
        return WORDS[value]
    for kind in _ENUMS:
        try:
            return label(kind(value))
        except ValueError:
            continue
    return value


def number(value: int | None, threshold: int) -> str:
    return f"<{threshold}（已隐藏）" if value is None else str(value)


def _depth_first(table: Table) -> list[Cell]:
    """Cells grouped under their parents (the bundle lists them level by level)."""
    seen: list[dict[str, int]] = [{} for _ in table.cells[0].key] if table.cells else []
    for cell in table.cells:
        for index, value in enumerate(cell.key):
            seen[index].setdefault(value, len(seen[index]))
    return sorted(
        table.cells,
        key=lambda c: tuple(-1 if v == TOTAL else seen[i][v] for i, v in enumerate(c.key)),
    )


def _table_lines(table: Table, threshold: int) -> Iterator[str]:
    for cell in _depth_first(table):
        fixed = [v for v in cell.key if v != TOTAL]
        if not fixed:
            yield f"  合计：{number(cell.value, threshold)}"
        else:
            indent = "  " * len(fixed)
            yield f"{indent}{' · '.join(word(v) for v in fixed)}：{number(cell.value, threshold)}"


def _case_line(line: CaseLine) -> str:
    where = (
        GRADE_LABELS[line.grade]
        if line.grade
        else STAGE_LABELS[line.stage]
        if line.stage
        else "（年级已概括）"
    )
    gender = label(line.gender) if line.gender else "（性别已概括）"
    follow = "无" if line.days_since_follow_up is None else f"{line.days_since_follow_up}天前"
    return (
        f"  {line.pseudonym[:8]}…  {label(line.level)}  {where}  {gender}  "
        f"预警{line.days_since_flagged}天  转介{'是' if line.referred else '否'}  "
        f"计划{'有' if line.plan_in_place else '无'}  最近跟进{follow}  "
        f"逾期事项{line.overdue_actions}项"
    )


def _header(bundle: CountyBundle, center_name: str) -> list[str]:
    period = bundle.period
    kind = "月度" if period.kind is PeriodKind.MONTH else "学期"
    return [
        f"即将发送给「{center_name}」（县代码 {bundle.school.county_code}）的{kind}数据包",
        f"期间 {period.id}（{period.start} 至 {period.end}），序号 {bundle.sequence}，"
        f"生成于 {bundle.created_at:%Y-%m-%d %H:%M}",
        f"学校仅以编号 {bundle.school.station_id} 标识。",
        f"小于 {bundle.threshold} 的人数已隐藏；为防止通过合计推算，相邻的数字也可能一并隐藏。",
    ]


def _footer(bundle: CountyBundle) -> list[str]:
    lines = [f"十一、红色、橙色个案（共 {len(bundle.cases)} 条，以化名编号表示，县里无法还原身份）"]
    lines += [_case_line(line) for line in bundle.cases] or ["  无"]
    staffing = bundle.staffing
    lines.append(
        "十二、心理教师："
        + (
            f"专职 {staffing.full_time} 人，兼职 {staffing.part_time} 人，"
            f"持证 {staffing.certified} 人"
            if staffing
            else "未填写"
        )
    )
    if bundle.audit is not None:
        lines.append(f"审计链校验点：第 {bundle.audit.seq} 条，{bundle.audit.hash_hex[:16]}…")
    lines.append(NEVER_SENT)
    return lines


def render_bundle(bundle: CountyBundle, center_name: str) -> str:
    lines = _header(bundle, center_name)
    for table in bundle.tables:
        lines.append(TITLES[table.name])
        lines += _table_lines(table, bundle.threshold)
    return "\n".join(lines + _footer(bundle)) + "\n"
