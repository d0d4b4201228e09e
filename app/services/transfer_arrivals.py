"""Which students arrived by transfer (转自 …): a light read for the growth file.

Kept apart from ``transfer`` and ``transfer_history`` so that opening a growth file does
not import the transfer file formats (age, minisign, the cryptography backends): that
import cost the desktop several MiB at the moment of its memory peak.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services import access
from app.services.session import Session
from app.store import transfer_repo
from app.store.connection import Database

IN_PREFIX = "transfer_in:"


@dataclass(frozen=True, slots=True)
class TransferIn:
    transfer_id: str
    from_school: str
    from_county: str
    exported_at: str
    received_at: str
    records: dict[str, list[int]]  # table -> ids of the records the file brought


def arrivals(db: Database, student_id: int) -> list[TransferIn]:
    found = []
    for key, value in transfer_repo.settings_with_prefix(db, IN_PREFIX).items():
        if value.get("student_id") != student_id:
            continue
        found.append(
            TransferIn(
                key[len(IN_PREFIX) :],
                str(value["from_school"]),
                str(value["from_county"]),
                str(value["exported_at"]),
                str(value["received_at"]),
                {str(k): [int(i) for i in v] for k, v in value["records"].items()},
            )
        )
    return sorted(found, key=lambda t: t.received_at)


def transfers_in(session: Session, student_id: int) -> list[TransferIn]:
    """Transfers this student arrived with (school, dates, the records they brought);
    only for someone who may open the student's file."""
    access.check_student(session, student_id)
    return arrivals(session.db, student_id)
