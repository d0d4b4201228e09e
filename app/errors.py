"""Typed, readable errors shared by every layer.

Each error has a stable ``code`` the GUI maps to a translated sentence, an English
message for the CLI and logs, and ``params`` for placeholders. Messages never carry
student data beyond an internal id, so they are safe to log.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any


class XinAnError(Exception):
    """Base of every error meant for the user (CLI exit code 1, GUI message box)."""

    code = "error"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field: ``field`` names it, ``code`` says what."""

    field: str
    code: str
    message: str
    params: dict[str, Any] = dc_field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(XinAnError):
    code = "invalid"

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, field_name: str, code: str, message: str, **params: Any) -> ValidationError:
        return cls([Problem(field_name, code, message, dict(params))])


class NotFound(XinAnError):
    code = "not_found"


class PermissionDenied(XinAnError):
    code = "permission_denied"


class WrongCredentials(XinAnError):
    code = "wrong_credentials"


class StationNotFound(XinAnError):
    code = "station_not_found"


class StationExists(XinAnError):
    code = "station_exists"


class StationLocked(XinAnError):
    code = "station_locked"


class SchemaTooNew(XinAnError):
    code = "schema_too_new"


class SchemaTooOld(XinAnError):
    code = "schema_too_old"


class CorruptFile(XinAnError):
    code = "corrupt_file"


class IntegrityFailure(XinAnError):
    code = "integrity_failure"


class ReadOnlyStation(XinAnError):
    code = "read_only"


class ImportRejected(XinAnError):
    code = "import_rejected"


class ImportCancelled(XinAnError):
    """The user stopped a running import; everything it had written was rolled back."""

    code = "import_cancelled"


class DiskFull(XinAnError):
    """The disk (or USB stick) ran out of space, or the file grew past a size limit;
    whatever was being written was abandoned and the previous files are unchanged."""

    code = "disk_full"
