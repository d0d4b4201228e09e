"""What the counselor does about a flagged student: first-response tasks, follow-ups,
plans with measures, referrals (with later feedback), crisis records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from app.domain.enums import (
    ContactKind,
    CrisisKind,
    MeasureOwner,
    MeasureStatus,
    Notified,
    WarningLevel,
)
from app.domain.growth import Contact, CrisisEvent, Measure, Plan, Referral
from app.domain.policy import DEFAULT_POLICY, TaskKind
from app.services import synthetic_words as words
from app.services.synthetic_base import Context, Pupil, ReferralFeedback, end_of_day

# level -> task -> (earliest, latest) hours after the flag; "same day" tasks are capped.
TASK_HOURS: dict[WarningLevel, dict[str, tuple[float, float]]] = {
    WarningLevel.RED: {
        "assess": (0.2, 3),
        "guardian": (0.5, 4),
        "leader": (1, 5),
        "refer": (4, 20),
    },
    WarningLevel.ORANGE: {"assess": (2, 60), "guardian": (2, 60)},
    WarningLevel.YELLOW: {"assess": (20, 140)},
    WarningLevel.BLUE: {},
}
SAME_DAY = {"assess", "guardian", "leader"}
FOLLOW_UP_KINDS = {
    True: (ContactKind.HEAD_TEACHER, ContactKind.HEAD_TEACHER, ContactKind.GUARDIAN),
    False: (ContactKind.COUNSELING,) * 5
    + (ContactKind.GUARDIAN,) * 3
    + (ContactKind.HEAD_TEACHER,),
}


def follow_up_days(level: WarningLevel) -> int:
    policy = DEFAULT_POLICY.for_level(level)
    return policy.follow_up_days if policy else 120


def plan_days(level: WarningLevel) -> float:
    policy = DEFAULT_POLICY.for_level(level)
    hours = [r.within_hours for r in policy.tasks if r.kind is TaskKind.PLAN] if policy else []
    return hours[0] / 24 if hours else 5.0


@dataclass
class Care:
    """Everything done for one student's case, gathered while generating it."""

    ctx: Context
    pupil: Pupil
    referred_on: date | None = None
    started: datetime | None = None  # first flag of the case
    last_done: datetime | None = None
    plans: list[datetime] = field(default_factory=list)

    @property
    def index(self) -> int:
        return self.pupil.index

    def done(self, at: datetime, record: object, key: str = "") -> None:
        self.ctx.add(at, self.index, record, key)
        self.last_done = max(self.last_done or at, at)

    def contact(self, at: datetime, kind: ContactKind, note: str, prefix: str = "") -> None:
        who = self._with_whom(kind)
        self.done(at, Contact(None, self.index, at, kind, who, prefix + note, self.ctx.actor))

    def _with_whom(self, kind: ContactKind) -> str:
        student = self.pupil.student
        guardian = student.guardians[0]
        return {
            ContactKind.COUNSELING: "学生本人",
            ContactKind.GUARDIAN: f"{guardian.name}（{guardian.relation}）",
            ContactKind.MENTOR: student.mentor,
            ContactKind.HEAD_TEACHER: self.pupil.head_teacher,
            ContactKind.LEADER_NOTICE: f"{self.ctx.leader}（分管校长）",
        }[kind]

    def note(self, kind: ContactKind) -> str:
        ctx = self.ctx
        if kind is ContactKind.COUNSELING:
            banks = (words.COUNSEL_OPEN, words.COUNSEL_TOPIC, ("，",), words.COUNSEL_OBSERVE)
            return ctx.sentence(*banks, ("。",), words.COUNSEL_ACT, ("，",), words.COUNSEL_NEXT)
        if kind is ContactKind.GUARDIAN:
            relation = self.pupil.student.guardians[0].relation
            opening = ctx.pick(words.GUARDIAN_OPEN).format(rel=relation)
            said = ctx.sentence(words.GUARDIAN_SAY, ("，",), words.GUARDIAN_REPLY, ("。",))
            return opening + said + ctx.pick(words.GUARDIAN_ADVICE)
        if kind is ContactKind.LEADER_NOTICE:
            return ctx.pick(words.LEADER_NOTE)
        if kind is ContactKind.MENTOR:
            return f"倾听一刻钟：{ctx.pick(words.MENTOR_TOPIC)}，{ctx.pick(words.MENTOR_MOOD)}。"
        return ctx.pick(words.HEAD_TEACHER_NOTE)


# --- first response --------------------------------------------------------------------------


def task_time(care: Care, task: str, level: WarningLevel, flagged_at: datetime) -> datetime:
    low, high = TASK_HOURS[level][task]
    moment = flagged_at + timedelta(hours=care.ctx.rng.uniform(low, high))
    if task in SAME_DAY and level is WarningLevel.RED:
        moment = min(moment, end_of_day(flagged_at))
    return min(moment, care.ctx.now)


def first_response(
    care: Care, level: WarningLevel, flagged_at: datetime, tasks: set[str], crisis: bool
) -> None:
    """Do ``tasks`` (a subset of the level's TASK_HOURS) after the flag at ``flagged_at``."""
    if crisis:
        notified = {Notified.GUARDIAN} if "leader" not in tasks else crisis_notified(care)
        tasks = tasks - ({"guardian", "leader"} if "leader" in tasks else {"guardian"})
        add_crisis(care, flagged_at, notified)
    for task in sorted(tasks & set(TASK_HOURS[level])):
        at = task_time(care, task, level, flagged_at)
        if task == "refer":
            refer(care, at.date(), green=level is WarningLevel.RED)
        else:
            kind = {"assess": ContactKind.COUNSELING, "guardian": ContactKind.GUARDIAN}.get(
                task, ContactKind.LEADER_NOTICE
            )
            prefix = "危机评估：" if level is WarningLevel.RED and task == "assess" else ""
            care.contact(at, kind, care.note(kind), prefix)


