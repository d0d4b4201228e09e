"""The roster's filter bar: grade, class (of the chosen grade), level, key group, status,
and three checks — not visited this school year, not screened this school year, overdue.

``RosterCriteria`` is the bar's state and the source of truth: ``set_criteria`` may come
before the grades and classes have loaded (the dashboard opens the roster filtered), and
the combo boxes catch up in ``set_structure``. ``changed`` carries the new criteria.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QWidget

from app.domain.enums import KeyGroup, StudentStatus, WarningLevel
from app.domain.school import Grade, SchoolClass, SchoolYear
from app.services.students import RosterFilter
from app.ui.levels import level_name
from app.ui.vocab import key_group_names, student_status_name

E = TypeVar("E", bound=Enum)


@dataclass(frozen=True)
class RosterCriteria:
    grade_id: int | None = None
    class_id: int | None = None
    level: WarningLevel | None = None
    tag: KeyGroup | None = None
    status: StudentStatus | None = None
    not_visited: bool = False  # no on-site home visit this school year
    unscreened: bool = False  # no screening this school year
    overdue: bool = False  # has an overdue due item (the page adds the ids)

    def to_filter(self, today: date) -> RosterFilter:
        year_start = SchoolYear.of(today).first_day
        return RosterFilter(
            grade_id=self.grade_id,
            class_id=self.class_id,
            level=self.level,
            tag=self.tag,
            status=self.status,
            not_visited_since=year_start if self.not_visited else None,
            unscreened_since=year_start if self.unscreened else None,
        )

    @property
    def active(self) -> bool:
        return self != RosterCriteria()


def _select(combo: QComboBox, value: Any) -> None:
    """Select the item holding ``value`` (the first item, "all", when none does)."""
    found = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(found, 0))


def _member(combo: QComboBox, kind: type[E]) -> E | None:
    """The enum member of the current item: Qt hands a ``StrEnum`` back as a plain str."""
    value = combo.currentData()
    return None if value is None else kind(value)


class FilterBar(QWidget):
    changed = Signal(object)  # RosterCriteria

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._criteria = RosterCriteria()
        self._grades: list[Grade] = []
        self._classes: list[SchoolClass] = []
        self._build_combos()
        self._build_checks()
        self._layout()
        self._sync_widgets()

    # --- building ------------------------------------------------------------------------

    def _combo(self, name: str, tooltip: str, edited: Callable[[], None]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setToolTip(tooltip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.activated.connect(edited)
        return combo

    def _build_combos(self) -> None:
        self.grade_combo = self._combo("gradeFilter", self.tr("Grade"), self._grade_edited)
        self.class_combo = self._combo("classFilter", self.tr("Class"), self._class_edited)
        self.level_combo = self._combo("levelFilter", self.tr("Warning level"), self._edited)
        self.level_combo.addItem(self.tr("All levels"), None)
        for level in WarningLevel:
            self.level_combo.addItem(level_name(level), level)
        self.tag_combo = self._combo("tagFilter", self.tr("Key group"), self._edited)
        self.tag_combo.addItem(self.tr("All key groups"), None)
        for tag, name in key_group_names().items():
            self.tag_combo.addItem(name, tag)
        self.status_combo = self._combo("statusFilter", self.tr("Status"), self._edited)
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in StudentStatus:
            self.status_combo.addItem(student_status_name(status), status)
        self._fill_grades()
        self._fill_classes()

    def _check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(name)
        box.clicked.connect(self._edited)
        return box

    def _build_checks(self) -> None:
        self.not_visited_box = self._check("notVisitedFilter", self.tr("Not visited this year"))
        self.unscreened_box = self._check("unscreenedFilter", self.tr("Not screened this year"))
        self.overdue_box = self._check("overdueFilter", self.tr("Overdue"))
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(lambda: self.set_criteria(RosterCriteria()))

    def _layout(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        combos = (self.grade_combo, self.class_combo, self.level_combo, self.tag_combo)
        for widget in (*combos, self.status_combo):
            row.addWidget(widget)
        for box in (self.not_visited_box, self.unscreened_box, self.overdue_box):
            row.addWidget(box)
        row.addStretch(1)
        row.addWidget(self.clear_button)

    def _fill_grades(self) -> None:
        self.grade_combo.clear()
        self.grade_combo.addItem(self.tr("All grades"), None)
        for grade in self._grades:
            self.grade_combo.addItem(grade.name, grade.id)

    def _fill_classes(self) -> None:
        grade_id = self._criteria.grade_id
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("All classes"), None)
        for klass in self._classes:
            if grade_id is None or klass.grade_id == grade_id:
                self.class_combo.addItem(klass.name, klass.id)

    def focus_chain(self) -> list[QWidget]:
        """The bar's widgets in tab order (left to right)."""
        return [
            self.grade_combo,
            self.class_combo,
            self.level_combo,
            self.tag_combo,
            self.status_combo,
            self.not_visited_box,
            self.unscreened_box,
            self.overdue_box,
            self.clear_button,
        ]

    # --- state ---------------------------------------------------------------------------

    def criteria(self) -> RosterCriteria:
        return self._criteria

    def set_structure(self, grades: Sequence[Grade], classes: Sequence[SchoolClass]) -> None:
        """The school's grades and classes for the combo boxes (keeps the criteria)."""
        self._grades = sorted(grades, key=lambda g: (g.position, g.name))
        self._classes = list(classes)
        self._sync_widgets()

    def set_criteria(self, criteria: RosterCriteria) -> None:
        """Show ``criteria`` and emit ``changed`` once."""
        self._criteria = criteria
        self._sync_widgets()
        self.changed.emit(criteria)

    def _sync_widgets(self) -> None:
        criteria = self._criteria
        self._fill_grades()
        self._fill_classes()
        _select(self.grade_combo, criteria.grade_id)
        _select(self.class_combo, criteria.class_id)
        _select(self.level_combo, criteria.level)
        _select(self.tag_combo, criteria.tag)
        _select(self.status_combo, criteria.status)
        self.not_visited_box.setChecked(criteria.not_visited)
        self.unscreened_box.setChecked(criteria.unscreened)
        self.overdue_box.setChecked(criteria.overdue)
        self.clear_button.setEnabled(criteria.active)

    def _grade_edited(self) -> None:
        """Another grade drops the chosen class (the class list follows the grade)."""
        grade_id = self.grade_combo.currentData()
        if grade_id != self._criteria.grade_id:
            self.set_criteria(replace(self._criteria, grade_id=grade_id, class_id=None))

    def _class_edited(self) -> None:
        """A class picked under "all grades" picks its grade too."""
        class_id = self.class_combo.currentData()
        klass = next((c for c in self._classes if c.id == class_id), None)
        grade_id = klass.grade_id if klass is not None else self._criteria.grade_id
        self.set_criteria(replace(self._criteria, grade_id=grade_id, class_id=class_id))

    def _edited(self) -> None:
        """A level, group, status or check box changed: read them into the criteria."""
        self.set_criteria(
            replace(
                self._criteria,
                level=_member(self.level_combo, WarningLevel),
                tag=_member(self.tag_combo, KeyGroup),
                status=_member(self.status_combo, StudentStatus),
                not_visited=self.not_visited_box.isChecked(),
                unscreened=self.unscreened_box.isChecked(),
                overdue=self.overdue_box.isChecked(),
            )
        )
