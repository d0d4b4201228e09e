"""The reminder banner: shown when the last backup is older than N days (7 unless changed
in Settings) or there never was one; its 立即备份 backs up, and the banner goes."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from app.services import backup, station
from app.ui import dialogs
from app.ui.backup.reminder import BackupBanner
from tests.ui.helpers import TIMEOUT
from tests.ui.test_backup_panel import backup_panel, backups, open_window, reminder_answered


def backed_up_days_ago(info, folder, days: int) -> None:
    folder.mkdir(exist_ok=True)
    with station.unlock(info.folder, info.password) as session:
        backup.backup(session, folder, now=datetime.now() - timedelta(days=days))


def banner_of(qtbot, window) -> BackupBanner:
    qtbot.waitUntil(lambda: window.findChild(BackupBanner) is not None, timeout=TIMEOUT)
    banner = window.findChild(BackupBanner)
    assert banner.isVisible()
    return banner


def test_an_old_backup_shows_the_banner_and_backing_up_hides_it(
    qtbot, make_controller, station_info, tmp_path
):
    usb = tmp_path / "usb"
    backed_up_days_ago(station_info, usb, 10)
    _controller, window = open_window(qtbot, make_controller, station_info)
    banner = banner_of(qtbot, window)
    assert banner.label.text() == "上次备份已是 10 天前（提醒设为 7 天）。"
    assert banner.button.text() == "立即备份"

    dialogs.preset("folder", usb)
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "settings"
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=TIMEOUT)
    assert len(backups(usb)) == 2
    panel = backup_panel(qtbot, window)
    assert "通过校验" in panel.result_label.text()


def test_a_station_never_backed_up_is_reminded(qtbot, make_controller, station_info):
    _, window = open_window(qtbot, make_controller, station_info)
    assert banner_of(qtbot, window).label.text() == "本站点还从未备份过。"


def test_no_banner_within_the_reminder_days(qtbot, make_controller, station_info, tmp_path):
    backed_up_days_ago(station_info, tmp_path / "usb", 6)
    controller, window = open_window(qtbot, make_controller, station_info)
    reminder_answered(qtbot, controller)
    assert window.findChild(BackupBanner) is None


def test_the_reminder_days_are_set_in_settings(qtbot, make_controller, station_info, tmp_path):
    backed_up_days_ago(station_info, tmp_path / "usb", 10)
    _controller, window = open_window(qtbot, make_controller, station_info)
    banner = banner_of(qtbot, window)
    panel = backup_panel(qtbot, window)
    assert "已超过提醒天数（7 天）" in panel.status_label.text()
    panel.auto_box.reminder.setValue(30)
    qtbot.mouseClick(panel.auto_box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "已超过" not in panel.status_label.text(), timeout=TIMEOUT)
    assert "10 天前" in panel.status_label.text()

    panel.auto_box.reminder.setValue(9)
    qtbot.mouseClick(panel.auto_box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT)
    assert banner.label.text() == "上次备份已是 10 天前（提醒设为 9 天）。"
