"""What a screening import did: counts, the suggested flags it put on the review list, and
every row it left out (students not found in the roster, repeated rows, rows without
scores, unreadable cells) by spreadsheet row — nothing is dropped silently."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.screening import ScreeningReport
from app.ui.i18n import fmt
from app.ui.pages.visits_models import RowsModel
from app.ui.screening.rows import ProblemLine, list_table, problem_columns, problem_lines


class ScreeningResultDialog(QDialog):
    def __init__(self, report: ScreeningReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setObjectName("screeningResult")
        self.setWindowTitle(self.tr("Import screening results"))
        self.resize(820, 560)
        heading = QLabel(self.tr("Screening results imported"), self)
        heading.setObjectName("dialogHeading")
        self.summary = QLabel(self.summary_text(), self)
        self.summary.setObjectName("resultSummary")
        self.summary.setWordWrap(True)
        self.problem_model: RowsModel[ProblemLine] = RowsModel(problem_columns(), self)
        self.problem_model.set_rows(problem_lines(report))
        self.problem_table = list_table(self.problem_model, self, "resultProblems")
        self.problem_table.setVisible(bool(self.problem_model.rows))
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeButton")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_table, 1)
        layout.addLayout(buttons)

    def summary_text(self) -> str:
        report = self.report
        lines = [self._counts(report)]
        if report.imported:
            lines.append(self._readings(report))
        left_out = len(self.problem_lines())
        if left_out:
            text = self.tr(
                "{count} rows were not imported (listed below): correct them in the file "
                "(or the roster) and import the file again — results already stored are "
                "not imported twice."
            )
            lines.append(fmt(text, count=left_out))
        return "\n".join(lines)

    def problem_lines(self) -> list[ProblemLine]:
        return problem_lines(self.report)

    def _counts(self, report: ScreeningReport) -> str:
        if report.imported == 0 and report.already_stored:
            text = self.tr(
                "Nothing new: the {stored} results of this file were stored already "
                "(sheet “{sheet}”, {rows} rows read)."
            )
            return fmt(text, stored=report.already_stored, sheet=report.sheet, rows=report.rows)
        text = self.tr(
            "{imported} results were added to the growth files (sheet “{sheet}”, {rows} rows "
            "read; {stored} were stored already)."
        )
        return fmt(
            text,
            imported=report.imported,
            sheet=report.sheet,
            rows=report.rows,
            stored=report.already_stored,
        )

    def _readings(self, report: ScreeningReport) -> str:
        text = self.tr(
            "{abnormal} are abnormal: {suggested} suggested yellow flags wait in the review "
            "list ({flagged} students were yellow or higher already). {unreliable} are "
            "unreliable (validity scale) and suggest a retest."
        )
        return fmt(
            text,
            abnormal=report.abnormal,
            suggested=report.suggested,
            flagged=report.already_flagged,
            unreliable=report.unreliable,
        )
