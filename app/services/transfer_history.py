"""What a station remembers about transfers, and writing a transferred history.

Kept in settings rows (app/store/transfer_repo.py), so the schema is unchanged:
``transfer_out:<id>`` at the sender, ``transfer_in:<id>`` at the receiver with the ids of
every record the file brought (the growth file marks them "transferred from …"), and
``transfer_senders`` with each sending station's signing key, pinned on first accept.
"""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import datetime
from typing import Any

from app.domain.growth import GrowthFile
from app.errors import ImportRejected
from app.services.transfer_arrivals import IN_PREFIX, TransferIn, arrivals
from app.services.transfer_format import TransferHeader
from app.services.transfer_payload import Payload
from app.store import growth_repo, school_repo
from app.store.connection import Database

OUT_PREFIX = "transfer_out:"
SENDERS = "transfer_senders"
RECORD_KINDS = (
    "screenings", "flags", "plans", "contacts", "visits", "referrals", "leaves", "crises",
    "case_history",
)  # fmt: skip


def _now() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


def record_counts(growth: GrowthFile) -> dict[str, int]:
    return {kind: len(getattr(growth, kind)) for kind in RECORD_KINDS}


def _inserters(db: Database) -> dict[str, tuple[str, Any]]:
    return {
        "screenings": ("screenings", lambda r: growth_repo.insert_screening(db, r)),
        "flags": ("flag_changes", lambda r: growth_repo.insert_flag_change(db, r)),
        "plans": ("plans", lambda r: growth_repo.insert_plan(db, r)),
        "contacts": ("contacts", lambda r: growth_repo.insert_contact(db, r)),
        "visits": ("home_visits", lambda r: growth_repo.insert_visit(db, r)),
        "referrals": ("referrals", lambda r: growth_repo.insert_referral(db, r)),
        "leaves": ("leave_events", lambda r: growth_repo.insert_leave(db, r)),
        "crises": ("crisis_events", lambda r: growth_repo.insert_crisis(db, r)),
        "case_history": ("case_status", lambda r: growth_repo.insert_case_status(db, r)),
    }


def insert_records(db: Database, student_id: int, growth: GrowthFile) -> dict[str, list[int]]:
    """Every record of ``growth`` under ``student_id``, oldest first; ids by table."""
    inserted: dict[str, list[int]] = {}
    for kind, (table, insert) in _inserters(db).items():
        ids = inserted.setdefault(table, [])
        for record in getattr(growth, kind):
            new_id = insert(replace(record, student_id=student_id))
            if new_id is not None:
                ids.append(int(new_id))
    return inserted


def history_from(db: Database, student_id: int) -> tuple[dict[str, str], ...]:
    """The schools this student's file came through, oldest first."""
    chain: list[dict[str, str]] = []
    for found in transfers_in(db, student_id):
        chain.append(
            {"school": found.from_school, "county": found.from_county, "at": found.exported_at}
        )
    return tuple(chain)


def record_sent(db: Database, student_id: int, header: TransferHeader) -> None:
    school_repo.put_setting(
        db,
        OUT_PREFIX + header.transfer_id,
        {
            "student_id": student_id,
            "to_station": header.recipient.station_id,
            "to_school": header.recipient.school_name,
            "to_county": header.recipient.county_code,
            "exported_at": header.created_at,
        },
    )


def check_sender(db: Database, header: TransferHeader) -> bool:
    """True when the sender's key is the one remembered; False when it is new.
    Refused when the same station id arrived with another key before."""
    senders = school_repo.get_setting(db, SENDERS) or {}
    pinned = senders.get(header.sender.station_id)
    if pinned is None:
        return False
    if base64.b64decode(pinned) != header.sender_key.raw:
        raise ImportRejected(
            f"this file claims to come from {header.sender.school_name}, but it is signed "
            "with a different key than earlier transfers from that station; nothing was "
            "imported — check with the sending school"
        )
    return True


def received_at(db: Database, transfer_id: str) -> str | None:
    stored = school_repo.get_setting(db, IN_PREFIX + transfer_id)
    return str(stored["received_at"]) if stored else None


def record_received(
    db: Database,
    student_id: int,
    header: TransferHeader,
    payload: Payload,
    records: dict[str, list[int]],
) -> None:
    school_repo.put_setting(
        db,
        IN_PREFIX + header.transfer_id,
        {
            "student_id": student_id,
            "from_station": header.sender.station_id,
            "from_school": header.sender.school_name,
            "from_county": header.sender.county_code,
            "exported_at": payload.exported_at,
            "exported_by": payload.exported_by,
            "received_at": _now(),
            "history_from": list(payload.history_from),
            "records": records,
        },
    )
    senders = school_repo.get_setting(db, SENDERS) or {}
    senders[header.sender.station_id] = base64.b64encode(header.sender_key.raw).decode()
    school_repo.put_setting(db, SENDERS, senders)


def transfers_in(db: Database, student_id: int) -> list[TransferIn]:
    return arrivals(db, student_id)
