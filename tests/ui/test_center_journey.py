"""The county center's journey on real bundles: a USB folder with the bundles of two
schools over two months plus one tampered file is imported — one line per file, each
with its own reason; the views show the figures, the overdue red case, the coverage and
the school that sent nothing; the .xlsx export and the period report PDF are written;
importing the folder again says "already imported"; a refused-only import changes no
byte of the center."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.domain.enums import SourceLevel, WarningLevel
from app.services import county_export, growth, students
from app.sync.period import previous_month
from app.ui import dialogs
from app.ui.center.window import CenterWindow
from tests.ui.center_helpers import (  # noqa: F401 - fixture
    center_files,
    column,
    enroll_others,
    open_window_fixture,
    other_bundle,
    tampered_copy,
    wait_idle,
)
from tests.unit.sync_support import (  # noqa: F401 - fixtures
    Linked,
    center_info_fixture,
    center_template_fixture,
    linked_fixture,
    linked_template_fixture,
    this_month,
)

FIRST = "绍兴市越城区第一中学"


def _usb(linked: Linked) -> Path:
    """Two months of the real station, one month of a second school, a third school
    enrolled that sent nothing, and a tampered copy of a bundle."""
    last = previous_month(date.today()).id
    county_export.export_period(linked.station, last, linked.out)
    _more_flags(linked)
    county_export.export_period(linked.station, this_month(), linked.out)
    second, _silent = enroll_others(linked.center, linked.out.parent, "城南小学", "城北小学")
    other_bundle(linked.station, linked.center, second, this_month(), 1, linked.out)
    tampered_copy(sorted(linked.out.glob("*.age"))[0], linked.out / "zz-tampered.age")
    return linked.out


def _more_flags(linked: Linked) -> None:
    """Five more red and five more orange students: this month's counts are published."""
    unflagged = [row.student_id for row in students.roster(linked.station)][22:32]
    for index, sid in enumerate(unflagged):
        level = WarningLevel.RED if index < 5 else WarningLevel.ORANGE
        growth.set_level(linked.station, sid, level, "家庭变故", SourceLevel.CLASS)


def _import_folder(qtbot, shell, window: CenterWindow, folder: Path) -> list[tuple[str, ...]]:
    page = window.show_tab("import")
    dialogs.preset("folder", folder)
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: page.folder_button.isEnabled(), timeout=20_000)
    return [tuple(page.model.rows[i]) for i in range(page.model.rowCount())]


def test_import_views_export_and_reimport(qtbot, open_window, linked: Linked) -> None:
    usb = _usb(linked)
    shell, window = open_window(linked.center)
    rows = _import_folder(qtbot, shell, window, usb)
    by_file = {row[0]: row for row in rows}
    assert len(rows) == 4
    tampered = by_file.pop("zz-tampered.age")
    assert tampered[1] == "拒绝" and "修改或损坏" in tampered[5]
    assert {row[1] for row in by_file.values()} == {"已导入"}
    assert sorted(row[2] for row in by_file.values()) == sorted([FIRST, FIRST, "城南小学"])
    assert window.importer.summary.text() == "4 个文件：3 个已导入，0 个此前已导入，1 个被拒绝。"

    stats = window.show_tab("stats")
    wait_idle(qtbot, shell)
    result = stats.result
    assert result is not None and stats.period_combo.currentData() == result.period
    county = [r for r in result.levels if r.school == "全县"]
    assert stats.trend.periods == [r.period for r in county]
    assert county[-1].counts[WarningLevel.ORANGE] == 12  # 6 at each of the two schools
    assert stats.trend.count(this_month(), WarningLevel.ORANGE) == 12
    assert stats.trend.count(result.periods[0], WarningLevel.ORANGE) == 0
    # what the schools hid (small cells and their complements) is said under the chart
    hidden = sum(sum(r.hidden.values()) for r in county)
    assert hidden > 0 and f"共 {hidden} 项隐藏" in stats.trend_note.text()
    stats.school_combo.setCurrentIndex(stats.school_combo.findData("城南小学"))
    assert stats.trend.periods == [this_month()]
    assert stats.trend.count(this_month(), WarningLevel.ORANGE) == 6
    overdue = stats.overdue_model
    assert column(overdue, 2).count("红色(Ⅰ级)") == 2  # the red case, at both schools
    assert int(overdue.text(0, 5)) >= 13
    coverage = {row[0]: row for row in stats.coverage_model.rows}
    assert coverage[FIRST][2:5] == ("60", "12", "20%")
    missing = column(stats.missing_model, 0)
    assert "城北小学" in missing and "从未报送" in column(stats.missing_model, 1)
    tab = f"未报送 {result.period} 数据包的学校（{len(result.missing)}）"
    assert stats.table_tabs.tabText(2) == tab

    xlsx = linked.out.parent / "县级统计.xlsx"
    dialogs.preset("save_file", xlsx)
    dialogs.preset("message")
    qtbot.mouseClick(stats.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, shell)
    book = load_workbook(xlsx)
    sheet = {row[0]: row for row in book["家访与筛查"].iter_rows(values_only=True)}
    assert sheet[FIRST][3] == 60 and sheet[FIRST][5] == 20.0
    assert [r[0] for r in book[f"未报送{result.period}"].iter_rows(values_only=True)][1:] == [
        m.school for m in result.missing
    ]

    reports = linked.out.parent / "reports"
    reports.mkdir()
    dialogs.preset("folder", reports)
    dialogs.preset("message")
    qtbot.mouseClick(stats.print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, shell)
    [pdf] = reports.glob("*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and "县域心理健康工作报告" in pdf.name
    assert "期间报告（1 所学校" in dialogs.shown[-1][1]  # last month: one school sent one

    again = _import_folder(qtbot, shell, window, usb)
    statuses = {row[0]: (row[1], row[5]) for row in again}
    assert statuses.pop("zz-tampered.age")[0] == "拒绝"
    assert {s for s, _ in statuses.values()} == {"已导入过"}
    assert all("没有任何改变" in reason for _, reason in statuses.values())


def test_a_refused_only_import_changes_nothing(qtbot, open_window, linked: Linked) -> None:
    good = county_export.export_period(linked.station, this_month(), linked.out).path
    usb = linked.out.parent / "usb2"
    usb.mkdir()
    tampered_copy(good, usb / "bad.age")
    (usb / "truncated.age").write_bytes(good.read_bytes()[:100])
    shell, window = open_window(linked.center)
    stats = window.show_tab("stats")
    wait_idle(qtbot, shell)
    before = center_files(linked.center.folder)
    rows = _import_folder(qtbot, shell, window, usb)
    assert [(row[0], row[1]) for row in rows] == [("bad.age", "拒绝"), ("truncated.age", "拒绝")]
    assert rows[0][5] != rows[1][5]  # each file with its own reason
    assert center_files(linked.center.folder) == before
    assert not stats.stale and stats.result is not None and stats.result.levels == ()
