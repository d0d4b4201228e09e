"""What is wrong with a visit plan, in the user's language, naming the student.

The domain reports plan problems as ``entries[<n>].planned_on`` with the codes ``month``,
``past`` and ``duplicate``; the service adds ``planned_on``/``duplicate`` (already planned
that day) and ``student``/``status`` (left the school). Anything else goes to
``app.ui.errors.describe``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.errors import Problem, ValidationError
from app.ui import errors
from app.ui.i18n import fmt

translate = QCoreApplication.translate
_ENTRY = re.compile(r"^entries\[(\d+)\]")


def _sentences() -> dict[tuple[str, str], str]:
    return {
        ("entries.planned_on", "month"): translate(
            "Planning", "{name}: the date is outside the planned month."
        ),
        ("entries.planned_on", "past"): translate(
            "Planning", "{name}: a visit cannot be planned in the past."
        ),
        ("entries.planned_on", "duplicate"): translate(
            "Planning", "{name} is planned twice on the same day."
        ),
        ("planned_on", "duplicate"): translate(
            "Planning",
            "A visit is already planned for a ticked student on that day. Choose another day.",
        ),
        ("student", "status"): translate(
            "Planning", "A ticked student has left the school and cannot be visited."
        ),
        ("entries", "required"): translate("Planning", "Tick at least one student."),
        ("reason", "required"): translate("Planning", "Please give a reason."),
        ("plan", "closed"): translate(
            "Planning", "This planned visit was recorded or cancelled meanwhile."
        ),
        ("student", "mismatch"): translate("Planning", "The visit is for another student."),
        ("follow_up_days", "range"): translate(
            "Planning", "The follow-up interval must be from 7 to 366 days."
        ),
    }


def problem_sentence(problem: Problem, names: Sequence[str] = ()) -> str:
    field = re.sub(r"\[\d+\]", "", problem.field)
    sentence = _sentences().get((field, problem.code))
    if sentence is None:
        return errors.describe_problem(problem)
    found = _ENTRY.match(problem.field)
    position = int(found.group(1)) if found else -1
    name = names[position] if 0 <= position < len(names) else ""
    return fmt(sentence, name=name)


def describe_plan_error(exc: BaseException, names: Sequence[str] = ()) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(dict.fromkeys(problem_sentence(p, names) for p in exc.problems))
    errors.log_unexpected(exc, "visit_plan")
    return errors.describe(exc)
