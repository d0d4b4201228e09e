"""Report-entry mode: write-only, no password, empty after every submission."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)

from app.cli import main as cli_main
from app.services import station, triage
from app.services.station_public import StationPublic
from app.ui import dialogs
from app.ui.lockable import Lockable
from app.ui.report_entry import ReportEntryWindow
from tests.conftest import StationInfo
from tests.e2e.cli import REPO
from tests.ui.helpers import wait_for_unlock_dialog
from tests.ui.network_helpers import MEMBER, NetworkSchool, fill_report, seed_network, submit

SECRETS = ("班里有人打架-e7a1c", "他说不想活了-9f3b2", "张三丰")


@pytest.fixture
def school(session) -> NetworkSchool:
    return seed_network(session)


def open_window(qtbot, station_info: StationInfo, out: Path) -> ReportEntryWindow:
    window = ReportEntryWindow(StationPublic.load(station_info.folder / "station.pub"), out)
    qtbot.addWidget(window)
    window.show()
    return window


def typed_fields(window: ReportEntryWindow) -> list[QLineEdit]:
    """Line edits the member types into (the date fields' own editors are not)."""
    return [
        line
        for line in window.findChildren(QLineEdit)
        if not isinstance(line.parent(), QAbstractSpinBox)
    ]


def assert_empty(window: ReportEntryWindow) -> None:
    for line in typed_fields(window):
        assert line.text() == "" and not line.isUndoAvailable(), line.objectName()
    for editor in window.findChildren(QPlainTextEdit):
        assert editor.toPlainText() == ""
        assert not editor.document().isUndoAvailable()
    for combo in window.findChildren(QComboBox):
        assert combo.currentIndex() == -1 and combo.currentText() == "", combo.objectName()
    assert not any(box.isChecked() for box in window.findChildren(QCheckBox))
    assert window.form.climate.value() == 0
    assert window.form.concerns.rows == []


def test_after_submitting_the_form_is_empty_and_the_file_holds_no_typed_text(
    qtbot, station_info, school, tmp_path
):
    out = tmp_path / "usb"
    window = open_window(qtbot, station_info, out)
    first_form = window.form
    fill_report(window, "七年级(1)班", MEMBER, 2, SECRETS[0], [(SECRETS[2], SECRETS[1], True)])
    path = submit(qtbot, window)

    assert path.parent == out and [p.name for p in out.iterdir()] == [path.name]
    data = path.read_bytes()
    for secret in (*SECRETS, MEMBER, "e7a1c", "9f3b2"):
        assert secret.encode("utf-8") not in data
    assert window.form is not first_form
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(first_form)  # the typed form is gone, not just hidden
    assert_empty(window)
    assert "谢谢" in window.confirmation.text()
    shown = " ".join(label.text() for label in window.findChildren(type(window.message)))
    assert not any(secret in shown for secret in SECRETS)
    assert QSettings().allKeys() == []  # nothing autosaved


def test_the_counselor_opens_what_was_submitted(qtbot, station_info, school):
    window = open_window(qtbot, station_info, station_info.folder / "inbox")
    fill_report(window, "七年级(1)班", MEMBER, 2, concerns=[("张三丰", SECRETS[1], True)])
    submit(qtbot, window)
    with station.unlock(station_info.folder, station_info.password) as counselor:
        assert (counselor.intake.imported, counselor.intake.urgent) == (1, 1)
        [pending] = triage.pending(counselor)
        assert pending.concern.text == SECRETS[1]
        assert pending.concern.student_id == school.ids["张三丰"]


def test_the_window_asks_for_no_password_and_stashes_nothing(qtbot, station_info, school):
    window = open_window(qtbot, station_info, station_info.folder / "inbox")
    echo = QLineEdit.EchoMode.Normal
    assert all(line.echoMode() == echo for line in window.findChildren(QLineEdit))
    assert not isinstance(window, Lockable)
    assert not any(isinstance(w, Lockable) for w in window.findChildren(QLineEdit))


def test_members_pick_their_name_where_the_class_has_members(qtbot, station_info, school):
    window = open_window(qtbot, station_info, station_info.folder / "inbox")
    form = window.form
    form.class_combo.setCurrentIndex(form.class_combo.findText("七年级(1)班"))
    assert not form.reporter.isEditable()
    assert [form.reporter.itemText(i) for i in range(form.reporter.count())] == [MEMBER]
    row = form.concerns.add_row()
    assert [row.name.itemText(i) for i in range(row.name.count())] == ["张三丰", "李四"]
    form.class_combo.setCurrentIndex(form.class_combo.findText("八年级(1)班"))
    assert form.reporter.isEditable()  # no committee member appointed: type the name
    assert [row.name.itemText(i) for i in range(row.name.count())] == ["王五"]


def test_missing_choices_are_explained_and_nothing_is_written(qtbot, station_info, tmp_path):
    out = tmp_path / "out"
    window = open_window(qtbot, station_info, out)  # (no classes: only the station exists)
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert "请选择你的班级" in window.message.text()
    assert "班级氛围" in window.message.text()
    assert not out.exists()


def test_a_concern_without_text_is_refused(qtbot, station_info, school, tmp_path):
    out = tmp_path / "out"
    window = open_window(qtbot, station_info, out)
    fill_report(window, "八年级(1)班", "某同学", 4, concerns=[("王五", "", False)])
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert window.message.text() == "请填写关注的情况。" and not out.exists()
    assert window.form.concerns.rows[0].name.currentText() == "王五"  # kept for fixing


def test_the_unlock_dialog_opens_report_entry_for_this_station(
    qtbot, make_controller, station_info, school
):
    controller = make_controller(station_info.folder)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    dialog.password_edit.setText("half-typed")
    qtbot.mouseClick(dialog.committee_button, Qt.MouseButton.LeftButton)
    window = dialog.report_entry
    assert isinstance(window, ReportEntryWindow) and window.isVisible()
    assert window.out_dir == station_info.folder / "inbox"
    assert dialog.password_edit.text() == ""
    fill_report(window, "七年级(1)班", MEMBER, 5)
    path = submit(qtbot, window)
    assert path.parent == station_info.folder / "inbox"
    assert controller.main_window is None  # nothing was unlocked


def test_without_a_public_file_the_member_is_told_why(qtbot, make_controller, station_info):
    (station_info.folder / "station.pub").unlink(missing_ok=True)
    controller = make_controller(station_info.folder)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    dialogs.preset("warning")
    qtbot.mouseClick(dialog.committee_button, Qt.MouseButton.LeftButton)
    assert dialog.report_entry is None
    assert "心理老师" in dialogs.shown[-1][1]


def test_cli_report_entry_starts_only_this_window(qtbot, station_info, school, tmp_path):
    pubkey = tmp_path / "station.pub"
    pubkey.write_bytes((station_info.folder / "station.pub").read_bytes())
    seen: list[ReportEntryWindow] = []

    def close_it() -> None:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, ReportEntryWindow) and window not in seen:
                seen.append(window)
                window.close()

    closer = QTimer()
    closer.timeout.connect(close_it)
    closer.start(200)
    try:
        code = cli_main(
            [
                "--lang",
                "zh_CN",
                "report-entry",
                "--pubkey",
                str(pubkey),
                "--out",
                str(tmp_path / "o"),
            ]
        )
    finally:
        closer.stop()
    assert code == 0
    assert len(seen) == 1 and seen[0].out_dir == tmp_path / "o"
    assert seen[0].public.school_name == "绍兴市越城区第一中学"


def test_cli_report_entry_refuses_a_file_that_is_not_a_public_file(tmp_path):
    bogus = tmp_path / "station.pub"
    bogus.write_text("not a key", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "app", "report-entry", "--pubkey", str(bogus), "--out", "x"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1 and "public-key file" in result.stderr
