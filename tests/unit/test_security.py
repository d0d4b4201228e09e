"""Key slots, recovery codes and the audit chain, on real crypto."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import CorruptFile, WrongCredentials
from app.security.audit import (
    GENESIS,
    AuditHead,
    AuditRow,
    audit_key,
    canonical_payload,
    entry_hash,
    entry_mac,
    verify_chain,
)
from app.security.keyslots import (
    MINIMUM_KDF,
    SlotFile,
    new_database_key,
    unwrap_key,
    wrap_key,
)
from app.security.recovery import ALPHABET, new_recovery_code, normalize_recovery_code


def test_slot_round_trip_and_wrong_password() -> None:
    key = new_database_key()
    slot = wrap_key(key, "密码-correct-1", "station-1", "account-1", 1, "wang", "counselor")
    assert unwrap_key(slot, "密码-correct-1", "station-1") == key
    with pytest.raises(WrongCredentials):
        unwrap_key(slot, "密码-correct-2", "station-1")


def test_slot_metadata_is_authenticated() -> None:
    key = new_database_key()
    slot = wrap_key(key, "pw-123456", "station-1", "account-1", 1, "wang", "counselor")
    for tampered in (
        dataclasses.replace(slot, role="leader"),
        dataclasses.replace(slot, account_id=2),
        dataclasses.replace(slot, username="li"),
    ):
        with pytest.raises(WrongCredentials):
            unwrap_key(tampered, "pw-123456", "station-1")
    with pytest.raises(WrongCredentials):
        unwrap_key(slot, "pw-123456", "another-station")


def test_kdf_parameters_meet_the_minimum() -> None:
    assert MINIMUM_KDF.memory_kib >= 64 * 1024
    assert MINIMUM_KDF.iterations >= 3


def test_slot_file_round_trip_and_single_slot_rewrite() -> None:
    key = new_database_key()
    a = wrap_key(key, "pw-aaaaaaa", "s", "account-1", 1, "a", "counselor")
    b = wrap_key(key, "pw-bbbbbbb", "s", "account-2", 2, "b", "leader")
    slots = SlotFile("s", (a, b))
    loaded = SlotFile.from_bytes(slots.to_bytes())
    assert loaded == slots
    a2 = wrap_key(key, "pw-ccccccc", "s", "account-1", 1, "a", "counselor")
    changed = loaded.with_slot(a2)
    assert changed.find("account-2") == b
    assert unwrap_key(changed.find("account-1"), "pw-ccccccc", "s") == key


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not json",
        b'{"format": "other"}',
        b"\xff\xfe",
        b'{"format": "xinan-keyslots"}',
    ],
)
def test_damaged_slot_file_is_reported(data: bytes) -> None:
    with pytest.raises(CorruptFile):
        SlotFile.from_bytes(data)


def test_weakened_kdf_in_slot_file_is_refused() -> None:
    key = new_database_key()
    slot = wrap_key(key, "pw-aaaaaaa", "s", "account-1", 1, "a", "counselor")
    text = SlotFile("s", (slot,)).to_bytes().replace(b'"memory_kib": 65536', b'"memory_kib": 8')
    with pytest.raises(CorruptFile):
        SlotFile.from_bytes(text)


def test_recovery_code_shape_and_normalisation() -> None:
    code = new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 6 and all(len(g) == 5 for g in groups)
    assert all(ch in ALPHABET for ch in code.replace("-", ""))
    assert not set("01OIL") & set(code)
    assert normalize_recovery_code(code.lower().replace("-", " ")) == code
    assert normalize_recovery_code("ABCDE") is None
    assert normalize_recovery_code(code.replace(code[0], "0", 1)) is None


def _chain(key: bytes, n: int) -> tuple[list[AuditRow], AuditHead]:
    rows, prev = [], GENESIS
    for seq in range(1, n + 1):
        payload = canonical_payload("2026-11-23T10:00:00", "wang", "flag.set", "student", seq, {})
        digest = entry_hash(prev, seq, payload)
        rows.append(AuditRow(seq, payload, prev, digest, entry_mac(key, digest)))
        prev = digest
    return rows, AuditHead(n, prev, entry_mac(key, prev))


def test_audit_chain_detects_every_kind_of_tampering() -> None:
    key = audit_key(new_database_key())
    rows, head = _chain(key, 6)
    assert verify_chain(rows, head, key).ok
    edited = rows.copy()
    edited[2] = dataclasses.replace(rows[2], payload=rows[2].payload.replace("wang", "li"))
    deleted = rows[:2] + rows[3:]
    reordered = [rows[0], rows[2], rows[1], *rows[3:]]
    truncated = rows[:-1]
    for broken in (edited, deleted, reordered, truncated):
        verdict = verify_chain(broken, head, key)
        assert not verdict.ok and verdict.problem
    forged_key = audit_key(new_database_key())
    assert not verify_chain(rows, head, forged_key).ok


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=12), st.data())
def test_any_single_byte_change_breaks_the_chain(n: int, data: st.DataObject) -> None:
    key = audit_key(b"k" * 32)
    rows, head = _chain(key, n)
    index = data.draw(st.integers(0, n - 1))
    payload = rows[index].payload
    pos = data.draw(st.integers(0, len(payload) - 1))
    replacement = "X" if payload[pos] != "X" else "Y"
    rows[index] = dataclasses.replace(
        rows[index], payload=payload[:pos] + replacement + payload[pos + 1 :]
    )
    assert not verify_chain(rows, head, key).ok
