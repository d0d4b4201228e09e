"""统计 — the county views (``center_views.views`` on the worker): open flags by level over
the periods (county-wide or one school), overdue red/orange cases, home-visit and
screening coverage per school (chart and table), the schools whose bundle for the chosen
period is missing; export as .xlsx and the period report as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import center_report, center_views
from app.services.center import CenterSession
from app.services.center_report import CenterReport
from app.services.center_views import COUNTY, CenterViews
from app.ui import dialogs, errors
from app.ui.center import stats_tables as tables
from app.ui.center.charts import CenterCoverageChart, CenterTrendChart
from app.ui.center.context import CenterContext
from app.ui.county.text_table import table_view
from app.ui.i18n import fmt
from app.ui.printing.result_dialog import warning_texts


def export_views(session: CenterSession, result: CenterViews, path: Path) -> Path:
    """Worker job: the views as shown, written as .xlsx."""
    return center_views.export_xlsx(result, path)


class CenterStatsPage(QWidget):
    def __init__(self, ctx: CenterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: CenterViews | None = None
        self.stale = True
        self.setObjectName("centerStatsPage")
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        charts = QHBoxLayout()
        charts.addWidget(self._trend_box(), 1)
        charts.addWidget(self._coverage_box(), 1)
        layout.addLayout(charts, 3)
        layout.addWidget(self._tables(), 2)
        self._set_enabled()

    # --- building --------------------------------------------------------------------------

    def _toolbar(self) -> QHBoxLayout:
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("periodCombo")
        self.period_combo.setMinimumContentsLength(11)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.school_combo = QComboBox(self)
        self.school_combo.setObjectName("schoolCombo")
        self.school_combo.setMinimumContentsLength(14)
        self.school_combo.currentIndexChanged.connect(self._show_trend)
        self.export_button = QPushButton(self.tr("Export .xlsx…"), self)
        self.export_button.setObjectName("exportXlsx")
        self.export_button.clicked.connect(self.export_xlsx)
        self.print_button = QPushButton(self.tr("Print the period report (PDF)…"), self)
        self.print_button.setObjectName("printReport")
        self.print_button.clicked.connect(self.print_report)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Period:"), self))
        row.addWidget(self.period_combo)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Trend of:"), self))
        row.addWidget(self.school_combo)
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(self.print_button)
        return row

    def _box(self, title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        column = QVBoxLayout(box)
        for widget in widgets:
            column.addWidget(widget, 1 if not isinstance(widget, QLabel) else 0)
        return box

    def _trend_box(self) -> QGroupBox:
        self.trend = CenterTrendChart(self)
        self.trend_note = QLabel(self)
        self.trend_note.setObjectName("fieldHint")
        self.trend_note.setWordWrap(True)
        return self._box(self.tr("Open warning flags by level, per period"), self.trend,
                         self.trend_note)  # fmt: skip

    def _coverage_box(self) -> QGroupBox:
        self.coverage_chart = CenterCoverageChart(self)
        return self._box(
            self.tr("Home visits and screening (each school's latest bundle)"),
            self.coverage_chart,
        )

    def _tables(self) -> QTabWidget:
        """Overdue cases, coverage figures and missing schools, one tab each."""
        self.overdue_model = tables.overdue_table()
        self.overdue_model.setParent(self)
        self.overdue_view = table_view(self.overdue_model, self, "overdueTable")
        self.coverage_model = tables.coverage_table()
        self.coverage_model.setParent(self)
        self.coverage_view = table_view(self.coverage_model, self, "coverageTable")
        self.missing_model = tables.missing_table()
        self.missing_model.setParent(self)
        self.missing_view = table_view(self.missing_model, self, "missingTable")
        self.table_tabs = QTabWidget(self)
        self.table_tabs.setObjectName("statsTables")
        self.table_tabs.addTab(self.overdue_view, self.tr("Overdue red and orange cases"))
        self.table_tabs.addTab(self.coverage_view, self.tr("Coverage per school"))
        self.table_tabs.addTab(self.missing_view, self.tr("Schools missing this period's bundle"))
        return self.table_tabs

    # --- loading ---------------------------------------------------------------------------

    def mark_stale(self) -> None:
        self.stale = True
        if self.isVisible():
            self.on_shown()

    def on_shown(self) -> None:
        if self.stale:
            self.load(self.chosen_period())

    def chosen_period(self) -> str | None:
        return self.period_combo.currentData() or None

    def load(self, period: str | None) -> None:
        self.stale = False
        self.ctx.call(center_views.views, period, on_success=self.show_views,
                      on_error=self._failed, owner=self)  # fmt: skip

    def _period_chosen(self) -> None:
        period = self.chosen_period()
        if self.result is not None and period and period != self.result.period:
            self.load(period)

    def show_views(self, result: CenterViews) -> None:
        self.result = result
        self._fill_periods(result)
        self._fill_schools(result)
        self._show_trend()
        self.coverage_chart.update_figures(result.coverage)
        tables.fill_coverage(self.coverage_model, result.coverage, self.ctx.threshold)
        tables.fill_overdue(self.overdue_model, result.overdue)
        tables.fill_missing(self.missing_model, result.missing)
        overdue = fmt(self.tr("Overdue red and orange cases ({count})"), count=len(result.overdue))
        self.table_tabs.setTabText(0, overdue)
        missing = self.tr("Schools without a bundle for {period} ({count})")
        self.table_tabs.setTabText(2, fmt(missing, period=result.period, count=len(result.missing)))
        self._set_enabled()

    def _fill_periods(self, result: CenterViews) -> None:
        periods = sorted({*result.periods, result.period}, reverse=True)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in periods:
            self.period_combo.addItem(period, period)
        self.period_combo.setCurrentIndex(periods.index(result.period))
        self.period_combo.blockSignals(False)

    def _fill_schools(self, result: CenterViews) -> None:
        current = self.school_combo.currentData()
        names = sorted({row.school for row in result.levels if row.school != COUNTY})
        self.school_combo.blockSignals(True)
        self.school_combo.clear()
        for name in (COUNTY, *names):
            self.school_combo.addItem(tables.county_name(name), name)
        index = self.school_combo.findData(current)
        self.school_combo.setCurrentIndex(max(index, 0))
        self.school_combo.blockSignals(False)

    def _show_trend(self) -> None:
        if self.result is None:
            return
        school = self.school_combo.currentData() or COUNTY
        rows = [row for row in self.result.levels if row.school == school]
        self.trend.update_figures(rows)
        self.trend_note.setText(tables.hidden_note(rows, self.ctx.threshold))
        self.trend_note.setVisible(bool(self.trend_note.text()))

    def _set_enabled(self) -> None:
        loaded = self.result is not None
        for widget in (self.export_button, self.print_button, self.period_combo):
            widget.setEnabled(loaded)

    def _failed(self, exc: BaseException) -> None:
        dialogs.error(self, errors.describe(exc))

    # --- export and print ------------------------------------------------------------------

    def export_xlsx(self) -> None:
        if self.result is None:
            return
        suggested = fmt(self.tr("county-views-{period}.xlsx"), period=self.result.period)
        path = dialogs.save_file(
            self, self.tr("Export the views as .xlsx"), self.tr("Excel workbook (*.xlsx)"),
            suggested,
        )  # fmt: skip
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.ctx.call(export_views, self.result, path, on_success=self._exported,
                      on_error=self._failed, owner=self)  # fmt: skip

    def _exported(self, path: Path) -> None:
        dialogs.info(self, fmt(self.tr("The views were written to\n{path}"), path=path))

    def print_report(self) -> None:
        if self.result is None:
            return
        folder = dialogs.choose_folder(self, self.tr("Choose the folder for the report"))
        if folder is None:
            return
        self.ctx.call(center_report.print_period_report, self.result.period, folder,
                      on_success=self._printed, on_error=self._failed, owner=self)  # fmt: skip

    def _printed(self, report: CenterReport) -> None:
        lines = [
            fmt(
                self.tr("The period report ({schools} schools, {pages} pages) was written to\n"
                        "{path}"),
                schools=report.schools, pages=report.result.pages, path=report.result.path,
            )
        ]  # fmt: skip
        if report.hidden:
            lines.append(
                fmt(
                    self.tr("{count} figures the schools hid (below {threshold}) are left out."),
                    count=report.hidden, threshold=self.ctx.threshold,
                )
            )  # fmt: skip
        lines += warning_texts(report.result.warnings)
        dialogs.info(self, "\n".join(lines))
