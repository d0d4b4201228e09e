"""Report-entry mode for committee members: fill in, seal, drop into the inbox.

Needs only ``station.pub`` — no password, no database. The plaintext exists only in
memory: it is sealed before anything is written, and the file appears atomically.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path

from app.atomic import write_bytes_atomic
from app.domain.committee import CommitteeReport, report_to_json
from app.errors import ValidationError
from app.security import sealed
from app.services.inbox import SUFFIX
from app.services.station_public import StationPublic


def _check_against_public(public: StationPublic, report: CommitteeReport) -> None:
    group = next((g for g in public.classes if g.id == report.class_id), None)
    if group is None:
        raise ValidationError.single("class_id", "unknown", "choose your class")
    if group.members and report.reporter not in group.members:
        raise ValidationError.single(
            "reporter", "not_member", "the reporter is not a committee member of this class"
        )


def submit(public: StationPublic, report: CommitteeReport, out_dir: Path) -> Path:
    """Seal ``report`` to the station and write it into ``out_dir``; returns the file."""
    report.validate()
    _check_against_public(public, report)
    uid = uuid.uuid4().hex
    body = json.dumps(report_to_json(uid, report, datetime.now()), ensure_ascii=False)
    sealed_bytes = sealed.seal(
        body.encode("utf-8"), sealed.load_public(public.public_key), public.station_id
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"report-{uid}{SUFFIX}"
    write_bytes_atomic(target, sealed_bytes, mode=0o600)
    return target
