"""The main window: navigation bar, pages, status bar, lock button.

Pages come from the registry (``app.ui.pages.page_specs``) and are built the first time
they are shown. The window knows nothing about any particular page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import dialogs
from app.ui.about_dialog import AboutButton
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.lockable import InputStash, has_unsaved_input
from app.ui.nav import NavBar, PageSpec, ordered
from app.ui.vocab import account_label

GEOMETRY_KEY = "main"


class MainWindow(QMainWindow):
    """``lock_requested`` on Ctrl+L or the lock button; ``close_requested`` when the user
    closes the window (the controller then closes the session and quits)."""

    lock_requested = Signal()
    close_requested = Signal()
    restore_requested = Signal()  # Settings → 从备份恢复: lock, then the restore dialog

    def __init__(
        self,
        ctx: ShellContext,
        specs: Sequence[PageSpec],
        stash: InputStash | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        role = ctx.account.role
        self.specs = {spec.key: spec for spec in ordered(specs) if spec.allows(role)}
        self.stash = stash
        self.pages: dict[str, QWidget] = {}
        self.built_read_only = ctx.read_only  # pages were built to change nothing
        self._disposing = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(fmt(self.tr("XinAn — {school}"), school=ctx.school.name))
        self._build()
        self._shortcuts()
        self._restore_geometry()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.nav = NavBar(list(self.specs.values()), self)
        self.nav.page_chosen.connect(self.show_page)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageStack")
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        if self.ctx.read_only:
            right.addWidget(self._read_only_banner())
        right.addWidget(self.stack, 1)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._nav_column())
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        self._status_bar()

    def _nav_column(self) -> QWidget:
        column = QWidget(self)
        column.setObjectName("navColumn")
        title = QLabel(self.tr("XinAn"), column)
        title.setObjectName("navTitle")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(title)
        layout.addWidget(self.nav, 1)
        return column

    def _read_only_banner(self) -> QLabel:
        if self.ctx.session.integrity_problems:
            text = self.tr(
                "The station database failed its integrity check, so it was opened "
                "read-only: nothing can be saved. Please restore a backup or ask your "
                "technical support for help."
            )
        else:
            text = self.tr("The station is open read-only: nothing can be saved.")
        self.read_only_banner = QLabel(text, self)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        return self.read_only_banner

    def _status_bar(self) -> None:
        bar = self.statusBar()
        self.station_label = QLabel(self.ctx.school.name, self)
        self.station_label.setObjectName("stationLabel")
        self.account_label = QLabel(account_label(self.ctx.account), self)
        self.account_label.setObjectName("accountLabel")
        self.busy_label = QLabel(self.tr("Working…"), self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.setVisible(self.ctx.runner.busy)
        self.ctx.runner.busy_changed.connect(self._busy_changed)
        self.lock_button = QPushButton(self.tr("Lock"), self)
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setToolTip(self.tr("Lock the station (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)
        bar.addWidget(self.station_label)
        bar.addWidget(self.account_label)
        if self.ctx.read_only:
            read_only = QLabel(self.tr("Read-only"), self)
            read_only.setObjectName("readOnlyLabel")
            bar.addWidget(read_only)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(AboutButton(self, self.ctx))  # also F1
        bar.addPermanentWidget(self.lock_button)

    def _shortcuts(self) -> None:
        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.setContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.activated.connect(self.lock_requested)
        for spec in self.specs.values():
            if spec.shortcut:
                shortcut = QShortcut(QKeySequence(spec.shortcut), self)
                shortcut.activated.connect(lambda key=spec.key: self.show_page(key))

    def _busy_changed(self, busy: bool) -> None:
        if not self._disposing:
            self.busy_label.setVisible(busy)

    # --- pages ---------------------------------------------------------------------------

    def first_page(self) -> str | None:
        return next(iter(self.specs), None)

    def current_key(self) -> str | None:
        page = self.stack.currentWidget()
        return next((key for key, widget in self.pages.items() if widget is page), None)

    def show_page(self, key: str) -> QWidget | None:
        """Show (building on first use) the page registered under ``key``."""
        spec = self.specs.get(key)
        if spec is None:
            return None
        if key not in self.pages:
            self.pages[key] = self._build_page(spec)
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        self.nav.select(key)
        shown = getattr(page, "on_shown", None)
        if callable(shown):
            shown()
        return page

    def _build_page(self, spec: PageSpec) -> QWidget:
        page = spec.factory(self.ctx)
        page.setProperty("pageKey", spec.key)
        self.stack.addWidget(page)
        if self.stash is not None:
            self.stash.restore_into(page)
        return page

    # --- geometry, closing -----------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.geometry(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 780)

    def save_geometry(self) -> None:
        self.ctx.settings.set_geometry(GEOMETRY_KEY, self.saveGeometry())

    def dispose(self) -> None:
        """Close for a lock: no questions, the controller has stashed the input."""
        self._disposing = True
        self.save_geometry()
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._disposing:
            event.accept()
            return
        question = self.tr("Some input has not been saved yet. Close XinAn anyway?")
        if has_unsaved_input([self]) and not dialogs.ask(self, question):
            event.ignore()
            return
        self._disposing = True
        self.save_geometry()
        event.accept()
        self.close_requested.emit()
