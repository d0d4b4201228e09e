"""计划: the current plan with its measures, earlier versions, and editing (a new version)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.growth import GrowthFile, Plan
from app.services import growth
from app.ui import dialogs
from app.ui.growth.fields import date_text
from app.ui.growth.form import GrowthForm
from app.ui.growth.plan_widgets import MeasureEditor, measure_values
from app.ui.growth.records import Column, RecordTable
from app.ui.growth.tab import GrowthTab
from app.ui.i18n import fmt
from app.ui.vocab import enum_name


class PlanForm(GrowthForm):
    form_name = "plan"

    def build(self) -> None:
        self.add_note("summary", self.tr("Problem summary:"), lines=3)
        self.add_note("goals", self.tr("Goals:"), lines=3)
        self.add_date("next_review_on", self.tr("Next review:"))
        self.measures = MeasureEditor(self)
        access = (self.measures.value, self.measures.set_value, self.measures.changed)
        self.add_field("measures", self.tr("Measures:"), self.measures, access)

    def load_plan(self, plan: Plan | None) -> None:
        """Start from ``plan`` (the current version) or from nothing."""
        values = {"summary": "", "goals": "", "next_review_on": "", "measures": []}
        if plan is not None:
            values = {
                "summary": plan.summary,
                "goals": plan.goals,
                "next_review_on": date_text(plan.next_review_on),
                "measures": measure_values(plan.measures),
            }
        self.set_values(values)
        self.mark_clean()

    def record(self) -> Plan:
        measures = self.measures.measures()
        review = self.date("next_review_on")
        sid = self.host.student_id
        summary, goals = self.text("summary"), self.text("goals")
        return Plan(None, sid, 0, datetime.now(), "", summary, goals, review, measures)

    def revalidate(self) -> None:
        super().revalidate()
        self.measures.mark(self.problems if "measures" in self._touched else [])

    def submit(self, record: Plan) -> tuple[Any, tuple[Any, ...]]:
        args = (record.student_id, record.summary, record.goals, record.next_review_on)
        return growth.save_plan, (*args, record.measures)

    def saved_text(self) -> str:
        return self.tr("The plan was saved as a new version.")

    def after_save(self) -> None:
        self.mark_clean()


class PlanView(QWidget):
    """One version of the plan, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("planTitle")
        self.summary, self.goals, self.review = QLabel(self), QLabel(self), QLabel(self)
        for label in (self.summary, self.goals, self.review):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.measures = RecordTable(self._columns(), self, stretch=0)
        self.measures.setObjectName("planMeasures")
        rows = QFormLayout()
        rows.addRow(self.tr("Problem summary:"), self.summary)
        rows.addRow(self.tr("Goals:"), self.goals)
        rows.addRow(self.tr("Next review:"), self.review)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(rows)
        layout.addWidget(self.measures, 1)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Measure"), lambda m: m.what),
            Column(self.tr("Owner"), lambda m: enum_name(m.owner)),
            Column(self.tr("Owner's name"), lambda m: m.owner_name),
            Column(self.tr("Due"), lambda m: date_text(m.due_on)),
            Column(self.tr("Status"), lambda m: enum_name(m.status)),
        ]

    def show_plan(self, plan: Plan | None, current: bool) -> None:
        if plan is None:
            self.title.setText(self.tr("There is no plan yet."))
        else:
            text = self.tr("Version {version} of {date} by {author}")
            when = f"{plan.created_at:%Y-%m-%d %H:%M}"
            title = fmt(text, version=plan.version, date=when, author=plan.author)
            suffix = self.tr(" (current)") if current else self.tr(" (earlier version)")
            self.title.setText(title + suffix)
        self.summary.setText(plan.summary if plan else "")
        self.goals.setText(plan.goals if plan else "")
        self.review.setText(date_text(plan.next_review_on) if plan else "")
        self.measures.set_records(list(plan.measures) if plan else [])


