"""Enumerations of the domain's fixed vocabularies (see shared/DOMAIN.md).

Values are stable English identifiers stored in the database and used on the CLI;
Chinese labels live in ``app.domain.labels`` for the Qt-free layers (CLI, PDF) and in
the Qt translation files for the GUI.
"""

from __future__ import annotations

from enum import StrEnum


class SchoolType(StrEnum):
    PRIMARY = "primary"  # 小学
    JUNIOR = "junior"  # 初中
    SENIOR = "senior"  # 高中
    NINE_YEAR = "nine_year"  # 九年一贯制
    VOCATIONAL = "vocational"  # 职校


class Gender(StrEnum):
    MALE = "M"
    FEMALE = "F"


class StudentStatus(StrEnum):
    IN_SCHOOL = "in_school"
    SUSPENDED = "suspended"  # 休学
    DROPPED_OUT = "dropped_out"  # 辍学
    TRANSFERRED = "transferred"
    GRADUATED = "graduated"


class KeyGroup(StrEnum):
    """Key-group tags; the last four are the "four specials" 四特."""

    POVERTY = "poverty"
    LEFT_BEHIND = "left_behind"
    MIGRANT = "migrant"
    SINGLE_PARENT = "single_parent"
    DISABILITY = "disability"
    BEREAVED = "bereaved"
    BULLIED = "bullied"
    DOMESTIC_VIOLENCE = "domestic_violence"
    SPECIAL_FAMILY = "special_family"
    SPECIAL_PSYCHOLOGY = "special_psychology"
    SPECIAL_PHYSICAL = "special_physical"
    SPECIAL_BEHAVIOUR = "special_behaviour"


class WarningLevel(StrEnum):
    """The four warning levels, plus CLEAR for a flag that has been lowered to nothing."""

    RED = "red"  # Level I
    ORANGE = "orange"  # Level II
    YELLOW = "yellow"  # Level III
    BLUE = "blue"  # Level IV
    CLEAR = "clear"

    @property
    def severity(self) -> int:
        """4 for red down to 1 for blue, 0 for cleared: compare levels with this."""
        return _SEVERITY[self]

    @property
    def is_open(self) -> bool:
        return self is not WarningLevel.CLEAR


_SEVERITY = {
    WarningLevel.RED: 4,
    WarningLevel.ORANGE: 3,
    WarningLevel.YELLOW: 2,
    WarningLevel.BLUE: 1,
    WarningLevel.CLEAR: 0,
}


class SourceLevel(StrEnum):
    """Which level of the four-level network raised a concern."""

    SELF = "self"  # individual: the student, or the counselor's own observation
    CLASS = "class"
    DORM = "dorm"
    GRADE = "grade"
    SCHOOL = "school"
    EXTERNAL = "external"  # family, hospital, police, screening platform


class ContactKind(StrEnum):
    COUNSELING = "counseling"  # session / assessment by the counselor
    GUARDIAN = "guardian"  # talk with the guardian
    MENTOR = "mentor"  # 倾听一刻钟 fifteen minutes of listening
    HEAD_TEACHER = "head_teacher"
    LEADER_NOTICE = "leader_notice"  # school leader / principal informed


class VisitKind(StrEnum):
    ONSITE = "onsite"
    PHONE = "phone"
    VIDEO = "video"
    SCHOOL = "school"  # guardian met at school


class MeasureOwner(StrEnum):
    COUNSELOR = "counselor"
    HEAD_TEACHER = "head_teacher"
    MENTOR = "mentor"
    GUARDIAN = "guardian"


class MeasureStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        return self in (MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS)


class LeaveKind(StrEnum):
    SUSPEND = "suspend"  # 休学
    RETURN = "return"  # 复学


class Notified(StrEnum):
    GUARDIAN = "guardian"
    PRINCIPAL = "principal"
    POLICE = "police"
    HOSPITAL = "hospital"


class CrisisKind(StrEnum):
    SELF_HARM = "self_harm"
    SUICIDE_ATTEMPT = "suicide_attempt"
    SUICIDE_PLAN = "suicide_plan"
    VIOLENCE = "violence"
    PSYCHOTIC = "psychotic"
    ABUSE = "abuse"
    RUNAWAY = "runaway"
    OTHER = "other"


class Urgency(StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"


class Role(StrEnum):
    COUNSELOR = "counselor"
    LEADER = "leader"
    HEAD_TEACHER = "head_teacher"
    GRADE_LEADER = "grade_leader"
    RECOVERY = "recovery"  # the recovery-code slot, never a login of its own


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
