"""The unlock dialog: account + password, Argon2id on the worker, plain-language errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import StationLocked, WrongCredentials
from app.ui import errors
from app.ui.context import Unlocked, open_station
from app.ui.recovery_dialog import RecoveryDialog
from app.ui.report_entry import open_for_station
from app.ui.tasks import TaskRunner
from app.ui.widgets.shake import shake


class UnlockDialog(QDialog):
    """Emits ``unlocked(Unlocked)`` and accepts once the station is open."""

    unlocked = Signal(object)
    station_replaced = Signal()  # a backup was restored over the station (从备份恢复…)

    def __init__(
        self, folder: Path, runner: TaskRunner, username: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.runner = runner
        self.shake_count = 0
        self.setWindowTitle(self.tr("XinAn — Unlock"))
        self.setObjectName("unlockDialog")
        self._build(username)
        self.set_busy(False)

    def _build(self, username: str) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading())
        layout.addLayout(self._form(username))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.setTextVisible(False)
        layout.addWidget(self.busy_bar)
        layout.addLayout(self._buttons())
        self.setMinimumWidth(420)

    def _heading(self) -> QWidget:
        heading = QLabel(self)
        heading.setObjectName("dialogHeading")
        heading.setText(self.tr("XinAn counseling station"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setToolTip(str(self.folder))
        return heading

    def _form(self, username: str) -> QFormLayout:
        self.username_edit = QLineEdit(username, self)
        self.username_edit.setObjectName("username")
        self.username_edit.setPlaceholderText(self.tr("Leave empty for any account"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Account:"), self.username_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        return form

    def _buttons(self) -> QHBoxLayout:
        self.forgot_button = QPushButton(self.tr("Forgot password? Use the recovery code"), self)
        self.forgot_button.setObjectName("forgotButton")
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.open_recovery)
        self.committee_button = QPushButton(self.tr("I am a psychology committee member"), self)
        self.committee_button.setObjectName("committeeButton")
        self.committee_button.setToolTip(self.tr("Hand in a weekly class report (no password)"))
        self.committee_button.clicked.connect(self.open_report_entry)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"), self)
        self.restore_button.setObjectName("restoreFromBackup")
        self.restore_button.setFlat(True)
        self.restore_button.setToolTip(self.tr("For a damaged or lost station: use a backup"))
        self.restore_button.clicked.connect(self.open_restore)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.clicked.connect(self.reject)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.attempt)
        row = QHBoxLayout()
        row.addWidget(self.forgot_button)
        row.addWidget(self.committee_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.quit_button)
        row.addWidget(self.unlock_button)
        return row

    def showEvent(self, event) -> None:
        super().showEvent(event)
        target = self.password_edit if self.username_edit.text() else self.username_edit
        target.setFocus()

    def set_busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.username_edit, self.password_edit, self.unlock_button):
            widget.setEnabled(not busy)
        self.forgot_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self.error_label.setText(text)
            self.error_label.setProperty("tone", "info")
        self._repolish()

    def _repolish(self) -> None:
        self.error_label.style().unpolish(self.error_label)
        self.error_label.style().polish(self.error_label)

    def attempt(self) -> None:
        """Unlock with what was typed (on the worker: Argon2id takes a moment)."""
        if not self.password_edit.text():
            self.show_problem(self.tr("Please enter your password."), shake_it=False)
            return
        self.set_busy(True, self.tr("Unlocking…"))
        self.runner.submit(
            open_station,
            self.folder,
            self.password_edit.text(),
            self.username_edit.text().strip(),
            on_success=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, unlocked: Unlocked) -> None:
        self.set_busy(False)
        self.password_edit.clear()
        self.error_label.clear()
        self.unlocked.emit(unlocked)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.show_error(exc)

    def show_error(self, exc: BaseException) -> None:
        """Explain why unlocking failed; a wrong password also shakes the dialog."""
        wrong = isinstance(exc, WrongCredentials)
        if wrong:
            self.password_edit.clear()
            self.password_edit.setFocus()
        self.show_problem(self.message_for(exc), shake_it=wrong)

    def message_for(self, exc: BaseException) -> str:
        if isinstance(exc, WrongCredentials):
            if self.username_edit.text().strip():
                return self.tr("Wrong password, or no such account. Please try again.")
            return self.tr("Wrong password. Please try again.")
        if isinstance(exc, StationLocked):
            return self.tr(
                "This station is already open in another window. Switch to that window, "
                "or close it and unlock here again."
            )
        return errors.describe(exc)

    def show_problem(self, text: str, shake_it: bool) -> None:
        self.error_label.setText(text)
        self.error_label.setProperty("tone", "error")
        self._repolish()
        if shake_it:
            self.shake_count += 1
            shake(self)

    def open_recovery(self) -> None:
        dialog = RecoveryDialog(self.folder, self.runner, self.username_edit.text(), self)
        dialog.recovered.connect(self._done)
        dialog.open()

    def open_restore(self) -> None:
        """从备份恢复…: the restore dialog; once restored, the station opens (``_done``)."""
        from app.ui.backup.restore_dialog import open_from_unlock

        self.restore_dialog = open_from_unlock(self)

    def open_report_entry(self) -> None:
        """Report-entry mode for a committee member: write-only, no password involved."""
        self.password_edit.clear()
        self.report_entry = open_for_station(self.folder, self)
