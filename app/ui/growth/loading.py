"""What the growth window loads on the worker: the file plus the school's classes/dorms."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.growth import GrowthFile
from app.domain.school import Dorm, SchoolClass
from app.services import growth, students
from app.services.session import Session


@dataclass(frozen=True)
class Loaded:
    file: GrowthFile
    classes: tuple[SchoolClass, ...]
    dorms: tuple[Dorm, ...]

    def class_name(self, class_id: int | None) -> str:
        found = next((c for c in self.classes if c.id == class_id), None)
        return found.name if found else ""

    def head_teacher(self, class_id: int | None) -> str:
        found = next((c for c in self.classes if c.id == class_id), None)
        return found.head_teacher if found else ""


def load(session: Session, student_id: int) -> Loaded:
    """Worker job: one call, so the window fills at once (services only, no SQL here)."""
    file = growth.open_growth_file(session, student_id)
    return Loaded(file, tuple(students.classes(session)), tuple(students.dorms(session)))
