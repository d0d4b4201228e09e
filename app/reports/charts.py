"""Charts drawn with reportlab.graphics (vector, in the PDF; never screenshots).

Every string in a chart is set in the document's CJK font: reportlab's default
(Helvetica) is never embedded, and a PDF must not depend on the viewer's fonts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from app.domain.enums import WarningLevel
from app.domain.labels import label

OPEN_LEVELS = (WarningLevel.RED, WarningLevel.ORANGE, WarningLevel.YELLOW, WarningLevel.BLUE)
LEVEL_COLORS = {
    WarningLevel.RED: colors.HexColor("#d32f2f"),
    WarningLevel.ORANGE: colors.HexColor("#f57c00"),
    WarningLevel.YELLOW: colors.HexColor("#fbc02d"),
    WarningLevel.BLUE: colors.HexColor("#1976d2"),
}
SHORT_LABELS = {
    WarningLevel.RED: "红色",
    WarningLevel.ORANGE: "橙色",
    WarningLevel.YELLOW: "黄色",
    WarningLevel.BLUE: "蓝色",
}
SERIES_COLORS = (colors.HexColor("#00796b"), colors.HexColor("#7e57c2"), colors.HexColor("#8d6e63"))
AXIS = colors.HexColor("#616161")


def _chart(width: float, height: float, font: str) -> VerticalBarChart:
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 45
    chart.width, chart.height = width - 60, height - 75
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.strokeColor = AXIS
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.strokeColor = AXIS
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    return chart


def _drawing(width: float, height: float, font: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # the renderer's starting font (else Helvetica)
    return drawing


def _title(drawing: Drawing, title: str, font: str) -> None:
    drawing.add(
        String(
            drawing.width / 2,
            drawing.height - 14,
            title,
            fontName=font,
            fontSize=10,
            textAnchor="middle",
        )
    )


def _step(top: float) -> float:
    """A round value-axis step for counts up to ``top``."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if top / step <= 8:
            return step
    return 2000.0


def level_bar_chart(
    counts: Mapping[WarningLevel, int],
    title: str,
    font: str,
    width: float = 240,
    height: float = 180,
) -> Drawing:
    """One bar per open level, in the level's colour, with the count on top."""
    drawing = _drawing(width, height, font)
    chart = _chart(width, height, font)
    values = [counts.get(level, 0) for level in OPEN_LEVELS]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [label(level) for level in OPEN_LEVELS]
    chart.valueAxis.valueMax = max(max(values) * 1.2, 4)
    chart.valueAxis.valueStep = _step(chart.valueAxis.valueMax)
    chart.barLabelFormat = "%d"
    for index, level in enumerate(OPEN_LEVELS):
        chart.bars[(0, index)].fillColor = LEVEL_COLORS[level]
        chart.bars[(0, index)].strokeColor = None
    drawing.add(chart)
    _title(drawing, title, font)
    return drawing


def _legend(names: Sequence[str], fills: Sequence[colors.Color], font: str, x: float) -> Legend:
    legend = Legend()
    legend.fontName, legend.fontSize = font, 8
    legend.alignment = "right"
    legend.x, legend.y = x, 16
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.dx = legend.dy = 7
    legend.colorNamePairs = list(zip(fills, names, strict=True))
    return legend


def percent_bar_chart(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    title: str,
    font: str,
    width: float = 480,
    height: float = 200,
) -> Drawing:
    """Grouped bars of ratios (0-1) shown in per cent, one group per category; a ratio
    that is not known (None) gets no bar and the label 未报送."""
    drawing = _drawing(width, height, font)
    chart = _chart(width, height, font)
    chart.data = [[round((v or 0) * 100, 1) for v in values] for _, values in series]
    chart.barLabelArray = [
        ["未报送" if v is None else f"{v * 100:.0f}%" for v in values] for _, values in series
    ]
    chart.categoryAxis.categoryNames = list(categories)
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.barLabelFormat = "values"
    for index in range(len(series)):
        chart.bars[index].fillColor = SERIES_COLORS[index % len(SERIES_COLORS)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    names = [name for name, _ in series]
    drawing.add(_legend(names, SERIES_COLORS[: len(series)], font, 40))
    _title(drawing, title, font)
    return drawing


def stacked_level_chart(
    categories: Sequence[str],
    counts: Sequence[Mapping[WarningLevel, int]],
    title: str,
    font: str,
    width: float = 480,
    height: float = 220,
) -> Drawing:
    """Open flags per category (e.g. per school), stacked by level."""
    drawing = _drawing(width, height, font)
    chart = _chart(width, height, font)
    chart.categoryAxis.style = "stacked"
    chart.data = [[c.get(level, 0) for c in counts] for level in OPEN_LEVELS]
    chart.categoryAxis.categoryNames = list(categories)
    top = max((sum(c.get(level, 0) for level in OPEN_LEVELS) for c in counts), default=0)
    chart.valueAxis.valueMax = max(top * 1.15, 4)
    chart.valueAxis.valueStep = _step(chart.valueAxis.valueMax)
    for index, level in enumerate(OPEN_LEVELS):
        chart.bars[index].fillColor = LEVEL_COLORS[level]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    fills = [LEVEL_COLORS[level] for level in OPEN_LEVELS]
    drawing.add(_legend([label(level) for level in OPEN_LEVELS], fills, font, 40))
    _title(drawing, title, font)
    return drawing
