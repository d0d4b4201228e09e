"""The center's unlock dialog: the center password, Argon2id on the worker.

A wrong password is one sentence and changes no file (``center.unlock_center`` writes
nothing before the key is unwrapped). A folder without a center says how to create one.
"""

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

from app.errors import StationLocked, StationNotFound, WrongCredentials
from app.services import center
from app.services.center import CenterSession
from app.ui import errors
from app.ui.tasks import TaskRunner
from app.ui.widgets.shake import shake

CENTER_DB = "center.db"  # ``center.CenterPaths`` (the UI keeps away from attributes named db)


def open_center(folder: Path, password: str) -> CenterSession:
    """Worker job: unlock the center (any of its accounts with this password)."""
    return center.unlock_center(folder, password)


class CenterUnlockDialog(QDialog):
    """Emits ``unlocked(CenterSession)`` and accepts once the center is open."""

    unlocked = Signal(object)

    def __init__(self, folder: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.runner = runner
        self.shake_count = 0
        self.setWindowTitle(self.tr("XinAn county center — Unlock"))
        self.setObjectName("centerUnlockDialog")
        self._build()
        self.set_busy(False)
        if not (self.folder / CENTER_DB).exists():
            self.show_error(StationNotFound(str(self.folder)))
            self.unlock_button.setEnabled(False)
            self.password_edit.setEnabled(False)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("County counseling center"), self)
        heading.setObjectName("dialogHeading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setToolTip(str(self.folder))
        layout.addWidget(heading)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Center password:"), self.password_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        hint = QLabel(
            self.tr(
                "Forgot the password? Set a new one with the recovery code: xinan center recover"
            ),
            self,
        )
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.setTextVisible(False)
        layout.addWidget(self.busy_bar)
        layout.addLayout(self._buttons())
        self.setMinimumWidth(440)

    def _buttons(self) -> QHBoxLayout:
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.clicked.connect(self.reject)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.attempt)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.quit_button)
        row.addWidget(self.unlock_button)
        return row

    def set_busy(self, busy: bool) -> None:
        self.password_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self._set_message(self.tr("Unlocking…"), "info")

    def attempt(self) -> None:
        if not self.password_edit.text():
            self._set_message(self.tr("Please enter the center password."), "error")
            return
        self.set_busy(True)
        self.runner.submit(
            open_center,
            self.folder,
            self.password_edit.text(),
            on_success=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, session: CenterSession) -> None:
        self.set_busy(False)
        self.password_edit.clear()
        self.error_label.clear()
        self.unlocked.emit(session)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.show_error(exc)

    def show_error(self, exc: BaseException) -> None:
        wrong = isinstance(exc, WrongCredentials)
        self._set_message(self.message_for(exc), "error")
        if wrong:
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.shake_count += 1
            shake(self)

    def message_for(self, exc: BaseException) -> str:
        if isinstance(exc, WrongCredentials):
            return self.tr("Wrong password. Please try again.")
        if isinstance(exc, StationLocked):
            return self.tr(
                "This county center is already open in another window. Switch to that "
                "window, or close it and unlock here again."
            )
        if isinstance(exc, StationNotFound):
            return self.tr(
                "There is no county center in this folder. Create one first with: xinan center init"
            )
        return errors.describe(exc)

    def message(self) -> str:
        return self.error_label.text()

    def _set_message(self, text: str, tone: str) -> None:
        self.error_label.setText(text)
        self.error_label.setProperty("tone", tone)
        self.error_label.style().unpolish(self.error_label)
        self.error_label.style().polish(self.error_label)
