"""Input widgets of the growth-file forms: typed dates, multi-line notes, enum choices.

Dates are typed (counselors copy them from paper forms) into a line edit that accepts
2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日 or 20260305; a small calendar button
offers a picker. A text that is not a date is reported by the form, never silently
dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.ui.vocab import enum_name

_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_TIME = re.compile(r"^(\d{1,2})[:：](\d{2})$")


class BadDate(ValueError):
    """The text is not a date (or a date and time)."""


def parse_date(text: str) -> date | None:
    """The date typed in ``text``; None when empty; BadDate when it is not a date."""
    if not text.strip():
        return None
    match = _DATE.match(text) or _COMPACT.match(text)
    if match is None:
        raise BadDate(text)
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        raise BadDate(text) from None


def parse_datetime(text: str) -> datetime | None:
    """A date with an optional time (``2026-03-05 14:30``); None when empty."""
    parts = text.strip().replace("T", " ").split()
    if not parts:
        return None
    if len(parts) > 2:
        raise BadDate(text)
    day = parse_date(parts[0])
    assert day is not None
    if len(parts) == 1:
        return datetime(day.year, day.month, day.day)
    match = _TIME.match(parts[1])
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise BadDate(text)
    return datetime(day.year, day.month, day.day, int(match[1]), int(match[2]))


def date_text(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def datetime_text(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


class DateField(QWidget):
    """A typed date (or date and time) with a calendar button; ``text()`` is what is typed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, with_time: bool = False) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.calendar: QCalendarWidget | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateEdit")
        self.edit.setPlaceholderText(
            self.tr("e.g. 2026-03-05 14:30") if with_time else self.tr("e.g. 2026-03-05")
        )
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)
        self._layout()

    def _layout(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self._calendar_button())

    def _calendar_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("calendarButton")
        button.setText("▾")
        button.setToolTip(self.tr("Pick a date"))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.aboutToShow.connect(lambda: self._show_calendar(menu))
        button.setMenu(menu)
        return button

    def _show_calendar(self, menu: QMenu) -> None:
        """The calendar is built the first time it is needed (forms open faster)."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(menu)
            self.calendar.clicked.connect(lambda day: self._picked(day, menu))
            action = QWidgetAction(menu)
            action.setDefaultWidget(self.calendar)
            menu.addAction(action)
        try:
            current = parse_date(self.text().split(" ")[0]) if self.text().strip() else None
        except BadDate:
            current = None
        day = current or date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, day: QDate, menu: QMenu) -> None:
        picked = date(day.year(), day.month(), day.day())
        time_part = self.text().strip().split(" ")[1:] if self.with_time else []
        self.setText(" ".join([picked.isoformat(), *time_part]))
        menu.close()

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def value(self) -> date | datetime | None:
        """The parsed value; raises BadDate for text that is not a date."""
        return parse_datetime(self.text()) if self.with_time else parse_date(self.text())


class NoteEdit(QPlainTextEdit):
    """A multi-line note where Tab moves on to the next field (tab order follows the form)."""

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)


def enum_combo(parent: QWidget, members: Iterable[Enum], object_name: str = "") -> QComboBox:
    """A combo box of translated enum names; ``currentData()`` is the member's value."""
    combo = QComboBox(parent)
    if object_name:
        combo.setObjectName(object_name)
    for member in members:
        combo.addItem(enum_name(member), member.value)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
