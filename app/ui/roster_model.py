"""The roster table's model: a ``QAbstractTableModel`` over a plain Python list.

Two lists: ``rows_matching`` holds the roster lines the filters let through (loaded on the
worker with ``students.roster``), in the current sort order; the visible ``rows`` are
those narrowed by the search's id set. A keystroke therefore only rebuilds ``rows`` with
one pass over a list and one model reset. Display strings are made lazily, only for rows
that get painted, and cached per student until the student's line changes. Sorting sorts
the lists in place (stable) and emits ``layoutChanged``; names sort by the locale's
collation (pinyin order under Chinese), through ranks computed once per new text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.domain.due import DueItem
from app.domain.policy import TaskKind
from app.domain.student import RosterRow
from app.ui.i18n import fmt
from app.ui.levels import RED, level_name
from app.ui.vocab import gender_name, key_group_names, task_name
from app.ui.widgets.level_badge import LEVEL_ROLE

STUDENT_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
# A view asks each cell for a dozen roles on every paint; these are the ones answered.
ANSWERED_ROLES = frozenset({DISPLAY, TOOLTIP, FOREGROUND, LEVEL_ROLE, STUDENT_ID_ROLE})
END_OF_DAY = time(23, 59, 59)
Index = QModelIndex | QPersistentModelIndex
SortKey = Callable[[RosterRow], Any]  # None: no value, sorted last in both directions


class Column(IntEnum):
    NAME = 0
    GENDER = 1
    CLASS = 2
    TAGS = 3
    LEVEL = 4
    NEXT_DUE = 5
    LAST_VISIT = 6


def class_text(row: RosterRow) -> str:
    """Class names usually include the grade (七年级(1)班); otherwise both are shown."""
    if not row.class_name or row.class_name.startswith(row.grade_name):
        return row.class_name or row.grade_name
    return f"{row.grade_name} {row.class_name}"


def due_date_text(moment: datetime) -> str:
    """A deadline: the date, plus the time unless it is the end of the day."""
    if moment.time() >= END_OF_DAY:
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%d %H:%M")


def date_text(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def stable_sort(rows: list[RosterRow], key: SortKey, descending: bool) -> list[RosterRow]:
    """Rows by ``key`` (stable in both directions); rows whose key is None come last."""
    keyed = [(key(row), row) for row in rows]
    present = [pair for pair in keyed if pair[0] is not None]
    present.sort(key=lambda pair: pair[0], reverse=descending)
    return [row for _, row in present] + [row for value, row in keyed if value is None]


class RosterModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows_matching: list[RosterRow] = []
        self.rows: list[RosterRow] = []
        self.search_ids: frozenset[int] | None = None
        self.next_due: dict[int, DueItem] = {}
        self._texts: dict[int, tuple[RosterRow, tuple[str, ...]]] = {}
        self._due_texts: dict[int, str] = {}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._grade_rank: dict[int | None, int] = {}
        self._collator = QCollator(QLocale())
        self._collator.setNumericMode(True)  # 七年级(2)班 before 七年级(10)班
        self._sort_keys: dict[str, Any] = {}  # text -> QCollatorSortKey
        self._ranks: dict[str, int] = {}  # text -> place in collation order
        self._tag_names = key_group_names()
        self._titles = self.column_titles()

    # --- feeding -------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[RosterRow]) -> None:
        """New roster lines (in the service's order: grade, class, name)."""
        self.beginResetModel()
        self.rows_matching = list(rows)
        self._grade_rank = {}
        for row in self.rows_matching:
            self._grade_rank.setdefault(row.grade_id, len(self._grade_rank))
        self._rank_texts(text for row in self.rows_matching for text in (row.name, row.class_name))
        self._sort_matching()
        self._narrow()
        self.endResetModel()

    def set_search(self, ids: frozenset[int] | None) -> None:
        """Show only these students (None: everyone the filters let through)."""
        self.beginResetModel()
        self.search_ids = ids
        self._narrow()
        self.endResetModel()

    def set_next_due(self, items: dict[int, DueItem]) -> None:
        """The most urgent due item per student (``next_due_by_student``)."""
        self.next_due = items
        self._due_texts = {}
        if self._sort[0] == Column.NEXT_DUE:
            self.sort(*self._sort)
        elif self.rows:
            last = self.index(len(self.rows) - 1, Column.NEXT_DUE)
            self.dataChanged.emit(self.index(0, Column.NEXT_DUE), last)

    def _narrow(self) -> None:
        ids = self.search_ids
        if ids is None:
            self.rows = list(self.rows_matching)
        else:
            self.rows = [row for row in self.rows_matching if row.student_id in ids]

    # --- reading -------------------------------------------------------------------------

    def row_at(self, row: int) -> RosterRow:
        return self.rows[row]

    def student_id(self, row: int) -> int:
        return self.rows[row].student_id

    def row_of(self, student_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.student_id == student_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Gender"),
            self.tr("Grade / class"),
            self.tr("Key groups"),
            self.tr("Warning level"),
            self.tr("Next due"),
            self.tr("Last home visit"),
        )

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == DISPLAY:
            return self._text(row, column)
        if role == TOOLTIP:
            return self._tooltip(row, column)
        if role == LEVEL_ROLE and column == Column.LEVEL:
            return row.level
        if role == STUDENT_ID_ROLE:
            return row.student_id
        if role == FOREGROUND and column == Column.NEXT_DUE:
            return self._due_colour(row.student_id)
        return None

    def _text(self, row: RosterRow, column: int) -> str:
        if column == Column.NEXT_DUE:
            return self._due_text(row.student_id)
        cached = self._texts.get(row.student_id)
        if cached is None or cached[0] is not row:
            cached = (row, self._row_texts(row))
            self._texts[row.student_id] = cached
        return cached[1][column]

    def _row_texts(self, row: RosterRow) -> tuple[str, ...]:
        return (
            row.name,
            gender_name(row.gender),
            class_text(row),
            self._tags_text(row),
            level_name(row.level) if row.level.is_open else "",
            "",
            date_text(row.last_visit),
        )

    def _tags_text(self, row: RosterRow) -> str:
        return "、".join(name for tag, name in self._tag_names.items() if tag in row.tags)

    def _due_text(self, student_id: int) -> str:
        text = self._due_texts.get(student_id)
        if text is None:
            item = self.next_due.get(student_id)
            text = self._describe_due(item) if item is not None else ""
            self._due_texts[student_id] = text
        return text

    def _describe_due(self, item: DueItem, exact: bool = False) -> str:
        """The task and its day (``exact``: with the time of day, for the tooltip)."""
        when = due_date_text(item.due_at) if exact else item.due_at.date().isoformat()
        return fmt(self.tr("{task} by {date}"), task=task_name(item.kind), date=when)

    def due_text_samples(self) -> list[str]:
        """The next-due column's text for every task kind (to size the column)."""
        return [
            fmt(self.tr("{task} by {date}"), task=task_name(kind), date="2026-12-31")
            for kind in TaskKind
        ]

    def _tooltip(self, row: RosterRow, column: int) -> str | None:
        if column == Column.TAGS:
            return self._text(row, column) or None
        item = self.next_due.get(row.student_id) if column == Column.NEXT_DUE else None
        return self._describe_due(item, exact=True) if item is not None else None

    def _due_colour(self, student_id: int) -> QColor | None:
        item = self.next_due.get(student_id)
        return QColor(RED.background) if item is not None and item.overdue else None

    # --- sorting -------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in place (stable); column -1 is the school's order (grade, class, name)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [(self.rows[index.row()].student_id, index.column()) for index in old]
        self._sort = (column, order)
        self._sort_matching()
        self._narrow()
        where = {row.student_id: n for n, row in enumerate(self.rows)}
        new = [self._moved(where, sid, col) for sid, col in kept]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _moved(self, where: dict[int, int], student_id: int, column: int) -> QModelIndex:
        row = where.get(student_id)
        return self.index(row, column) if row is not None else QModelIndex()

    def _sort_matching(self) -> None:
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        self.rows_matching = stable_sort(self.rows_matching, self._key(column), descending)

    def _key(self, column: int) -> SortKey:
        keys: dict[int, SortKey] = {
            Column.NAME: lambda r: self._ranks[r.name],
            Column.GENDER: lambda r: r.gender.value,
            Column.CLASS: lambda r: (self._grade_rank[r.grade_id], self._ranks[r.class_name]),
            Column.TAGS: self._tags_key,
            Column.LEVEL: lambda r: -r.level.severity if r.level.is_open else None,
            Column.NEXT_DUE: self._due_key,
            Column.LAST_VISIT: lambda r: r.last_visit,
        }
        return keys.get(column, self._school_order)

    def _school_order(self, row: RosterRow) -> tuple[int, Any, Any]:
        """Unsorted: by grade, class (七年级(2)班 before 七年级(10)班) and name."""
        ranks = self._ranks
        return self._grade_rank[row.grade_id], ranks[row.class_name], ranks[row.name]

    def _tags_key(self, row: RosterRow) -> int | None:
        if not row.tags:
            return None
        text = self._tags_text(row)
        if text not in self._ranks:
            self._rank_texts(self._tags_text(r) for r in self.rows_matching)
        return self._ranks[text]

    def _due_key(self, row: RosterRow) -> tuple[int, datetime] | None:
        item = self.next_due.get(row.student_id)
        return None if item is None else (0 if item.overdue else 1, item.due_at)

    def _rank_texts(self, texts: Iterable[str]) -> None:
        """Place new texts in the collation order. Sorting then compares ints: comparing
        QCollatorSortKey objects from Python costs a call each, thousands per sort."""
        new = {text for text in texts if text not in self._sort_keys}
        if not new:
            return
        for text in new:
            self._sort_keys[text] = self._collator.sortKey(text)
        ordered = sorted(self._sort_keys, key=self._sort_keys.__getitem__)
        self._ranks = {text: rank for rank, text in enumerate(ordered)}
