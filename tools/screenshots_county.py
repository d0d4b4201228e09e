"""Screenshots of the station's 县级同步 page and its bundle preview, for docs/screenshots/.

Run from the repository root under Xvfb with Chinese fonts installed::

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/screenshots_county.py \\
        --demo /tmp/xinan-demo-county

``--demo FOLDER`` builds (or reuses) the demo station there; a county center is created
next to it (``FOLDER-center``) once, and its key file is imported into the station so that
a bundle can be previewed. Writes ``county-page.png`` (the page) and ``county-export.png``
(the preview dialog: exactly what would leave the school) into ``--out``. Nothing is exported.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.screenshots import (  # noqa: E402
    SIZE,
    call,
    close_other_windows,
    demo_station,
    open_window,
    save,
    settle,
    wait,
)

CENTER_PASSWORD = "county-center-demo-1"


def county_key_file(station_folder: Path, county_code: str) -> Path:
    """The key file of a demo county center next to the station (made once)."""
    from app.services import center

    folder = station_folder.parent / f"{station_folder.name}-center"
    key_file = folder.parent / f"{folder.name}.xckey"
    if not key_file.exists():
        created = center.create_center(
            folder, county_code, "越城区心理辅导中心", "center", CENTER_PASSWORD
        )
        with created.session as session:
            center.write_county_key_file(session, key_file)
    return key_file


def prepare(app, controller, window) -> None:  # type: ignore[no-untyped-def]
    """Import the demo center's key and fill in staffing (skipped when done already)."""
    from app.services import county
    from app.sync.bundle import Staffing

    status = call(app, controller, county.status)
    if status.key is None:
        key_file = county_key_file(Path(controller.folder), status.school_county)
        call(app, controller, county.import_county_key, key_file, False)
    if status.staffing is None:
        call(app, controller, county.set_staffing, Staffing(2, 1, 2))


def shoot(app, controller, window, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    page = window.show_page("county")
    page.refresh()
    settle(app, controller)
    saved = [save(window, out / "county-page.png")]
    page.start_export()
    wait(app, lambda: page.county_actions.preview_dialog is not None)
    settle(app, controller)
    dialog = page.county_actions.preview_dialog
    dialog.resize(SIZE.width() - 200, SIZE.height() - 60)
    settle(app, controller, 200)
    saved.append(save(dialog, out / "county-export.png"))
    dialog.tabs.setCurrentIndex(1)
    settle(app, controller, 200)
    saved.append(save(dialog, out / "county-export-tables.png"))
    dialog.reject()
    for path in saved:
        print(f"saved {path}")
    return saved


def main(argv: list[str] | None = None) -> int:
    args, info = demo_station("Screenshots of the county sync page.", argv)
    app, controller, window = open_window(info.folder, info.password, info.username)
    close_other_windows(window)
    try:
        prepare(app, controller, window)
        shoot(app, controller, window, args.out)
    finally:
        controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
