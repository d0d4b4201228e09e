"""Class and dorm psychology committee members and their weekly reports 心理委员周报.

Older concerns have been triaged by the counselor (merged into an open flag, or
dismissed); the latest ones wait, one of them urgent, as an urgent concern must be
impossible to miss on the counselor's screen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from app.domain.committee import CommitteeReport, Concern
from app.domain.enums import Gender, Urgency
from app.domain.school import SchoolYear
from app.services import synthetic_words as words
from app.services.synthetic_base import Appointment, Context, Pupil, Triage, in_vacation

Group = tuple[bool, int]  # (is a class, class or dorm index)


def committees(ctx: Context, pupils: Sequence[Pupil], flagged: set[int]) -> None:
    groups = _groups(pupils)
    for group, members in groups.items():
        _appoint(ctx, group, members)
    monday = ctx.today - timedelta(days=ctx.today.weekday())
    urgent_done = False
    for week in range(ctx.density.report_weeks):
        start = monday - timedelta(weeks=week)
        if in_vacation(start):
            continue
        for group, members in groups.items():
            force = not urgent_done and group[0]
            urgent_done |= _report(ctx, start, group, members, flagged, force)


def _groups(pupils: Sequence[Pupil]) -> dict[Group, list[Pupil]]:
    groups: dict[Group, list[Pupil]] = defaultdict(list)
    for pupil in pupils:
        groups[(True, pupil.student.class_id or 0)].append(pupil)
        if pupil.student.dorm_id is not None:
            groups[(False, pupil.student.dorm_id)].append(pupil)
    return groups


def _members(group: Group, pupils: Sequence[Pupil]) -> list[Pupil]:
    """A girl and a boy for a class (the girl reports), the first boarder for a dorm."""
    girls = [p for p in pupils if p.student.gender is Gender.FEMALE]
    boys = [p for p in pupils if p.student.gender is Gender.MALE]
    chosen = (girls[:1] + boys[:1]) if group[0] else list(pupils[:1])
    return chosen or list(pupils[:1])


def _appoint(ctx: Context, group: Group, pupils: Sequence[Pupil]) -> None:
    start = datetime.combine(SchoolYear.of(ctx.today).first_day, time(9, 0))
    for pupil in _members(group, pupils):
        at = ctx.clamp(start + timedelta(days=7), pupil.since)
        is_class, index = group
        class_id, dorm_id = (index, None) if is_class else (None, index)
        ctx.add(at, None, Appointment(class_id, dorm_id, pupil.student.name))


def _report(
    ctx: Context,
    start: date,
    group: Group,
    pupils: Sequence[Pupil],
    flagged: set[int],
    force_urgent: bool,
) -> bool:
    received = datetime.combine(start + timedelta(days=4), time(16, 30)) + ctx.days(0, 0.2)
    if received > ctx.now:
        return False
    concerns = _concerns(ctx, pupils, flagged, force_urgent)
    reporter = _members(group, pupils)[0].student.name
    report = replace(_weekly(ctx, start, group, reporter, concerns), received_at=received)
    is_class, index = group
    key = f"synthetic-{'class' if is_class else 'dorm'}{index}-{start.isoformat()}"
    ctx.add(received, None, report, key)
    if not force_urgent:
        _triage(ctx, key, report, flagged)
    return report.has_urgent


def _weekly(
    ctx: Context, start: date, group: Group, reporter: str, concerns: tuple[Concern, ...]
) -> CommitteeReport:
    is_class, index = group
    return CommitteeReport(
        None,
        index if is_class else None,
        None if is_class else index,
        reporter,
        start,
        start + timedelta(days=4),
        max(1, min(5, round(ctx.rng.gauss(4, 0.8)))),
        ctx.pick(words.REPORT_EVENTS),
        nothing_to_report=not concerns and ctx.chance(0.5),
        concerns=concerns,
    )


def _concerns(
    ctx: Context, pupils: Sequence[Pupil], flagged: set[int], force: bool
) -> tuple[Concern, ...]:
    if not force and not ctx.chance(0.12):
        return ()
    watched = [p for p in pupils if p.index in flagged]
    about = ctx.pick(watched) if watched and ctx.chance(0.5) else ctx.pick(pupils)
    urgent = force or ctx.chance(0.08)
    text = ctx.pick(words.CONCERN_URGENT if urgent else words.CONCERN_NORMAL)
    urgency = Urgency.URGENT if urgent else Urgency.NORMAL
    return (Concern(about.student.name, text, urgency, about.index),)


def _triage(ctx: Context, key: str, report: CommitteeReport, flagged: set[int]) -> None:
    """Concerns older than a week have been triaged, within three days of arriving."""
    assert report.received_at is not None
    at = report.received_at + ctx.days(0.1, 3)
    if at > ctx.now or ctx.today - report.period_end < timedelta(days=7):
        return
    for position, concern in enumerate(report.concerns):
        if concern.student_id in flagged:
            ctx.add(at, None, Triage(key, position, "merged", "已在跟踪中，并入现有预警"))
        else:
            ctx.add(at, None, Triage(key, position, "dismissed", "已约谈，无明显异常"))
