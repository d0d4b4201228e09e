"""Deterministic synthetic school data for the demo station and the benchmarks.

``generate(students, seed, now)`` builds a whole school — structure, roster, and the
history every record type can hold — from ``random.Random(seed)`` alone, relative to
``now``: the same (students, seed) always gives the same names, numbers and counts,
and there is always work due today, this week and overdue at every warning level.

The pieces live in ``synthetic_roster`` (people), ``synthetic_routine`` (everyday
records), ``synthetic_committee`` (committee members and their weekly reports),
``synthetic_cases``/``synthetic_care`` (flagged students) and ``synthetic_words``
(phrase banks). All data is invented.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from app.domain.enums import ContactKind, SchoolType
from app.domain.growth import Contact, HomeVisit
from app.domain.school import School
from app.services import synthetic_cases as cases
from app.services.synthetic_base import ClassSpec, Context, Density, Event, Pupil
from app.services.synthetic_committee import committees
from app.services.synthetic_roster import roster, structure
from app.services.synthetic_routine import everyday

__all__ = [
    "BENCHMARK",
    "BENCHMARK_SCHOOL",
    "DEMO",
    "DEMO_SCHOOL",
    "Density",
    "SyntheticSchool",
    "generate",
]

DEMO = Density()
# Three full school years before the current one: a nine-year school keeps most students
# that long (a junior school's oldest students arrived only two years ago).
BENCHMARK = Density(years=4, mentor_talks_per_month=1.7, report_weeks=30, cleared_rate=0.2)
DEMO_SCHOOL = School("演示市第一中学", "330602", SchoolType.JUNIOR, boarding=True)
BENCHMARK_SCHOOL = School("演示市实验学校", "330602", SchoolType.NINE_YEAR, boarding=True)


@dataclass(frozen=True, slots=True)
class SyntheticSchool:
    school: School
    now: datetime
    grades: tuple[str, ...]
    classes: tuple[ClassSpec, ...]
    dorms: tuple[str, ...]
    pupils: tuple[Pupil, ...]
    events: tuple[Event, ...]  # chronological; the students' own entries come first

    @property
    def history_start(self) -> datetime:
        return min(pupil.since for pupil in self.pupils)

    def counts(self) -> Counter[str]:
        """Number of generated records per record type (e.g. ``Contact``)."""
        return Counter(type(event.record).__name__ for event in self.events)


def generate(
    students: int,
    seed: int = 2026,
    now: datetime | None = None,
    density: Density = DEMO,
    school: School = DEMO_SCHOOL,
    actor: str = "demo",
    counselor: str = "演示老师",
) -> SyntheticSchool:
    if students < 1:
        raise ValueError("a school needs at least one student")
    now = (now or datetime.now()).replace(microsecond=0)
    rng = random.Random(seed)
    plan = structure(rng, students, school.school_type.value)
    pupils, dorms = roster(rng, school, plan, students, now, density.years)
    ctx = Context(random.Random(seed + 1), now, actor, counselor, plan.leader, density)
    for pupil in pupils:
        ctx.add(pupil.since, pupil.index, pupil.student)
    chosen = cases.select(ctx, pupils)
    pupils = _with_risk(pupils, chosen)
    everyday(ctx, pupils, school.school_type.value)
    committees(ctx, pupils, {c.pupil.index for c in chosen if c.level.is_open})
    quiet = _run_cases(ctx, chosen, students)
    events = sorted((e for e in ctx.events if not _silenced(e, quiet)), key=lambda e: e.at)
    return SyntheticSchool(school, now, plan.grades, plan.classes, dorms, pupils, tuple(events))


def _with_risk(pupils: tuple[Pupil, ...], chosen: Sequence[cases.Case]) -> tuple[Pupil, ...]:
    """Students flagged yellow or above score higher on their screenings."""
    severe = {c.pupil.index for c in chosen if c.level.severity >= 2}
    return tuple(
        replace(p, risk=min(1.0, p.risk + 0.2)) if p.index in severe else p for p in pupils
    )


def _run_cases(ctx: Context, chosen: Sequence[cases.Case], students: int) -> dict[int, datetime]:
    results = [cases.run(ctx, case) for case in chosen]
    cases.rare_records(ctx, [care for care, _ in results], students)
    return {care.index: quiet for care, quiet in results if quiet is not None}


def _silenced(event: Event, quiet: dict[int, datetime]) -> bool:
    """Routine contact after a neglected case went quiet would count as follow-up: drop it."""
    if event.student is None or event.student not in quiet or event.at <= quiet[event.student]:
        return False
    record = event.record
    return isinstance(record, HomeVisit) or (
        isinstance(record, Contact) and record.kind is ContactKind.MENTOR
    )
