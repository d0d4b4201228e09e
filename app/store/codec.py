"""Converting between Python values and the store's text columns."""

from __future__ import annotations

from datetime import date, datetime


def d2s(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def s2d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def dt2s(value: datetime) -> str:
    return value.replace(microsecond=0, tzinfo=None).isoformat()


def s2dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def now_s() -> str:
    return dt2s(datetime.now())
