"""The set-up wizard's input pages: school, classes (or a roster file), counselor account."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.accounts import USERNAME
from app.domain.enums import SchoolType
from app.domain.school import COUNTY_CODE
from app.ui import dialogs
from app.ui.i18n import fmt
from app.ui.vocab import school_type_name
from app.ui.widgets.grade_editor import DEFAULT_GRADES, GradeEditor
from app.ui.widgets.password_pair import PasswordPair


def roster_import_available() -> bool:
    return importlib.util.find_spec("app.services.roster_import") is not None


class SchoolPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your school"))
        self.setSubTitle(self.tr("This is printed on reports and sent to the county."))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("schoolName")
        self.county_edit = QLineEdit(self)
        self.county_edit.setObjectName("countyCode")
        self.county_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self)
        )
        self.county_edit.setPlaceholderText("330602")
        self.county_hint = QLabel(self)
        self.county_hint.setObjectName("fieldHint")
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("schoolType")
        for school_type in SchoolType:
            self.type_combo.addItem(school_type_name(school_type), school_type.value)
        self.type_combo.setCurrentIndex(list(SchoolType).index(SchoolType.JUNIOR))
        self.boarding_check = QCheckBox(self.tr("Boarding school (students live at school)"), self)
        self.boarding_check.setObjectName("boarding")
        self._layout()
        for signal in (self.name_edit.textChanged, self.county_edit.textChanged):
            signal.connect(self._changed)
        self._changed()

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("School name:"), self.name_edit)
        form.addRow(self.tr("County code:"), self.county_edit)
        form.addRow("", self.county_hint)
        form.addRow(self.tr("School type:"), self.type_combo)
        form.addRow("", self.boarding_check)

    def _changed(self) -> None:
        missing = 6 - len(self.county_edit.text())
        if missing > 0:
            hint = self.tr("The 6-digit code of your county or district ({missing} more).")
            self.county_hint.setText(fmt(hint, missing=missing))
        else:
            self.county_hint.setText(self.tr("✓ 6 digits"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        has_name = bool(self.name_edit.text().strip())
        return has_name and bool(COUNTY_CODE.match(self.county_edit.text()))

    def school_type(self) -> SchoolType:
        return SchoolType(self.type_combo.currentData())


class ClassesPage(QWizardPage):
    """Either type grades and class counts, or pick a roster file to import."""

    def __init__(self, school_page: SchoolPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.school_page = school_page
        self.roster_path: Path | None = None
        self._filled_for: SchoolType | None = None
        self.setTitle(self.tr("Grades and classes"))
        self.setSubTitle(self.tr("You can change names and numbers now."))
        self.editor = GradeEditor(self)
        self.editor.setObjectName("gradeEditor")
        self.editor.changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self._mode_buttons())
        layout.addWidget(self.editor)
        layout.addWidget(self._roster_row())
        layout.addStretch(1)
        self._mode_changed()

    def _mode_buttons(self) -> QWidget:
        box = QWidget(self)
        self.type_radio = QRadioButton(self.tr("Enter grades and the number of classes"), box)
        self.type_radio.setChecked(True)
        self.import_radio = QRadioButton(self.tr("Import the student roster (Excel or CSV)"), box)
        self.import_radio.setObjectName("importRoster")
        self.import_radio.setVisible(roster_import_available())
        group = QButtonGroup(box)
        group.addButton(self.type_radio)
        group.addButton(self.import_radio)
        group.buttonToggled.connect(self._mode_changed)
        row = QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.type_radio)
        row.addWidget(self.import_radio)
        return box

    def _roster_row(self) -> QWidget:
        self.roster_box = QWidget(self)
        choose = QPushButton(self.tr("Choose file…"), self.roster_box)
        choose.setObjectName("chooseRoster")
        choose.clicked.connect(self.choose_roster)
        self.roster_label = QLabel(self.tr("No file chosen."), self.roster_box)
        self.roster_label.setWordWrap(True)
        row = QHBoxLayout(self.roster_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(choose)
        row.addWidget(self.roster_label, 1)
        return self.roster_box

    def initializePage(self) -> None:
        school_type = self.school_page.school_type()
        if school_type != self._filled_for:
            self.editor.set_grades(DEFAULT_GRADES[school_type])
            self._filled_for = school_type

    def importing(self) -> bool:
        return self.import_radio.isChecked()

    def _mode_changed(self) -> None:
        self.editor.setVisible(not self.importing())
        self.roster_box.setVisible(self.importing())
        self.completeChanged.emit()

    def choose_roster(self) -> None:
        path = dialogs.open_file(
            self,
            self.tr("Choose the student roster"),
            self.tr("Rosters (*.xlsx *.csv)"),
        )
        if path is not None:
            self.roster_path = path
            self.roster_label.setText(path.name)
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.roster_path is not None if self.importing() else True


class AccountPage(QWizardPage):
    """The counselor's account; "Create station" commits (no way back after it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self.setTitle(self.tr("Your account"))
        self.setSubTitle(
            self.tr("You unlock the station with this account. Choose a password only you know.")
        )
        self.setCommitPage(True)
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("newUsername")
        self.username_edit.setPlaceholderText(self.tr("letters or digits, e.g. wang"))
        self.display_edit = QLineEdit(self)
        self.display_edit.setObjectName("displayName")
        self.display_edit.setPlaceholderText(self.tr("e.g. Teacher Wang"))
        self.passwords = PasswordPair(
            self,
            [
                (self.tr("User name:"), self.username_edit),
                (self.tr("Your name as shown:"), self.display_edit),
            ],
        )
        self.status = QLabel(self)
        self.status.setObjectName("errorText")
        self.status.setWordWrap(True)
        self._layout()
        for signal in (self.username_edit.textChanged, self.display_edit.textChanged):
            signal.connect(self.completeChanged)
        self.passwords.changed.connect(self.completeChanged)

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.passwords)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return (
            not self.busy
            and bool(USERNAME.match(self.username_edit.text().strip()))
            and bool(self.display_edit.text().strip())
            and self.passwords.is_acceptable()
        )

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.status.setText(text)
        for widget in (self.username_edit, self.display_edit, self.passwords):
            widget.setEnabled(not busy)
        self.completeChanged.emit()

    def validatePage(self) -> bool:
        """Create the station on the worker; the wizard moves on once it exists."""
        wizard = self.wizard()
        if getattr(wizard, "created", None) is not None:
            return True
        if not self.busy:
            wizard.create_station()  # type: ignore[attr-defined]
        return False
