"""一生一策心理健康成长档案: a student's growth file on paper.

Profile, warning-level history, the current plan and its measures, screenings, contacts,
home visits, referrals, leave and return, crisis events and the case status — whatever the
printing account may see (the service hands in a redacted file for head teachers).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Paragraph, Spacer

from app.domain.enums import CaseStatus
from app.domain.growth import GrowthFile, HomeVisit, Plan, Referral
from app.domain.labels import label
from app.domain.mht import MHT_SCALES
from app.domain.screening import SCALE_LABELS
from app.reports.layout import (
    DocInfo,
    Styles,
    data_table,
    day,
    fields_table,
    moment,
    render,
    section,
    table_section,
    text,
    title_block,
)

TITLE = "一生一策心理健康成长档案"
_NOTIFIED = {"guardian": "监护人", "principal": "校长", "police": "公安", "hospital": "医院"}
_LEAVE = {"suspend": "休学", "return": "复学"}


@dataclass(frozen=True)
class GrowthFilePage:
    """A growth file with the names its ids stand for."""

    growth: GrowthFile
    class_name: str = ""
    dorm_name: str = ""
    people: Mapping[str, str] = field(default_factory=dict)  # user name -> display name

    def who(self, username: str) -> str:
        return self.people.get(username, username)


def _profile(styles: Styles, page: GrowthFilePage) -> list[Flowable]:
    growth, s = page.growth, page.growth.student
    pairs = [
        ("姓名", s.name),
        ("学籍号", s.student_number),
        ("性别", label(s.gender)),
        ("出生日期", day(s.birth_date)),
        ("班级", page.class_name),
        ("宿舍", page.dorm_name if s.boarding else "走读"),
        ("在校状态", label(s.status)),
        ("成长导师", s.mentor),
        ("当前预警", label(growth.current_level)),
        ("个案状态", "已结案" if growth.case_status is CaseStatus.CLOSED else "跟进中"),
        ("重点群体", "、".join(sorted(label(t) for t in s.tags)) or "无"),
        ("备注", s.notes),
    ]
    story: list[Flowable] = [fields_table(styles, pairs)]
    if s.guardians:
        rows = [(g.name, g.relation, g.phone) for g in s.guardians]
        headers = ["监护人", "关系", "联系电话"]
        story += [Spacer(1, 4), data_table(styles, headers, rows, [0.3, 0.3, 0.4])]
    return section(styles, "一、基本信息", story)


def _flags(styles: Styles, page: GrowthFilePage) -> list[Flowable]:
    rows = [
        (
            moment(f.at),
            f"{label(f.previous_level)} → {label(f.level)}",
            label(f.source),
            f.reporter,
            f.reason,
            page.who(f.actor),
        )
        for f in page.growth.flags
    ]
    headers = ["时间", "预警调整", "来源", "报告人", "原因", "记录人"]
    widths = [0.15, 0.2, 0.08, 0.12, 0.33, 0.12]
    return table_section(styles, "二、预警记录", headers, rows, widths)


def _plan(styles: Styles, page: GrowthFilePage, plan: Plan | None) -> list[Flowable]:
    if plan is None:
        return section(styles, "三、一生一策（当前计划）", [], "尚未制定计划")
    pairs = [
        ("版本", f"第{plan.version}版（{moment(plan.created_at)}，{page.who(plan.author)}）"),
        ("下次复核", day(plan.next_review_on)),
        ("问题概述", plan.summary),
        ("目标", plan.goals),
    ]
    story: list[Flowable] = [fields_table(styles, pairs, columns=1)]
    if plan.measures:
        rows = [
            (m.what, label(m.owner), m.owner_name, day(m.due_on), label(m.status))
            for m in plan.measures
        ]
        headers = ["措施", "负责", "负责人", "完成期限", "状态"]
        story += [Spacer(1, 4), data_table(styles, headers, rows, [0.42, 0.12, 0.16, 0.16, 0.14])]
    return section(styles, f"三、一生一策（当前计划 第{plan.version}版）", story)


def _scores(scores: Mapping[str, int]) -> str:
    return "，".join(f"{SCALE_LABELS[k]}{scores[k]}" for k in MHT_SCALES if k in scores)


def _screenings(styles: Styles, growth: GrowthFile) -> list[Flowable]:
    rows = [
        (day(x.taken_on), x.instrument, x.total, x.validity, _scores(x.scores), x.interpretation)
        for x in growth.screenings
    ]
    headers = ["日期", "量表", "总分", "效度", "分量表得分", "解读"]
    widths = [0.12, 0.07, 0.07, 0.07, 0.33, 0.34]
    return table_section(styles, "四、心理筛查", headers, rows, widths)


def _contacts(styles: Styles, page: GrowthFilePage) -> list[Flowable]:
    rows = [
        (moment(c.at), label(c.kind), c.with_whom, c.note, page.who(c.actor))
        for c in page.growth.contacts
    ]
    headers = ["时间", "类型", "对象", "内容", "记录人"]
    widths = [0.15, 0.12, 0.12, 0.49, 0.12]
    return table_section(styles, "五、谈心辅导与家校沟通", headers, rows, widths)


def _visit_notes(v: HomeVisit) -> str:
    parts = [("观察", v.home_observations), ("关注", v.concerns), ("措施", v.agreed_actions)]
    return "\n".join(f"{name}：{value}" for name, value in parts if value)


def _visits(styles: Styles, growth: GrowthFile) -> list[Flowable]:
    rows = [
        (
            day(v.visited_on),
            label(v.kind) + ("（随访）" if v.follow_up else ""),
            v.visitors,
            v.met_with,
            _visit_notes(v),
            day(v.next_visit_on),
        )
        for v in growth.visits
    ]
    headers = ["日期", "形式", "家访人员", "接待人", "情况与措施", "下次家访"]
    widths = [0.12, 0.14, 0.13, 0.11, 0.38, 0.12]
    return table_section(styles, "六、家访记录", headers, rows, widths)


def _referral_feedback(r: Referral) -> str:
    return f"{day(r.feedback_on)} {r.feedback}" if r.feedback_received else "未反馈"


def _referrals(styles: Styles, growth: GrowthFile) -> list[Flowable]:
    rows = [
        (
            day(r.referred_on),
            r.institution or f"未转介：{r.declined_reason}",
            "是" if r.green_channel else "否",
            r.reason,
            _referral_feedback(r),
        )
        for r in growth.referrals
    ]
    headers = ["日期", "转介机构", "绿色通道", "原因", "反馈"]
    widths = [0.12, 0.22, 0.1, 0.28, 0.28]
    return table_section(styles, "七、转介记录", headers, rows, widths)


def _leaves(styles: Styles, growth: GrowthFile) -> list[Flowable]:
    rows = [
        (
            day(e.on),
            _LEAVE[e.kind.value],
            e.reason,
            f"{e.certificate_issuer} {day(e.certificate_on)}" if e.certificate_issuer else "",
        )
        for e in growth.leaves
    ]
    headers = ["日期", "类型", "原因", "复学证明（专科医院、日期）"]
    return table_section(styles, "八、休学与复学", headers, rows, [0.14, 0.1, 0.4, 0.36])


def _crises(styles: Styles, growth: GrowthFile) -> list[Flowable]:
    rows = [
        (
            moment(c.occurred_at),
            label(c.kind),
            c.description,
            "、".join(sorted(_NOTIFIED.get(n.value, n.value) for n in c.notified)),
            c.outcome,
        )
        for c in growth.crises
    ]
    headers = ["时间", "类型", "经过", "已通知", "结果"]
    widths = [0.15, 0.12, 0.35, 0.14, 0.24]
    return table_section(styles, "九、危机事件", headers, rows, widths)


def _case(styles: Styles, page: GrowthFilePage) -> list[Flowable]:
    rows = [
        (
            moment(c.at),
            "结案" if c.status is CaseStatus.CLOSED else "重新开案",
            c.reason,
            page.who(c.actor),
        )
        for c in page.growth.case_history
    ]
    headers = ["时间", "状态", "原因", "记录人"]
    return table_section(styles, "十、个案状态", headers, rows, [0.18, 0.14, 0.54, 0.14])


def growth_file_story(styles: Styles, page: GrowthFilePage) -> list[Flowable]:
    growth, student = page.growth, page.growth.student
    subtitle = f"{student.name} · {page.class_name} · 学籍号 {student.student_number}"
    story = title_block(styles, TITLE, subtitle)
    story += _profile(styles, page) + _flags(styles, page)
    story += _plan(styles, page, growth.current_plan) + _screenings(styles, growth)
    story += _contacts(styles, page) + _visits(styles, growth) + _referrals(styles, growth)
    story += _leaves(styles, growth) + _crises(styles, growth) + _case(styles, page)
    story.append(
        Paragraph(
            text("本档案随学生转学按规定转接，仅供学校心理健康工作使用，不得外传。"), styles.small
        )
    )
    return story


def draw_growth_file(info: DocInfo, page: GrowthFilePage) -> tuple[bytes, int]:
    """The PDF of one growth file and its page count."""
    return render(info, growth_file_story(Styles(info.font.name), page))
