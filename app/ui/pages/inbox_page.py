"""报告: the counselor's inbox of committee reports (counselors only).

Urgent concerns stay pinned under a red banner until they are triaged; below it, the
concerns awaiting triage with the triage panel, the reports of a week per class with the
classes that missed it, and the committee members. The sealed report files themselves
are opened at unlock (``app.services.inbox``); files that could not be opened are
announced once after unlock (``app.ui.notifications``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.services import station, students, triage
from app.services.session import Session
from app.services.triage import PendingConcern
from app.ui import errors
from app.ui.context import ShellContext
from app.ui.inbox.concern_list import ConcernList, UrgentBanner
from app.ui.inbox.members_box import MembersBox
from app.ui.inbox.triage_panel import TriagePanel
from app.ui.inbox.week_reports import WeekReports

CONCERNS_TAB, REPORTS_TAB, MEMBERS_TAB = range(3)


@dataclass(frozen=True)
class InboxData:
    class_names: dict[int, str]
    pending: list[PendingConcern]


def load_inbox(session: Session) -> InboxData:
    """Worker job: class names and the concerns awaiting triage (urgent first).

    Shown first after an unlock, this page may load before the shell's deferred
    ``finish_unlock`` has taken in the sealed reports: run it first (it is idempotent).
    """
    station.finish_unlock(session)
    names = {c.id: c.name for c in students.classes(session)}
    return InboxData(names, triage.pending(session))


class InboxPage(QWidget):
    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.class_names: dict[int, str] = {}
        self.setObjectName("inboxPage")
        heading = QLabel(self.tr("Committee reports"), self)
        heading.setObjectName("pageHeading")
        self.banner = UrgentBanner(self)
        self.message = QLabel(self)
        self.message.setObjectName("statusText")
        self.message.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._concerns_tab(), self.tr("Concerns awaiting triage"))
        self.week = WeekReports(ctx, self)
        self.tabs.addTab(self.week, self.tr("Weekly reports"))
        self.members = MembersBox(ctx, self)
        self.tabs.addTab(self.members, self.tr("Committee members"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def _concerns_tab(self) -> QWidget:
        tab = QWidget(self)
        self.concerns = ConcernList(tab)
        self.concerns.concern_selected.connect(self._concern_selected)
        self.triage_panel = TriagePanel(self.ctx, tab)
        self.triage_panel.triaged.connect(self._triaged)
        self.empty_label = QLabel(self.tr("No concerns await triage."), tab)
        self.empty_label.setObjectName("fieldHint")
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.addWidget(self.concerns)
        splitter.addWidget(self.triage_panel)
        splitter.setSizes([420, 480])
        layout = QVBoxLayout(tab)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        return tab

    # --- loading -------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.ctx.call(load_inbox, on_success=self._loaded, on_error=self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(errors.describe(exc))

    def _loaded(self, data: InboxData) -> None:
        self.class_names = data.class_names
        self.week.set_class_names(data.class_names)
        self.members.set_class_names(data.class_names)
        self.concerns.set_concerns(data.pending, data.class_names)
        restored = self.triage_panel.restored
        if restored is not None:
            self.concerns.select_concern(restored["concern"])
        self.banner.set_count(self.concerns.urgent_count())
        self.empty_label.setVisible(not data.pending)
        self.week.refresh()
        self.members.refresh()

    def _concern_selected(self, pending: PendingConcern | None) -> None:
        where = self.class_names.get(pending.class_id or -1, "") if pending else ""
        self.triage_panel.show_concern(pending, where)

    def _triaged(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()
