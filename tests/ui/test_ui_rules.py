"""House rules of app/ui, checked on the source (DESIGN rules 2, 6 and the model rule)."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
UI = APP / "ui"


def _ui_trees() -> list[tuple[Path, ast.AST]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(UI.rglob("*.py"))]


def _is_translate_call(node: ast.Call) -> bool:
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in ("tr", "translate")


def test_no_item_models_that_copy_every_row():
    """QStandardItemModel / QSortFilterProxyModel are too slow for a school's roster."""
    offenders = [
        str(path.relative_to(APP))
        for path in APP.rglob("*.py")
        for name in ("QStandardItemModel", "QSortFilterProxyModel")
        if name in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_ui_never_reaches_for_the_database():
    offenders = [
        f"{path.relative_to(APP)}:{node.lineno}"
        for path, tree in _ui_trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in ("db", "conn")
    ]
    assert offenders == []


def test_translated_text_is_a_literal():
    """tr()/translate() get literal text; variable parts are filled in afterwards (fmt)."""
    offenders = []
    for path, tree in _ui_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _is_translate_call(node) and node.args:
                texts = node.args[1:2] if len(node.args) > 1 else node.args[:1]
                if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts):
                    offenders.append(f"{path.relative_to(APP)}:{node.lineno}")
    assert offenders == []


def test_ui_modules_stay_small():
    sizes = {str(p.relative_to(APP)): len(p.read_text().splitlines()) for p in UI.rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > 400} == {}
