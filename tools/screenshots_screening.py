"""Screenshots of the Screening page (心理测评) and its column-mapping preview dialog.

Run from the repository root under Xvfb with Chinese fonts installed::

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/screenshots_screening.py \\
        --demo /tmp/xinan-demo-screening

It writes ``docs/screenshots/screening-preview.png`` and ``docs/screenshots/screening.png``.
The demo station has screenings but no suggested flags, so the tool makes an MHT sheet
from the demo roster (three classes, some abnormal results, two students not in the
roster, the impulsiveness scale under the unknown header 冲动性 and an extra 所属机构
column), shows its preview with 冲动性 mapped, then imports it (the mapping is remembered,
so use a fresh demo folder to shoot the preview again) and grabs the page.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.screenshots import (  # noqa: E402
    OUT,
    SIZE,
    call,
    close_other_windows,
    open_window,
    save,
    settle,
    wait,
)

SCALES = (
    "学习焦虑", "对人焦虑", "孤独倾向", "自责倾向", "过敏倾向", "身体症状", "恐怖倾向", "冲动性",
)  # fmt: skip
HEADER = ["序号", "学籍号", "姓名", "班级", "测试日期", *SCALES, "效度", "总分", "所属机构"]
MAPPING = {"冲动性": "impulsiveness", "所属机构": ""}


def scores(rng: random.Random) -> list[int]:
    """Eight scale scores, validity and total: mostly normal, some abnormal or unreliable."""
    values = [rng.randint(0, 6) for _ in range(8)]
    validity = rng.randint(0, 5)
    roll = rng.random()
    if roll < 0.12:
        values[rng.randrange(8)] = rng.randint(8, 10)
    elif roll < 0.16:
        values = [rng.randint(7, 10) for _ in range(8)]
    elif roll < 0.19:
        validity = rng.randint(8, 10)
    return [*values, validity, sum(values)]


def make_sheet(rows: list[Any], path: Path) -> Path:
    """An .xlsx as a testing platform exports it, for the in-school students of three classes."""
    import openpyxl

    rng = random.Random(2026)
    classes = sorted({(r.grade_name, r.class_name) for r in rows if r.class_id is not None})[:3]
    chosen = [
        r for r in rows if (r.grade_name, r.class_name) in classes and r.status.value == "in_school"
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "MHT结果"
    sheet.append(["心理健康诊断测验（MHT） 测评结果导出"])
    sheet.append(HEADER)
    today = date.today().isoformat()
    for number, row in enumerate(chosen, start=1):
        if rng.random() < 0.1:
            continue  # absent on the day: no row at all
        line = [number, row.student_number, row.name, row.class_name, today]
        sheet.append([*line, *scores(rng), "测评平台"])
    for name in ("陈不在", "林外校"):
        sheet.append(["", "", name, chosen[0].class_name, today, *scores(rng), "测评平台"])
    book.save(path)
    return path


def shoot_preview(app, controller, page, sheet: Path, out: Path) -> Path:
    page.importer.preview_file(sheet)
    wait(app, lambda: page.importer.dialog is not None and page.importer.dialog.isVisible())
    dialog = page.importer.dialog
    settle(app, controller)
    unknown = next(c for c in dialog.baseline if c.text == "冲动性")
    combo = dialog.combos[unknown.index]
    combo.setCurrentIndex(combo.findData("impulsiveness"))
    wait(app, lambda: not dialog.checking)
    settle(app, controller)
    dialog.resize(960, 760)
    settle(app, controller, 200)
    path = save(dialog, out / "screening-preview.png")
    dialog.reject()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of the Screening page.")
    parser.add_argument("--demo", type=Path, required=True, metavar="FOLDER")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    from app.services import demo, screening, screening_review, students

    info = demo.ensure_demo(args.demo)
    app, controller, window = open_window(info.folder, info.password, info.username)
    close_other_windows(window)
    try:
        page = window.show_page("screening")
        settle(app, controller)
        sheet = make_sheet(call(app, controller, students.roster), args.demo.parent / "mht.xlsx")
        print(f"saved {shoot_preview(app, controller, page, sheet, args.out)}")
        if not call(app, controller, screening_review.pending_count):
            call(app, controller, screening.import_screening, sheet, MAPPING)
        page.refresh()
        settle(app, controller)
        page.review.table.selectRow(0)  # its whole reading shows under the table
        window.resize(SIZE)
        settle(app, controller, 200)
        print(f"saved {save(window, args.out / 'screening.png')}")
    finally:
        controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
