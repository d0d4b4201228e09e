"""Flag cases: which students are flagged at which level, their flag history, and how
well the case has been handled, so that the due list has work at every level.

Each case gets a *scenario* relative to now:
- ``fresh``: flagged today or in the last days, nothing done yet (due today / this week);
- ``pending``: flagged long enough ago that a missing first-response task is overdue;
- ``handled``: every task done in time, follow-ups regular;
- ``lapsed``: handled at first, but the follow-ups stopped (follow-up overdue);
- ``cleared``: a past episode, lowered to clear, sometimes closed.
The first case of each level also gets a plan whose measures are overdue, due today and
due this week.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from app.domain.enums import CaseStatus, LeaveKind, SourceLevel, WarningLevel
from app.domain.growth import CaseStatusChange, CrisisEvent, FlagChange, Referral
from app.domain.growth import LeaveEvent as Leave
from app.services import synthetic_care as care_steps
from app.services import synthetic_words as words
from app.services.synthetic_base import Context, Pupil
from app.services.synthetic_care import Care, follow_up_days, plan_days
from app.services.synthetic_routine import follow_up_visits

RED, ORANGE, YELLOW, BLUE, CLEAR = (
    WarningLevel.RED,
    WarningLevel.ORANGE,
    WarningLevel.YELLOW,
    WarningLevel.BLUE,
    WarningLevel.CLEAR,
)
RATES = ((RED, 0.005), (ORANGE, 0.02), (YELLOW, 0.06), (BLUE, 0.12))
CYCLES = {
    RED: ("fresh", "handled", "pending", "lapsed"),
    ORANGE: ("handled", "pending", "fresh", "lapsed"),
    YELLOW: ("handled", "pending", "lapsed", "fresh"),
    BLUE: ("lapsed", "handled", "fresh"),
}
LATER = ("handled",) * 6 + ("lapsed", "lapsed", "pending", "fresh")
ORDER = (BLUE, YELLOW, ORANGE, RED)  # by severity
Step = tuple[datetime, WarningLevel, str]  # (moment, level, raise/escalate/lower/clear)
PENDING_TASKS = {RED: {"assess", "guardian"}, ORANGE: {"assess"}, YELLOW: set(), BLUE: set()}


@dataclass(frozen=True, slots=True)
class Case:
    pupil: Pupil
    level: WarningLevel  # CLEAR for a past episode
    scenario: str
    forced: bool  # first case of its level: measures due at every horizon


def select(ctx: Context, pupils: Sequence[Pupil]) -> list[Case]:
    """Current flags at realistic rates (at least one per level), then cleared episodes."""
    order = list(range(len(pupils)))
    ctx.rng.shuffle(order)
    taken: set[int] = set()
    cases = []
    for level, rate in RATES:
        pool = [i for i in order if i not in taken]
        if level is BLUE:  # key-group students are watched first
            pool.sort(key=lambda i: not pupils[i].student.tags)
        _veteran_first(ctx, pupils, pool)
        for k, i in enumerate(pool[: max(1, round(len(pupils) * rate))]):
            taken.add(i)
            scenario = CYCLES[level][k] if k < len(CYCLES[level]) else ctx.pick(LATER)
            cases.append(Case(pupils[i], level, scenario, k == 0))
    rest = [i for i in order if i not in taken]
    count = round(len(pupils) * ctx.density.cleared_rate)
    return cases + [Case(pupils[i], CLEAR, "cleared", False) for i in rest[:count]]


def _veteran_first(ctx: Context, pupils: Sequence[Pupil], pool: list[int]) -> None:
    """The forced case needs history for its plan: prefer a student here for 60+ days."""
    old = next((i for i in pool if ctx.now - pupils[i].since > timedelta(days=60)), None)
    if old is not None:
        pool.remove(old)
        pool.insert(0, old)


def _step(level: WarningLevel, by: int) -> WarningLevel:
    return ORDER[max(0, min(len(ORDER) - 1, ORDER.index(level) + by))]


# --- flag histories --------------------------------------------------------------------------


def _anchor(ctx: Context, case: Case) -> datetime:
    level, scenario, now = case.level, case.scenario, ctx.now
    if scenario == "fresh" and level is RED:
        back = min(timedelta(minutes=90), now - datetime.combine(now.date(), time()))
    elif scenario == "fresh":
        back = ctx.days(*{ORANGE: (0.8, 2.5), YELLOW: (1.0, 4.0)}.get(level, (1.0, 5.0)))
    elif scenario == "pending":
        back = ctx.days(*{RED: (1.3, 2.9), ORANGE: (4.0, 10.0)}.get(level, (15.0, 25.0)))
    elif scenario == "lapsed":
        interval = follow_up_days(level)
        back = ctx.days(interval + 10, max(interval + 20, 240))
    else:
        back = ctx.days(20 if case.forced else 2, 200)
    return ctx.clamp(now - back, case.pupil.since + timedelta(hours=1))


def _pattern(ctx: Context, case: Case, anchor: datetime) -> str:
    room = anchor - case.pupil.since
    if case.forced and case.level is RED:
        return "escalated"
    if case.scenario in ("fresh", "pending"):
        return "escalated" if case.level is not BLUE and ctx.chance(0.4) else "direct"
    roll = ctx.rng.random()
    if roll < 0.2 and case.level is not RED and ctx.now - anchor > timedelta(days=12):
        return "lowered"
    if roll < 0.45 and case.level is not BLUE:
        return "escalated"
    return "relapse" if roll < 0.5 and room > timedelta(days=330) else "direct"


def history(ctx: Context, case: Case, anchor: datetime) -> list[Step]:
    """(moment, level, how) steps; ``anchor`` is where the current level's clock starts."""
    level, pattern = case.level, _pattern(ctx, case, anchor)
    since = case.pupil.since + timedelta(minutes=30)
    if pattern == "escalated":
        before = max(anchor - ctx.days(10, 60), since)
        if anchor - before > timedelta(hours=2):
            return [(before, _step(level, -1), "raise"), (anchor, level, "escalate")]
    if pattern == "lowered":
        span = (ctx.now - anchor).total_seconds()
        up = anchor + timedelta(seconds=span * ctx.rng.uniform(0.1, 0.3))
        down = up + timedelta(seconds=span * ctx.rng.uniform(0.2, 0.5))
        return [(anchor, level, "raise"), (up, _step(level, 1), "escalate"), (down, level, "lower")]
    if pattern == "relapse":
        first = anchor - ctx.days(200, 320)
        cleared = first + ctx.days(40, 120)
        return [(first, level, "raise"), (cleared, CLEAR, "clear"), (anchor, level, "raise")]
    return [(anchor, level, "raise")]


