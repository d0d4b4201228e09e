"""Which period a bundle covers: this month, another month, or a semester.

Only periods that have started can be exported (the core refuses the others), so the
lists hold this month and the 23 before it, and the current semester and three before.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QButtonGroup, QComboBox, QGridLayout, QRadioButton, QWidget

from app.sync.period import Period, current_month, month, semester
from app.ui.i18n import fmt

MONTHS = 24
SEMESTERS = 4


def recent_months(today: date, count: int = MONTHS) -> list[Period]:
    """This month first, then the ones before it."""
    found, year, number = [], today.year, today.month
    for _ in range(count):
        found.append(month(year, number))
        year, number = (year - 1, 12) if number == 1 else (year, number - 1)
    return found


def recent_semesters(today: date, count: int = SEMESTERS) -> list[Period]:
    """The semester under way first (1: Sept-Jan, 2: Feb-Aug), then the ones before it."""
    if today.month >= 9:
        year, term = today.year, 1
    else:
        year, term = today.year - 1, 1 if today.month == 1 else 2
    found = []
    for _ in range(count):
        found.append(semester(year, term))
        year, term = (year, 1) if term == 2 else (year - 1, 2)
    return found


class PeriodBox(QWidget):
    """Three choices; ``period()`` is the one picked."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.this_month = QRadioButton(self)
        self.this_month.setObjectName("thisMonth")
        self.a_month = QRadioButton(self.tr("A month:"), self)
        self.a_month.setObjectName("aMonth")
        self.a_semester = QRadioButton(self.tr("A semester:"), self)
        self.a_semester.setObjectName("aSemester")
        self.months = QComboBox(self)
        self.months.setObjectName("monthCombo")
        self.semesters = QComboBox(self)
        self.semesters.setObjectName("semesterCombo")
        self._fill()
        self._layout()

    def _fill(self) -> None:
        current = current_month(self.today)
        self.this_month.setText(fmt(self.tr("This month ({period})"), period=current.id))
        self.this_month.setChecked(True)
        for period in recent_months(self.today)[1:]:
            self.months.addItem(period.id, period)
        for period in recent_semesters(self.today):
            self.semesters.addItem(self.semester_label(period), period)
        self.months.activated.connect(lambda _: self.a_month.setChecked(True))
        self.semesters.activated.connect(lambda _: self.a_semester.setChecked(True))

    def _layout(self) -> None:
        group = QButtonGroup(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.this_month, 0, 0, 1, 2)
        for row, (radio, combo) in enumerate(
            ((self.a_month, self.months), (self.a_semester, self.semesters)), 1
        ):
            group.addButton(radio)
            grid.addWidget(radio, row, 0)
            grid.addWidget(combo, row, 1)
        group.addButton(self.this_month)
        grid.setColumnStretch(2, 1)

    def semester_label(self, period: Period) -> str:
        first, second, term = period.id.split("-")
        text = self.tr("{first}–{second} school year, semester {term} ({start} – {end})")
        values = {"first": first, "second": second, "term": term}
        return fmt(text, **values, start=period.start.isoformat(), end=period.end.isoformat())

    def period(self) -> Period:
        if self.a_month.isChecked():
            chosen: Period = self.months.currentData()
            return chosen
        if self.a_semester.isChecked():
            chosen = self.semesters.currentData()
            return chosen
        return current_month(self.today)

    def choose(self, period_id: str) -> bool:
        """Pick ``period_id`` (False if it is not offered)."""
        if period_id == current_month(self.today).id:
            self.this_month.setChecked(True)
            return True
        for radio, combo in ((self.a_month, self.months), (self.a_semester, self.semesters)):
            index = combo.findText(period_id)
            index = index if index >= 0 else _find_data(combo, period_id)
            if index >= 0:
                combo.setCurrentIndex(index)
                radio.setChecked(True)
                return True
        return False


def _find_data(combo: QComboBox, period_id: str) -> int:
    for index in range(combo.count()):
        if combo.itemData(index).id == period_id:
            return index
    return -1
