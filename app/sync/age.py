"""The age v1 file format (https://age-encryption.org/v1) with X25519 recipients.

Implemented on ``cryptography`` so no extra dependency ships with the app; tests check it
against the reference ``age`` tool in both directions. Layout::

    age-encryption.org/v1
    -> X25519 <base64 ephemeral share>
    <base64 wrapped file key>
    -> <any other stanza, ignored by age>
    --- <base64 HMAC-SHA256 of the header up to "---">
    <16-byte nonce><ChaCha20-Poly1305 STREAM of 64 KiB chunks>

Base64 is the standard alphabet without padding and must be canonical; bodies wrap at 64
columns. Decryption is strict and distinguishes a file that is not age, a truncated file,
one that no identity opens, a header that fails its MAC and a damaged payload.
"""

from __future__ import annotations

import base64
import hmac
import os
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

INTRO = b"age-encryption.org/v1\n"
X25519_LABEL = b"age-encryption.org/v1/X25519"
CHUNK = 64 * 1024
TAG = 16
NONCE = 16
MAX_HEADER = 16 * 1024
_B64 = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


class AgeError(ValueError):
    """Why a file did not decrypt. ``kind``: format, truncated, no_identity, header_mac,
    payload."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Stanza:
    type: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True, slots=True)
class Header:
    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes  # the header bytes the MAC covers (up to and including "---")
    payload_offset: int


def b64encode(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def b64decode(text: bytes) -> bytes:
    """Canonical unpadded standard base64, or AgeError."""
    if len(text) % 4 == 1 or any(c not in _B64 for c in text):
        raise AgeError("format", "invalid base64 in the age header")
    raw = base64.b64decode(text + b"=" * (-len(text) % 4))
    if b64encode(raw) != text:
        raise AgeError("format", "non-canonical base64 in the age header")
    return raw


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


# --- writing ---------------------------------------------------------------------------------


def _stanza_bytes(stanza: Stanza) -> bytes:
    encoded = b64encode(stanza.body)
    lines = [encoded[i : i + 64] for i in range(0, len(encoded), 64)]
    if not lines or len(lines[-1]) == 64:
        lines.append(b"")
    head = " ".join((stanza.type, *stanza.args)).encode("ascii")
    return b"-> " + head + b"\n" + b"".join(line + b"\n" for line in lines)


def _x25519_stanza(file_key: bytes, recipient: X25519PublicKey) -> Stanza:
    ephemeral = X25519PrivateKey.generate()
    share = raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(recipient)
    wrap_key = _hkdf(shared, share + raw_public(recipient), X25519_LABEL)
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    return Stanza("X25519", (b64encode(share).decode("ascii"),), body)


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _payload(plaintext: bytes, file_key: bytes) -> bytes:
    nonce = os.urandom(NONCE)
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    starts = range(0, max(len(plaintext), 1), CHUNK)
    parts = [nonce]
    for counter, start in enumerate(starts):
        last = start + CHUNK >= len(plaintext)
        chunk = plaintext[start : start + CHUNK]
        parts.append(aead.encrypt(_chunk_nonce(counter, last), chunk, None))
    return b"".join(parts)


def encrypt(plaintext: bytes, recipient: X25519PublicKey, extra: Sequence[Stanza] = ()) -> bytes:
    """An age v1 file of ``plaintext`` for one X25519 recipient (plus ``extra`` stanzas,
    which age implementations ignore and the header MAC covers)."""
    file_key = os.urandom(16)
    stanzas = [_x25519_stanza(file_key, recipient), *extra]
    header = INTRO + b"".join(_stanza_bytes(s) for s in stanzas) + b"---"
    mac = hmac.digest(_hkdf(file_key, b"", b"header"), header, "sha256")
    return header + b" " + b64encode(mac) + b"\n" + _payload(plaintext, file_key)


def payload_size(plaintext_size: int) -> int:
    """Bytes after the header for a plaintext of this size."""
    chunks = max(1, -(-plaintext_size // CHUNK))
    return NONCE + plaintext_size + chunks * TAG


# --- reading ---------------------------------------------------------------------------------


def _line(data: bytes, pos: int) -> tuple[bytes, int]:
    end = data.find(b"\n", pos, pos + MAX_HEADER)
    if end < 0:
        if len(data) - pos < MAX_HEADER:
            raise AgeError("truncated", "the file ends inside the age header")
        raise AgeError("format", "the age header is too long")
    return data[pos:end], end + 1


def _check_intro(data: bytes) -> None:
    if data.startswith(INTRO):
        return
    if len(data) < len(INTRO) and INTRO.startswith(data):
        raise AgeError("truncated", "the file ends inside the age header")
    raise AgeError("format", "not an age-encrypted file")


def _stanza_args(line: bytes) -> tuple[str, tuple[str, ...]]:
    parts = line[3:].split(b" ")
    if any(not p or any(c < 33 or c > 126 for c in p) for p in parts):
        raise AgeError("format", "malformed stanza line in the age header")
    decoded = [p.decode("ascii") for p in parts]
    return decoded[0], tuple(decoded[1:])


def _stanza_body(data: bytes, pos: int) -> tuple[bytes, int]:
    encoded = b""
    while True:
        line, pos = _line(data, pos)
        if len(line) > 64:
            raise AgeError("format", "stanza body line longer than 64 columns")
        encoded += line
        if len(line) < 64:
            return b64decode(encoded), pos


def parse_header(data: bytes) -> Header:
    """The header of an age file; AgeError("format"|"truncated") when malformed."""
    _check_intro(data)
    pos, stanzas = len(INTRO), list[Stanza]()
    while True:
        start = pos
        line, pos = _line(data, pos)
        if line.startswith(b"--- "):
            if not stanzas:
                raise AgeError("format", "the age header has no recipient stanza")
            mac = b64decode(line[4:])
            if len(mac) != 32:
                raise AgeError("format", "the age header MAC has the wrong length")
            return Header(tuple(stanzas), mac, data[: start + 3], pos)
        if not line.startswith(b"-> "):
            raise AgeError("format", "unexpected line in the age header")
        kind, args = _stanza_args(line)
        body, pos = _stanza_body(data, pos)
        stanzas.append(Stanza(kind, args, body))


def _unwrap_one(stanza: Stanza, identity: X25519PrivateKey) -> bytes | None:
    if len(stanza.args) != 1 or len(stanza.body) != 32:
        raise AgeError("format", "malformed X25519 stanza")
    share = b64decode(stanza.args[0].encode("ascii"))
    if len(share) != 32:
        raise AgeError("format", "malformed X25519 stanza")
    try:
        shared = identity.exchange(X25519PublicKey.from_public_bytes(share))
    except ValueError:
        raise AgeError("format", "X25519 stanza with a low-order share") from None
    recipient = raw_public(identity.public_key())
    wrap_key = _hkdf(shared, share + recipient, X25519_LABEL)
    try:
        return ChaCha20Poly1305(wrap_key).decrypt(bytes(12), stanza.body, None)
    except InvalidTag:
        return None


def unwrap(header: Header, identity: X25519PrivateKey) -> bytes:
    """The file key, if one of the X25519 stanzas is for ``identity``."""
    for stanza in header.stanzas:
        if stanza.type == "X25519":
            file_key = _unwrap_one(stanza, identity)
            if file_key is not None:
                return file_key
    raise AgeError("no_identity", "no recipient stanza opens with this key")


def check_mac(header: Header, file_key: bytes) -> None:
    expected = hmac.digest(_hkdf(file_key, b"", b"header"), header.mac_input, "sha256")
    if not hmac.compare_digest(expected, header.mac):
        raise AgeError("header_mac", "the age header was altered (its MAC does not match)")


def _open_chunk(aead: ChaCha20Poly1305, counter: int, chunk: memoryview, last: bool) -> bytes:
    try:
        return aead.decrypt(_chunk_nonce(counter, last), chunk, None)
    except InvalidTag:
        if last and len(chunk) == CHUNK + TAG:
            try:
                aead.decrypt(_chunk_nonce(counter, False), chunk, None)
            except InvalidTag:
                pass
            else:
                raise AgeError("truncated", "the file ends before its last chunk") from None
        raise AgeError("payload", f"payload chunk {counter} was altered") from None


def decrypt_payload(data: bytes, offset: int, file_key: bytes) -> bytes:
    body = memoryview(data)[offset:]
    if len(body) < NONCE + TAG:
        raise AgeError("truncated", "the file ends before its payload")
    aead = ChaCha20Poly1305(_hkdf(file_key, bytes(body[:NONCE]), b"payload"))
    step, pos, counter, out = CHUNK + TAG, NONCE, 0, []
    while True:
        chunk = body[pos : pos + step]
        last = pos + step >= len(body)
        if len(chunk) < TAG:
            raise AgeError("truncated", "the file ends inside a payload chunk")
        plain = _open_chunk(aead, counter, chunk, last)
        if last:
            if not plain and counter:
                raise AgeError("payload", "empty final chunk")
            out.append(plain)
            return b"".join(out)
        out.append(plain)
        pos, counter = pos + step, counter + 1


def decrypt(data: bytes, identity: X25519PrivateKey) -> bytes:
    header = parse_header(data)
    file_key = unwrap(header, identity)
    check_mac(header, file_key)
    return decrypt_payload(data, header.payload_offset, file_key)
