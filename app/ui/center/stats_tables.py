"""The tables of the 统计 tab as display texts: overdue red/orange cases, coverage per
school, schools missing the period's bundle (``TextTable`` rows from ``CenterViews``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.services.center_views import COUNTY, CoverageRow, LevelRow, MissingRow, OverdueRow
from app.ui.county.text_table import TextTable
from app.ui.county.words import days_text, gender_word, grade_word, yes_no_word
from app.ui.i18n import fmt
from app.ui.levels import color, level_name

translate = QCoreApplication.translate


def county_name(name: str) -> str:
    """The county-wide row's name (``center_views.COUNTY``) in the user's language."""
    return translate("CenterStats", "Whole county") if name == COUNTY else name


def percent_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


def count_text(value: int | None, threshold: int) -> str:
    if value is None:
        return fmt(translate("CenterStats", "<{threshold} (hidden)"), threshold=threshold)
    return str(value)


def overdue_table() -> TextTable:
    return TextTable(
        [translate("CenterStats", "School"), translate("CenterStats", "Case code"),
         translate("CenterStats", "Level"), translate("CenterStats", "Grade"),
         translate("CenterStats", "Gender"), translate("CenterStats", "Days overdue"),
         translate("CenterStats", "Overdue tasks"), translate("CenterStats", "Since follow-up"),
         translate("CenterStats", "Referred"), translate("CenterStats", "Plan"),
         translate("CenterStats", "As of")],
        numeric=(5, 6), tone_column=2,
    )  # fmt: skip


def fill_overdue(model: TextTable, rows: Sequence[OverdueRow]) -> None:
    model.set_rows(
        [(r.school, r.pseudonym[:8], level_name(r.level), grade_word(r.grade),
          gender_word(r.gender), str(r.days_overdue), str(r.overdue_actions),
          days_text(r.days_since_follow_up),
          yes_no_word(r.referred), yes_no_word(r.plan_in_place), r.as_of) for r in rows],
        tones=[color(r.level) for r in rows],
    )  # fmt: skip


def coverage_table() -> TextTable:
    return TextTable(
        [translate("CenterStats", "School"), translate("CenterStats", "Period"),
         translate("CenterStats", "Students"), translate("CenterStats", "Visited on site"),
         translate("CenterStats", "Visit coverage"), translate("CenterStats", "Screened"),
         translate("CenterStats", "Screening coverage"),
         translate("CenterStats", "Abnormal rate"), translate("CenterStats", "As of")],
        numeric=(2, 3, 4, 5, 6, 7),
    )  # fmt: skip


def fill_coverage(model: TextTable, rows: Sequence[CoverageRow], threshold: int) -> None:
    model.set_rows(
        [(r.school, r.period, count_text(r.students, threshold),
          count_text(r.visited, threshold), percent_text(r.visit_rate),
          count_text(r.screened, threshold), percent_text(r.screen_rate),
          percent_text(r.abnormal_rate), r.as_of) for r in rows]
    )  # fmt: skip


def missing_table() -> TextTable:
    return TextTable(
        [translate("CenterStats", "School"), translate("CenterStats", "Last bundle for")]
    )


def fill_missing(model: TextTable, rows: Sequence[MissingRow]) -> None:
    never = translate("CenterStats", "never sent one")
    model.set_rows([(r.school, r.last_period or never) for r in rows])


def hidden_note(rows: Sequence[LevelRow], threshold: int) -> str:
    """What the trend chart cannot show: counts the schools hid (drawn as 0)."""
    schools = sum(sum(row.hidden.values()) for row in rows)
    cells = sum(1 for row in rows for value in row.counts.values() if value is None)
    if not schools and not cells:
        return ""
    return fmt(
        translate(
            "CenterStats",
            "Counts below {threshold} are hidden by the schools and drawn as 0 ({count} hidden).",
        ),
        threshold=threshold,
        count=schools + cells,
    )
