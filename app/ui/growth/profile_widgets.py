"""Editors of the profile tab: key-group tags and guardians."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import KeyGroup
from app.domain.student import Guardian
from app.ui.vocab import enum_name

TAG_COLUMNS = 4


class TagPicker(QWidget):
    """One check box per key group; ``value()`` is the sorted list of tag values."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, tag in enumerate(KeyGroup):
            box = QCheckBox(enum_name(tag), self)
            box.setObjectName(f"tag_{tag.value}")
            box.toggled.connect(self.changed)
            grid.addWidget(box, index // TAG_COLUMNS, index % TAG_COLUMNS)
            self.boxes[tag.value] = box

    def value(self) -> list[str]:
        return sorted(key for key, box in self.boxes.items() if box.isChecked())

    def set_value(self, tags: list[str]) -> None:
        for key, box in self.boxes.items():
            box.setChecked(key in tags)

    def setReadOnly(self, read_only: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(not read_only)


class GuardianEditor(QWidget):
    """Rows of name / relation / phone; ``value()`` is a list of [name, relation, phone]."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[QWidget, list[QLineEdit]]] = []
        self.read_only = False
        self.list_layout = QVBoxLayout()
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add guardian"), self)
        self.add_button.setObjectName("addGuardian")
        self.add_button.clicked.connect(lambda: self._add_row(["", "", ""], focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list_layout)
        layout.addWidget(self.add_button)

    def _add_row(self, values: list[str], focus: bool = False) -> None:
        row = QWidget(self)
        edits = [QLineEdit(value, row) for value in values]
        hints = (self.tr("Name"), self.tr("Relation, e.g. mother"), self.tr("Phone"))
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        for edit, hint in zip(edits, hints, strict=True):
            edit.setPlaceholderText(hint)
            edit.setReadOnly(self.read_only)
            edit.textChanged.connect(self.changed)
            line.addWidget(edit)
        line.addWidget(self._remove_button(row))
        self.list_layout.addWidget(row)
        self.rows.append((row, edits))
        self.changed.emit()
        if focus:
            edits[0].setFocus()

    def _remove_button(self, row: QWidget) -> QToolButton:
        button = QToolButton(row)
        button.setText("✕")
        button.setToolTip(self.tr("Remove this guardian"))
        button.setVisible(not self.read_only)
        button.clicked.connect(lambda: self._remove(row))
        return button

    def _remove(self, row: QWidget) -> None:
        self.rows = [(r, edits) for r, edits in self.rows if r is not row]
        row.hide()
        row.deleteLater()
        self.changed.emit()

    def value(self) -> list[list[str]]:
        return [[edit.text() for edit in edits] for _, edits in self.rows]

    def set_value(self, guardians: list[Any]) -> None:
        for row, _ in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        for values in guardians:
            self._add_row([str(v) for v in values])
        self.changed.emit()

    def guardians(self) -> tuple[Guardian, ...]:
        return tuple(
            Guardian(n.strip(), r.strip(), p.strip()) for n, r, p in self.value() if n.strip()
        )

    def setReadOnly(self, read_only: bool) -> None:
        self.read_only = read_only
        self.add_button.setVisible(not read_only)
        guardians = self.value()
        self.set_value(guardians)


def guardian_rows(guardians: tuple[Guardian, ...]) -> list[list[str]]:
    return [[g.name, g.relation, g.phone] for g in guardians]
