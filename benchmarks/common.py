"""Shared settings of the benchmark scripts: where the stations live, how to open them."""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Any

import sqlcipher3

from app.store import connection, sqlfunctions

WORK = Path(__file__).resolve().parent / "_work"
STATION = WORK / "station"  # the encrypted benchmark station
PLAIN = WORK / "plain"  # the same data, unencrypted (synthetic, benchmark-only)
PLAIN_DB = PLAIN / "station.db"
PASSWORD = "bench-password-2026"
USERNAME = "bench"
STUDENTS = 5000
SEED = 2026

MIN_GROWTH_RECORDS = 50_000
MIN_NOTES = 200_000
MIN_AUDIT_ENTRIES = 100_000


def machine() -> str:
    """One line describing where the numbers were taken."""
    cpu = next(
        (line.split(":", 1)[1].strip() for line in _cpuinfo() if line.startswith("model name")),
        platform.processor() or "unknown CPU",
    )
    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA key = 'probe'")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    provider = conn.execute("PRAGMA cipher_provider_version").fetchone()[0]
    conn.close()
    return (
        f"{os.cpu_count()} CPUs ({cpu}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, SQLCipher {cipher} (SQLite {sqlite}, {provider})"
    )


def _cpuinfo() -> list[str]:
    try:
        return Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return []


def open_plain(path: Path = PLAIN_DB, read_only: bool = True) -> Any:
    """SQLCipher without a key (a plain SQLite file), with the station's own pragmas,
    so the encrypted/plain ratio isolates the cost of encryption."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    connection._apply_pragmas(conn, read_only)  # same cache size and pragmas as a station
    sqlfunctions.register(conn)
    return conn


def wait_for_lock(path: Path, minutes: float = 15) -> Any:
    """The station's write lock, waiting while another benchmark holds it."""
    import sys
    import time

    from app.errors import StationLocked
    from app.store.lock import StationLock

    deadline = time.monotonic() + 60 * minutes
    while True:
        lock = StationLock(path)
        try:
            lock.acquire()
            return lock
        except StationLocked:
            if time.monotonic() > deadline:
                raise
            print("benchmark station in use by another process; waiting…", file=sys.stderr)
            time.sleep(10)


def snapshot_station(target: Path) -> None:
    """A private copy of the shared benchmark station in ``target`` (copied under its
    lock), upgraded to this code's schema; the migration's safety copy is dropped."""
    import shutil

    from app.services import station
    from app.services.session import StationPaths

    target.mkdir(parents=True, exist_ok=True)
    source, copy = StationPaths(STATION), StationPaths(target)
    lock = wait_for_lock(source.lock)
    try:
        for name in (source.slots, source.db, source.db.with_name(source.db.name + "-wal")):
            if name.exists():
                shutil.copyfile(name, target / name.name)
    finally:
        lock.release()
    station.unlock(target, PASSWORD).close()  # migrates if needed
    for safety_copy in target.glob(copy.db.name + ".pre-v*"):
        safety_copy.unlink()
