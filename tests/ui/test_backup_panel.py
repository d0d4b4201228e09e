"""Settings → 备份与恢复: 立即备份 on a real station into real folders — the verified result,
the folder remembered, and a vanished, read-only or full folder (one clear sentence, the
earlier backups untouched). Helpers here are shared by the other backup/restore tests."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt

from app.services import restore, station
from app.ui import dialogs
from app.ui.backup import memory
from app.ui.backup.backup_panel import BackupPanel
from app.ui.backup.texts import grouped
from app.ui.controller import AppController
from app.ui.main_window import MainWindow
from tests.conftest import StationInfo, damage_a_page, snapshot
from tests.ui.helpers import TIMEOUT, wait_for_main_window
from tests.unit.test_backup import fill

# --- shared helpers --------------------------------------------------------------------


def prepare(info: StationInfo, students: int) -> None:
    """``students`` students with a flag and a talk each, before the GUI opens."""
    with station.unlock(info.folder, info.password) as session:
        fill(session, students)


def open_window(qtbot, make_controller, info: StationInfo) -> tuple[AppController, MainWindow]:
    controller = make_controller(info.folder)
    controller.start(password=info.password, username="counselor")
    return controller, wait_for_main_window(qtbot, controller)


def backup_panel(qtbot, window: MainWindow) -> BackupPanel:
    page = window.show_page("settings")
    assert page is not None
    panel = page.findChild(BackupPanel)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.status is not None, timeout=TIMEOUT)
    return panel


def open_panel(qtbot, make_controller, info: StationInfo):
    controller, window = open_window(qtbot, make_controller, info)
    return controller, window, backup_panel(qtbot, window)


def back_up_into(qtbot, panel: BackupPanel, folder: Path) -> str:
    """Click 立即备份…, answer the folder dialog with ``folder``; the result's text."""
    dialogs.preset("folder", folder)
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "通过校验" in panel.result_label.text(), timeout=TIMEOUT)
    return panel.result_label.text()


def failed_backup_into(qtbot, panel: BackupPanel, folder: Path) -> str:
    """Click 立即备份… for a folder that cannot take it; the one error the user reads."""
    dialogs.preset("folder", folder)
    dialogs.preset("message")
    before = len(dialogs.shown)
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(k == "error" for k, _ in dialogs.shown[before:]), timeout=TIMEOUT)
    errors = [text for kind, text in dialogs.shown[before:] if kind == "error"]
    assert len(errors) == 1
    assert panel.result_label.text() == errors[0]
    assert panel.backup_button.isEnabled()
    return errors[0]


def reminder_answered(qtbot, controller: AppController) -> None:
    """Wait until the unlock's deferred checks are done (the idle watcher starts then, in
    the callback that also asks for the backup reminder) and the worker is idle again:
    the reminder's answer has then reached the window."""
    qtbot.waitUntil(lambda: controller.idle._installed, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=TIMEOUT)


def backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.xbak"))


def is_root() -> bool:
    return os.geteuid() == 0


@contextlib.contextmanager
def stick(folder: Path) -> Iterator[Path]:
    """A folder standing for a USB stick: a small tmpfs of its own when running as root
    (so that it can be made read-only for root too), a plain folder otherwise."""
    folder.mkdir()
    if not is_root():
        yield folder
        folder.chmod(0o700)
        return
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def write_protect(folder: Path) -> None:
    """The stick's write-protect switch (root ignores file modes: remount read-only)."""
    if is_root():
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        folder.chmod(0o500)


