"""What is due and overdue across the school, under the station's response policy."""

from __future__ import annotations

from datetime import datetime

from app.domain.due import DueItem, compute_due
from app.domain.enums import Role
from app.domain.policy import DEFAULT_POLICY, ResponsePolicy
from app.services import students, visit_planning
from app.services.session import Session
from app.store import due_repo, school_repo


def policy(session: Session) -> ResponsePolicy:
    stored = school_repo.get_setting(session.db, "response_policy")
    return ResponsePolicy.from_json(stored) if stored else DEFAULT_POLICY


def set_policy(session: Session, new_policy: ResponsePolicy) -> None:
    session.require(Role.COUNSELOR)
    new_policy.validate()
    with session.write("policy.update", "settings") as change:
        school_repo.put_setting(change.db, "response_policy", new_policy.to_json())


def due_items(session: Session, now: datetime | None = None) -> list[DueItem]:
    """Every pending task, most urgent first."""
    now = now or datetime.now()
    items = compute_due(due_repo.case_activities(session.db), policy(session), now)
    items = sorted(items + visit_planning.due_items(session, now), key=lambda i: i.sort_key)
    if session.scope.is_counselor:
        return items
    visible = {row.student_id for row in students.roster(session)}
    return [item for item in items if item.student_id in visible]
