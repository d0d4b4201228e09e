"""The one-student-one-plan growth file 一生一策 and the records it holds over time.

Records are append-only history: flags are changed by new ``FlagChange`` entries,
plans by new versions, cases are closed with a reason and never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.enums import (
    CaseStatus,
    ContactKind,
    CrisisKind,
    LeaveKind,
    MeasureOwner,
    MeasureStatus,
    Notified,
    SourceLevel,
    VisitKind,
    WarningLevel,
)
from app.domain.student import Student
from app.errors import Problem, ValidationError


def require_text(value: str, field_name: str) -> list[Problem]:
    if value.strip():
        return []
    return [Problem(field_name, "required", f"{field_name} is required")]


def raise_if(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


@dataclass(frozen=True, slots=True)
class Screening:
    id: int | None
    student_id: int
    taken_on: date
    instrument: str  # "MHT"
    scores: dict[str, int]  # scale key -> score
    total: int | None
    validity: int | None
    interpretation: str = ""
    source: str = ""  # file fingerprint for idempotent re-import


@dataclass(frozen=True, slots=True)
class FlagChange:
    """One change of a student's warning level; the history is the flag."""

    id: int | None
    student_id: int
    at: datetime
    level: WarningLevel
    previous_level: WarningLevel
    reason: str
    source: SourceLevel
    reporter: str = ""  # who raised the concern (e.g. a committee member, a head teacher)
    actor: str = ""  # the account that recorded the change

    def validate(self) -> None:
        problems = require_text(self.reason, "reason")
        if self.level is self.previous_level:
            problems.append(Problem("level", "unchanged", "the level is already set"))
        raise_if(problems)

    @property
    def is_lowering(self) -> bool:
        return self.level.severity < self.previous_level.severity


@dataclass(frozen=True, slots=True)
class Measure:
    what: str
    owner: MeasureOwner
    owner_name: str = ""
    due_on: date | None = None
    status: MeasureStatus = MeasureStatus.PLANNED
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """One version of a student's plan; editing creates the next version."""

    id: int | None
    student_id: int
    version: int
    created_at: datetime
    author: str
    summary: str  # problem summary
    goals: str
    next_review_on: date | None
    measures: tuple[Measure, ...] = ()

    def validate(self) -> None:
        problems = require_text(self.summary, "summary") + require_text(self.goals, "goals")
        for index, measure in enumerate(self.measures):
            if not measure.what.strip():
                problems.append(Problem(f"measures[{index}].what", "required", "measure is empty"))
        raise_if(problems)


@dataclass(frozen=True, slots=True)
class Contact:
    id: int | None
    student_id: int
    at: datetime
    kind: ContactKind
    with_whom: str
    note: str
    actor: str = ""

    def validate(self) -> None:
        raise_if(require_text(self.note, "note"))


@dataclass(frozen=True, slots=True)
class HomeVisit:
    id: int | None
    student_id: int
    visited_on: date
    kind: VisitKind
    visitors: str
    met_with: str = ""
    home_observations: str = ""
    concerns: str = ""
    agreed_actions: str = ""
    next_visit_on: date | None = None
    follow_up: bool = False  # 随访 record for a key-group or suspended student

    def validate(self, today: date) -> None:
        problems = require_text(self.visitors, "visitors")
        if self.visited_on > today:
            problems.append(Problem("visited_on", "future", "a visit cannot be in the future"))
        if self.next_visit_on is not None and self.next_visit_on <= self.visited_on:
            problems.append(
                Problem("next_visit_on", "order", "next visit must be after this visit")
            )
        raise_if(problems)


@dataclass(frozen=True, slots=True)
class Referral:
    id: int | None
    student_id: int
    referred_on: date
    institution: str
    green_channel: bool
    reason: str = ""
    feedback_received: bool = False
    feedback_on: date | None = None
    feedback: str = ""
    declined_reason: str = ""  # set when it was decided not to refer (and why)

    def validate(self) -> None:
        problems: list[Problem] = []
        if not self.declined_reason.strip():
            problems += require_text(self.institution, "institution")
        if self.feedback_received and self.feedback_on is None:
            problems.append(Problem("feedback_on", "required", "feedback date is required"))
        raise_if(problems)


@dataclass(frozen=True, slots=True)
class LeaveEvent:
    """Suspension 休学 or return 复学."""

    id: int | None
    student_id: int
    kind: LeaveKind
    on: date
    reason: str = ""
    certificate_issuer: str = ""  # specialist hospital that certified fitness to return
    certificate_on: date | None = None

    def validate(self) -> None:
        """A return needs a certificate from a specialist hospital (issuer and date)."""
        problems: list[Problem] = []
        if self.kind is LeaveKind.RETURN:
            if not self.certificate_issuer.strip():
                problems.append(
                    Problem(
                        "certificate_issuer",
                        "certificate_required",
                        "a return needs a specialist hospital certificate: issuer missing",
                    )
                )
            if self.certificate_on is None:
                problems.append(
                    Problem(
                        "certificate_on",
                        "certificate_required",
                        "a return needs a specialist hospital certificate: date missing",
                    )
                )
            elif self.certificate_on > self.on:
                problems.append(
                    Problem("certificate_on", "order", "certificate is dated after the return")
                )
        else:
            problems += require_text(self.reason, "reason")
        raise_if(problems)


@dataclass(frozen=True, slots=True)
class CrisisEvent:
    id: int | None
    student_id: int
    occurred_at: datetime
    kind: CrisisKind
    description: str
    notified: frozenset[Notified] = field(default_factory=frozenset)
    outcome: str = ""

    def validate(self) -> None:
        raise_if(require_text(self.description, "description"))


@dataclass(frozen=True, slots=True)
class CaseStatusChange:
    id: int | None
    student_id: int
    at: datetime
    status: CaseStatus
    reason: str
    actor: str = ""

    def validate(self) -> None:
        raise_if(require_text(self.reason, "reason"))


@dataclass(frozen=True, slots=True)
class GrowthFile:
    """Everything kept about one student, oldest first in every list."""

    student: Student
    screenings: tuple[Screening, ...] = ()
    flags: tuple[FlagChange, ...] = ()
    plans: tuple[Plan, ...] = ()
    contacts: tuple[Contact, ...] = ()
    visits: tuple[HomeVisit, ...] = ()
    referrals: tuple[Referral, ...] = ()
    leaves: tuple[LeaveEvent, ...] = ()
    crises: tuple[CrisisEvent, ...] = ()
    case_history: tuple[CaseStatusChange, ...] = ()

    @property
    def current_level(self) -> WarningLevel:
        return self.flags[-1].level if self.flags else WarningLevel.CLEAR

    @property
    def current_plan(self) -> Plan | None:
        return self.plans[-1] if self.plans else None

    @property
    def case_status(self) -> CaseStatus:
        return self.case_history[-1].status if self.case_history else CaseStatus.OPEN


def check_leave_sequence(current_suspended: bool, event: LeaveEvent) -> None:
    """Only a student in school can be suspended; only a suspended one can return."""
    event.validate()
    if event.kind is LeaveKind.RETURN and not current_suspended:
        raise ValidationError.single("kind", "not_suspended", "the student is not suspended")
    if event.kind is LeaveKind.SUSPEND and current_suspended:
        raise ValidationError.single("kind", "already_suspended", "already suspended")