def _source(ctx: Context, pupil: Pupil, level: WarningLevel, how: str) -> tuple[SourceLevel, str]:
    if how in ("lower", "clear"):
        return SourceLevel.SELF, ""
    if level is YELLOW and ctx.chance(0.35):
        return SourceLevel.EXTERNAL, "MHT筛查"
    if level is ORANGE and ctx.chance(0.3):
        return SourceLevel.EXTERNAL, ctx.pick(words.HOSPITALS)
    options = [
        (SourceLevel.CLASS, pupil.head_teacher),
        (SourceLevel.CLASS, "班级心理委员"),
        (SourceLevel.GRADE, "年级组长"),
        (SourceLevel.SCHOOL, "学校心理辅导站"),
        (SourceLevel.SELF, "学生本人"),
        (SourceLevel.EXTERNAL, pupil.student.guardians[0].relation),
    ]
    if pupil.student.dorm_id is not None:
        options.append((SourceLevel.DORM, "宿舍心理委员"))
    return ctx.pick(options)


def _reason(ctx: Context, level: WarningLevel, how: str) -> str:
    if how == "lower":
        return ctx.pick(words.FLAG_LOWER)
    if how == "clear":
        return ctx.pick(words.FLAG_CLEAR)
    reason = ctx.pick(words.FLAG_RAISE[level.value])
    return ctx.pick(words.FLAG_ESCALATE) + reason if how == "escalate" else reason


