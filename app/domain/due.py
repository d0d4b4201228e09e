"""What is due and overdue for every open flag, from the policy and the records.

The clock of a flag starts at its *anchor*: the first change of the latest unbroken run
of changes at or above the current severity. Escalating restarts the clock (new tasks);
lowering keeps it (work done for the higher level counts).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from app.domain.enums import MeasureOwner, WarningLevel
from app.domain.growth import FlagChange
from app.domain.policy import LevelPolicy, ResponsePolicy, TaskKind, TaskRule


@dataclass(frozen=True, slots=True)
class CaseActivity:
    """When things happened for one student, as far as deadlines care."""

    student_id: int
    flags: Sequence[FlagChange]
    counseling: Sequence[datetime] = ()
    guardian: Sequence[datetime] = ()
    leader: Sequence[datetime] = ()
    referrals: Sequence[datetime] = ()
    plans: Sequence[datetime] = ()
    follow_ups: Sequence[datetime] = ()
    open_measures: Sequence[tuple[str, MeasureOwner, date]] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class DueItem:
    student_id: int
    kind: TaskKind
    level: WarningLevel
    due_at: datetime
    responsible: MeasureOwner
    overdue: bool
    detail: str = ""  # the measure's text for MEASURE items

    @property
    def sort_key(self) -> tuple[int, datetime, int, int]:
        return (0 if self.overdue else 1, self.due_at, -self.level.severity, self.student_id)


def flag_anchor(flags: Sequence[FlagChange]) -> FlagChange | None:
    """The change that started the current level's clock, or None if no open flag."""
    if not flags or not flags[-1].level.is_open:
        return None
    severity = flags[-1].level.severity
    anchor = flags[-1]
    for change in reversed(flags):
        if change.level.severity < severity:
            break
        anchor = change
    return anchor


def _deadline(start: datetime, hours: int) -> datetime:
    if hours == 0:
        return datetime.combine(start.date(), time(23, 59, 59))
    return start + timedelta(hours=hours)


def _done_since(times: Iterable[datetime], since: datetime) -> bool:
    return any(moment >= since for moment in times)


def _task_times(activity: CaseActivity, kind: TaskKind) -> Sequence[datetime]:
    return {
        TaskKind.ASSESSMENT: activity.counseling,
        TaskKind.INTERVIEW: activity.counseling,
        TaskKind.GUARDIAN: activity.guardian,
        TaskKind.LEADER: activity.leader,
        TaskKind.REFERRAL: activity.referrals,
        TaskKind.PLAN: activity.plans,
    }.get(kind, ())


def _one_off_items(
    activity: CaseActivity,
    anchor: FlagChange,
    level: WarningLevel,
    rules: Iterable[TaskRule],
    now: datetime,
) -> list[DueItem]:
    items = []
    for rule in rules:
        if _done_since(_task_times(activity, rule.kind), anchor.at):
            continue
        due_at = _deadline(anchor.at, rule.within_hours)
        items.append(
            DueItem(activity.student_id, rule.kind, level, due_at, rule.responsible, now > due_at)
        )
    return items


def _follow_up_item(
    activity: CaseActivity,
    anchor: FlagChange,
    level: WarningLevel,
    policy: LevelPolicy,
    now: datetime,
) -> DueItem:
    recent = [moment for moment in activity.follow_ups if moment >= anchor.at]
    last = max(recent, default=anchor.at)
    due_at = _deadline(last, policy.follow_up_days * 24)
    kind = TaskKind.REVIEW if level is WarningLevel.BLUE else TaskKind.FOLLOW_UP
    return DueItem(activity.student_id, kind, level, due_at, policy.follow_up_by, now > due_at)


def _measure_items(activity: CaseActivity, level: WarningLevel, now: datetime) -> list[DueItem]:
    return [
        DueItem(
            activity.student_id,
            TaskKind.MEASURE,
            level,
            datetime.combine(due_on, time(23, 59, 59)),
            owner,
            now > datetime.combine(due_on, time(23, 59, 59)),
            what,
        )
        for what, owner, due_on in activity.open_measures
    ]


def due_for_student(activity: CaseActivity, policy: ResponsePolicy, now: datetime) -> list[DueItem]:
    """Every pending task of one student's open flag (and open plan measures)."""
    anchor = flag_anchor(activity.flags)
    level = activity.flags[-1].level if activity.flags else WarningLevel.CLEAR
    items = _measure_items(activity, level, now)
    level_policy = policy.for_level(level)
    if anchor is None or level_policy is None:
        return items
    items += _one_off_items(activity, anchor, level, level_policy.tasks, now)
    items.append(_follow_up_item(activity, anchor, level, level_policy, now))
    return items


def compute_due(
    activities: Iterable[CaseActivity], policy: ResponsePolicy, now: datetime
) -> list[DueItem]:
    """All due items of the school, most urgent first (overdue, then by deadline)."""
    items = [item for activity in activities for item in due_for_student(activity, policy, now)]
    return sorted(items, key=lambda item: item.sort_key)


def bucket(item: DueItem, now: datetime) -> str:
    """'overdue', 'today', 'week' or 'later' — the Due & overdue page's groups."""
    if item.overdue:
        return "overdue"
    if item.due_at.date() == now.date():
        return "today"
    if item.due_at.date() <= now.date() + timedelta(days=7):
        return "week"
    return "later"


def next_due_by_student(items: Iterable[DueItem]) -> dict[int, DueItem]:
    """The most urgent item of each student (``items`` in compute_due order)."""
    first: dict[int, DueItem] = {}
    for item in items:
        first.setdefault(item.student_id, item)
    return first
