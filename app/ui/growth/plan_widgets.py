"""The measures of a plan as editable rows: what, owner, owner's name, due date, status."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import MeasureOwner, MeasureStatus
from app.domain.growth import Measure
from app.errors import Problem, ValidationError
from app.ui.growth.fields import BadDate, DateField, date_text, enum_combo, parse_date, select_data

_ROW_FIELD = re.compile(r"^measures\[(\d+)\]\.(\w+)$")
INVALID = "border: 1px solid #d32f2f; background: #fff5f5;"


class MeasureRow(QWidget):
    def __init__(self, editor: MeasureEditor) -> None:
        super().__init__(editor)
        self.what = QLineEdit(self)
        self.what.setObjectName("measureWhat")
        self.what.setPlaceholderText(self.tr("What will be done"))
        self.owner = enum_combo(self, MeasureOwner, "measureOwner")
        self.owner_name = QLineEdit(self)
        self.owner_name.setObjectName("measureOwnerName")
        self.owner_name.setPlaceholderText(self.tr("Name"))
        self.due = DateField(self)
        self.due.setObjectName("measureDue")
        self.status = enum_combo(self, MeasureStatus, "measureStatus")
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this measure"))
        self._layout()
        for signal in (self.what.textChanged, self.owner_name.textChanged, self.due.changed):
            signal.connect(editor.changed)
        for combo in (self.owner, self.status):
            combo.currentIndexChanged.connect(editor.changed)

    def _layout(self) -> None:
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.what, 3)
        line.addWidget(self.owner)
        line.addWidget(self.owner_name, 1)
        line.addWidget(self.due, 1)
        line.addWidget(self.status)
        line.addWidget(self.remove)

    def value(self) -> dict[str, str]:
        return {
            "what": self.what.text(),
            "owner": str(self.owner.currentData()),
            "owner_name": self.owner_name.text(),
            "due_on": self.due.text(),
            "status": str(self.status.currentData()),
        }

    def set_value(self, value: dict[str, Any]) -> None:
        self.what.setText(value.get("what", ""))
        select_data(self.owner, value.get("owner", MeasureOwner.COUNSELOR.value))
        self.owner_name.setText(value.get("owner_name", ""))
        self.due.setText(value.get("due_on", ""))
        select_data(self.status, value.get("status", MeasureStatus.PLANNED.value))

    def inputs(self) -> list[QWidget]:
        return [self.what, self.owner, self.owner_name, self.due.edit, self.status]


class MeasureEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MeasureRow] = []
        self.list_layout = QVBoxLayout()
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add measure"), self)
        self.add_button.setObjectName("addMeasure")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list_layout)
        layout.addWidget(self.add_button)

    def add_row(self, value: dict[str, Any] | None = None, focus: bool = False) -> MeasureRow:
        row = MeasureRow(self)
        if value:
            row.set_value(value)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.list_layout.addWidget(row)
        self.rows.append(row)
        self._chain_tab_order()
        self.changed.emit()
        if focus:
            row.what.setFocus()
        return row

    def _chain_tab_order(self) -> None:
        inputs = [w for row in self.rows for w in row.inputs()] + [self.add_button]
        for first, second in itertools.pairwise(inputs):
            QWidget.setTabOrder(first, second)

    def _remove(self, row: MeasureRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self.changed.emit()

    def value(self) -> list[dict[str, str]]:
        return [row.value() for row in self.rows]

    def set_value(self, values: Sequence[dict[str, Any]]) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        for value in values:
            self.add_row(value)
        self.changed.emit()

    def measures(self) -> tuple[Measure, ...]:
        """The typed measures; ValidationError for due dates that are not dates."""
        problems, measures = [], []
        for index, row in enumerate(self.rows):
            value = row.value()
            try:
                due = parse_date(value["due_on"])
            except BadDate:
                problems.append(Problem(f"measures[{index}].due_on", "date_format", "not a date"))
                continue
            owner, status = MeasureOwner(value["owner"]), MeasureStatus(value["status"])
            measures.append(
                Measure(value["what"].strip(), owner, value["owner_name"].strip(), due, status)
            )
        if problems:
            raise ValidationError(problems)
        return tuple(measures)

    def mark(self, problems: Sequence[Problem]) -> None:
        """Turn the fields of the rows with problems red."""
        bad = {m.groups() for p in problems if (m := _ROW_FIELD.match(p.field))}
        for index, row in enumerate(self.rows):
            row.what.setStyleSheet(INVALID if (str(index), "what") in bad else "")
            row.due.edit.setStyleSheet(INVALID if (str(index), "due_on") in bad else "")

    def setReadOnly(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


def measure_values(measures: Sequence[Measure]) -> list[dict[str, str]]:
    return [
        {
            "what": m.what,
            "owner": m.owner.value,
            "owner_name": m.owner_name,
            "due_on": date_text(m.due_on),
            "status": m.status.value,
        }
        for m in measures
    ]
