"""Locking (Ctrl+L, idle timeout) closes the session and keeps unsaved input in memory."""

from __future__ import annotations

from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget

from app.ui import dialogs
from app.ui.context import ShellContext
from app.ui.lockable import Lockable
from app.ui.nav import PageSpec
from app.ui.pages import page_specs
from tests.ui.helpers import (
    TIMEOUT,
    station_lock_is_free,
    unlock_with,
    wait_for_main_window,
    wait_for_unlock_dialog,
)


class NoteEditor(Lockable, QDialog):
    """An editor dialog that is closed by a lock and reopened afterwards."""

    reopened: ClassVar[list[NoteEditor]] = []

    def __init__(self, student_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.student_id = student_id
        self.text = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.text)

    def lock_key(self) -> str:
        return f"note-editor/{self.student_id}"

    def stash_input(self) -> Any | None:
        return (
            {"student_id": self.student_id, "text": self.text.text()} if self.text.text() else None
        )

    def restore_input(self, data: Any) -> None:
        self.text.setText(data["text"])

    @classmethod
    def reopen_after_unlock(cls, window: QWidget, key: str, data: Any) -> bool:
        editor = cls(data["student_id"], window)
        editor.restore_input(data)
        editor.show()
        cls.reopened.append(editor)
        return True


class DraftPage(Lockable, QWidget):
    """A page with one field of unsaved input."""

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.draft)

    def lock_key(self) -> str:
        return "draft-page"

    def stash_input(self) -> Any | None:
        return self.draft.text() or None

    def restore_input(self, data: Any) -> None:
        self.draft.setText(data)


def pages_with_draft() -> list[PageSpec]:
    title = lambda: QCoreApplication.translate("Nav", "Students")  # noqa: E731
    others = [spec for spec in page_specs() if spec.key != "students"]
    return [*others, PageSpec("students", title, DraftPage)]


def open_main_window(qtbot, make_controller, station_info, **kwargs):
    controller = make_controller(station_info.folder, **kwargs)
    controller.start()
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), station_info.password)
    return controller, wait_for_main_window(qtbot, controller)


def closed(widget: QWidget) -> bool:
    """Hidden, or already deleted along with the locked main window."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def lock_and_wait(qtbot, controller) -> None:
    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        qtbot.keyClick(controller.main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_l_locks_and_the_same_password_unlocks(qtbot, make_controller, station_info):
    controller, window = open_main_window(qtbot, make_controller, station_info)
    lock_and_wait(qtbot, controller)
    assert controller.main_window is None and controller.unlocked is None
    assert station_lock_is_free(station_info.folder)
    dialog = wait_for_unlock_dialog(qtbot, controller)
    assert dialog.username_edit.text() == "counselor"
    unlock_with(qtbot, dialog, station_info.password, "counselor")
    again = wait_for_main_window(qtbot, controller)
    assert again is not window
    assert not station_lock_is_free(station_info.folder)


def test_lock_button_locks(qtbot, make_controller, station_info):
    controller, window = open_main_window(qtbot, make_controller, station_info)
    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    wait_for_unlock_dialog(qtbot, controller)


def test_unsaved_input_survives_a_lock(qtbot, make_controller, station_info):
    controller, window = open_main_window(
        qtbot, make_controller, station_info, pages=pages_with_draft()
    )
    assert {"students", "settings"} <= set(window.nav.keys())
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    window.pages["students"].draft.setText("谈话要点：本周情绪平稳")
    editor = NoteEditor(42, window)
    editor.text.setText("家访记录草稿")
    editor.show()
    NoteEditor.reopened.clear()

    lock_and_wait(qtbot, controller)
    assert closed(editor)
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), station_info.password)
    again = wait_for_main_window(qtbot, controller)

    assert again.current_key() == "students"
    assert again.pages["students"].draft.text() == "谈话要点：本周情绪平稳"
    assert [e.text.text() for e in NoteEditor.reopened] == ["家访记录草稿"]
    assert NoteEditor.reopened[0].isVisible()


def test_unsaved_input_of_an_unvisited_page_is_kept(qtbot, make_controller, station_info):
    controller, window = open_main_window(
        qtbot, make_controller, station_info, pages=pages_with_draft()
    )
    window.show_page("students").draft.setText("草稿")
    window.show_page("settings")
    lock_and_wait(qtbot, controller)
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), station_info.password)
    again = wait_for_main_window(qtbot, controller)
    assert again.current_key() == "settings" and "students" not in again.pages
    lock_and_wait(qtbot, controller)  # locked again without opening the page
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), station_info.password)
    third = wait_for_main_window(qtbot, controller)
    assert third.show_page("students").draft.text() == "草稿"


def test_locking_closes_open_dialogs(qtbot, make_controller, station_info):
    controller, window = open_main_window(qtbot, make_controller, station_info)
    other, orphan = QDialog(window), QDialog()
    other.show()
    orphan.show()
    lock_and_wait(qtbot, controller)
    assert closed(other) and closed(orphan)


def test_idle_station_locks_itself(qtbot, make_controller, station_info):
    controller, _ = open_main_window(qtbot, make_controller, station_info)
    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        controller.idle.set_timeout_ms(150)
    wait_for_unlock_dialog(qtbot, controller)
    assert station_lock_is_free(station_info.folder)


def test_closing_the_window_closes_the_session(qtbot, make_controller, station_info):
    controller, window = open_main_window(qtbot, make_controller, station_info)
    with qtbot.waitSignal(controller.quit_requested, timeout=TIMEOUT):
        window.close()
    assert station_lock_is_free(station_info.folder)


def test_closing_with_unsaved_input_asks_first(qtbot, make_controller, station_info):
    controller, window = open_main_window(
        qtbot, make_controller, station_info, pages=pages_with_draft()
    )
    window.show_page("students").draft.setText("未保存")
    dialogs.preset("ask", False)
    window.close()
    assert window.isVisible()
    assert not station_lock_is_free(station_info.folder)
    dialogs.preset("ask", True)
    with qtbot.waitSignal(controller.quit_requested, timeout=TIMEOUT):
        window.close()
