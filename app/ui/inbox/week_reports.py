"""The committee reports of one week, per class, and the classes that sent none."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.committee import CommitteeReport, Concern
from app.domain.enums import Urgency
from app.services import triage
from app.services.session import Session
from app.ui import errors
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.vocab import triage_name, urgency_name


@dataclass(frozen=True)
class WeekData:
    reports: list[CommitteeReport]
    missing: list[int]  # class ids without a report this week


def load_week(session: Session, day: date) -> WeekData:
    """Worker job: the week's reports and the classes that missed it."""
    return WeekData(
        triage.reports_of_week(session, day), triage.classes_missing_report(session, day)
    )


def _short(day: date) -> str:
    return day.strftime("%m-%d")


class WeekReports(QWidget):
    """Week picker (previous / next week), the reports table, details, missing classes."""

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.class_names: dict[int, str] = {}
        self.reports: list[CommitteeReport] = []
        self._build()
        self._show_week(date.today())  # loaded by refresh() once the class names are known

    def _build(self) -> None:
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("weekReports")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Class"),
                self.tr("Committee member"),
                self.tr("Period"),
                self.tr("Class climate"),
                self.tr("Concerns"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_details(row))
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("reportDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(160)
        self.missing = QLabel(self)
        self.missing.setObjectName("missingReports")
        self.missing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._picker())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.missing)

    def _picker(self) -> QHBoxLayout:
        self.previous_button = QPushButton(self.tr("‹ Previous week"), self)
        self.previous_button.clicked.connect(lambda: self.set_day(self.day - timedelta(days=7)))
        self.next_button = QPushButton(self.tr("Next week ›"), self)
        self.next_button.clicked.connect(lambda: self.set_day(self.day + timedelta(days=7)))
        self.this_week_button = QPushButton(self.tr("This week"), self)
        self.this_week_button.clicked.connect(lambda: self.set_day(date.today()))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("weekDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.dateChanged.connect(lambda d: self.set_day(d.toPython()))
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekRange")
        row = QHBoxLayout()
        for widget in (self.previous_button, self.date_edit, self.next_button):
            row.addWidget(widget)
        row.addWidget(self.week_label, 1)
        row.addWidget(self.this_week_button)
        return row

    # --- loading -------------------------------------------------------------------------

    def set_class_names(self, names: dict[int, str]) -> None:
        self.class_names = names

    def set_day(self, day: date) -> None:
        """Show the week containing ``day``."""
        self._show_week(day)
        self.refresh()

    def _show_week(self, day: date) -> None:
        self.day = day
        blocked = self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(blocked)
        start, end = triage.week_of(day)
        self.week_label.setText(
            fmt(self.tr("Week of {start} to {end}"), start=start.isoformat(), end=end.isoformat())
        )

    def refresh(self) -> None:
        self.ctx.call(load_week, self.day, on_success=self._show, on_error=self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.table.setRowCount(0)
        self.missing.setText(errors.describe(exc))

    def _show(self, data: WeekData) -> None:
        self.reports = data.reports
        self.table.setRowCount(0)
        for report in data.reports:
            self._add_row(report)
        self._show_details(self.table.currentRow())
        self._show_missing(data.missing)

    def _add_row(self, report: CommitteeReport) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = (
            self.class_names.get(report.class_id or -1, ""),
            report.reporter,
            f"{_short(report.period_start)} – {_short(report.period_end)}",
            f"{report.climate}/5",
            self._concerns_summary(report),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 4 and report.has_urgent:
                item.setForeground(Qt.GlobalColor.red)
            self.table.setItem(row, column, item)

    def _concerns_summary(self, report: CommitteeReport) -> str:
        if report.nothing_to_report:
            return self.tr("Nothing to report")
        urgent = sum(1 for c in report.concerns if c.urgency is Urgency.URGENT)
        text = self.tr("{count} concerns, {urgent} urgent")
        return fmt(text, count=len(report.concerns), urgent=urgent)

    def _show_missing(self, missing: list[int]) -> None:
        if not missing:
            self.missing.setText(self.tr("Every class has handed in a report for this week."))
            return
        names = "、".join(self.class_names.get(class_id, str(class_id)) for class_id in missing)
        text = self.tr("Classes without a report this week ({count}): {classes}")
        self.missing.setText(fmt(text, count=len(missing), classes=names))

    # --- details -------------------------------------------------------------------------

    def _show_details(self, row: int) -> None:
        if not 0 <= row < len(self.reports):
            self.details.setPlainText("")
            return
        report = self.reports[row]
        lines = [
            fmt(self.tr("Class climate: {climate}/5"), climate=report.climate),
            fmt(self.tr("Notable events: {events}"), events=report.events or "—"),
        ]
        lines += [self._concern_line(c) for c in report.concerns]
        self.details.setPlainText("\n".join(lines))

    def _concern_line(self, concern: Concern) -> str:
        return fmt(
            self.tr("· {name} ({urgency}): {words} — {state}"),
            name=concern.student_name,
            urgency=urgency_name(concern.urgency),
            words=concern.text,
            state=triage_name(concern.triage),
        )
