"""Weekly reports of class psychology committee members 心理委员周报."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import Urgency
from app.domain.growth import raise_if, require_text
from app.errors import Problem


@dataclass(frozen=True, slots=True)
class Concern:
    student_name: str  # as typed by the committee member
    text: str
    urgency: Urgency = Urgency.NORMAL
    student_id: int | None = None  # resolved against the class list when possible
    id: int | None = None
    triage: str = "pending"  # pending / flagged / merged / dismissed


@dataclass(frozen=True, slots=True)
class CommitteeReport:
    id: int | None
    class_id: int | None
    dorm_id: int | None
    reporter: str  # the committee member's name
    period_start: date
    period_end: date
    climate: int  # 1 (tense) .. 5 (good)
    events: str = ""
    nothing_to_report: bool = False
    concerns: tuple[Concern, ...] = ()
    received_at: datetime | None = None

    def validate(self) -> None:
        problems = require_text(self.reporter, "reporter")
        if self.class_id is None and self.dorm_id is None:
            problems.append(Problem("class_id", "required", "a class or a dorm is required"))
        if not 1 <= self.climate <= 5:
            problems.append(Problem("climate", "range", "class climate is 1-5"))
        if self.period_end < self.period_start:
            problems.append(Problem("period_end", "order", "period ends before it starts"))
        if self.nothing_to_report and self.concerns:
            problems.append(
                Problem("concerns", "contradiction", "'nothing to report' with concerns")
            )
        for index, concern in enumerate(self.concerns):
            problems += require_text(concern.student_name, f"concerns[{index}].student_name")
            problems += require_text(concern.text, f"concerns[{index}].text")
        raise_if(problems)

    @property
    def has_urgent(self) -> bool:
        return any(concern.urgency is Urgency.URGENT for concern in self.concerns)
