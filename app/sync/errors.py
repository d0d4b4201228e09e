"""Why a county bundle (or a key / enrollment file) was refused, as a stable code."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from app.errors import XinAnError


class Refusal(StrEnum):
    """One reason per kind of failure; the GUI maps each to its own sentence."""

    UNREADABLE = "unreadable"  # cannot be read from disk
    OVERSIZED = "oversized"  # larger than the size limit (checked before reading)
    NOT_A_BUNDLE = "not_a_bundle"  # not an age file / not a XinAn county bundle
    TRUNCATED = "truncated"  # the file ends early
    DAMAGED = "damaged"  # altered after it was written (a MAC or AEAD tag fails)
    FOREIGN = "foreign"  # made for another county / another center's key
    UNKNOWN_SIGNER = "unknown_signer"  # signed by a key this center has not accepted
    BAD_SIGNATURE = "bad_signature"  # signature does not match the content
    SENDER_MISMATCH = "sender_mismatch"  # signed by one school, claims to be another
    FUTURE_SCHEMA = "future_schema"  # written by a newer XinAn
    SCHEMA_VIOLATION = "schema_violation"  # a field outside the schema
    POLICY = "policy"  # e.g. a small-cell threshold below the county's
    REPLAY = "replay"  # older than a bundle already imported from that school
    CONFLICT = "conflict"  # same sequence number, different content


class BundleRefused(XinAnError):
    """A county file that will not be used; ``reason`` says why (see ``Refusal``)."""

    code = "bundle_refused"

    def __init__(self, reason: Refusal, message: str, **params: Any) -> None:
        super().__init__(message, reason=reason.value, **params)
        self.reason = reason
