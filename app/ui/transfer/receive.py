"""接收转入档案… on the Students page (counselors): choose a transfer file, preview it,
accept it; the new growth file opens with its history marked "transferred from …".

Nothing is written before "accept", and a refused file (meant for another school,
altered, not a transfer file) is one clear sentence with nothing changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.domain.enums import Role
from app.services.session import Session
from app.ui import dialogs
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.transfer.words import transfer_refusal

if TYPE_CHECKING:
    from app.services.transfer import TransferPreview, TransferResult
    from app.ui.transfer.preview_dialog import TransferPreviewDialog


def preview_file(session: Session, path: Path) -> TransferPreview:
    """Worker job: open and check the file (writes nothing)."""
    from app.services import transfer

    return transfer.preview(session, path)


def accept_file(session: Session, path: Path, into_existing: bool) -> TransferResult:
    from app.services import transfer

    return transfer.accept(session, path, into_existing)


class ReceiveAction(QObject):
    """The page's button and the flow behind it; ``received(student_id)`` afterwards."""

    received = Signal(int)

    def __init__(self, ctx: ShellContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.dialog: TransferPreviewDialog | None = None
        self.button = QPushButton(self.tr("Receive a transferred file…"), page)
        self.button.setObjectName("receiveTransfer")
        self.button.setToolTip(
            self.tr("Take in the growth file of a student transferred from another school")
        )
        counselor = ctx.account.role is Role.COUNSELOR
        self.button.setVisible(counselor)
        self.button.setEnabled(counselor and not ctx.read_only)
        self.button.clicked.connect(self.start)

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        dialogs.error(self.page, transfer_refusal(exc))

    def start(self) -> None:
        caption = self.tr("Choose the transfer file")
        filters = self.tr("Transfer files (*.xtrf);;All files (*)")
        path = dialogs.open_file(self.page, caption, filters)
        if path is None:
            return
        self.button.setEnabled(False)
        self.ctx.call(
            preview_file,
            path,
            on_success=lambda preview: self._show(path, preview),
            on_error=self._failed,
            owner=self.page,
        )

    def _show(self, path: Path, preview: TransferPreview) -> None:
        from app.ui.transfer.preview_dialog import TransferPreviewDialog

        self.button.setEnabled(True)
        dialog = TransferPreviewDialog(preview, self.page)
        dialog.accepted.connect(lambda: self._accept(path, dialog.into_existing))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _accept(self, path: Path, into_existing: bool) -> None:
        self.button.setEnabled(False)
        self.ctx.call(
            accept_file,
            path,
            into_existing,
            on_success=self._accepted,
            on_error=self._failed,
            owner=self.page,
        )

    def _accepted(self, result: TransferResult) -> None:
        from app.ui.growth import open_window

        self.button.setEnabled(True)
        self.received.emit(result.student_id)
        window = open_window(self.ctx, self.page, result.student_id)
        text = self.tr("Transferred file received: {count} records.")
        window.show_message(fmt(text, count=result.records))
