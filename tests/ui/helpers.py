"""Small helpers shared by the GUI tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.errors import StationLocked
from app.store.lock import StationLock
from app.ui.controller import AppController
from app.ui.main_window import MainWindow
from app.ui.unlock_dialog import UnlockDialog

TIMEOUT = 15_000


def wait_for_main_window(qtbot, controller: AppController) -> MainWindow:
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible(),
        timeout=TIMEOUT,
    )
    assert controller.main_window is not None
    return controller.main_window


def wait_for_unlock_dialog(qtbot, controller: AppController) -> UnlockDialog:
    qtbot.waitUntil(
        lambda: controller.unlock_dialog is not None and controller.unlock_dialog.isVisible(),
        timeout=TIMEOUT,
    )
    assert controller.unlock_dialog is not None
    return controller.unlock_dialog


def unlock_with(qtbot, dialog: UnlockDialog, password: str, username: str = "") -> None:
    dialog.username_edit.setText(username)
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def station_lock_is_free(folder: Path) -> bool:
    lock = StationLock(folder / "station.lock")
    try:
        lock.acquire()
    except StationLocked:
        return False
    lock.release()
    return True
