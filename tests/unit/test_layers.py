"""DESIGN.md layering rules, checked on the source: data flows down, never up."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(package: str | None = None) -> list[Path]:
    root = APP / package if package else APP
    return sorted(root.rglob("*.py"))


def _offenders(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(APP)} imports {name}"
        for path in paths
        for name in sorted(_imports(path))
        if name.split(".")[0] in forbidden or name.startswith(forbidden)
    ]


def test_only_ui_imports_qt() -> None:
    outside_ui = [p for p in _modules() if "ui" not in p.relative_to(APP).parts[:1]]
    assert outside_ui, "walked no modules"
    assert _offenders(outside_ui, ("PySide6", "shiboken6")) == []


def test_ui_never_touches_the_store_or_the_driver() -> None:
    assert _offenders(_modules("ui"), ("sqlcipher3", "sqlite3", "app.store")) == []


def test_domain_is_pure() -> None:
    forbidden = (
        "sqlcipher3",
        "sqlite3",
        "app.store",
        "app.services",
        "app.ui",
        "os",
        "pathlib",
        "shutil",
        "subprocess",
        "openpyxl",
        "reportlab",
    )
    assert _offenders(_modules("domain"), forbidden) == []


def test_store_and_security_do_not_reach_up() -> None:
    upward = ("app.services", "app.ui", "app.cli", "app.reports", "app.sync")
    assert _offenders(_modules("store") + _modules("security"), upward) == []


def test_reports_are_qt_free() -> None:
    assert _offenders(_modules("reports"), ("PySide6", "app.ui", "app.store")) == []
