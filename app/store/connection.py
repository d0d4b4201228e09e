"""Opening a SQLCipher 4 database with a raw 256-bit key and the pragmas XinAn relies on."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import CorruptFile, DiskFull, IntegrityFailure, ReadOnlyStation
from app.store import sqlfunctions

# Page cache per connection (KiB, negative = size in KiB for SQLite). Decrypted pages live
# here, so warm queries cost what they cost without encryption; see benchmarks/README.md.
CACHE_KIB = 48 * 1024

# pragma -> value it must read back as after being set
REQUIRED_PRAGMAS: dict[str, tuple[str, Any]] = {
    "journal_mode": ("WAL", "wal"),
    "synchronous": ("FULL", 2),
    "foreign_keys": ("ON", 1),
    "secure_delete": ("ON", 1),
    "temp_store": ("MEMORY", 2),
}

DatabaseError = sqlcipher3.DatabaseError


def is_disk_full(exc: BaseException) -> bool:
    """Whether SQLite ran out of space (SQLITE_FULL) or had a write refused (a size limit)."""
    message = str(exc)
    return isinstance(exc, sqlcipher3.OperationalError) and (
        "disk is full" in message or "disk I/O error" in message
    )


def _apply_key(conn: Any, key: bytes) -> None:
    # Logging off before anything else: SQLCipher must print nothing on stderr.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def _check_readable(conn: Any, path: Path) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        # The key came from a slot that authenticated, so the file itself is damaged
        # or belongs to another station.
        raise CorruptFile(
            "the station database is damaged or does not belong to this key-slot file",
            path=str(path),
        ) from None


def _apply_pragmas(conn: Any, read_only: bool) -> None:
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    for name, (value, expected) in REQUIRED_PRAGMAS.items():
        if read_only and name == "journal_mode":
            continue
        conn.execute(f"PRAGMA {name} = {value}").fetchall()
        actual = conn.execute(f"PRAGMA {name}").fetchone()[0]
        if actual != expected:
            raise CorruptFile(f"PRAGMA {name} is {actual!r}, expected {expected!r}")
    if read_only:
        conn.execute("PRAGMA query_only = ON")


def integrity_problems(conn: Any) -> list[str]:
    """SQLCipher's check of every page's HMAC; [] when healthy.

    Any change to the file that did not come through SQLCipher with the key — a flipped
    bit, a torn or truncated page — fails a page HMAC, so this finds every kind of damage
    a disk or a copy can do. SQLite's own ``quick_check`` adds only structural checks
    (about 4x the time here: it also walks the full-text index) against damage that
    would need the key to make, so it is left to ``structural_problems`` (``xinan audit
    verify``).
    """
    try:
        return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]


def structural_problems(conn: Any) -> list[str]:
    """SQLite's structural quick check; [] when healthy."""
    try:
        quick = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]
    return [line for line in quick if line != "ok"]


def connect(path: Path, key: bytes, *, read_only: bool = False) -> Any:
    """An open, keyed connection in autocommit mode (transactions are explicit)."""
    if not path.exists():
        raise CorruptFile("the station database is missing", path=str(path))
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        _apply_key(conn, key)
        _check_readable(conn, path)
        _apply_pragmas(conn, read_only)
        sqlfunctions.register(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def create(path: Path, key: bytes) -> Any:
    """A new, empty encrypted database at ``path`` (which must not exist).

    The empty file is made first with mode 0600; SQLite gives -wal/-shm the same mode.
    """
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    _apply_key(conn, key)
    _apply_pragmas(conn, read_only=False)
    sqlfunctions.register(conn)
    return conn


class Database:
    """One station connection: queries, explicit write transactions, read-only guard."""

    def __init__(self, conn: Any, key: bytes, read_only: bool = False) -> None:
        self.conn = conn
        self.key = key
        self.read_only = read_only
        self._in_transaction = False

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        return list(self.conn.execute(sql, params).fetchall())

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        return self.conn.execute(sql, params).fetchone()

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        if not self._in_transaction:
            raise RuntimeError("writes must run inside Database.transaction()")
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> Any:
        if not self._in_transaction:
            raise RuntimeError("writes must run inside Database.transaction()")
        return self.conn.executemany(sql, rows)

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE … COMMIT; any exception rolls everything back."""
        if self.read_only:
            raise ReadOnlyStation("the station is open read-only; nothing can be changed")
        if self._in_transaction:
            raise RuntimeError("nested transaction")
        self.conn.execute("BEGIN IMMEDIATE")
        self._in_transaction = True
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:  # SQLite may have rolled back already (disk full)
                self.conn.execute("ROLLBACK")
            if is_disk_full(exc):
                raise DiskFull(
                    "the disk is full or refused the write; nothing of this change was saved"
                ) from None
            raise
        finally:
            self._in_transaction = False

    def close(self) -> None:
        self.conn.close()


def check_integrity_or_raise(conn: Any) -> None:
    problems = integrity_problems(conn)
    if problems:
        raise IntegrityFailure("the database failed its integrity check", problems=problems)
