"""Accounts on a station and the password rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.enums import Role
from app.errors import Problem, ValidationError

USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")
MIN_PASSWORD = 8


@dataclass(frozen=True, slots=True)
class Account:
    id: int | None
    username: str
    display_name: str
    role: Role
    disabled: bool = False

    def validate(self) -> None:
        problems: list[Problem] = []
        if not USERNAME.match(self.username):
            problems.append(
                Problem("username", "format", "user name: 2-32 letters, digits, '.', '_' or '-'")
            )
        if not self.display_name.strip():
            problems.append(Problem("display_name", "required", "display name is required"))
        if self.role is Role.RECOVERY:
            problems.append(Problem("role", "invalid", "recovery is not an account role"))
        if problems:
            raise ValidationError(problems)


def password_strength(password: str) -> int:
    """0 (unusable) .. 4 (strong), for the set-up wizard's meter."""
    if len(password) < MIN_PASSWORD or len(set(password)) < 4:
        return 0
    classes = sum(bool(re.search(p, password)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w]"))
    classes += bool(re.search(r"[^\x00-\x7f]", password))  # Chinese characters count too
    score = 1 + (len(password) >= 10) + (len(password) >= 14) + (classes >= 3)
    return min(score, 4)


def check_password(password: str) -> None:
    if password_strength(password) == 0:
        raise ValidationError.single(
            "password",
            "weak",
            f"password must be at least {MIN_PASSWORD} characters with 4 different ones",
        )
