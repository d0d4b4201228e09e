"""The response-deadline policy of the four-level warning system (DOMAIN.md table).

Stored per station as JSON so each school can tune the numbers; these are the defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain.enums import MeasureOwner, WarningLevel
from app.errors import Problem, ValidationError


class TaskKind(StrEnum):
    ASSESSMENT = "assessment"  # counselor assessment (red, same day)
    INTERVIEW = "interview"  # counselor interview (orange, yellow)
    GUARDIAN = "guardian"  # guardian notified / contacted
    LEADER = "leader"  # principal / school leader notified
    REFERRAL = "referral"  # referral via green channel, or the reason why not
    PLAN = "plan"  # a plan version written after the flag
    FOLLOW_UP = "follow_up"  # recurring follow-up at the level's interval
    REVIEW = "review"  # blue: semester review by the head teacher
    MEASURE = "measure"  # a plan measure with a due date
    HOME_VISIT = "home_visit"  # a home visit planned by a head teacher (visit_plan)


@dataclass(frozen=True, slots=True)
class TaskRule:
    kind: TaskKind
    within_hours: int  # 0 = by the end of the same day
    responsible: MeasureOwner = MeasureOwner.COUNSELOR


@dataclass(frozen=True, slots=True)
class LevelPolicy:
    tasks: tuple[TaskRule, ...]
    follow_up_days: int
    follow_up_by: MeasureOwner = MeasureOwner.COUNSELOR


@dataclass(frozen=True, slots=True)
class ResponsePolicy:
    levels: dict[WarningLevel, LevelPolicy]

    def for_level(self, level: WarningLevel) -> LevelPolicy | None:
        return self.levels.get(level)

    def to_json(self) -> dict[str, Any]:
        return {
            level.value: {
                "tasks": {rule.kind.value: rule.within_hours for rule in policy.tasks},
                "responsible": {rule.kind.value: rule.responsible.value for rule in policy.tasks},
                "follow_up_days": policy.follow_up_days,
                "follow_up_by": policy.follow_up_by.value,
            }
            for level, policy in self.levels.items()
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ResponsePolicy:
        try:
            levels = {WarningLevel(key): _level_from_json(value) for key, value in data.items()}
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise ValidationError.single(
                "policy", "format", f"response policy is invalid: {exc}"
            ) from None
        policy = cls(levels)
        policy.validate()
        return policy

    def validate(self) -> None:
        problems: list[Problem] = []
        for level, level_policy in self.levels.items():
            if not level.is_open:
                problems.append(Problem("policy", "level", "no policy for a cleared flag"))
            if not 1 <= level_policy.follow_up_days <= 366:
                problems.append(
                    Problem("follow_up_days", "range", "follow-up interval must be 1-366 days")
                )
            for rule in level_policy.tasks:
                if not 0 <= rule.within_hours <= 24 * 90:
                    problems.append(Problem("within_hours", "range", "deadline out of range"))
        if problems:
            raise ValidationError(problems)


def _level_from_json(value: dict[str, Any]) -> LevelPolicy:
    responsible = value.get("responsible", {})
    tasks = tuple(
        TaskRule(
            TaskKind(kind),
            int(hours),
            MeasureOwner(responsible.get(kind, MeasureOwner.COUNSELOR.value)),
        )
        for kind, hours in value["tasks"].items()
    )
    return LevelPolicy(
        tasks,
        int(value["follow_up_days"]),
        MeasureOwner(value.get("follow_up_by", MeasureOwner.COUNSELOR.value)),
    )


def _rules(*pairs: tuple[TaskKind, int]) -> tuple[TaskRule, ...]:
    return tuple(TaskRule(kind, hours) for kind, hours in pairs)


DEFAULT_POLICY = ResponsePolicy(
    {
        WarningLevel.RED: LevelPolicy(
            _rules(
                (TaskKind.ASSESSMENT, 0),
                (TaskKind.GUARDIAN, 0),
                (TaskKind.LEADER, 0),
                (TaskKind.REFERRAL, 24),
            ),
            follow_up_days=7,
        ),
        WarningLevel.ORANGE: LevelPolicy(
            _rules((TaskKind.INTERVIEW, 72), (TaskKind.GUARDIAN, 72), (TaskKind.PLAN, 168)),
            follow_up_days=14,
        ),
        WarningLevel.YELLOW: LevelPolicy(
            _rules((TaskKind.INTERVIEW, 168), (TaskKind.PLAN, 336)),
            follow_up_days=30,
        ),
        WarningLevel.BLUE: LevelPolicy(
            (), follow_up_days=120, follow_up_by=MeasureOwner.HEAD_TEACHER
        ),
    }
)
