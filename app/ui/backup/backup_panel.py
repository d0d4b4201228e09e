"""Backup in Settings: "Back up now", the status of the last backup, restore, automatic
backups (``auto_box``).

"Back up now" asks for a folder (the last one is remembered), writes the backup on the
worker behind a progress dialog — the core copies, verifies and only then names the
file — and shows the file written with what it verified: record counts and audit head.
Restoring needs the station closed: the panel asks the main window to lock first
(``restore_requested``); the restore dialog then opens over the unlock dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import NotFound, XinAnError
from app.services import backup
from app.services.backup import BackupResult, BackupStatus
from app.services.session import Session
from app.ui import dialogs, errors
from app.ui.backup import memory, reminder
from app.ui.backup.auto_box import AutoBackupBox
from app.ui.backup.texts import age_text, audit_text, counts_text, size_text, when_text
from app.ui.context import ShellContext
from app.ui.i18n import fmt


@dataclass(frozen=True)
class StatusWithPlace:
    status: BackupStatus
    folder: Path | None  # where the last backup file is, when it can still be found there


def load_status(session: Session, candidates: list[Path]) -> StatusWithPlace:
    """Worker job: the status plus the folder (of those known) holding the last backup."""
    status = backup.backup_status(session)
    name = status.last_file
    found = next((f for f in candidates if name and (f / name).is_file()), None)
    return StatusWithPlace(status, found)


def backup_job(session: Session, folder: Path, *, progress: object = None) -> BackupResult:
    """Worker job behind the progress dialog (the core's backup reports no steps)."""
    return backup.backup(session, folder)


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class BackupPanel(QGroupBox):
    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status: BackupStatus | None = None
        self.setObjectName("backupPanel")
        self.setTitle(self.tr("Backup and restore"))
        self._build()
        self.refresh()

    def _build(self) -> None:
        hint = _label(self, "fieldHint")
        hint.setText(
            self.tr(
                "A backup is one encrypted file. It opens with any password or the recovery "
                "code that was valid when it was made. Keep it away from this computer, "
                "e.g. on a USB stick in a locked cabinet."
            )
        )
        self.status_label = _label(self, "backupStatus")
        self.result_label = _label(self, "backupResult")
        self.auto_box = AutoBackupBox(self.ctx, self)
        self.auto_box.saved.connect(self._settings_saved)
        layout = QVBoxLayout(self)
        for widget in (hint, self.status_label):
            layout.addWidget(widget)
        layout.addLayout(self._buttons())
        layout.addWidget(self.result_label)
        layout.addWidget(self.auto_box)

    def _buttons(self) -> QHBoxLayout:
        self.backup_button = QPushButton(self.tr("Back up now…"), self)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.request_restore)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        return row

    # --- status --------------------------------------------------------------------------

    def refresh(self) -> None:
        candidates = [Path(p) for p in (memory.last_folder(memory.BACKUP_FOLDER),) if p]
        auto = self.status.settings.auto_folder if self.status else None
        candidates += [Path(auto)] if auto else []
        self.ctx.call(
            load_status,
            candidates,
            on_success=self._show_status,
            on_error=self._status_failed,
            owner=self,
        )

    def _settings_saved(self) -> None:
        """The reminder days may have changed: the status and the banner look again."""
        self.refresh()
        reminder.refresh(self.window(), self.ctx)

    def _status_failed(self, exc: BaseException) -> None:
        """A damaged station may not even say when it was last backed up."""
        errors.log_unexpected(exc, "backup status")
        self.auto_box.setEnabled(False)
        self._set_status(
            self.tr(
                "The backup status cannot be read: the station is damaged. Restore a "
                "backup (button below)."
            ),
            warn=True,
        )

    def _show_status(self, found: StatusWithPlace) -> None:
        if self.status is None:  # later refreshes leave what is being typed alone
            self.auto_box.show_settings(found.status.settings)
        status = self.status = found.status
        if status.last_at is None:
            self._set_status(self.tr("No backup has been made yet."), warn=True)
            return
        text = fmt(
            self.tr("Last backup: {when} ({age}), file {file}"),
            when=when_text(status.last_at),
            age=age_text(status.age_days or 0),
            file=status.last_file or "",
        )
        if found.folder is not None:
            text += fmt(self.tr(", in the folder {folder}"), folder=str(found.folder))
        if status.due:
            warning = self.tr("It is older than the reminder ({days} days): please back up now.")
            text += "\n" + fmt(warning, days=status.reminder_days)
        self._set_status(text, warn=status.due)

    def _set_status(self, text: str, warn: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #d32f2f; font-weight: bold;" if warn else "")

    # --- backing up ----------------------------------------------------------------------

    def back_up(self) -> None:
        caption = self.tr("Choose the folder for the backup (e.g. a USB stick)")
        folder = dialogs.choose_folder(self, caption, memory.last_folder(memory.BACKUP_FOLDER))
        if folder is None:
            return
        memory.remember_folder(memory.BACKUP_FOLDER, folder)
        self.backup_button.setEnabled(False)
        self.result_label.setText(self.tr("Backing up and verifying…"))
        task = self.ctx.call_with_progress(
            self,
            self.tr("Backing up and verifying the copy…"),
            backup_job,
            folder,
            on_success=self._backed_up,
            on_error=self._failed,
        )
        if task.progress_dialog is not None:
            task.progress_dialog.setCancelButton(None)  # a backup takes seconds: no cancel

    def _backed_up(self, result: BackupResult) -> None:
        self.backup_button.setEnabled(True)
        lines = [
            fmt(self.tr("Backup written and verified: {path}"), path=str(result.path)),
            fmt(self.tr("It holds: {counts}"), counts=counts_text(result.counts)),
            audit_text(result.audit_seq, result.audit_head) + " · " + size_text(result.size),
        ]
        self.result_label.setText("\n".join(lines))
        memory.clear_failure(self.ctx.session.paths.folder)
        self.refresh()
        reminder.refresh(self.window(), self.ctx)

    def _failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.result_label.setText(self.failure_text(exc))
        dialogs.error(self, self.result_label.text())

    def failure_text(self, exc: BaseException) -> str:
        if isinstance(exc, NotFound):
            return self.tr("That folder does not exist any more (was the USB stick removed?).")
        if isinstance(exc, XinAnError) and exc.code == "error":  # an OSError while writing
            return self.tr(
                "The backup could not be written in that folder. Is the USB stick "
                "write-protected or removed? Choose another folder; nothing was changed."
            )
        return errors.describe(exc)

    # --- restoring -----------------------------------------------------------------------

    def request_restore(self) -> None:
        """Lock first (the session must be closed), then the restore dialog opens."""
        question = self.tr(
            "To restore a backup, XinAn first locks the station. Then choose the backup "
            "file; nothing is replaced before you have seen what it holds and confirmed. "
            "Lock now?"
        )
        requested = getattr(self.window(), "restore_requested", None)
        if requested is not None and dialogs.ask(self, question, default_yes=True):
            requested.emit()
