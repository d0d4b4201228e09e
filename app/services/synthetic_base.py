"""Types and helpers shared by the synthetic-school generator modules.

The generator produces plain domain records. Until they are written, every field that
will hold a database id (``student_id``, ``class_id``, ``dorm_id``) holds an *index*
instead: into ``pupils``, ``classes`` or ``dorms`` of the generated school. The writer
(``app.services.demo.populate``) swaps indexes for ids as it inserts.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from app.domain.student import Student

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Density:
    """How much history to generate per student."""

    years: int = 2  # school years of history, the current one included
    mentor_talks_per_month: float = 1.0  # 倾听一刻钟 per student per school month
    report_weeks: int = 8  # weeks of committee reports, counted back from today
    cleared_rate: float = 0.05  # share of students with a past, cleared flag episode


@dataclass(frozen=True, slots=True)
class ClassSpec:
    grade: int  # index into the school's grade names
    name: str  # 七年级(1)班
    head_teacher: str


@dataclass(frozen=True, slots=True)
class Pupil:
    """A student plus what the history generators need to know about them."""

    index: int
    student: Student  # class_id / dorm_id hold indexes, see the module docstring
    grade: int
    since: datetime  # start of the student's history on the station
    head_teacher: str
    risk: float  # 0 (thriving) .. 1: drives screening scores


@dataclass(frozen=True, slots=True)
class Event:
    """One record to write, at the moment it was (synthetically) entered."""

    at: datetime
    student: int | None  # pupil index, or None for school-level records
    record: object
    key: str = ""  # names a record that a later event refers to


@dataclass(frozen=True, slots=True)
class ReferralFeedback:
    """Feedback from the hospital, recorded later on an existing referral."""

    referral_key: str
    on: date
    feedback: str


@dataclass
class Context:
    """State of one generation run: the random stream, the clock and the output."""

    rng: random.Random
    now: datetime
    actor: str  # account username that "entered" the records
    counselor: str  # counselor display name (measure owner, visitor)
    leader: str  # the school leader informed of red cases
    density: Density
    events: list[Event] = field(default_factory=list)

    @property
    def today(self) -> date:
        return self.now.date()

    def add(self, at: datetime, student: int | None, record: object, key: str = "") -> None:
        if at > self.now:
            raise ValueError(f"synthetic record in the future: {record!r}")
        self.events.append(Event(at, student, record, key))

    def pick(self, options: Sequence[T]) -> T:
        return options[int(self.rng.random() * len(options))]

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def days(self, low: float, high: float) -> timedelta:
        return timedelta(seconds=int(self.rng.uniform(low, high) * 86400))

    def sentence(self, *banks: Sequence[str]) -> str:
        return "".join(self.pick(bank) for bank in banks)

    def at_school(self, day: date, since: datetime) -> datetime:
        """A moment during school hours on ``day``, never before ``since`` nor after now."""
        minute = 7 * 60 + 40 + int(self.rng.random() * 600)
        moment = datetime.combine(day, time(minute // 60, minute % 60))
        if moment > self.now:  # later today: some time in the last two hours instead
            moment = self.now - timedelta(minutes=int(self.rng.random() * 120))
        return self.clamp(moment, since)

    def day_between(self, first: date, last: date) -> date:
        span = (last - first).days
        return first + timedelta(days=int(self.rng.random() * (span + 1))) if span > 0 else first

    def clamp(self, moment: datetime, since: datetime) -> datetime:
        """``moment`` moved into [since, now]; now wins if since is later."""
        return min(self.now, max(since, moment))


def in_vacation(day: date) -> bool:
    """Summer (July, August) and the winter break (about 25 Jan – 15 Feb)."""
    if day.month in (7, 8):
        return True
    return (day.month == 1 and day.day >= 25) or (day.month == 2 and day.day <= 15)


def end_of_day(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time(23, 59))


@dataclass(frozen=True, slots=True)
class Appointment:
    """A student appointed class (or dorm) psychology committee member."""

    class_id: int | None  # class index
    dorm_id: int | None  # dorm index
    name: str


@dataclass(frozen=True, slots=True)
class Triage:
    """The counselor's triage of one concern of an earlier report (by report key)."""

    report_key: str
    position: int  # index of the concern within the report
    triage: str  # merged / dismissed
    note: str
