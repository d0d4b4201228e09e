"""关于心安: XinAn's version, the database schema version and the SQLCipher version (plus Qt,
the data folder) — from F1, the status bar and Settings."""

from __future__ import annotations

from pathlib import Path

import PySide6
import sqlcipher3
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app import __version__
from app.ui.about_dialog import AboutDialog
from tests.ui.helpers import TIMEOUT
from tests.ui.test_backup_panel import open_window

MIGRATIONS = sorted((Path(__file__).parents[2] / "migrations").glob("*.sql"))


def about_dialog(qtbot, window: QWidget) -> AboutDialog:
    def shown() -> AboutDialog | None:
        found = window.findChildren(AboutDialog)
        return next((w for w in found if w.isVisible()), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=TIMEOUT)
    dialog = shown()
    assert dialog is not None and len(found_all(window)) == 1
    return dialog


def found_all(window: QWidget) -> list[AboutDialog]:
    return [w for w in window.findChildren(AboutDialog) if w.isVisible()]


def shown_rows(dialog: AboutDialog) -> dict[str, str]:
    values = dialog.findChildren(QLabel, "aboutValue")
    labels = [label for label, _ in dialog.rows()]
    return dict(zip(labels, (v.text() for v in values), strict=True))


def sqlcipher_version() -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        return conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()


def test_f1_shows_the_three_versions_and_the_data_folder(qtbot, make_controller, station_info):
    _, window = open_window(qtbot, make_controller, station_info)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = about_dialog(qtbot, window)
    assert dialog.windowTitle() == "关于心安"
    rows = shown_rows(dialog)
    assert rows["心安版本："] == __version__
    assert rows["数据库结构版本："] == str(int(MIGRATIONS[-1].name.split("_")[0]))
    assert rows["SQLCipher 版本："].startswith(sqlcipher_version() + " (SQLite ")
    assert rows["Qt / PySide6："] == f"Qt {qVersion()} / PySide6 {PySide6.__version__}"
    assert rows["数据文件夹："] == str(station_info.folder)

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"心安版本： {__version__}" in copied and str(station_info.folder) in copied


def test_the_status_bar_and_settings_open_it_too(qtbot, make_controller, station_info):
    _, window = open_window(qtbot, make_controller, station_info)
    button = window.statusBar().findChild(QPushButton, "aboutButton")
    assert button is not None and button.text() == "关于"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = about_dialog(qtbot, window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # one dialog, raised again
    assert about_dialog(qtbot, window) is dialog
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)

    page = window.show_page("settings")
    box = page.findChild(QLabel, "aboutVersion")
    assert box.text() == f"心安 版本 {__version__}"
    qtbot.mouseClick(page.findChild(QPushButton, "openAbout"), Qt.MouseButton.LeftButton)
    assert shown_rows(about_dialog(qtbot, window))["心安版本："] == __version__
