"""The single background worker: serial, results on the main thread, cancellable."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton

from app.errors import ImportCancelled, NotFound
from app.ui.tasks import TaskRunner, run_with_progress

TIMEOUT = 10_000


@pytest.fixture
def runner():
    made = TaskRunner()
    yield made
    made.stop()


def test_calls_run_one_after_another_on_one_worker_thread(qtbot, runner):
    seen: list[tuple[int, int]] = []
    delivered: list[tuple[int, int]] = []

    def job(n: int) -> int:
        seen.append((n, threading.get_ident()))
        time.sleep(0.01)
        return n

    tasks = [
        runner.submit(job, n, on_success=lambda r: delivered.append((r, threading.get_ident())))
        for n in range(5)
    ]
    with qtbot.waitSignal(tasks[-1].finished, timeout=TIMEOUT):
        pass
    assert [n for n, _ in seen] == [0, 1, 2, 3, 4]
    assert len({ident for _, ident in seen}) == 1
    assert seen[0][1] != threading.get_ident()
    assert delivered == [(n, threading.get_ident()) for n in range(5)]


def test_busy_while_work_is_queued(qtbot, runner):
    gate = threading.Event()
    task = runner.submit(gate.wait, 5)
    assert runner.busy
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert task.done and task.result is True


def test_errors_come_back_to_the_caller(qtbot, runner):
    errors: list[BaseException] = []

    def fail() -> None:
        raise NotFound("nothing here")

    with qtbot.waitSignal(runner.submit(fail, on_error=errors.append).finished, timeout=TIMEOUT):
        pass
    assert isinstance(errors[0], NotFound)


def test_unhandled_errors_are_reported(qtbot, runner):
    with qtbot.waitSignal(runner.unhandled_error, timeout=TIMEOUT) as blocker:
        runner.submit(int, "not a number")
    assert isinstance(blocker.args[0], ValueError)


def test_results_for_a_deleted_owner_are_dropped(qtbot, runner):
    owner = QObject()
    results: list[int] = []
    gate = threading.Event()
    task = runner.submit(lambda: gate.wait(5) and 1, on_success=results.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=TIMEOUT)
    gate.set()
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT):
        pass
    assert results == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def counting(stop_at: int, progress) -> int:
    for done in range(1, 1001):
        if not progress(done, 1000):
            raise ImportCancelled("cancelled")
        if done == stop_at:
            time.sleep(0.05)
    return 1000


def test_progress_reaches_the_main_thread(qtbot, runner):
    steps: list[tuple[int, int]] = []
    task = runner.submit(counting, 0, with_progress=True)
    task.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT):
        pass
    assert task.result == 1000
    assert steps and steps[-1][1] == 1000


def test_cancelling_the_progress_dialog_stops_the_work(qtbot, runner):
    failures: list[BaseException] = []
    gate = threading.Event()

    def job(progress) -> int:
        progress(1, 1000)
        gate.wait(5)  # the user clicks Cancel meanwhile
        return counting(0, progress)

    task = run_with_progress(runner, None, "导入中…", job, on_error=failures.append)
    qtbot.waitUntil(lambda: task.progress_dialog.maximum() == 1000, timeout=TIMEOUT)
    cancel = task.progress_dialog.findChild(QPushButton)
    assert cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=TIMEOUT)
    assert task.cancelled
    assert isinstance(failures[0], ImportCancelled)


def test_stopped_runner_refuses_work(runner):
    runner.stop()
    with pytest.raises(RuntimeError):
        runner.submit(print)