def write_flags(care: Care, steps: list[Step]) -> None:
    ctx, previous = care.ctx, CLEAR
    care.started = care.started or steps[0][0]
    for at, level, how in steps:
        source, reporter = _source(ctx, care.pupil, level, how)
        reason = _reason(ctx, level, how)
        flag = FlagChange(
            None, care.index, at, level, previous, reason, source, reporter, ctx.actor
        )
        ctx.add(at, care.index, flag)
        previous = level


# --- one case --------------------------------------------------------------------------------


def _tasks(case: Case) -> set[str]:
    if case.scenario == "fresh":
        return set()
    if case.scenario == "pending":
        return set(PENDING_TASKS[case.level])
    return set(care_steps.TASK_HOURS[case.level])


def run(ctx: Context, case: Case) -> tuple[Care, datetime | None]:
    """Generate one current case; returns its care and when the student went quiet."""
    if case.scenario == "cleared":
        return run_cleared(ctx, case), None
    care, anchor = Care(ctx, case.pupil), _anchor(ctx, case)
    steps = history(ctx, case, anchor)
    write_flags(care, steps)
    crisis = case.level is RED and case.scenario != "fresh" and ctx.chance(0.5)
    care_steps.first_response(care, case.level, anchor, _tasks(case), crisis)
    for at, level, how in steps[1:]:
        if how == "escalate" and at > anchor:  # a higher level inside the current run
            care_steps.first_response(care, level, at, set(care_steps.TASK_HOURS[level]), False)
    end = _end(ctx, case, anchor)
    if case.scenario in ("handled", "lapsed"):
        _maybe_refer(ctx, care, case, anchor)
        care_steps.follow_ups(care, case.level, care.last_done or anchor, end)
    care_steps.write_plans(care, _plan_times(ctx, case, steps, anchor, end), case.forced, False)
    quiet = None if case.scenario == "handled" else max(end, care.last_done or end)
    return care, quiet


def _maybe_refer(ctx: Context, care: Care, case: Case, anchor: datetime) -> None:
    """Some orange cases are referred too (rarely through the green channel)."""
    if case.level is ORANGE and ctx.chance(0.5):
        on = min((anchor + ctx.days(1, 6)).date(), ctx.today - timedelta(days=1))
        care_steps.refer(care, max(on, anchor.date()), green=ctx.chance(0.2))


def _end(ctx: Context, case: Case, anchor: datetime) -> datetime:
    if case.scenario == "lapsed":
        stop = ctx.now - timedelta(days=follow_up_days(case.level)) - ctx.days(2, 25)
        return max(anchor, stop)
    return ctx.now if case.scenario == "handled" else anchor


def _plan_times(
    ctx: Context, case: Case, steps: list[Step], anchor: datetime, end: datetime
) -> list[datetime]:
    times = []
    first_at, first_level, _ = steps[0]
    if first_at < anchor and first_level in (ORANGE, YELLOW):
        times.append(min(first_at + ctx.days(1, 5), anchor - timedelta(hours=1)))
    wants = case.level is not BLUE or case.forced or ctx.chance(0.3)
    if case.scenario in ("handled", "lapsed") and wants:
        created = anchor + ctx.days(0.5, 0.8 * plan_days(case.level))
        while created <= min(end, ctx.now - timedelta(minutes=10)) and len(times) < 3:
            times.append(created)
            created += ctx.days(30, 75)
    if case.forced and not times:
        times.append(max(anchor, min(anchor + timedelta(days=1), ctx.now - timedelta(minutes=10))))
    return times


# --- cleared episodes, suspension and return -------------------------------------------------


