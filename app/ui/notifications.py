"""What an account is told right after unlocking, in a non-blocking dialog.

- School leaders and head teachers: their unread notifications (a red or orange flag was
  raised for a student), with the student's name and class as *their* scope shows it;
  "Mark as read" marks them read, "Later" keeps them for the next login.
- Counselors: report files that could not be opened at this unlock (set aside in
  ``inbox/quarantine``; file names only, shown once: the next unlock does not see them
  again), and the urgent concerns still waiting for triage, with a way to the inbox.

Nothing is shown when there is nothing to say. The dialogs are children of the main
window, so a lock closes them like every other window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role, Urgency, WarningLevel
from app.services import accounts, students, triage
from app.services.session import Session
from app.services.students import RosterFilter
from app.services.triage import PendingConcern
from app.ui import errors
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.levels import RED, level_name, swatch


@dataclass(frozen=True)
class NoticeLine:
    """One unread notification, with the student as this account may see them."""

    notification_id: int
    created_at: datetime
    level: WarningLevel | None
    student_name: str  # "" when the student is no longer within this account's scope
    class_name: str


def load_notices(session: Session) -> list[NoticeLine]:
    """Worker job: unread notifications plus names and classes (through the scoped roster)."""
    notices = accounts.my_notifications(session)
    if not notices:
        return []
    flt = RosterFilter(student_ids=frozenset(n.student_id for n in notices))
    rows = {row.student_id: row for row in students.roster(session, flt)}
    lines = []
    for notice in notices:
        row = rows.get(notice.student_id)
        name, class_name = (row.name, row.class_name) if row else ("", "")
        lines.append(NoticeLine(notice.id, notice.created_at, notice.level, name, class_name))
    return lines


class NoticeDialog(QDialog):
    """A non-modal box: texts on top, buttons below."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("noticeDialog")
        self.setModal(False)
        self.setMinimumWidth(460)
        self.body = QVBoxLayout()
        self.buttons = QDialogButtonBox(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.buttons)

    def add_text(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        self.body.addWidget(label)
        return label

    def add_button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def button(self, name: str) -> QPushButton:
        return self.findChild(QPushButton, name)


class NotificationsDialog(NoticeDialog):
    """Leaders and head teachers: new red/orange flags; "Mark as read" or "Later"."""

    def __init__(self, parent: QWidget, ctx: ShellContext, lines: list[NoticeLine]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New warnings"))
        self.ctx = ctx
        self.lines = lines
        self.add_text(self.tr("Warnings were raised for these students:"), "noticeIntro")
        self.list = QListWidget(self)
        self.list.setObjectName("noticeList")
        for line in lines:
            self.list.addItem(self._item(line))
        self.body.addWidget(self.list)
        self.read_button = self.add_button(self.tr("Mark as read"), "markRead", self.mark_read)
        self.read_button.setEnabled(not ctx.read_only)
        self.add_button(self.tr("Later"), "later", self.close)

    def _item(self, line: NoticeLine) -> QListWidgetItem:
        who = fmt(
            self.tr("{name} ({class_name})"), name=line.student_name, class_name=line.class_name
        )
        if not line.student_name:
            who = self.tr("a student you can no longer see (the level was lowered since)")
        level = level_name(line.level) if line.level else ""
        text = fmt(
            self.tr("{when} · {level}: {student}"),
            when=line.created_at.strftime("%Y-%m-%d %H:%M"),
            level=level,
            student=who,
        )
        item = QListWidgetItem(text)
        if line.level is not None:
            item.setBackground(QBrush(QColor(swatch(line.level).background)))
            item.setForeground(QBrush(QColor(swatch(line.level).text)))
        return item

    def mark_read(self) -> None:
        self.read_button.setEnabled(False)
        ids = [line.notification_id for line in self.lines]
        self.ctx.call(
            accounts.mark_notifications_read, ids, on_success=lambda _: self.close(), owner=self
        )


def quarantine_text(file_names: list[str]) -> str:
    text = QCoreApplication.translate(
        "Notifications",
        "{count} report file(s) could not be opened and were set aside in the folder "
        "inbox/quarantine: {files}. They may be damaged, changed on the way, or meant for "
        "another station; nothing from them was imported. Please ask the committee members "
        "concerned to hand in their reports again.",
    )
    return fmt(text, count=len(file_names), files="、".join(file_names))


class CounselorNotice(NoticeDialog):
    """Counselors: quarantined report files of this unlock, urgent concerns waiting."""

    def __init__(self, window: QWidget, quarantined: list[str], urgent: int) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Committee reports"))
        self.window_ = window
        self.urgent_label: QLabel | None = None
        self.quarantine_label: QLabel | None = None
        if urgent:
            text = fmt(self.tr("{count} urgent concerns awaiting triage"), count=urgent)
            self.urgent_label = self.add_text(text, "urgentNotice")
            self.urgent_label.setStyleSheet(
                f"background-color: {RED.background}; color: {RED.text}; "
                "font-weight: bold; padding: 8px 12px; border-radius: 4px;"
            )
            self.add_button(self.tr("Triage now"), "openInbox", self.open_inbox)
        if quarantined:
            self.quarantine_label = self.add_text(quarantine_text(quarantined), "quarantineNotice")
        self.add_button(self.tr("OK"), "ok", self.close)

    def open_inbox(self) -> None:
        show_page = getattr(self.window_, "show_page", None)
        if callable(show_page):
            show_page("inbox")
        self.close()


def show_after_unlock(window: QWidget, ctx: ShellContext) -> None:
    """Start loading what to tell this account; a dialog opens only if there is something."""
    if ctx.account.role is Role.COUNSELOR:
        ctx.call(
            triage.pending,
            on_success=lambda pending: _counselor(window, ctx, pending),
            on_error=_not_shown,
            owner=window,
        )
    else:
        ctx.call(
            load_notices,
            on_success=lambda lines: _others(window, ctx, lines),
            on_error=_not_shown,
            owner=window,
        )


def _not_shown(exc: BaseException) -> None:
    """A notice that cannot be loaded is not worth a message box at login: log it."""
    errors.log_unexpected(exc, "notifications")


def _counselor(window: QWidget, ctx: ShellContext, pending: list[PendingConcern]) -> None:
    intake = ctx.session.intake
    quarantined = [q.file_name for q in intake.quarantined] if intake is not None else []
    urgent = sum(1 for p in pending if p.concern.urgency is Urgency.URGENT)
    if quarantined or urgent:
        CounselorNotice(window, quarantined, urgent).show()


def _others(window: QWidget, ctx: ShellContext, lines: list[NoticeLine]) -> None:
    if lines:
        NotificationsDialog(window, ctx, lines).show()
