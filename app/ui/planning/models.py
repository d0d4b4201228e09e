"""Table models of the planning widgets: the plan items, the key-group follow-up schedule
(read-only ``RowsModel`` columns) and the plan dialog's students (tick + date per row)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.domain.enums import WarningLevel
from app.domain.school import SchoolYear
from app.domain.student import RosterRow
from app.domain.visit_plan import FollowUpLine, PlanLine, PlanStatus, visited_in
from app.ui.i18n import fmt
from app.ui.levels import RED, level_name
from app.ui.pages.visits_models import Column, RowsModel
from app.ui.vocab import enum_name

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


def status_name(status: PlanStatus) -> str:
    """PlanStatus in the user's language (kept here: only the planning widgets show it)."""
    names = {
        PlanStatus.PLANNED: translate("Planning", "Planned"),
        PlanStatus.DONE: translate("Planning", "Visited"),
        PlanStatus.CANCELLED: translate("Planning", "Cancelled"),
    }
    return names[status]


def _level(level: WarningLevel) -> str:
    return "" if level is WarningLevel.CLEAR else level_name(level)


# --- plan items ---------------------------------------------------------------------------


def plan_columns() -> list[Column[PlanLine]]:
    return [
        Column(
            translate("Planning", "Date"),
            lambda p: p.item.planned_on.isoformat(),
            lambda p: (p.item.planned_on, p.class_name, p.student_name),
        ),
        Column(translate("Planning", "Name"), lambda p: p.student_name, lambda p: p.student_name),
        Column(translate("Planning", "Class"), lambda p: p.class_name, lambda p: p.class_name),
        Column(
            translate("Planning", "Flag"),
            lambda p: _level(p.level),
            lambda p: -p.level.severity,
            level=lambda p: p.level,
        ),
        Column(translate("Planning", "Kind"), lambda p: enum_name(p.item.kind), _kind),
        Column(translate("Planning", "Visitors"), lambda p: p.item.visitors, _visitors),
        Column(translate("Planning", "Purpose"), lambda p: p.item.purpose, _purpose),
        Column(translate("Planning", "State"), plan_state, lambda p: p.item.status.value),
    ]


def _kind(line: PlanLine) -> str:
    return line.item.kind.value


def _visitors(line: PlanLine) -> str:
    return line.item.visitors


def _purpose(line: PlanLine) -> str:
    return line.item.purpose


def plan_state(line: PlanLine, today: date | None = None) -> str:
    item = line.item
    if item.status is PlanStatus.PLANNED and item.planned_on < (today or date.today()):
        return translate("Planning", "Overdue")
    if item.status is PlanStatus.CANCELLED and item.note:
        return fmt(translate("Planning", "Cancelled ({reason})"), reason=item.note)
    return status_name(item.status)


# --- follow-ups ---------------------------------------------------------------------------


def follow_up_columns() -> list[Column[FollowUpLine]]:
    return [
        Column(translate("Planning", "Name"), lambda f: f.student.name, lambda f: f.student.name),
        Column(translate("Planning", "Class"), _class, _class),
        Column(translate("Planning", "Groups"), _groups, _groups),
        Column(translate("Planning", "Last visit"), _last, lambda f: f.last_visit or date.min),
        Column(translate("Planning", "Next follow-up"), due_text, lambda f: f.sort_key),
    ]


def _class(line: FollowUpLine) -> str:
    return line.student.class_name


def _groups(line: FollowUpLine) -> str:
    names = sorted(enum_name(group) for group in line.groups)
    if line.suspended:
        names.append(translate("Planning", "Suspended"))
    return "、".join(names)


def _last(line: FollowUpLine) -> str:
    return line.last_visit.isoformat() if line.last_visit else translate("Planning", "Never")


def due_text(line: FollowUpLine) -> str:
    if line.due_on is None:
        return translate("Planning", "Overdue (never visited)")
    if line.overdue:
        return fmt(translate("Planning", "Overdue since {date}"), date=line.due_on.isoformat())
    return line.due_on.isoformat()


