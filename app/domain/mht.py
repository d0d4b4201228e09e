"""Reading MHT (心理健康诊断测验) results with the common thresholds (editable per station)."""

from __future__ import annotations

from dataclasses import dataclass

MHT_SCALES: tuple[str, ...] = (
    "learning_anxiety",  # 学习焦虑
    "social_anxiety",  # 对人焦虑
    "loneliness",  # 孤独倾向
    "self_blame",  # 自责倾向
    "sensitivity",  # 过敏倾向
    "physical",  # 身体症状
    "phobia",  # 恐怖倾向
    "impulsiveness",  # 冲动倾向
)


@dataclass(frozen=True, slots=True)
class MhtThresholds:
    validity_max: int = 7  # a validity (lie) score above this makes the sheet unreliable
    total_plan: int = 65  # total anxiety at or above this calls for an individual plan
    scale_abnormal: int = 8  # a content scale at or above this is abnormal


@dataclass(frozen=True, slots=True)
class MhtReading:
    reliable: bool
    plan_needed: bool
    abnormal_scales: tuple[str, ...]

    @property
    def suggests_flag(self) -> bool:
        """An abnormal, reliable result suggests a yellow flag; the counselor decides."""
        return self.reliable and (self.plan_needed or bool(self.abnormal_scales))


def read_mht(
    scores: dict[str, int],
    total: int | None,
    validity: int | None,
    thresholds: MhtThresholds = MhtThresholds(),
) -> MhtReading:
    reliable = validity is None or validity <= thresholds.validity_max
    computed_total = total if total is not None else sum(scores.get(s, 0) for s in MHT_SCALES)
    abnormal = tuple(s for s in MHT_SCALES if scores.get(s, 0) >= thresholds.scale_abnormal)
    return MhtReading(reliable, computed_total >= thresholds.total_plan, abnormal)
