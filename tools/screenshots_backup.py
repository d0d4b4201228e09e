"""Screenshots of 备份与恢复 and 关于心安, for docs/screenshots/.

Run from the repository root under Xvfb with Chinese fonts installed::

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/screenshots_backup.py \\
        --demo /tmp/xinan-demo-backup

``--demo FOLDER`` builds (or reuses) the demo station there. Writes into ``--out``:

* ``backup-reminder.png``: the main window with the reminder banner (when a backup is due);
* ``backup.png``: Settings → 备份与恢复 after 立即备份 into a temporary folder (the
  verified result: what the backup holds, its audit head);
* ``restore-preview.png``: the station locked, 从备份恢复… on the unlock dialog, that
  backup chosen and opened with the password: what it holds, before anything is replaced
  (nothing is restored);
* ``backup-unlock.png``: the unlock dialog with its 从备份恢复… button;
* ``about.png``: the About dialog (F1).

The demo station gets one more backup recorded (its "last backup" time); nothing else.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from tools.screenshots import OUT, SIZE, close_other_windows, open_window, save, settle, wait  # noqa: E402


def shoot_settings(app: QApplication, controller, window, usb: Path, out: Path) -> Path:  # type: ignore[no-untyped-def]
    from app.ui import dialogs
    from app.ui.backup.backup_panel import BackupPanel
    from app.ui.backup.reminder import BackupBanner

    banner = window.findChild(BackupBanner)
    if banner is not None and banner.isVisible():
        print(f"saved {save(window, out / 'backup-reminder.png')}")
    page = window.show_page("settings")
    panel = page.findChild(BackupPanel)
    dialogs.preset("folder", usb)
    panel.back_up()
    wait(app, lambda: panel.backup_button.isEnabled() and bool(list(usb.glob("*.xbak"))))
    settle(app, controller)
    scroll = page.findChild(QScrollArea)
    top = panel.mapTo(scroll.widget(), QPoint(0, 0)).y()
    scroll.verticalScrollBar().setValue(top - 12)
    settle(app, controller, 100)
    return save(window, out / "backup.png")


def shoot_restore(app: QApplication, controller, backup_file: Path, password: str, out: Path):  # type: ignore[no-untyped-def]
    from app.ui import dialogs

    controller.lock()
    wait(app, lambda: controller.unlock_dialog is not None and controller.unlock_dialog.isVisible())
    unlock = controller.unlock_dialog
    settle(app, controller)
    print(f"saved {save(unlock, out / 'backup-unlock.png')}")
    unlock.open_restore()
    dialog = unlock.restore_dialog
    dialogs.preset("open_file", backup_file)
    dialog.choose_file()
    wait(app, lambda: bool(dialog.header_label.text()))
    dialog.secret_edit.setText(password)
    dialog.check()
    wait(app, lambda: dialog.info is not None)
    settle(app, controller)
    dialog.adjustSize()
    settle(app, controller, 100)
    return save(dialog, out / "restore-preview.png")


def shoot_about(app: QApplication, controller, window, out: Path) -> Path:  # type: ignore[no-untyped-def]
    from app.ui.about_dialog import AboutDialog, show_about

    show_about(window, window.ctx)
    wait(app, lambda: window.findChild(AboutDialog) is not None)
    dialog = window.findChild(AboutDialog)
    settle(app, controller, 200)
    path = save(dialog, out / "about.png")
    dialog.close()
    return path


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Screenshots of backup, restore and About.")
    parser.add_argument("--demo", type=Path, metavar="FOLDER", required=True)
    parser.add_argument("--students", type=int, default=600, help="demo size (default 600)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    from app.services import demo

    args = parse(argv)
    info = demo.ensure_demo(args.demo, args.students)
    app, controller, window = open_window(info.folder, info.password, info.username)
    close_other_windows(window)
    window.resize(SIZE)
    settle(app, controller)
    try:
        with tempfile.TemporaryDirectory(prefix="xinan-usb-") as usb:
            print(f"saved {shoot_settings(app, controller, window, Path(usb), args.out)}")
            print(f"saved {shoot_about(app, controller, window, args.out)}")
            (made,) = Path(usb).glob("*.xbak")
            print(f"saved {shoot_restore(app, controller, made, info.password, args.out)}")
    finally:
        controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
