"""家访 Home visits: on-site visit coverage per grade and class this school year, and the
students of a class still waiting for their visit (DOMAIN.md, "Home visits").

Recording a visit happens in the student's growth file (``app.ui.growth.open_student``);
the page reloads when it is shown again, when the main window becomes active again (the
growth file is a separate window) and on F5.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.student import RosterRow
from app.ui import errors
from app.ui.charts import percent
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.pages.visits_models import (
    CAN_RECORD,
    ClassLine,
    RowsModel,
    StudentLine,
    VisitsOverview,
    class_columns,
    grade_columns,
    load_class_students,
    load_overview,
    student_columns,
    student_lines,
)

VISIT_COLUMN = 3  # students not yet visited on site come first


def open_growth_file(ctx: ShellContext, parent: QWidget, student_id: int) -> None:
    """The student's growth file on its Home visits tab, where visits are recorded (tests
    replace this). The page reloads when the main window is active again."""
    from app.ui.growth import open_window

    open_window(ctx, parent, student_id).show_tab("visits")


def make_table(model: RowsModel, parent: QWidget, name: str, sort_column: int = 0) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    return table


def fit_height(table: QTableView, most: int = 6) -> None:
    """Just tall enough for its rows (up to ``most``): the grade table is a summary."""
    rows = max(1, min(table.model().rowCount(), most))
    header = table.horizontalHeader().sizeHint().height()
    height = header + rows * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


def content_width(table: QTableView) -> int:
    """The width that shows every column of ``table`` without a horizontal scroll bar."""
    table.resizeColumnsToContents()
    columns = sum(table.sizeHintForColumn(c) for c in range(table.model().columnCount()))
    header = table.horizontalHeader()
    hints = sum(header.sectionSizeHint(c) for c in range(header.count()))
    scroll = table.verticalScrollBar().sizeHint().width()
    return max(columns, hints, header.length()) + scroll + 2 * table.frameWidth() + 4


class VisitsPage(QWidget):
    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("visitsPage")
        self.overview: VisitsOverview | None = None
        self.class_id: int | None = None
        self.loading = False
        self.again = False
        self._reselecting = False
        self._watched: QObject | None = None
        self.grade_model: RowsModel = RowsModel(grade_columns(), self)
        self.class_model: RowsModel = RowsModel(class_columns(), self)
        self.student_model: RowsModel = RowsModel(student_columns(), self)
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
        layout.addWidget(splitter, 1)

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
        row.addWidget(self.refresh_button)
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
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.record_button)
        return row

    # --- loading ---------------------------------------------------------------------------

    def on_shown(self) -> None:
        self._watch_window()
        self.refresh()

    def refresh(self) -> None:
        if self.loading:
            self.again = True  # a visit may have been recorded after that load started
            return
        self.loading = True
        self.refresh_button.setEnabled(False)
        self.ctx.call(
            load_overview, on_success=self._overview_loaded, on_error=self._failed, owner=self
        )

    def _overview_loaded(self, overview: VisitsOverview) -> None:
        self._done_loading()
        self.overview = overview
        self.summary.setText(self._summary(overview))
        self.grade_model.set_rows(overview.grades)
        fit_height(self.grade_table)
        self.class_model.set_rows(overview.classes)
        self._size_panes()
        self._select_class(self.class_id)
        if self.again:
            self.again = False
            self.refresh()

    def _done_loading(self) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)

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

    def _failed(self, exc: BaseException) -> None:
        self._done_loading()
        self.again = False
        errors.log_unexpected(exc, "visits")
        self.summary.setText(errors.describe(exc))

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
            on_success=lambda rows, cid=self.class_id: self._students_loaded(cid, rows),
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

    def record_visit(self) -> None:
        line = self.selected_student()
        if line is not None and self.may_record():
            open_growth_file(self.ctx, self, line.row.student_id)

    # --- coming back from the growth file ----------------------------------------------------

    def _watch_window(self) -> None:
        window = self.window()
        if window is not self and window is not self._watched:
            window.installEventFilter(self)
            self._watched = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self.isVisible():
            self.refresh()
        return super().eventFilter(watched, event)
