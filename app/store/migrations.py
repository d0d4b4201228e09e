"""Forward-only schema migrations: ``migrations/NNNN_name.sql``, one transaction per step.

Before any upgrade an encrypted copy of the database is written beside it
(``station.db.pre-vN-<time>``), so a failed or regretted upgrade loses nothing.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.atomic import fsync_dir
from app.errors import SchemaTooNew
from app.resources import data_dir

FILE_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    path: Path


def available(folder: Path | None = None) -> list[Migration]:
    folder = folder or data_dir("migrations")
    found = []
    for path in sorted(folder.iterdir()):
        match = FILE_NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps: {versions}")
    return found


def latest_version(folder: Path | None = None) -> int:
    return len(available(folder))


def current_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(conn: Any, folder: Path | None = None) -> None:
    version, latest = current_version(conn), latest_version(folder)
    if version > latest:
        raise SchemaTooNew(
            f"this station was written by a newer XinAn (schema {version}; this version "
            f"knows up to {latest}); install the newer version to open it",
            schema=version,
            supported=latest,
        )


def encrypted_copy(conn: Any, target: Path) -> None:
    """A consistent copy under the same key (VACUUM INTO), renamed into place when done."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    conn.execute("VACUUM INTO ?", (str(partial),))
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    partial.replace(target)
    fsync_dir(target.parent)


def _apply(conn: Any, migration: Migration) -> None:
    sql = migration.path.read_text(encoding="utf-8")
    script = f"BEGIN IMMEDIATE;\n{sql}\n;PRAGMA user_version = {migration.version};\nCOMMIT;"
    try:
        conn.executescript(script)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def migrate(conn: Any, db_path: Path | None, folder: Path | None = None) -> list[int]:
    """Bring the database to the latest schema; returns the versions applied."""
    check_not_newer(conn, folder)
    version = current_version(conn)
    pending = [m for m in available(folder) if m.version > version]
    if pending and version > 0 and db_path is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        encrypted_copy(conn, db_path.with_name(f"{db_path.name}.pre-v{version + 1}-{stamp}"))
    for migration in pending:
        _apply(conn, migration)
    return [m.version for m in pending]
