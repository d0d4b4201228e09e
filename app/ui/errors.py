"""What to tell the user about an error, in their language.

Every ``app.errors`` code and every ``ValidationError`` problem (field + code) maps to a
translated sentence; anything else becomes a generic "unexpected error" sentence. The
user never sees a traceback, and ``log_unexpected`` logs only where it happened (no
exception message, no values: those may contain student data).
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.domain.accounts import MIN_PASSWORD
from app.errors import Problem, ValidationError, XinAnError
from app.ui.i18n import fmt

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate recognises translate("Context", "text")


def _code_sentences() -> dict[str, Callable[[dict[str, object]], str]]:
    return {
        "wrong_credentials": lambda p: translate("Errors", "Wrong password. Please try again."),
        "station_locked": lambda p: translate(
            "Errors",
            "This station is already open in another window. Close that window first, "
            "then try again.",
        ),
        "schema_too_new": lambda p: fmt(
            translate(
                "Errors",
                "This station was saved by a newer version of XinAn (data version {schema}; "
                "this program knows up to {supported}). Please install the newer version.",
            ),
            schema=p.get("schema", "?"),
            supported=p.get("supported", "?"),
        ),
        "schema_too_old": lambda p: translate(
            "Errors",
            "This station was saved by an older version of XinAn. Unlock it once normally "
            "to upgrade it, then try again.",
        ),
        "corrupt_file": lambda p: translate(
            "Errors",
            "The station files are damaged and cannot be opened. Please restore a backup "
            "or ask your technical support for help.",
        ),
        "integrity_failure": lambda p: translate(
            "Errors",
            "The station database failed its integrity check. Please restore a backup.",
        ),
        "read_only": lambda p: translate(
            "Errors", "The station is open read-only: nothing can be changed."
        ),
        "not_found": lambda p: translate(
            "Errors", "The record was not found. It may have been removed."
        ),
        "permission_denied": lambda p: translate("Errors", "Your account may not do this."),
        "station_not_found": lambda p: translate("Errors", "There is no station in this folder."),
        "station_exists": lambda p: translate("Errors", "A station already exists in this folder."),
        "import_rejected": lambda p: translate(
            "Errors", "The file was not imported: it does not have the expected content."
        ),
        "import_cancelled": lambda p: translate(
            "Errors", "The import was cancelled; nothing was written."
        ),
    }


def _field_labels() -> dict[str, str]:
    return {
        "name": translate("Errors", "name"),
        "county_code": translate("Errors", "county code"),
        "username": translate("Errors", "user name"),
        "display_name": translate("Errors", "display name"),
        "password": translate("Errors", "password"),
        "role": translate("Errors", "role"),
        "class": translate("Errors", "class"),
        "class_id": translate("Errors", "class"),
        "student_number": translate("Errors", "student number"),
        "birth_date": translate("Errors", "birth date"),
        "guardian_phone": translate("Errors", "guardian's phone number"),
        "date": translate("Errors", "date"),
        "next": translate("Errors", "next date"),
        "visited_on": translate("Errors", "visit date"),
        "next_visit_on": translate("Errors", "next visit date"),
        "feedback_on": translate("Errors", "feedback date"),
        "certificate_on": translate("Errors", "certificate date"),
        "period_end": translate("Errors", "end of the period"),
        "climate": translate("Errors", "class climate"),
        "concerns": translate("Errors", "concerns"),
        "measures.what": translate("Errors", "measure"),
        "follow_up_days": translate("Errors", "follow-up interval"),
        "within_hours": translate("Errors", "deadline"),
    }


def _problem_sentences() -> dict[str, str]:
    """Sentences by problem code; ``{field}`` is the field's label."""
    return {
        "required": translate("Errors", "Please fill in the {field}."),
        "format": translate("Errors", "The {field} is not in the right format."),
        "duplicate": translate("Errors", "This {field} already exists."),
        "mismatch": translate("Errors", "The two {field} entries differ."),
        "range": translate("Errors", "The {field} is out of the allowed range."),
        "order": translate("Errors", "The {field} is before the date it must follow."),
        "future": translate("Errors", "The {field} cannot be in the future."),
    }


def _special_problems() -> dict[tuple[str, str], str]:
    return {
        ("password", "weak"): fmt(
            translate(
                "Errors",
                "The password is too weak: use at least {min} characters, with at least "
                "4 different ones.",
            ),
            min=MIN_PASSWORD,
        ),
        ("username", "format"): translate(
            "Errors", "The user name must be 2-32 letters, digits, '.', '_' or '-'."
        ),
        ("county_code", "format"): translate("Errors", "The county code must be 6 digits."),
        ("level", "unchanged"): translate("Errors", "The warning level is already set to this."),
        ("kind", "not_suspended"): translate("Errors", "The student is not suspended."),
        ("kind", "already_suspended"): translate("Errors", "The student is already suspended."),
        ("concerns", "contradiction"): translate(
            "Errors", "A report cannot say 'nothing to report' and list concerns."
        ),
    }


def describe_problem(problem: Problem) -> str:
    field = re.sub(r"\[\d+\]", "", problem.field)
    special = _special_problems().get((field, problem.code))
    if special is not None:
        return special
    label = _field_labels().get(field, field)
    sentence = _problem_sentences().get(
        problem.code, translate("Errors", "The {field} is not valid.")
    )
    return fmt(sentence, field=label)


def describe(exc: BaseException) -> str:
    """One or more plain sentences for the user; never a traceback."""
    if isinstance(exc, ValidationError):
        return "\n".join(describe_problem(p) for p in exc.problems)
    if isinstance(exc, XinAnError):
        sentence = _code_sentences().get(exc.code)
        if sentence is not None:
            return sentence(exc.params)
        return translate("Errors", "The operation could not be completed.")
    return fmt(
        translate(
            "Errors",
            "An unexpected error occurred ({kind}) and the step was not completed. "
            "Please try again, and tell your technical support if it happens again.",
        ),
        kind=type(exc).__name__,
    )


def log_unexpected(exc: BaseException, where: str) -> None:
    """Log an unexpected error with its stack only: no message, no values."""
    if isinstance(exc, XinAnError):
        log.info("%s: %s (%s)", where, type(exc).__name__, exc.code)
        return
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("%s: unexpected %s\n%s", where, type(exc).__name__, frames)
