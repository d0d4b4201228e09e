"""心理测评 Screening: import MHT results from a testing platform's sheet, review the
yellow flags abnormal results suggest, see screening coverage per class this semester,
and set the MHT thresholds.

The counselor does all of it; a school leader sees the coverage counts only (the
services refuse them the rest). The parts live in ``app.ui.screening``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.services.screening import ScreeningReport
from app.ui.charts import percent
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.pages.reloading import Reloading
from app.ui.screening.coverage import ScreeningCoverageBox
from app.ui.screening.data import PageData, load_page
from app.ui.screening.importer import ScreeningImport
from app.ui.screening.review import ScreeningReviewBox
from app.ui.screening.thresholds import MhtThresholdsBox


class ScreeningPage(Reloading, QWidget):
    failure_context = "screening page"

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("screeningPage")
        self.counselor = ctx.account.role is Role.COUNSELOR
        self.data: PageData | None = None
        self.importer = ScreeningImport(ctx, self)
        self.importer.imported.connect(self._imported)
        self._build()
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(self.refresh)
        if self.counselor:
            shortcut = QShortcut(QKeySequence("Ctrl+I"), self)
            shortcut.activated.connect(self.import_sheet)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.message = QLabel(self)
        self.message.setObjectName("statusText")
        self.message.setWordWrap(True)
        self.message.hide()
        self.review = ScreeningReviewBox(self.ctx, self)
        self.review.changed.connect(self._decided)
        self.coverage = ScreeningCoverageBox(self.counselor, self)
        self.coverage.show_students.connect(self._show_students)
        self.coverage.open_student.connect(self._open_student)
        self.thresholds = MhtThresholdsBox(self.ctx, self)
        self.thresholds.saved.connect(self._say)
        layout = QVBoxLayout(self)
        layout.addLayout(self._heading())
        if not self.counselor:
            layout.addWidget(self._leader_hint())
        layout.addWidget(self.message)
        layout.addWidget(self._body(), 1)

    def _heading(self) -> QHBoxLayout:
        heading = QLabel(self.tr("Screening"), self)
        heading.setObjectName("pageHeading")
        self.summary = QLabel(self.tr("Loading…"), self)
        self.summary.setObjectName("fieldHint")
        self.import_button = QPushButton(self.tr("Import results…"), self)
        self.import_button.setObjectName("importScreening")
        self.import_button.setToolTip(
            self.tr("Import MHT results from a testing platform's .xlsx or .csv (Ctrl+I)")
        )
        self.import_button.clicked.connect(self.import_sheet)
        self.import_button.setVisible(self.counselor)
        self.import_button.setEnabled(not self.ctx.read_only)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Load the lists again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addSpacing(12)
        row.addWidget(self.summary, 1)
        row.addWidget(self.import_button)
        row.addWidget(self.refresh_button)
        return row

    def _leader_hint(self) -> QLabel:
        hint = QLabel(
            self.tr(
                "School leaders see how many students of each class were screened; the "
                "results, the names and the review list stay with the counselor."
            ),
            self,
        )
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        return hint

    def _body(self) -> QWidget:
        if not self.counselor:
            self.review.hide()
            self.thresholds.hide()
            return self.coverage
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.coverage, 1)
        column.addWidget(self.thresholds)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.review)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 420])
        return splitter

    # --- loading ---------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()

    def load_job(self) -> tuple[Any, tuple[Any, ...]]:
        return load_page, (self.counselor,)

    def show_loaded(self, data: PageData) -> None:
        self.data = data
        if data.review is not None:
            self.review.set_lines(data.review.lines)
            self.thresholds.set_stored(data.review.thresholds)
        self.coverage.set_coverage(data.coverage)
        self.summary.setText(self._summary(data))

    def _summary(self, data: PageData) -> str:
        students = sum(c.students for c in data.coverage)
        screened = sum(c.screened for c in data.coverage)
        ratio = screened / students if students else 1.0
        text = fmt(
            self.tr("{screened} of {students} students screened this semester ({percent}%)"),
            screened=screened,
            students=students,
            percent=percent(ratio),
        )
        if data.review is None:
            return text
        pending = fmt(self.tr("{count} suggested flags to review"), count=len(data.review.lines))
        return f"{pending} · {text}"

    # --- actions ---------------------------------------------------------------------------

    def import_sheet(self) -> None:
        if self.counselor and not self.ctx.read_only:
            self.importer.start()

    def _imported(self, _report: ScreeningReport) -> None:
        self.refresh()

    def _decided(self, text: str) -> None:
        self._say(text)
        self.refresh()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_students(self, class_id: int) -> None:
        page = self.window().show_page("students")  # type: ignore[attr-defined]
        if page is not None:
            page.show_filtered(class_id=class_id, unscreened=True)

    def _open_student(self, student_id: int) -> None:
        from app.ui.growth import open_student

        open_student(self.ctx, self, student_id)
