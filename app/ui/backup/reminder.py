"""The backup reminder in the main window's status bar, and automatic backups at lock/close.

After the deferred checks of an unlock, the controller calls ``show_after_unlock``: for a
counselor (only counselors may back up) ``backup_status`` runs on the worker, and a banner
appears in the status bar when the last backup is older than the reminder (7 days unless
changed in Settings), when there has never been one, or when the last automatic backup
failed. "Back up now" on the banner opens Settings and starts "Back up now" there (the
folder is asked for, the last one offered); a good backup hides the banner.

When the station locks or the main window closes, the controller queues
``auto_backup_job`` on the worker before the session closes (the worker runs calls in
order, so it always runs against the open session and never delays the close for more
than the backup itself). Its failure is kept (``memory.record_failure``) and shown at the
next unlock, until a backup succeeds.
"""

from __future__ import annotations

import logging
from datetime import datetime

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QWidget,
)

from app.domain.enums import Role
from app.services import backup
from app.services.backup import BackupResult, BackupStatus
from app.services.session import Session
from app.ui import errors
from app.ui.backup import memory
from app.ui.backup.texts import when_text
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.levels import ORANGE
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class BackupBanner(QFrame):
    """Orange strip in the status bar: what is wrong, and a way to Settings."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("backupBanner")
        self.setStyleSheet(
            f"QFrame#backupBanner {{ background: {ORANGE.background}; border-radius: 4px; }}"
            f"QFrame#backupBanner QLabel {{ color: {ORANGE.text}; font-weight: bold; }}"
        )
        self.label = QLabel(self)
        self.label.setObjectName("backupReminder")
        self.button = QPushButton(self.tr("Back up now"), self)
        self.button.setObjectName("backupReminderButton")
        self.button.clicked.connect(lambda: back_up_from_settings(window))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 2, 4, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.label.setToolTip(text)


def back_up_from_settings(window: QWidget) -> None:
    """Show Settings scrolled to the backup panel, and start "Back up now" there."""
    from app.ui.backup.backup_panel import BackupPanel

    show_page = getattr(window, "show_page", None)
    page: QWidget | None = show_page("settings") if callable(show_page) else None
    if page is None or (panel := page.findChild(BackupPanel)) is None:
        return
    scroll = page.findChild(QScrollArea)
    if scroll is not None:
        scroll.ensureWidgetVisible(panel)
    panel.back_up()


def reminder_text(status: BackupStatus, failed: tuple[str, str] | None) -> str:
    """What the banner says; "" when there is nothing to remind of."""
    parts = []
    if failed is not None:
        text = translate("Reminder", "The automatic backup of {when} failed: {reason}")
        parts.append(fmt(text, when=failed[0], reason=failed[1]))
    if status.last_at is None:
        parts.append(translate("Reminder", "This station has never been backed up."))
    elif status.due:
        text = translate(
            "Reminder", "The last backup is {days} days old (the reminder is set to {limit} days)."
        )
        parts.append(fmt(text, days=int(status.age_days or 0), limit=status.reminder_days))
    return " ".join(parts)


def show_after_unlock(window: QMainWindow, ctx: ShellContext) -> None:
    """Ask the worker for the backup status; show the banner if a backup is due."""
    if ctx.account.role is Role.COUNSELOR and not ctx.read_only:
        refresh(window, ctx)


def refresh(window: QWidget, ctx: ShellContext) -> None:
    """Look again (after a backup in Settings, say): the banner comes or goes."""
    ctx.call(
        backup.backup_status,
        on_success=lambda status: _show(window, ctx, status),
        on_error=lambda exc: errors.log_unexpected(exc, "backup reminder"),
        owner=window,
    )


def _show(window: QWidget, ctx: ShellContext, status: BackupStatus) -> None:
    if not isinstance(window, QMainWindow) or not shiboken6.isValid(window):
        return
    text = reminder_text(status, memory.failure(ctx.session.paths.folder))
    banner = window.findChild(BackupBanner)
    if not text:
        if banner is not None:
            banner.hide()
        return
    if banner is None:
        banner = BackupBanner(window)
        window.statusBar().addWidget(banner, 1)
    banner.set_text(text)
    banner.show()


# --- automatic backups at lock and close ----------------------------------------------------


def auto_backup_job(session: Session) -> BackupResult | None:
    """Worker job: the automatic backup if one is due; a failure is noted, never raised
    (the session is about to close and nobody waits for an answer)."""
    if session.account.role is not Role.COUNSELOR or session.read_only:
        return None
    folder = session.paths.folder
    try:
        result = backup.auto_backup_if_due(session)
    except Exception as exc:
        errors.log_unexpected(exc, "automatic backup")
        at = when_text(datetime.now())
        memory.record_failure(folder, at, errors.describe(exc))
        return None
    if result is not None:
        log.info("automatic backup written")
        memory.clear_failure(folder)
    return result


def auto_backup_before_close(runner: TaskRunner, session: Session) -> None:
    """Queue the automatic backup; the caller queues ``session.close`` right after."""
    runner.submit(auto_backup_job, session)