# --- the plan dialog's students -------------------------------------------------------------


class EntriesModel(QAbstractTableModel):
    """The students of a class: tick the ones to visit and give each a date.

    Column 0 is the tick, column ``DATE`` the planned day (edited with a date editor);
    the rest say who the student is and whether they were visited on site this year.
    """

    DATE = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RosterRow] = []
        self.ticked: dict[int, date] = {}  # student id -> planned day
        self.default_day = date.today()
        self.year = SchoolYear.of(date.today())
        self.titles = [
            translate("Planning", "Plan"),
            translate("Planning", "Name"),
            translate("Planning", "Flag"),
            translate("Planning", "On-site visit this year"),
            translate("Planning", "Planned date"),
        ]

    def set_rows(self, rows: Iterable[RosterRow], keep: dict[int, date] | None = None) -> None:
        """Not yet visited first; ``keep``: ticks (and days) to restore where they fit."""
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda r: (visited_in(r, self.year), r.name))
        ids = {row.student_id for row in self.rows}
        self.ticked = {sid: day for sid, day in (keep or {}).items() if sid in ids}
        self.endResetModel()

    def tick(self, student_ids: Iterable[int], day: date | None = None) -> None:
        for number, row in enumerate(self.rows):
            if row.student_id in set(student_ids):
                self.ticked[row.student_id] = day or self.default_day
                self._changed(number)

    def set_day_of_ticked(self, day: date) -> None:
        for number, row in enumerate(self.rows):
            if row.student_id in self.ticked:
                self.ticked[row.student_id] = day
                self._changed(number)

    def entries(self) -> list[tuple[RosterRow, date]]:
        return [
            (row, self.ticked[row.student_id]) for row in self.rows if row.student_id in self.ticked
        ]

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.titles) - 1))

    # --- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        return self.titles[section] if horizontal and role == Qt.ItemDataRole.DisplayRole else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.DATE and self.rows[index.row()].student_id in self.ticked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        day = self.ticked.get(row.student_id)
        if column == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if day else Qt.CheckState.Unchecked
        if column == self.DATE and role == Qt.ItemDataRole.EditRole and day is not None:
            return QDate(day.year, day.month, day.day)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, day)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and not self._visited(row):
            return QColor(RED.background)
        return None

    def _visited(self, row: RosterRow) -> bool:
        return visited_in(row, self.year)

    def _text(self, row: RosterRow, column: int, day: date | None) -> str:
        if column == 1:
            return row.name
        if column == 2:
            return _level(row.level)
        if column == 3:
            if self._visited(row) and row.last_onsite_visit is not None:
                return row.last_onsite_visit.isoformat()
            return translate("Planning", "Not yet visited")
        if column == self.DATE:
            return day.isoformat() if day else ""
        return ""

    def setData(self, index: Index, value: Any, role: int = 0) -> bool:
        if not index.isValid():
            return False
        sid = self.rows[index.row()].student_id
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self.ticked[sid] = self.default_day
            else:
                self.ticked.pop(sid, None)
        elif index.column() == self.DATE and role == Qt.ItemDataRole.EditRole:
            if sid not in self.ticked or not isinstance(value, (QDate, date)):
                return False
            self.ticked[sid] = _as_date(value)
        else:
            return False
        self._changed(index.row())
        return True


def _as_date(value: QDate | date) -> date:
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day())
    return value


class FollowUpModel(RowsModel[FollowUpLine]):
    """The follow-up schedule; the due date of an overdue student in red."""

    DUE = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(follow_up_columns(), parent)

    def data(self, index: Index, role: int = 0) -> Any:
        overdue = index.isValid() and self.rows[index.row()].overdue
        if role == Qt.ItemDataRole.ForegroundRole and overdue and index.column() == self.DUE:
            return QColor(RED.background)
        return super().data(index, role)
