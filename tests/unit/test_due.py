"""Response deadlines from the policy table (pure domain)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.domain.due import CaseActivity, bucket, compute_due, due_for_student, flag_anchor
from app.domain.enums import MeasureOwner, SourceLevel, WarningLevel
from app.domain.growth import FlagChange
from app.domain.policy import DEFAULT_POLICY, ResponsePolicy, TaskKind
from app.errors import ValidationError

T0 = datetime(2026, 11, 2, 9, 0)


def _flags(*steps: tuple[int, WarningLevel]) -> list[FlagChange]:
    changes, previous = [], WarningLevel.CLEAR
    for day, level in steps:
        changes.append(
            FlagChange(
                len(changes) + 1,
                1,
                T0 + timedelta(days=day),
                level,
                previous,
                "reason",
                SourceLevel.CLASS,
            )
        )
        previous = level
    return changes


def _kinds(items: list) -> set[TaskKind]:
    return {item.kind for item in items}


def test_red_flag_has_same_day_tasks_and_24h_referral() -> None:
    activity = CaseActivity(1, _flags((0, WarningLevel.RED)))
    items = due_for_student(activity, DEFAULT_POLICY, T0 + timedelta(hours=1))
    assert _kinds(items) == {
        TaskKind.ASSESSMENT,
        TaskKind.GUARDIAN,
        TaskKind.LEADER,
        TaskKind.REFERRAL,
        TaskKind.FOLLOW_UP,
    }
    by_kind = {i.kind: i for i in items}
    assert by_kind[TaskKind.ASSESSMENT].due_at == datetime(2026, 11, 2, 23, 59, 59)
    assert by_kind[TaskKind.REFERRAL].due_at == T0 + timedelta(hours=24)
    assert by_kind[TaskKind.FOLLOW_UP].due_at == T0 + timedelta(days=7)
    assert not any(i.overdue for i in items)
    later = due_for_student(activity, DEFAULT_POLICY, T0 + timedelta(days=1, hours=1))
    assert {i.kind for i in later if i.overdue} == {
        TaskKind.ASSESSMENT,
        TaskKind.GUARDIAN,
        TaskKind.LEADER,
        TaskKind.REFERRAL,
    }


def test_done_tasks_disappear_and_follow_up_moves_with_the_last_contact() -> None:
    activity = CaseActivity(
        1,
        _flags((0, WarningLevel.ORANGE)),
        counseling=[T0 + timedelta(days=1)],
        guardian=[T0 + timedelta(days=2)],
        plans=[T0 + timedelta(days=5)],
        follow_ups=[T0 + timedelta(days=10)],
    )
    items = due_for_student(activity, DEFAULT_POLICY, T0 + timedelta(days=11))
    assert [i.kind for i in items] == [TaskKind.FOLLOW_UP]
    assert items[0].due_at == T0 + timedelta(days=24)


def test_work_before_an_escalation_does_not_count_but_lowering_keeps_the_clock() -> None:
    escalated = _flags((0, WarningLevel.YELLOW), (3, WarningLevel.ORANGE))
    assert flag_anchor(escalated) == escalated[1]
    activity = CaseActivity(1, escalated, counseling=[T0 + timedelta(days=1)])
    assert TaskKind.INTERVIEW in _kinds(due_for_student(activity, DEFAULT_POLICY, T0))
    lowered = _flags((0, WarningLevel.YELLOW), (3, WarningLevel.RED), (5, WarningLevel.ORANGE))
    assert flag_anchor(lowered) == lowered[1]


def test_cleared_flag_has_nothing_due_but_open_measures_stay() -> None:
    flags = _flags((0, WarningLevel.YELLOW), (9, WarningLevel.CLEAR))
    assert flag_anchor(flags) is None
    activity = CaseActivity(
        1, flags, open_measures=[("每周谈心", MeasureOwner.MENTOR, date(2026, 11, 10))]
    )
    items = due_for_student(activity, DEFAULT_POLICY, T0 + timedelta(days=10))
    assert [(i.kind, i.overdue, i.responsible) for i in items] == [
        (TaskKind.MEASURE, True, MeasureOwner.MENTOR)
    ]


def test_blue_flag_is_reviewed_by_the_head_teacher_each_semester() -> None:
    items = due_for_student(CaseActivity(1, _flags((0, WarningLevel.BLUE))), DEFAULT_POLICY, T0)
    assert [(i.kind, i.responsible) for i in items] == [
        (TaskKind.REVIEW, MeasureOwner.HEAD_TEACHER)
    ]
    assert items[0].due_at == T0 + timedelta(days=120)


def test_most_urgent_first_and_buckets() -> None:
    now = T0 + timedelta(days=2)
    red = CaseActivity(1, _flags((0, WarningLevel.RED)))
    yellow = CaseActivity(2, _flags((2, WarningLevel.YELLOW)))
    items = compute_due([yellow, red], DEFAULT_POLICY, now)
    assert items[0].overdue and items[0].student_id == 1
    assert [bucket(i, now) for i in items].index("overdue") == 0
    assert bucket(items[-1], now) in ("week", "later")


def test_policy_round_trips_and_rejects_nonsense() -> None:
    assert ResponsePolicy.from_json(DEFAULT_POLICY.to_json()) == DEFAULT_POLICY
    data = DEFAULT_POLICY.to_json()
    data["red"]["follow_up_days"] = 0
    with pytest.raises(ValidationError):
        ResponsePolicy.from_json(data)
    with pytest.raises(ValidationError):
        ResponsePolicy.from_json({"purple": {}})
