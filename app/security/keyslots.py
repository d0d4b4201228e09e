"""Key slots: the station's random database key, wrapped once per account.

Each slot = AES-256-GCM(key = Argon2id(password, salt, params), plaintext = database key,
aad = station id, slot id, account id, role and the KDF parameters). Changing a password
rewrites that slot only; the database file is never rewritten. The slot file is small
JSON, replaced atomically as a whole.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.atomic import write_bytes_atomic
from app.errors import CorruptFile, NotFound, WrongCredentials

FORMAT = "xinan-keyslots"
VERSION = 1
KEY_BYTES = 32
RECOVERY_SLOT = "recovery"


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters, stored in each slot so they can be raised later."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret)


MINIMUM_KDF = KdfParams()


@dataclass(frozen=True, slots=True)
class KeySlot:
    slot_id: str  # "account-<id>" or "recovery"
    account_id: int | None
    username: str
    role: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def aad(self, station_id: str) -> bytes:
        fields = {
            "station_id": station_id,
            "slot_id": self.slot_id,
            "account_id": self.account_id,
            "username": self.username,
            "role": self.role,
            "kdf": [self.kdf.memory_kib, self.kdf.iterations, self.kdf.lanes],
        }
        return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()


def wrap_key(
    db_key: bytes,
    secret: str,
    station_id: str,
    slot_id: str,
    account_id: int | None,
    username: str,
    role: str,
    kdf: KdfParams = MINIMUM_KDF,
) -> KeySlot:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    slot = KeySlot(slot_id, account_id, username, role, kdf, salt, nonce, b"")
    wrapping_key = kdf.derive(secret.encode("utf-8"), salt)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, db_key, slot.aad(station_id))
    return replace(slot, wrapped=wrapped)


def unwrap_key(slot: KeySlot, secret: str, station_id: str) -> bytes:
    """The database key, or WrongCredentials. Tampered slot metadata also fails here."""
    wrapping_key = slot.kdf.derive(secret.encode("utf-8"), slot.salt)
    try:
        return AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped, slot.aad(station_id))
    except InvalidTag:
        raise WrongCredentials("wrong password or recovery code") from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _slot_to_json(slot: KeySlot) -> dict[str, Any]:
    return {
        "slot_id": slot.slot_id,
        "account_id": slot.account_id,
        "username": slot.username,
        "role": slot.role,
        "kdf": {
            "name": "argon2id",
            "memory_kib": slot.kdf.memory_kib,
            "iterations": slot.kdf.iterations,
            "lanes": slot.kdf.lanes,
        },
        "salt": _b64(slot.salt),
        "nonce": _b64(slot.nonce),
        "wrapped": _b64(slot.wrapped),
    }


def _slot_from_json(data: dict[str, Any]) -> KeySlot:
    kdf = data["kdf"]
    if kdf["name"] != "argon2id":
        raise ValueError("unknown KDF")
    params = KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"]))
    if params.memory_kib < MINIMUM_KDF.memory_kib or params.iterations < MINIMUM_KDF.iterations:
        raise ValueError("KDF parameters below the minimum")
    account_id = data["account_id"]
    return KeySlot(
        slot_id=str(data["slot_id"]),
        account_id=None if account_id is None else int(account_id),
        username=str(data["username"]),
        role=str(data["role"]),
        kdf=params,
        salt=base64.b64decode(data["salt"], validate=True),
        nonce=base64.b64decode(data["nonce"], validate=True),
        wrapped=base64.b64decode(data["wrapped"], validate=True),
    )


@dataclass(frozen=True, slots=True)
class SlotFile:
    """The key-slot file beside the database: station id plus one slot per account."""

    station_id: str
    slots: tuple[KeySlot, ...]

    def find(self, slot_id: str) -> KeySlot:
        for slot in self.slots:
            if slot.slot_id == slot_id:
                return slot
        raise NotFound(f"no key slot {slot_id}")

    def by_username(self, username: str) -> KeySlot:
        for slot in self.slots:
            if slot.username == username and slot.slot_id != RECOVERY_SLOT:
                return slot
        raise WrongCredentials("wrong password or recovery code")

    def password_slots(self) -> tuple[KeySlot, ...]:
        return tuple(slot for slot in self.slots if slot.slot_id != RECOVERY_SLOT)

    def with_slot(self, new: KeySlot) -> SlotFile:
        """Add or replace the slot with the same id; the others stay byte-identical."""
        others = tuple(slot for slot in self.slots if slot.slot_id != new.slot_id)
        return SlotFile(self.station_id, (*others, new))

    def without_slot(self, slot_id: str) -> SlotFile:
        return SlotFile(self.station_id, tuple(s for s in self.slots if s.slot_id != slot_id))

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": VERSION,
            "station_id": self.station_id,
            "slots": [_slot_to_json(slot) for slot in self.slots],
        }
        return json.dumps(body, indent=1, sort_keys=True).encode("utf-8") + b"\n"

    def save(self, path: Path) -> None:
        write_bytes_atomic(path, self.to_bytes())

    @classmethod
    def from_bytes(cls, data: bytes) -> SlotFile:
        try:
            body = json.loads(data.decode("utf-8"))
            if body["format"] != FORMAT or body["version"] != VERSION:
                raise ValueError("unknown key-slot format or version")
            slots = tuple(_slot_from_json(item) for item in body["slots"])
            return cls(str(body["station_id"]), slots)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise CorruptFile(
                "the key-slot file is damaged or not a XinAn key-slot file", detail=str(exc)
            ) from None

    @classmethod
    def load(cls, path: Path) -> SlotFile:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise CorruptFile("the key-slot file is missing", path=str(path)) from None
        if len(data) > 1024 * 1024:
            raise CorruptFile("the key-slot file is too large to be genuine")
        return cls.from_bytes(data)


def new_database_key() -> bytes:
    return os.urandom(KEY_BYTES)
