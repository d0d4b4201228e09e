"""工作台 The dashboard: open flags by level and grade, home-visit coverage, screenings due,
overdue actions, urgent committee concerns — every number opens the list behind it.

Counselors and school leaders only (``dashboard.figures`` refuses everybody else). The
figures are loaded on the worker each time the page is shown (or F5); widgets are built
once and updated in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.dashboard import DashboardFigures
from app.domain.enums import WarningLevel
from app.domain.school import SchoolYear
from app.services import dashboard, students
from app.services.session import Session
from app.ui.charts import OPEN_LEVELS, CoverageBars, FlagsByGradeChart, percent
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.levels import RED, level_name, swatch
from app.ui.pages.reloading import Reloading
from app.ui.widgets.number_tile import PLAIN, NumberTile


@dataclass(frozen=True, slots=True)
class DashboardData:
    figures: DashboardFigures
    grade_ids: dict[str, int]  # grade name -> id (the figures name grades)
    year: SchoolYear
    loaded_at: datetime


def load_dashboard(session: Session) -> DashboardData:
    """Worker job: the figures plus what the page needs to turn them into roster filters."""
    figures = dashboard.figures(session)
    grade_ids = {grade.name: grade.id for grade in students.grades(session)}
    return DashboardData(figures, grade_ids, SchoolYear.of(date.today()), datetime.now())


class DashboardPage(Reloading, QWidget):
    failure_context = "dashboard"

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dashboardPage")
        self.data: DashboardData | None = None
        self._build()
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(self.refresh)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addLayout(self._heading())
        column.addWidget(self._urgent_banner())
        column.addWidget(self._level_box())
        column.addLayout(self._task_row())
        column.addLayout(self._chart_row(), 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _heading(self) -> QHBoxLayout:
        heading = QLabel(self.tr("Dashboard"), self)
        heading.setObjectName("pageHeading")
        self.summary = QLabel(self.tr("Loading…"), self)
        self.summary.setObjectName("fieldHint")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setToolTip(self.tr("Load the figures again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addSpacing(12)
        row.addWidget(self.summary, 1)
        row.addWidget(self.refresh_button)
        return row

    def _urgent_banner(self) -> NumberTile:
        self.urgent_tile = NumberTile(
            self.tr("urgent committee concerns waiting for triage"), self, banner=True
        )
        self.urgent_tile.set_swatch(RED)
        self.urgent_tile.set_detail(
            self.tr("A class psychology committee member marked these concerns urgent.")
        )
        self.urgent_tile.clicked.connect(lambda: self._show_page("inbox"))
        self.urgent_tile.hide()
        return self.urgent_tile

    def _level_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Open warning flags"), self)
        row = QHBoxLayout(box)
        self.level_tiles: dict[WarningLevel, NumberTile] = {}
        for level in OPEN_LEVELS:
            tile = NumberTile(level_name(level), box)
            tile.set_swatch(swatch(level))
            tile.clicked.connect(lambda lv=level: self._open_roster(level=lv))
            self.level_tiles[level] = tile
            row.addWidget(tile)
        return box

    def _task_row(self) -> QHBoxLayout:
        self.unscreened_tile = NumberTile(self.tr("not screened this school year"), self)
        self.unscreened_tile.clicked.connect(lambda: self._open_roster(unscreened=True))
        self.overdue_tile = NumberTile(self.tr("overdue actions"), self)
        self.overdue_tile.clicked.connect(self._open_overdue)
        self.due_today_tile = NumberTile(self.tr("actions due today"), self)
        self.due_today_tile.clicked.connect(lambda: self._show_page("due"))
        self.coverage_tile = NumberTile(self.tr("home-visit coverage this school year"), self)
        self.coverage_tile.clicked.connect(lambda: self._show_page("visits"))
        row = QHBoxLayout()
        for tile in self.task_tiles():
            row.addWidget(tile)
        return row

    def task_tiles(self) -> tuple[NumberTile, ...]:
        return (self.unscreened_tile, self.overdue_tile, self.due_today_tile, self.coverage_tile)

    def _chart_row(self) -> QGridLayout:
        flags_box = QGroupBox(self.tr("Open flags by grade"), self)
        self.flags_chart = FlagsByGradeChart(flags_box)
        self.flags_chart.segment_clicked.connect(self._grade_clicked)
        QVBoxLayout(flags_box).addWidget(self.flags_chart)
        visits_box = QGroupBox(self.tr("On-site home visits per class, lowest first"), self)
        self.coverage_bars = CoverageBars(visits_box)
        self.coverage_bars.setMinimumHeight(260)
        self.coverage_bars.class_clicked.connect(self._class_clicked)
        QVBoxLayout(visits_box).addWidget(self.coverage_bars)
        grid = QGridLayout()
        grid.addWidget(flags_box, 0, 0)
        grid.addWidget(visits_box, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    # --- loading ---------------------------------------------------------------------------

    def on_shown(self) -> None:
        self._update_clickable()
        self.watch_window()
        self.refresh()

    def load_job(self) -> tuple[Any, tuple[Any, ...]]:
        return load_dashboard, ()

    def show_loaded(self, data: DashboardData) -> None:
        self.data = data
        self.show_figures(data)

    # --- showing ---------------------------------------------------------------------------

    def show_figures(self, data: DashboardData) -> None:
        figures = data.figures
        self.summary.setText(self._summary(data))
        for level, tile in self.level_tiles.items():
            tile.set_value(figures.open_flags.get(level, 0))
        self._show_urgent(figures.pending_urgent_concerns)
        self._show_tasks(figures)
        self.flags_chart.update_figures(figures.grade_order, figures.flags_by_grade)
        self.coverage_bars.update_figures(figures.coverage)

    def _summary(self, data: DashboardData) -> str:
        text = self.tr("School year {year} · {count} students in school · updated {time}")
        values = {"year": data.year.label, "count": data.figures.students_in_school}
        return fmt(text, **values, time=data.loaded_at.strftime("%H:%M"))

    def _show_urgent(self, count: int) -> None:
        self.urgent_tile.set_value(count)
        self.urgent_tile.setVisible(count > 0)

    def _show_tasks(self, figures: DashboardFigures) -> None:
        self.unscreened_tile.set_value(figures.unscreened)
        self.overdue_tile.set_value(figures.overdue)
        self.overdue_tile.set_swatch(RED if figures.overdue else PLAIN)
        self.due_today_tile.set_value(figures.due_today)
        self.coverage_tile.set_value(fmt(self.tr("{percent}%"), percent=percent_of(figures)))
        total = sum(c.students for c in figures.coverage)
        detail = self.tr("{visited} of {students} students visited on site")
        self.coverage_tile.set_detail(fmt(detail, visited=figures.visited, students=total))

    # --- navigation ------------------------------------------------------------------------

    def _registered(self, key: str) -> bool:
        return key in getattr(self.window(), "specs", {})

    def _update_clickable(self) -> None:
        roster = self._registered("students")
        for tile in (*self.level_tiles.values(), self.unscreened_tile):
            tile.set_clickable(roster)
        self.overdue_tile.set_clickable(roster or self._registered("due"))
        self.due_today_tile.set_clickable(self._registered("due"))
        self.coverage_tile.set_clickable(self._registered("visits"))
        self.urgent_tile.set_clickable(self._registered("inbox"))

    def _show_page(self, key: str) -> QWidget | None:
        show = getattr(self.window(), "show_page", None)
        return show(key) if callable(show) else None

    def _open_roster(self, **criteria: Any) -> None:
        """Switch to the Students page showing only the students behind a number."""
        page = self._show_page("students")
        show_filtered = getattr(page, "show_filtered", None)
        if callable(show_filtered):
            show_filtered(**criteria)

    def _open_overdue(self) -> None:
        if self._registered("students"):
            self._open_roster(overdue=True)
        else:
            self._show_page("due")

    def _grade_clicked(self, grade: str, level: WarningLevel) -> None:
        if self.data is not None and grade in self.data.grade_ids:
            self._open_roster(grade_id=self.data.grade_ids[grade], level=level)

    def _class_clicked(self, class_id: int) -> None:
        self._open_roster(class_id=class_id, not_visited=True)


def percent_of(figures: DashboardFigures) -> int:
    return percent(figures.visit_ratio)
