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
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from app.domain.accounts import MIN_PASSWORD
from app.errors import Problem, ValidationError, XinAnError
from app.ui.county.refusals import refusal_sentence
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
        "import_rejected": describe_rejection,
        "import_cancelled": lambda p: translate(
            "Errors", "The import was cancelled; nothing was written."
        ),
        "disk_full": lambda p: translate(
            "Errors",
            "The disk (or USB stick) is full: the file was not written and nothing was "
            "changed. Free some space or choose another folder, then try again.",
        ),
        "bundle_refused": lambda p: refusal_sentence(str(p.get("reason", ""))),
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
        "reporter": translate("Errors", "your name"),
        "reason": translate("Errors", "reason"),
        "concerns.student_name": translate("Errors", "classmate's name"),
        "concerns.text": translate("Errors", "what you noticed"),
        # growth-file forms
        "note": translate("Errors", "note"),
        "description": translate("Errors", "description of what happened"),
        "summary": translate("Errors", "problem summary"),
        "goals": translate("Errors", "goals"),
        "visitors": translate("Errors", "visitors"),
        "institution": translate("Errors", "hospital or clinic"),
        "certificate_issuer": translate("Errors", "certificate issuer"),
        "referred_on": translate("Errors", "referral date"),
        "referral": translate("Errors", "referral"),
        "at": translate("Errors", "time"),
        "occurred_at": translate("Errors", "time"),
        "on": translate("Errors", "date"),
        "next_review_on": translate("Errors", "next review date"),
        "measures.due_on": translate("Errors", "due date of the measure"),
        "period": translate("Errors", "period"),
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
        "date_format": translate("Errors", "The {field} is not a date (write e.g. 2026-03-05)."),
        "datetime_format": translate(
            "Errors", "The {field} is not a date and time (write e.g. 2026-03-05 14:30)."
        ),
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
        ("class_id", "unknown"): translate("Errors", "Please choose your class."),
        ("reporter", "not_member"): translate(
            "Errors", "This name is not on the committee list of the class."
        ),
        ("student", "required"): translate(
            "Errors", "Please choose which student this concern is about."
        ),
        ("student", "no_open_flag"): translate(
            "Errors", "This student has no open warning flag to merge into."
        ),
        ("concern", "already_triaged"): translate(
            "Errors", "This concern has already been handled."
        ),
        ("level", "invalid"): translate("Errors", "Please choose a warning level."),
        ("classes", "required"): translate("Errors", "A head teacher needs at least one class."),
        ("grade", "required"): translate("Errors", "A grade leader needs a grade."),
        ("certificate_issuer", "certificate_required"): translate(
            "Errors",
            "A return needs a certificate from a specialist hospital: fill in the hospital "
            "that issued it.",
        ),
        ("certificate_on", "certificate_required"): translate(
            "Errors",
            "A return needs a certificate from a specialist hospital: fill in the date of "
            "the certificate.",
        ),
        ("certificate_on", "order"): translate(
            "Errors", "The certificate cannot be dated after the return."
        ),
        **_county_problems(),
    }


def _county_problems() -> dict[tuple[str, str], str]:
    return {
        ("county_code", "other_county"): translate(
            "Errors", "The file was made for another county than this one."
        ),
        ("county_key", "exists"): translate(
            "Errors", "A different county key has been imported already."
        ),
        ("preview", "stale"): translate(
            "Errors", "Another bundle was exported since this preview. Please preview again."
        ),
        ("period", "future"): translate("Errors", "This period has not started yet."),
        ("staffing", "range"): translate("Errors", "Staff numbers must be from 0 to 1000."),
        ("certified", "range"): translate(
            "Errors", "There cannot be more certified counselors than counselors."
        ),
        ("key", "in_use"): translate(
            "Errors", "This signing key is already used by another school."
        ),
        ("file", "size"): translate("Errors", "The file is too large."),
    }


# --- spreadsheet imports: why a file was refused, what is wrong in a row ---------------------


