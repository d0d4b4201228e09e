"""家访 Home visits: on-site visit coverage per grade and class this school year, and the
students of a class still waiting for their visit (DOMAIN.md, "Home visits"); the tabs
家访计划 (monthly visit plans, ``app.ui.planning.plans_panel``) and 重点群体随访 (the
key-group follow-up schedule, ``app.ui.planning.follow_ups``); printing a class's coverage
list, the semester report and growth files in batch (``app.ui.printing``).

Recording a visit happens in the student's growth file (``app.ui.growth.open_student``);
the page reloads when it is shown again, when the main window becomes active again (the
growth file is a separate window) and on F5.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.student import RosterRow
from app.ui.charts import percent
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.pages.reloading import Reloading
from app.ui.pages.visits_models import (
    CAN_RECORD,
    PLAN_VIEWERS,
    ClassLine,
    RowsModel,
    StudentLine,
    VisitsOverview,
    class_columns,
    content_width,
    fit_height,
    grade_columns,
    load_class_students,
    load_overview,
    make_table,
    student_columns,
    student_lines,
)
from app.ui.printing import actions

if TYPE_CHECKING:
    from app.ui.planning.follow_ups import FollowUpPanel
    from app.ui.planning.plans_panel import PlansPanel

VISIT_COLUMN = 3  # students not yet visited on site come first


def open_growth_file(ctx: ShellContext, parent: QWidget, student_id: int) -> None:
    """The student's growth file on its Home visits tab, where visits are recorded (tests
    replace this). The page reloads when the main window is active again."""
    from app.ui.growth import open_window

    open_window(ctx, parent, student_id).show_tab("visits")


class VisitsPage(Reloading, QWidget):
    failure_context = "visits"

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("visitsPage")
        self.overview: VisitsOverview | None = None
        self.class_id: int | None = None
        self._reselecting = False
        self.grade_model: RowsModel[Any] = RowsModel(grade_columns(), self)
        self.class_model: RowsModel[Any] = RowsModel(class_columns(), self)
        self.student_model: RowsModel[Any] = RowsModel(student_columns(), self)
        self.plans: PlansPanel | None = None
        self.follow_ups: FollowUpPanel | None = None
        self._build()
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(self.refresh)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._coverage_column())
        splitter.addWidget(self._students_box())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addLayout(self._heading())
        hint = self._scope_hint()
        if hint:
            note = QLabel(hint, self)
            note.setObjectName("fieldHint")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self._tabs(splitter), 1)

    def _tabs(self, coverage: QWidget) -> QTabWidget:
        """Coverage, and for the accounts that may see them the plans and follow-ups."""
        self.tabs = tabs = QTabWidget(self)
        tabs.setObjectName("visitsTabs")
        tabs.addTab(coverage, self.tr("Visit coverage"))
        if self.ctx.account.role in PLAN_VIEWERS:
            from app.ui.planning.follow_ups import FollowUpPanel
            from app.ui.planning.plans_panel import PlansPanel

            self.plans = PlansPanel(self.ctx, tabs)
            self.plans.changed.connect(self.refresh)
            tabs.addTab(self.plans, self.tr("Visit plans"))
            self.follow_ups = FollowUpPanel(self.ctx, tabs)
            self.follow_ups.plan_requested.connect(self._plan_follow_up)
            tabs.addTab(self.follow_ups, self.tr("Key-group follow-ups"))
        tabs.tabBar().setVisible(tabs.count() > 1)
        return tabs

    def _heading(self) -> QHBoxLayout:
        heading = QLabel(self.tr("Home visits"), self)
        heading.setObjectName("pageHeading")
        self.summary = QLabel(self.tr("Loading…"), self)
        self.summary.setObjectName("fieldHint")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Load the figures again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addSpacing(12)
        row.addWidget(self.summary, 1)
        for button in (
            actions.semester_report_button(self.ctx, self),
            actions.batch_button(self.ctx, self, lambda: self.class_id),
            self.refresh_button,
        ):
            if button is not None:
                row.addWidget(button)
        return row

    def _scope_hint(self) -> str:
        role = self.ctx.account.role
        if role is Role.LEADER:
            return self.tr(
                "School leaders see every class's coverage, but only the names of students "
                "with a red or orange flag."
            )
        if role in (Role.HEAD_TEACHER, Role.GRADE_LEADER):
            return self.tr("You see the classes you are responsible for.")
        return ""

    def _coverage_column(self) -> QWidget:
        column = QWidget(self)
        grades = QGroupBox(self.tr("By grade"), column)
        self.grade_table = make_table(self.grade_model, grades, "gradeTable")
        QVBoxLayout(grades).addWidget(self.grade_table)
        classes = QGroupBox(self.tr("By class (select one to see its students)"), column)
        self.class_table = make_table(self.class_model, classes, "classTable")
        self.class_table.selectionModel().selectionChanged.connect(self._class_selected)
        QVBoxLayout(classes).addWidget(self.class_table)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(grades)
        layout.addWidget(classes, 1)
        return column

    def _students_box(self) -> QGroupBox:
        self.students_box = box = QGroupBox(self.tr("Students"), self)
        self.student_counts = QLabel(self.tr("Select a class on the left."), box)
        self.student_counts.setObjectName("fieldHint")
        self.student_counts.setWordWrap(True)
        self.student_table = make_table(
            self.student_model, box, "studentTable", sort_column=VISIT_COLUMN
        )
        self.student_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.student_table.activated.connect(lambda _index: self.record_visit())
        layout = QVBoxLayout(box)
        layout.addWidget(self.student_counts)
        layout.addWidget(self.student_table, 1)
        layout.addLayout(self._record_row(box))
        self._update_buttons()
        return box

    def _record_row(self, box: QGroupBox) -> QHBoxLayout:
        self.record_button = QPushButton(self.tr("Record home visit…"), box)
        self.record_button.setObjectName("recordVisitButton")
        tip = self.tr("Open the student's growth file to record a visit (Enter)")
        self.record_button.setToolTip(tip)
        self.record_button.clicked.connect(self.record_visit)
        self.record_button.setVisible(self.may_record())
        self.print_button = QPushButton(self.tr("Print coverage list…"), box)
        self.print_button.setObjectName("printCoverage")
        self.print_button.setToolTip(self.tr("The class's home-visit coverage list as a PDF"))
        self.print_button.clicked.connect(self.print_coverage)
        self.print_button.setVisible(actions.may_print_coverage(self.ctx))
        self.plan_button = QPushButton(self.tr("Plan visits…"), box)
        self.plan_button.setObjectName("planClassVisits")
        self.plan_button.setToolTip(self.tr("Plan home visits of this class for a month"))
        self.plan_button.clicked.connect(self.plan_visits)
        self.plan_button.setVisible(self.may_record())
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.plan_button)
        row.addWidget(self.record_button)
        return row

    # --- loading ---------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.watch_window()
        self.refresh()

    def refresh(self) -> bool:
        started = super().refresh()
        if started:
            for panel in (self.plans, self.follow_ups):
                if panel is not None:
                    panel.reload()
        return started

    def load_job(self) -> tuple[Any, tuple[Any, ...]]:
        return load_overview, ()

    def show_loaded(self, overview: VisitsOverview) -> None:
        self.overview = overview
        self.summary.setText(self._summary(overview))
        self.grade_model.set_rows(overview.grades)
        fit_height(self.grade_table)
        self.class_model.set_rows(overview.classes)
        self._size_panes()
        self._select_class(self.class_id)

    def _size_panes(self) -> None:
        """Once: give the class table the width its columns need, the students the rest."""
        if self._sized or not self.class_model.rows:
            return
        self._sized = True
        total = sum(self.splitter.sizes())
        left = content_width(self.class_table) + 56  # group box margins, some air
        self.splitter.setSizes([left, max(total - left, 1)])

    def _summary(self, overview: VisitsOverview) -> str:
        text = self.tr(
            "School year {year} · {visited} of {students} students visited on site ({percent}%)"
        )
        ratio = overview.visited / overview.students if overview.students else 1.0
        values = {"visited": overview.visited, "students": overview.students}
        return fmt(text, year=overview.year.label, **values, percent=percent(ratio))

    # --- classes ---------------------------------------------------------------------------

    def _select_class(self, class_id: int | None) -> None:
        """Select ``class_id`` again after a reload (or the first class)."""
        rows = self.class_model.rows
        found = next((n for n, line in enumerate(rows) if line.coverage.class_id == class_id), 0)
        if rows:
            self._reselecting = True
            self.class_table.selectRow(found)
            self._reselecting = False
            self._load_students()

    def selected_class(self) -> ClassLine | None:
        rows = self.class_table.selectionModel().selectedRows()
        return self.class_model.row_at(rows[0].row()) if rows else None

    def _class_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._reselecting:
            self._load_students()

    def _load_students(self) -> None:
        line = self.selected_class()
        if line is None:
            return
        self.class_id = line.coverage.class_id
        title = fmt(self.tr("Students of {name}"), name=line.coverage.class_name)
        self.students_box.setTitle(title)
        self.ctx.call(
            load_class_students,
            self.class_id,
            on_success=partial(self._students_loaded, self.class_id),
            owner=self,
        )

    def _students_loaded(self, class_id: int, rows: list[RosterRow]) -> None:
        if class_id != self.class_id or self.overview is None:
            return  # the user picked another class meanwhile
        chosen = self.selected_student()
        lines = student_lines(rows, self.overview.year)
        self.student_model.set_rows(lines)
        visited = sum(1 for line in lines if line.visited_on is not None)
        text = self.tr("{missing} not yet visited on site, {visited} visited this school year.")
        self.student_counts.setText(fmt(text, missing=len(lines) - visited, visited=visited))
        self._reselect_student(chosen.row.student_id if chosen else None)

    # --- students --------------------------------------------------------------------------

    def selected_student(self) -> StudentLine | None:
        rows = self.student_table.selectionModel().selectedRows()
        return self.student_model.row_at(rows[0].row()) if rows else None

    def _reselect_student(self, student_id: int | None) -> None:
        for number, line in enumerate(self.student_model.rows):
            if line.row.student_id == student_id:
                self.student_table.selectRow(number)
                return
        self._update_buttons()

    def may_record(self) -> bool:
        return self.ctx.account.role in CAN_RECORD and not self.ctx.read_only

    def _update_buttons(self, *_args: object) -> None:
        self.record_button.setEnabled(self.may_record() and self.selected_student() is not None)
        self.print_button.setEnabled(self.class_id is not None)
        self.plan_button.setEnabled(self.class_id is not None and self.plans is not None)

    def record_visit(self) -> None:
        line = self.selected_student()
        if line is not None and self.may_record():
            open_growth_file(self.ctx, self, line.row.student_id)

    # --- plans and printing ----------------------------------------------------------------

    def plan_visits(self) -> None:
        """The plan dialog for the selected class, the selected student ticked."""
        line = self.selected_student()
        if self.plans is not None and self.class_id is not None:
            ticked = [line.row.student_id] if line is not None else []
            self.plans.plan_visits(self.class_id, ticked)

    def _plan_follow_up(self, class_id: int, student_id: int) -> None:
        if self.plans is not None:
            self.plans.plan_visits(class_id, [student_id])

    def print_coverage(self) -> None:
        if self.class_id is not None:
            actions.print_class_coverage(self.ctx, self, self.class_id)
