"""Worker jobs of the Screening page (services only) and the names of MHT fields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.domain.mht import MHT_SCALES, MhtThresholds
from app.domain.screening import FIELD_LABELS
from app.domain.screening_review import SuggestionLine
from app.services import screening, screening_review, students
from app.services.screening import Progress, ScreeningPreview
from app.services.screening_review import ClassScreening
from app.services.session import Session
from app.ui.vocab import scale_name

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ReviewData:
    lines: list[SuggestionLine]
    thresholds: MhtThresholds


def load_review(session: Session) -> ReviewData:
    """The pending suggestions (newest screening first) and the station's thresholds."""
    return ReviewData(screening_review.suggestions(session), screening_review.thresholds(session))


def load_coverage(session: Session) -> list[ClassScreening]:
    """Screening coverage per class this semester, in the school's grade and class order."""
    grades = {grade.name: grade.position for grade in students.grades(session)}
    classes = {c.id: n for n, c in enumerate(students.classes(session))}
    lines = screening_review.screening_coverage(session)
    return sorted(
        lines,
        key=lambda c: (grades.get(c.grade_name, 99), classes.get(c.class_id or -1, 9999)),
    )


@dataclass(frozen=True)
class PageData:
    review: ReviewData | None  # None for a school leader (the review list is the counselor's)
    coverage: list[ClassScreening]


def load_page(session: Session, with_review: bool) -> PageData:
    """Everything the page shows: the review list (counselor) and the coverage per class."""
    review = load_review(session) if with_review else None
    return PageData(review, load_coverage(session))


def preview_job(
    session: Session,
    path: Path,
    mapping: Mapping[str, str] | None,
    default_date: date | None,
    progress: Progress | None = None,
) -> ScreeningPreview:
    """Read the sheet and say what an import would do (behind a busy progress dialog)."""
    if progress is not None:
        progress(0, 0)
    return screening.preview_screening(session, path, mapping or None, default_date)


def field_names() -> dict[str, str]:
    """Every field a sheet column can hold, translated, in the order a sheet has them."""
    names = {
        "student_number": translate("ScreeningFields", "Student number"),
        "name": translate("ScreeningFields", "Name"),
        "grade": translate("ScreeningFields", "Grade"),
        "class_name": translate("ScreeningFields", "Class"),
        "taken_on": translate("ScreeningFields", "Test date"),
    }
    names.update({scale: scale_name(scale) for scale in MHT_SCALES})
    names["validity"] = translate("ScreeningFields", "Validity (lie) scale")
    names["total"] = translate("ScreeningFields", "Total anxiety score")
    return names


def missing_names(labels: Sequence[str]) -> list[str]:
    """``ScreeningPreview.missing`` (the domain's Chinese labels) in the user's language."""
    keys = {label: key for key, label in FIELD_LABELS.items()}
    names = field_names()
    identity = translate("ScreeningFields", "student number (or name and class)")
    return [
        names[keys[label]] if label in keys else identity if "学籍号" in label else label
        for label in labels
    ]