class PlanTab(GrowthTab):
    key = "plan"

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.plans: tuple[Plan, ...] = ()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._viewer())
        self.form: PlanForm | None = None
        if host.abilities.may_edit("plan"):
            self.stack.addWidget(self._editor())
        QVBoxLayout(self).addWidget(self.stack)

    def _viewer(self) -> QWidget:
        page = QWidget(self)
        self.history = QListWidget(page)
        self.history.setObjectName("planHistory")
        self.history.setMaximumWidth(280)
        self.history.currentRowChanged.connect(self._version_chosen)
        self.view = PlanView(page)
        right = QVBoxLayout()
        if not self.host.abilities.sees_reasons:
            text = self.tr(
                "Only the measures assigned to teachers, mentors and guardians are shown."
            )
            right.addWidget(self.note(text))
        right.addWidget(self.view, 1)
        right.addWidget(self._edit_button(page), 0, Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout(page)
        row.addWidget(self.history)
        row.addLayout(right, 1)
        return page

    def _edit_button(self, page: QWidget) -> QPushButton:
        self.edit_button = QPushButton(self.tr("Edit plan (new version)…"), page)
        self.edit_button.setObjectName("editPlan")
        self.edit_button.setToolTip(self.tr("Write the next version of the plan (Ctrl+N)"))
        self.edit_button.clicked.connect(self.start_editing)
        self.edit_button.setVisible(self.host.abilities.may_edit("plan"))
        return self.edit_button

    def _editor(self) -> QWidget:
        page = QWidget(self)
        self.form = PlanForm(self.host, page)
        self.form.saved.connect(lambda: self.stack.setCurrentIndex(0))
        cancel = QPushButton(self.tr("Cancel"), page)
        cancel.setObjectName("cancelPlan")
        cancel.clicked.connect(self.cancel_editing)
        layout = QVBoxLayout(page)
        layout.addWidget(
            self.note(self.tr("Saving writes a new version; earlier versions stay as they were."))
        )
        layout.addWidget(self.form, 1)
        layout.addWidget(cancel, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def show_file(self, file: GrowthFile) -> None:
        self.plans = file.plans
        self.history.blockSignals(True)
        self.history.clear()
        for plan in reversed(file.plans):
            self.history.addItem(QListWidgetItem(self._version_text(plan)))
        self.history.blockSignals(False)
        self.edit_button.setText(
            self.tr("Edit plan (new version)…") if file.plans else self.tr("Write a plan…")
        )
        self.history.setCurrentRow(0)
        if not file.plans:
            self.view.show_plan(None, True)

    def _version_text(self, plan: Plan) -> str:
        text = fmt(
            self.tr("Version {version} · {date}"),
            version=plan.version,
            date=f"{plan.created_at:%Y-%m-%d}",
        )
        return text + (self.tr(" (current)") if plan is self.plans[-1] else "")

    def _version_chosen(self, row: int) -> None:
        if 0 <= row < len(self.plans):
            index = len(self.plans) - 1 - row
            self.view.show_plan(self.plans[index], index == len(self.plans) - 1)

    def editing(self) -> bool:
        return self.stack.currentIndex() == 1

    def start_editing(self) -> None:
        if self.form is None:
            return
        if not self.editing():
            self.form.load_plan(self.plans[-1] if self.plans else None)
            self.stack.setCurrentIndex(1)
        self.form.fields["summary"].widget.setFocus()

    def cancel_editing(self) -> None:
        question = self.tr("The changes to the plan have not been saved. Discard them?")
        if self.form is not None and self.form.dirty and not dialogs.ask(self, question):
            return
        if self.form is not None:
            self.form.discard()
        self.stack.setCurrentIndex(0)

    def new_record(self) -> None:
        self.start_editing()

    def save(self) -> bool:
        return self.form.save() if self.form is not None and self.editing() else False

    def restore_form(self, form_name: str, data: Any) -> bool:
        if form_name != "plan" or self.form is None:
            return False
        self.start_editing()
        self.form.restore_input(data)
        return True
