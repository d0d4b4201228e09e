"""Translated names of the domain's vocabularies shown by the shell (roles, school types).

Pages showing other vocabularies add their own functions here, in the same style, so that
``pyside6-lupdate`` sees every string (context "Vocab").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.accounts import Account
from app.domain.enums import (
    Gender,
    KeyGroup,
    MeasureOwner,
    Role,
    SchoolType,
    StudentStatus,
    Urgency,
)
from app.domain.policy import TaskKind
from app.ui.i18n import fmt


def role_name(role: Role) -> str:
    names = {
        Role.COUNSELOR: QCoreApplication.translate("Vocab", "Counselor"),
        Role.LEADER: QCoreApplication.translate("Vocab", "School leader"),
        Role.HEAD_TEACHER: QCoreApplication.translate("Vocab", "Head teacher"),
        Role.GRADE_LEADER: QCoreApplication.translate("Vocab", "Grade leader"),
        Role.RECOVERY: QCoreApplication.translate("Vocab", "Recovery code"),
    }
    return names[role]


def school_type_name(school_type: SchoolType) -> str:
    names = {
        SchoolType.PRIMARY: QCoreApplication.translate("Vocab", "Primary school"),
        SchoolType.JUNIOR: QCoreApplication.translate("Vocab", "Junior middle school"),
        SchoolType.SENIOR: QCoreApplication.translate("Vocab", "Senior high school"),
        SchoolType.NINE_YEAR: QCoreApplication.translate("Vocab", "Nine-year school"),
        SchoolType.VOCATIONAL: QCoreApplication.translate("Vocab", "Vocational school"),
    }
    return names[school_type]


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Vocab", "Yes")
    return QCoreApplication.translate("Vocab", "No")


def account_label(account: Account) -> str:
    """How the signed-in account is shown, e.g. 王老师（心理健康教师）."""
    text = QCoreApplication.translate("Vocab", "{name} ({role})")
    return fmt(text, name=account.display_name, role=role_name(account.role))


def urgency_name(urgency: Urgency) -> str:
    if urgency is Urgency.URGENT:
        return QCoreApplication.translate("Vocab", "Urgent")
    return QCoreApplication.translate("Vocab", "Normal")


def triage_name(triage: str) -> str:
    """What became of a committee member's concern (pending / flagged / merged / dismissed)."""
    names = {
        "pending": QCoreApplication.translate("Vocab", "Awaiting triage"),
        "flagged": QCoreApplication.translate("Vocab", "Turned into a warning flag"),
        "merged": QCoreApplication.translate("Vocab", "Merged into an open flag"),
        "dismissed": QCoreApplication.translate("Vocab", "Not taken further"),
    }
    return names.get(triage, triage)


def gender_name(gender: Gender) -> str:
    if gender is Gender.FEMALE:
        return QCoreApplication.translate("Vocab", "Female")
    return QCoreApplication.translate("Vocab", "Male")


def student_status_name(status: StudentStatus) -> str:
    names = {
        StudentStatus.IN_SCHOOL: QCoreApplication.translate("Vocab", "In school"),
        StudentStatus.SUSPENDED: QCoreApplication.translate("Vocab", "Suspended"),
        StudentStatus.DROPPED_OUT: QCoreApplication.translate("Vocab", "Dropped out"),
        StudentStatus.TRANSFERRED: QCoreApplication.translate("Vocab", "Transferred"),
        StudentStatus.GRADUATED: QCoreApplication.translate("Vocab", "Graduated"),
    }
    return names[status]


def key_group_names() -> dict[KeyGroup, str]:
    """Every key group's translated name, in the order of ``KeyGroup``."""
    return {
        KeyGroup.POVERTY: QCoreApplication.translate("Vocab", "Poverty"),
        KeyGroup.LEFT_BEHIND: QCoreApplication.translate("Vocab", "Left-behind"),
        KeyGroup.MIGRANT: QCoreApplication.translate("Vocab", "Migrant"),
        KeyGroup.SINGLE_PARENT: QCoreApplication.translate("Vocab", "Single-parent"),
        KeyGroup.DISABILITY: QCoreApplication.translate("Vocab", "Disability"),
        KeyGroup.BEREAVED: QCoreApplication.translate("Vocab", "Bereaved"),
        KeyGroup.BULLIED: QCoreApplication.translate("Vocab", "Bullied at school"),
        KeyGroup.DOMESTIC_VIOLENCE: QCoreApplication.translate("Vocab", "Domestic violence"),
        KeyGroup.SPECIAL_FAMILY: QCoreApplication.translate("Vocab", "Special family"),
        KeyGroup.SPECIAL_PSYCHOLOGY: QCoreApplication.translate("Vocab", "Special psychology"),
        KeyGroup.SPECIAL_PHYSICAL: QCoreApplication.translate("Vocab", "Special physical health"),
        KeyGroup.SPECIAL_BEHAVIOUR: QCoreApplication.translate("Vocab", "Special behaviour"),
    }


def task_name(kind: TaskKind) -> str:
    """What a due item asks for (the response policy's tasks)."""
    names = {
        TaskKind.ASSESSMENT: QCoreApplication.translate("Vocab", "Risk assessment"),
        TaskKind.INTERVIEW: QCoreApplication.translate("Vocab", "Interview the student"),
        TaskKind.GUARDIAN: QCoreApplication.translate("Vocab", "Contact the guardian"),
        TaskKind.LEADER: QCoreApplication.translate("Vocab", "Inform the school leader"),
        TaskKind.REFERRAL: QCoreApplication.translate("Vocab", "Green-channel referral"),
        TaskKind.PLAN: QCoreApplication.translate("Vocab", "Write the growth plan"),
        TaskKind.FOLLOW_UP: QCoreApplication.translate("Vocab", "Follow-up"),
        TaskKind.REVIEW: QCoreApplication.translate("Vocab", "Semester review"),
        TaskKind.MEASURE: QCoreApplication.translate("Vocab", "Plan measure"),
        TaskKind.HOME_VISIT: QCoreApplication.translate("Vocab", "Planned home visit"),
    }
    return names.get(kind, kind.value)


def owner_name(owner: MeasureOwner) -> str:
    """Who is responsible for a task or a plan measure."""
    names = {
        MeasureOwner.COUNSELOR: QCoreApplication.translate("Vocab", "Counselor"),
        MeasureOwner.HEAD_TEACHER: QCoreApplication.translate("Vocab", "Head teacher"),
        MeasureOwner.MENTOR: QCoreApplication.translate("Vocab", "Mentor"),
        MeasureOwner.GUARDIAN: QCoreApplication.translate("Vocab", "Guardian"),
    }
    return names[owner]
