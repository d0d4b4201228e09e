"""What the desktop remembers between runs about backups and transfers (QSettings, no
student data): the folder last chosen for each purpose, and the failure of the last
automatic backup of a station, so that it is reported at the next unlock — a backup
that fails while the station locks or XinAn closes is never lost silently."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

BACKUP_FOLDER = "backup"
TRANSFER_FOLDER = "transfer"
KEY_FOLDER = "transfer_key"


def last_folder(purpose: str) -> str:
    """The folder last chosen for ``purpose`` ("" when none, or when it is gone)."""
    value = str(QSettings().value(f"folders/{purpose}", "") or "")
    return value if value and Path(value).is_dir() else ""


def remember_folder(purpose: str, folder: Path) -> None:
    QSettings().setValue(f"folders/{purpose}", str(folder))


def _station_key(folder: Path) -> str:
    digest = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()
    return f"backup/{digest[:16]}/auto_failure"


def record_failure(folder: Path, at: str, reason: str) -> None:
    """Note that the automatic backup of the station in ``folder`` failed (any thread:
    QSettings objects are reentrant)."""
    QSettings().setValue(_station_key(folder), [at, reason])


def failure(folder: Path) -> tuple[str, str] | None:
    """(when, why) of the last failed automatic backup not followed by a good backup."""
    value = QSettings().value(_station_key(folder))
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return str(value[0]), str(value[1])
    return None


def clear_failure(folder: Path) -> None:
    QSettings().remove(_station_key(folder))
