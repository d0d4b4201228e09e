"""Forgot the password: the printed recovery code sets a new one and opens the station."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import PermissionDenied, WrongCredentials
from app.ui import errors
from app.ui.context import Unlocked, recover_station
from app.ui.tasks import TaskRunner
from app.ui.widgets.password_pair import PasswordPair


class RecoveryDialog(QDialog):
    """Emits ``recovered(Unlocked)`` once the new password is set and the station open."""

    recovered = Signal(object)

    def __init__(
        self, folder: Path, runner: TaskRunner, username: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.runner = runner
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Set a new password with the recovery code"))
        self._build(username)
        self._update_button()

    def _build(self, username: str) -> None:
        intro = QLabel(
            self.tr(
                "Type the recovery code printed when the station was set up, then choose a "
                "new password. The recovery code stays valid."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.passwords = PasswordPair(self, self._leading_rows(username))
        self.passwords.changed.connect(self._update_button)
        layout.addWidget(self.passwords)
        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.hide()
        layout.addWidget(self.busy_bar)
        layout.addWidget(self._buttons())
        self.setMinimumWidth(480)

    def _leading_rows(self, username: str) -> list[tuple[str, QWidget]]:
        self.username_edit = QLineEdit(username, self)
        self.username_edit.setObjectName("username")
        self.username_edit.setPlaceholderText(self.tr("Leave empty if there is one counselor"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("recoveryCode")
        self.code_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.code_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code_edit.textChanged.connect(self._update_button)
        return [
            (self.tr("Account:"), self.username_edit),
            (self.tr("Recovery code:"), self.code_edit),
        ]

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Set new password and unlock"), self)
        self.ok_button.setObjectName("recoverButton")
        self.ok_button.setDefault(True)
        box.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.attempt)
        box.rejected.connect(self.reject)
        return box

    def _update_button(self) -> None:
        ready = bool(self.code_edit.text().strip()) and self.passwords.is_acceptable()
        self.ok_button.setEnabled(ready and not self.busy_bar.isVisible())

    def attempt(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self._set_busy(True)
        self.runner.submit(
            recover_station,
            self.folder,
            self.code_edit.text(),
            self.username_edit.text().strip(),
            self.passwords.password(),
            on_success=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.message.setText(self.tr("Checking the recovery code…") if busy else "")
        for widget in (self.username_edit, self.code_edit, self.passwords):
            widget.setEnabled(not busy)
        self._update_button()

    def _done(self, unlocked: Unlocked) -> None:
        self._set_busy(False)
        self.passwords.clear()
        self.recovered.emit(unlocked)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(self.message_for(exc))

    def message_for(self, exc: BaseException) -> str:
        if isinstance(exc, WrongCredentials):
            return self.tr(
                "The recovery code is not right (or there is no such account). Check it "
                "and try again."
            )
        if isinstance(exc, PermissionDenied):
            return self.tr("This station has several accounts: type the account to recover.")
        return errors.describe(exc)
