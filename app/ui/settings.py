"""Per-user preferences kept in QSettings (never student data): auto-lock, last user,
window geometry."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

ORGANIZATION = "XinAn"
APPLICATION = "XinAn"
DEFAULT_AUTO_LOCK_MINUTES = 10
AUTO_LOCK_RANGE = (1, 120)


def _station_key(folder: Path) -> str:
    digest = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()
    return f"stations/{digest[:16]}"


class AppSettings(QObject):
    """Typed access to the few preferences the shell keeps."""

    auto_lock_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The organisation and application names set on the QApplication (run_gui) pick
        # the storage; tests point the default format at a temporary folder.
        self._qs = QSettings()

    def auto_lock_minutes(self) -> int:
        value = self._qs.value("security/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
        try:
            minutes = int(value)
        except (TypeError, ValueError):
            return DEFAULT_AUTO_LOCK_MINUTES
        low, high = AUTO_LOCK_RANGE
        return min(max(minutes, low), high)

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self._qs.setValue("security/auto_lock_minutes", int(minutes))
        self.auto_lock_changed.emit(self.auto_lock_minutes())

    def last_user(self, folder: Path) -> str:
        return str(self._qs.value(f"{_station_key(folder)}/last_user", "") or "")

    def set_last_user(self, folder: Path, username: str) -> None:
        self._qs.setValue(f"{_station_key(folder)}/last_user", username)

    def geometry(self, name: str) -> QByteArray | None:
        value = self._qs.value(f"windows/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, geometry: QByteArray) -> None:
        self._qs.setValue(f"windows/{name}", geometry)
