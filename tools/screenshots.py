"""Screenshots of the main window's pages, for docs/screenshots/ and the README.

Run from the repository root under Xvfb with Chinese fonts installed
(``apt-get install -y xvfb fonts-noto-cjk``)::

    xvfb-run -s "-screen 0 1400x900x24" python tools/screenshots.py --demo /tmp/xinan-demo
    xvfb-run -s "-screen 0 1400x900x24" python tools/screenshots.py STATION \\
        --password PW [--user NAME] [--pages dashboard,visits] [--out docs/screenshots]

``--demo FOLDER`` builds (or reuses) the demo station there and signs in as the demo
counselor. Every page registered for the account is shown in turn, left to load its data
on the worker, then grabbed with ``QWidget.grab()`` at 1280x800 into ``<out>/<key>.png``.
``--growth`` also opens the growth file of a red-flagged student (one with a plan and
screenings) and grabs its profile, flags, plan and screenings tabs into
``<out>/growth-<tab>.png``. The README's set::

    xvfb-run -s "-screen 0 1400x900x24" python tools/screenshots.py --demo /tmp/demo-shots \
        --pages dashboard,students,due,visits --growth

Other screens (a growth file, a dialog) can reuse the pieces::

    from tools.screenshots import open_window, settle, save
    app, controller, window = open_window(folder, password)
    dialog = SomeDialog(window.ctx, window); dialog.show(); settle(app, controller)
    save(dialog, Path("docs/screenshots/growth.png"))
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.ui.application import create_application  # noqa: E402
from app.ui.controller import AppController  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

SIZE = QSize(1280, 800)
OUT = ROOT / "docs" / "screenshots"


def wait(app: QApplication, until, timeout_ms: int = 60_000) -> bool:
    """Run the event loop until ``until()`` is true (or the timeout passes)."""
    timer = QElapsedTimer()
    timer.start()
    while not until():
        if timer.elapsed() > timeout_ms:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def settle(app: QApplication, controller: AppController, quiet_ms: int = 400) -> None:
    """Wait until the worker has been idle for ``quiet_ms`` (pages load asynchronously)."""
    quiet = QElapsedTimer()
    quiet.start()

    def calm() -> bool:
        if controller.runner.busy:
            quiet.restart()
        return quiet.elapsed() >= quiet_ms

    wait(app, calm)


def open_window(
    folder: Path, password: str, username: str | None = None, lang: str = "zh_CN"
) -> tuple[QApplication, AppController, MainWindow]:
    """Unlock the station in ``folder`` and return its main window, sized for screenshots."""
    app = create_application(lang)
    controller = AppController(Path(folder))
    controller.start(password, username)
    if not wait(app, lambda: controller.main_window is not None):
        raise SystemExit("the station did not open (wrong password?)")
    window = controller.main_window
    assert window is not None
    window.resize(SIZE)
    window.raise_()
    settle(app, controller)
    return app, controller, window


def close_other_windows(window: QWidget) -> None:
    """Notices shown after unlock would sit on top of the pages in a real screen."""
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()


def save(widget: QWidget, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    return path


def shoot_pages(
    app: QApplication, controller: AppController, window: MainWindow, keys: list[str], out: Path
) -> list[Path]:
    saved = []
    for key in keys:
        if window.show_page(key) is None:
            print(f"skipped {key}: not registered for this account")
            continue
        settle(app, controller)
        window.resize(SIZE)
        settle(app, controller, 100)
        if window.size() != SIZE:
            size = window.size()
            print(f"warning: {key} needs {size.width()}x{size.height()}: clipped on small screens")
        saved.append(save(window, out / f"{key}.png"))
        print(f"saved {saved[-1]}")
    return saved


GROWTH_TABS = ("profile", "flags", "plan", "screenings")


def call(app: QApplication, controller: AppController, service: Any, *args: Any) -> Any:
    """Run ``service(session, *args)`` on the shell's worker (the shell holds the session)."""
    context = controller.context
    assert context is not None
    results: list[Any] = []
    context.call(service, *args, on_success=results.append)
    if not wait(app, lambda: bool(results)):
        raise SystemExit(f"{getattr(service, '__name__', service)} did not finish")
    return results[0]


def red_student(app: QApplication, controller: AppController) -> int:
    """A red-flagged student whose file has a plan and screenings (else any red one)."""
    from app.domain.enums import WarningLevel
    from app.services import growth, students
    from app.services.students import RosterFilter

    rows = call(app, controller, students.roster, RosterFilter(level=WarningLevel.RED))
    if not rows:
        raise SystemExit("no red-flagged student on this station")
    for row in rows:
        file = call(app, controller, growth.open_growth_file, row.student_id)
        if file.plans and file.screenings:
            return int(row.student_id)
    return int(rows[0].student_id)


def shoot_growth(
    app: QApplication, controller: AppController, window: MainWindow, out: Path
) -> list[Path]:
    from app.ui.growth import open_window

    student_id = red_student(app, controller)
    growth = open_window(window.ctx, window, student_id)
    wait(app, lambda: growth.loaded is not None)
    growth.resize(SIZE)
    saved = []
    for key in GROWTH_TABS:
        growth.show_tab(key)
        settle(app, controller)
        saved.append(save(growth, out / f"growth-{key}.png"))
        print(f"saved {saved[-1]}")
    growth.close()
    return saved


def demo_station(description: str, argv: list[str] | None) -> tuple[argparse.Namespace, Any]:
    """``--demo FOLDER [--students N] [--out DIR]`` of the screenshot scripts: the parsed
    arguments and the demo station built (or reused) there (``demo.ensure_demo``)."""
    from app.services import demo

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--demo", type=Path, required=True, metavar="FOLDER")
    parser.add_argument("--students", type=int, default=600)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    return args, demo.ensure_demo(args.demo, args.students)


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Screenshots of XinAn's pages.")
    parser.add_argument("station", nargs="?", type=Path, help="station folder")
    parser.add_argument("--demo", type=Path, metavar="FOLDER", help="build/reuse a demo here")
    parser.add_argument("--students", type=int, default=600, help="demo size (default 600)")
    parser.add_argument("--password", help="password of the account")
    parser.add_argument("--user", help="user name (default: the only/last account)")
    parser.add_argument("--pages", help="comma-separated page keys (default: all registered)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    parser.add_argument("--lang", default="zh_CN", help="zh_CN (default) or en")
    parser.add_argument(
        "--growth", action="store_true", help="also a red-flagged student's growth file"
    )
    args = parser.parse_args(argv)
    if not args.demo and not (args.station and args.password):
        parser.error("give a station folder and --password, or --demo FOLDER")
    return args


def station_of(args: argparse.Namespace) -> tuple[Path, str, str | None]:
    if not args.demo:
        return args.station, args.password, args.user
    from app.services import demo

    info = demo.ensure_demo(args.demo, args.students)
    return info.folder, info.password, info.username


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    folder, password, username = station_of(args)
    app, controller, window = open_window(folder, password, username, args.lang)
    close_other_windows(window)
    keys = args.pages.split(",") if args.pages else list(window.specs)
    try:
        shoot_pages(app, controller, window, keys, args.out)
        if args.growth:
            shoot_growth(app, controller, window, args.out)
    finally:
        controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
