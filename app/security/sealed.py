"""Sealed committee reports: write-only files that only the station can open.

A committee member (a student) holds no key slot. Their report is serialised to JSON and
sealed with HPKE (RFC 9180; DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, base
mode) to the station's public key; the private key exists only inside the encrypted
database. The HPKE ``info`` binds the file to this station and format version.

File layout: MAGIC (8 bytes) | version (1 byte) | ciphertext (HPKE enc || AEAD output).
"""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from app.errors import CorruptFile

MAGIC = b"XINANRPT"
VERSION = 1
MAX_SEALED_BYTES = 256 * 1024  # a weekly report is a few KiB; anything bigger is not one
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
_ENC_LEN = 32
_TAG_LEN = 16


def _info(station_id: str) -> bytes:
    return b"xinan/committee-report/v1/" + station_id.encode("utf-8")


def new_inbox_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_private(raw: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(raw)


def load_public(raw: bytes) -> X25519PublicKey:
    try:
        return X25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise CorruptFile("the station public key is damaged") from None


def seal(plaintext: bytes, public_key: X25519PublicKey, station_id: str) -> bytes:
    ciphertext = _SUITE.encrypt(plaintext, public_key, info=_info(station_id))
    return MAGIC + bytes([VERSION]) + ciphertext


def open_sealed(data: bytes, private_key: X25519PrivateKey, station_id: str) -> bytes:
    """The report's plaintext; CorruptFile for anything tampered, truncated or foreign."""
    if len(data) > MAX_SEALED_BYTES:
        raise CorruptFile("the report file is too large to be a report")
    header = len(MAGIC) + 1
    if len(data) < header + _ENC_LEN + _TAG_LEN or not data.startswith(MAGIC):
        raise CorruptFile("not a XinAn report file, or truncated")
    if data[len(MAGIC)] != VERSION:
        raise CorruptFile("report file of an unknown version")
    try:
        return _SUITE.decrypt(data[header:], private_key, info=_info(station_id))
    except (InvalidTag, ValueError):
        raise CorruptFile(
            "the report cannot be opened: damaged, or sealed for another station"
        ) from None
