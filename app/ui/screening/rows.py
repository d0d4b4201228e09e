"""The rows of a sheet an import leaves out — students not found, repeated rows, rows
without scores, unreadable cells — one line each with its spreadsheet row, so nothing is
dropped without the counselor seeing it. Also the plain table view the pages share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.domain.screening_match import Unmatched
from app.services.screening import ScreeningReport
from app.ui import errors
from app.ui.i18n import fmt
from app.ui.pages.visits_models import Column, RowsModel

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class ProblemLine:
    row: int
    student_number: str
    name: str
    class_name: str
    what: str


def unmatched_text(reason: str) -> str:
    texts = {
        "not_found": translate("ScreeningRows", "No such student in the roster"),
        "name_mismatch": translate(
            "ScreeningRows", "The name differs from the roster's name for this student number"
        ),
        "ambiguous": translate("ScreeningRows", "Several students of that class have this name"),
        "no_class": translate("ScreeningRows", "A name without a class cannot be matched"),
    }
    return texts.get(reason, reason)


def _unmatched(item: Unmatched) -> ProblemLine:
    what = unmatched_text(item.reason)
    return ProblemLine(item.row, item.student_number, item.name, item.class_name, what)


def cell_sentence(field: str, code: str, params: dict[str, object]) -> str:
    """What is wrong in a result row (the roster's sentences, plus two of screening's own)."""
    if code == "conflict":
        text = translate(
            "ScreeningRows", "Other results for the same student and date on row {rows}"
        )
        return fmt(text, rows=params.get("rows", ""))
    if code == "future":
        return translate("ScreeningRows", "The test date is in the future")
    return errors.describe_cell(field, code, params)


def problem_lines(report: ScreeningReport) -> list[ProblemLine]:
    """Every row the import leaves out, by spreadsheet row."""
    lines = [_unmatched(item) for item in report.unmatched]
    repeated = translate("ScreeningRows", "Repeats an earlier row (imported once)")
    lines += [ProblemLine(row, "", "", "", repeated) for row in report.duplicates]
    absent = translate("ScreeningRows", "No scores (absent from the test?)")
    lines += [ProblemLine(row, "", "", "", absent) for row in report.absent]
    for error in report.errors:
        for problem in error.problems or ():
            sentence = cell_sentence(problem.field, problem.code, dict(problem.params))
            what = f"{problem.column}: {sentence}" if problem.column else sentence
            lines.append(ProblemLine(error.row, "", "", "", what))
        if not error.problems:
            lines.append(ProblemLine(error.row, "", "", "", error.message))
    return sorted(lines, key=lambda line: line.row)


def problem_columns() -> list[Column[ProblemLine]]:
    return [
        Column(translate("ScreeningRows", "Row"), lambda p: str(p.row), lambda p: p.row, True),
        Column(translate("ScreeningRows", "Name"), lambda p: p.name, lambda p: p.name),
        Column(translate("ScreeningRows", "Class"), lambda p: p.class_name, lambda p: p.class_name),
        Column(
            translate("ScreeningRows", "Student number"),
            lambda p: p.student_number,
            lambda p: p.student_number,
        ),
        Column(
            translate("ScreeningRows", "Not imported because"), lambda p: p.what, lambda p: p.what
        ),
    ]


def problem_model(report: ScreeningReport, parent: QObject) -> RowsModel[ProblemLine]:
    model: RowsModel[ProblemLine] = RowsModel(problem_columns(), parent)
    model.set_rows(problem_lines(report))
    return model


def list_table(
    model: RowsModel[Any], parent: QWidget, name: str, multi: bool = False
) -> QTableView:
    """A read-only table over ``model``: whole rows selected, the last column stretched."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = QAbstractItemView.SelectionMode
    table.setSelectionMode(mode.ExtendedSelection if multi else mode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def selected_rows(table: QTableView) -> list[int]:
    return sorted(index.row() for index in table.selectionModel().selectedRows())
