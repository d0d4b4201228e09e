"""Screening coverage per class this semester, and who in the selected class has no result.

The counselor sees the names (a double click opens the growth file); a school leader sees
the counts only (the service gives no names). "Show on the Students page" opens the roster
filtered to the class's students not screened this school year.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import WarningLevel
from app.domain.student import RosterRow
from app.services.screening_review import ClassScreening
from app.ui.charts import percent
from app.ui.i18n import fmt
from app.ui.levels import level_name
from app.ui.pages.visits_models import Column, RowsModel
from app.ui.screening.rows import list_table

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class CoverageLine:
    coverage: ClassScreening
    order: int  # place in the school's grade and class order

    @property
    def name(self) -> str:
        return self.coverage.class_name or translate("ScreeningCoverage", "No class")


def _count(title: str, get: str) -> Column[CoverageLine]:
    return Column(
        title,
        lambda c: str(getattr(c.coverage, get)),
        lambda c: getattr(c.coverage, get),
        numeric=True,
    )


def coverage_columns() -> list[Column[CoverageLine]]:
    return [
        Column(translate("ScreeningCoverage", "Class"), lambda c: c.name, lambda c: c.order),
        _count(translate("ScreeningCoverage", "Students"), "students"),
        _count(translate("ScreeningCoverage", "Screened"), "screened"),
        _count(translate("ScreeningCoverage", "Not screened"), "unscreened"),
        Column(
            translate("ScreeningCoverage", "Coverage"),
            lambda c: fmt(
                translate("ScreeningCoverage", "{percent}%"), percent=percent(c.coverage.ratio)
            ),
            lambda c: c.coverage.ratio,
            numeric=True,
        ),
    ]


def _level(row: RosterRow) -> str:
    return "" if row.level is WarningLevel.CLEAR else level_name(row.level)


def missing_columns() -> list[Column[RosterRow]]:
    return [
        Column(translate("ScreeningCoverage", "Name"), lambda r: r.name, lambda r: r.name),
        Column(
            translate("ScreeningCoverage", "Student number"),
            lambda r: r.student_number,
            lambda r: r.student_number,
        ),
        Column(
            translate("ScreeningCoverage", "Flag"),
            _level,
            lambda r: -r.level.severity,
            level=lambda r: r.level,
        ),
    ]


class ScreeningCoverageBox(QGroupBox):
    """``show_students(class_id)``: the user asked for the class on the Students page;
    ``open_student(student_id)``: for the growth file."""

    show_students = Signal(object)
    open_student = Signal(int)

    def __init__(self, names: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Screening coverage this semester"), parent)
        self.setObjectName("coverageBox")
        self.names = names
        self.class_model: RowsModel[CoverageLine] = RowsModel(coverage_columns(), self)
        self.missing_model: RowsModel[RosterRow] = RowsModel(missing_columns(), self)
        self.class_table = list_table(self.class_model, self, "coverageTable")
        self.class_table.selectionModel().selectionChanged.connect(self._class_selected)
        self.missing_label = QLabel(self.tr("Select a class to see who has no result."), self)
        self.missing_label.setObjectName("fieldHint")
        self.missing_label.setWordWrap(True)
        self.missing_table = list_table(self.missing_model, self, "missingTable")
        self.missing_table.setVisible(names)
        self.missing_table.activated.connect(self._open_student)
        layout = QVBoxLayout(self)
        layout.addWidget(self.class_table, 3)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing_table, 2)
        layout.addLayout(self._link_row())

    def _link_row(self) -> QHBoxLayout:
        self.link_button = QPushButton(self.tr("Show on the Students page"), self)
        self.link_button.setObjectName("studentsLink")
        self.link_button.setToolTip(
            self.tr("The class's students not screened this school year, on the Students page")
        )
        self.link_button.clicked.connect(self._link)
        self.link_button.setEnabled(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.link_button)
        return row

    # --- showing ---------------------------------------------------------------------------

    def set_coverage(self, lines: list[ClassScreening]) -> None:
        chosen = self.selected()
        class_id = chosen.coverage.class_id if chosen else None
        self.class_model.set_rows(CoverageLine(c, n) for n, c in enumerate(lines) if c.students)
        rows = self.class_model.rows
        found = next((n for n, c in enumerate(rows) if c.coverage.class_id == class_id), None)
        if found is None and rows:
            found = next((n for n, c in enumerate(rows) if c.coverage.unscreened), 0)
        if found is not None:
            self.class_table.selectRow(found)
        self._show_missing()

    def selected(self) -> CoverageLine | None:
        rows = self.class_table.selectionModel().selectedRows()
        return self.class_model.row_at(rows[0].row()) if rows else None

    def _class_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_missing()

    def _show_missing(self) -> None:
        line = self.selected()
        self.link_button.setEnabled(line is not None and line.coverage.class_id is not None)
        if line is None:
            self.missing_model.set_rows([])
            return
        self.missing_model.set_rows(line.coverage.missing)
        text = self.tr("{name}: {count} of {students} students have no result this semester.")
        values = {"count": line.coverage.unscreened, "students": line.coverage.students}
        self.missing_label.setText(fmt(text, name=line.name, **values))

    # --- actions ---------------------------------------------------------------------------

    def _link(self) -> None:
        line = self.selected()
        if line is not None and line.coverage.class_id is not None:
            self.show_students.emit(line.coverage.class_id)

    def _open_student(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self.missing_model.rows):
            self.open_student.emit(self.missing_model.row_at(row).student_id)
