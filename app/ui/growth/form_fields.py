"""Registering a form's fields: each under the name the domain uses for its problems, with
a getter, a setter and a "changed" signal, in a QFormLayout row with room for a message."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.ui.growth.fields import DateField, NoteEdit, parse_date, parse_datetime
from app.ui.levels import RED


@dataclass
class Binding:
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    error: QLabel
    cell: QWidget  # the row's field column (field + message), for hiding a row
    marks: QWidget | None = None  # the widget that turns red (None: only the message)


class FieldsForm(QWidget):
    """The fields of a form; ``_edited(key)`` is called when the user changes one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Binding] = {}
        self.rows = QFormLayout()
        self._filling = True  # no validation while the fields are being built

    def _edited(self, key: str) -> None:
        """Overridden by the form: validate as the user types."""

    def add_field(
        self,
        key: str,
        label: str,
        widget: QWidget,
        access: tuple[Callable[[], Any], Callable[[Any], None], SignalInstance],
        marks: QWidget | None = None,
    ) -> None:
        """Register ``widget`` under ``key`` (a problem field name) with getter/setter/signal."""
        get, put, signal = access
        error = QLabel(self)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {RED.background};")
        error.hide()
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.rows.addRow(label, cell)
        self.fields[key] = Binding(widget, get, put, error, cell, marks)
        signal.connect(lambda *_: self._edited(key))

    def set_row_visible(self, key: str, visible: bool) -> None:
        self.rows.setRowVisible(self.fields[key].cell, visible)

    def add_line(self, key: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(key)
        edit.setPlaceholderText(placeholder)
        self.add_field(key, label, edit, (edit.text, edit.setText, edit.textChanged), edit)
        return edit

    def add_note(self, key: str, label: str, lines: int = 3) -> NoteEdit:
        edit = NoteEdit(self, lines)
        edit.setObjectName(key)
        self.add_field(key, label, edit, (edit.text, edit.setText, edit.textChanged), edit)
        return edit

    def add_date(self, key: str, label: str, with_time: bool = False) -> DateField:
        field = DateField(self, with_time)
        field.setObjectName(key)
        self.add_field(key, label, field, (field.text, field.setText, field.changed), field.edit)
        return field

    def add_combo(self, key: str, label: str, combo: QComboBox) -> QComboBox:
        combo.setParent(self)
        combo.setObjectName(key)
        access = (combo.currentData, self._combo_setter(combo), combo.currentIndexChanged)
        self.add_field(key, label, combo, access)
        return combo

    def add_check(self, key: str, text: str, label: str = "") -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(key)
        self.add_field(key, label, box, (box.isChecked, box.setChecked, box.toggled))
        return box

    @staticmethod
    def _combo_setter(combo: QComboBox) -> Callable[[Any], None]:
        def put(value: Any) -> None:
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else 0)

        return put

    # --- values ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {key: binding.get() for key, binding in self.fields.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        with self.quietly():
            for key, value in values.items():
                if key in self.fields:
                    self.fields[key].set(value)
        self.revalidate()

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Change widgets without counting it as the user's editing."""
        was, self._filling = self._filling, True
        try:
            yield
        finally:
            self._filling = was

    def text(self, key: str) -> str:
        return str(self.fields[key].get()).strip()

    def date(self, key: str, required: bool = False) -> Any:
        """The date (or date and time) typed in the DateField ``key``."""
        widget = self.fields[key].widget
        assert isinstance(widget, DateField)
        parse = parse_datetime if widget.with_time else parse_date
        value = parse(widget.text())
        if value is None and required:
            raise ValidationError.single(key, "required", f"{key} is required")
        return value
