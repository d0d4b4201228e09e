"""A new password typed twice, with a strength meter and a "they differ" hint."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.domain.accounts import MIN_PASSWORD
from app.ui.i18n import fmt
from app.ui.widgets.strength_meter import StrengthMeter


class PasswordPair(QWidget):
    """``changed`` fires on every keystroke; ``password()`` is "" until both agree.

    ``leading``: (label, widget) rows shown above, in the same form so labels line up.
    """

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, leading: Sequence[tuple[str, QWidget]] = ()
    ) -> None:
        super().__init__(parent)
        self.first = self._field("newPassword")
        self.second = self._field("confirmPassword")
        self.meter = StrengthMeter(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("fieldHint")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in leading:
            widget.setParent(self)
            form.addRow(label, widget)
        form.addRow(self.tr("New password:"), self.first)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat it:"), self.second)
        form.addRow("", self.hint)
        self._refresh()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.textChanged.connect(self._refresh)
        return field

    def _refresh(self) -> None:
        self.meter.update_for(self.first.text())
        self.hint.setText(self._hint_text())
        self.changed.emit()

    def _hint_text(self) -> str:
        if self.first.text() and self.meter.strength == 0:
            text = self.tr("At least {min} characters, with at least 4 different ones.")
            return fmt(text, min=MIN_PASSWORD)
        if self.second.text() and self.second.text() != self.first.text():
            return self.tr("The two passwords differ.")
        return ""

    def is_acceptable(self) -> bool:
        return self.meter.strength > 0 and self.first.text() == self.second.text()

    def password(self) -> str:
        return self.first.text() if self.is_acceptable() else ""

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
