"""Data and table models of the Home visits page (家访).

The worker jobs compose services only. Counselors and leaders get the school-wide
coverage from ``dashboard.visit_coverage``; head teachers and grade leaders (whom that
service refuses) get it counted from their own, service-scoped roster — so everybody sees
exactly the classes they may see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.domain.dashboard import ClassCoverage, VisitShare
from app.domain.enums import Role, StudentStatus, WarningLevel
from app.domain.school import SchoolYear
from app.domain.student import RosterRow
from app.services import dashboard, students
from app.services.session import Session
from app.services.students import RosterFilter
from app.ui.charts import percent
from app.ui.i18n import fmt
from app.ui.levels import level_name, swatch

WHOLE_SCHOOL = frozenset({Role.COUNSELOR, Role.LEADER})
CAN_RECORD = frozenset({Role.COUNSELOR, Role.HEAD_TEACHER})
PLAN_VIEWERS = frozenset({Role.COUNSELOR, Role.HEAD_TEACHER, Role.GRADE_LEADER})
IN_SCHOOL = RosterFilter(status=StudentStatus.IN_SCHOOL)


# --- data ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClassLine:
    coverage: ClassCoverage
    head_teacher: str
    order: int = 0  # place in the school's grade/class order

    @property
    def class_id(self) -> int:
        return self.coverage.class_id

    @property
    def students(self) -> int:
        return self.coverage.students

    @property
    def visited(self) -> int:
        return self.coverage.visited

    @property
    def not_visited(self) -> int:
        return self.coverage.not_visited

    @property
    def ratio(self) -> float:
        return self.coverage.ratio


@dataclass(frozen=True, slots=True)
class GradeLine(VisitShare):
    grade_name: str
    classes: int
    students: int
    visited: int
    order: int = 0  # place in the school's grade order


@dataclass(frozen=True, slots=True)
class VisitsOverview:
    year: SchoolYear
    classes: tuple[ClassLine, ...]
    grades: tuple[GradeLine, ...]

    @property
    def students(self) -> int:
        return sum(line.coverage.students for line in self.classes)

    @property
    def visited(self) -> int:
        return sum(line.coverage.visited for line in self.classes)


def visited_in(row: RosterRow, year: SchoolYear) -> bool:
    return row.last_onsite_visit is not None and year.contains(row.last_onsite_visit)


def coverage_from_roster(
    rows: Iterable[RosterRow], year: SchoolYear, grade_positions: dict[int, int]
) -> list[ClassCoverage]:
    """Per class of ``rows`` (students in school): how many were visited on site in ``year``."""
    groups: dict[int, list[RosterRow]] = {}
    for row in rows:
        if row.class_id is not None and row.status is StudentStatus.IN_SCHOOL:
            groups.setdefault(row.class_id, []).append(row)
    order = {cid: grade_positions.get(m[0].grade_id or 0, 0) for cid, m in groups.items()}
    lines = [_class_coverage(cid, members, year) for cid, members in groups.items()]
    return sorted(lines, key=lambda c: (order[c.class_id], c.class_name))


def _class_coverage(class_id: int, members: list[RosterRow], year: SchoolYear) -> ClassCoverage:
    first = members[0]
    visited = sum(1 for row in members if visited_in(row, year))
    return ClassCoverage(class_id, first.class_name, first.grade_name, len(members), visited)


def grade_lines(classes: Sequence[ClassCoverage]) -> list[GradeLine]:
    """Totals per grade, in the order the classes come."""
    totals: dict[str, list[int]] = {}
    for line in classes:
        counts = totals.setdefault(line.grade_name, [0, 0, 0])
        counts[0] += 1
        counts[1] += line.students
        counts[2] += line.visited
    return [
        GradeLine(name, counts[0], counts[1], counts[2], n)
        for n, (name, counts) in enumerate(totals.items())
    ]


def load_overview(session: Session, today: date | None = None) -> VisitsOverview:
    """Worker job: coverage per class and grade this school year, as this account may see it."""
    year = SchoolYear.of(today or date.today())
    if session.account.role in WHOLE_SCHOOL:
        coverage = dashboard.visit_coverage(session, today)
    else:
        positions = {grade.id: grade.position for grade in students.grades(session)}
        coverage = coverage_from_roster(students.roster(session, IN_SCHOOL), year, positions)
    teachers = {c.id: c.head_teacher for c in students.classes(session)}
    shown = [c for c in coverage if c.students]
    lines = tuple(ClassLine(c, teachers.get(c.class_id, ""), n) for n, c in enumerate(shown))
    return VisitsOverview(year, lines, tuple(grade_lines(shown)))


def load_class_students(session: Session, class_id: int) -> list[RosterRow]:
    """Worker job: the in-school students of a class this account may list."""
    return students.roster(session, RosterFilter(class_id=class_id, status=IN_SCHOOL.status))


# --- table models -------------------------------------------------------------------------

T = TypeVar("T")


@dataclass(frozen=True)
class Column(Generic[T]):
    """How one column shows a row: text, sort key, alignment, optional level colours."""

    title: str
    text: Callable[[T], str]
    key: Callable[[T], Any]
    numeric: bool = False
    level: Callable[[T], WarningLevel] | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a Python list of rows (no copies into Qt items)."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self.rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        column, row = self.columns[index.column()], self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._colour(column, row, role)

    def _colour(self, column: Column[T], row: T, role: int) -> Any:
        if column.level is None or column.level(row) is WarningLevel.CLEAR:
            return None
        colours = swatch(column.level(row))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(colours.background)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(colours.text)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [self.rows[index.row()] for index in old]
        self._sort_rows(column, order)
        self._sort = (column, order)
        where = {id(row): number for number, row in enumerate(self.rows)}
        new = [
            self.index(where[id(row)], index.column()) for row, index in zip(kept, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self.rows.sort(key=self.columns[column].key, reverse=descending)


# --- columns ------------------------------------------------------------------------------

Counted = ClassLine | GradeLine


def _percent(ratio: float) -> str:
    return fmt(QCoreApplication.translate("VisitsTables", "{percent}%"), percent=percent(ratio))


def _count_columns() -> list[Column[Counted]]:
    """Students / visited on site / not yet / coverage: shared by the class and grade tables."""
    titles = (
        QCoreApplication.translate("VisitsTables", "Students"),
        QCoreApplication.translate("VisitsTables", "Visited on site"),
        QCoreApplication.translate("VisitsTables", "Not yet"),
    )
    counts = [attrgetter("students"), attrgetter("visited"), attrgetter("not_visited")]
    columns = [Column(t, _as_text(get), get, True) for t, get in zip(titles, counts, strict=True)]
    coverage = QCoreApplication.translate("VisitsTables", "Coverage")
    return [*columns, Column(coverage, lambda r: _percent(r.ratio), attrgetter("ratio"), True)]


def _as_text(get: Callable[[Any], int]) -> Callable[[Any], str]:
    return lambda row: str(get(row))


def class_columns() -> list[Column[Any]]:
    return [
        Column(QCoreApplication.translate("VisitsTables", "Class"), _class_name, _order),
        Column(
            QCoreApplication.translate("VisitsTables", "Head teacher"), _head_teacher, _head_teacher
        ),
        *_count_columns(),
    ]


def _class_name(line: ClassLine) -> str:
    return line.coverage.class_name


def _order(line: Counted) -> int:
    return line.order


def _head_teacher(line: ClassLine) -> str:
    return line.head_teacher


def grade_columns() -> list[Column[Any]]:
    name, classes = attrgetter("grade_name"), attrgetter("classes")
    grade = QCoreApplication.translate("VisitsTables", "Grade")
    count = QCoreApplication.translate("VisitsTables", "Classes")
    first = [Column(grade, name, _order), Column(count, _as_text(classes), classes, True)]
    return [*first, *_count_columns()]


@dataclass(frozen=True, slots=True)
class StudentLine:
    row: RosterRow
    visited_on: date | None  # on-site visit this school year


def student_lines(rows: Iterable[RosterRow], year: SchoolYear) -> list[StudentLine]:
    """Students not yet visited on site first (by name), then the visited ones by date."""
    lines = [StudentLine(r, r.last_onsite_visit if visited_in(r, year) else None) for r in rows]
    return sorted(lines, key=_visit_key)


def _visit_key(line: StudentLine) -> tuple[bool, str, str]:
    visited = line.visited_on.isoformat() if line.visited_on else ""
    return (line.visited_on is not None, visited, line.row.name)


def _visit_text(line: StudentLine) -> str:
    if line.visited_on is not None:
        return line.visited_on.isoformat()
    return QCoreApplication.translate("VisitsTables", "Not yet visited")


def student_columns() -> list[Column[StudentLine]]:
    return [
        Column(
            QCoreApplication.translate("VisitsTables", "Name"),
            lambda s: s.row.name,
            lambda s: s.row.name,
        ),
        Column(QCoreApplication.translate("VisitsTables", "Student number"), _number, _number),
        Column(
            QCoreApplication.translate("VisitsTables", "Flag"),
            _level_text,
            _severity,
            level=lambda s: s.row.level,
        ),
        Column(
            QCoreApplication.translate("VisitsTables", "On-site visit this year"),
            _visit_text,
            _visit_key,
        ),
    ]


def _number(line: StudentLine) -> str:
    return line.row.student_number


def _level_text(line: StudentLine) -> str:
    return "" if line.row.level is WarningLevel.CLEAR else level_name(line.row.level)


def _severity(line: StudentLine) -> int:
    return -line.row.level.severity


# --- table views ---------------------------------------------------------------------------


def make_table(
    model: RowsModel[Any], parent: QWidget, name: str, sort_column: int = 0
) -> QTableView:
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
