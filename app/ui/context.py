"""What pages get to work with: the session (only to pass to services), the worker, the
school and the preferences. Plus the unlock jobs that produce an ``Unlocked`` station.

Pages never touch ``session.db``; they call services through ``ShellContext.call``, which
runs them on the single worker with the session as first argument::

    self.ctx.call(students.roster, flt, on_success=self._show_rows, owner=self)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.ui.settings import AppSettings
from app.ui.tasks import Task, TaskCancelled, TaskRunner, run_with_progress

if TYPE_CHECKING:
    from app.domain.accounts import Account
    from app.domain.school import School
    from app.services.session import Session
    from app.services.unlock_key import DerivedKey, KeyDerivation


@dataclass(frozen=True)
class Unlocked:
    """An open session plus what the shell shows at once (loaded on the worker)."""

    session: Session
    school: School


def _with_school(session: Session) -> Unlocked:
    from app.services import students

    try:
        return Unlocked(session, students.school(session))
    except BaseException:
        session.close()
        raise


def open_station(folder: Path, password: str, username: str | None) -> Unlocked:
    """Worker job: unlock (Argon2id) and load the school. The integrity check, login entry
    and report intake are left to ``station.finish_unlock`` (the controller queues it)."""
    from app.services.unlock_key import derive_key

    return _open_derived(derive_key(folder, password, username or None))


def open_derived_station(deriving: KeyDerivation) -> Unlocked:
    """Worker job: like ``open_station`` with a key derivation already under way
    (``run_gui`` starts it before it imports Qt)."""
    return _open_derived(deriving.result())


def _open_derived(derived: DerivedKey) -> Unlocked:
    from app.services import station

    return _with_school(station.open_derived(derived, defer_checks=True))


def recover_station(folder: Path, code: str, username: str | None, password: str) -> Unlocked:
    """Worker job: set a new password with the recovery code, then open the station."""
    from app.services import station

    return _with_school(station.recover(folder, code, username or None, password))


class WorkerCalls:
    """``call(service, ...)`` runs ``service(session, ...)`` on the one worker; once
    ``closed`` (a lock, a closed window) calls are skipped and late results dropped.
    Subclasses set ``session``, ``runner`` and ``closed`` (the shell's and the county
    center's contexts)."""

    session: Any
    runner: TaskRunner
    closed: bool

    def call(
        self,
        service: Callable[..., Any],
        *args: Any,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        **kwargs: Any,
    ) -> Task:
        """Run ``service(session, *args, **kwargs)`` on the worker.

        After a lock the call is skipped and no callback runs, so a late result can never
        reach a widget of the locked window.
        """
        return self.runner.submit(
            self._guarded,
            service,
            *args,
            on_success=self._alive(on_success),
            on_error=self._alive(on_error) if on_error else None,
            owner=owner,
            **kwargs,
        )

    def call_with_progress(
        self,
        parent: QWidget,
        label: str,
        service: Callable[..., Any],
        *args: Any,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Like ``call`` behind a cancellable progress dialog; ``service`` gets ``progress``."""
        return run_with_progress(
            self.runner,
            parent,
            label,
            self._guarded,
            service,
            *args,
            on_success=self._alive(on_success),
            on_error=self._alive(on_error) if on_error else None,
            owner=parent,
            **kwargs,
        )

    def _guarded(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if self.closed:
            raise TaskCancelled(getattr(service, "__qualname__", "call"))
        return service(self.session, *args, **kwargs)

    def _alive(self, callback: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
        if callback is None:
            return None

        def guarded(value: Any) -> None:
            if not self.closed:
                callback(value)

        return guarded


class ShellContext(WorkerCalls):
    """Handed to every page factory. Expires when the station locks."""

    def __init__(self, unlocked: Unlocked, runner: TaskRunner, settings: AppSettings) -> None:
        self.session = unlocked.session
        self.school = unlocked.school
        self.runner = runner
        self.settings = settings
        self.closed = False

    @property
    def account(self) -> Account:
        return self.session.account

    @property
    def read_only(self) -> bool:
        return self.session.read_only
