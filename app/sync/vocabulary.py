"""The fixed vocabularies a county bundle may use, and mapping school grades onto them.

A station's grade names are free text ("七年级", "初一", "高二") and never leave the school;
bundles carry national grade codes instead: ``g1``–``g12`` (primary 1–6, junior 7–9,
senior 10–12), ``v1``–``v3`` for vocational schools, and ``unknown``.
"""

from __future__ import annotations

import re
from enum import StrEnum

from app.domain.enums import SchoolType, WarningLevel

TOTAL = "*"  # a cell's value for a dimension it adds up over


class GradeCode(StrEnum):
    G1 = "g1"
    G2 = "g2"
    G3 = "g3"
    G4 = "g4"
    G5 = "g5"
    G6 = "g6"
    G7 = "g7"
    G8 = "g8"
    G9 = "g9"
    G10 = "g10"
    G11 = "g11"
    G12 = "g12"
    V1 = "v1"
    V2 = "v2"
    V3 = "v3"
    UNKNOWN = "unknown"


class Stage(StrEnum):
    """School stage 学段: what a case line's grade is generalized to."""

    PRIMARY = "primary"
    JUNIOR = "junior"
    SENIOR = "senior"
    VOCATIONAL = "vocational"
    UNKNOWN = "unknown"


class YesNo(StrEnum):
    YES = "yes"
    NO = "no"


class ScreenResult(StrEnum):
    """Reading of a student's latest MHT this school year (app.domain.mht)."""

    UNSCREENED = "unscreened"  # no MHT this school year
    NORMAL = "normal"
    ABNORMAL = "abnormal"  # reliable and suggests a flag
    UNRELIABLE = "unreliable"  # validity (lie) score above the limit


class Feedback(StrEnum):
    RECEIVED = "received"
    PENDING = "pending"


class PeriodKind(StrEnum):
    MONTH = "month"
    SEMESTER = "semester"


OPEN_LEVELS: tuple[WarningLevel, ...] = tuple(level for level in WarningLevel if level.is_open)
CASE_LEVELS: tuple[WarningLevel, ...] = (WarningLevel.RED, WarningLevel.ORANGE)

_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMBER = r"([一二三四五六七八九]|[1-9])"
_PATTERNS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"初" + _NUMBER), 6),
    (re.compile(r"高" + _NUMBER), 9),
    (re.compile(_NUMBER + r"年级"), 0),
)
_OFFSET = {
    SchoolType.PRIMARY: 0,
    SchoolType.NINE_YEAR: 0,
    SchoolType.JUNIOR: 6,
    SchoolType.SENIOR: 9,
}


def _number(text: str) -> int:
    return _NUMERALS.get(text) or int(text)


def _from_name(name: str, school_type: SchoolType) -> int | None:
    for pattern, offset in _PATTERNS:
        match = pattern.search(name)
        if match:
            number = _number(match.group(1)) + offset
            if offset == 0 and school_type in (SchoolType.JUNIOR, SchoolType.SENIOR):
                number += _OFFSET[school_type] if number <= 3 else 0
            return number
    return None


def grade_code(name: str, position: int, school_type: SchoolType) -> GradeCode:
    """The national grade of a station grade, from its name if recognisable, else from its
    position (1 = lowest grade of the school)."""
    if school_type is SchoolType.VOCATIONAL:
        number = _from_name(name, SchoolType.PRIMARY) or position
        return GradeCode(f"v{number}") if 1 <= number <= 3 else GradeCode.UNKNOWN
    number = _from_name(name, school_type) or position + _OFFSET[school_type]
    return GradeCode(f"g{number}") if 1 <= number <= 12 else GradeCode.UNKNOWN


def stage_of(grade: GradeCode) -> Stage:
    if grade is GradeCode.UNKNOWN:
        return Stage.UNKNOWN
    if grade.value.startswith("v"):
        return Stage.VOCATIONAL
    number = int(grade.value[1:])
    return Stage.PRIMARY if number <= 6 else Stage.JUNIOR if number <= 9 else Stage.SENIOR
