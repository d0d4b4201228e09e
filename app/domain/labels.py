"""Chinese labels of the domain's vocabularies for the Qt-free outputs (CLI, PDF).

The GUI translates through Qt's ``tr()``; these are the same words.
"""

from __future__ import annotations

from enum import Enum

from app.domain.enums import (
    ContactKind,
    CrisisKind,
    Gender,
    KeyGroup,
    MeasureOwner,
    MeasureStatus,
    SchoolType,
    SourceLevel,
    StudentStatus,
    VisitKind,
    WarningLevel,
)
from app.domain.policy import TaskKind

# (member, label) pairs. Not a dict keyed by members: StrEnum members of different enums
# with the same value (ContactKind.GUARDIAN, MeasureOwner.GUARDIAN, TaskKind.GUARDIAN are
# all "guardian") compare and hash equal, so such a dict silently keeps only the last.
_ENTRIES: tuple[tuple[Enum, str], ...] = (
    (WarningLevel.RED, "红色(Ⅰ级)"),
    (WarningLevel.ORANGE, "橙色(Ⅱ级)"),
    (WarningLevel.YELLOW, "黄色(Ⅲ级)"),
    (WarningLevel.BLUE, "蓝色(Ⅳ级)"),
    (WarningLevel.CLEAR, "无预警"),
    (Gender.MALE, "男"),
    (Gender.FEMALE, "女"),
    (StudentStatus.IN_SCHOOL, "在校"),
    (StudentStatus.SUSPENDED, "休学"),
    (StudentStatus.DROPPED_OUT, "辍学"),
    (StudentStatus.TRANSFERRED, "转学"),
    (StudentStatus.GRADUATED, "毕业"),
    (KeyGroup.POVERTY, "贫困"),
    (KeyGroup.LEFT_BEHIND, "留守"),
    (KeyGroup.MIGRANT, "流动"),
    (KeyGroup.SINGLE_PARENT, "单亲"),
    (KeyGroup.DISABILITY, "残疾"),
    (KeyGroup.BEREAVED, "丧亲"),
    (KeyGroup.BULLIED, "遭遇校园欺凌"),
    (KeyGroup.DOMESTIC_VIOLENCE, "遭遇家暴"),
    (KeyGroup.SPECIAL_FAMILY, "家庭特殊"),
    (KeyGroup.SPECIAL_PSYCHOLOGY, "心理特殊"),
    (KeyGroup.SPECIAL_PHYSICAL, "身体特殊"),
    (KeyGroup.SPECIAL_BEHAVIOUR, "行为特殊"),
    (SchoolType.PRIMARY, "小学"),
    (SchoolType.JUNIOR, "初中"),
    (SchoolType.SENIOR, "高中"),
    (SchoolType.NINE_YEAR, "九年一贯制"),
    (SchoolType.VOCATIONAL, "职校"),
    (SourceLevel.SELF, "个人"),
    (SourceLevel.CLASS, "班级"),
    (SourceLevel.DORM, "宿舍"),
    (SourceLevel.GRADE, "年级"),
    (SourceLevel.SCHOOL, "学校"),
    (SourceLevel.EXTERNAL, "校外"),
    (ContactKind.COUNSELING, "心理辅导"),
    (ContactKind.GUARDIAN, "家长沟通"),
    (ContactKind.MENTOR, "导师谈心"),
    (ContactKind.HEAD_TEACHER, "班主任谈话"),
    (ContactKind.LEADER_NOTICE, "报告学校领导"),
    (VisitKind.ONSITE, "实地家访"),
    (VisitKind.PHONE, "电话家访"),
    (VisitKind.VIDEO, "视频家访"),
    (VisitKind.SCHOOL, "来校面谈"),
    (MeasureOwner.COUNSELOR, "心理教师"),
    (MeasureOwner.HEAD_TEACHER, "班主任"),
    (MeasureOwner.MENTOR, "导师"),
    (MeasureOwner.GUARDIAN, "监护人"),
    (MeasureStatus.PLANNED, "计划中"),
    (MeasureStatus.IN_PROGRESS, "进行中"),
    (MeasureStatus.DONE, "已完成"),
    (MeasureStatus.DROPPED, "已取消"),
    (CrisisKind.SELF_HARM, "自伤"),
    (CrisisKind.SUICIDE_ATTEMPT, "自杀未遂"),
    (CrisisKind.SUICIDE_PLAN, "自杀计划"),
    (CrisisKind.VIOLENCE, "暴力风险"),
    (CrisisKind.PSYCHOTIC, "精神病性症状"),
    (CrisisKind.ABUSE, "受虐待"),
    (CrisisKind.RUNAWAY, "离家出走"),
    (CrisisKind.OTHER, "其他"),
    (TaskKind.ASSESSMENT, "心理评估"),
    (TaskKind.INTERVIEW, "约谈学生"),
    (TaskKind.GUARDIAN, "联系监护人"),
    (TaskKind.LEADER, "报告分管校长"),
    (TaskKind.REFERRAL, "绿色通道转介"),
    (TaskKind.PLAN, "制定一生一策"),
    (TaskKind.FOLLOW_UP, "跟踪随访"),
    (TaskKind.REVIEW, "学期复核"),
    (TaskKind.MEASURE, "计划措施"),
    (TaskKind.HOME_VISIT, "计划家访"),
)

LABELS: dict[tuple[type[Enum], str], str] = {
    (type(member), member.value): text for member, text in _ENTRIES
}

KEY_GROUP_BY_LABEL: dict[str, KeyGroup] = {
    text: member for member, text in _ENTRIES if isinstance(member, KeyGroup)
}


def label(value: Enum) -> str:
    return LABELS.get((type(value), value.value), str(value.value))
