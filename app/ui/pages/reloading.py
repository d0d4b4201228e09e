"""One load at a time for a page that shows figures loaded on the worker.

``refresh()`` while a load runs does not start a second one: it asks for one more load
when the running one ends (something may have changed after it started). The page
provides ``ctx``, ``refresh_button``, ``summary`` (where a failure is said, in Chinese),
``load_job()`` (the service and its arguments), ``show_loaded(data)`` and
``failure_context`` (for the log, no student data)::

    class DashboardPage(Reloading, QWidget):
        failure_context = "dashboard"

        def load_job(self):
            return load_dashboard, ()
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject

from app.ui import errors


class Reloading:
    loading = False
    again = False
    failure_context = "page"
    _watched: Any = None
    ctx: Any
    refresh_button: Any
    summary: Any

    def load_job(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        raise NotImplementedError  # each page says what it loads

    def show_loaded(self, data: Any) -> None:
        raise NotImplementedError  # each page shows what it loaded

    def refresh(self) -> bool:
        """Start a load; False when one is running (another follows it)."""
        if self.loading:
            self.again = True
            return False
        self.loading = True
        self.refresh_button.setEnabled(False)
        service, args = self.load_job()
        self.ctx.call(
            service, *args, on_success=self._reloaded, on_error=self._load_failed, owner=self
        )
        return True

    def _reloaded(self, data: Any) -> None:
        self._done_loading()
        self.show_loaded(data)
        if self.again:
            self.again = False
            self.refresh()

    def _done_loading(self) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)

    def _load_failed(self, exc: BaseException) -> None:
        self._done_loading()
        self.again = False
        errors.log_unexpected(exc, self.failure_context)
        self.summary.setText(errors.describe(exc))

    # --- coming back from another window (a growth file) ---------------------------------

    def watch_window(self) -> None:
        """Reload whenever the main window is active again: the user may have changed
        something in a growth file meanwhile. Call from ``on_shown``."""
        window = self.window()  # type: ignore[attr-defined]
        if window is not self and window is not self._watched:
            window.installEventFilter(self)
            self._watched = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self.isVisible():  # type: ignore[attr-defined]
            self.refresh()
        return super().eventFilter(watched, event)  # type: ignore[misc]