def crisis_notified(care: Care) -> frozenset[Notified]:
    extra = {Notified.HOSPITAL} if care.ctx.chance(0.5) else set()
    extra |= {Notified.POLICE} if care.ctx.chance(0.1) else set()
    return frozenset({Notified.GUARDIAN, Notified.PRINCIPAL} | extra)


def add_crisis(care: Care, at: datetime, notified: set[Notified] | frozenset[Notified]) -> None:
    kind = care.ctx.pick(list(words.CRISIS_TEXT))
    record = CrisisEvent(
        None,
        care.index,
        at,
        CrisisKind(kind),
        words.CRISIS_TEXT[kind],
        frozenset(notified),
        care.ctx.pick(words.CRISIS_OUTCOME),
    )
    care.done(at, record)


def refer(care: Care, on: date, green: bool, may_decline: bool = True) -> None:
    ctx = care.ctx
    key = f"referral-{care.index}-{on.isoformat()}"
    at = ctx.clamp(datetime.combine(on, time(18, 0)), care.pupil.since)
    if green and may_decline and ctx.chance(0.1):
        record = Referral(None, care.index, on, "", False, declined_reason=words.REFERRAL_DECLINED)
        care.done(at, record, key)
        return
    institution = words.SPECIALIST_HOSPITAL if green else ctx.pick(words.HOSPITALS)
    reason = ctx.pick(words.REFERRAL_REASON)
    care.done(at, Referral(None, care.index, on, institution, green, reason), key)
    care.referred_on = care.referred_on or on
    feedback_on = on + timedelta(days=int(ctx.rng.uniform(5, 20)))
    if feedback_on < ctx.today and ctx.chance(0.75):
        moment = datetime.combine(feedback_on, time(15, 0))
        ctx.add(
            moment,
            care.index,
            ReferralFeedback(key, feedback_on, ctx.pick(words.REFERRAL_FEEDBACK)),
        )


# --- follow-ups ------------------------------------------------------------------------------


def follow_ups(care: Care, level: WarningLevel, start: datetime, end: datetime) -> None:
    """Contacts about every 45-90 % of the level's interval from ``start`` up to ``end``."""
    ctx, interval = care.ctx, follow_up_days(level)
    moment = start + ctx.days(0.4 * interval, 0.9 * interval)
    while moment <= end:
        kind = ctx.pick(FOLLOW_UP_KINDS[level is WarningLevel.BLUE])
        at = max(start, min(ctx.at_school(moment.date(), start), end))
        care.contact(at, kind, care.note(kind))
        moment += ctx.days(0.45 * interval, 0.9 * interval)


# --- plans -----------------------------------------------------------------------------------


def write_plans(care: Care, times: list[datetime], forced: bool, closed: bool) -> None:
    """Plan versions at ``times``; the last one's measures stay open unless ``closed``."""
    for version, created in enumerate(sorted(times), start=1):
        latest = version == len(times)
        measures = _measures(care, created, latest and not closed, forced and latest)
        plan = Plan(
            None,
            care.index,
            version,
            created,
            care.ctx.actor,
            care.ctx.pick(words.PLAN_SUMMARY),
            care.ctx.pick(words.PLAN_GOALS),
            created.date() + timedelta(days=30),
            measures,
        )
        care.done(created, plan)


def _owner_name(care: Care, owner: MeasureOwner) -> str:
    student = care.pupil.student
    return {
        MeasureOwner.COUNSELOR: care.ctx.counselor,
        MeasureOwner.HEAD_TEACHER: care.pupil.head_teacher,
        MeasureOwner.MENTOR: student.mentor,
        MeasureOwner.GUARDIAN: student.guardians[0].name,
    }[owner]


def _measures(care: Care, created: datetime, open_: bool, forced: bool) -> tuple[Measure, ...]:
    ctx = care.ctx
    owners = ctx.rng.sample(list(MeasureOwner), ctx.rng.randint(3 if forced else 2, 4))
    result = []
    for position, owner in enumerate(owners):
        what = ctx.pick(words.MEASURE_WHAT[owner.value])
        due, status = _due_and_status(care, created, open_, forced, position)
        result.append(Measure(what, owner, _owner_name(care, owner), due, status))
    return tuple(result)


FORCED_DUE = (
    (-5, MeasureStatus.IN_PROGRESS),
    (0, MeasureStatus.PLANNED),
    (3, MeasureStatus.PLANNED),
)


def _due_and_status(
    care: Care, created: datetime, open_: bool, forced: bool, position: int
) -> tuple[date, MeasureStatus]:
    """Forced plans have measures overdue, due today and due this week."""
    ctx = care.ctx
    if forced and position < len(FORCED_DUE):
        offset, status = FORCED_DUE[position]
        return ctx.today + timedelta(days=offset), status
    due = created.date() + timedelta(days=int(ctx.rng.uniform(7, 60)))
    if not open_:
        return due, MeasureStatus.DONE if ctx.chance(0.85) else MeasureStatus.DROPPED
    if due < ctx.today:
        return due, MeasureStatus.DONE if ctx.chance(0.88) else MeasureStatus.IN_PROGRESS
    return due, ctx.pick((MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS))
