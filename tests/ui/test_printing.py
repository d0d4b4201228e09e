"""Printing from the desktop into a folder chosen each time: the growth file (Print /
Ctrl+P), 家访记录表 blank and filled, a class's coverage list, the semester report (names
only when ticked), growth files in batch; clear Chinese messages when the folder vanished
or cannot be written, nothing half-written; the font box in Settings."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.domain.enums import SourceLevel, VisitKind, WarningLevel
from app.domain.growth import HomeVisit
from app.reports import fonts
from app.services import growth, printing
from app.services.session import Session
from app.store import audit_repo
from app.ui import dialogs
from app.ui.printing.batch import BatchPrintDialog
from app.ui.printing.result_dialog import PrintedDialog
from app.ui.printing.semester_dialog import SemesterReportDialog
from app.ui.printing.visit_forms import VisitPrintBox
from tests.ui.growth_helpers import open_growth, press
from tests.ui.helpers import TIMEOUT
from tests.ui.test_dashboard_page import SeededSchool, run, seed_school
from tests.ui.test_visits_page import open_visits, wait_students


@pytest.fixture
def school(session: Session) -> SeededSchool:
    """Student 0 flagged red (the report's appendix lists them), student 1 visited."""
    seeded = seed_school(session)
    growth.set_level(
        session, seeded.student_ids[0], WarningLevel.RED, "自伤计划", SourceLevel.CLASS
    )
    visit = HomeVisit(None, seeded.student_ids[1], date.today(), VisitKind.ONSITE, "班主任陈老师")
    growth.add_visit(session, visit)
    session.close()  # the GUI needs the station lock
    return seeded


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def wait_printed(qtbot, parent) -> PrintedDialog:
    qtbot.waitUntil(lambda: bool(parent.findChildren(PrintedDialog)), timeout=TIMEOUT)
    dialog = parent.findChildren(PrintedDialog)[-1]
    found = (dialog.path, list(dialog.warnings), dialog.is_file)
    texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    warnings = [label.text() for label in dialog.findChildren(QLabel, "printWarning")]
    file_button = dialog.file_button.isVisibleTo(dialog)
    dialog.close()  # deletes itself: the next print is waited for afresh
    qtbot.waitUntil(lambda: not parent.findChildren(PrintedDialog), timeout=TIMEOUT)
    return Printed(*found, texts, warnings, file_button)


@dataclass(frozen=True)
class Printed:
    """What the result dialog showed."""

    path: Path
    warnings: list[str]
    is_file: bool
    texts: dict[str, str]
    warning_labels: list[str]
    file_button: bool


def print_entries(qtbot, window) -> list[dict]:
    def entries(session: Session) -> list[dict]:
        rows = [json.loads(r.payload) for r in audit_repo.rows(session.db)]
        return [e for e in rows if str(e["action"]).startswith("print.")]

    return run(qtbot, window, entries)


def student_number(n: int) -> str:
    return f"G3306021200000{n:02d}"


def test_print_a_growth_file_from_the_growth_window(
    qtbot, make_controller, station_info, school, tmp_path
):
    window, _ = open_visits(qtbot, make_controller, station_info)
    folder = tmp_path / "U盘"
    folder.mkdir()
    growth_window = open_growth(qtbot, window, school.student_ids[0])
    assert growth_window.print_button.text() == "打印…"
    dialogs.preset("folder", folder)
    press(qtbot, growth_window, Qt.Key.Key_P)  # Ctrl+P
    printed = wait_printed(qtbot, growth_window)
    name = printing.growth_file_name(student_number(0), date.today())
    assert printed.path == folder / name
    assert sorted(p.name for p in folder.iterdir()) == [name]  # no temp file left behind
    summary = printed.texts["printedSummary"]
    assert summary.startswith("PDF（") and summary.endswith("页）已保存：")
    assert printed.texts["printedPath"] == str(folder / name)
    text = pdf_text(folder / name)
    assert "成长档案" in text and "内部资料" in text and "学生0" in text
    assert printed.warnings == []  # an embeddable CJK font was found on this system
    entries = print_entries(qtbot, window)
    assert [(e["action"], e["entity_id"]) for e in entries] == [
        ("print.growth_file", school.student_ids[0])
    ]
    assert "学生0" not in json.dumps(entries, ensure_ascii=False)  # ids and counts only
    growth_window.close()


def test_printing_into_a_folder_that_vanished(
    qtbot, make_controller, station_info, school, tmp_path
):
    window, _ = open_visits(qtbot, make_controller, station_info)
    folder = tmp_path / "usb"
    folder.mkdir()
    growth_window = open_growth(qtbot, window, school.student_ids[0])
    dialogs.preset("folder", folder)
    dialogs.preset("message")
    folder.rmdir()  # the USB stick was pulled after the folder was chosen
    qtbot.mouseClick(growth_window.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialogs.pending(), timeout=TIMEOUT)
    kind, text = dialogs.shown[-1]
    assert kind == "error"
    assert text == (
        f"文件夹 {folder} 已不存在（U 盘被拔出了吗？）。没有打印任何内容，请重新选择文件夹。"
    )
    assert not folder.exists()
    assert print_entries(qtbot, window) == []
    growth_window.close()


def test_printing_where_the_file_cannot_be_written(
    qtbot, make_controller, station_info, school, tmp_path
):
    window, _ = open_visits(qtbot, make_controller, station_info)
    folder = tmp_path / "readonly"
    folder.mkdir()
    # Root ignores permission bits, so the PDF's name is also taken by a folder: either
    # way the file cannot be written there.
    (folder / printing.growth_file_name(student_number(0), date.today())).mkdir()
    before = sorted(p.name for p in folder.iterdir())
    folder.chmod(0o555)
    try:
        growth_window = open_growth(qtbot, window, school.student_ids[0])
        dialogs.preset("folder", folder)
        dialogs.preset("message")
        press(qtbot, growth_window, Qt.Key.Key_P)
        qtbot.waitUntil(lambda: not dialogs.pending(), timeout=TIMEOUT)
        kind, text = dialogs.shown[-1]
        assert kind == "error" and text.startswith(f"无法把 PDF 写入 {folder}")
        assert "没有写入任何内容" in text
        assert sorted(p.name for p in folder.iterdir()) == before  # no half-written file
        assert not growth_window.findChildren(PrintedDialog)  # no "printed" dialog
        assert print_entries(qtbot, window) == []
        growth_window.close()
    finally:
        folder.chmod(0o755)


def _semester_report(qtbot, page, folder: Path, tick: bool) -> Path:
    button = page.findChild(QPushButton, "semesterReportButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.findChildren(SemesterReportDialog)[-1]
    assert dialog.isVisible() and not dialog.names_check.isChecked()  # never ticked by default
    dialog.names_check.setChecked(tick)
    dialogs.preset("folder", folder)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return wait_printed(qtbot, page).path


def test_the_semester_report_names_students_only_when_ticked(
    qtbot, make_controller, station_info, school, tmp_path
):
    window, page = open_visits(qtbot, make_controller, station_info)
    plain = _semester_report(qtbot, page, tmp_path, tick=False)
    text = pdf_text(plain)
    assert "学期心理健康工作报告" in text and "内部资料" in text
    assert not any(f"学生{n}" in text for n in range(5))

    (tmp_path / "names").mkdir()
    named = _semester_report(qtbot, page, tmp_path / "names", tick=True)
    assert "学生0" in pdf_text(named)  # the red-flagged student, in the appendix only
    flags = [e["detail"]["include_names"] for e in print_entries(qtbot, window)]
    assert flags == [False, True]


def test_home_visit_forms_blank_and_filled(qtbot, make_controller, station_info, school, tmp_path):
    window, page = open_visits(qtbot, make_controller, station_info)
    growth_window = open_growth(qtbot, window, school.student_ids[1])
    tab = growth_window.show_tab("visits")
    box = tab.findChild(VisitPrintBox)
    (tmp_path / "blank").mkdir()
    dialogs.preset("folder", tmp_path / "blank")
    qtbot.mouseClick(box.blank_button, Qt.MouseButton.LeftButton)
    blank = pdf_text(wait_printed(qtbot, box).path)
    assert "家访记录表" in blank and "学生1" in blank and "班主任陈老师" not in blank

    tab.list.table.selectRow(0)
    qtbot.waitUntil(box.filled_button.isEnabled, timeout=TIMEOUT)
    (tmp_path / "filled").mkdir()
    dialogs.preset("folder", tmp_path / "filled")
    qtbot.mouseClick(box.filled_button, Qt.MouseButton.LeftButton)
    filled = pdf_text(wait_printed(qtbot, box).path)
    assert "家访记录表" in filled and "学生1" in filled and "班主任陈老师" in filled
    growth_window.close()

    plans = page.plans
    page.tabs.setCurrentWidget(plans)
    (tmp_path / "empty").mkdir()
    dialogs.preset("folder", tmp_path / "empty")
    qtbot.mouseClick(plans.blank_button, Qt.MouseButton.LeftButton)
    empty = pdf_text(wait_printed(qtbot, plans).path)
    assert "家访记录表" in empty and not any(f"学生{n}" in empty for n in range(5))


def test_print_a_class_coverage_list(qtbot, make_controller, station_info, school, tmp_path):
    window, page = open_visits(qtbot, make_controller, station_info)
    wait_students(qtbot, page, 3)
    assert page.print_button.isEnabled()
    dialogs.preset("folder", tmp_path)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    path = wait_printed(qtbot, page).path
    assert path.parent == tmp_path and "七年级(1)班" in path.name
    text = pdf_text(path)
    assert "七年级(1)班" in text and all(f"学生{n}" in text for n in range(3))
    assert "学生3" not in text  # another class
    assert print_entries(qtbot, window)[-1]["action"] == "print.class_coverage"


def test_batch_print_the_growth_files_of_a_class(
    qtbot, make_controller, station_info, school, tmp_path
):
    window, page = open_visits(qtbot, make_controller, station_info)
    wait_students(qtbot, page, 3)
    button = page.findChild(QPushButton, "batchPrintButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.findChildren(BatchPrintDialog)[-1]
    qtbot.waitUntil(lambda: dialog.class_combo.count() == 2, timeout=TIMEOUT)
    assert dialog.class_radio.isChecked() and dialog.class_id() == school.class_a
    out = tmp_path / "out"
    out.mkdir()
    dialogs.preset("folder", out)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    printed = wait_printed(qtbot, page)
    assert printed.path == out and not printed.is_file and not printed.file_button
    assert printed.texts["printedSummary"].startswith("已保存 3 份成长档案")
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        printing.growth_file_name(student_number(n), date.today()) for n in range(3)
    )
    assert all("成长档案" in pdf_text(out / name) for name in names)
    entry = print_entries(qtbot, window)[-1]
    assert (entry["action"], entry["detail"]["files"]) == ("print.growth_files", 3)


def test_a_cancelled_batch_prints_nothing(qtbot, make_controller, station_info, school, tmp_path):
    window, page = open_visits(qtbot, make_controller, station_info)
    release = threading.Event()
    window.ctx.call(lambda _session: release.wait(TIMEOUT / 1000))  # keep the worker busy
    dialog = BatchPrintDialog(window.ctx, page)
    dialog.open()
    dialog.school_radio.setChecked(True)
    out = tmp_path / "out"
    out.mkdir()
    dialogs.preset("folder", out)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    task = dialog.task
    assert task is not None and task.progress_dialog is not None
    cancel = task.progress_dialog.findChild(QPushButton)
    assert cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # on the progress dialog
    assert task.cancelled
    release.set()
    qtbot.waitUntil(lambda: task.error is not None, timeout=TIMEOUT)
    assert list(out.iterdir()) == []
    assert not page.findChildren(PrintedDialog) and dialogs.shown[-1][0] == "folder"
    assert print_entries(qtbot, window) == []


def test_the_result_dialog_warns_in_chinese_about_the_fallback_font(
    qtbot, make_controller, station_info, school, tmp_path, monkeypatch
):
    """A computer without Chinese TrueType fonts: the built-in CID font is used."""
    monkeypatch.setattr(printing, "choose_font", partial(fonts.choose_font, candidates=()))
    window, _ = open_visits(qtbot, make_controller, station_info)
    growth_window = open_growth(qtbot, window, school.student_ids[0])
    dialogs.preset("folder", tmp_path)
    qtbot.mouseClick(growth_window.print_button, Qt.MouseButton.LeftButton)
    printed = wait_printed(qtbot, growth_window)
    assert len(printed.warnings) == 1
    assert printed.warnings[0].startswith("未找到可嵌入的中文 TrueType 字体")
    assert printed.warning_labels == printed.warnings
    assert "成长档案" in pdf_text(printed.path)
    growth_window.close()


def test_the_font_box_in_settings(
    qtbot, make_controller, station_info, school, tmp_path, monkeypatch
):
    window, _ = open_visits(qtbot, make_controller, station_info)
    box = window.show_page("settings").font_box
    qtbot.waitUntil(lambda: box.choice is not None, timeout=TIMEOUT)
    assert box.font_label.text().startswith("嵌入字体：")
    assert box.warning_label.isHidden()

    dialogs.preset("open_file", Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    dialogs.preset("message")
    qtbot.mouseClick(box.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialogs.pending(), timeout=TIMEOUT)
    kind, text = dialogs.shown[-1]
    assert kind == "error" and "不是可嵌入的中文 TrueType 字体" in text

    mine = tmp_path / "学校字体.ttc"
    shutil.copy(fonts.CANDIDATES[4][0], mine)
    dialogs.preset("open_file", mine)
    qtbot.mouseClick(box.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.font_label.text() == "嵌入字体：学校字体.ttc", timeout=TIMEOUT)
    assert run(qtbot, window, printing.font).path == str(mine.resolve())

    mine.unlink()  # the chosen file is gone: another font is used, and the box says so
    box.reload()
    qtbot.waitUntil(lambda: box.warning_label.isVisibleTo(box), timeout=TIMEOUT)
    assert "设置中选择的字体文件无法使用" in box.warning_label.text()
    assert os.path.basename(box.choice.path) == "wqy-microhei.ttc"
