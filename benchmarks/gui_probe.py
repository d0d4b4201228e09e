"""The Qt side of ``benchmarks/gui_child.py``: hooks that tell when something has been
painted, and the timed actions. Imported by the child only once the key derivation has
started, exactly where ``run_gui`` imports Qt."""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.services.unlock_key import KeyDerivation
from app.ui.application import create_application, start_unlocking

if TYPE_CHECKING:
    from benchmarks.gui_child import Arguments


class AfterPaint(QObject):
    """Calls ``done()`` once, right after the first paint of ``widget`` for which
    ``ready()`` holds (a zero timer: the paint itself has finished by then)."""

    def __init__(self, widget: QWidget, ready: Callable[[], bool], done: Callable[[], None]):
        super().__init__(widget)
        self.widget, self.ready, self.done = widget, ready, done
        self.fired = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.fired and self.ready():
            self.fired = True
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self.done)
        return False


def make_controller(folder: Path, start_page: str, unlocking: Any) -> Any:
    """The real controller (imported only now, as ``run_gui`` does); ``start_page``
    "students" leaves the dashboard out, so the roster comes first (as for teachers)."""
    from app.ui.controller import AppController

    class BenchController(AppController):
        def page_specs(self) -> list[Any]:
            specs = super().page_specs()
            if start_page == "students":
                specs = [spec for spec in specs if spec.key != "dashboard"]
            return specs

    controller = BenchController(folder, unlocking=unlocking)
    controller.start_page = start_page
    return controller


def wait(app: QApplication, until: Callable[[], bool]) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if until() else None)
    timer.start(1)
    if not until():
        loop.exec()
    timer.stop()


def wait_after_paint(app: QApplication, widget: QWidget, ready: Callable[[], bool]) -> float:
    """perf_counter() right after ``widget`` was painted with ``ready()`` true."""
    stamp: list[float] = []
    AfterPaint(widget, ready, lambda: stamp.append(time.perf_counter()))
    widget.update()
    wait(app, lambda: bool(stamp))
    return stamp[0]


def start_page_painted(controller: Any, report: Callable[[], None]) -> None:
    """Hook the start page as soon as the main window exists."""

    def unlocked(is_open: bool) -> None:
        window = controller.main_window
        if not is_open or window is None:
            return
        if controller.start_page == "students":
            page: Any = window.pages["students"]
            AfterPaint(page.table.viewport(), lambda: bool(page.model.rows), report)
        else:
            page = window.pages["dashboard"]
            tile = page.level_tiles[next(iter(page.level_tiles))]
            AfterPaint(tile, lambda: page.data is not None, report)

    controller.unlocked_changed.connect(unlocked)


def open_growth(app: QApplication, controller: Any, student_id: int) -> float:
    """ms from ``open_student`` to the window shown with its first tab filled and painted."""
    from app.ui.growth import find_window, open_window

    window = controller.main_window
    assert window is not None and controller.context is not None
    started = time.perf_counter()
    growth = open_window(controller.context, window, student_id)
    wait(app, lambda: growth.loaded is not None and bool(growth.tabs))
    first = growth.tabs[growth.current_key()]
    done = wait_after_paint(app, first, lambda: True)
    took = (done - started) * 1000
    growth.close()
    wait(app, lambda: find_window(controller.context, student_id) is None)
    return took


def search(app: QApplication, page: Any, text: str) -> float:
    """ms from the search text changing (as by a keystroke, or an input method's commit
    of two characters) to the roster repainted with the result."""
    viewport = page.table.viewport()
    page.search_edit.setText("")
    wait_after_paint(app, viewport, lambda: page.model.search_ids is None)
    started = time.perf_counter()
    page.search_edit.setText(text)
    done = wait_after_paint(
        app, viewport, lambda: not page._search_pending and page.model.search_ids is not None
    )
    return (done - started) * 1000


def interactive(app: QApplication, controller: Any, args: Arguments) -> None:
    window = controller.main_window
    assert window is not None
    page: Any = window.pages["students"]
    started = time.perf_counter()
    wait(app, lambda: not controller.runner.busy)  # the deferred integrity check, and so on
    print(f"checked {(time.perf_counter() - started) * 1000:.0f}", flush=True)
    for query in args.queries:
        for _ in range(args.runs + 1):  # the first is a warm-up
            print(f"search {query} {search(app, page, query):.2f}", flush=True)
    for student_id in args.students:
        for _ in range(args.runs + 1):
            print(f"open {student_id} {open_growth(app, controller, student_id):.2f}", flush=True)


def afterwards(app: QApplication, controller: Any, student_id: int) -> None:
    """A growth file and a search after the start-up, then the peak memory."""
    open_growth(app, controller, student_id)
    window = controller.main_window
    assert window is not None
    page: Any = window.show_page("students")
    wait(app, lambda: bool(page.model.rows))
    search(app, page, "情绪")
    peak = status_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"maxrss {peak}", flush=True)
    print(f"rss_anon {status_kib('RssAnon')}", flush=True)


def status_kib(field: str) -> int:
    """A memory figure of this process from /proc/self/status, in KiB (0 if unknown).

    VmHWM is the peak resident size of this program. ``ru_maxrss`` would be the same
    figure but for a Linux quirk: it keeps the high-water mark of the process image
    before ``exec`` — the parent forked to start us — so a large parent shows through.
    RssAnon is the private part of the resident size now (no library, font or ICU pages).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            line = next(line for line in status if line.startswith(field + ":"))
    except (OSError, StopIteration):
        return 0
    return int(line.split()[1])


def run(args: Arguments, deriving: KeyDerivation | None, password: str, user: str | None) -> int:
    """What ``run_gui`` does after starting the key derivation, with the probes attached."""
    app = create_application(None, demo=True)
    unlocking = start_unlocking(deriving)
    page = "students" if args.mode == "interactive" else args.page
    controller = make_controller(args.station, page, unlocking)
    controller.quit_requested.connect(app.quit)
    loop = QEventLoop()  # like app.exec(): no polling while the start-up is measured

    def painted() -> None:
        print(f"painted {time.monotonic():.6f}", flush=True)
        print(f"cpu {time.process_time():.4f}", flush=True)
        print(f"cpu_main {time.thread_time():.4f}", flush=True)
        loop.quit()

    start_page_painted(controller, painted)
    controller.start(password, user)
    loop.exec()
    if args.mode == "interactive":
        interactive(app, controller, args)
    elif args.then is not None:
        afterwards(app, controller, args.then)
    controller.shutdown()
    return 0
