"""The dashboard's figures and the lists behind each clickable number."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.dashboard import ClassCoverage, DashboardFigures
from app.domain.due import DueItem, bucket
from app.domain.enums import WarningLevel
from app.domain.school import SchoolYear
from app.services import access
from app.services import due as due_service
from app.services.session import Session
from app.store import stats_repo


def _totals(by_grade: dict[str, dict[WarningLevel, int]]) -> dict[WarningLevel, int]:
    totals = {level: 0 for level in WarningLevel if level.is_open}
    for counts in by_grade.values():
        for level, count in counts.items():
            totals[level] += count
    return totals


def figures(
    session: Session, now: datetime | None = None, items: list[DueItem] | None = None
) -> DashboardFigures:
    """Everything the dashboard shows, computed in a few aggregate queries."""
    access.require_counselor_or_leader(session)
    now = now or datetime.now()
    year_start = SchoolYear.of(now.date()).first_day
    items = items if items is not None else due_service.due_items(session, now)
    by_grade = stats_repo.open_flags_by_grade(session.db)
    return DashboardFigures(
        open_flags=_totals(by_grade),
        flags_by_grade=by_grade,
        coverage=tuple(stats_repo.visit_coverage(session.db, year_start)),
        students_in_school=stats_repo.in_school_count(session.db),
        unscreened=stats_repo.unscreened_count(session.db, year_start),
        overdue=sum(1 for i in items if i.overdue),
        due_today=sum(1 for i in items if bucket(i, now) == "today"),
        pending_urgent_concerns=stats_repo.pending_urgent_concerns(session.db),
        grade_order=tuple(stats_repo.grade_names(session.db)),
    )


def visit_coverage(session: Session, today: date | None = None) -> list[ClassCoverage]:
    """On-site home-visit coverage per class for the current school year."""
    access.require_counselor_or_leader(session)
    year_start = SchoolYear.of(today or date.today()).first_day
    return stats_repo.visit_coverage(session.db, year_start)
