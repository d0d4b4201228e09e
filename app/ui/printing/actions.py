"""Print buttons that pages put in their heading or beside a table: the semester report
(counselors and leaders), every growth file of the school or a class (counselors), and a
class's home-visit coverage list (counselors, head teachers, grade leaders)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from app.domain.enums import Role
from app.ui.context import ShellContext
from app.ui.printing import jobs
from app.ui.printing.run import print_to_folder

translate = QCoreApplication.translate
COVERAGE_ROLES = frozenset({Role.COUNSELOR, Role.HEAD_TEACHER, Role.GRADE_LEADER})
REPORT_ROLES = frozenset({Role.COUNSELOR, Role.LEADER})


def may_print_coverage(ctx: ShellContext) -> bool:
    return ctx.account.role in COVERAGE_ROLES


def _button(parent: QWidget, text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setToolTip(tip)
    return button


def semester_report_button(ctx: ShellContext, parent: QWidget) -> QPushButton | None:
    """学期心理健康工作报告… (None for accounts that may not print it)."""
    if ctx.account.role not in REPORT_ROLES:
        return None
    button = _button(
        parent,
        translate("Printing", "Semester report…"),
        "semesterReportButton",
        translate("Printing", "Print the semester mental-health work report as a PDF"),
    )
    button.clicked.connect(lambda: open_semester_dialog(ctx, parent))
    return button


def open_semester_dialog(ctx: ShellContext, parent: QWidget) -> QWidget:
    from app.ui.printing.semester_dialog import SemesterReportDialog

    dialog = SemesterReportDialog(ctx, parent)
    dialog.open()
    return dialog


def batch_button(
    ctx: ShellContext, parent: QWidget, current_class: Callable[[], int | None] = lambda: None
) -> QPushButton | None:
    """打印成长档案… for a whole class (``current_class()`` preselected) or the school
    (counselors only)."""
    if ctx.account.role is not Role.COUNSELOR:
        return None
    button = _button(
        parent,
        translate("Printing", "Print growth files…"),
        "batchPrintButton",
        translate("Printing", "Every growth file of the school or of one class, one PDF each"),
    )
    button.clicked.connect(lambda: open_batch_dialog(ctx, parent, current_class()))
    return button


def open_batch_dialog(ctx: ShellContext, parent: QWidget, class_id: int | None) -> QWidget:
    from app.ui.printing.batch import BatchPrintDialog

    dialog = BatchPrintDialog(ctx, parent, class_id)
    dialog.open()
    return dialog


def print_class_coverage(ctx: ShellContext, parent: QWidget, class_id: int) -> None:
    """The class's home-visit coverage list into a folder chosen now."""
    print_to_folder(ctx, parent, jobs.class_coverage, class_id)
