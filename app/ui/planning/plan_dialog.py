"""家访计划 the monthly home-visit plan: a head teacher (or the counselor) picks a month and
a class, ticks the students to visit and gives each a day; kind, visitors and purpose
apply to the whole plan. Saving writes every item in one transaction
(``visit_planning.plan_visits``); the due list then shows them.

Opened with ``open()`` (no nested event loop); ``Lockable``: a lock keeps the ticks and
reopens the dialog after the unlock.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import VisitKind
from app.domain.school import SchoolClass
from app.domain.student import RosterRow
from app.domain.visit_plan import PlannedVisit, month_bounds, plan_problems
from app.ui.context import ShellContext
from app.ui.growth.fields import enum_combo, select_data
from app.ui.i18n import fmt
from app.ui.levels import RED
from app.ui.lockable import Lockable
from app.ui.planning import jobs
from app.ui.planning.errors import describe_plan_error, problem_sentence
from app.ui.planning.models import EntriesModel

MONTHS_AHEAD = 3  # this month and the next two


def months(today: date, count: int = MONTHS_AHEAD) -> list[date]:
    first = today.replace(day=1)
    found = []
    for n in range(count):
        year, month = divmod(first.month - 1 + n, 12)
        found.append(date(first.year + year, month + 1, 1))
    return found


def first_day(month: date, today: date) -> date:
    """The first day a visit can be planned in ``month``."""
    return max(month_bounds(month)[0], today)


def index_of(combo: QComboBox, value: object) -> int:
    """``findData`` for Python values it cannot match (such as dates); -1 if absent."""
    found = (n for n in range(combo.count()) if combo.itemData(n) == value)
    return next(found, -1)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateDelegate(QStyledItemDelegate):
    """A calendar date editor limited to the planned month."""

    def __init__(self, dialog: PlanDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        month = self.dialog.month()
        editor.setDateRange(qdate(first_day(month, date.today())), qdate(month_bounds(month)[1]))
        return editor


class PlanDialog(Lockable, QDialog):
    """``class_id`` / ``student_ids`` preselect a class and tick students."""

    planned = Signal(int)  # how many visits were planned

    def __init__(
        self,
        ctx: ShellContext,
        parent: QWidget | None = None,
        class_id: int | None = None,
        student_ids: Iterable[int] = (),
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.wanted_class = class_id
        self.pending: dict[int, date] = {}  # ticks waiting for their class's students
        self.busy = False
        self.setObjectName("planDialog")
        self.setWindowTitle(self.tr("Plan home visits"))
        self.model = EntriesModel(self)
        self._build()
        self.pending = {sid: self.model.default_day for sid in student_ids}
        self._month_changed()
        ctx.call(jobs.plannable_classes, on_success=self.set_classes, owner=self)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_form())
        layout.addWidget(self._table(), 1)
        layout.addLayout(self._day_row())
        layout.addLayout(self._details_form())
        self.problems = QLabel(self)
        self.problems.setObjectName("planProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {RED.background};")
        layout.addWidget(self.problems)
        layout.addWidget(self._buttons())
        self.resize(760, 620)

    def _top_form(self) -> QFormLayout:
        self.month_combo = QComboBox(self)
        self.month_combo.setObjectName("planMonth")
        for month in months(date.today()):
            text = fmt(self.tr("{month}/{year}"), year=month.year, month=month.month)
            self.month_combo.addItem(text, month)
        self.month_combo.currentIndexChanged.connect(self._month_changed)
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("planClass")
        self.class_combo.currentIndexChanged.connect(self._class_changed)
        form = QFormLayout()
        form.addRow(self.tr("Month:"), self.month_combo)
        form.addRow(self.tr("Class:"), self.class_combo)
        return form

    def _table(self) -> QTableView:
        self.table = table = QTableView(self)
        table.setObjectName("planStudents")
        table.setModel(self.model)
        table.setItemDelegateForColumn(EntriesModel.DATE, DateDelegate(self))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.model.dataChanged.connect(self._update)
        self.model.modelReset.connect(self._update)
        return table

    def _day_row(self) -> QHBoxLayout:
        self.day_edit = QDateEdit(self)
        self.day_edit.setObjectName("planDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.apply_button = QPushButton(self.tr("Give the ticked students this date"), self)
        self.apply_button.setObjectName("applyDay")
        self.apply_button.clicked.connect(self.apply_day)
        hint = QLabel(self.tr("Tick students, then double-click a date to change it."), self)
        hint.setObjectName("fieldHint")
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.day_edit)
        row.addWidget(self.apply_button)
        return row

    def _details_form(self) -> QFormLayout:
        self.kind_combo = enum_combo(self, VisitKind, "planKind")
        self.visitors_edit = QLineEdit(self.ctx.account.display_name, self)
        self.visitors_edit.setObjectName("planVisitors")
        self.visitors_edit.setPlaceholderText(self.tr("e.g. head teacher Li, counselor Wang"))
        self.purpose_edit = QLineEdit(self)
        self.purpose_edit.setObjectName("planPurpose")
        self.purpose_edit.setPlaceholderText(self.tr("e.g. annual on-site visit"))
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.tr("Visitors:"), self.visitors_edit)
        form.addRow(self.tr("Purpose:"), self.purpose_edit)
        return form

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("savePlan")
        self.save_button.setText(self.tr("Save plan"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    # --- classes and students --------------------------------------------------------------

    def set_classes(self, classes: Sequence[SchoolClass]) -> None:
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        for school_class in classes:
            self.class_combo.addItem(school_class.name, school_class.id)
        self.class_combo.setCurrentIndex(max(self.class_combo.findData(self.wanted_class), 0))
        self.class_combo.blockSignals(False)
        if not classes:
            self.problems.setText(self.tr("You have no class to plan visits for."))
        self._class_changed()

    def class_id(self) -> int | None:
        chosen: int | None = self.class_combo.currentData()
        return chosen

    def _class_changed(self) -> None:
        class_id = self.class_id()
        if class_id is None:
            return
        self.ctx.call(
            jobs.class_students,
            class_id,
            on_success=partial(self._students_loaded, class_id),
            owner=self,
        )

    def _students_loaded(self, class_id: int, rows: list[RosterRow]) -> None:
        if class_id != self.class_id():
            return
        keep = {**self.model.ticked, **self.pending}
        self.pending = {}
        self.model.set_rows(rows, keep)
        self._keep_in_month()

    def loaded(self) -> bool:
        """True once the chosen class's students are listed (for tests and the lock)."""
        return bool(self.model.rows) and self.model.rows[0].class_id == self.class_id()

    # --- month and days ----------------------------------------------------------------------

    def month(self) -> date:
        chosen: date = self.month_combo.currentData()
        return chosen

    def _month_changed(self) -> None:
        month, today = self.month(), date.today()
        self.model.default_day = first_day(month, today)
        self.day_edit.setDateRange(qdate(first_day(month, today)), qdate(month_bounds(month)[1]))
        self.day_edit.setDate(qdate(self.model.default_day))
        self._keep_in_month()

    def _keep_in_month(self) -> None:
        """Ticked days outside the chosen month move to its first plannable day."""
        first, last = first_day(self.month(), date.today()), month_bounds(self.month())[1]
        moved = [sid for sid, day in self.model.ticked.items() if not first <= day <= last]
        self.model.tick(moved, self.model.default_day)
        self._update()

    def apply_day(self) -> None:
        chosen = self.day_edit.date()
        self.model.set_day_of_ticked(date(chosen.year(), chosen.month(), chosen.day()))

    # --- checking and saving ---------------------------------------------------------------

    def entries(self) -> list[PlannedVisit]:
        kind = VisitKind(self.kind_combo.currentData())
        visitors, purpose = self.visitors_edit.text(), self.purpose_edit.text()
        return [
            PlannedVisit(row.student_id, day, kind, visitors, purpose)
            for row, day in self.model.entries()
        ]

    def problem_texts(self) -> list[str]:
        names = [row.name for row, _ in self.model.entries()]
        found = plan_problems(self.entries(), self.month(), date.today())
        return [problem_sentence(p, names) for p in found]

    def _update(self, *_args: Any) -> None:
        count = len(self.model.ticked)
        problems = self.problem_texts()
        self.problems.setText("\n".join(dict.fromkeys(problems)))
        self.save_button.setEnabled(count > 0 and not problems and not self.busy)
        self.apply_button.setEnabled(count > 0)
        text = self.tr("Save plan ({count})") if count else self.tr("Save plan")
        self.save_button.setText(fmt(text, count=count))

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.busy = True
        self._update()
        self.ctx.call(
            jobs.save_plan,
            self.month(),
            self.entries(),
            on_success=self._saved,
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, ids: list[int]) -> None:
        self.busy = False
        self.model.ticked.clear()
        self.accept()
        self.planned.emit(len(ids))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update()
        self.problems.setText(describe_plan_error(exc, [r.name for r, _ in self.model.entries()]))

    # --- Lockable ----------------------------------------------------------------------------

    def lock_key(self) -> str:
        return "visit-plan"

    def stash_input(self) -> Any | None:
        if not self.model.ticked and not self.purpose_edit.text():
            return None
        return {
            "month": self.month().isoformat(),
            "class_id": self.class_id(),
            "ticked": {sid: day.isoformat() for sid, day in self.model.ticked.items()},
            "kind": self.kind_combo.currentData(),
            "visitors": self.visitors_edit.text(),
            "purpose": self.purpose_edit.text(),
        }

    def restore_input(self, data: Any) -> None:
        self.month_combo.setCurrentIndex(
            max(index_of(self.month_combo, date.fromisoformat(data["month"])), 0)
        )
        select_data(self.kind_combo, data["kind"])
        self.visitors_edit.setText(data["visitors"])
        self.purpose_edit.setText(data["purpose"])
        self.pending = {int(s): date.fromisoformat(d) for s, d in data["ticked"].items()}
        self.wanted_class = data["class_id"]
        select_data(self.class_combo, data["class_id"])

    @classmethod
    def reopen_after_unlock(cls, window: QWidget, key: str, data: Any) -> bool:
        ctx = getattr(window, "ctx", None)
        if ctx is None or not isinstance(data, dict):
            return False
        dialog = cls(ctx, window)
        dialog.restore_input(data)
        dialog.open()
        return True
