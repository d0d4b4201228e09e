"""转自 …: the line on the growth file's profile of a student who arrived by transfer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWidget

from app.services.session import Session
from app.ui.i18n import fmt

if TYPE_CHECKING:
    from app.services.transfer_arrivals import TransferIn


def transfers_of(session: Session, student_id: int) -> list[TransferIn]:
    from app.services import transfer_arrivals  # not ``transfer``: see that module's doc

    return transfer_arrivals.transfers_in(session, student_id)


class TransferredFrom(QLabel):
    """Hidden unless the student came by transfer; ``refresh()`` after each (re)load."""

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName("transferredFrom")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#transferredFrom { background: #e3f2fd; padding: 6px; }")
        self.hide()

    def refresh(self) -> None:
        self.host.ctx.call(
            transfers_of, self.host.student_id, on_success=self.show_transfers, owner=self
        )

    def show_transfers(self, found: list[TransferIn]) -> None:
        text = self.tr(
            "Transferred from {school} (county {county}): file exported on {exported}, "
            "received here on {received}; {count} records came with it."
        )
        lines = [
            fmt(
                text,
                school=t.from_school,
                county=t.from_county,
                exported=t.exported_at[:10],
                received=t.received_at[:10],
                count=sum(len(ids) for ids in t.records.values()),
            )
            for t in found
        ]
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
