"""Why the county center refused a bundle file, one sentence per reason code
(``app.sync.errors.Refusal``); ``app.ui.errors`` uses it for ``BundleRefused``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _sentences() -> dict[str, str]:
    return {
        "unreadable": translate(
            "Refusals",
            "The file cannot be read (removed, or the USB stick unplugged?).",
        ),
        "oversized": translate(
            "Refusals",
            "The file is far too large to be a county bundle; it was not read.",
        ),
        "not_a_bundle": translate("Refusals", "This is not a XinAn county bundle."),
        "truncated": translate(
            "Refusals",
            "The file is incomplete (cut off while copying?). Ask the school to export it again.",
        ),
        "damaged": translate(
            "Refusals",
            "The file was altered or damaged after the school wrote it.",
        ),
        "foreign": translate("Refusals", "The bundle was made for another county center."),
        "unknown_signer": translate(
            "Refusals",
            "Signed by a school this center has not enrolled. Accept the school's "
            "enrollment file first.",
        ),
        "bad_signature": translate(
            "Refusals",
            "The school's signature does not match the content.",
        ),
        "sender_mismatch": translate(
            "Refusals",
            "Signed by one school but claims to come from another.",
        ),
        "future_schema": translate(
            "Refusals",
            "Made by a newer version of XinAn. Update XinAn at the center.",
        ),
        "schema_violation": translate(
            "Refusals",
            "The content does not follow the bundle format (or small numbers are not hidden).",
        ),
        "policy": translate(
            "Refusals",
            "The school hides fewer small numbers than the county requires. The school must"
            " import the current county key file and export again.",
        ),
        "replay": translate(
            "Refusals",
            "Replay refused: a newer bundle of this school is already imported.",
        ),
        "conflict": translate(
            "Refusals",
            "Another bundle with the same sequence number from this school is already imported.",
        ),
    }


def refusal_sentence(reason: str) -> str:
    found = _sentences().get(reason)
    if found is None:
        return translate("Refusals", "The bundle was refused.")
    return found
