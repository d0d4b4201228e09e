"""The two enrollment files: the county key file (center -> schools) and the school
enrollment file (school -> center). Both are small UTF-8 JSON files, checked strictly.

County key file: the center's age recipient (``age1…``), county code, center name and the
county's policy (small-cell threshold, follow-up intervals of red and orange cases).
Enrollment file: the school's minisign public key and identity, self-signed with that key
so a damaged or edited file is refused (the center still accepts it only explicitly).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from app.domain.enums import SchoolType, WarningLevel
from app.errors import CorruptFile
from app.sync import bech32, minisign
from app.sync.schema import COUNTY, MAX_THRESHOLD, MIN_THRESHOLD, UUID

KEY_FORMAT = "xinan-county-key"
ENROLLMENT_FORMAT = "xinan-county-enrollment"
VERSION = 1
MAX_FILE_BYTES = 64 * 1024
DEFAULT_THRESHOLD = 5
DEFAULT_FOLLOW_UP = {WarningLevel.RED: 7, WarningLevel.ORANGE: 14}
_NAME = re.compile(r"^[^\x00-\x1f\x7f]{1,100}$")


@dataclass(frozen=True, slots=True)
class CountyKey:
    county_code: str
    center_name: str
    center_id: str
    recipient: bytes  # raw X25519 public key
    threshold: int = DEFAULT_THRESHOLD
    red_follow_up_days: int = 7
    orange_follow_up_days: int = 14

    @property
    def recipient_text(self) -> str:
        return bech32.encode("age", self.recipient)

    def public_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.recipient)


@dataclass(frozen=True, slots=True)
class Enrollment:
    station_id: str
    school_name: str
    county_code: str
    school_type: SchoolType
    public_key: minisign.PublicKey
    created_at: str


def _bad(kind: str, message: str) -> CorruptFile:
    return CorruptFile(f"not a valid {kind}: {message}")


def _load(data: bytes, kind: str, fmt: str) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise _bad(kind, "the file is too large")
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad(kind, "the file is not JSON") from None
    if not isinstance(body, dict) or body.get("format") != fmt:
        raise _bad(kind, "wrong kind of file")
    if body.get("version") != VERSION:
        raise _bad(kind, "made by another version of XinAn")
    return body


def _field(body: dict[str, Any], name: str, pattern: re.Pattern[str], kind: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not pattern.match(value):
        raise _bad(kind, f"field {name} is missing or malformed")
    return value


def _number(body: dict[str, Any], name: str, low: int, high: int, kind: str) -> int:
    value = body.get(name)
    if type(value) is not int or not low <= value <= high:
        raise _bad(kind, f"{name} must be a whole number from {low} to {high}")
    return value


def county_key_to_bytes(key: CountyKey) -> bytes:
    body = {
        "format": KEY_FORMAT,
        "version": VERSION,
        "county_code": key.county_code,
        "center_name": key.center_name,
        "center_id": key.center_id,
        "recipient": key.recipient_text,
        "policy": {
            "small_cell_threshold": key.threshold,
            "follow_up_days": {"red": key.red_follow_up_days, "orange": key.orange_follow_up_days},
        },
    }
    return json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"


def _recipient(text: Any) -> bytes:
    try:
        hrp, raw = bech32.decode(text) if isinstance(text, str) else ("", b"")
    except ValueError:
        hrp, raw = "", b""
    if hrp != "age" or len(raw) != 32:
        raise _bad("county key file", "the recipient is not an age X25519 public key")
    return raw


def _policy(body: dict[str, Any]) -> tuple[int, int, int]:
    kind = "county key file"
    policy = body.get("policy")
    days = policy.get("follow_up_days") if isinstance(policy, dict) else None
    if not isinstance(policy, dict) or not isinstance(days, dict):
        raise _bad(kind, "the policy is missing")
    return (
        _number(policy, "small_cell_threshold", MIN_THRESHOLD, MAX_THRESHOLD, kind),
        _number(days, "red", 1, 366, kind),
        _number(days, "orange", 1, 366, kind),
    )


def county_key_from_bytes(data: bytes) -> CountyKey:
    kind = "county key file"
    body = _load(data, kind, KEY_FORMAT)
    return CountyKey(
        _field(body, "county_code", COUNTY, kind),
        _field(body, "center_name", _NAME, kind),
        _field(body, "center_id", UUID, kind),
        _recipient(body.get("recipient")),
        *_policy(body),
    )


def _enrollment_body(enrollment: Enrollment) -> dict[str, Any]:
    return {
        "format": ENROLLMENT_FORMAT,
        "version": VERSION,
        "station_id": enrollment.station_id,
        "school_name": enrollment.school_name,
        "county_code": enrollment.county_code,
        "school_type": enrollment.school_type.value,
        "signing_key": enrollment.public_key.to_base64(),
        "key_id": enrollment.public_key.key_id_hex,
        "created_at": enrollment.created_at,
    }


def _signed_part(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def enrollment_to_bytes(enrollment: Enrollment, key: Ed25519PrivateKey) -> bytes:
    body = _enrollment_body(enrollment)
    signature = minisign.sign(_signed_part(body), key, "xinan enrollment", "xinan enrollment")
    body["signature"] = signature.decode("ascii")
    return json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"


def _check_self_signature(body: dict[str, Any], public: minisign.PublicKey) -> None:
    text = body.pop("signature", None)
    lines = text.encode("ascii", "replace").split(b"\n")[:4] if isinstance(text, str) else []
    try:
        minisign.verify(_signed_part(body), minisign.parse(lines), public)
    except minisign.SignatureError:
        raise _bad("enrollment file", "its signature does not match (edited or damaged)") from None


def enrollment_from_bytes(data: bytes) -> Enrollment:
    kind = "enrollment file"
    body = _load(data, kind, ENROLLMENT_FORMAT)
    try:
        public = minisign.PublicKey.from_base64(str(body.get("signing_key", "")))
        school_type = SchoolType(str(body.get("school_type")))
    except (minisign.SignatureError, ValueError):
        raise _bad(kind, "the signing key or school type is malformed") from None
    enrollment = Enrollment(
        _field(body, "station_id", UUID, kind),
        _field(body, "school_name", _NAME, kind),
        _field(body, "county_code", COUNTY, kind),
        school_type,
        public,
        _field(body, "created_at", re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$"), kind),
    )
    if body.get("key_id") != public.key_id_hex or public.key_id != minisign.key_id_for(public.raw):
        raise _bad(kind, "the key id does not match the key")
    _check_self_signature(body, public)
    return enrollment


def now_text() -> str:
    return datetime.now().replace(microsecond=0).isoformat()
