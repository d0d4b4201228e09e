"""Translated names of the domain's vocabularies (context "Vocab"), for every window.

One table per enum *type*, keyed by the member's value: members of different StrEnums
with the same value (``ContactKind.GUARDIAN``, ``Notified.GUARDIAN``,
``MeasureOwner.GUARDIAN``, ``TaskKind.GUARDIAN`` are all ``"guardian"``) compare equal,
so a dict keyed by members of mixed types would silently mix them up. Look names up
with ``enum_name(member)``; the older helpers below (``gender_name`` …) are shortcuts.

``app.domain.labels`` holds the same words for the Qt-free layers (CLI, PDF); here they
go through Qt's translation so the GUI follows the chosen language. Add new
vocabularies here, in the same style, so that ``pyside6-lupdate`` sees every string.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication

from app.domain.accounts import Account
from app.domain.enums import (
    CaseStatus,
    ContactKind,
    CrisisKind,
    Gender,
    KeyGroup,
    LeaveKind,
    MeasureOwner,
    MeasureStatus,
    Notified,
    Role,
    SchoolType,
    SourceLevel,
    StudentStatus,
    Urgency,
    VisitKind,
)
from app.domain.policy import TaskKind
from app.ui.i18n import fmt

Names = dict[str, str]  # member value -> translated name


translate = QCoreApplication.translate  # lupdate reads translate("Vocab", "…") calls


# --- the shell -------------------------------------------------------------------------------


def _roles() -> Names:
    return {
        Role.COUNSELOR: translate("Vocab", "Counselor"),
        Role.LEADER: translate("Vocab", "School leader"),
        Role.HEAD_TEACHER: translate("Vocab", "Head teacher"),
        Role.GRADE_LEADER: translate("Vocab", "Grade leader"),
        Role.RECOVERY: translate("Vocab", "Recovery code"),
    }


def _school_types() -> Names:
    return {
        SchoolType.PRIMARY: translate("Vocab", "Primary school"),
        SchoolType.JUNIOR: translate("Vocab", "Junior middle school"),
        SchoolType.SENIOR: translate("Vocab", "Senior high school"),
        SchoolType.NINE_YEAR: translate("Vocab", "Nine-year school"),
        SchoolType.VOCATIONAL: translate("Vocab", "Vocational school"),
    }


def _urgencies() -> Names:
    return {
        Urgency.URGENT: translate("Vocab", "Urgent"),
        Urgency.NORMAL: translate("Vocab", "Normal"),
    }


def _tasks() -> Names:
    return {
        TaskKind.ASSESSMENT: translate("Vocab", "Risk assessment"),
        TaskKind.INTERVIEW: translate("Vocab", "Interview the student"),
        TaskKind.GUARDIAN: translate("Vocab", "Contact the guardian"),
        TaskKind.LEADER: translate("Vocab", "Inform the school leader"),
        TaskKind.REFERRAL: translate("Vocab", "Green-channel referral"),
        TaskKind.PLAN: translate("Vocab", "Write the growth plan"),
        TaskKind.FOLLOW_UP: translate("Vocab", "Follow-up"),
        TaskKind.REVIEW: translate("Vocab", "Semester review"),
        TaskKind.MEASURE: translate("Vocab", "Plan measure"),
        TaskKind.HOME_VISIT: translate("Vocab", "Planned home visit"),
    }


# --- the student -----------------------------------------------------------------------------


def _genders() -> Names:
    return {Gender.MALE: translate("Vocab", "Male"), Gender.FEMALE: translate("Vocab", "Female")}


def _statuses() -> Names:
    return {
        StudentStatus.IN_SCHOOL: translate("Vocab", "In school"),
        StudentStatus.SUSPENDED: translate("Vocab", "Suspended"),
        StudentStatus.DROPPED_OUT: translate("Vocab", "Dropped out"),
        StudentStatus.TRANSFERRED: translate("Vocab", "Transferred"),
        StudentStatus.GRADUATED: translate("Vocab", "Graduated"),
    }


def _key_groups() -> Names:
    return {
        KeyGroup.POVERTY: translate("Vocab", "Poverty"),
        KeyGroup.LEFT_BEHIND: translate("Vocab", "Left-behind"),
        KeyGroup.MIGRANT: translate("Vocab", "Migrant"),
        KeyGroup.SINGLE_PARENT: translate("Vocab", "Single-parent"),
        KeyGroup.DISABILITY: translate("Vocab", "Disability"),
        KeyGroup.BEREAVED: translate("Vocab", "Bereaved"),
        KeyGroup.BULLIED: translate("Vocab", "Bullied at school"),
        KeyGroup.DOMESTIC_VIOLENCE: translate("Vocab", "Domestic violence"),
        KeyGroup.SPECIAL_FAMILY: translate("Vocab", "Special family"),
        KeyGroup.SPECIAL_PSYCHOLOGY: translate("Vocab", "Special psychology"),
        KeyGroup.SPECIAL_PHYSICAL: translate("Vocab", "Special physical health"),
        KeyGroup.SPECIAL_BEHAVIOUR: translate("Vocab", "Special behaviour"),
    }


# --- the growth file -------------------------------------------------------------------------


def _cases() -> Names:
    return {
        CaseStatus.OPEN: translate("Vocab", "Open case"),
        CaseStatus.CLOSED: translate("Vocab", "Closed case"),
    }


def _leaves() -> Names:
    return {
        LeaveKind.SUSPEND: translate("Vocab", "Suspension"),
        LeaveKind.RETURN: translate("Vocab", "Return to school"),
    }


def _sources() -> Names:
    return {
        SourceLevel.SELF: translate("Vocab", "Individual"),
        SourceLevel.CLASS: translate("Vocab", "Class"),
        SourceLevel.DORM: translate("Vocab", "Dorm"),
        SourceLevel.GRADE: translate("Vocab", "Grade"),
        SourceLevel.SCHOOL: translate("Vocab", "School"),
        SourceLevel.EXTERNAL: translate("Vocab", "Outside school / screening"),
    }


def _contacts() -> Names:
    return {
        ContactKind.COUNSELING: translate("Vocab", "Counseling session"),
        ContactKind.GUARDIAN: translate("Vocab", "Talk with guardian"),
        ContactKind.MENTOR: translate("Vocab", "Mentor talk"),
        ContactKind.HEAD_TEACHER: translate("Vocab", "Head teacher talk"),
        ContactKind.LEADER_NOTICE: translate("Vocab", "School leader informed"),
    }


def _visits() -> Names:
    return {
        VisitKind.ONSITE: translate("Vocab", "On-site visit"),
        VisitKind.PHONE: translate("Vocab", "Phone visit"),
        VisitKind.VIDEO: translate("Vocab", "Video visit"),
        VisitKind.SCHOOL: translate("Vocab", "Meeting at school"),
    }


def _owners() -> Names:
    return {
        MeasureOwner.COUNSELOR: translate("Vocab", "Counselor"),
        MeasureOwner.HEAD_TEACHER: translate("Vocab", "Head teacher"),
        MeasureOwner.MENTOR: translate("Vocab", "Mentor"),
        MeasureOwner.GUARDIAN: translate("Vocab", "Guardian"),
    }


def _measure_statuses() -> Names:
    return {
        MeasureStatus.PLANNED: translate("Vocab", "Planned"),
        MeasureStatus.IN_PROGRESS: translate("Vocab", "In progress"),
        MeasureStatus.DONE: translate("Vocab", "Done"),
        MeasureStatus.DROPPED: translate("Vocab", "Dropped"),
    }


def _crises() -> Names:
    return {
        CrisisKind.SELF_HARM: translate("Vocab", "Self-harm"),
        CrisisKind.SUICIDE_ATTEMPT: translate("Vocab", "Suicide attempt"),
        CrisisKind.SUICIDE_PLAN: translate("Vocab", "Suicide plan"),
        CrisisKind.VIOLENCE: translate("Vocab", "Violence risk"),
        CrisisKind.PSYCHOTIC: translate("Vocab", "Psychotic signs"),
        CrisisKind.ABUSE: translate("Vocab", "Abuse"),
        CrisisKind.RUNAWAY: translate("Vocab", "Running away"),
        CrisisKind.OTHER: translate("Vocab", "Other"),
    }


def _notified() -> Names:
    return {
        Notified.GUARDIAN: translate("Vocab", "Guardian"),
        Notified.PRINCIPAL: translate("Vocab", "Principal"),
        Notified.POLICE: translate("Vocab", "Police"),
        Notified.HOSPITAL: translate("Vocab", "Hospital"),
    }


# Keyed by enum type; each table is keyed by the member's value (see the module docstring).
# The tables are written with members for legibility: a StrEnum member hashes and
# compares as its value, so ``{Gender.MALE: …}["M"]`` finds it.
_TABLES: dict[type[Enum], Callable[[], Names]] = {
    Role: _roles,
    SchoolType: _school_types,
    Urgency: _urgencies,
    TaskKind: _tasks,
    Gender: _genders,
    StudentStatus: _statuses,
    KeyGroup: _key_groups,
    CaseStatus: _cases,
    LeaveKind: _leaves,
    SourceLevel: _sources,
    ContactKind: _contacts,
    VisitKind: _visits,
    MeasureOwner: _owners,
    MeasureStatus: _measure_statuses,
    CrisisKind: _crises,
    Notified: _notified,
}


def enum_name(member: Enum) -> str:
    """The translated name of a vocabulary member (its value if the type has no table)."""
    table = _TABLES.get(type(member))
    found = table().get(member.value) if table is not None else None
    return found if found is not None else str(member.value)


def scale_name(scale: str) -> str:
    """Translated name of an MHT content scale (keys of ``app.domain.mht.MHT_SCALES``)."""
    names = {
        "learning_anxiety": translate("Vocab", "Learning anxiety"),
        "social_anxiety": translate("Vocab", "Social anxiety"),
        "loneliness": translate("Vocab", "Loneliness"),
        "self_blame": translate("Vocab", "Self-blame"),
        "sensitivity": translate("Vocab", "Over-sensitivity"),
        "physical": translate("Vocab", "Physical symptoms"),
        "phobia": translate("Vocab", "Phobia"),
        "impulsiveness": translate("Vocab", "Impulsiveness"),
    }
    return names.get(scale, scale)


# --- shortcuts -------------------------------------------------------------------------------


def role_name(role: Role) -> str:
    return enum_name(role)


def school_type_name(school_type: SchoolType) -> str:
    return enum_name(school_type)


def gender_name(gender: Gender) -> str:
    return enum_name(gender)


def student_status_name(status: StudentStatus) -> str:
    return enum_name(status)


def urgency_name(urgency: Urgency) -> str:
    return enum_name(urgency)


def task_name(kind: TaskKind) -> str:
    """What a due item asks for (the response policy's tasks)."""
    return enum_name(kind)


def owner_name(owner: MeasureOwner) -> str:
    """Who is responsible for a task or a plan measure."""
    return enum_name(owner)


def key_group_names() -> dict[KeyGroup, str]:
    """Every key group's translated name, in the order of ``KeyGroup``."""
    names = _key_groups()
    return {group: names[group.value] for group in KeyGroup}


def yes_no(value: bool) -> str:
    return translate("Vocab", "Yes") if value else translate("Vocab", "No")


def account_label(account: Account) -> str:
    """How the signed-in account is shown, e.g. 王老师（心理健康教师）."""
    text = translate("Vocab", "{name} ({role})")
    return fmt(text, name=account.display_name, role=role_name(account.role))


def triage_name(triage: str) -> str:
    """What became of a committee member's concern (pending / flagged / merged / dismissed)."""
    names = {
        "pending": translate("Vocab", "Awaiting triage"),
        "flagged": translate("Vocab", "Turned into a warning flag"),
        "merged": translate("Vocab", "Merged into an open flag"),
        "dismissed": translate("Vocab", "Not taken further"),
    }
    return names.get(triage, triage)
