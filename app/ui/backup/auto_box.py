"""Reminder days and automatic rotating backups, stored in the station by the core
(``backup.save_settings``): folder, keep the last N, every N days.

Automatic backups run when the station locks or XinAn closes (``reminder``), at most
every N days; the core deletes this station's oldest automatic backups beyond N in that
folder, never manual backups and never other files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.services import backup
from app.services.backup import BackupSettings
from app.ui import dialogs, errors
from app.ui.backup import memory
from app.ui.context import ShellContext


class AutoBackupBox(QGroupBox):
    """``saved`` once the settings are stored."""

    saved = Signal()

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("autoBackupBox")
        self.setTitle(self.tr("Reminder and automatic backups"))
        self.reminder = self._spin("reminderDays", 1, 365, self.tr(" days"))
        self.enabled = QCheckBox(
            self.tr("Back up automatically when the station locks or XinAn closes"), self
        )
        self.enabled.setObjectName("autoEnabled")
        self.enabled.toggled.connect(self._update)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("autoFolder")
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("No folder chosen"))
        self.keep = self._spin("autoKeep", 1, 1000, self.tr(" backups"))
        self.every = self._spin("autoEvery", 1, 365, self.tr(" days"))
        self.status = QLabel(self)
        self.status.setObjectName("statusText")
        self.status.setWordWrap(True)
        self._layout()
        self.show_settings(BackupSettings())

    def _spin(self, name: str, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setMaximumWidth(160)
        return spin

    def _layout(self) -> None:
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName("chooseAutoFolder")
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveBackupSettings")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(not self.ctx.read_only)
        form = QFormLayout(self)
        form.addRow(self.tr("Remind me when the last backup is older than:"), self.reminder)
        form.addRow(self.enabled)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Keep the newest:"), self.keep)
        form.addRow(self.tr("At most one every:"), self.every)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)

    def _update(self) -> None:
        for widget in (self.folder, self.choose_button, self.keep, self.every):
            widget.setEnabled(self.enabled.isChecked())

    def show_settings(self, settings: BackupSettings) -> None:
        self.reminder.setValue(settings.reminder_days)
        self.enabled.setChecked(settings.auto_folder is not None)
        self.folder.setText(settings.auto_folder or "")
        self.keep.setValue(settings.auto_keep)
        self.every.setValue(settings.auto_every_days)
        self._update()

    def settings(self) -> BackupSettings:
        folder = self.folder.text() if self.enabled.isChecked() else ""
        return BackupSettings(
            reminder_days=self.reminder.value(),
            auto_folder=folder or None,
            auto_keep=self.keep.value(),
            auto_every_days=self.every.value(),
        )

    def choose_folder(self) -> None:
        caption = self.tr("Choose the folder for automatic backups")
        start = self.folder.text() or memory.last_folder(memory.BACKUP_FOLDER)
        folder = dialogs.choose_folder(self, caption, start)
        if folder is not None:
            self.folder.setText(str(Path(folder).absolute()))

    def save(self) -> None:
        if self.enabled.isChecked() and not self.folder.text():
            self.status.setText(self.tr("Choose a folder for the automatic backups first."))
            return
        self.save_button.setEnabled(False)
        self.ctx.call(
            backup.save_settings,
            self.settings(),
            on_success=self._saved,
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, _result: object) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved."))
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(not self.ctx.read_only)
        self.status.setText(errors.describe(exc))
