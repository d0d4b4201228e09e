"""Weekly reports of class psychology committee members 心理委员周报."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import Urgency
from app.domain.growth import raise_if, require_text
from app.errors import Problem


@dataclass(frozen=True, slots=True)
class Concern:
    student_name: str  # as typed by the committee member
    text: str
    urgency: Urgency = Urgency.NORMAL
    student_id: int | None = None  # resolved against the class list when possible
    id: int | None = None
    triage: str = "pending"  # pending / flagged / merged / dismissed


@dataclass(frozen=True, slots=True)
class CommitteeReport:
    id: int | None
    class_id: int | None
    dorm_id: int | None
    reporter: str  # the committee member's name
    period_start: date
    period_end: date
    climate: int  # 1 (tense) .. 5 (good)
    events: str = ""
    nothing_to_report: bool = False
    concerns: tuple[Concern, ...] = ()
    received_at: datetime | None = None

    def validate(self) -> None:
        problems = require_text(self.reporter, "reporter")
        if self.class_id is None and self.dorm_id is None:
            problems.append(Problem("class_id", "required", "a class or a dorm is required"))
        if not 1 <= self.climate <= 5:
            problems.append(Problem("climate", "range", "class climate is 1-5"))
        if self.period_end < self.period_start:
            problems.append(Problem("period_end", "order", "period ends before it starts"))
        if self.nothing_to_report and self.concerns:
            problems.append(
                Problem("concerns", "contradiction", "'nothing to report' with concerns")
            )
        for index, concern in enumerate(self.concerns):
            problems += require_text(concern.student_name, f"concerns[{index}].student_name")
            problems += require_text(concern.text, f"concerns[{index}].text")
        raise_if(problems)

    @property
    def has_urgent(self) -> bool:
        return any(concern.urgency is Urgency.URGENT for concern in self.concerns)


MAX_TEXT = 4000
MAX_CONCERNS = 60


def _text(data: dict[str, object], key: str, required: bool = False) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or len(value) > MAX_TEXT or (required and not value.strip()):
        raise ValueError(f"field {key} is missing or not valid text")
    return value


def _int_or_none(data: dict[str, object], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"field {key} is not an integer")
    return value


def _concern_from_json(item: object) -> Concern:
    if not isinstance(item, dict):
        raise ValueError("a concern is not an object")
    return Concern(
        _text(item, "student_name", True),
        _text(item, "text", True),
        Urgency(_text(item, "urgency", True)),
    )


def report_from_json(data: object) -> tuple[str, CommitteeReport]:
    """(report uid, report) from a decrypted submission; ValueError if it is malformed."""
    if not isinstance(data, dict) or data.get("format") != "xinan-committee-report/1":
        raise ValueError("not a committee report")
    concerns = data.get("concerns", [])
    if not isinstance(concerns, list) or len(concerns) > MAX_CONCERNS:
        raise ValueError("concerns are not a list of reasonable length")
    climate = _int_or_none(data, "climate")
    report = CommitteeReport(
        id=None,
        class_id=_int_or_none(data, "class_id"),
        dorm_id=_int_or_none(data, "dorm_id"),
        reporter=_text(data, "reporter", True),
        period_start=date.fromisoformat(_text(data, "period_start", True)),
        period_end=date.fromisoformat(_text(data, "period_end", True)),
        climate=climate if climate is not None else 0,
        events=_text(data, "events"),
        nothing_to_report=data.get("nothing_to_report") is True,
        concerns=tuple(_concern_from_json(c) for c in concerns),
        received_at=None,
    )
    uid = _text(data, "uid", True)
    if not 8 <= len(uid) <= 64 or not uid.replace("-", "").isalnum():
        raise ValueError("report uid is not valid")
    return uid, report


def report_to_json(uid: str, report: CommitteeReport, submitted_at: datetime) -> dict[str, object]:
    return {
        "format": "xinan-committee-report/1",
        "uid": uid,
        "class_id": report.class_id,
        "dorm_id": report.dorm_id,
        "reporter": report.reporter,
        "period_start": report.period_start.isoformat(),
        "period_end": report.period_end.isoformat(),
        "climate": report.climate,
        "events": report.events,
        "nothing_to_report": report.nothing_to_report,
        "concerns": [
            {"student_name": c.student_name, "text": c.text, "urgency": c.urgency.value}
            for c in report.concerns
        ],
        "submitted_at": submitted_at.isoformat(timespec="seconds"),
    }
