"""The Due & overdue page's model: four groups (overdue, today, this week, later) with
their due items as children, over plain Python lists (no item copies).

Internal ids: 0 for a group row, ``group + 1`` for an item row under that group. Display
strings of an item are made when it is first painted and kept until the next reset.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.domain.due import DueItem, bucket
from app.domain.enums import MeasureOwner
from app.ui.i18n import fmt
from app.ui.levels import RED, level_name
from app.ui.roster_model import STUDENT_ID_ROLE, due_date_text
from app.ui.vocab import owner_name, task_name
from app.ui.widgets.level_badge import LEVEL_ROLE

GROUPS = ("overdue", "today", "week", "later")  # app.domain.due.bucket's names, in order
Index = QModelIndex | QPersistentModelIndex


class DueColumn(IntEnum):
    STUDENT = 0
    CLASS = 1
    LEVEL = 2
    TASK = 3
    DUE = 4
    RESPONSIBLE = 5


@dataclass(frozen=True, slots=True)
class DueLine:
    """A due item with what the page shows about its student (built on the worker)."""

    item: DueItem
    name: str
    class_name: str
    head_teacher: str = ""


class DueModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[list[DueLine]] = [[] for _ in GROUPS]
        self.now = datetime.now()
        self._texts: dict[int, tuple[str, ...]] = {}

    def set_lines(self, lines: Iterable[DueLine], now: datetime) -> None:
        """Lines in the order they are to be listed (most urgent first)."""
        self.beginResetModel()
        self.now = now
        self.groups = [[] for _ in GROUPS]
        for line in lines:
            self.groups[GROUPS.index(bucket(line.item, now))].append(line)
        self._texts = {}
        self.endResetModel()

    def group_counts(self) -> dict[str, int]:
        return {name: len(lines) for name, lines in zip(GROUPS, self.groups, strict=True)}

    def line_at(self, index: Index) -> DueLine | None:
        group = index.internalId() - 1 if index.isValid() else -1
        return self.groups[group][index.row()] if group >= 0 else None

    # --- structure -----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(GROUPS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(DueColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[section]
        return None

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Student"),
            self.tr("Class"),
            self.tr("Warning level"),
            self.tr("Task"),
            self.tr("Due"),
            self.tr("Responsible"),
        )

    # --- data ----------------------------------------------------------------------------

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        line = self.line_at(index)
        if line is None:
            return self._group_data(index.row(), index.column(), role)
        return self._line_data(line, index.column(), role)

    def _group_data(self, group: int, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = fmt(self.tr("{group} ({count})"), count=len(self.groups[group]))
            return fmt(text, group=self.group_titles()[group])
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and GROUPS[group] == "overdue":
            return QColor(RED.background)
        return None

    def group_titles(self) -> tuple[str, ...]:
        return (self.tr("Overdue"), self.tr("Today"), self.tr("This week"), self.tr("Later"))

    def _line_data(self, line: DueLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._line_texts(line)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == DueColumn.TASK:
            return self._line_texts(line)[column]
        if role == LEVEL_ROLE and column == DueColumn.LEVEL:
            return line.item.level
        if role == STUDENT_ID_ROLE:
            return line.item.student_id
        if role == Qt.ItemDataRole.ForegroundRole and column == DueColumn.DUE:
            return QColor(RED.background) if line.item.overdue else None
        return None

    def _line_texts(self, line: DueLine) -> tuple[str, ...]:
        texts = self._texts.get(id(line))
        if texts is None:
            item = line.item
            texts = (
                line.name,
                line.class_name,
                level_name(item.level),
                self._task_text(item),
                self._due_text(item),
                self._responsible_text(line),
            )
            self._texts[id(line)] = texts
        return texts

    def _task_text(self, item: DueItem) -> str:
        if not item.detail:
            return task_name(item.kind)
        return fmt(self.tr("{task}: {detail}"), task=task_name(item.kind), detail=item.detail)

    def _due_text(self, item: DueItem) -> str:
        when = due_date_text(item.due_at)
        if not item.overdue:
            return when
        days = (self.now.date() - item.due_at.date()).days
        if days < 1:
            return fmt(self.tr("{date} (overdue)"), date=when)
        return fmt(self.tr("{date} ({days} days overdue)"), date=when, days=days)

    def due_text_samples(self) -> list[str]:
        """The longest forms of the deadline column's text (to size the column)."""
        when = "2026-12-31 23:59"
        return [
            when,
            fmt(self.tr("{date} (overdue)"), date=when),
            fmt(self.tr("{date} ({days} days overdue)"), date=when, days=999),
        ]

    def _responsible_text(self, line: DueLine) -> str:
        role = owner_name(line.item.responsible)
        if line.item.responsible is MeasureOwner.HEAD_TEACHER and line.head_teacher:
            return fmt(self.tr("{role} {name}"), role=role, name=line.head_teacher)
        return role
