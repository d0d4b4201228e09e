"""What the center's pages work with: the open ``CenterSession`` (only to pass to
services) and the one worker. Like ``app.ui.context.ShellContext`` for a station."""

from __future__ import annotations

from app.services.center import CenterSession
from app.ui.context import WorkerCalls
from app.ui.tasks import TaskRunner


class CenterContext(WorkerCalls):
    """Calls run ``service(session, ...)`` on the worker (``WorkerCalls``); after the
    window closed (``closed``) they are skipped and late results dropped."""

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