def run_cleared(ctx: Context, case: Case) -> Care:
    care, pupil = Care(ctx, case.pupil), case.pupil
    start = ctx.clamp(ctx.now - ctx.days(60, 700), pupil.since + timedelta(hours=1))
    end = min(start + ctx.days(30, 150), ctx.now - timedelta(days=2))
    if end <= start:
        return care
    level = ctx.pick((YELLOW, YELLOW, BLUE, ORANGE))
    steps = [(start, level, "raise")]
    if level is ORANGE:
        steps.append((start + (end - start) / 2, YELLOW, "lower"))
    write_flags(care, [*steps, (end, CLEAR, "clear")])
    care_steps.first_response(care, level, start, set(care_steps.TASK_HOURS[level]), False)
    care_steps.follow_ups(care, level, care.last_done or start, end)
    if level is not BLUE:
        care_steps.write_plans(care, [min(start + ctx.days(1, 5), end)], False, True)
    if level is ORANGE and ctx.chance(0.5):
        care_steps.refer(care, min(start + ctx.days(1, 6), end).date(), green=False)
    closed = end + ctx.days(1, 10)
    if ctx.chance(0.4) and closed < ctx.now:
        reason = "情况稳定，经评估结案"
        record = CaseStatusChange(None, care.index, closed, CaseStatus.CLOSED, reason, ctx.actor)
        ctx.add(closed, care.index, record)
    return care


def rare_records(ctx: Context, cares: Sequence[Care], students: int) -> None:
    """Suspensions (休学) of referred students, every second one returned (复学); even a
    small school gets one of each, a green-channel referral and a crisis record."""
    wanted = 2 * max(1, round(students * 0.002))
    ready = [c for c in cares if c.referred_on and c.referred_on <= ctx.today - timedelta(21)]
    if len(ready) < wanted:
        ready_ids = {id(c) for c in ready}
        others = [c for c in cares if id(c) not in ready_ids and not c.referred_on]
        ready += _refer_more(ctx, others, wanted - len(ready))
    for k, care in enumerate(ready[:wanted]):
        _leave(ctx, care, returned=k % 2 == 1)
    _ensure_green_channel(ctx, cares)
    if ready and not any(isinstance(e.record, CrisisEvent) for e in ctx.events):
        care = ready[0]  # the crisis that led to the referral
        assert care.referred_on is not None
        at = datetime.combine(care.referred_on, time(9, 0))
        care_steps.add_crisis(
            care, ctx.clamp(at, care.pupil.since), care_steps.crisis_notified(care)
        )


def _refer_more(ctx: Context, cares: Sequence[Care], count: int, green: bool = False) -> list[Care]:
    """Referrals for students flagged long ago (a suspension follows a referral)."""
    limit = ctx.today - timedelta(days=40)
    chosen = [c for c in cares if c.started and c.started.date() <= limit][:count]
    for care in chosen:
        assert care.started is not None
        day = ctx.day_between(care.started.date() + timedelta(1), ctx.today - timedelta(30))
        care_steps.refer(care, day, green=green, may_decline=False)
    return chosen


def _ensure_green_channel(ctx: Context, cares: Sequence[Care]) -> None:
    if not any(isinstance(e.record, Referral) and e.record.green_channel for e in ctx.events):
        _refer_more(ctx, [c for c in cares if not c.referred_on], 1, green=True)


def _leave(ctx: Context, care: Care, returned: bool) -> None:
    assert care.referred_on is not None
    latest = ctx.today - timedelta(days=15 if returned else 1)
    suspend = min(care.referred_on + timedelta(days=int(ctx.rng.uniform(3, 10))), latest)
    at = datetime.combine(suspend, time(10, 0))
    record = Leave(None, care.index, LeaveKind.SUSPEND, suspend, words.SUSPEND_REASON)
    ctx.add(at, care.index, record)
    follow_up_visits(ctx, care.pupil, suspend + timedelta(days=7))
    back = min(suspend + timedelta(days=int(ctx.rng.uniform(14, 60))), ctx.today - timedelta(1))
    if not returned or back <= suspend:
        return
    certified = max(suspend, back - timedelta(days=int(ctx.rng.uniform(1, 5))))
    issuer = words.SPECIALIST_HOSPITAL
    record = Leave(None, care.index, LeaveKind.RETURN, back, words.RETURN_REASON, issuer, certified)
    ctx.add(datetime.combine(back, time(9, 0)), care.index, record)
