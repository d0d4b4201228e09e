"""The roster and due lists stay fast for a whole school: no item models that copy rows, and
a search narrowing 5,000 roster lines repaints well within the keystroke budget."""

from __future__ import annotations

import ast
import statistics
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel
from PySide6.QtWidgets import QTableView

from app.domain.enums import Gender, KeyGroup, StudentStatus, WarningLevel
from app.domain.student import RosterRow
from app.ui.due_model import DueModel
from app.ui.roster_model import RosterModel

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
SLOW = {"QStandardItemModel", "QSortFilterProxyModel", "QStandardItem"}
KEYSTROKE_BUDGET_S = 0.050


def _names_used(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.alias):
            names.add(node.name.rsplit(".", 1)[-1])
    return names


def test_the_ui_source_has_no_item_models_that_copy_rows():
    offenders = {
        str(path.relative_to(UI)): sorted(found)
        for path in sorted(UI.rglob("*.py"))
        if (found := SLOW & _names_used(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert offenders == {}
    texts = [p.read_text(encoding="utf-8") for p in UI.rglob("*.py")]
    assert not any(name in text for text in texts for name in SLOW)


def test_the_lists_are_models_over_python_lists():
    assert issubclass(RosterModel, QAbstractTableModel)
    assert issubclass(DueModel, QAbstractItemModel)


def _rows(count: int) -> list[RosterRow]:
    levels = list(WarningLevel)
    return [
        RosterRow(
            n,
            f"G{n:018d}",
            f"学生{n}",
            Gender.MALE if n % 2 else Gender.FEMALE,
            n % 9,
            f"{n % 9}年级",
            n % 90,
            f"{n % 9}年级({n % 10})班",
            StudentStatus.IN_SCHOOL,
            frozenset({KeyGroup.LEFT_BEHIND}) if n % 7 == 0 else frozenset(),
            levels[n % len(levels)],
            date(2026, 9, 1 + n % 28) if n % 3 else None,
            None,
        )
        for n in range(count)
    ]


def test_a_search_over_a_whole_school_repaints_within_budget(qtbot):
    model = RosterModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1000, 700)
    view.show()
    model.set_rows(_rows(5000))
    view.sortByColumn(0, view.horizontalHeader().sortIndicatorOrder())
    timings = []
    for attempt in range(7):
        ids = frozenset(range(attempt, 5000, 3 + attempt))
        start = time.perf_counter()
        model.set_search(ids)
        view.viewport().repaint()
        timings.append(time.perf_counter() - start)
    assert len(model.rows) == len(ids)
    assert statistics.median(timings) < KEYSTROKE_BUDGET_S, timings
