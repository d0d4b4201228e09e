"""The center's two charts (QtCharts, like ``app.ui.charts``): open flags by level over
the periods (stacked bars, county-wide or one school) and home-visit / screening
coverage per school (horizontal bars, percent). Built once, updated in place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from app.domain.enums import WarningLevel
from app.services.center_views import CoverageRow, LevelRow
from app.ui.charts import OPEN_LEVELS, count_axes, fit_counts
from app.ui.levels import BLUE, GREEN, color, level_name


def _chart(view: QChartView) -> QChart:
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundVisible(False)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view.setChart(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setStyleSheet("background: transparent; border: none;")
    return chart


class CenterTrendChart(QChartView):
    """Open flags per period, one stacked bar per period, one colour per level. A count
    the school hid (small cell) is drawn as 0; the page says so under the chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.periods: list[str] = []
        self.series = QStackedBarSeries()
        self.bar_sets: dict[WarningLevel, QBarSet] = {}
        for level in OPEN_LEVELS:
            bar_set = QBarSet(level_name(level))
            bar_set.setColor(color(level))
            bar_set.setBorderColor(color(level))
            self.series.append(bar_set)
            self.bar_sets[level] = bar_set
        chart = _chart(self)
        chart.addSeries(self.series)
        self.axis_x, self.axis_y = count_axes(chart, self.series)
        self.setMinimumHeight(220)

    def update_figures(self, rows: Sequence[LevelRow]) -> None:
        """``rows``: one school's (or the county's) rows, in period order."""
        self.periods = [row.period for row in rows]
        self.axis_x.setCategories(self.periods)
        for level, bar_set in self.bar_sets.items():
            bar_set.remove(0, bar_set.count())
            bar_set.append([float(row.counts.get(level) or 0) for row in rows])
        top = max((sum(v or 0 for v in row.counts.values()) for row in rows), default=0)
        fit_counts(self.axis_y, top)

    def count(self, period: str, level: WarningLevel) -> int:
        if period not in self.periods:
            return 0
        return int(self.bar_sets[level].at(self.periods.index(period)))


class CenterCoverageChart(QChartView):
    """On-site home-visit and screening coverage per school, in percent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageChart")
        self.schools: list[str] = []
        self.series = QHorizontalBarSeries()
        self.visits = QBarSet(self.tr("Home visits %"))
        self.visits.setColor(QColor(GREEN.background))
        self.screening = QBarSet(self.tr("Screening %"))
        self.screening.setColor(QColor(BLUE.background))
        self.series.append(self.visits)
        self.series.append(self.screening)
        chart = _chart(self)
        chart.addSeries(self.series)
        self.axis_y = QBarCategoryAxis()
        self.axis_y.setTruncateLabels(False)  # school names are the point of the chart
        self.axis_x = QValueAxis()
        self.axis_x.setRange(0, 100)
        self.axis_x.setLabelFormat("%d%%")
        self.axis_x.setTickCount(6)
        chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.axis_y)
        self.series.attachAxis(self.axis_x)
        self.setMinimumHeight(200)

    def update_figures(self, rows: Sequence[CoverageRow]) -> None:
        shown = list(reversed(rows))  # a horizontal bar chart draws its first row lowest
        self.schools = [row.school for row in rows]
        self.axis_y.setCategories([row.school for row in shown])
        for bar_set, rates in (
            (self.visits, [row.visit_rate for row in shown]),
            (self.screening, [row.screen_rate for row in shown]),
        ):
            bar_set.remove(0, bar_set.count())
            bar_set.append([round((rate or 0) * 100, 1) for rate in rates])
