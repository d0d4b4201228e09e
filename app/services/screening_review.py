"""After a screening import: the MHT thresholds, the review list of suggested yellow flags
(accept or dismiss), and screening coverage per class for the current semester."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import Role, SourceLevel, StudentStatus
from app.domain.mht import MhtThresholds
from app.domain.school import semester_start
from app.domain.screening import REPORTER
from app.domain.screening_review import (
    FlagSuggestion,
    SuggestionLine,
    SuggestionStatus,
    may_suggest,
    thresholds_from_json,
    thresholds_problems,
    thresholds_to_json,
)
from app.domain.student import RosterRow
from app.errors import NotFound, ValidationError
from app.services import access
from app.services.growth import record_level
from app.services.session import Change, Session
from app.store import school_repo, screening_repo, students_repo
from app.store.students_repo import RosterFilter

THRESHOLDS_SETTING = "mht_thresholds"
ALREADY_FLAGGED = "已处于黄色或更高预警级别"


def thresholds(session: Session) -> MhtThresholds:
    stored = school_repo.get_setting(session.db, THRESHOLDS_SETTING)
    return thresholds_from_json(stored) if stored else MhtThresholds()


def set_thresholds(session: Session, new: MhtThresholds) -> None:
    """Change how results are read from the next import on (stored results keep theirs)."""
    session.require(Role.COUNSELOR)
    if problems := thresholds_problems(new):
        raise ValidationError(problems)
    with session.write("settings.mht_thresholds", "settings", **thresholds_to_json(new)) as ch:
        school_repo.put_setting(ch.db, THRESHOLDS_SETTING, thresholds_to_json(new))


# --- review list --------------------------------------------------------------------------


def suggestions(
    session: Session, status: SuggestionStatus = SuggestionStatus.PENDING
) -> list[SuggestionLine]:
    """The review list, newest screening first."""
    session.require(Role.COUNSELOR)
    return screening_repo.suggestion_lines(session.db, status)


def pending_count(session: Session) -> int:
    session.require(Role.COUNSELOR)
    return screening_repo.count_pending(session.db)


@dataclass(frozen=True)
class AcceptReport:
    accepted: tuple[int, ...]  # suggestion ids that became a yellow flag
    skipped: tuple[int, ...]  # the student was yellow or higher by then: closed, no flag


def _pending(change: Change, ids: Iterable[int]) -> list[FlagSuggestion]:
    wanted = sorted(set(ids))
    found = screening_repo.get_suggestions(change.db, wanted)
    if len(found) != len(wanted):
        raise NotFound("no such suggestion")
    if any(s.status is not SuggestionStatus.PENDING for s in found):
        raise ValidationError.single("suggestion", "decided", "a suggestion was decided already")
    return found


def accept_suggestions(session: Session, ids: Sequence[int]) -> AcceptReport:
    """Accept suggestions (one, or many at once after one confirmation) in one
    transaction: each becomes a yellow flag from source "external", reporter "MHT筛查"."""
    session.require(Role.COUNSELOR)
    if not ids:
        return AcceptReport((), ())
    now = datetime.now().replace(microsecond=0)
    accepted, skipped = [], []
    with session.write("screening.suggestion.accept", "flag_suggestion") as change:
        for item in _pending(change, ids):
            assert item.id is not None
            done = _accept(change, session.actor, item, now)
            (accepted if done else skipped).append(item.id)
        change.detail = {"accepted": len(accepted), "skipped": len(skipped)}
    return AcceptReport(tuple(accepted), tuple(skipped))


def _accept(change: Change, actor: str, item: FlagSuggestion, now: datetime) -> bool:
    """Flag the student and close the suggestion; a student yellow or higher by now gets
    no flag (the suggestion is closed as dismissed, saying why)."""
    assert item.id is not None
    if not may_suggest(students_repo.current_level(change.db, item.student_id)):
        screening_repo.decide(
            change.db, item.id, SuggestionStatus.DISMISSED, now, actor, ALREADY_FLAGGED
        )
        return False
    flag = record_level(
        change,
        actor,
        item.student_id,
        item.level,
        item.reason,
        SourceLevel.EXTERNAL,
        REPORTER,
        now,
    )
    screening_repo.decide(
        change.db, item.id, SuggestionStatus.ACCEPTED, now, actor, flag_change_id=flag.id
    )
    return True


def dismiss_suggestion(session: Session, suggestion_id: int, reason: str) -> None:
    """Close a suggestion without a flag; the reason is kept with it."""
    session.require(Role.COUNSELOR)
    if not reason.strip():
        raise ValidationError.single("reason", "required", "reason is required")
    now = datetime.now().replace(microsecond=0)
    with session.write("screening.suggestion.dismiss", "student") as change:
        (item,) = _pending(change, [suggestion_id])
        change.entity_id = item.student_id
        screening_repo.decide(
            change.db,
            suggestion_id,
            SuggestionStatus.DISMISSED,
            now,
            session.actor,
            reason.strip(),
        )


# --- coverage -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClassScreening:
    """Screening coverage of one class since the semester started."""

    class_id: int | None
    class_name: str
    grade_name: str
    students: int  # in school
    missing: tuple[RosterRow, ...]  # in school, no result this semester (counselor only)
    unscreened: int

    @property
    def screened(self) -> int:
        return self.students - self.unscreened

    @property
    def ratio(self) -> float:
        return self.screened / self.students if self.students else 1.0


def screening_coverage(session: Session, today: date | None = None) -> list[ClassScreening]:
    """Per class: who has no screening result this semester. Leaders get the counts;
    only the counselor gets the names."""
    access.require_counselor_or_leader(session)
    since = semester_start(today or date.today())
    rows = students_repo.roster(session.db, RosterFilter(status=StudentStatus.IN_SCHOOL))
    screened = screening_repo.screened_since(session.db, since)
    return _by_class(rows, screened, names=session.scope.is_counselor)


def _by_class(rows: Sequence[RosterRow], screened: set[int], names: bool) -> list[ClassScreening]:
    groups: dict[int | None, list[RosterRow]] = {}
    for row in rows:
        groups.setdefault(row.class_id, []).append(row)
    result = []
    for class_id, members in groups.items():
        missing = tuple(r for r in members if r.student_id not in screened)
        first = members[0]
        result.append(
            ClassScreening(
                class_id,
                first.class_name,
                first.grade_name,
                len(members),
                missing if names else (),
                len(missing),
            )
        )
    return result
