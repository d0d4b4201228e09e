"""A growth file as transfer payload: JSON (zlib-compressed) and back.

Every record keeps its own dates and text; database ids are not carried (the receiving
station gives new ones). Decoding is driven by the domain dataclasses' type hints, so a
field added to a record travels without a change here; anything that does not fit those
types is a damaged file.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from app.domain.growth import GrowthFile
from app.errors import CorruptFile

PAYLOAD_FORMAT = "xinan-growth-file"
PAYLOAD_VERSION = 1
MAX_PLAIN_BYTES = 256 * 1024 * 1024
_DROPPED = frozenset({"id", "student_id", "class_id", "dorm_id"})  # this station's ids


@dataclass(frozen=True, slots=True)
class Payload:
    growth: GrowthFile
    exported_at: str
    exported_by: str  # display name of the sending counselor
    placement: str = ""  # grade and class at the sending school, for the preview
    history_from: tuple[dict[str, str], ...] = ()  # earlier schools this file came through


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in _DROPPED
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(_plain(v) for v in value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def encode(payload: Payload) -> bytes:
    body = {
        "format": PAYLOAD_FORMAT,
        "version": PAYLOAD_VERSION,
        "exported_at": payload.exported_at,
        "exported_by": payload.exported_by,
        "placement": payload.placement,
        "history_from": list(payload.history_from),
        "growth": _plain(payload.growth),
    }
    return zlib.compress(json.dumps(body, ensure_ascii=False).encode("utf-8"), 6)


def _decompress(data: bytes) -> bytes:
    inflater = zlib.decompressobj()
    plain = inflater.decompress(data, MAX_PLAIN_BYTES)
    if inflater.unconsumed_tail:
        raise ValueError("payload too large")
    return plain


def decode(data: bytes) -> Payload:
    """The payload, or CorruptFile when it is not a growth file this version can read."""
    try:
        body = json.loads(_decompress(data).decode("utf-8"))
        if body["format"] != PAYLOAD_FORMAT or body["version"] != PAYLOAD_VERSION:
            raise ValueError("unknown payload format")
        growth = _build(GrowthFile, body["growth"])
        history = tuple({str(k): str(v) for k, v in h.items()} for h in body["history_from"])
        return Payload(
            growth,
            str(body["exported_at"]),
            str(body["exported_by"]),
            str(body["placement"]),
            history,
        )
    except (ValueError, KeyError, TypeError, AttributeError, zlib.error, UnicodeDecodeError):
        raise CorruptFile("the transfer file's content is not a valid growth file") from None


def _build(cls: type, data: Any) -> Any:
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__} must be an object")
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in _DROPPED:
            values[f.name] = 0 if f.name == "student_id" else None
        elif f.name in data:
            values[f.name] = _value(hints[f.name], data[f.name])
    return cls(**values)


def _value(hint: Any, raw: Any) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if raw is None and type(None) in args:
            return None
        return _value(next(a for a in args if a is not type(None)), raw)
    if origin is tuple:
        return tuple(_value(args[0], item) for item in _list(raw))
    if origin is frozenset:
        return frozenset(_value(args[0], item) for item in _list(raw))
    if origin is dict:
        return {str(k): _value(args[1], v) for k, v in raw.items()}
    return _scalar(hint, raw)


def _list(raw: Any) -> list[Any]:
    if not isinstance(raw, list):
        raise TypeError("expected a list")
    return raw


def _scalar(hint: Any, raw: Any) -> Any:
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _build(hint, raw)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(raw)
    if hint is datetime:
        return datetime.fromisoformat(str(raw))
    if hint is date:
        return date.fromisoformat(str(raw))
    if hint is bool:
        return bool(raw)
    if hint is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise TypeError("expected a number")
        return raw
    if hint is str:
        if not isinstance(raw, str):
            raise TypeError("expected text")
        return raw
    raise TypeError(f"unsupported field type {hint!r}")
