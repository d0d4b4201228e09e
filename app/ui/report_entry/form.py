"""The weekly report form: class, reporter, period, class climate, events, concerns."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.committee import CommitteeReport
from app.services.station_public import PublicGroup, StationPublic
from app.ui.report_entry.concerns import ConcernList, plain_editor


def this_week(today: date | None = None) -> tuple[date, date]:
    """Monday..Sunday of the current week."""
    today = today or date.today()
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def wipe(root: QWidget) -> None:
    """Empty every text field under ``root`` (``setText`` also drops a line edit's undo)."""
    for line in root.findChildren(QLineEdit):
        line.setText("")
    for editor in root.findChildren(QPlainTextEdit):
        editor.setPlainText("")


class ClimatePicker(QWidget):
    """Class climate 1 (tense) .. 5 (good); none chosen at first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for value, word in enumerate(self._words(), start=1):
            button = QRadioButton(f"{value} {word}", self)
            self.group.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)

    def _words(self) -> tuple[str, ...]:
        return (
            self.tr("very tense"),
            self.tr("somewhat tense"),
            self.tr("ordinary"),
            self.tr("good"),
            self.tr("very good"),
        )

    def value(self) -> int:
        """1..5, or 0 while nothing is chosen."""
        return max(self.group.checkedId(), 0)

    def set_value(self, value: int) -> None:
        self.group.button(value).setChecked(True)


class ReportForm(QWidget):
    """Everything the member fills in. Built fresh for every report."""

    def __init__(self, public: StationPublic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportForm")
        self.public = public
        self._fields()
        self._layout()
        self.class_combo.currentIndexChanged.connect(self._class_changed)
        self.nothing.toggled.connect(self._nothing_toggled)
        self._class_changed()

    def _fields(self) -> None:
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("classChoice")
        self.class_combo.setPlaceholderText(self.tr("Choose your class"))
        for group in self.public.classes:
            self.class_combo.addItem(group.name, group.id)
        self.class_combo.setCurrentIndex(-1)
        self.reporter = QComboBox(self)
        self.reporter.setObjectName("reporterChoice")
        start, end = this_week()
        self.start = self._date_edit(start)
        self.end = self._date_edit(end)
        self.climate = ClimatePicker(self)
        self.events = plain_editor(self, self.tr("Anything notable in the class this week?"), 90)
        self.events.setObjectName("events")
        self.nothing = QCheckBox(self.tr("Nothing to report this week"), self)
        self.nothing.setObjectName("nothingToReport")
        self.concerns = ConcernList(self)

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _layout(self) -> None:
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.end)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Class:"), self.class_combo)
        form.addRow(self.tr("Your name:"), self.reporter)
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Class climate:"), self.climate)
        form.addRow(self.tr("Notable events:"), self.events)
        box = QGroupBox(self.tr("Classmates to be concerned about"), self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.nothing)
        inner.addWidget(self.concerns)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addStretch(1)

    def group(self) -> PublicGroup | None:
        class_id = self.class_combo.currentData()
        return next((g for g in self.public.classes if g.id == class_id), None)

    def _class_changed(self) -> None:
        group = self.group()
        self._set_reporters(group.members if group else ())
        self.concerns.set_names(group.students if group else ())

    def _set_reporters(self, members: tuple[str, ...]) -> None:
        """Members of the class to choose from; a free name while a class has none."""
        self.reporter.clear()
        self.reporter.setEditable(not members)
        self.reporter.addItems(list(members))
        self.reporter.setCurrentIndex(-1)
        if members:
            self.reporter.setPlaceholderText(self.tr("Choose your name"))
        else:
            self.reporter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.reporter.setEditText("")
            self.reporter.lineEdit().setPlaceholderText(self.tr("Type your name"))

    def _nothing_toggled(self, nothing: bool) -> None:
        self.concerns.setEnabled(not nothing)

    def problems(self) -> list[str]:
        """What must be chosen before the report can be sealed (the rest: validation)."""
        found = []
        if self.group() is None:
            found.append(self.tr("Please choose your class."))
        if self.climate.value() == 0:
            found.append(self.tr("Please choose the class climate (1 to 5)."))
        return found

    def report(self) -> CommitteeReport:
        group = self.group()
        nothing = self.nothing.isChecked()
        return CommitteeReport(
            id=None,
            class_id=group.id if group else None,
            dorm_id=None,
            reporter=self.reporter.currentText().strip(),
            period_start=self.start.date().toPython(),
            period_end=self.end.date().toPython(),
            climate=self.climate.value(),
            events=self.events.toPlainText().strip(),
            nothing_to_report=nothing,
            concerns=() if nothing else self.concerns.concerns(),
        )
