"""Grades and how many classes each has: "七年级 × 4" becomes 七年级(1)班 … 七年级(4)班."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import SchoolType
from app.ui.i18n import fmt

# School data, not UI text: the names schools themselves use.
DEFAULT_GRADES: dict[SchoolType, tuple[str, ...]] = {
    SchoolType.PRIMARY: ("一年级", "二年级", "三年级", "四年级", "五年级", "六年级"),
    SchoolType.JUNIOR: ("七年级", "八年级", "九年级"),
    SchoolType.SENIOR: ("高一", "高二", "高三"),
    SchoolType.NINE_YEAR: (
        "一年级",
        "二年级",
        "三年级",
        "四年级",
        "五年级",
        "六年级",
        "七年级",
        "八年级",
        "九年级",
    ),
    SchoolType.VOCATIONAL: ("一年级", "二年级", "三年级"),
}
DEFAULT_CLASSES = 4
MAX_CLASSES = 40


def class_name(grade: str, number: int) -> str:
    """The conventional class name, e.g. 七年级(1)班."""
    return f"{grade}({number})班"


class _GradeRow:
    def __init__(self, editor: GradeEditor, name: str, classes: int, remove_tip: str) -> None:
        self.name = QLineEdit(name, editor)
        self.name.setObjectName("gradeName")
        self.count = QSpinBox(editor)
        self.count.setRange(0, MAX_CLASSES)
        self.count.setValue(classes)
        self.count.setObjectName("classCount")
        self.remove = QToolButton(editor)
        self.remove.setText("✕")
        self.remove.setToolTip(remove_tip)
        self.widgets = (self.name, self.count, self.remove)


class GradeEditor(QWidget):
    """One row per grade: name and number of classes. ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_GradeRow] = []
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(self.tr("Grade"), self), 0, 0)
        self.grid.addWidget(QLabel(self.tr("Number of classes"), self), 0, 1)
        add = QPushButton(self.tr("Add a grade"), self)
        add.setObjectName("addGrade")
        add.setAutoDefault(False)
        add.clicked.connect(lambda: self.add_row("", DEFAULT_CLASSES))
        self.preview = QLabel(self)
        self.preview.setObjectName("fieldHint")
        self.preview.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)
        layout.addWidget(self.preview)
        self._refresh()

    def set_grades(self, names: tuple[str, ...], classes: int = DEFAULT_CLASSES) -> None:
        for row in list(self.rows):
            self._remove(row)
        for name in names:
            self.add_row(name, classes)

    def add_row(self, name: str, classes: int) -> None:
        row = _GradeRow(self, name, classes, self.tr("Remove this grade"))
        line = len(self.rows) + 1
        for column, widget in enumerate(row.widgets):
            self.grid.addWidget(widget, line, column)
        row.name.textChanged.connect(self._refresh)
        row.count.valueChanged.connect(self._refresh)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self._refresh()

    def _remove(self, row: _GradeRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._refresh()

    def class_names(self) -> list[tuple[str, str]]:
        """(grade, class) pairs in order, e.g. ("七年级", "七年级(1)班")."""
        pairs = []
        for row in self.rows:
            grade = row.name.text().strip()
            if grade:
                pairs += [(grade, class_name(grade, n)) for n in range(1, row.count.value() + 1)]
        return pairs

    def _refresh(self) -> None:
        pairs = self.class_names()
        if pairs:
            text = self.tr("{count} classes will be created, e.g. {example}.")
            self.preview.setText(fmt(text, count=len(pairs), example=pairs[0][1]))
        else:
            self.preview.setText(self.tr("No classes will be created now."))
        self.changed.emit()
