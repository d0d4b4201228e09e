"""Gathering the figures of the printed semester report (``app.reports.semester``).

Counts only; the appendix with the names of flagged students is added only when the
counselor asks for it explicitly.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from app.domain.enums import ContactKind, Role, SourceLevel, StudentStatus, VisitKind, WarningLevel
from app.domain.growth import Screening
from app.domain.labels import label
from app.domain.mht import MhtThresholds, read_mht
from app.domain.school import SchoolYear, semester_start
from app.domain.student import RosterRow
from app.domain.visit_plan import follow_up_schedule, visited_in
from app.errors import PermissionDenied
from app.reports.semester import AppendixLine, GradeFigures, SemesterData
from app.services import access, visit_planning
from app.services import due as due_service
from app.services.screening_review import thresholds
from app.services.session import Session
from app.store import report_repo, screening_repo, students_repo


def semester_label(day: date) -> str:
    year = SchoolYear.of(day)
    which = "第一学期" if semester_start(day) == year.first_day else "第二学期"
    return f"{year.label}学年{which}"


def _readings(
    results: Iterable[Screening], limits: MhtThresholds
) -> tuple[set[int], set[int], set[int]]:
    """(screened, abnormal, reliable) student ids among ``results``."""
    screened, abnormal, reliable = set(), set(), set()
    for result in results:
        reading = read_mht(result.scores, result.total, result.validity, limits)
        screened.add(result.student_id)
        if reading.reliable:
            reliable.add(result.student_id)
        if reading.suggests_flag:
            abnormal.add(result.student_id)
    return screened, abnormal, reliable


def _grade(
    name: str,
    rows: Sequence[RosterRow],
    readings: tuple[set[int], set[int], set[int]],
    year: SchoolYear,
) -> GradeFigures:
    screened, abnormal, reliable = readings
    ids = {r.student_id for r in rows}
    return GradeFigures(
        name,
        len(rows),
        len(ids & screened),
        len(ids & abnormal),
        len((ids & screened) - reliable),
        sum(1 for r in rows if visited_in(r, year)),
        dict(Counter(r.level for r in rows if r.level.is_open)),
    )


def _grades(
    session: Session, rows: Sequence[RosterRow], first: date, last: date
) -> tuple[GradeFigures, ...]:
    results = screening_repo.results_between(session.db, first, last)
    readings = _readings(results, thresholds(session))
    by_grade: dict[str, list[RosterRow]] = defaultdict(list)
    for row in rows:
        if row.status is StudentStatus.IN_SCHOOL:
            by_grade[row.grade_name or "未分班"].append(row)
    year = SchoolYear.of(last)
    return tuple(_grade(name, members, readings, year) for name, members in by_grade.items())


def _raised(
    session: Session, first: date, last: date
) -> tuple[Counter[WarningLevel], Counter[SourceLevel]]:
    levels: Counter[WarningLevel] = Counter()
    sources: Counter[SourceLevel] = Counter()
    for level, previous, source in report_repo.flag_changes(session.db, first, last):
        if level.severity > previous.severity:
            levels[level] += 1
            sources[source] += 1
    return levels, sources


def _overdue(session: Session) -> Counter[WarningLevel]:
    items = due_service.due_items(session, datetime.now())
    return Counter(i.level for i in items if i.overdue and i.level.is_open)


def _appendix(rows: Sequence[RosterRow]) -> tuple[AppendixLine, ...]:
    flagged = [r for r in rows if r.level.is_open and r.status is not StudentStatus.GRADUATED]
    flagged.sort(key=lambda r: (-r.level.severity, r.grade_name, r.class_name, r.name))
    return tuple(
        AppendixLine(
            r.name, r.class_name, r.level, "、".join(sorted(label(t) for t in r.tags)), r.last_visit
        )
        for r in flagged
    )


def semester_data(
    session: Session, day: date | None = None, include_names: bool = False
) -> SemesterData:
    """The semester containing ``day`` (default today), up to that day."""
    access.require_counselor_or_leader(session)
    if include_names and session.account.role is not Role.COUNSELOR:
        raise PermissionDenied("only the counselor may print the appendix with names")
    last = day or date.today()
    first = semester_start(last)
    rows = students_repo.roster(session.db)
    levels, sources = _raised(session, first, last)
    referrals, green, feedback = report_repo.referral_counts(session.db, first, last)
    leaves = report_repo.leaves_by_kind(session.db, first, last)
    follow = follow_up_schedule(rows, visit_planning.follow_up_days(session), last)
    contacts = report_repo.contacts_by_kind(session.db, first, last)
    visits = report_repo.visits_by_kind(session.db, first, last)
    return SemesterData(
        semester_label=semester_label(last),
        first_day=first,
        last_day=last,
        grades=_grades(session, rows, first, last),
        new_flags=dict(levels),
        flag_sources=dict(sources),
        contacts={k: contacts.get(k.value, 0) for k in ContactKind},
        visits={k: visits.get(k.value, 0) for k in VisitKind},
        follow_up_students=len(follow),
        follow_up_overdue=sum(1 for line in follow if line.overdue),
        referrals=referrals,
        green_channel=green,
        referral_feedback=feedback,
        crises=report_repo.crisis_count(session.db, first, last),
        suspensions=leaves.get("suspend", 0),
        returns=leaves.get("return", 0),
        plans=report_repo.plan_count(session.db, first, last),
        overdue=dict(_overdue(session)),
        appendix=_appendix(rows) if include_names else None,
    )
