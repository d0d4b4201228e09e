"""The Home visits page's 家访计划 tab: the planned visits (open ones of every month, or one
month with their states), planning new ones, recording one from its plan, cancelling one
with a reason, and printing its 家访记录表 (or a blank one).

Head teachers see and plan their own classes, grade leaders see their grade's plans, the
counselor everything (the services decide).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import Role
from app.domain.visit_plan import PlanLine, PlanStatus
from app.ui import dialogs
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.pages.visits_models import RowsModel, make_table
from app.ui.planning import jobs
from app.ui.planning.errors import describe_plan_error
from app.ui.planning.models import plan_columns
from app.ui.planning.plan_dialog import PlanDialog
from app.ui.planning.recording import record_from_plan
from app.ui.widgets.reason_dialog import ReasonDialog

PLANNERS = frozenset({Role.COUNSELOR, Role.HEAD_TEACHER})
MONTHS_BACK, MONTHS_AHEAD = 3, 2


def month_choices(today: date) -> list[date]:
    first = today.replace(day=1)
    found = []
    for step in range(-MONTHS_BACK, MONTHS_AHEAD + 1):
        year, month = divmod(first.month - 1 + step, 12)
        found.append(date(first.year + year, month + 1, 1))
    return found


class PlansPanel(QWidget):
    """``changed`` after a plan was saved, recorded or cancelled (the page reloads)."""

    changed = Signal()

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("plansPanel")
        self.dialog: PlanDialog | None = None
        self.loaded = False
        self.model: RowsModel[PlanLine] = RowsModel(plan_columns(), self)
        self._build()
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(lambda: self.plan_visits())

    def may_plan(self) -> bool:
        return self.ctx.account.role in PLANNERS and not self.ctx.read_only

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.table = make_table(self.model, self, "planTable")
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.record_visit())
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._action_row())
        self._update_buttons()

    def _top_row(self) -> QHBoxLayout:
        self.show_combo = QComboBox(self)
        self.show_combo.setObjectName("planShow")
        self.show_combo.addItem(self.tr("Open planned visits (all months)"), None)
        for month in month_choices(date.today()):
            text = fmt(self.tr("All planned visits of {month}/{year}"), **_parts(month))
            self.show_combo.addItem(text, month)
        self.show_combo.currentIndexChanged.connect(self.reload)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("fieldHint")
        self.message = QLabel(self)
        self.message.setObjectName("statusText")
        self.plan_button = QPushButton(self.tr("Plan visits…"), self)
        self.plan_button.setObjectName("planVisitsButton")
        self.plan_button.setToolTip(self.tr("Plan home visits for a month (Ctrl+N)"))
        self.plan_button.clicked.connect(lambda: self.plan_visits())
        self.plan_button.setVisible(self.may_plan())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:"), self))
        row.addWidget(self.show_combo)
        row.addWidget(self.count_label, 1)
        row.addWidget(self.message)
        row.addWidget(self.plan_button)
        return row

    def _action_row(self) -> QHBoxLayout:
        self.record_button = self._button(
            self.tr("Record the visit…"),
            "recordPlannedVisit",
            self.tr("Open the growth file with the record form filled in from the plan (Enter)"),
        )
        self.record_button.clicked.connect(self.record_visit)
        self.cancel_button = self._button(self.tr("Cancel the planned visit…"), "cancelPlan", "")
        self.cancel_button.clicked.connect(self.cancel_visit)
        self.form_button = self._button(
            self.tr("Print the record form…"),
            "printPlanForm",
            self.tr("The home-visit record form with the student and the purpose filled in"),
        )
        self.form_button.clicked.connect(self.print_form)
        self.blank_button = self._button(
            self.tr("Blank record form…"),
            "printBlankForm",
            self.tr("An empty home-visit record form"),
        )
        self.blank_button.clicked.connect(self.print_blank)
        row = QHBoxLayout()
        row.addWidget(self.blank_button)
        row.addStretch(1)
        for button in (self.form_button, self.cancel_button, self.record_button):
            row.addWidget(button)
        for button in (self.record_button, self.cancel_button, self.form_button):
            button.setVisible(self.may_plan())
        return row

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    # --- loading ---------------------------------------------------------------------------

    def month(self) -> date | None:
        chosen: date | None = self.show_combo.currentData()
        return chosen

    def reload(self) -> None:
        month = self.month()
        self.ctx.call(
            jobs.plan_lines,
            month,
            on_success=partial(self._loaded, month),
            on_error=self._failed,
            owner=self,
        )

    def _loaded(self, month: date | None, lines: list[PlanLine]) -> None:
        if month != self.month():
            return
        chosen = self.selected()
        self.model.set_rows(lines)
        self.loaded = True
        open_count = sum(1 for line in lines if line.item.status is PlanStatus.PLANNED)
        overdue = sum(1 for line in lines if _overdue(line))
        text = self.tr("{open} open, {overdue} of them overdue")
        self.count_label.setText(fmt(text, open=open_count, overdue=overdue))
        self.select_plan(chosen.item.id if chosen else None)

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText(describe_plan_error(exc))

    # --- selection -------------------------------------------------------------------------

    def selected(self) -> PlanLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_plan(self, plan_id: int | None) -> None:
        for number, line in enumerate(self.model.rows):
            if line.item.id == plan_id:
                self.table.selectRow(number)
                return
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        line = self.selected()
        usable = self.may_plan() and line is not None
        is_open = usable and line is not None and line.item.status is PlanStatus.PLANNED
        self.record_button.setEnabled(is_open)
        self.cancel_button.setEnabled(is_open)
        self.form_button.setEnabled(is_open)

    # --- actions ---------------------------------------------------------------------------

    def plan_visits(self, class_id: int | None = None, student_ids: Iterable[int] = ()) -> None:
        if not self.may_plan():
            return
        self.dialog = PlanDialog(self.ctx, self.window(), class_id, student_ids)
        self.dialog.planned.connect(self._planned)
        self.dialog.open()

    def _planned(self, count: int) -> None:
        self.message.setText(fmt(self.tr("{count} home visits were planned."), count=count))
        self.reload()
        self.changed.emit()

    def record_visit(self) -> None:
        line = self.selected()
        if line is not None and self.may_plan() and line.item.status is PlanStatus.PLANNED:
            assert line.item.id is not None
            record_from_plan(self.ctx, self, line.item.id)

    def cancel_visit(self) -> None:
        line = self.selected()
        if line is None or line.item.id is None or line.item.status is not PlanStatus.PLANNED:
            return
        prompt = fmt(
            self.tr("Why is the visit to {name} on {date} cancelled?"),
            name=line.student_name,
            date=line.item.planned_on.isoformat(),
        )
        dialog = ReasonDialog(self.tr("Cancel a planned visit"), prompt, self)
        dialog.given.connect(partial(self._cancel, line.item.id))
        dialog.open()

    def _cancel(self, plan_id: int, reason: str) -> None:
        self.ctx.call(
            jobs.cancel,
            plan_id,
            reason,
            on_success=self._cancelled,
            on_error=self._action_failed,
            owner=self,
        )

    def _action_failed(self, exc: BaseException) -> None:
        dialogs.error(self, describe_plan_error(exc))
        self.reload()

    def _cancelled(self, _result: object = None) -> None:
        self.message.setText(self.tr("The planned visit was cancelled."))
        self.reload()
        self.changed.emit()

    def print_form(self) -> None:
        from app.ui.printing import jobs as print_jobs
        from app.ui.printing.run import print_to_folder

        line = self.selected()
        if line is not None and line.item.id is not None:
            print_to_folder(self.ctx, self, print_jobs.visit_form, plan_id=line.item.id)

    def print_blank(self) -> None:
        from app.ui.printing import jobs as print_jobs
        from app.ui.printing.run import print_to_folder

        print_to_folder(self.ctx, self, print_jobs.visit_form)


def _parts(month: date) -> dict[str, int]:
    return {"year": month.year, "month": month.month}


def _overdue(line: PlanLine) -> bool:
    return line.item.status is PlanStatus.PLANNED and line.item.planned_on < date.today()
