"""``run_center_gui``: the county center's desktop (``xinan center gui``).

    CenterUnlockDialog --unlocked--> CenterWindow --closed--> close the session -> quit

Kept apart from the station's ``AppController``: same QApplication set-up
(``create_application``: language, style), same single worker, its own small flow.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.services.center import CenterSession
from app.ui import dialogs, errors
from app.ui.application import create_application
from app.ui.center.context import CenterContext
from app.ui.center.unlock_dialog import CenterUnlockDialog
from app.ui.center.window import CenterWindow
from app.ui.tasks import TaskRunner


class CenterShell(QObject):
    """Owns the worker, the center session and the two top-level windows."""

    quit_requested = Signal()
    opened = Signal(object)  # the CenterWindow, once unlocked
    released = Signal()  # the session is closed (the center lock released)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.runner = TaskRunner(self)
        self.runner.unhandled_error.connect(self._unhandled_error)
        self.unlock_dialog: CenterUnlockDialog | None = None
        self.window: CenterWindow | None = None
        self.context: CenterContext | None = None
        self._stopped = False

    def start(self) -> None:
        self.unlock_dialog = CenterUnlockDialog(self.folder, self.runner)
        self.unlock_dialog.unlocked.connect(self._on_unlocked)
        self.unlock_dialog.rejected.connect(self.quit)
        self.unlock_dialog.show()

    def _on_unlocked(self, session: CenterSession) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        self.context = CenterContext(session, self.runner)
        self.window = CenterWindow(self.context)
        self.window.closed.connect(self._window_closed)
        self.window.show()
        self.opened.emit(self.window)

    def _window_closed(self) -> None:
        self.window = None  # closing already
        self.quit()

    def _close_session(self) -> None:
        context, self.context = self.context, None
        if context is not None:
            context.closed = True
            self.runner.submit(context.session.close, on_success=lambda _: self.released.emit())

    def quit(self) -> None:
        self.shutdown()
        self.quit_requested.emit()

    def shutdown(self) -> None:
        """Close the session and stop the worker (idempotent)."""
        if self._stopped:
            return
        self._stopped = True
        window, self.window = self.window, None
        if window is not None and shiboken6.isValid(window):
            window.closed.disconnect()
            window.close()
            window.deleteLater()
        self._close_session()
        self.runner.stop()
        if self.unlock_dialog is not None and shiboken6.isValid(self.unlock_dialog):
            self.unlock_dialog.hide()
            self.unlock_dialog.deleteLater()
        self.unlock_dialog = None

    def _unhandled_error(self, exc: BaseException) -> None:
        if self.context is not None:
            dialogs.error(self.window, errors.describe(exc))


def run_center_gui(folder: Path, lang: str | None = None) -> int:
    """Unlock the county center in ``folder`` and run its window; the exit code."""
    app = create_application(lang)
    shell = CenterShell(Path(folder))
    shell.quit_requested.connect(app.quit)
    shell.start()
    try:
        return app.exec()
    finally:
        shell.shutdown()
