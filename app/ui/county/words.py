"""Translated words of a county bundle's fixed vocabulary (context "CountyWords").

A bundle carries codes, never a school's own words: national grade codes (``g7``), school
stages, screening readings, yes/no. The station's preview and the center's views show
them through these functions; warning levels, genders, key groups and crisis kinds use
the shell's own tables (``app.ui.levels``, ``app.ui.vocab``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import CrisisKind, Gender, KeyGroup, WarningLevel
from app.sync.vocabulary import TOTAL
from app.ui.i18n import fmt
from app.ui.levels import level_name
from app.ui.vocab import enum_name

translate = QCoreApplication.translate


def _grades() -> dict[str, str]:
    return {
        "g1": translate("CountyWords", "Grade 1"),
        "g2": translate("CountyWords", "Grade 2"),
        "g3": translate("CountyWords", "Grade 3"),
        "g4": translate("CountyWords", "Grade 4"),
        "g5": translate("CountyWords", "Grade 5"),
        "g6": translate("CountyWords", "Grade 6"),
        "g7": translate("CountyWords", "Grade 7"),
        "g8": translate("CountyWords", "Grade 8"),
        "g9": translate("CountyWords", "Grade 9"),
        "g10": translate("CountyWords", "Senior year 1"),
        "g11": translate("CountyWords", "Senior year 2"),
        "g12": translate("CountyWords", "Senior year 3"),
        "v1": translate("CountyWords", "Vocational year 1"),
        "v2": translate("CountyWords", "Vocational year 2"),
        "v3": translate("CountyWords", "Vocational year 3"),
        "unknown": translate("CountyWords", "Grade unknown"),
    }


def _stages() -> dict[str, str]:
    return {
        "primary": translate("CountyWords", "Primary (grade generalized)"),
        "junior": translate("CountyWords", "Junior middle (grade generalized)"),
        "senior": translate("CountyWords", "Senior high (grade generalized)"),
        "vocational": translate("CountyWords", "Vocational (grade generalized)"),
    }


def _plain_words() -> dict[str, str]:
    return {
        "unscreened": translate("CountyWords", "Not screened"),
        "normal": translate("CountyWords", "Nothing abnormal"),
        "abnormal": translate("CountyWords", "Abnormal result"),
        "unreliable": translate("CountyWords", "Invalid questionnaire"),
        "received": translate("CountyWords", "Feedback received"),
        "pending": translate("CountyWords", "Feedback pending"),
        "yes": translate("CountyWords", "Yes"),
        "no": translate("CountyWords", "No"),
    }


def grade_word(code: str | None) -> str:
    """A grade code, a stage (when generalized) or "—" (generalized away)."""
    if not code:
        return translate("CountyWords", "— (generalized)")
    return _grades().get(code) or _stages().get(code) or code


def value_word(dimension: str, value: str) -> str:
    """One key value of a bundle table cell, in words ("*" = all)."""
    if value == TOTAL:
        return translate("CountyWords", "All")
    if dimension == "level":
        return level_name(WarningLevel(value))
    if dimension == "grade":
        return grade_word(value)
    enums = {"gender": Gender, "tag": KeyGroup, "kind": CrisisKind}
    if dimension in enums:
        return enum_name(enums[dimension](value))
    return _plain_words().get(value, value)


def dimension_word(dimension: str) -> str:
    names = {
        "level": translate("CountyWords", "Level"),
        "grade": translate("CountyWords", "Grade"),
        "gender": translate("CountyWords", "Gender"),
        "tag": translate("CountyWords", "Key group"),
        "member": translate("CountyWords", "In the group"),
        "result": translate("CountyWords", "Screening reading"),
        "visited": translate("CountyWords", "Visited on site"),
        "green_channel": translate("CountyWords", "Green channel"),
        "feedback": translate("CountyWords", "Feedback"),
        "kind": translate("CountyWords", "Kind"),
    }
    return names.get(dimension, dimension)


def table_title(name: str) -> str:
    titles = {
        "open_flags": translate("CountyWords", "Open warning flags (by level, grade, gender)"),
        "new_flags": translate("CountyWords", "New flags in the period"),
        "cleared_flags": translate("CountyWords", "Flags cleared in the period"),
        "key_groups": translate("CountyWords", "Key groups"),
        "screening": translate("CountyWords", "Screening this school year"),
        "home_visits": translate("CountyWords", "On-site home visits this school year"),
        "suspended": translate("CountyWords", "Students suspended now"),
        "returns": translate("CountyWords", "Returns to school in the period"),
        "referrals": translate("CountyWords", "Referrals in the period"),
        "crises": translate("CountyWords", "Crisis events in the period"),
    }
    return titles.get(name, name)


def count_text(value: int | None, threshold: int) -> str:
    """A published count, or "<5" for a cell the disclosure control suppressed."""
    if value is None:
        return fmt(translate("CountyWords", "<{threshold}"), threshold=threshold)
    return str(value)


def suppressed_hint(threshold: int) -> str:
    return fmt(
        translate(
            "CountyWords",
            "Hidden: fewer than {threshold}, or hidden with it so that it cannot be worked "
            "out from the totals.",
        ),
        threshold=threshold,
    )


def gender_word(code: str | None) -> str:
    return enum_name(Gender(code)) if code else translate("CountyWords", "— (generalized)")


def yes_no_word(value: bool) -> str:
    return translate("CountyWords", "Yes") if value else translate("CountyWords", "No")


def days_text(days: int | None) -> str:
    if days is None:
        return translate("CountyWords", "none yet")
    return fmt(translate("CountyWords", "{days} d"), days=days)
