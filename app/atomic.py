"""Atomic file writes: temp file in the same folder, fsync, rename, fsync the folder.

Every file XinAn writes for the user or beside the database goes through here
(DESIGN.md rule 4), so a killed process or a full disk leaves either the old
file or the new one, never a half-written mix.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.errors import DiskFull

# No space left, over quota, or past a file-size limit: the user's disk is "full".
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})


def fsync_dir(folder: Path) -> None:
    """Persist a rename: fsync the containing folder (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(target: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it replaces ``target`` atomically.

    On any exception the temp file is removed and ``target`` is untouched.
    """
    target = Path(target)
    folder = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, mode) if hasattr(os, "fchmod") else None
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        fsync_dir(folder)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS:
            raise DiskFull(
                f"the disk is full: {target.name} was not written and the previous "
                "files are unchanged; free some space or choose another folder"
            ) from None
        raise


def write_bytes_atomic(target: Path, data: bytes, mode: int = 0o600) -> None:
    with atomic_writer(target, mode) as handle:
        handle.write(data)
