"""测评: screening results with the MHT reading — abnormal scales highlighted, unreliable
sheets marked — and "raise a yellow flag from this screening" (the counselor decides)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import SourceLevel, WarningLevel
from app.domain.growth import GrowthFile, Screening
from app.domain.mht import MHT_SCALES, MhtReading, MhtThresholds, read_mht
from app.ui.growth.fields import date_text
from app.ui.growth.flags_tab import FlagsTab
from app.ui.growth.records import Colors, Column, RecordList
from app.ui.growth.tab import GrowthTab
from app.ui.i18n import fmt
from app.ui.vocab import scale_name

ABNORMAL: Colors = (QColor("#ffcdd2"), QColor("#b71c1c"))
UNRELIABLE: Colors = (QColor("#eeeeee"), QColor("#757575"))
THRESHOLDS = MhtThresholds()


def reading(screening: Screening) -> MhtReading:
    return read_mht(screening.scores, screening.total, screening.validity, THRESHOLDS)


def total_of(screening: Screening) -> int:
    if screening.total is not None:
        return screening.total
    return sum(screening.scores.get(s, 0) for s in MHT_SCALES)


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


class ScreeningsTab(GrowthTab):
    key = "screenings"

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.list = RecordList(self._columns(), self._details, self)
        self.list.setObjectName("screeningsList")
        self.raise_button = QPushButton(self.tr("Raise a yellow flag from this screening…"), self)
        self.raise_button.setObjectName("raiseYellow")
        self.raise_button.clicked.connect(self.raise_yellow)
        self.raise_button.setVisible(host.abilities.may_edit("level"))
        self.list.table.chosen.connect(self._chosen)
        bottom = QHBoxLayout()
        bottom.addWidget(self._legend(), 1)
        bottom.addWidget(self.raise_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self._chosen(None)

    def _legend(self) -> QWidget:
        text = self.tr(
            "Scales scoring {scale} or more are abnormal; a total of {total} or more calls for "
            "an individual plan; a validity score above {validity} makes the sheet unreliable."
        )
        limits = THRESHOLDS
        return self.note(
            fmt(
                text,
                scale=limits.scale_abnormal,
                total=limits.total_plan,
                validity=limits.validity_max,
            )
        )

    def _columns(self) -> list[Column]:
        columns = [
            Column(self.tr("Date"), lambda s: date_text(s.taken_on), self._row_colors),
            Column(self.tr("Instrument"), lambda s: s.instrument, self._row_colors),
        ]
        columns += [self._scale_column(scale) for scale in MHT_SCALES]
        columns += [
            Column(self.tr("Total"), lambda s: str(total_of(s)), self._total_colors),
            Column(self.tr("Validity"), lambda s: _number(s.validity), self._row_colors),
            Column(self.tr("Reading"), self._reading_text, self._row_colors),
        ]
        return columns

    def _scale_column(self, scale: str) -> Column:
        def colors(screening: Screening) -> Colors | None:
            if not reading(screening).reliable:
                return UNRELIABLE
            return ABNORMAL if scale in reading(screening).abnormal_scales else None

        return Column(scale_name(scale), lambda s: _number(s.scores.get(scale)), colors)

    @staticmethod
    def _row_colors(screening: Screening) -> Colors | None:
        return None if reading(screening).reliable else UNRELIABLE

    @staticmethod
    def _total_colors(screening: Screening) -> Colors | None:
        found = reading(screening)
        if not found.reliable:
            return UNRELIABLE
        return ABNORMAL if found.plan_needed else None

    def _reading_text(self, screening: Screening) -> str:
        found = reading(screening)
        if not found.reliable:
            return self.tr("Unreliable sheet")
        if found.suggests_flag:
            return self.tr("Abnormal")
        return self.tr("Normal")

    def _details(self, screening: Screening) -> list[tuple[str, str]]:
        return [
            (self.tr("Date:"), date_text(screening.taken_on)),
            (self.tr("Reading:"), self._reading_text(screening)),
            (self.tr("Interpretation:"), screening.interpretation),
        ]

    def show_file(self, file: GrowthFile) -> None:
        self.list.set_records(list(reversed(file.screenings)))
        self._chosen(self.list.table.current_record())

    def save(self) -> bool:
        return False

    def _chosen(self, screening: Screening | None) -> None:
        flagged = self._flagged_already()
        usable = screening is not None and reading(screening).suggests_flag and not flagged
        self.raise_button.setEnabled(usable)
        if flagged:  # raising "yellow" would lower the flag
            self.raise_button.setToolTip(
                self.tr("The student is flagged yellow or higher already (see Flags).")
            )
        elif screening is not None and not reading(screening).reliable:
            self.raise_button.setToolTip(self.tr("The sheet is unreliable: screen again first."))
        else:
            self.raise_button.setToolTip(self.tr("Opens the change-level dialog, filled in."))

    def _flagged_already(self) -> bool:
        file = self.host.file
        yellow = WarningLevel.YELLOW.severity
        return file is not None and file.current_level.severity >= yellow

    def raise_yellow(self) -> None:
        """Open the change-level dialog with yellow, source outside school, and the reason."""
        screening = self.list.table.current_record()
        if screening is None:
            return
        values = {
            "level": WarningLevel.YELLOW.value,
            "source": SourceLevel.EXTERNAL.value,
            "reason": self.suggested_reason(screening),
            "reporter": self.tr("MHT screening"),
        }
        flags = self.host.ensure_tab("flags")
        if isinstance(flags, FlagsTab):
            flags.open_level_dialog(values)

    def suggested_reason(self, screening: Screening) -> str:
        """E.g. "MHT筛查（2026-03-02）。异常分量表：学习焦虑 9、对人焦虑 8。" """
        found = reading(screening)
        when = date_text(screening.taken_on)
        parts = [
            fmt(
                self.tr("{instrument} screening on {date}. "),
                instrument=screening.instrument,
                date=when,
            )
        ]
        if found.abnormal_scales:
            parts.append(
                fmt(self.tr("Abnormal scales: {scales}. "), scales=self._scales(screening, found))
            )
        if found.plan_needed:
            text = self.tr("Total anxiety score {total}: an individual plan is advised. ")
            parts.append(fmt(text, total=total_of(screening)))
        return "".join(parts).strip()

    def _scales(self, screening: Screening, found: MhtReading) -> str:
        scores = [
            fmt(self.tr("{scale} {score}"), scale=scale_name(s), score=screening.scores.get(s, 0))
            for s in found.abnormal_scales
        ]
        return self.tr(", ").join(scores)
