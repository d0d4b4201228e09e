"""Concerns about named classmates: one row each (name, what was noticed, urgent or not)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.committee import Concern
from app.domain.enums import Urgency


def name_chooser(parent: QWidget, names: Sequence[str]) -> QComboBox:
    """A name picked from a list or typed; typed names are never added to the list."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(names))
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    return combo


def plain_editor(parent: QWidget, placeholder: str, height: int) -> QPlainTextEdit:
    """A text box that keeps no undo history of what was typed."""
    editor = QPlainTextEdit(parent)
    editor.setUndoRedoEnabled(False)
    editor.setTabChangesFocus(True)
    editor.setPlaceholderText(placeholder)
    editor.setFixedHeight(height)
    return editor


class ConcernRow(QFrame):
    """One classmate the member is worried about."""

    remove_requested = Signal(object)

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("concernRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = name_chooser(self, names)
        self.name.setObjectName("concernName")
        self.name.lineEdit().setPlaceholderText(self.tr("Classmate's name"))
        self.text = plain_editor(self, self.tr("What did you notice?"), 64)
        self.text.setObjectName("concernText")
        self.urgent = QCheckBox(self.tr("Urgent: a teacher should know today"), self)
        self.urgent.setObjectName("concernUrgent")
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        grid = QGridLayout(self)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.urgent, 0, 1)
        grid.addWidget(self.remove, 0, 2)
        grid.addWidget(self.text, 1, 0, 1, 3)

    def is_empty(self) -> bool:
        return not (self.name.currentText().strip() or self.text.toPlainText().strip())

    def concern(self) -> Concern:
        urgency = Urgency.URGENT if self.urgent.isChecked() else Urgency.NORMAL
        return Concern(self.name.currentText().strip(), self.text.toPlainText().strip(), urgency)

    def set_names(self, names: Sequence[str]) -> None:
        """Offer another class list; what was typed stays."""
        typed = self.name.currentText()
        self.name.clear()
        self.name.addItems(list(names))
        self.name.setCurrentIndex(-1)
        self.name.setEditText(typed)


class ConcernList(QWidget):
    """The rows plus an "add" button; empty rows are ignored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: tuple[str, ...] = ()
        self.rows: list[ConcernRow] = []
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add a classmate"), self)
        self.add_button.setObjectName("addConcern")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        hint = QLabel(
            self.tr("Choose the name from the class list or type it, and say what you noticed."),
            self,
        )
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(self.rows_layout)
        layout.addLayout(buttons)

    def add_row(self) -> ConcernRow:
        row = ConcernRow(self.names, self)
        row.remove_requested.connect(self._remove)
        self.rows_layout.addWidget(row)
        self.rows.append(row)
        row.name.setFocus()
        return row

    def _remove(self, row: ConcernRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.text.setPlainText("")
        row.name.setEditText("")
        row.deleteLater()

    def set_names(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        for row in self.rows:
            row.set_names(self.names)

    def concerns(self) -> tuple[Concern, ...]:
        return tuple(row.concern() for row in self.rows if not row.is_empty())
