"""What the signed-in account may see and do in a growth file.

The services enforce access (``app.domain.access`` redacts the file, writes check the
role); the window only hides what an account cannot use, so nobody is offered a form
that would be refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import Role

ALL_TABS = (
    "profile",
    "flags",
    "plan",
    "contacts",
    "visits",
    "referrals",
    "leave",
    "crisis",
    "screenings",
)
_LEADER_TABS = frozenset(ALL_TABS) - {"contacts", "screenings"}
_TEACHER_TABS = frozenset({"profile", "flags", "plan", "contacts", "visits", "leave"})


@dataclass(frozen=True, slots=True)
class Abilities:
    role: Role
    read_only: bool = False

    @property
    def is_counselor(self) -> bool:
        return self.role is Role.COUNSELOR

    @property
    def sees_reasons(self) -> bool:
        """Flag reasons and plan summaries (removed from teachers' redacted files)."""
        return self.role in (Role.COUNSELOR, Role.LEADER)

    def sees(self, tab: str) -> bool:
        """Tabs whose content the redacted file keeps for this role."""
        if self.role is Role.COUNSELOR:
            return True
        if self.role is Role.LEADER:
            return tab in _LEADER_TABS
        return tab in _TEACHER_TABS

    def may_edit(self, form: str) -> bool:
        """Counselors write everything; head teachers record home visits."""
        if self.read_only:
            return False
        if self.role is Role.COUNSELOR:
            return True
        return self.role is Role.HEAD_TEACHER and form == "visit"

    def tabs(self) -> list[str]:
        return [tab for tab in ALL_TABS if self.sees(tab)]
