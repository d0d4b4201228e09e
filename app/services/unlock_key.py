"""The first half of unlocking a station: the database key from a password (Argon2id).

``station.unlock`` is ``derive_key`` followed by ``station.open_derived``. This half
imports neither the store nor the other services, on purpose: the desktop starts the
key derivation (which releases the GIL) on its worker first, and imports the rest of the
application on the main thread while it runs.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from app.domain.enums import Role
from app.errors import StationNotFound, WrongCredentials, XinAnError
from app.security.keyslots import KeySlot, SlotFile, unwrap_key

DB_NAME = "station.db"
SLOTS_NAME = "station.keys"


@dataclass(frozen=True, slots=True)
class DerivedKey:
    """A password's key slot, opened: what ``station.open_derived`` needs."""

    folder: Path
    slots: SlotFile
    key: bytes
    slot: KeySlot


def load_slots(folder: Path) -> SlotFile:
    if not (folder / DB_NAME).exists():
        raise StationNotFound(f"no station in {folder}", path=str(folder))
    return SlotFile.load(folder / SLOTS_NAME)


def _candidates(slots: SlotFile, username: str | None) -> tuple[KeySlot, ...]:
    return (slots.by_username(username),) if username else slots.password_slots()


def derive_key(folder: Path, password: str, username: str | None = None) -> DerivedKey:
    """Try the account's slot (or every password slot); WrongCredentials if none opens."""
    folder = Path(folder)
    slots = load_slots(folder)
    for slot in _candidates(slots, username):
        try:
            return DerivedKey(folder, slots, unwrap_key(slot, password, slots.station_id), slot)
        except WrongCredentials:
            continue
    raise WrongCredentials("wrong user name or password")


def likely_role(folder: Path, username: str | None) -> Role | None:
    """The role of the account a password would open, read from the key slots (no secret
    involved); None when it cannot be told. The desktop prepares that account's first
    page while the key is being derived."""
    try:
        candidates = _candidates(load_slots(Path(folder)), username)
    except XinAnError:
        return None
    roles = {slot.role for slot in candidates}
    return Role(roles.pop()) if len(roles) == 1 else None


class KeyDerivation:
    """``derive_key`` on a thread of its own, started at once; ``result()`` waits for it.

    Argon2id releases the GIL, so a caller that starts this first can import the rest of
    the application meanwhile (the desktop's start-up). The password is not kept.
    """

    def __init__(self, folder: Path, password: str, username: str | None) -> None:
        self._done = threading.Event()
        self._key: DerivedKey | None = None
        self._error: BaseException | None = None
        thread = threading.Thread(
            target=self._run, args=(Path(folder), password, username), daemon=True
        )
        thread.name = "xinan-key"
        thread.start()

    def _run(self, folder: Path, password: str, username: str | None) -> None:
        try:
            self._key = derive_key(folder, password, username)
        except BaseException as exc:  # handed to whoever waits for the result
            self._error = exc
        finally:
            self._done.set()

    def result(self) -> DerivedKey:
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._key is not None
        return self._key
