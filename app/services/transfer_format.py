"""Transfer key files and transfer files, in the county bundles' formats (app/sync).

A transfer file is what a county bundle is — an **age v1** file (X25519) whose plaintext
is a **minisign** signature followed by the signed payload (``app/sync/age.py``,
``app/sync/minisign.py``) — addressed to a receiving station instead of a county center::

    age-encryption.org/v1
    -> X25519 <ephemeral share>            the receiving station's transfer key
    -> xinan-transfer 1 <station id> <key fingerprint> <school, base64> <county> <length>
    --- <header MAC>                       covers the xinan-transfer stanza too
    [payload] = minisign signature (4 lines) || zlib(JSON growth file)

The minisign *trusted comment* carries the transfer header as one line of canonical JSON:
transfer id, time, sender (station id, school, county, minisign public key) and recipient
station id; it is signed together with the payload. The stanza lets a station that is not
the recipient say so by name before it tries to decrypt. See docs/transfer-format.md.

A *transfer key file* is JSON like the county enrollment file: station identity, the age
recipient (``age1…``) and the minisign public key, self-signed with that key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from app.errors import CorruptFile, ImportRejected
from app.sync import age, bech32, minisign

STANZA = "xinan-transfer"
VERSION = 1
KEY_FORMAT = "xinan-transfer-key"
MAX_TRANSFER_BYTES = 64 * 1024 * 1024
MAX_KEY_FILE_BYTES = 64 * 1024
UNTRUSTED_COMMENT = "xinan student transfer signature"


@dataclass(frozen=True, slots=True)
class StationIdentity:
    """A station as other stations know it."""

    station_id: str
    school_name: str
    county_code: str

    def to_json(self) -> dict[str, str]:
        return {
            "station_id": self.station_id,
            "school_name": self.school_name,
            "county_code": self.county_code,
        }

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> StationIdentity:
        return cls(str(body["station_id"]), str(body["school_name"]), str(body["county_code"]))


def fingerprint(recipient: bytes) -> str:
    """16 hex digits of the receiving key, as the stanza and the key file show it."""
    return hashlib.sha256(b"xinan/transfer-key/v1" + recipient).hexdigest()[:16]


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


# --- the key file a receiving station hands out -----------------------------------------


@dataclass(frozen=True, slots=True)
class TransferKeyFile:
    station: StationIdentity
    recipient: bytes  # X25519 public key (age recipient)
    signing_key: minisign.PublicKey

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.recipient)

    def _body(self) -> dict[str, Any]:
        return {
            "format": KEY_FORMAT,
            "version": VERSION,
            "station": self.station.to_json(),
            "recipient": bech32.encode("age", self.recipient),
            "signing_key": self.signing_key.to_base64(),
        }

    def sign(self, signer: Ed25519PrivateKey) -> bytes:
        body = self._body()
        signature = minisign.sign(_canonical(body), signer, KEY_FORMAT, "xinan transfer key")
        body["signature"] = signature.decode("ascii")
        return json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> TransferKeyFile:
        if len(data) > MAX_KEY_FILE_BYTES:
            raise CorruptFile("this is not a XinAn transfer key file (too large)")
        try:
            body = json.loads(data.decode("utf-8"))
            if body["format"] != KEY_FORMAT or body["version"] != VERSION:
                raise ValueError("unknown format")
            found = cls(
                StationIdentity.from_json(body["station"]),
                _recipient(str(body["recipient"])),
                minisign.PublicKey.from_base64(str(body["signing_key"])),
            )
            lines = str(body["signature"]).encode("ascii").split(b"\n")[:4]
            signature = minisign.parse(lines)
        except (ValueError, KeyError, TypeError, UnicodeError):
            raise CorruptFile("this is not a XinAn transfer key file, or it is damaged") from None
        try:
            minisign.verify(_canonical(found._body()), signature, found.signing_key)
        except minisign.SignatureError:
            raise CorruptFile("the transfer key file was altered or is damaged") from None
        return found


def _recipient(text: str) -> bytes:
    hrp, raw = bech32.decode(text)
    if hrp != "age" or len(raw) != 32:
        raise ValueError("not an age recipient")
    return raw


# --- transfer files ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TransferHeader:
    """Who sends to whom, when: the signed trusted comment. No student data."""

    transfer_id: str
    created_at: str
    sender: StationIdentity
    sender_key: minisign.PublicKey
    recipient: StationIdentity

    def to_comment(self) -> str:
        body = {
            "transfer_id": self.transfer_id,
            "created_at": self.created_at,
            "sender": {**self.sender.to_json(), "signing_key": self.sender_key.to_base64()},
            "recipient": self.recipient.to_json(),
        }
        return _canonical(body).decode("utf-8")

    @classmethod
    def from_comment(cls, text: bytes) -> TransferHeader:
        body = json.loads(text.decode("utf-8"))
        return cls(
            str(body["transfer_id"]),
            str(body["created_at"]),
            StationIdentity.from_json(body["sender"]),
            minisign.PublicKey.from_base64(str(body["sender"]["signing_key"])),
            StationIdentity.from_json(body["recipient"]),
        )


@dataclass(frozen=True, slots=True)
class Opened:
    header: TransferHeader
    payload: bytes


def seal_transfer(
    payload: bytes, header: TransferHeader, recipient: TransferKeyFile, signer: Ed25519PrivateKey
) -> bytes:
    """Sign ``payload`` with the header as trusted comment, then encrypt to the recipient."""
    signature = minisign.sign(payload, signer, header.to_comment(), UNTRUSTED_COMMENT)
    inner = signature + payload
    school = base64.b64encode(recipient.station.school_name.encode("utf-8")).decode("ascii")
    args = (
        str(VERSION), recipient.station.station_id, recipient.fingerprint, school,
        recipient.station.county_code, str(len(inner)),
    )  # fmt: skip
    public = X25519PublicKey.from_public_bytes(recipient.recipient)
    return age.encrypt(inner, public, [age.Stanza(STANZA, args, b"")])


@dataclass(frozen=True, slots=True)
class _Hint:
    version: int
    station_id: str
    fingerprint: str
    school_name: str
    county_code: str


def _hint(header: age.Header) -> _Hint:
    for stanza in header.stanzas:
        if stanza.type == STANZA and len(stanza.args) == 6 and stanza.args[0].isdigit():
            version, station_id, key, school, county, _ = stanza.args
            try:
                name = base64.b64decode(school, validate=True).decode("utf-8")
            except (binascii.Error, ValueError):
                name = "?"
            return _Hint(int(version), station_id, key, name, county)
    raise CorruptFile("an encrypted file, but not a XinAn transfer file")


def _age_header(data: bytes) -> age.Header:
    if len(data) > MAX_TRANSFER_BYTES:
        raise CorruptFile("the file is too large to be a XinAn transfer file")
    try:
        return age.parse_header(data)
    except age.AgeError:
        raise CorruptFile(
            "this is not a XinAn transfer file, or it is incomplete (truncated)"
        ) from None


def _check_hint(hint: _Hint, own_station_id: str) -> None:
    if hint.version != VERSION:
        raise CorruptFile(
            f"this transfer file has format version {hint.version}; this XinAn reads "
            f"version {VERSION}"
        )
    if hint.station_id != own_station_id:
        raise ImportRejected(
            f"this transfer file is addressed to {hint.school_name} (county "
            f"{hint.county_code}), not to this station; nothing was imported",
            recipient=hint.school_name,
        )


def _inner(data: bytes, header: age.Header, identity: X25519PrivateKey) -> bytes:
    try:
        file_key = age.unwrap(header, identity)
    except age.AgeError:
        raise CorruptFile(
            "the transfer file does not open with this station's transfer key: it is damaged, "
            "or was made for a key this station no longer has"
        ) from None
    try:
        age.check_mac(header, file_key)
        return age.decrypt_payload(data, header.payload_offset, file_key)
    except age.AgeError as exc:
        reason = "incomplete (truncated)" if exc.kind == "truncated" else "altered or damaged"
        raise CorruptFile(
            f"the transfer file is {reason}; ask the sending school for a new one"
        ) from None


def _split(inner: bytes) -> tuple[minisign.Signature, bytes]:
    lines, pos = [], 0
    for _ in range(4):
        end = inner.find(b"\n", pos, pos + 4096)
        if end < 0:
            raise minisign.SignatureError("format", "no signature")
        lines.append(inner[pos:end])
        pos = end + 1
    return minisign.parse(lines), inner[pos:]


def open_transfer(data: bytes, identity: X25519PrivateKey | None, own_station_id: str) -> Opened:
    """Decrypt and verify; CorruptFile or ImportRejected with a clear reason otherwise."""
    header = _age_header(data)
    _check_hint(_hint(header), own_station_id)
    if identity is None:
        raise ImportRejected("this station has never handed out a transfer key file")
    inner = _inner(data, header, identity)
    try:
        signature, payload = _split(inner)
        found = TransferHeader.from_comment(signature.trusted_comment)
        minisign.verify(payload, signature, found.sender_key)
    except (minisign.SignatureError, ValueError, KeyError, TypeError):
        raise CorruptFile(
            "the transfer file's signature does not match: it was altered after the sending "
            "school signed it"
        ) from None
    if found.recipient.station_id != own_station_id:
        raise CorruptFile("the transfer file's signed recipient differs from its envelope")
    return Opened(found, payload)
