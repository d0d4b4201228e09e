"""待办 Due & overdue: every task the response policy says is pending, grouped overdue /
today / this week / later, with the student, the level, the deadline and who is
responsible. Clicking a task (or Enter) opens the student's growth file.

Refreshed each time the page is shown; one worker job loads the items and the names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services import due, students
from app.services.session import Session
from app.ui.context import ShellContext
from app.ui.due_model import GROUPS, DueColumn, DueLine, DueModel
from app.ui.i18n import fmt
from app.ui.pages.students_page import OPEN_KEYS, open_growth_file
from app.ui.roster_model import class_text
from app.ui.widgets.columns import fit_column
from app.ui.widgets.level_badge import LevelBadgeDelegate


@dataclass(frozen=True)
class DueData:
    now: datetime
    lines: list[DueLine]


def load_due(session: Session, now: datetime) -> DueData:
    """Worker job: the due items with their students' names, classes and head teachers."""
    items = due.due_items(session, now)
    roster = {row.student_id: row for row in students.roster(session)}
    heads = {c.id: c.head_teacher for c in students.classes(session)}
    lines = []
    for item in items:
        row = roster.get(item.student_id)
        if row is not None:
            head = heads.get(row.class_id, "") if row.class_id is not None else ""
            lines.append(DueLine(item, row.name, class_text(row), head))
    return DueData(now, lines)


class DueTree(QTreeView):
    """``open_requested(index)`` on a click or Enter on a task row."""

    open_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueTree")
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clicked.connect(self.open_requested)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in OPEN_KEYS and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class DuePage(QWidget):
    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("duePage")
        self._generation = 0
        self.model = DueModel(self)
        heading = QLabel(self.tr("Due & overdue"), self)
        heading.setObjectName("pageHeading")
        self.summary = QLabel(self)
        self.summary.setObjectName("dueSummary")
        self.tree = self._tree()
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.summary)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

    def _tree(self) -> DueTree:
        tree = DueTree(self)
        tree.setModel(self.model)
        tree.setItemDelegateForColumn(DueColumn.LEVEL, LevelBadgeDelegate(tree))
        for column, width in enumerate((140, 120, 120, 280)):
            tree.setColumnWidth(column, width)
        fit_column(tree, DueColumn.DUE, self.model.due_text_samples(), minimum=200)
        tree.open_requested.connect(self.open_index)
        return tree

    def on_shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.ctx.call(
            load_due,
            datetime.now(),
            on_success=lambda data: self._loaded(generation, data),
            owner=self,
        )

    def _loaded(self, generation: int, data: DueData) -> None:
        if generation != self._generation:
            return
        self.model.set_lines(data.lines, data.now)
        for group in range(len(GROUPS)):
            self.tree.setFirstColumnSpanned(group, QModelIndex(), True)
        self.tree.expandAll()
        self._update_summary()

    def _update_summary(self) -> None:
        counts = self.model.group_counts()
        if not any(counts.values()):
            self.summary.setText(self.tr("Nothing is due."))
            return
        text = self.tr("{overdue} overdue · {today} today · {week} this week · {later} later")
        self.summary.setText(fmt(text, **counts))

    def open_index(self, index: QModelIndex) -> None:
        line = self.model.line_at(index)
        if line is not None:
            open_growth_file(self.ctx, self.window(), line.item.student_id)
            from app.ui.planning.recording import show_planned_visit  # (issue 6)

            show_planned_visit(self.ctx, line.item)
