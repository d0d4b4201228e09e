"""Worker jobs for printing: each takes the session and the chosen folder first, so
``print_to_folder`` can run any of them. The printing services (and reportlab) are
imported on the worker when the first document is printed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.reports.fonts import FontChoice
    from app.services.printing import PrintResult
    from app.services.printing_batch import BatchResult
    from app.services.session import Session


def growth_file(session: Session, folder: Path, student_id: int) -> PrintResult:
    from app.services import printing

    return printing.print_growth_file(session, student_id, folder)


def visit_form(session: Session, folder: Path, **which: Any) -> PrintResult:
    """``student_id`` (+ ``visit_id``) or ``plan_id``; nothing for a blank form."""
    from app.services import printing

    return printing.print_visit_form(session, folder, **which)


def class_coverage(session: Session, folder: Path, class_id: int) -> PrintResult:
    from app.services import printing

    return printing.print_class_coverage(session, class_id, folder)


def semester_report(session: Session, folder: Path, day: date, include_names: bool) -> PrintResult:
    from app.services import printing

    return printing.print_semester_report(session, folder, day, include_names=include_names)


def growth_files(
    session: Session, folder: Path, class_id: int | None, progress: Any = None
) -> BatchResult:
    from app.services import printing_batch

    return printing_batch.print_growth_files(session, folder, class_id=class_id, progress=progress)


def current_font(session: Session) -> FontChoice:
    from app.services import printing

    return printing.font(session)


def set_font(session: Session, path: Path | None) -> FontChoice:
    from app.services import printing

    return printing.set_font(session, path)
