"""The shell: page registry order and shortcuts, geometry, busy state, error display."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.errors import NotFound
from app.ui import dialogs
from app.ui.idle import IdleWatcher
from app.ui.nav import PageSpec, ordered
from app.ui.pages import page_specs
from tests.ui.helpers import TIMEOUT, unlock_with, wait_for_main_window, wait_for_unlock_dialog


def _spec(key: str) -> PageSpec:
    return PageSpec(key, lambda: QCoreApplication.translate("Nav", "Settings"), QLabel)


def test_pages_take_their_fixed_places_and_shortcuts():
    specs = ordered(_spec(k) for k in ("settings", "extra", "visits", "dashboard", "students"))
    assert [s.key for s in specs] == ["dashboard", "students", "visits", "settings", "extra"]
    assert [s.shortcut for s in specs] == ["Ctrl+1", "Ctrl+2", "Ctrl+4", "Ctrl+8", None]
    assert _spec("due").shortcut == "Ctrl+3"


def test_a_page_key_registered_twice_is_refused():
    with pytest.raises(ValueError):
        ordered([_spec("settings"), _spec("settings")])


def open_window(qtbot, make_controller, station_info, **kwargs):
    controller = make_controller(station_info.folder, **kwargs)
    controller.start()
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), station_info.password)
    return controller, wait_for_main_window(qtbot, controller)


def test_shortcuts_switch_pages(qtbot, make_controller, station_info):
    dashboard = PageSpec("dashboard", lambda: "Dashboard", lambda ctx: QLabel("dash"))
    others = [spec for spec in page_specs() if spec.key != "dashboard"]
    _, window = open_window(qtbot, make_controller, station_info, pages=[*others, dashboard])
    assert window.current_key() == "dashboard"  # the first page in navigation order
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "dashboard"
    window.nav.setCurrentRow(window.nav.keys().index("settings"))
    assert window.current_key() == "settings"


def test_window_geometry_is_remembered(qtbot, make_controller, station_info):
    controller, window = open_window(qtbot, make_controller, station_info)
    window.resize(700, window.height())  # the offscreen screen is only 800 pixels wide
    assert window.width() == 700
    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        controller.lock()
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), station_info.password)
    again = wait_for_main_window(qtbot, controller)
    assert again.width() == 700  # (heights get clamped to the tiny offscreen screen)


def test_busy_state_shows_in_the_status_bar(qtbot, make_controller, station_info):
    controller, window = open_window(qtbot, make_controller, station_info)
    gate = threading.Event()
    controller.runner.submit(gate.wait, 5)
    assert window.busy_label.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not window.busy_label.isVisible(), timeout=TIMEOUT)


def test_failed_calls_are_explained_in_chinese(qtbot, make_controller, station_info):
    controller, _ = open_window(qtbot, make_controller, station_info)

    def missing(session) -> None:
        raise NotFound("no such record")

    dialogs.preset("error")
    task = controller.context.call(missing)
    qtbot.waitUntil(lambda: task.done, timeout=TIMEOUT)
    assert dialogs.shown[-1] == ("error", "找不到这条记录，它可能已被移除。")


def test_input_restarts_the_idle_clock(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    watcher = IdleWatcher(60_000)
    watcher.start()
    waited = QElapsedTimer()
    waited.start()
    qtbot.waitUntil(lambda: waited.elapsed() > 100, timeout=TIMEOUT)
    assert watcher._clock.elapsed() > 100
    qtbot.keyClick(widget, Qt.Key.Key_A)
    assert watcher._clock.elapsed() < waited.elapsed()
    watcher.stop()
