"""The figures of the counselor's dashboard (pure records; the store computes them)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.enums import WarningLevel


class VisitShare:
    """What ``students`` and ``visited`` (on site, this school year) say together: how many
    are not visited yet, and the visited share (1.0 when there is nobody to visit)."""

    __slots__ = ()
    students: int
    visited: int

    @property
    def not_visited(self) -> int:
        return self.students - self.visited

    @property
    def ratio(self) -> float:
        return self.visited / self.students if self.students else 1.0


@dataclass(frozen=True, slots=True)
class ClassCoverage(VisitShare):
    """On-site home-visit coverage of one class in the current school year."""

    class_id: int
    class_name: str
    grade_name: str
    students: int  # students in school
    visited: int  # of them, visited on site this school year


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    open_flags: dict[WarningLevel, int]
    flags_by_grade: dict[str, dict[WarningLevel, int]]  # grade name -> level -> count
    coverage: tuple[ClassCoverage, ...]
    students_in_school: int
    unscreened: int  # in school, no screening this school year
    overdue: int  # overdue due items
    due_today: int
    pending_urgent_concerns: int = 0
    grade_order: tuple[str, ...] = field(default_factory=tuple)

    @property
    def visited(self) -> int:
        return sum(c.visited for c in self.coverage)

    @property
    def visit_ratio(self) -> float:
        total = sum(c.students for c in self.coverage)
        return self.visited / total if total else 1.0