def _rejection_sentences() -> dict[str, str]:
    """By ``ImportRejected.params["reason"]`` (see ``app.services.spreadsheets``)."""
    return {
        "old_xls": translate(
            "Errors",
            "Old .xls (or WPS .et) workbooks cannot be read. Open the file in Excel or WPS, "
            "save it as .xlsx and import that file.",
        ),
        "file_type": translate(
            "Errors", "This is not a spreadsheet XinAn can read. Save it as .xlsx or .csv."
        ),
        "not_found": translate("Errors", "The file was not found."),
        "unreadable": translate(
            "Errors", "The file cannot be read. Is it open in another program?"
        ),
        "not_a_file": translate("Errors", "Please choose a file, not a folder."),
        "empty": translate("Errors", "The file is empty."),
        "too_large": translate("Errors", "The file is too large to import."),
        "protected_or_xls": translate(
            "Errors",
            "This is an old .xls file or a workbook protected by a password. Remove the "
            "password, save it as .xlsx in Excel or WPS and import that file.",
        ),
        "damaged": translate(
            "Errors",
            "The workbook is damaged or incomplete. Open it in Excel or WPS, save it as "
            ".xlsx again and import that file.",
        ),
        "too_many_rows": translate("Errors", "The file has more than {limit} rows."),
        "encoding": translate(
            "Errors",
            "The text file is neither UTF-8 nor GBK. Save it as .xlsx in Excel or WPS.",
        ),
        "bad_text": translate("Errors", "The text file cannot be read as a table."),
        "no_sheets": translate("Errors", "The workbook has no sheets."),
        "no_header": translate(
            "Errors",
            "No header row naming the required columns was found near the top of the sheet.",
        ),
        "header_incomplete": translate(
            "Errors", "The header row (row {row}) lacks the column(s) {missing}."
        ),
        "columns_missing": translate(
            "Errors",
            "The sheet lacks the column(s) {missing}: choose the columns that hold them in "
            "the preview, then import.",
        ),
    }


def describe_rejection(params: dict[str, object]) -> str:
    """Why a spreadsheet was refused, from ``ImportRejected.params``."""
    sentence = _rejection_sentences().get(str(params.get("reason", "")))
    if sentence is None:
        return translate(
            "Errors", "The file was not imported: it does not have the expected content."
        )
    return fmt(sentence, **{k: v for k, v in params.items() if k != "reason"})


def _cell_sentences() -> dict[str, str]:
    """What is wrong in a roster cell, by code (``RowProblem.code``)."""
    return {
        "required": translate("Errors", "Missing."),
        "format": translate("Errors", "Not in the right format."),
        "lost_digits": translate(
            "Errors",
            "Digits were lost because the cell holds a number. Format the column as text "
            "and type the number again.",
        ),
        "unknown": translate(
            "Errors", "Item {position} is not a known key group (e.g. 留守、贫困)."
        ),
        "range": translate("Errors", "The value is out of the plausible range."),
        "impossible": translate("Errors", "There is no such date."),
        "incomplete": translate("Errors", "The day is missing (write e.g. 2011-03-05)."),
        "grade_missing": translate("Errors", "Cannot tell the grade: fill in 年级."),
        "duplicate": translate("Errors", "The same student number is also on row {rows}."),
    }


def _special_cells() -> dict[tuple[str, str], str]:
    """Sentences for a (field, code) pair whose code alone says too little."""
    return {
        ("gender", "format"): translate("Errors", "Unknown value (write 男 or 女)."),
        ("boarding", "format"): translate("Errors", "Unknown value (write 是 or 否)."),
        ("birth_date", "format"): translate("Errors", "Not a date (write e.g. 2011-03-05)."),
        ("birth_date", "range"): translate("Errors", "The birth date is not plausible."),
        ("student_number", "format"): translate(
            "Errors", "A student number has 6 to 30 letters or digits."
        ),
        ("guardian_phone", "format"): translate("Errors", "Not a valid phone number."),
        ("class_name", "required"): translate("Errors", "Missing (the row gives a grade)."),
    }


def describe_cell(field: str, code: str, params: Mapping[str, object]) -> str:
    """One roster cell's problem as a sentence (the column is shown next to it)."""
    sentence = _special_cells().get((field, code)) or _cell_sentences().get(code)
    if sentence is None:
        return translate("Errors", "This cell cannot be read.")
    return fmt(sentence, **params)


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
