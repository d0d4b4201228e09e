"""The county center's main window: three tabs — 学校 (schools), 导入 (import),
统计 (views) — and a status bar with the center and its county. Ctrl+1..3 switch tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from app.ui.center.context import CenterContext
from app.ui.center.import_page import CenterImportPage
from app.ui.center.schools_page import CenterSchoolsPage
from app.ui.center.stats_page import CenterStatsPage
from app.ui.i18n import fmt

TABS = ("schools", "import", "stats")


class CenterWindow(QMainWindow):
    """``closed`` when the user closes the window (the shell then closes the session)."""

    closed = Signal()

    def __init__(self, ctx: CenterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("centerWindow")
        self.setWindowTitle(fmt(self.tr("XinAn county center — {center}"), center=ctx.center_name))
        self.schools = CenterSchoolsPage(ctx, self)
        self.importer = CenterImportPage(ctx, self)
        self.stats = CenterStatsPage(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("centerTabs")
        self.tabs.addTab(self.schools, self.tr("Schools"))
        self.tabs.addTab(self.importer, self.tr("Import"))
        self.tabs.addTab(self.stats, self.tr("Views"))
        self.tabs.currentChanged.connect(self._shown)
        self.setCentralWidget(self.tabs)
        self.importer.imported.connect(self.stats.mark_stale)
        self.importer.imported.connect(self.schools.refresh)
        self.schools.changed.connect(self.stats.mark_stale)
        self._status_bar()
        for number, _key in enumerate(TABS, 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number - 1: self.tabs.setCurrentIndex(n))
        self.resize(1280, 800)
        self.schools.refresh()

    def _status_bar(self) -> None:
        text = fmt(
            self.tr("{center} · county {county} · small numbers hidden below {threshold}"),
            center=self.ctx.center_name,
            county=self.ctx.county_code,
            threshold=self.ctx.threshold,
        )
        label = QLabel(text, self)
        label.setObjectName("statusText")
        self.statusBar().addWidget(label)

    def show_tab(self, key: str) -> QWidget:
        self.tabs.setCurrentIndex(TABS.index(key))
        return self.tabs.currentWidget()

    def _shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self.stats:
            self.stats.on_shown()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.ctx.closed = True
        self.closed.emit()
