"""Words of the transfer GUI (context "TransferWords"): record kinds, fingerprints, and
one plain sentence for each reason a key file or transfer file is refused.

The transfer services raise ``CorruptFile`` / ``ImportRejected`` with an English message
(for the CLI and logs) and, for a file addressed to another station, ``recipient``. The
sentence is picked by error type and a fragment of that message; anything unforeseen
falls back to a general sentence of its type, so the user always reads Chinese.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import CorruptFile, ImportRejected, ValidationError
from app.ui import errors
from app.ui.i18n import fmt

translate = QCoreApplication.translate


def record_kind(kind: str) -> str:
    names = {
        "screenings": translate("TransferWords", "Screenings"),
        "flags": translate("TransferWords", "Warning-level changes"),
        "plans": translate("TransferWords", "Plans (一生一策)"),
        "contacts": translate("TransferWords", "Conversations and contacts"),
        "visits": translate("TransferWords", "Home visits"),
        "referrals": translate("TransferWords", "Referrals"),
        "leaves": translate("TransferWords", "Leave and return"),
        "crises": translate("TransferWords", "Crisis events"),
        "case_history": translate("TransferWords", "Case status changes"),
    }
    return names.get(kind, kind)


def fingerprint_text(fingerprint: str) -> str:
    """ "ab12 cd34 ef56 7890": easier to read out on the phone."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def _key_file_sentences() -> list[tuple[str, str]]:
    return [
        ("cannot be read", translate(
            "TransferWords", "The key file cannot be read (removed, or the USB stick unplugged?)."
        )),
        ("altered", translate(
            "TransferWords",
            "The key file was altered or damaged after the receiving school wrote it. Ask "
            "that school for its key file again.",
        )),
        ("", translate(
            "TransferWords",
            "This is not a XinAn transfer key file. The receiving school exports it in "
            "Settings → Student file transfer key.",
        )),
    ]  # fmt: skip


def _corrupt_sentences() -> list[tuple[str, str]]:
    return [
        ("cannot be read", translate(
            "TransferWords",
            "The file cannot be read (removed, or the USB stick unplugged?). Nothing was "
            "imported.",
        )),
        ("format version", translate(
            "TransferWords",
            "The file was made by a newer version of XinAn. Update XinAn, then try again. "
            "Nothing was imported.",
        )),
        ("does not open with this station", translate(
            "TransferWords",
            "The file does not open with this school's transfer key: it is damaged, or it "
            "was made for a key this station no longer has. Nothing was imported.",
        )),
        ("transfer file is incomplete", translate(
            "TransferWords",
            "The file is incomplete (cut off while copying?). Ask the sending school for a "
            "new one. Nothing was imported.",
        )),
        ("altered", translate(
            "TransferWords",
            "The file was altered or damaged after the sending school signed it. Ask the "
            "sending school for a new one. Nothing was imported.",
        )),
        ("recipient differs", translate(
            "TransferWords",
            "The file was altered after the sending school signed it. Nothing was imported.",
        )),
        ("", translate(
            "TransferWords",
            "This is not a XinAn student transfer file, or it is incomplete. Nothing was "
            "imported.",
        )),
    ]  # fmt: skip


def _rejected_sentences() -> list[tuple[str, str]]:
    return [
        ("never handed out", translate(
            "TransferWords",
            "This school has never handed out a transfer key file, so no transfer file can "
            "be meant for it. Nothing was imported.",
        )),
        ("different key", translate(
            "TransferWords",
            "The file claims to come from a school that sent files here before, but it is "
            "signed with a different key. Check with the sending school by phone. Nothing "
            "was imported.",
        )),
        ("already received", translate(
            "TransferWords", "This transfer file was received already. Nothing was imported."
        )),
        ("already here", translate(
            "TransferWords",
            "A student with this student number is already on this station's roster. Accept "
            "the file into that student's growth file, or check the number with the sending "
            "school.",
        )),
        ("named", translate(
            "TransferWords",
            "The student with this student number here has another name. Check the number "
            "with the sending school. Nothing was imported.",
        )),
        ("already has flags or plans", translate(
            "TransferWords",
            "That student already has warning flags or plans at this school: a transferred "
            "file can only join a growth file that is still empty. Nothing was imported.",
        )),
        ("", translate(
            "TransferWords",
            "The transferred student record is not valid. Ask the sending school to check "
            "it. Nothing was imported.",
        )),
    ]  # fmt: skip


def _pick(message: str, sentences: list[tuple[str, str]]) -> str:
    return next(text for fragment, text in sentences if fragment in message)


def key_file_refusal(exc: BaseException) -> str:
    """Why a transfer key file cannot be used."""
    if isinstance(exc, ValidationError) and any(p.code == "own_station" for p in exc.problems):
        return own_key_sentence()
    if isinstance(exc, CorruptFile):
        return _pick(exc.message, _key_file_sentences())
    return transfer_refusal(exc)


def own_key_sentence() -> str:
    return translate(
        "TransferWords",
        "This is this school's own transfer key file. Choose the key file of the school the "
        "student moves to.",
    )


def transfer_refusal(exc: BaseException) -> str:
    """Why a transfer file was not written or not taken in: one sentence."""
    if isinstance(exc, ImportRejected) and "recipient" in exc.params:
        text = translate(
            "TransferWords",
            "This transfer file is meant for {school}, not for this school. Nothing was "
            "imported; pass the file on to that school.",
        )
        return fmt(text, school=exc.params["recipient"])
    if isinstance(exc, ImportRejected):
        return _pick(exc.message, _rejected_sentences())
    if isinstance(exc, CorruptFile):
        return _pick(exc.message, _corrupt_sentences())
    if isinstance(exc, ValidationError) and any(p.code == "own_station" for p in exc.problems):
        return own_key_sentence()
    errors.log_unexpected(exc, "transfer")
    return errors.describe(exc)  # a full USB stick, a lock, an unexpected error
