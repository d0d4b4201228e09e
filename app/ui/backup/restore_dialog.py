"""Restore a backup: choose the file, see what it holds, confirm, restore, then unlock.

Reachable before unlocking (the unlock dialog's "Restore from backup…") and from Settings,
which locks first: ``restore.restore`` refuses a station whose session is open. Steps:

1. the file's plain header (school, time, versions) is read on the worker;
2. a password or recovery code valid when the backup was made opens it: the counts and
   the audit-chain head are shown, verified against the sealed manifest — nothing has
   been replaced yet;
3. a confirmation names the folder the current station will be kept in (renamed, never
   deleted); the restore runs on the worker behind a busy bar, and the result says where
   the old station went. ``restored`` is emitted;
4. the restored station is opened with the same password (``opened(Unlocked)``: the
   unlock dialog hands it to the controller as any unlock). A recovery code cannot open a
   station: after a restore with one, the unlock dialog asks for a password that was valid
   when the backup was made (or the recovery code again, to set a new one).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import CorruptFile, IntegrityFailure, StationLocked, WrongCredentials
from app.services import restore
from app.services.restore import BackupInfo, RestoreResult
from app.ui import dialogs, errors
from app.ui.backup import memory
from app.ui.backup.texts import audit_text, counts_text, size_text, when_text
from app.ui.context import Unlocked, open_station
from app.ui.i18n import fmt
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.ui.unlock_dialog import UnlockDialog

translate = QCoreApplication.translate


def restore_failure_text(exc: BaseException) -> str:
    """Why a backup could not be read or restored, for the user."""
    if isinstance(exc, WrongCredentials):
        return translate(
            "Restore",
            "This password or recovery code does not open the backup. Use a password or "
            "the recovery code that was valid when the backup was made.",
        )
    if isinstance(exc, CorruptFile):
        return translate(
            "Restore",
            "This file is not a XinAn backup, or it is damaged or incomplete. Nothing was changed.",
        )
    if isinstance(exc, IntegrityFailure):
        return translate(
            "Restore",
            "The unpacked backup did not pass verification, so nothing was replaced. Try "
            "another backup file.",
        )
    if isinstance(exc, StationLocked):
        return translate(
            "Restore",
            "The station is still open in this or another window. Close it, then restore.",
        )
    return errors.describe(exc)


class RestoreDialog(QDialog):
    """Emits ``restored(RestoreResult)`` once the backup is in place, then ``opened``
    (Unlocked) or ``not_opened(str)`` (why the user must unlock by hand), and accepts."""

    restored = Signal(object)
    opened = Signal(object)
    not_opened = Signal(str)

    def __init__(self, folder: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.runner = runner
        self.path: Path | None = None
        self.info: BackupInfo | None = None  # opened with the secret: counts verified
        self.busy = False
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(560)
        self._build()
        self._set_busy(False)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = self._text("fieldHint")
        intro.setText(
            self.tr(
                "Choose a backup file (.xbak) and type a password or the recovery code that "
                "was valid when it was made. You see what it holds before anything is replaced."
            )
        )
        layout.addWidget(intro)
        layout.addLayout(self._form())
        self.details_label = self._text("backupDetails")
        self.message = self._text("errorText")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.setTextVisible(False)
        for widget in (self.details_label, self.message, self.busy_bar):
            layout.addWidget(widget)
        layout.addWidget(self._buttons())

    def _text(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _form(self) -> QFormLayout:
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("backupPath")
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName("chooseBackup")
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        self.header_label = self._text("backupHeader")
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setObjectName("backupSecret")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.check_button = QPushButton(self.tr("Open and check"), self)
        self.check_button.setObjectName("checkBackup")
        self.check_button.setDefault(True)  # Enter in the password field checks
        self.check_button.clicked.connect(self.check)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret_edit, 1)
        secret_row.addWidget(self.check_button)
        form = QFormLayout()
        form.addRow(self.tr("Backup file:"), row)
        form.addRow("", self.header_label)
        form.addRow(self.tr("Password or recovery code:"), secret_row)
        return form

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAutoDefault(False)
        box.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.confirm_and_restore)
        box.rejected.connect(self.reject)
        return box

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.busy_bar.setVisible(busy)
        self.choose_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        has_header = self.path is not None and bool(self.header_label.text())
        self.secret_edit.setEnabled(not busy and has_header)
        self.check_button.setEnabled(not busy and has_header)
        self.restore_button.setEnabled(not busy and self.info is not None)
        self._say(text, tone="info")

    def _say(self, text: str, tone: str = "error") -> None:
        self.message.setText(text)
        self.message.setProperty("tone", tone)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    # --- 1. the file ---------------------------------------------------------------------

    def choose_file(self) -> None:
        path = dialogs.open_file(
            self,
            self.tr("Choose the backup file"),
            self.tr("XinAn backups (*.xbak)"),
            memory.last_folder(memory.BACKUP_FOLDER),
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read the plain header of ``path`` (no password needed)."""
        self.path, self.info = Path(path), None
        self.path_edit.setText(str(path))
        self.header_label.clear()
        self.details_label.clear()
        self._set_busy(True, self.tr("Reading the backup file…"))
        self.runner.submit(
            restore.inspect_backup,
            self.path,
            on_success=self._header_read,
            on_error=self._failed,
            owner=self,
        )

    def _header_read(self, info: BackupInfo) -> None:
        header = info.header
        text = fmt(
            self.tr("Backup of {school} (county {county}), made {when}, {size}, XinAn {version}"),
            school=header.school_name,
            county=header.county_code,
            when=when_text(header.created_at),
            size=size_text(info.size),
            version=header.app_version,
        )
        if header.kind == "auto":
            text += self.tr(" (automatic backup)")
        self.header_label.setText(text)
        self._set_busy(False)
        self.secret_edit.setFocus()

    # --- 2. what it holds ----------------------------------------------------------------

    def check(self) -> None:
        if self.path is None or not self.check_button.isEnabled():
            return
        if not self.secret_edit.text():
            self._say(self.tr("Please type a password or the recovery code."))
            return
        self.info = None
        self._set_busy(True, self.tr("Opening the backup and checking its contents…"))
        self.runner.submit(
            restore.inspect_backup,
            self.path,
            self.secret_edit.text(),
            on_success=self._verified,
            on_error=self._failed,
            owner=self,
        )

    def _verified(self, info: BackupInfo) -> None:
        self.info = info
        lines = [
            fmt(self.tr("It holds: {counts}"), counts=counts_text(info.counts or {})),
            audit_text(info.audit_seq, info.audit_head),
            self._who(info.opened_by),
        ]
        self.details_label.setText("\n".join(lines))
        self._set_busy(False)
        self._say(self.tr("The backup is intact. Nothing has been replaced yet."), tone="info")

    def _who(self, opened_by: str | None) -> str:
        if opened_by == "recovery":
            return self.tr("Opened with the recovery code.")
        return fmt(self.tr("Opened with the password of the account {who}."), who=opened_by or "")

    def _failed(self, exc: BaseException) -> None:
        errors.log_unexpected(exc, "restore")
        self._set_busy(False)
        self._say(restore_failure_text(exc))

    # --- 3. replacing --------------------------------------------------------------------

    def confirmation_text(self) -> str:
        info = self.info
        assert info is not None
        text = fmt(
            self.tr("Replace the station in {folder} with the backup of {school} made {when}?"),
            folder=str(self.folder),
            school=info.school_name,
            when=when_text(info.header.created_at),
        )
        if self.folder.exists():
            aside = fmt(
                self.tr(
                    "The current station is not deleted: it is kept next to it, renamed to "
                    "“{name}.before-restore-<date>-<time>”."
                ),
                name=self.folder.name,
            )
            text += "\n\n" + aside
        return text

    def confirm_and_restore(self) -> None:
        if self.info is None or self.path is None:
            return
        if not dialogs.ask(self, self.confirmation_text()):
            return
        self._set_busy(True, self.tr("Restoring: unpacking and verifying the backup…"))
        self.restore_button.setEnabled(False)
        self.runner.submit(
            restore.restore,
            self.path,
            self.folder,
            self.secret_edit.text(),
            on_success=self._done,
            on_error=self._failed,
            owner=self,
        )

    def reject(self) -> None:
        if not self.busy:  # a restore under way finishes first (Esc, the window's ×)
            super().reject()

    def _done(self, result: RestoreResult) -> None:
        secret = self.secret_edit.text()
        self.secret_edit.clear()
        self._set_busy(False)
        self.restore_button.setEnabled(False)
        text = fmt(self.tr("The backup was restored into {folder}."), folder=str(self.folder))
        if result.kept_aside is not None:
            kept = self.tr("The previous station was kept in {aside}.")
            text += "\n" + fmt(kept, aside=str(result.kept_aside))
        dialogs.info(self, text)
        self.restored.emit(result)
        if result.info.opened_by == "recovery":
            self._not_opened()
            return
        self._set_busy(True, self.tr("Opening the restored station…"))
        self.runner.submit(
            open_station,
            self.folder,
            secret,
            result.info.opened_by,
            on_success=self._opened,
            on_error=lambda exc: self._not_opened(errors.describe(exc)),
            owner=self,
        )

    def _opened(self, unlocked: Unlocked) -> None:
        self._set_busy(False)
        self.opened.emit(unlocked)
        self.accept()

    def _not_opened(self, why: str = "") -> None:
        self._set_busy(False)
        text = self.tr(
            "The backup was restored. Unlock it with a password that was valid when the "
            "backup was made, or set a new password with the recovery code."
        )
        self.not_opened.emit(f"{why}\n{text}" if why else text)
        self.accept()


def open_from_unlock(unlock: UnlockDialog) -> RestoreDialog:
    """The restore dialog over the unlock dialog: a restored station opens as any unlock."""
    dialog = RestoreDialog(unlock.folder, unlock.runner, unlock)
    dialog.restored.connect(lambda _result: unlock.station_replaced.emit())
    dialog.opened.connect(unlock._done)
    dialog.not_opened.connect(lambda text: unlock.show_problem(text, shake_it=False))
    dialog.open()
    return dialog
