"""What the center's pages work with: the open ``CenterSession`` (only to pass to
services) and the one worker. Like ``app.ui.context.ShellContext`` for a station."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.services.center import CenterSession
from app.ui.tasks import Task, TaskCancelled, TaskRunner, run_with_progress


class CenterContext:
    """``call(service, ...)`` runs ``service(session, ...)`` on the worker; after the
    window closed (``closed``) calls are skipped and late results dropped."""

    def __init__(self, session: CenterSession, runner: TaskRunner) -> None:
        self.session = session
        self.runner = runner
        self.closed = False

    @property
    def center_name(self) -> str:
        return self.session.county.center_name

    @property
    def county_code(self) -> str:
        return self.session.county.county_code

    @property
    def threshold(self) -> int:
        return self.session.county.threshold

    def call(
        self,
        service: Callable[..., Any],
        *args: Any,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        **kwargs: Any,
    ) -> Task:
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
        """Like ``call`` behind a progress dialog; ``service`` gets ``progress``."""
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
