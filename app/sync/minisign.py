"""Ed25519 signatures in the minisign format (https://jedisct1.github.io/minisign/).

Signatures are "prehashed" (algorithm ``ED``: Ed25519 over BLAKE2b-512 of the message), the
default of minisign 0.10+, so ``minisign -V`` checks them unchanged. A signature file is
four lines::

    untrusted comment: <text>
    base64("ED" || key id (8 bytes) || Ed25519 signature (64))
    trusted comment: <text>
    base64(Ed25519 signature of (signature || trusted comment))

The public key is ``base64("Ed" || key id || 32-byte key)``. The key id is derived from
the public key here (minisign's own keys use random ids; any 8 bytes are valid).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SIG_ALG = b"ED"  # prehashed
KEY_ALG = b"Ed"
UNTRUSTED = b"untrusted comment: "
TRUSTED = b"trusted comment: "
MAX_COMMENT = 1024


class SignatureError(ValueError):
    """A minisign signature that is malformed (``kind`` "format") or wrong ("invalid")."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class PublicKey:
    key_id: bytes  # 8 bytes
    raw: bytes  # 32 bytes

    @classmethod
    def of(cls, key: Ed25519PublicKey) -> PublicKey:
        raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return cls(key_id_for(raw), raw)

    @property
    def key_id_hex(self) -> str:
        """The id as minisign prints it (little-endian 64-bit number, upper-case hex)."""
        return self.key_id[::-1].hex().upper()

    def to_base64(self) -> str:
        return base64.b64encode(KEY_ALG + self.key_id + self.raw).decode("ascii")

    def to_file_text(self) -> str:
        return f"untrusted comment: minisign public key {self.key_id_hex}\n{self.to_base64()}\n"

    @classmethod
    def from_base64(cls, text: str) -> PublicKey:
        try:
            raw = base64.b64decode(text.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise SignatureError("format", "the public key is not valid base64") from None
        if len(raw) != 42 or raw[:2] != KEY_ALG:
            raise SignatureError("format", "not a minisign Ed25519 public key")
        return cls(raw[2:10], raw[10:])


@dataclass(frozen=True, slots=True)
class Signature:
    key_id: bytes
    signature: bytes
    trusted_comment: bytes
    global_signature: bytes


def key_id_for(public_raw: bytes) -> bytes:
    return hashlib.sha256(b"xinan/minisign-key-id/v1" + public_raw).digest()[:8]


def _prehash(message: bytes) -> bytes:
    return hashlib.blake2b(message, digest_size=64).digest()


def sign(
    message: bytes, key: Ed25519PrivateKey, trusted_comment: str, untrusted_comment: str
) -> bytes:
    """The four-line signature file of ``message``."""
    public = PublicKey.of(key.public_key())
    comment = trusted_comment.encode("utf-8")
    if b"\n" in comment or b"\n" in untrusted_comment.encode("utf-8"):
        raise ValueError("comments are single lines")
    signature = key.sign(_prehash(message))
    global_signature = key.sign(signature + comment)
    return b"".join(
        (
            UNTRUSTED + untrusted_comment.encode("utf-8") + b"\n",
            base64.b64encode(SIG_ALG + public.key_id + signature) + b"\n",
            TRUSTED + comment + b"\n",
            base64.b64encode(global_signature) + b"\n",
        )
    )


def _b64(line: bytes, size: int) -> bytes:
    try:
        raw = base64.b64decode(line, validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError("format", "the signature is not valid base64") from None
    if len(raw) != size or base64.b64encode(raw) != line:
        raise SignatureError("format", "the signature has the wrong length")
    return raw


def parse(lines: list[bytes]) -> Signature:
    """A signature from its four lines (without their newlines)."""
    if len(lines) != 4 or not lines[0].startswith(UNTRUSTED) or not lines[2].startswith(TRUSTED):
        raise SignatureError("format", "not a minisign signature")
    blob = _b64(lines[1], 74)
    if blob[:2] != SIG_ALG:
        raise SignatureError("format", "unsupported minisign signature algorithm")
    comment = lines[2][len(TRUSTED) :]
    if len(comment) > MAX_COMMENT:
        raise SignatureError("format", "trusted comment too long")
    return Signature(blob[2:10], blob[10:], comment, _b64(lines[3], 64))


def verify(message: bytes, signature: Signature, public: PublicKey) -> None:
    """SignatureError("invalid") unless ``signature`` is ``public``'s over ``message`` and
    its trusted comment."""
    if signature.key_id != public.key_id:
        raise SignatureError("invalid", "signed with a different key")
    key = Ed25519PublicKey.from_public_bytes(public.raw)
    try:
        key.verify(signature.signature, _prehash(message))
        key.verify(signature.global_signature, signature.signature + signature.trusted_comment)
    except InvalidSignature:
        raise SignatureError("invalid", "the signature does not match the content") from None
