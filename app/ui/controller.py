"""The application flow: set-up wizard or unlock dialog, main window, lock, quit.

    no station  -> SetupWizard --completed--> main window
    station     -> UnlockDialog (or a direct unlock with a given password) -> main window
    main window --Ctrl+L / idle--> stash input, close windows, close session -> UnlockDialog
    main window closed by the user -> close session (releases the station lock) -> quit

Nothing here blocks in a nested event loop: every window is shown with ``show()`` and
reports back through signals, so a lock can happen at any moment.

Start-up speed: the unlock leaves the whole-file integrity check for later
(``station.unlock(defer_checks=True)``); ``station.finish_unlock`` is queued on the worker
right after the first page's loads, so nothing can write before it, and a station that
fails it is shown again read-only. While the worker derives the key (Argon2id releases
the GIL) the main thread imports the main window and the account's first page; the wizard
and the unlock dialog are imported only when they are shown.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.errors import CorruptFile
from app.services import station
from app.services.unlock_key import DB_NAME, SLOTS_NAME, likely_role
from app.ui import dialogs, errors
from app.ui.context import ShellContext, Unlocked, open_station
from app.ui.idle import IdleWatcher
from app.ui.lockable import InputStash, all_windows
from app.ui.nav import PageSpec
from app.ui.settings import AppSettings
from app.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.setup_wizard import SetupWizard
    from app.ui.unlock_dialog import UnlockDialog

log = logging.getLogger(__name__)


class AppController(QObject):
    """Owns the worker, the session and the top-level windows."""

    quit_requested = Signal()
    unlocked_changed = Signal(bool)  # True when a main window opened, False once locked
    station_released = Signal()  # the session is closed and the station lock released

    def __init__(
        self,
        folder: Path,
        pages: Sequence[PageSpec] | None = None,
        settings: AppSettings | None = None,
        parent: QObject | None = None,
        unlocking: Task | None = None,
    ) -> None:
        """``unlocking``: an unlock already submitted (``application.start_unlocking``);
        its worker becomes the controller's and ``start`` waits for its result."""
        super().__init__(parent)
        self.folder = Path(folder)
        self.settings = settings or AppSettings(self)
        self.unlocking = unlocking
        runner = unlocking.runner if unlocking is not None else None
        self.runner = runner or TaskRunner()
        self.runner.setParent(self)
        self.runner.unhandled_error.connect(self._unhandled_error)
        self._pages = pages
        self.unlocked: Unlocked | None = None
        self.context: ShellContext | None = None
        self.main_window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.wizard: SetupWizard | None = None
        self.stash: InputStash | None = None
        self.idle = IdleWatcher(self.settings.auto_lock_minutes() * 60_000, self)
        self.idle.idle.connect(self._idle)
        self.settings.auto_lock_changed.connect(lambda m: self.idle.set_timeout_ms(m * 60_000))
        self._stopped = False

    def page_specs(self) -> list[PageSpec]:
        if self._pages is not None:
            return list(self._pages)
        from app.ui.pages import page_specs

        return page_specs()

    # --- starting ------------------------------------------------------------------------

    def start(self, password: str | None = None, username: str | None = None) -> None:
        if not (self.folder / DB_NAME).exists():  # (a lone key file is damage, not new)
            if (self.folder / SLOTS_NAME).exists():  # the database is gone: restore a backup
                self.show_unlock(error=CorruptFile("the station database is missing"))
                return
            self.show_wizard()
        elif password:
            task, self.unlocking = self.unlocking, None
            if task is None:
                task = self.runner.submit(open_station, self.folder, password, username)
            task.on_success = self._on_unlocked  # delivered later, on this thread
            task.on_error = lambda exc: self.show_unlock(username or "", exc)
            self.preload(username)
        else:
            self.show_unlock()

    def preload(self, username: str | None) -> None:
        """Import the main window and the account's first page before the unlock ends."""
        import app.ui.main_window  # noqa: F401

        role = likely_role(self.folder, username)
        specs = [spec for spec in self.page_specs() if role is None or spec.allows(role)]
        if specs:
            specs[0].preload()

    def show_wizard(self) -> None:
        from app.ui.setup_wizard import SetupWizard

        self.wizard = SetupWizard(self.folder, self.runner)
        self.wizard.completed.connect(self._on_unlocked)
        self.wizard.rejected.connect(self.quit)
        self.wizard.show()

    def show_unlock(self, username: str | None = None, error: BaseException | None = None) -> None:
        from app.ui.unlock_dialog import UnlockDialog

        name = username if username is not None else self.settings.last_user(self.folder)
        self.unlock_dialog = UnlockDialog(self.folder, self.runner, name)
        self.unlock_dialog.unlocked.connect(self._on_unlocked)
        self.unlock_dialog.rejected.connect(self.quit)
        self.unlock_dialog.station_replaced.connect(self._forget_stash)
        self.unlock_dialog.show()
        if error is not None:
            self.unlock_dialog.show_error(error)

    # --- unlocked ------------------------------------------------------------------------

    def _on_unlocked(self, unlocked: Unlocked) -> None:
        self._forget_entry_windows()
        self.unlocked = unlocked
        self.settings.set_last_user(self.folder, unlocked.session.account.username)
        window = self._open_main_window(unlocked, self._take_stash(unlocked))
        context = self.context
        assert context is not None
        context.call(
            station.finish_unlock,
            on_success=self._checked,
            on_error=self._check_failed,
            owner=window,
        )
        self.unlocked_changed.emit(True)

    def _open_main_window(self, unlocked: Unlocked, stash: InputStash | None) -> MainWindow:
        """A new context and main window showing its start page (whose loads go first)."""
        from app.ui.main_window import MainWindow

        self.context = ShellContext(unlocked, self.runner, self.settings)
        window = MainWindow(self.context, self.page_specs(), stash)
        window.lock_requested.connect(self.lock)
        window.close_requested.connect(self.quit)
        window.restore_requested.connect(self.restore_from_backup)
        self.main_window = window
        start_page = stash.page if stash is not None and stash.page else window.first_page()
        window.show()
        if start_page:
            window.show_page(start_page)
        if stash is not None:
            stash.restore_into(window)
            stash.reopen_rest(window)
        return window

    def _checked(self, problems: list[str]) -> None:
        """The deferred checks are done: watch for idleness (its application-wide event
        filter would slow the first paint down), show this account's notices (the sealed
        reports have just been taken in), or show a damaged station again, read-only."""
        window, unlocked, context = self.main_window, self.unlocked, self.context
        if window is None or unlocked is None or context is None:
            return
        self.idle.start()
        if not problems or window.built_read_only:
            from app.ui import notifications  # imported after the first paint

            notifications.show_after_unlock(window, context)
            from app.ui.backup import reminder

            reminder.show_after_unlock(window, context)  # backup older than N days
            return
        log.warning("integrity check failed after unlock; reopening read-only")
        self.stash = self._collect_stash(unlocked.session.account.id)
        self._close_windows()
        if context is not None:
            context.closed = True  # late results of the old pages are dropped
        self._open_main_window(unlocked, self._take_stash(unlocked))

    def _take_stash(self, unlocked: Unlocked) -> InputStash | None:
        stash, self.stash = self.stash, None
        if stash is not None and stash.belongs_to(unlocked.session.account.id):
            return stash
        return None

    def _forget_entry_windows(self) -> None:
        for window in (self.unlock_dialog, self.wizard):
            if window is not None and shiboken6.isValid(window):
                window.hide()
                window.deleteLater()
        self.unlock_dialog = self.wizard = None

    # --- locking -------------------------------------------------------------------------

    def lock(self) -> None:
        """Stash unsaved input, close every window, close the session, ask to unlock."""
        if self.unlocked is None or self.main_window is None:
            return
        self.idle.stop()
        account = self.unlocked.session.account
        self.stash = self._collect_stash(account.id)
        self._close_windows()
        self._close_session()
        self.unlocked_changed.emit(False)
        self.show_unlock(account.username)

    def _collect_stash(self, account_id: int | None) -> InputStash:
        assert self.main_window is not None
        stash = InputStash(account_id)
        previous = self.main_window.stash
        if previous is not None and previous.belongs_to(account_id):
            stash.entries.update(previous.entries)  # input of pages not opened since
        stash.page = self.main_window.current_key()
        stash.collect(all_windows())
        return stash

    def _close_windows(self) -> None:
        window = self.main_window
        for widget in all_windows():
            if widget is window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()
        if window is not None:
            window.dispose()
        self.main_window = None

    def _close_session(self) -> None:
        unlocked, context = self.unlocked, self.context
        self.unlocked = self.context = None
        if context is not None:
            context.closed = True
        if unlocked is not None:
            from app.ui.backup.reminder import auto_backup_before_close

            auto_backup_before_close(self.runner, unlocked.session)  # runs before the close
            self.runner.submit(
                unlocked.session.close, on_success=lambda _: self.station_released.emit()
            )

    def restore_from_backup(self) -> None:
        """Settings → 从备份恢复: the session must be closed first, so lock, then open
        the restore dialog over the unlock dialog (its calls queue after the close)."""
        self.lock()
        if self.unlock_dialog is not None:
            self.unlock_dialog.open_restore()

    def _forget_stash(self) -> None:
        """The station was replaced by a backup: unsaved input of the old one is dropped."""
        self.stash = None

    def _check_failed(self, exc: BaseException) -> None:
        self.idle.start()
        dialogs.show_error(self.main_window, exc, "finish_unlock")

    def _idle(self) -> None:
        if self.runner.busy:  # long work in progress: look again later
            self.idle.start()
        else:
            self.lock()

    # --- quitting ------------------------------------------------------------------------

    def quit(self) -> None:
        self.shutdown()
        self.quit_requested.emit()

    def shutdown(self) -> None:
        """Close the session (releasing the station lock) and stop the worker. Idempotent."""
        if self._stopped:
            return
        self._stopped = True
        self.idle.stop()
        if self.main_window is not None and shiboken6.isValid(self.main_window):
            self.main_window.dispose()
        self.main_window = None
        self._close_session()
        self.runner.stop()
        self._forget_entry_windows()

    def _unhandled_error(self, exc: BaseException) -> None:
        """A failed call nobody handled (already logged by the runner): tell the user."""
        parent: QWidget | None = self.main_window
        if self.unlocked is not None:
            dialogs.error(parent, errors.describe(exc))
