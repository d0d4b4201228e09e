"""学期心理健康工作报告: pick the semester and, only by ticking it explicitly, the appendix
that lists students by name (counselors only; unticked every time the dialog opens).

The report of the current semester runs up to today; an earlier one up to its last day.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.school import SchoolYear, semester_start
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.printing import jobs
from app.ui.printing.run import print_to_folder

SEMESTERS_SHOWN = 4


def semester_days(today: date, count: int = SEMESTERS_SHOWN) -> list[tuple[date, date]]:
    """(first day, last day reported) of the current semester and the ones before it."""
    found = []
    day = today
    for _ in range(count):
        start = semester_start(day)
        found.append((start, day))
        day = start - timedelta(days=1)
    return found


class SemesterReportDialog(QDialog):
    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("semesterReportDialog")
        self.setWindowTitle(self.tr("Semester report"))
        self.semester_combo = QComboBox(self)
        self.semester_combo.setObjectName("semesterCombo")
        for first, last in semester_days(date.today()):
            self.semester_combo.addItem(self._label(first, last), last)
        self.names_check = QCheckBox(self.tr("Appendix: list the students' names"), self)
        self.names_check.setObjectName("includeNames")
        self.names_check.setChecked(False)
        self.names_check.setEnabled(ctx.account.role is Role.COUNSELOR)
        self._layout()

    def _label(self, first: date, last: date) -> str:
        year = SchoolYear.of(first).label
        if first == SchoolYear.of(first).first_day:
            text = self.tr("School year {year}, first semester (to {last})")
        else:
            text = self.tr("School year {year}, second semester (to {last})")
        return fmt(text, year=year, last=last.isoformat())

    def _layout(self) -> None:
        note = QLabel(
            self.tr(
                "The report holds figures, charts and coverage tables. Students' names are "
                "printed only in the appendix, and only if you tick it."
            ),
            self,
        )
        note.setObjectName("fieldHint")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Semester:"), self.semester_combo)
        form.addRow("", self.names_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Print…"))
        buttons.accepted.connect(self.print_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def day(self) -> date:
        chosen: date = self.semester_combo.currentData()
        return chosen

    def print_report(self) -> None:
        """Close, then ask for the folder and print (the result dialog follows)."""
        parent = self.parentWidget() or self
        self.accept()
        print_to_folder(
            self.ctx, parent, jobs.semester_report, self.day(), self.names_check.isChecked()
        )