@contextlib.contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """No file may grow past ``limit`` bytes (writes fail with EFBIG: the disk is "full").
    Works for any user; only the backup is written while it is in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


# --- tests -------------------------------------------------------------------------------


def test_back_up_now_writes_a_verified_backup_and_shows_what_it_holds(
    qtbot, make_controller, station_info, tmp_path
):
    prepare(station_info, 3)
    usb = tmp_path / "usb"
    usb.mkdir()
    _, _, panel = open_panel(qtbot, make_controller, station_info)
    assert panel.status_label.text() == "还从未备份过。"

    text = back_up_into(qtbot, panel, usb)
    (made,) = backups(usb)
    info = restore.inspect_backup(made, station_info.password)
    assert info.students == 3 and info.school_name == "绍兴市越城区第一中学"
    assert f"备份已写入并通过校验：{made}" in text
    assert "学生 3，预警记录 3" in text
    assert f"审计链末条：第 {info.audit_seq} 条，{grouped(info.audit_head or '')}" in text
    qtbot.waitUntil(lambda: "上次备份：" in panel.status_label.text(), timeout=TIMEOUT)
    assert made.name in panel.status_label.text()
    assert f"位于文件夹 {usb}" in panel.status_label.text()
    assert memory.last_folder(memory.BACKUP_FOLDER) == str(usb)  # offered next time


def test_the_folder_is_remembered_and_offered_again(
    qtbot, make_controller, station_info, tmp_path, monkeypatch
):
    usb = tmp_path / "usb"
    usb.mkdir()
    _, _, panel = open_panel(qtbot, make_controller, station_info)
    back_up_into(qtbot, panel, usb)
    offered: list[str] = []
    real = dialogs.choose_folder

    def choose_folder(parent, caption, folder=""):
        offered.append(folder)
        return real(parent, caption, folder)

    monkeypatch.setattr(dialogs, "choose_folder", choose_folder)
    dialogs.preset("folder", None)  # cancelled: nothing happens
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    assert offered == [str(usb)]
    assert len(backups(usb)) == 1


def test_a_vanished_folder_is_one_clear_sentence(qtbot, make_controller, station_info, tmp_path):
    _, _, panel = open_panel(qtbot, make_controller, station_info)
    sentence = failed_backup_into(qtbot, panel, tmp_path / "removed-stick")
    assert sentence == "这个文件夹已不存在（U盘是否已拔出？）。"
    assert not (tmp_path / "removed-stick").exists()
    assert panel.status_label.text() == "还从未备份过。"


def test_a_write_protected_stick_keeps_the_earlier_backup(
    qtbot, make_controller, station_info, tmp_path
):
    _, _, panel = open_panel(qtbot, make_controller, station_info)
    with stick(tmp_path / "usb") as usb:
        back_up_into(qtbot, panel, usb)
        kept = snapshot(usb)
        write_protect(usb)
        sentence = failed_backup_into(qtbot, panel, usb)
        assert sentence.startswith("无法在这个文件夹中写入备份")
        assert snapshot(usb) == kept
        assert restore.inspect_backup(backups(usb)[0], station_info.password).students == 0


def test_a_full_stick_keeps_the_earlier_backup(qtbot, make_controller, station_info, tmp_path):
    prepare(station_info, 2)
    usb = tmp_path / "usb"
    usb.mkdir()
    _, _, panel = open_panel(qtbot, make_controller, station_info)
    back_up_into(qtbot, panel, usb)
    kept = snapshot(usb)
    (first,) = backups(usb)
    with file_size_limit(first.stat().st_size // 2):
        sentence = failed_backup_into(qtbot, panel, usb)
    assert sentence.startswith("磁盘（或U盘）已满")
    assert snapshot(usb) == kept  # the earlier backup, and no temp file
    assert restore.inspect_backup(first, station_info.password).students == 2


def test_a_damaged_station_is_not_backed_up(qtbot, make_controller, station_info, tmp_path):
    """A station that failed its integrity check opens read-only; backing it up would
    carry the damage, so the panel says so and points to the restore."""
    prepare(station_info, 1)
    damage_a_page(station_info)
    usb = tmp_path / "usb"
    usb.mkdir()
    controller, _ = open_window(qtbot, make_controller, station_info)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.built_read_only,
        timeout=TIMEOUT,
    )
    panel = backup_panel(qtbot, controller.main_window)
    sentence = failed_backup_into(qtbot, panel, usb)
    assert "完整性检查" in sentence and "备份" in sentence
    assert backups(usb) == []
