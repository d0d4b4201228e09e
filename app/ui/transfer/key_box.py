"""档案转接密钥 (Settings, counselors): export this station's transfer key file.

A school that transfers a student *to* this school needs this file first: the student's
file is encrypted to it, so only this station can open it. The fingerprint is shown so
the two counselors can compare it on the phone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.session import Session
from app.ui import dialogs
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.transfer.words import fingerprint_text, transfer_refusal


def export_key(session: Session, folder: Path) -> tuple[Path, str]:
    """Worker job: write the key file into ``folder``; its path and fingerprint."""
    from app.services import transfer

    path = transfer.export_key_file(session, folder)
    return path, transfer.read_key_file(path).fingerprint


class TransferKeyBox(QGroupBox):
    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("transferKeyBox")
        self.setTitle(self.tr("Student file transfer key"))
        hint = QLabel(
            self.tr(
                "When a student moves to this school, the school they leave needs this "
                "station's transfer key file first: it encrypts the student's growth file "
                "so that only this station can open it. Give it to that school (a USB stick "
                "is fine) and compare the fingerprint on the phone."
            ),
            self,
        )
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        self.button = QPushButton(self.tr("Export the transfer key file…"), self)
        self.button.setObjectName("exportTransferKey")
        self.button.setEnabled(not ctx.read_only)
        self.button.clicked.connect(self.export)
        self.status = QLabel(self)
        self.status.setObjectName("statusText")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.addWidget(hint)
        column.addLayout(row)

    def export(self) -> None:
        caption = self.tr("Where to write the transfer key file (a USB stick is fine)")
        folder = dialogs.choose_folder(self, caption)
        if folder is None:
            return
        self.button.setEnabled(False)
        self.ctx.call(
            export_key, folder, on_success=self._exported, on_error=self._failed, owner=self
        )

    def _exported(self, result: tuple[Path, str]) -> None:
        path, fingerprint = result
        self.button.setEnabled(True)
        shown = fingerprint_text(fingerprint)
        self.status.setText(fmt(self.tr("Fingerprint: {fingerprint}"), fingerprint=shown))
        text = self.tr(
            "This station's transfer key file was written to\n{path}\n\nGive it to the "
            "school the student comes from. Its fingerprint is {fingerprint}: read it to "
            "that school on the phone so they can check it before they transfer the file."
        )
        dialogs.info(self, fmt(text, path=path, fingerprint=shown))

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        dialogs.error(self, transfer_refusal(exc))
