"""Locking without losing what the counselor was typing.

When the station locks (Ctrl+L or after N idle minutes) the shell closes every window and
dialog that shows student data, closes the session and shows the unlock dialog. Just
before that, every open widget that is a ``Lockable`` is asked for its unsaved input; the
shell keeps it **in memory only** (never on disk). When the *same account* unlocks again,
the main window is rebuilt and each input is handed back:

* pages and widgets inside the main window: ``restore_input(data)`` is called on the new
  widget with the same ``lock_key()`` right after it is built (pages are built lazily, so
  a page that is never opened again keeps its input until the next lock);
* editor dialogs (closed by the lock): their class's ``reopen_after_unlock(window, key,
  data)`` is called once the main window is back; it opens the editor again and restores.

If another account unlocks, the stash is dropped. A widget opts in like this::

    class VisitEditor(Lockable, QDialog):
        def lock_key(self) -> str:
            return f"visit-editor/{self.student_id}"

        def stash_input(self) -> object | None:
            return self.form.values() if self.form.is_dirty() else None  # None: nothing

        def restore_input(self, data: object) -> None:
            self.form.set_values(data)

        @classmethod
        def reopen_after_unlock(cls, window, key, data) -> bool:
            editor = cls(window.context, data["student_id"], parent=window)
            editor.restore_input(data)
            editor.open()
            return True

Passwords and other secrets are never stashed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)


class Lockable:
    """Mixin for a widget that holds unsaved input across a lock (see module docstring)."""

    def lock_key(self) -> str:
        """Stable identity of this input: the same editor of the same record, same key."""
        return type(self).__qualname__

    def stash_input(self) -> Any | None:
        """The unsaved input as plain data, or None when there is nothing to keep."""
        return None

    def restore_input(self, data: Any) -> None:
        """Put back what ``stash_input`` returned (called on a freshly built widget)."""

    @classmethod
    def reopen_after_unlock(cls, window: QWidget, key: str, data: Any) -> bool:
        """Reopen a closed editor with ``data``; False when this class does not reopen."""
        return False


@dataclass
class _Entry:
    kind: type[Lockable]
    data: Any


@dataclass
class InputStash:
    """Unsaved input of one account, kept in memory while the station is locked."""

    account_id: int | None
    entries: dict[str, _Entry] = field(default_factory=dict)
    page: str | None = None  # the page that was showing

    def belongs_to(self, account_id: int | None) -> bool:
        return account_id is not None and account_id == self.account_id

    def __len__(self) -> int:
        return len(self.entries)

    def collect(self, roots: Iterable[QWidget]) -> None:
        """Ask every Lockable under ``roots`` for its unsaved input."""
        for widget in lockables(roots):
            data = widget.stash_input()
            if data is not None:
                self.entries[widget.lock_key()] = _Entry(type(widget), data)

    def restore_into(self, root: QWidget) -> None:
        """Hand stashed input back to the Lockables under ``root`` (each entry once)."""
        for widget in lockables([root]):
            entry = self.entries.pop(widget.lock_key(), None)
            if entry is not None:
                widget.restore_input(entry.data)

    def reopen_rest(self, window: QWidget) -> None:
        """Reopen closed editors for the entries no widget has claimed."""
        for key, entry in list(self.entries.items()):
            if entry.kind.reopen_after_unlock(window, key, entry.data):
                del self.entries[key]


def lockables(roots: Iterable[QWidget]) -> list[Lockable]:
    """Every live Lockable among ``roots`` and their descendants, without duplicates."""
    found: dict[int, Lockable] = {}
    for root in roots:
        if not shiboken6.isValid(root):
            continue
        for widget in (root, *root.findChildren(QWidget)):
            if isinstance(widget, Lockable):
                found.setdefault(id(widget), widget)
    return list(found.values())


def has_unsaved_input(roots: Iterable[QWidget]) -> bool:
    return any(w.stash_input() is not None for w in lockables(roots))


def all_windows() -> list[QWidget]:
    return list(QApplication.topLevelWidgets())
