"""A small window-modal dialog asking for a reason (dismissing a suggested flag, cancelling
a planned visit): OK stays disabled until a reason is typed.

Opened with ``open()`` (no nested event loop), so a lock can close it at any moment;
``given(reason)`` is emitted on OK.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ReasonDialog(QDialog):
    given = Signal(str)

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Required"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(buttons)

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _changed(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def _accept(self) -> None:
        if self.reason():
            self.accept()
            self.given.emit(self.reason())
