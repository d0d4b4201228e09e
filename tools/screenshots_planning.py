"""Screenshots of the Home visits page with 家访计划 and 重点群体随访, for docs/screenshots/.

Run from the repository root under Xvfb with Chinese fonts installed::

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/screenshots_planning.py \\
        --demo /tmp/xinan-demo-planning

``--demo FOLDER`` builds (or reuses) the demo station there. Writes into ``--out``:

* ``visits.png``: the Home visits page (coverage per grade and class, the students);
* ``visits-plan.png``: the plan dialog (a class, three students ticked with their days);
* ``visits-plan-list.png``: the 家访计划 tab after saving that plan (when the days are
  still free; the demo station keeps the plan);
* ``visits-plan-followups.png``: the 重点群体随访 tab (overdue students first).
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from tools.screenshots import (  # noqa: E402
    SIZE,
    close_other_windows,
    demo_station,
    open_window,
    save,
    settle,
    wait,
)


def shoot_page(app: QApplication, controller, window, out: Path):  # type: ignore[no-untyped-def]
    page = window.show_page("visits")
    wait(app, lambda: page.overview is not None and not page.loading)
    settle(app, controller)
    window.resize(SIZE)
    settle(app, controller, 100)
    print(f"saved {save(window, out / 'visits.png')}")
    return page


def shoot_dialog(app: QApplication, controller, page, out: Path):  # type: ignore[no-untyped-def]
    page.plan_visits()
    dialog = page.plans.dialog
    wait(app, dialog.loaded)
    month_end = date.today().replace(day=28)
    days = [min(date.today() + timedelta(days=n), month_end) for n in (1, 3, 6)]
    for row, day in enumerate(days):
        dialog.model.tick([dialog.model.rows[row].student_id], max(day, date.today()))
    dialog.purpose_edit.setText("学年实地家访，了解家庭教育情况")
    settle(app, controller)
    print(f"saved {save(dialog, out / 'visits-plan.png')}")
    return dialog


def shoot_tabs(app: QApplication, controller, window, page, dialog, out: Path) -> None:  # type: ignore[no-untyped-def]
    if dialog.save_button.isEnabled():
        dialog.save()
        wait(app, lambda: not dialog.isVisible(), 10_000)
    dialog.close()
    page.tabs.setCurrentWidget(page.plans)
    page.plans.reload()
    wait(app, lambda: page.plans.loaded)
    settle(app, controller)
    print(f"saved {save(window, out / 'visits-plan-list.png')}")
    page.tabs.setCurrentWidget(page.follow_ups)
    page.follow_ups.reload()
    settle(app, controller)
    print(f"saved {save(window, out / 'visits-plan-followups.png')}")


def main(argv: list[str] | None = None) -> int:
    args, info = demo_station("Screenshots of home-visit planning.", argv)
    app, controller, window = open_window(info.folder, info.password, info.username)
    close_other_windows(window)
    try:
        page = shoot_page(app, controller, window, args.out)
        dialog = shoot_dialog(app, controller, page, args.out)
        shoot_tabs(app, controller, window, page, dialog, args.out)
    finally:
        controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
