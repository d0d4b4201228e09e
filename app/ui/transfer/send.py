"""转出档案… in the growth window (counselors): send this student's growth file to the
school they move to.

Choose the receiving station's key file → its school, county and fingerprint are shown
to confirm (and to compare on the phone) → choose a folder (a USB stick) → the file is
written (sealed to that station, signed by this one) and the student is marked
transferred here. Nothing is deleted: the record stays at this school.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from app.services.session import Session
from app.ui import dialogs
from app.ui.i18n import fmt
from app.ui.transfer.words import (
    fingerprint_text,
    key_file_refusal,
    own_key_sentence,
    transfer_refusal,
)

if TYPE_CHECKING:
    from app.services.transfer import TransferExport
    from app.services.transfer_format import TransferKeyFile
    from app.ui.growth.window import GrowthWindow


def read_key(_session: Session, path: Path) -> TransferKeyFile:
    """Worker job: read and check a transfer key file (writes nothing)."""
    from app.services import transfer

    return transfer.read_key_file(path)


def send(session: Session, student_id: int, key_path: Path, folder: Path) -> TransferExport:
    """Worker job: write the transfer file and mark the student transferred."""
    from app.services import transfer

    return transfer.export_student(session, student_id, key_path, folder)


class SendAction(QObject):
    """The window's 转出档案… button and what it does (``button`` is hidden from accounts
    that are not counselors)."""

    def __init__(self, window: GrowthWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.last: TransferExport | None = None
        self.button = QPushButton(self.tr("Transfer out…"), window)
        self.button.setObjectName("transferOut")
        self.button.setToolTip(
            self.tr("Send this growth file to the school the student moves to (档案转接)")
        )
        self.button.setVisible(window.abilities.is_counselor)
        self.button.setEnabled(window.abilities.may_edit("transfer"))
        self.button.clicked.connect(self.start)

    def _call(
        self, job: Callable[..., Any], *args: Any, done: Callable[[Any], None], refusal: Any
    ) -> None:
        self.button.setEnabled(False)

        def succeeded(value: Any) -> None:
            self.button.setEnabled(True)
            done(value)

        def failed(exc: BaseException) -> None:
            self.button.setEnabled(True)
            dialogs.error(self.window, refusal(exc))

        self.ctx.call(job, *args, on_success=succeeded, on_error=failed, owner=self.window)

    def start(self) -> None:
        if self.window.file is None:
            return
        caption = self.tr("Choose the transfer key file of the receiving school")
        filters = self.tr("Transfer key files (*.xkey);;All files (*)")
        path = dialogs.open_file(self.window, caption, filters)
        if path is not None:
            done = partial(self._confirm, path)
            self._call(read_key, path, done=done, refusal=key_file_refusal)

    def _confirm(self, path: Path, key: TransferKeyFile) -> None:
        if key.station.station_id == self.ctx.school.station_id:
            dialogs.error(self.window, own_key_sentence())
            return
        if not dialogs.ask(self.window, self.question(key)):
            return
        caption = self.tr("Where to write the transfer file (a USB stick is fine)")
        folder = dialogs.choose_folder(self.window, caption)
        if folder is not None:
            student_id = self.window.student_id
            self._call(send, student_id, path, folder, done=self._sent, refusal=transfer_refusal)

    def question(self, key: TransferKeyFile) -> str:
        file = self.window.file
        assert file is not None
        text = self.tr(
            "Transfer the growth file of {name} to:\n\n"
            "School: {school}\nCounty code: {county}\nKey fingerprint: {fingerprint}\n\n"
            "Compare the fingerprint with the receiving school on the phone. The whole "
            "growth file is written encrypted, so that only that school's station can open "
            "it. {name} is then marked as transferred here; the records stay at this "
            "school.\n\nTransfer the file?"
        )
        values = {"school": key.station.school_name, "county": key.station.county_code}
        shown = fingerprint_text(key.fingerprint)
        return fmt(text, name=file.student.name, fingerprint=shown, **values)

    def _sent(self, result: TransferExport) -> None:
        self.last = result
        text = self.tr(
            "The transfer file was written:\n{name}\nin {folder}\n\nTake it to {school}; "
            "only that school's station can open it. The student is marked as transferred "
            "here."
        )
        values = {"name": result.path.name, "folder": result.path.parent}
        dialogs.info(self.window, fmt(text, school=result.recipient.school_name, **values))
        self.window.reload()
