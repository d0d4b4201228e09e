"""Auto-lock: notice when the user has not touched keyboard or mouse for a while."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``timeout_ms`` without user input, while started.

    An application-wide event filter only restarts a clock on input events; a coarse
    timer compares the clock with the timeout, so watching costs next to nothing.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = timeout_ms
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._check)
        self._installed = False

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(timeout_ms, 1)
        self._tick.setInterval(min(max(self._timeout_ms // 4, 20), 5000))

    def start(self) -> None:
        app = QApplication.instance()
        if not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True
        self.set_timeout_ms(self._timeout_ms)
        self._clock.start()
        self._tick.start()

    def stop(self) -> None:
        self._tick.stop()
        app = QApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._clock.restart()
        return False

    def _check(self) -> None:
        if self._clock.isValid() and self._clock.elapsed() >= self._timeout_ms:
            self.stop()
            self.idle.emit()
