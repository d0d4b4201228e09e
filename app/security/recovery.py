"""Recovery codes: 6 groups of 5 characters from an alphabet without look-alikes.

31 symbols (no 0/O, 1/I/L) give 148 bits; the code is one more key slot, so it is
stretched with Argon2id like any password.
"""

from __future__ import annotations

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
GROUPS = 6
GROUP_SIZE = 5


def new_recovery_code() -> str:
    groups = ("".join(secrets.choice(ALPHABET) for _ in range(GROUP_SIZE)) for _ in range(GROUPS))
    return "-".join(groups)


def normalize_recovery_code(typed: str) -> str | None:
    """Canonical form of what a person typed (spaces, dashes, case forgiven), or None."""
    compact = "".join(ch for ch in typed.upper() if ch not in " -\t\u3000")
    if len(compact) != GROUPS * GROUP_SIZE or any(ch not in ALPHABET for ch in compact):
        return None
    return "-".join(compact[i : i + GROUP_SIZE] for i in range(0, len(compact), GROUP_SIZE))
