"""SQL for backups and restores: consistent copies, record counts, the audit head.

Copies are made by SQLCipher itself (the backup API), never by copying a live file: the
copy is one consistent snapshot, encrypted under the same key, in rollback-journal mode
so it is a single self-contained file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from app.atomic import DISK_FULL_ERRNOS
from app.errors import CorruptFile, DiskFull, XinAnError
from app.security.audit import AuditHead
from app.store import connection, migrations


def is_disk_full(exc: BaseException) -> bool:
    """True for "no space left" from the OS or from SQLite (SQLITE_FULL)."""
    if isinstance(exc, OSError):
        return exc.errno in DISK_FULL_ERRNOS
    return connection.is_disk_full(exc)


@contextlib.contextmanager
def disk_full_as_error(what: str) -> Iterator[None]:
    """Turn a full disk (or a file-size limit) into DiskFull with a sentence about ``what``."""
    try:
        yield
    except (OSError, sqlcipher3.OperationalError, DiskFull) as exc:
        if isinstance(exc, DiskFull) or is_disk_full(exc):
            raise DiskFull(
                f"the disk is full or refused the write of the {what}; nothing was changed — "
                "free some space or choose another folder"
            ) from None
        if isinstance(exc, OSError):  # read-only stick, no permission, folder gone …
            reason = exc.strerror or type(exc).__name__
            raise XinAnError(f"cannot write the {what} there: {reason}") from None
        raise


def snapshot_into(conn: Any, target: Path, key: bytes) -> None:
    """A consistent, encrypted copy of the database into ``target`` (absent or empty).

    SQLCipher's backup API: one read snapshot of the source, copied page by page and
    re-encrypted under the same key (measured ~15 % less work than ``VACUUM INTO``, which
    rebuilds every index). The copy ends in rollback-journal mode: one self-contained file
    that opens read-only with nothing beside it. The caller fsyncs the finished file.
    """
    dest = sqlcipher3.connect(str(target), isolation_level=None, check_same_thread=False)
    try:
        connection._apply_key(dest, key)
        dest.execute("PRAGMA journal_mode = MEMORY")  # a new file: nothing to roll back to
        dest.execute("PRAGMA synchronous = OFF")
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        dest.close()


_FTS5_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


def counted_tables(conn: Any) -> list[str]:
    """Every ordinary table except the shadow tables of full-text indexes (derived data,
    rebuilt with the copy; counting them would double a backup's verification time)."""
    rows = conn.execute(
        "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_master "
        "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    virtual = [str(name) for name, is_virtual in rows if is_virtual]
    shadows = {v + suffix for v in virtual for suffix in _FTS5_SHADOWS}
    return [str(name) for name, is_virtual in rows if not is_virtual and name not in shadows]


def table_counts(conn: Any) -> dict[str, int]:
    tables = counted_tables(conn)
    if not tables:
        return {}
    sql = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM \"{t}\"" for t in tables)
    return {str(name): int(n) for name, n in conn.execute(sql).fetchall()}


def page_problems(conn: Any) -> list[str]:
    """SQLCipher's integrity check alone: every page authenticates (HMAC) under the key."""
    try:
        return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]


def audit_head(conn: Any) -> AuditHead | None:
    row = conn.execute("SELECT seq, hash, mac FROM audit_head WHERE id = 1").fetchone()
    return AuditHead(int(row[0]), bytes(row[1]), bytes(row[2])) if row else None


def schema_version(conn: Any) -> int:
    return migrations.current_version(conn)


def open_copy(path: Path, key: bytes) -> Any:
    """A read-only connection to a copied database file; nothing is written beside it."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        connection._apply_key(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA query_only = ON")
        conn.execute(f"PRAGMA cache_size = -{connection.CACHE_KIB}")
    except sqlcipher3.DatabaseError:
        conn.close()
        raise CorruptFile("the copied database cannot be opened with the station key") from None
    return conn


def engine_versions() -> tuple[str, str]:
    """(SQLCipher version, SQLite version) of the linked library."""
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        return (str(cipher[0]) if cipher else "unknown", str(sqlcipher3.sqlite_version))
    finally:
        conn.close()
