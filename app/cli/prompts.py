"""Secrets for the CLI: from the environment or an interactive prompt, never argv."""

from __future__ import annotations

import getpass
import os

from app.errors import ValidationError


def secret(env_name: str, prompt: str) -> str:
    value = os.environ.get(env_name)
    if value is not None:
        return value
    return getpass.getpass(prompt)


def new_secret(env_name: str, prompt: str) -> str:
    """A new password: from the environment, or typed twice."""
    value = os.environ.get(env_name)
    if value is not None:
        return value
    first = getpass.getpass(prompt)
    if getpass.getpass("Repeat: ") != first:
        raise ValidationError.single("password", "mismatch", "the two entries differ")
    return first
