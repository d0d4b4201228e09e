"""The page registry and the navigation bar.

A page is registered with a ``PageSpec`` in ``app.ui.pages.page_specs()``. Its place in the
navigation bar and its shortcut come from ``SLOTS`` (fixed), so pages added later slot in
where they belong without touching the main window:

    key          place  shortcut
    dashboard    1      Ctrl+1   工作台
    students     2      Ctrl+2   学生
    due          3      Ctrl+3   待办
    visits       4      Ctrl+4   家访
    screening    5      Ctrl+5   测评 (screening import and review)
    inbox        6      Ctrl+6   报告 (counselors only)
    county       7      Ctrl+7   县级同步 (county sync)
    settings     8      Ctrl+8   设置

A key not in ``SLOTS`` is listed after them, in registration order, without a shortcut.

A page's module is imported when the page is first built (``LazyPage``), so the start-up
imports only the page shown first; ``preload()`` imports one ahead of time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.domain.enums import Role
from app.ui.context import ShellContext

SLOTS: tuple[str, ...] = (
    "dashboard",
    "students",
    "due",
    "visits",
    "screening",
    "inbox",
    "county",
    "settings",
)


@dataclass(frozen=True)
class LazyPage:
    """A page factory that imports ``module`` only when the page is first built."""

    module: str
    name: str

    def load(self) -> Callable[[ShellContext], QWidget]:
        page_class: Callable[[ShellContext], QWidget] = getattr(
            importlib.import_module(self.module), self.name
        )
        return page_class

    def __call__(self, ctx: ShellContext) -> QWidget:
        return self.load()(ctx)


@dataclass(frozen=True)
class PageSpec:
    """``title`` returns the translated title; ``factory(ctx)`` builds the page widget.

    ``roles``: the accounts that get the page (None: everybody). A page whose service would
    refuse the account (PermissionDenied) is left out of its navigation bar altogether.
    """

    key: str
    title: Callable[[], str]
    factory: Callable[[ShellContext], QWidget]
    roles: frozenset[Role] | None = None

    def allows(self, role: Role) -> bool:
        return self.roles is None or role in self.roles

    def preload(self) -> None:
        """Import the page's module now (the main window builds it later)."""
        if isinstance(self.factory, LazyPage):
            self.factory.load()

    @property
    def slot(self) -> int:
        return SLOTS.index(self.key) if self.key in SLOTS else len(SLOTS)

    @property
    def shortcut(self) -> str | None:
        return f"Ctrl+{self.slot + 1}" if self.key in SLOTS else None


def ordered(specs: Iterable[PageSpec]) -> list[PageSpec]:
    """Specs in navigation order; a key registered twice is a programming error."""
    specs = list(specs)
    keys = [spec.key for spec in specs]
    if len(keys) != len(set(keys)):
        raise ValueError(f"page keys registered twice: {keys}")
    return sorted(specs, key=lambda spec: spec.slot)  # stable: unknown keys keep their order


class NavBar(QListWidget):
    """The left-hand list of pages; ``page_chosen(key)`` when the user picks one."""

    page_chosen = Signal(str)

    def __init__(self, specs: list[PageSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        self.setIconSize(QSize(20, 20))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSpacing(2)
        for spec in specs:
            item = QListWidgetItem(spec.title(), self)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if spec.shortcut:
                item.setToolTip(spec.shortcut)
        self.currentItemChanged.connect(self._changed)

    def _changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.page_chosen.emit(current.data(Qt.ItemDataRole.UserRole))

    def keys(self) -> list[str]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())]

    def select(self, key: str) -> None:
        """Highlight ``key`` without emitting ``page_chosen``."""
        if key in self.keys():
            blocked = self.blockSignals(True)
            self.setCurrentRow(self.keys().index(key))
            self.blockSignals(blocked)
