"""The application flow: set-up wizard or unlock dialog, main window, lock, quit.

    no station  -> SetupWizard --completed--> main window
    station     -> UnlockDialog (or a direct unlock with a given password) -> main window
    main window --Ctrl+L / idle--> stash input, close windows, close session -> UnlockDialog
    main window closed by the user -> close session (releases the station lock) -> quit

Nothing here blocks in a nested event loop: every window is shown with ``show()`` and
reports back through signals, so a lock can happen at any moment.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.services.session import DB_NAME
from app.ui import dialogs, errors
from app.ui.context import ShellContext, Unlocked, open_station
from app.ui.idle import IdleWatcher
from app.ui.lockable import InputStash, all_windows
from app.ui.main_window import MainWindow
from app.ui.nav import PageSpec
from app.ui.settings import AppSettings
from app.ui.setup_wizard import SetupWizard
from app.ui.tasks import TaskRunner
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
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.settings = settings or AppSettings(self)
        self.runner = TaskRunner(self)
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
            self.show_wizard()
        elif password:
            self.runner.submit(
                open_station,
                self.folder,
                password,
                username,
                on_success=self._on_unlocked,
                on_error=lambda exc: self.show_unlock(username or "", exc),
            )
        else:
            self.show_unlock()

    def show_wizard(self) -> None:
        self.wizard = SetupWizard(self.folder, self.runner)
        self.wizard.completed.connect(self._on_unlocked)
        self.wizard.rejected.connect(self.quit)
        self.wizard.show()

    def show_unlock(self, username: str | None = None, error: BaseException | None = None) -> None:
        name = username if username is not None else self.settings.last_user(self.folder)
        self.unlock_dialog = UnlockDialog(self.folder, self.runner, name)
        self.unlock_dialog.unlocked.connect(self._on_unlocked)
        self.unlock_dialog.rejected.connect(self.quit)
        self.unlock_dialog.show()
        if error is not None:
            self.unlock_dialog.show_error(error)

    # --- unlocked ------------------------------------------------------------------------

    def _on_unlocked(self, unlocked: Unlocked) -> None:
        self._forget_entry_windows()
        self.unlocked = unlocked
        self.settings.set_last_user(self.folder, unlocked.session.account.username)
        self.context = ShellContext(unlocked, self.runner, self.settings)
        stash = self._take_stash(unlocked)
        window = MainWindow(self.context, self.page_specs(), stash)
        window.lock_requested.connect(self.lock)
        window.close_requested.connect(self.quit)
        self.main_window = window
        start_page = stash.page if stash and stash.page else window.first_page()
        window.show()
        if start_page:
            window.show_page(start_page)
        if stash is not None:
            stash.restore_into(window)
            stash.reopen_rest(window)
        self.idle.start()
        self.unlocked_changed.emit(True)

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
            self.runner.submit(
                unlocked.session.close, on_success=lambda _: self.station_released.emit()
            )

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
