"""Sign, then encrypt: the file a school hands to the county, and opening it again.

File = age v1 (X25519, to the county center's key) of::

    <minisign signature of PAYLOAD: four lines>
    PAYLOAD (canonical JSON, see bundle.py)

The age header carries one more stanza, ignored by age itself and covered by the header
MAC: ``-> xinan-bundle 1 <county code> <recipient fingerprint> <inner length>``. It lets
the center tell a bundle for another county from a damaged one, and a truncated file
from an altered one, with a clear reason for each.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from app.sync import age, minisign
from app.sync.errors import BundleRefused, Refusal

STANZA = "xinan-bundle"
ENVELOPE_VERSION = 1
UNTRUSTED_COMMENT = "xinan county bundle signature"
MAX_BUNDLE_BYTES = 64 * 1024 * 1024

SignerLookup = Callable[[bytes], minisign.PublicKey | None]


@dataclass(frozen=True, slots=True)
class Opened:
    payload: bytes
    signer: minisign.PublicKey
    trusted_comment: str


@dataclass(frozen=True, slots=True)
class _Hint:
    version: int
    county_code: str
    fingerprint: str
    inner_length: int


def fingerprint(recipient: X25519PublicKey) -> str:
    return hashlib.sha256(b"xinan/county-key/v1" + age.raw_public(recipient)).hexdigest()[:16]


def seal(
    payload: bytes,
    signing_key: Ed25519PrivateKey,
    recipient: X25519PublicKey,
    county_code: str,
    trusted_comment: str,
) -> bytes:
    """The bundle file's bytes."""
    signature = minisign.sign(payload, signing_key, trusted_comment, UNTRUSTED_COMMENT)
    inner = signature + payload
    args = (str(ENVELOPE_VERSION), county_code, fingerprint(recipient), str(len(inner)))
    return age.encrypt(inner, recipient, [age.Stanza(STANZA, args, b"")])


def _refuse(reason: Refusal, message: str) -> BundleRefused:
    return BundleRefused(reason, message)


def _hint(header: age.Header) -> _Hint | None:
    for stanza in header.stanzas:
        if stanza.type == STANZA and len(stanza.args) == 4:
            version, county, fp, length = stanza.args
            if version.isdigit() and length.isdigit() and len(length) < 12:
                return _Hint(int(version), county, fp, int(length))
    return None


def _header(data: bytes) -> age.Header:
    try:
        return age.parse_header(data)
    except age.AgeError as exc:
        if exc.kind == "truncated":
            raise _refuse(Refusal.TRUNCATED, "the file is truncated (it ends early)") from None
        if str(exc) == "not an age-encrypted file":
            raise _refuse(Refusal.NOT_A_BUNDLE, "not a county bundle (not an age file)") from None
        raise _refuse(Refusal.DAMAGED, f"the file is damaged: {exc}") from None


def _no_identity(header: age.Header, identity: X25519PrivateKey) -> BundleRefused:
    hint = _hint(header)
    ours = fingerprint(identity.public_key())
    if hint is None:
        return _refuse(Refusal.NOT_A_BUNDLE, "an age file, but not a XinAn county bundle")
    if hint.fingerprint != ours:
        return _refuse(
            Refusal.FOREIGN,
            f"the bundle was encrypted for another county center (county {hint.county_code!r}),"
            " not for this one",
        )
    return _refuse(Refusal.DAMAGED, "the file is damaged: its key header does not open")


def _file_key(header: age.Header, identity: X25519PrivateKey) -> bytes:
    try:
        file_key = age.unwrap(header, identity)
    except age.AgeError as exc:
        if exc.kind == "no_identity":
            raise _no_identity(header, identity) from None
        raise _refuse(Refusal.DAMAGED, f"the file is damaged: {exc}") from None
    try:
        age.check_mac(header, file_key)
    except age.AgeError:
        raise _refuse(Refusal.DAMAGED, "the file is damaged: its header was altered") from None
    return file_key


def _check_hint(header: age.Header, data: bytes, county_code: str) -> None:
    hint = _hint(header)
    if hint is None:
        raise _refuse(Refusal.NOT_A_BUNDLE, "an age file, but not a XinAn county bundle")
    if hint.version > ENVELOPE_VERSION:
        raise _refuse(
            Refusal.FUTURE_SCHEMA,
            f"the bundle was written by a newer XinAn (envelope {hint.version}): update XinAn "
            "at the center",
        )
    if hint.county_code != county_code:
        raise _refuse(
            Refusal.FOREIGN, f"the bundle is for county {hint.county_code}, not {county_code}"
        )
    expected = header.payload_offset + age.payload_size(hint.inner_length)
    if len(data) < expected:
        raise _refuse(
            Refusal.TRUNCATED,
            f"the file is truncated: {len(data)} of {expected} bytes are there",
        )
    if len(data) > expected:
        raise _refuse(Refusal.DAMAGED, "the file is damaged: unexpected bytes after its end")


def _decrypt(data: bytes, header: age.Header, file_key: bytes) -> bytes:
    try:
        return age.decrypt_payload(data, header.payload_offset, file_key)
    except age.AgeError as exc:
        reason = Refusal.TRUNCATED if exc.kind == "truncated" else Refusal.DAMAGED
        raise _refuse(reason, f"the file is damaged: {exc}") from None


def _split(inner: bytes) -> tuple[minisign.Signature, bytes]:
    lines, pos = [], 0
    for _ in range(4):
        end = inner.find(b"\n", pos, pos + 2048)
        if end < 0:
            raise _refuse(Refusal.BAD_SIGNATURE, "the bundle carries no valid signature")
        lines.append(inner[pos:end])
        pos = end + 1
    if lines[0] != minisign.UNTRUSTED + UNTRUSTED_COMMENT.encode("ascii"):
        raise _refuse(Refusal.BAD_SIGNATURE, "the bundle's signature block was altered")
    try:
        return minisign.parse(lines), inner[pos:]
    except minisign.SignatureError as exc:
        raise _refuse(
            Refusal.BAD_SIGNATURE, f"the bundle's signature is malformed: {exc}"
        ) from None


def _verify(inner: bytes, signers: SignerLookup) -> Opened:
    signature, payload = _split(inner)
    signer = signers(signature.key_id)
    if signer is None:
        key_hex = signature.key_id[::-1].hex().upper()
        raise _refuse(
            Refusal.UNKNOWN_SIGNER,
            f"signed by an unknown school key ({key_hex}): accept the school's enrollment "
            "file at this center first",
        )
    try:
        minisign.verify(payload, signature, signer)
    except minisign.SignatureError:
        raise _refuse(
            Refusal.BAD_SIGNATURE,
            "the signature does not match: the content was altered after the school signed it",
        ) from None
    comment = signature.trusted_comment.decode("utf-8", errors="replace")
    return Opened(payload, signer, comment)


def open_bundle(
    data: bytes, identity: X25519PrivateKey, county_code: str, signers: SignerLookup
) -> Opened:
    """Decrypt with the center's key and verify the school's signature, or BundleRefused."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise _refuse(Refusal.OVERSIZED, "the file is larger than any county bundle can be")
    header = _header(data)
    file_key = _file_key(header, identity)
    _check_hint(header, data, county_code)
    return _verify(_decrypt(data, header, file_key), signers)


def trusted_comment(
    schema: int, county_code: str, station_id: str, period_id: str, sequence: int
) -> str:
    return (
        f"xinan-county-bundle schema={schema} county={county_code} station={station_id} "
        f"period={period_id} sequence={sequence}"
    )
