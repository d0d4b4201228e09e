"""One background worker that runs service calls one after another (DESIGN rule 2).

The station's SQLCipher connection is shared and must never be used from two threads at
once, so there is exactly one worker thread and every service call goes through it, in
the order submitted. Results and errors come back on the main (GUI) thread, where the
callbacks run and the ``Task`` signals are emitted; widgets are only touched there.

    task = runner.submit(students.roster, session, on_success=self._show, owner=self)

``owner``: when that QObject has been deleted by the time the result arrives (a page
closed by a lock, say), the callbacks are skipped. Errors without ``on_error`` are
emitted as ``runner.unhandled_error`` (the shell shows them as a message box).

Long work that reports progress takes a ``progress`` keyword: a callable
``progress(done, total) -> bool`` that returns False once the user cancelled; see
``run_with_progress`` for the matching cancellable progress dialog.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui import errors

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class TaskCancelled(Exception):
    """The task was cancelled before it started, or its context was closed."""


class Task(QObject):
    """A submitted call; its signals fire on the main thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]):
        super().__init__()
        self._call = (fn, args, kwargs)
        self._cancel = threading.Event()
        self._last_progress: tuple[int, int] | None = None
        self.name = getattr(fn, "__qualname__", repr(fn))
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.relay: Callable[[Task, int, int], None] | None = None
        self.on_success: Callback | None = None
        self.on_error: Callback | None = None
        self.owner: QObject | None = None
        self.runner: TaskRunner | None = None
        self.progress_dialog: QProgressDialog | None = None

    def cancel(self) -> None:
        """Ask the task to stop; long work sees it through its progress callback."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> bool:
        """Progress callback handed to the work (called on the worker thread)."""
        if self.relay is not None and (done, total) != self._last_progress:
            self._last_progress = (done, total)
            self.relay(self, done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        """Called on the worker thread."""
        if self._cancel.is_set():
            self.error = TaskCancelled(self.name)
            return
        fn, args, kwargs = self._call
        try:
            self.result = fn(*args, **kwargs)
        except BaseException as exc:  # delivered to the main thread; the worker lives on
            self.error = exc

    @property
    def owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)


class _Relay(QObject):
    """Carries finished tasks from the worker thread to the main thread."""

    delivered = Signal(object)
    progress = Signal(object, int, int)


class TaskRunner(QObject):
    """The single worker thread plus the main-thread delivery of results."""

    busy_changed = Signal(bool)
    unhandled_error = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[Task | None] = queue.Queue()
        self._pending = 0
        self._relay = _Relay()
        self._relay.delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._relay.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._loop, name="xinan-worker", daemon=True)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_success: Callback | None = None,
        on_error: Callback | None = None,
        owner: QObject | None = None,
        with_progress: bool = False,
        **kwargs: Any,
    ) -> Task:
        """Queue ``fn(*args, **kwargs)``; ``with_progress`` adds ``progress=task.report``."""
        task = Task(fn, args, kwargs)
        task.on_success, task.on_error, task.owner = on_success, on_error, owner
        task.runner = self
        if with_progress:
            kwargs["progress"] = task.report
            task.relay = self._relay.progress.emit
        if not self._thread.is_alive():
            raise RuntimeError("the task runner has been stopped")
        self._set_pending(self._pending + 1)
        self._queue.put(task)
        return task

    def stop(self, timeout: float = 30.0) -> None:
        """Finish the queued calls, then end the thread (their results are not delivered)."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout)

    def _loop(self) -> None:
        while (task := self._queue.get()) is not None:
            task.run()
            self._relay.delivered.emit(task)

    def _set_pending(self, value: int) -> None:
        was_busy = self.busy
        self._pending = value
        if was_busy != self.busy:
            self.busy_changed.emit(self.busy)

    @Slot(object, int, int)
    def _progress(self, task: Task, done: int, total: int) -> None:
        if not task.done:
            task.progressed.emit(done, total)

    @Slot(object)
    def _deliver(self, task: Task) -> None:
        task.done = True
        self._set_pending(self._pending - 1)
        if task.error is None:
            self._succeed(task)
        else:
            self._fail(task, task.error)
        task.finished.emit()

    def _succeed(self, task: Task) -> None:
        if task.on_success is not None and task.owner_alive:
            task.on_success(task.result)
        task.succeeded.emit(task.result)

    def _fail(self, task: Task, exc: BaseException) -> None:
        if isinstance(exc, TaskCancelled):
            task.failed.emit(exc)
            return
        errors.log_unexpected(exc, task.name)
        if task.on_error is not None:
            if task.owner_alive:
                task.on_error(exc)
        else:
            self.unhandled_error.emit(exc)
        task.failed.emit(exc)


def run_with_progress(
    runner: TaskRunner,
    parent: QWidget | None,
    label: str,
    fn: Callable[..., Any],
    *args: Any,
    **kwargs: Any,
) -> Task:
    """Submit ``fn(..., progress=...)`` behind a window-modal, cancellable progress dialog.

    Cancelling makes the progress callback return False; the work decides how to stop.
    Keyword arguments (on_success, on_error, owner, ...) are passed to ``runner.submit``.
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = runner.submit(fn, *args, with_progress=True, **kwargs)
    task.progressed.connect(lambda done, total: _show_progress(dialog, done, total))
    dialog.canceled.connect(task.cancel)
    task.finished.connect(lambda: _close_quietly(dialog))
    task.progress_dialog = dialog
    return task


def _show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    if shiboken6.isValid(dialog):
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)


def _close_quietly(dialog: QProgressDialog) -> None:
    if shiboken6.isValid(dialog):
        dialog.canceled.disconnect()
        dialog.close()
        dialog.deleteLater()
