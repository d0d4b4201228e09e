"""The dashboard's charts: open flags by grade (QtCharts) and home-visit coverage per class.

Both are built once and updated in place on every refresh (``update_figures``): no series,
axis or row widget is thrown away while the page lives, so a refresh does not flicker.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.domain.dashboard import ClassCoverage
from app.domain.enums import WarningLevel
from app.ui.i18n import fmt
from app.ui.levels import BLUE, GREEN, color, level_name

OPEN_LEVELS = (WarningLevel.RED, WarningLevel.ORANGE, WarningLevel.YELLOW, WarningLevel.BLUE)
ROWS_AT_ONCE = 12  # coverage rows filled before a paint (about what fits; the rest follow)


def nice_step(top: int) -> int:
    """A tick interval giving at most ~6 whole-number ticks up to ``top``."""
    step = 1
    while top / step > 6:
        for factor in (2, 5, 10):
            if top / (step * factor) <= 6:
                return step * factor
        step *= 10
    return step


def count_axes(chart: QChart, series: QStackedBarSeries) -> tuple[QBarCategoryAxis, QValueAxis]:
    """Categories along the bottom, whole counts up the left, attached to ``series``."""
    axis_x = QBarCategoryAxis()
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_y.setTickAnchor(0)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    return axis_x, axis_y


def fit_counts(axis: QValueAxis, top: int) -> None:
    """A count axis from 0 to ``top`` rounded up to a nice step (at least 1)."""
    top = max(top, 1)
    step = nice_step(top)
    axis.setTickInterval(step)
    axis.setRange(0, -(-top // step) * step)


class FlagsByGradeChart(QChartView):
    """A stacked bar per grade, one colour per warning level.

    ``segment_clicked(grade_name, level)`` when the user clicks a coloured segment.
    """

    segment_clicked = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flagsByGradeChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.grades: list[str] = []
        self.bar_sets: dict[WarningLevel, QBarSet] = {}
        self.series = QStackedBarSeries()
        for level in OPEN_LEVELS:
            self.series.append(self._bar_set(level))
        self._build_chart()

    def _bar_set(self, level: WarningLevel) -> QBarSet:
        bar_set = QBarSet(level_name(level))
        bar_set.setColor(color(level))
        bar_set.setBorderColor(color(level))
        bar_set.clicked.connect(lambda index, lv=level: self._clicked(index, lv))
        bar_set.hovered.connect(lambda on, index, lv=level: self._hovered(on, index, lv))
        self.bar_sets[level] = bar_set
        return bar_set

    def _build_chart(self) -> None:
        chart = QChart()
        chart.addSeries(self.series)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundVisible(False)  # the group box around it is the card
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.axis_x, self.axis_y = count_axes(chart, self.series)
        self.setChart(chart)
        self.setMinimumHeight(240)
        self.setStyleSheet("background: transparent; border: none;")

    def update_figures(
        self, grade_order: Sequence[str], by_grade: dict[str, dict[WarningLevel, int]]
    ) -> None:
        """Show ``by_grade`` (grade name -> level -> count) with grades in ``grade_order``."""
        self.grades = [g for g in grade_order if g in by_grade] or list(grade_order)
        self.grades += [g for g in by_grade if g not in self.grades]
        self.axis_x.setCategories(self.grades)
        for level, bar_set in self.bar_sets.items():
            bar_set.remove(0, bar_set.count())
            bar_set.append([float(by_grade.get(g, {}).get(level, 0)) for g in self.grades])
        top = max((sum(by_grade.get(g, {}).values()) for g in self.grades), default=0)
        fit_counts(self.axis_y, top)

    def count(self, grade: str, level: WarningLevel) -> int:
        """The number shown for ``grade`` and ``level`` (0 if the grade is not shown)."""
        if grade not in self.grades:
            return 0
        return int(self.bar_sets[level].at(self.grades.index(grade)))

    def _clicked(self, index: int, level: WarningLevel) -> None:
        if 0 <= index < len(self.grades):
            self.segment_clicked.emit(self.grades[index], level)

    def _hovered(self, on: bool, index: int, level: WarningLevel) -> None:
        if not on or not 0 <= index < len(self.grades):
            QToolTip.hideText()
            return
        text = self.tr("{grade}, {level}: {count} students — click to list them")
        grade = self.grades[index]
        values = {"grade": grade, "level": level_name(level), "count": self.count(grade, level)}
        QToolTip.showText(QCursor.pos(), fmt(text, **values), self)


def worst_first(coverage: Sequence[ClassCoverage]) -> list[ClassCoverage]:
    """Classes with students, lowest coverage first (then most students still to visit)."""
    shown = [c for c in coverage if c.students > 0]
    return sorted(shown, key=lambda c: (c.ratio, -c.not_visited, c.grade_name, c.class_name))


def percent(ratio: float) -> int:
    """Whole percent, rounded down so that 99.6 % never shows as a complete 100 %."""
    return int(ratio * 100 + 1e-9)


class CoverageRow:
    """The widgets of one class line: name, bar, percentage, visited count, "not yet" link."""

    def __init__(self, owner: CoverageBars, grid: QGridLayout, row: int) -> None:
        self.class_id = 0
        self.name = QLabel(owner)
        self.bar = QProgressBar(owner)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(14)
        self.percent = QLabel(owner)
        self.percent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.counts = QLabel(owner)
        self.link = QPushButton(owner)
        self.link.setObjectName("coverageLink")
        self.link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.link.clicked.connect(lambda: owner.class_clicked.emit(self.class_id))
        widgets = (self.name, self.bar, self.percent, self.counts, self.link)
        for column, widget in enumerate(widgets):
            grid.addWidget(widget, row, column)

    def show(self, item: ClassCoverage) -> None:
        self.class_id = item.class_id
        self.name.setText(item.class_name)
        value = percent(item.ratio)
        self.bar.setValue(value)
        self._set_complete(item.not_visited == 0)
        self.percent.setText(
            fmt(QCoreApplication.translate("CoverageBars", "{percent}%"), percent=value)
        )
        self.counts.setText(
            fmt(QCoreApplication.translate("CoverageBars", "{visited}/{students}"), **_counts(item))
        )
        self.link.setText(_link_text(item.not_visited))
        self.link.setEnabled(item.not_visited > 0)

    def _set_complete(self, complete: bool) -> None:
        """Green when every student was visited (``LINK_STYLE``); a style sheet per bar
        would be parsed again on every refresh, for each of a hundred classes."""
        if self.bar.property("complete") != complete:
            self.bar.setProperty("complete", complete)
            self.bar.style().unpolish(self.bar)
            self.bar.style().polish(self.bar)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.bar, self.percent, self.counts, self.link)

    def set_visible(self, visible: bool) -> None:
        if self.name.isHidden() == visible:  # only on a change: each costs a relayout
            for widget in self.widgets():
                widget.setVisible(visible)


def _link_text(not_visited: int) -> str:
    if not_visited == 0:
        return QCoreApplication.translate("CoverageBars", "All visited")
    text = QCoreApplication.translate("CoverageBars", "{count} not yet visited")
    return fmt(text, count=not_visited)


def _counts(item: ClassCoverage) -> dict[str, int]:
    return {"visited": item.visited, "students": item.students}


LINK_STYLE = (
    f"QPushButton#coverageLink {{ border: none; background: transparent; color: {BLUE.background};"
    " text-align: left; padding: 0 4px; text-decoration: underline; }"
    f"QPushButton#coverageLink:disabled {{ color: {GREEN.background}; text-decoration: none; }}"
    f'QProgressBar[complete="true"]::chunk {{ background: {GREEN.background}; }}'
)


class CoverageBars(QScrollArea):
    """On-site home-visit coverage per class as progress bars, worst first.

    ``class_clicked(class_id)`` when the user clicks a class's "not yet visited" number.
    """

    class_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageBars")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.inner = QWidget(self)
        self.inner.setObjectName("coverageInner")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.empty = QLabel(self.tr("No classes with students yet."), self.inner)
        self.empty.setObjectName("fieldHint")
        column = QVBoxLayout(self.inner)
        column.addWidget(self.empty)
        column.addLayout(self.grid)
        column.addStretch(1)
        self.setWidget(self.inner)
        self.setStyleSheet(LINK_STYLE)
        self.rows: list[CoverageRow] = []
        self.shown: list[ClassCoverage] = []
        self._generation = 0

    def update_figures(self, coverage: Sequence[ClassCoverage]) -> None:
        """Show the classes, worst first. A large school has a hundred classes: the first
        ``ROWS_AT_ONCE`` are filled at once, the rest in later turns of the event loop, so
        the page paints without waiting for rows far below the fold."""
        self.shown = worst_first(coverage)
        self._generation += 1
        self.empty.setVisible(not self.shown)
        self._fill(0, self._generation)

    def _fill(self, start: int, generation: int) -> None:
        if generation != self._generation:
            return  # newer figures arrived meanwhile
        end = min(start + ROWS_AT_ONCE, len(self.shown))
        self.inner.setUpdatesEnabled(False)  # one repaint for the batch, not one per row
        while len(self.rows) < end:
            self.rows.append(CoverageRow(self, self.grid, len(self.rows)))
        for index in range(start, end):
            self.rows[index].set_visible(True)
            self.rows[index].show(self.shown[index])
        if end < len(self.shown):
            QTimer.singleShot(0, self, lambda: self._fill(end, generation))
        else:
            for row in self.rows[end:]:
                row.set_visible(False)
        self.inner.setUpdatesEnabled(True)
