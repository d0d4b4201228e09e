"""The backup file: one station's encrypted database, its key slots and a sealed manifest.

Layout (see docs/backup-format.md), read from the end like a ZIP file::

    [database][slot file][header JSON][manifest][footer: 36 bytes, ends with MAGIC]

The database comes first so that SQLCipher's backup API can write it straight into
the backup's temp file: a 200 MB station is never copied a second time. The database
stays encrypted under the station key; the slot file is the station's ``station.keys``
as it was, so every password and the recovery code valid at backup time open it.

The header (school, time, versions) is readable without a password. The manifest
(record counts, audit head, SHA-256 of the database) is AES-256-GCM under a key derived
from the database key, with the header, the slot file and the database length as
associated data: a changed header, swapped slots or a truncated database all fail here.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import CorruptFile

MAGIC = b"XINANBAK"
VERSION = 1
FORMAT = "xinan-backup"
SUFFIX = ".xbak"
_FOOTER = struct.Struct(">QIIIH6s8s")  # db, slots, header, manifest lengths; version; magic
FOOTER_LEN = _FOOTER.size
MAX_HEADER = 64 * 1024
MAX_SLOTS = 1024 * 1024
MAX_MANIFEST = 4 * 1024 * 1024
_CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class BackupHeader:
    """What anyone holding the file may read: which school, when, by which version."""

    station_id: str
    school_name: str
    county_code: str
    created_at: str  # ISO-8601, local time, seconds
    app_version: str
    schema_version: int
    kind: str  # "manual" or "auto"

    def to_bytes(self) -> bytes:
        body = {"format": FORMAT, "version": VERSION, **_header_fields(self)}
        return json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> BackupHeader:
        try:
            body = json.loads(data.decode("utf-8"))
            if body["format"] != FORMAT or body["version"] != VERSION:
                raise ValueError("unknown format")
            return cls(
                str(body["station_id"]),
                str(body["school_name"]),
                str(body["county_code"]),
                str(body["created_at"]),
                str(body["app_version"]),
                int(body["schema_version"]),
                str(body["kind"]),
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise CorruptFile("the backup's description is damaged") from None


def _header_fields(header: BackupHeader) -> dict[str, Any]:
    return {
        "station_id": header.station_id,
        "school_name": header.school_name,
        "county_code": header.county_code,
        "created_at": header.created_at,
        "app_version": header.app_version,
        "schema_version": header.schema_version,
        "kind": header.kind,
    }


@dataclass(frozen=True, slots=True)
class Manifest:
    """What only a key holder may read: counts, the audit head, the database's digest."""

    counts: Mapping[str, int]
    audit_seq: int
    audit_head: bytes
    db_sha256: bytes

    def to_bytes(self) -> bytes:
        body = {
            "counts": dict(sorted(self.counts.items())),
            "audit_seq": self.audit_seq,
            "audit_head": self.audit_head.hex(),
            "db_sha256": self.db_sha256.hex(),
        }
        return json.dumps(body, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Manifest:
        try:
            body = json.loads(data.decode("utf-8"))
            counts = {str(k): int(v) for k, v in body["counts"].items()}
            return cls(
                counts,
                int(body["audit_seq"]),
                bytes.fromhex(body["audit_head"]),
                bytes.fromhex(body["db_sha256"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise CorruptFile("the backup's manifest is damaged") from None


@dataclass(frozen=True, slots=True)
class Parts:
    """A backup file split into its sections (the database is left on disk)."""

    path: Path
    db_len: int
    slots: bytes
    header_bytes: bytes
    manifest: bytes

    @property
    def header(self) -> BackupHeader:
        return BackupHeader.from_bytes(self.header_bytes)


def _manifest_key(db_key: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"xinan/backup/manifest/v1")
    return hkdf.derive(db_key)


def _aad(header_bytes: bytes, slots: bytes, db_len: int) -> bytes:
    return (
        b"xinan-backup/v1"
        + hashlib.sha256(header_bytes).digest()
        + hashlib.sha256(slots).digest()
        + db_len.to_bytes(8, "big")
    )


def seal_manifest(
    db_key: bytes, manifest: Manifest, header_bytes: bytes, slots: bytes, db_len: int
) -> bytes:
    nonce = secrets.token_bytes(12)
    aad = _aad(header_bytes, slots, db_len)
    return nonce + AESGCM(_manifest_key(db_key)).encrypt(nonce, manifest.to_bytes(), aad)


def open_manifest(parts: Parts, db_key: bytes) -> Manifest:
    """The manifest, or CorruptFile when any section was changed after the backup."""
    aad = _aad(parts.header_bytes, parts.slots, parts.db_len)
    try:
        plain = AESGCM(_manifest_key(db_key)).decrypt(parts.manifest[:12], parts.manifest[12:], aad)
    except (InvalidTag, ValueError):
        raise CorruptFile(
            "the backup was altered or is damaged: its sections do not match each other"
        ) from None
    return Manifest.from_bytes(plain)


def append_trailer(
    handle: BinaryIO, db_len: int, slots: bytes, header: bytes, sealed: bytes
) -> None:
    """Write everything after the database; the caller has the database already in place."""
    handle.seek(db_len)
    handle.truncate()
    footer = _FOOTER.pack(db_len, len(slots), len(header), len(sealed), VERSION, bytes(6), MAGIC)
    handle.write(slots + header + sealed + footer)


def _read_at(handle: BinaryIO, offset: int, length: int) -> bytes:
    handle.seek(offset)
    data = handle.read(length)
    if len(data) != length:
        raise CorruptFile("the backup file is incomplete (truncated)")
    return data


def _footer(handle: BinaryIO, size: int) -> tuple[int, int, int, int]:
    if size < FOOTER_LEN:
        raise CorruptFile("not a XinAn backup file, or it is incomplete (truncated)")
    db_len, slots, header, manifest, version, _, magic = _FOOTER.unpack(
        _read_at(handle, size - FOOTER_LEN, FOOTER_LEN)
    )
    if magic != MAGIC:
        raise CorruptFile("not a XinAn backup file, or it is incomplete (truncated)")
    if version != VERSION:
        raise CorruptFile(
            f"this backup has format version {version}; this XinAn reads version {VERSION} "
            "(install the newer XinAn that made it)"
        )
    if header > MAX_HEADER or slots > MAX_SLOTS or manifest > MAX_MANIFEST:
        raise CorruptFile("the backup file is damaged: impossible section sizes")
    if db_len + slots + header + manifest + FOOTER_LEN != size:
        raise CorruptFile("the backup file is damaged or truncated: its size does not add up")
    return db_len, slots, header, manifest


def read_parts(path: Path) -> Parts:
    """The sections of a backup file; CorruptFile for anything that is not one."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            db_len, slots_len, header_len, manifest_len = _footer(handle, size)
            slots = _read_at(handle, db_len, slots_len)
            header = _read_at(handle, db_len + slots_len, header_len)
            manifest = _read_at(handle, db_len + slots_len + header_len, manifest_len)
    except OSError as exc:
        raise CorruptFile("the backup file cannot be read", reason=exc.strerror or "") from None
    return Parts(Path(path), db_len, slots, header, manifest)


def copy_database(parts: Parts, target: BinaryIO | None = None) -> bytes:
    """SHA-256 of the database section, streamed (into ``target`` when given)."""
    digest = hashlib.sha256()
    remaining = parts.db_len
    with open(parts.path, "rb") as handle:
        while remaining:
            chunk = handle.read(min(_CHUNK, remaining))
            if not chunk:
                raise CorruptFile("the backup file is incomplete (truncated)")
            digest.update(chunk)
            if target is not None:
                target.write(chunk)
            remaining -= len(chunk)
    return digest.digest()


def sha256_prefix(path: Path, length: int) -> bytes:
    """SHA-256 of the first ``length`` bytes of ``path`` (the database before the trailer)."""
    parts = Parts(path, length, b"", b"", b"")
    return copy_database(parts)
