"""Translated names of the growth file's vocabularies (context "GrowthVocab").

The same words as ``app.domain.labels`` (which serves the Qt-free CLI and PDFs), but
through Qt's translation so the GUI follows the chosen language.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication

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
    SourceLevel,
    StudentStatus,
    VisitKind,
)
from app.domain.mht import MHT_SCALES

translate = QCoreApplication.translate


def _genders() -> dict[Enum, str]:
    return {
        Gender.MALE: translate("GrowthVocab", "Male"),
        Gender.FEMALE: translate("GrowthVocab", "Female"),
    }


def _statuses() -> dict[Enum, str]:
    return {
        StudentStatus.IN_SCHOOL: translate("GrowthVocab", "In school"),
        StudentStatus.SUSPENDED: translate("GrowthVocab", "Suspended"),
        StudentStatus.DROPPED_OUT: translate("GrowthVocab", "Dropped out"),
        StudentStatus.TRANSFERRED: translate("GrowthVocab", "Transferred"),
        StudentStatus.GRADUATED: translate("GrowthVocab", "Graduated"),
    }


def _cases() -> dict[Enum, str]:
    return {
        CaseStatus.OPEN: translate("GrowthVocab", "Open case"),
        CaseStatus.CLOSED: translate("GrowthVocab", "Closed case"),
    }


def _leaves() -> dict[Enum, str]:
    return {
        LeaveKind.SUSPEND: translate("GrowthVocab", "Suspension"),
        LeaveKind.RETURN: translate("GrowthVocab", "Return to school"),
    }


def _key_groups() -> dict[Enum, str]:
    return {
        KeyGroup.POVERTY: translate("GrowthVocab", "Poverty"),
        KeyGroup.LEFT_BEHIND: translate("GrowthVocab", "Left-behind"),
        KeyGroup.MIGRANT: translate("GrowthVocab", "Migrant"),
        KeyGroup.SINGLE_PARENT: translate("GrowthVocab", "Single-parent"),
        KeyGroup.DISABILITY: translate("GrowthVocab", "Disability"),
        KeyGroup.BEREAVED: translate("GrowthVocab", "Bereaved"),
        KeyGroup.BULLIED: translate("GrowthVocab", "Bullied at school"),
        KeyGroup.DOMESTIC_VIOLENCE: translate("GrowthVocab", "Domestic violence"),
        KeyGroup.SPECIAL_FAMILY: translate("GrowthVocab", "Special family"),
        KeyGroup.SPECIAL_PSYCHOLOGY: translate("GrowthVocab", "Special psychology"),
        KeyGroup.SPECIAL_PHYSICAL: translate("GrowthVocab", "Special physical health"),
        KeyGroup.SPECIAL_BEHAVIOUR: translate("GrowthVocab", "Special behaviour"),
    }


def _sources() -> dict[Enum, str]:
    return {
        SourceLevel.SELF: translate("GrowthVocab", "Individual"),
        SourceLevel.CLASS: translate("GrowthVocab", "Class"),
        SourceLevel.DORM: translate("GrowthVocab", "Dorm"),
        SourceLevel.GRADE: translate("GrowthVocab", "Grade"),
        SourceLevel.SCHOOL: translate("GrowthVocab", "School"),
        SourceLevel.EXTERNAL: translate("GrowthVocab", "Outside school / screening"),
    }


def _contacts() -> dict[Enum, str]:
    return {
        ContactKind.COUNSELING: translate("GrowthVocab", "Counseling session"),
        ContactKind.GUARDIAN: translate("GrowthVocab", "Talk with guardian"),
        ContactKind.MENTOR: translate("GrowthVocab", "Mentor talk"),
        ContactKind.HEAD_TEACHER: translate("GrowthVocab", "Head teacher talk"),
        ContactKind.LEADER_NOTICE: translate("GrowthVocab", "School leader informed"),
    }


def _visits() -> dict[Enum, str]:
    return {
        VisitKind.ONSITE: translate("GrowthVocab", "On-site visit"),
        VisitKind.PHONE: translate("GrowthVocab", "Phone visit"),
        VisitKind.VIDEO: translate("GrowthVocab", "Video visit"),
        VisitKind.SCHOOL: translate("GrowthVocab", "Meeting at school"),
    }


def _owners() -> dict[Enum, str]:
    return {
        MeasureOwner.COUNSELOR: translate("GrowthVocab", "Counselor"),
        MeasureOwner.HEAD_TEACHER: translate("GrowthVocab", "Head teacher"),
        MeasureOwner.MENTOR: translate("GrowthVocab", "Mentor"),
        MeasureOwner.GUARDIAN: translate("GrowthVocab", "Guardian"),
    }


def _measure_statuses() -> dict[Enum, str]:
    return {
        MeasureStatus.PLANNED: translate("GrowthVocab", "Planned"),
        MeasureStatus.IN_PROGRESS: translate("GrowthVocab", "In progress"),
        MeasureStatus.DONE: translate("GrowthVocab", "Done"),
        MeasureStatus.DROPPED: translate("GrowthVocab", "Dropped"),
    }


def _crises() -> dict[Enum, str]:
    return {
        CrisisKind.SELF_HARM: translate("GrowthVocab", "Self-harm"),
        CrisisKind.SUICIDE_ATTEMPT: translate("GrowthVocab", "Suicide attempt"),
        CrisisKind.SUICIDE_PLAN: translate("GrowthVocab", "Suicide plan"),
        CrisisKind.VIOLENCE: translate("GrowthVocab", "Violence risk"),
        CrisisKind.PSYCHOTIC: translate("GrowthVocab", "Psychotic signs"),
        CrisisKind.ABUSE: translate("GrowthVocab", "Abuse"),
        CrisisKind.RUNAWAY: translate("GrowthVocab", "Running away"),
        CrisisKind.OTHER: translate("GrowthVocab", "Other"),
    }


def _notified() -> dict[Enum, str]:
    return {
        Notified.GUARDIAN: translate("GrowthVocab", "Guardian"),
        Notified.PRINCIPAL: translate("GrowthVocab", "Principal"),
        Notified.POLICE: translate("GrowthVocab", "Police"),
        Notified.HOSPITAL: translate("GrowthVocab", "Hospital"),
    }


# One table per enum class: members of different StrEnums with the same value
# (ContactKind.GUARDIAN, Notified.GUARDIAN) are equal as strings.
_TABLES: dict[type[Enum], Callable[[], dict[Enum, str]]] = {
    Gender: _genders,
    StudentStatus: _statuses,
    CaseStatus: _cases,
    LeaveKind: _leaves,
    KeyGroup: _key_groups,
    SourceLevel: _sources,
    ContactKind: _contacts,
    VisitKind: _visits,
    MeasureOwner: _owners,
    MeasureStatus: _measure_statuses,
    CrisisKind: _crises,
    Notified: _notified,
}


def name(value: Enum) -> str:
    """The translated name of any growth-file vocabulary member."""
    table = _TABLES.get(type(value))
    found = table().get(value) if table is not None else None
    return found if found is not None else str(value.value)


def scale_name(scale: str) -> str:
    """Translated name of an MHT content scale (keys of ``app.domain.mht.MHT_SCALES``)."""
    names = {
        "learning_anxiety": translate("GrowthVocab", "Learning anxiety"),
        "social_anxiety": translate("GrowthVocab", "Social anxiety"),
        "loneliness": translate("GrowthVocab", "Loneliness"),
        "self_blame": translate("GrowthVocab", "Self-blame"),
        "sensitivity": translate("GrowthVocab", "Over-sensitivity"),
        "physical": translate("GrowthVocab", "Physical symptoms"),
        "phobia": translate("GrowthVocab", "Phobia"),
        "impulsiveness": translate("GrowthVocab", "Impulsiveness"),
    }
    return names.get(scale, scale)


SCALES = MHT_SCALES
