"""The growth file's "planned visits" box (Home visits tab): the student's open plan items,
and 按计划填写 to pre-fill the record form from one — so a visit opened from the due list
is recorded against its plan too."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QPushButton, QWidget

from app.domain.growth import HomeVisit
from app.domain.visit_plan import PlanLine
from app.ui import dialogs
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.planning import jobs
from app.ui.planning.errors import describe_plan_error
from app.ui.planning.recording import fill
from app.ui.vocab import enum_name


class PlanBox(QGroupBox):
    """Hidden while the student has no open planned visit."""

    def __init__(
        self, ctx: ShellContext, student_id: int, tab: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.student_id = student_id
        self.tab = tab
        self.lines: list[PlanLine] = []
        self.setObjectName("planBox")
        self.setTitle(self.tr("Planned visits"))
        self.combo = QComboBox(self)
        self.combo.setObjectName("openPlans")
        self.fill_button = QPushButton(self.tr("Fill in the form from the plan"), self)
        self.fill_button.setObjectName("fillFromPlan")
        self.fill_button.clicked.connect(self.fill_form)
        row = QHBoxLayout(self)
        row.addWidget(self.combo, 1)
        row.addWidget(self.fill_button)
        self.hide()

    def reload(self) -> None:
        self.ctx.call(jobs.open_plans_of, self.student_id, on_success=self.set_lines, owner=self)

    def set_lines(self, lines: list[PlanLine]) -> None:
        self.lines = list(lines)
        self.combo.clear()
        for line in self.lines:
            text = fmt(
                self.tr("{date} · {kind} · {purpose}"),
                date=line.item.planned_on.isoformat(),
                kind=enum_name(line.item.kind),
                purpose=line.item.purpose or "—",
            )
            self.combo.addItem(text, line.item.id)
        self.setVisible(bool(self.lines))

    def _fill(self, plan_id: int, draft: HomeVisit) -> None:
        fill(self, self.tab, plan_id, draft)

    def _failed(self, exc: BaseException) -> None:
        dialogs.error(self, describe_plan_error(exc))
        self.reload()

    def fill_form(self) -> None:
        plan_id = self.combo.currentData()
        if plan_id is None:
            return
        self.ctx.call(
            jobs.draft,
            plan_id,
            on_success=partial(self._fill, plan_id),
            on_error=self._failed,
            owner=self,
        )
