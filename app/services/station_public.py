"""The station's public file ``station.pub``: what report-entry mode may know.

It holds the station's inbox public key and — explicitly not secret per DOMAIN.md — the
class lists of names and the committee members, so a committee member can pick their
class, their own name and classmates' names on any computer. Nothing else is in it.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic import write_bytes_atomic
from app.errors import CorruptFile

FORMAT = "xinan-station-public"
VERSION = 1
PUBLIC_NAME = "station.pub"
MAX_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class PublicGroup:
    """A class or a dorm as report-entry mode shows it."""

    id: int
    name: str
    members: tuple[str, ...]  # committee members
    students: tuple[str, ...]  # names, for picking whom a concern is about


@dataclass(frozen=True, slots=True)
class StationPublic:
    station_id: str
    school_name: str
    public_key: bytes
    classes: tuple[PublicGroup, ...]
    dorms: tuple[PublicGroup, ...] = ()

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": VERSION,
            "station_id": self.station_id,
            "school_name": self.school_name,
            "public_key": base64.b64encode(self.public_key).decode("ascii"),
            "classes": [_group_json(g) for g in self.classes],
            "dorms": [_group_json(g) for g in self.dorms],
        }
        return json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> StationPublic:
        try:
            body = json.loads(data.decode("utf-8"))
            if body["format"] != FORMAT or body["version"] != VERSION:
                raise ValueError("unknown format")
            key = base64.b64decode(body["public_key"], validate=True)
            if len(key) != 32:
                raise ValueError("bad key length")
            return cls(
                str(body["station_id"]),
                str(body["school_name"]),
                key,
                tuple(_group(g) for g in body["classes"]),
                tuple(_group(g) for g in body.get("dorms", [])),
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise CorruptFile(
                "this is not a XinAn station public-key file, or it is damaged"
            ) from None

    @classmethod
    def load(cls, path: Path) -> StationPublic:
        try:
            if path.stat().st_size > MAX_BYTES:
                raise CorruptFile("the station public-key file is too large")
            return cls.from_bytes(path.read_bytes())
        except OSError:
            raise CorruptFile("the station public-key file cannot be read") from None

    def save(self, path: Path) -> None:
        write_bytes_atomic(path, self.to_bytes(), mode=0o644)


def _group_json(group: PublicGroup) -> dict[str, Any]:
    return {
        "id": group.id,
        "name": group.name,
        "members": list(group.members),
        "students": list(group.students),
    }


def _group(data: dict[str, Any]) -> PublicGroup:
    return PublicGroup(
        int(data["id"]),
        str(data["name"]),
        tuple(str(m) for m in data["members"]),
        tuple(str(s) for s in data["students"]),
    )
