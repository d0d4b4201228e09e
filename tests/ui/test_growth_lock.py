"""Unsaved input in a growth window: asked about on close, kept over a lock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.enums import WarningLevel
from app.ui import dialogs
from app.ui import growth as growth_ui
from tests.ui.growth_helpers import (
    add_students,
    gone,
    open_growth,
    prepare,
    press,
    type_into,
    unlock,
    wait_loaded,
)
from tests.ui.helpers import TIMEOUT, unlock_with, wait_for_main_window, wait_for_unlock_dialog


def _half_typed_note(qtbot, window) -> None:
    form = window.show_tab("contacts").form
    type_into(qtbot, form.fields["with_whom"].widget, "学生本人")
    type_into(qtbot, form.fields["note"].widget, "谈到与同桌的矛盾，情绪")


def _lock(qtbot, controller) -> None:
    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        press(qtbot, controller.main_window, Qt.Key.Key_L)


def _unlock_again(qtbot, controller, station_info):
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), station_info.password)
    return wait_for_main_window(qtbot, controller)


def test_closing_with_unsaved_input_asks_first(qtbot, make_controller, station_info):
    ids = prepare(station_info, add_students)
    _, main = unlock(qtbot, make_controller, station_info)
    window = open_growth(qtbot, main, ids["zhang"])
    _half_typed_note(qtbot, window)
    dialogs.preset("ask", False)  # keep it
    window.close()
    assert window.isVisible()
    note = window.tabs["contacts"].form.fields["note"]
    assert note.get() == "谈到与同桌的矛盾，情绪"
    assert "未保存" in dialogs.shown[-1][1]
    dialogs.preset("ask", True)  # discard it
    press(qtbot, window, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: gone(window), timeout=TIMEOUT)
    assert growth_ui.find_window(main.ctx, ids["zhang"]) is None


def test_closing_without_changes_does_not_ask(qtbot, make_controller, station_info):
    ids = prepare(station_info, add_students)
    _, main = unlock(qtbot, make_controller, station_info)
    window = open_growth(qtbot, main, ids["zhang"])
    window.show_tab("visits")  # a form with default values is not a change
    window.close()
    assert gone(window) and dialogs.shown == []


def test_a_lock_keeps_the_half_typed_note(qtbot, make_controller, station_info):
    ids = prepare(station_info, add_students)
    controller, main = unlock(qtbot, make_controller, station_info)
    window = open_growth(qtbot, main, ids["zhang"])
    _half_typed_note(qtbot, window)
    _lock(qtbot, controller)  # no question: the shell keeps the input
    assert gone(window) and dialogs.shown == []

    again = _unlock_again(qtbot, controller, station_info)
    qtbot.waitUntil(lambda: growth_ui.find_window(again.ctx, ids["zhang"]) is not None)
    reopened = growth_ui.find_window(again.ctx, ids["zhang"])
    wait_loaded(qtbot, reopened)
    assert reopened is not window and reopened.parent() is again
    assert reopened.current_key() == "contacts"
    form = reopened.tabs["contacts"].form
    assert form.fields["note"].get() == "谈到与同桌的矛盾，情绪"
    assert form.fields["with_whom"].get() == "学生本人"
    assert form.dirty and form.save_button.isEnabled()


def test_a_lock_keeps_the_level_dialog(qtbot, make_controller, station_info):
    ids = prepare(station_info, add_students)
    controller, main = unlock(qtbot, make_controller, station_info)
    window = open_growth(qtbot, main, ids["zhang"])
    dialog = window.show_tab("flags").open_level_dialog()
    dialog.form.fields["level"].set(WarningLevel.ORANGE.value)
    type_into(qtbot, dialog.form.fields["reason"].widget, "自述有自伤念头")
    _lock(qtbot, controller)
    assert gone(dialog) and gone(window)

    again = _unlock_again(qtbot, controller, station_info)
    qtbot.waitUntil(lambda: growth_ui.find_window(again.ctx, ids["zhang"]) is not None)
    reopened = growth_ui.find_window(again.ctx, ids["zhang"])
    wait_loaded(qtbot, reopened)
    dialog = reopened.tabs["flags"].dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.fields["reason"].get() == "自述有自伤念头"
    assert dialog.form.fields["level"].get() == "orange"


def test_nothing_typed_nothing_reopened(qtbot, make_controller, station_info):
    ids = prepare(station_info, add_students)
    controller, main = unlock(qtbot, make_controller, station_info)
    open_growth(qtbot, main, ids["zhang"])
    _lock(qtbot, controller)
    again = _unlock_again(qtbot, controller, station_info)
    qtbot.wait(100)
    assert growth_ui.find_window(again.ctx, ids["zhang"]) is None
