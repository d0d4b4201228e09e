"""Reading an MHT result in words, the station's thresholds, and the suggested flags an
abnormal result produces for the counselor's review list.

A suggestion is never a flag: the counselor accepts it (a yellow flag from the source
"external", reporter "MHT筛查") or dismisses it with a reason. A student already flagged
yellow or higher gets no suggestion — the result is in the file they are followed from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from app.domain.enums import WarningLevel
from app.domain.growth import Screening
from app.domain.mht import MhtReading, MhtThresholds, read_mht
from app.domain.screening import SCALE_LABELS
from app.errors import Problem, ValidationError

SUGGESTED_LEVEL = WarningLevel.YELLOW


def thresholds_problems(thresholds: MhtThresholds) -> list[Problem]:
    checks = (
        ("validity_max", thresholds.validity_max, 0, 10),
        ("total_plan", thresholds.total_plan, 1, 100),
        ("scale_abnormal", thresholds.scale_abnormal, 1, 15),
    )
    return [
        Problem(name, "range", f"{name} must be {low}-{high}")
        for name, value, low, high in checks
        if not low <= value <= high
    ]


def thresholds_to_json(thresholds: MhtThresholds) -> dict[str, int]:
    return asdict(thresholds)


def thresholds_from_json(data: Mapping[str, Any]) -> MhtThresholds:
    try:
        thresholds = MhtThresholds(**{k: int(v) for k, v in data.items()})
    except (TypeError, ValueError):
        raise ValidationError.single("thresholds", "format", "MHT thresholds are invalid") from None
    if problems := thresholds_problems(thresholds):
        raise ValidationError(problems)
    return thresholds


def scale_names(scales: Sequence[str]) -> str:
    return "、".join(SCALE_LABELS[s] for s in scales)


def interpret(
    reading: MhtReading, total: int, validity: int | None, thresholds: MhtThresholds
) -> str:
    """The reading in the words a counselor writes in the growth file."""
    if not reading.reliable:
        return (
            f"效度(测谎)量表得分{validity}，高于{thresholds.validity_max}分，"
            "答卷可信度低，结果仅供参考，建议重测"
        )
    parts = []
    if reading.plan_needed:
        parts.append(f"总焦虑分{total}，达到{thresholds.total_plan}分，建议制定个别辅导计划")
    if reading.abnormal_scales:
        parts.append(
            f"{scale_names(reading.abnormal_scales)}分量表得分达到"
            f"{thresholds.scale_abnormal}分，为异常，建议关注"
        )
    return "；".join(parts) if parts else f"总焦虑分{total}，各分量表得分均在正常范围"


def reading_of(screening: Screening, thresholds: MhtThresholds) -> MhtReading:
    return read_mht(screening.scores, screening.total, screening.validity, thresholds)


def suggestion_reason(taken_on: date, interpretation: str) -> str:
    return f"MHT筛查异常（{taken_on.isoformat()}）：{interpretation}"


def may_suggest(current: WarningLevel) -> bool:
    """Only a student below yellow gets a suggestion (no flag, or blue)."""
    return current.severity < SUGGESTED_LEVEL.severity


class SuggestionStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"


@dataclass(frozen=True, slots=True)
class FlagSuggestion:
    id: int | None
    student_id: int
    screening_id: int
    created_at: datetime
    reason: str  # becomes the flag's reason when accepted
    level: WarningLevel = SUGGESTED_LEVEL
    status: SuggestionStatus = SuggestionStatus.PENDING
    decided_at: datetime | None = None
    decided_by: str = ""
    note: str = ""  # why it was dismissed
    flag_change_id: int | None = None


@dataclass(frozen=True, slots=True)
class SuggestionLine:
    """One line of the review list: the suggestion, its screening and whose it is."""

    suggestion: FlagSuggestion
    screening: Screening
    student_number: str
    student_name: str
    class_name: str
    current_level: WarningLevel
