"""First run: the set-up wizard creates a real station and opens the main window."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.services import station, students
from app.ui import dialogs
from app.ui.setup_wizard import SetupWizard
from tests.ui.helpers import TIMEOUT, wait_for_main_window

PASSWORD = "Tea-and-Quiet-2026"
CODE = re.compile(r"^[2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){5}$")


def fill_school(qtbot, wizard: SetupWizard, name: str = "绍兴市第二中学") -> None:
    page = wizard.school_page
    page.name_edit.setText(name)  # QTest.keyClicks aborts on non-Latin-1 text
    qtbot.keyClicks(page.county_edit, "330602")
    page.type_combo.setCurrentIndex(page.type_combo.findData("junior"))
    page.boarding_check.setChecked(True)


def fill_account(wizard: SetupWizard) -> None:
    page = wizard.account_page
    page.username_edit.setText("wang")
    page.display_edit.setText("王老师")
    page.passwords.first.setText(PASSWORD)
    page.passwords.second.setText(PASSWORD)


def commit_and_wait(qtbot, wizard: SetupWizard) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.code_page, timeout=TIMEOUT)


def start_wizard(make_controller, tmp_path):
    controller = make_controller(tmp_path / "new-station")
    controller.start()
    assert controller.wizard is not None and controller.wizard.isVisible()
    return controller, controller.wizard


def test_wizard_sets_up_the_station(qtbot, make_controller, tmp_path):
    controller, wizard = start_wizard(make_controller, tmp_path)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    fill_school(qtbot, wizard)
    assert next_button.isEnabled()
    wizard.next()
    editor = wizard.classes_page.editor
    assert [row.name.text() for row in editor.rows] == ["七年级", "八年级", "九年级"]
    editor.rows[0].count.setValue(2)
    wizard.next()
    fill_account(wizard)
    commit_and_wait(qtbot, wizard)

    page = wizard.code_page
    assert CODE.match(page.code)
    assert page.code_label.text().replace("\n", "-") == page.code
    assert "10" in page.summary.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    page.acknowledge.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    window = wait_for_main_window(qtbot, controller)
    assert window.station_label.text() == "绍兴市第二中学"
    assert window.account_label.text() == "王老师（心理健康教师）"
    code = page.code
    controller.shutdown()
    with station.unlock(tmp_path / "new-station", PASSWORD, "wang") as session:
        names = [c.name for c in students.classes(session)]
        school = students.school(session)
    assert names[:2] == ["七年级(1)班", "七年级(2)班"] and len(names) == 10
    assert (school.county_code, school.boarding) == ("330602", True)
    station.recover(tmp_path / "new-station", code, None, "Another-Pass-99").close()


def test_county_code_is_checked_while_typing(qtbot, make_controller, tmp_path):
    _, wizard = start_wizard(make_controller, tmp_path)
    page = wizard.school_page
    page.name_edit.setText("某某小学")
    qtbot.keyClicks(page.county_edit, "33a06")
    assert page.county_edit.text() == "3306"
    assert "2" in page.county_hint.text()
    assert not page.isComplete()
    qtbot.keyClicks(page.county_edit, "0299")
    assert page.county_edit.text() == "330602"
    assert page.county_hint.text().startswith("✓")
    assert page.isComplete()


def test_school_type_sets_the_suggested_grades(qtbot, make_controller, tmp_path):
    _, wizard = start_wizard(make_controller, tmp_path)
    fill_school(qtbot, wizard)
    wizard.school_page.type_combo.setCurrentIndex(wizard.school_page.type_combo.findData("primary"))
    wizard.next()
    names = [row.name.text() for row in wizard.classes_page.editor.rows]
    assert names[0] == "一年级" and len(names) == 6


def test_weak_or_different_passwords_keep_create_disabled(qtbot, make_controller, tmp_path):
    _, wizard = start_wizard(make_controller, tmp_path)
    fill_school(qtbot, wizard)
    wizard.next()
    wizard.next()
    page = wizard.account_page
    fill_account(wizard)
    assert page.isComplete()
    assert page.passwords.meter.word.text() in ("较强", "强")
    page.passwords.second.setText(PASSWORD + "x")
    assert not page.isComplete()
    assert page.passwords.hint.text() == "两次输入的密码不一致。"
    page.passwords.first.setText("abc")
    assert page.passwords.meter.word.text() == "太弱"
    assert not page.isComplete()


def test_recovery_code_page_cannot_be_left_unconfirmed(qtbot, make_controller, tmp_path):
    controller, wizard = start_wizard(make_controller, tmp_path)
    fill_school(qtbot, wizard)
    wizard.next()
    wizard.next()
    fill_account(wizard)
    commit_and_wait(qtbot, wizard)
    dialogs.preset("warning")
    wizard.reject()
    assert wizard.isVisible()
    assert "我已抄写下来" in dialogs.shown[-1][1]
    assert controller.main_window is None
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.back()
    assert wizard.currentPage() is wizard.code_page


def test_recovery_code_can_be_printed(qtbot, make_controller, tmp_path):
    _, wizard = start_wizard(make_controller, tmp_path)
    fill_school(qtbot, wizard)
    wizard.next()
    wizard.next()
    fill_account(wizard)
    commit_and_wait(qtbot, wizard)
    dialogs.preset("print", None)  # the user cancels the print dialog
    assert wizard.code_page.print_code() is False
    pdf = tmp_path / "code.pdf"
    dialogs.preset("print", pdf)
    assert wizard.code_page.print_code() is True
    assert pdf.read_bytes().startswith(b"%PDF")


def test_cancel_before_creating_leaves_no_station(qtbot, make_controller, tmp_path):
    controller, wizard = start_wizard(make_controller, tmp_path)
    with qtbot.waitSignal(controller.quit_requested, timeout=TIMEOUT):
        wizard.reject()
    assert not (tmp_path / "new-station" / "station.db").exists()


def test_roster_can_be_imported_right_away(qtbot, make_controller, tmp_path):
    pytest.importorskip("app.services.roster_import")
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "姓名,性别,学籍号,年级,班级\n张三,男,G330602201001,七年级,1\n李四,女,G330602201002,七年级,2\n",
        encoding="utf-8-sig",
    )
    _, wizard = start_wizard(make_controller, tmp_path)
    fill_school(qtbot, wizard)
    wizard.next()
    wizard.classes_page.import_radio.setChecked(True)
    assert not wizard.classes_page.isComplete()
    dialogs.preset("open_file", roster)
    wizard.classes_page.choose_roster()
    assert wizard.classes_page.isComplete()
    wizard.next()
    fill_account(wizard)
    commit_and_wait(qtbot, wizard)
    assert "2" in wizard.code_page.summary.text(), wizard.code_page.summary.text()
