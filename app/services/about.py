"""What the About dialog and ``xinan about`` show: versions of XinAn and what it runs on.

Qt-free: PySide6's version comes from the installed package metadata, so the CLI and the
county center's batch import never load Qt to answer.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from importlib import metadata

from app import __version__
from app.services.session import Session
from app.store import backup_repo, migrations


@dataclass(frozen=True, slots=True)
class About:
    app_version: str
    schema_version: int  # the newest schema this build knows
    station_schema: int | None  # the open station's schema, when one is open
    sqlcipher_version: str
    sqlite_version: str
    python_version: str
    pyside_version: str | None  # None when the desktop is not part of this build
    cryptography_version: str | None
    platform: str
    frozen: bool  # running from an installed package (PyInstaller)

    def lines(self) -> list[tuple[str, str]]:
        """(label, value) pairs in display order, English labels."""
        return [
            ("XinAn", self.app_version),
            ("Database schema", _schema_text(self)),
            ("SQLCipher", f"{self.sqlcipher_version} (SQLite {self.sqlite_version})"),
            ("Python", self.python_version),
            ("PySide6", self.pyside_version or "not installed"),
            ("cryptography", self.cryptography_version or "unknown"),
            ("Platform", self.platform + (" (packaged)" if self.frozen else "")),
        ]


def _schema_text(about: About) -> str:
    if about.station_schema is None or about.station_schema == about.schema_version:
        return str(about.schema_version)
    return f"{about.schema_version} (this station: {about.station_schema})"


def _package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def about(session: Session | None = None) -> About:
    cipher, sqlite = backup_repo.engine_versions()
    return About(
        app_version=__version__,
        schema_version=migrations.latest_version(),
        station_schema=backup_repo.schema_version(session.db.conn) if session else None,
        sqlcipher_version=cipher,
        sqlite_version=sqlite,
        python_version=platform.python_version(),
        pyside_version=_package_version("PySide6") or _package_version("PySide6-Essentials"),
        cryptography_version=_package_version("cryptography"),
        platform=f"{platform.system()} {platform.release()} {platform.machine()}",
        frozen=bool(getattr(sys, "frozen", False)),
    )
