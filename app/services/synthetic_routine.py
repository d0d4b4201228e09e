"""Everyday records every student accumulates: mentor talks (倾听一刻钟), home visits,
follow-up visits for key groups and MHT screenings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from app.domain.enums import ContactKind, KeyGroup, VisitKind
from app.domain.growth import Contact, HomeVisit, Screening
from app.domain.mht import MHT_SCALES, read_mht
from app.domain.school import SchoolYear
from app.services import synthetic_words as words
from app.services.synthetic_base import Context, Pupil, in_vacation
from app.services.synthetic_roster import screened

FOLLOW_UP_GROUPS = frozenset({KeyGroup.POVERTY, KeyGroup.LEFT_BEHIND, KeyGroup.SINGLE_PARENT})


def everyday(ctx: Context, pupils: Sequence[Pupil], school_type: str) -> None:
    for pupil in pupils:
        mentor_talks(ctx, pupil)
        onsite_visits(ctx, pupil)
        if pupil.student.tags & FOLLOW_UP_GROUPS:
            follow_up_visits(ctx, pupil, pupil.since.date() + timedelta(days=30))
        screenings(ctx, pupil, school_type)


# --- mentor talks ----------------------------------------------------------------------------


def _months(first: date, last: date) -> list[date]:
    months, cursor = [], first.replace(day=1)
    while cursor <= last:
        months.append(cursor)
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    return months


def mentor_talks(ctx: Context, pupil: Pupil) -> None:
    rate = ctx.density.mentor_talks_per_month
    for month in _months(pupil.since.date(), ctx.today):
        count = int(rate) + ctx.chance(rate - int(rate))
        last = min((month + timedelta(days=32)).replace(day=1) - timedelta(days=1), ctx.today)
        for _ in range(count):
            day = ctx.day_between(max(month, pupil.since.date()), last)
            if not in_vacation(day):
                at = ctx.at_school(day, pupil.since)
                ctx.add(at, pupil.index, _mentor_talk(ctx, pupil, at))


def _mentor_talk(ctx: Context, pupil: Pupil, at: datetime) -> Contact:
    note = f"倾听一刻钟：{ctx.pick(words.MENTOR_TOPIC)}，{ctx.pick(words.MENTOR_MOOD)}。"
    mentor = pupil.student.mentor
    return Contact(None, pupil.index, at, ContactKind.MENTOR, mentor, note, ctx.actor)


# --- home visits -----------------------------------------------------------------------------


def _visit(ctx: Context, pupil: Pupil, day: date, kind: VisitKind, follow_up: bool) -> HomeVisit:
    student = pupil.student
    visitors = f"{pupil.head_teacher}、{student.mentor}" if not follow_up else pupil.head_teacher
    return HomeVisit(
        id=None,
        student_id=pupil.index,
        visited_on=day,
        kind=kind,
        visitors=visitors if ctx.chance(0.85) else f"{visitors}、{ctx.counselor}",
        met_with="、".join(g.relation for g in student.guardians),
        home_observations=ctx.pick(words.VISIT_OBSERVE),
        concerns=ctx.pick(words.VISIT_CONCERN),
        agreed_actions=ctx.pick(words.VISIT_ACTION),
        next_visit_on=day + timedelta(days=90) if follow_up else None,
        follow_up=follow_up,
    )


def _add_visit(ctx: Context, pupil: Pupil, day: date, kind: VisitKind, follow_up: bool) -> None:
    at = ctx.at_school(day, pupil.since).replace(hour=17, minute=int(ctx.rng.random() * 60))
    ctx.add(ctx.clamp(at, pupil.since), pupil.index, _visit(ctx, pupil, day, kind, follow_up))


def onsite_visits(ctx: Context, pupil: Pupil) -> None:
    """One on-site visit per school year: done for most, the current year still in progress."""
    current = SchoolYear.of(ctx.today)
    for start_year in range(SchoolYear.of(pupil.since.date()).start_year, current.start_year + 1):
        year = SchoolYear(start_year)
        first = max(year.first_day + timedelta(days=7), pupil.since.date())
        last = min(year.first_day + timedelta(days=280), ctx.today)
        elapsed = (ctx.today - year.first_day).days
        share = 0.96 if start_year < current.start_year else 0.85 * min(1.0, elapsed / 45)
        if first <= last and ctx.chance(share):
            _add_visit(ctx, pupil, ctx.day_between(first, last), VisitKind.ONSITE, False)


def follow_up_visits(ctx: Context, pupil: Pupil, first: date) -> None:
    """随访 about every 90 days for poor, left-behind, single-parent and suspended students."""
    day = first
    while day <= ctx.today:
        kind = ctx.pick((VisitKind.PHONE, VisitKind.PHONE, VisitKind.ONSITE, VisitKind.VIDEO))
        if not in_vacation(day):
            _add_visit(ctx, pupil, day, kind, True)
        day += timedelta(days=int(ctx.rng.uniform(75, 100)))


# --- MHT screenings --------------------------------------------------------------------------


def screenings(ctx: Context, pupil: Pupil, school_type: str) -> None:
    current = SchoolYear.of(ctx.today).start_year
    offset = timedelta(days=(pupil.student.class_id or 0) % 5)
    for year in range(SchoolYear.of(pupil.since.date()).start_year, current + 1):
        if not screened(school_type, pupil.grade, year, current):
            continue
        for day, season in ((date(year, 10, 12), "autumn"), (date(year + 1, 3, 15), "spring")):
            taken = day + offset
            if pupil.since.date() <= taken <= ctx.today:
                at = datetime.combine(taken, time(16, 0)) + timedelta(seconds=pupil.index)
                record = _screening(ctx, pupil, taken, f"MHT-{year}-{season}")
                ctx.add(ctx.clamp(at, pupil.since), pupil.index, record)


def _scale_score(ctx: Context, items: int, risk: float) -> int:
    p = min(0.95, max(0.02, risk + ctx.rng.gauss(0.08, 0.1)))
    return sum(ctx.rng.random() < p for _ in range(items))


def _screening(ctx: Context, pupil: Pupil, taken: date, source: str) -> Screening:
    scores = {s: _scale_score(ctx, words.SCALE_ITEMS[s], pupil.risk) for s in MHT_SCALES}
    validity = min(10, int(abs(ctx.rng.gauss(0, 3))))
    total = sum(scores.values())
    return Screening(
        None,
        pupil.index,
        taken,
        "MHT",
        scores,
        total,
        validity,
        _reading(scores, total, validity),
        source,
    )


def _reading(scores: dict[str, int], total: int, validity: int) -> str:
    reading = read_mht(scores, total, validity)
    if not reading.reliable:
        return f"效度量表得分{validity}，答卷可信度低，建议重测"
    if reading.plan_needed:
        return f"总焦虑分{total}，达到65分，建议制定个别辅导计划"
    if reading.abnormal_scales:
        names = "、".join(words.SCALE_LABELS[s] for s in reading.abnormal_scales)
        return f"{names}分量表得分偏高，建议关注"
    return "各分量表得分正常"
