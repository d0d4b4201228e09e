"""The Home visits page's 重点群体随访 tab: poor, left-behind, single-parent and suspended
students with their next follow-up visit (every N days, default 90; the counselor may
change N here), overdue ones first. From a student: open the growth file, or plan a visit.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app.domain.enums import Role
from app.domain.visit_plan import FollowUpLine
from app.ui import dialogs
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.pages.visits_models import make_table
from app.ui.planning import jobs
from app.ui.planning.errors import describe_plan_error
from app.ui.planning.models import FollowUpModel

PLANNERS = frozenset({Role.COUNSELOR, Role.HEAD_TEACHER})


class FollowUpPanel(QWidget):
    """``plan_requested(class_id, student_id)``: the page opens the plan dialog."""

    plan_requested = Signal(int, int)

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("followUpPanel")
        self.days: int | None = None
        self.model = FollowUpModel(self)
        self._build()

    def may_set_interval(self) -> bool:
        return self.ctx.account.role is Role.COUNSELOR and not self.ctx.read_only

    def _build(self) -> None:
        self.table = make_table(self.model, self, "followUpTable", sort_column=FollowUpModel.DUE)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.open_file())
        layout = QVBoxLayout(self)
        layout.addLayout(self._interval_row())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._action_row())
        self._update_buttons()

    def _interval_row(self) -> QHBoxLayout:
        self.days_spin = QSpinBox(self)
        self.days_spin.setObjectName("followUpDays")
        self.days_spin.setRange(7, 366)
        self.days_spin.setValue(90)
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setEnabled(self.may_set_interval())
        self.days_spin.valueChanged.connect(self._update_buttons)
        self.save_days = QPushButton(self.tr("Save interval"), self)
        self.save_days.setObjectName("saveFollowUpDays")
        self.save_days.clicked.connect(self.set_interval)
        self.save_days.setVisible(self.may_set_interval())
        self.summary = QLabel(self.tr("Loading…"), self)
        self.summary.setObjectName("fieldHint")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Follow-up visit at least every"), self))
        row.addWidget(self.days_spin)
        row.addWidget(self.save_days)
        row.addSpacing(16)
        row.addWidget(self.summary, 1)
        return row

    def _action_row(self) -> QHBoxLayout:
        self.open_button = QPushButton(self.tr("Open growth file"), self)
        self.open_button.setObjectName("openFollowUp")
        self.open_button.setToolTip(self.tr("Record the follow-up visit there (Enter)"))
        self.open_button.clicked.connect(self.open_file)
        self.plan_button = QPushButton(self.tr("Plan a visit…"), self)
        self.plan_button.setObjectName("planFollowUp")
        self.plan_button.clicked.connect(self.plan_visit)
        self.plan_button.setVisible(self.ctx.account.role in PLANNERS and not self.ctx.read_only)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.plan_button)
        row.addWidget(self.open_button)
        return row

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.call(jobs.follow_ups, on_success=self._loaded, on_error=self._failed, owner=self)

    def _loaded(self, data: jobs.FollowUps) -> None:
        chosen = self.selected()
        self.days = data.days
        self.days_spin.blockSignals(True)
        self.days_spin.setValue(data.days)
        self.days_spin.blockSignals(False)
        self.model.set_rows(data.lines)
        overdue = sum(1 for line in data.lines if line.overdue)
        text = self.tr("{count} students to follow up, {overdue} overdue")
        self.summary.setText(fmt(text, count=len(data.lines), overdue=overdue))
        self._reselect(chosen.student.student_id if chosen else None)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(describe_plan_error(exc))

    # --- interval --------------------------------------------------------------------------

    def set_interval(self) -> None:
        self.save_days.setEnabled(False)
        self.ctx.call(
            jobs.set_follow_up_days,
            self.days_spin.value(),
            on_success=self._loaded,
            on_error=self._interval_failed,
            owner=self,
        )

    def _interval_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        dialogs.error(self, describe_plan_error(exc))

    # --- students --------------------------------------------------------------------------

    def selected(self) -> FollowUpLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _reselect(self, student_id: int | None) -> None:
        for number, line in enumerate(self.model.rows):
            if line.student.student_id == student_id:
                self.table.selectRow(number)
                return
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.plan_button.setEnabled(chosen)
        changed = self.days is not None and self.days_spin.value() != self.days
        self.save_days.setEnabled(self.may_set_interval() and changed)

    def open_file(self) -> None:
        line = self.selected()
        if line is not None:
            from app.ui.planning.recording import open_visits_tab

            open_visits_tab(self.ctx, self, line.student.student_id)

    def plan_visit(self) -> None:
        line = self.selected()
        if line is not None and line.student.class_id is not None:
            self.plan_requested.emit(line.student.class_id, line.student.student_id)
