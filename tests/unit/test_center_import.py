"""Center import on real stations and centers: accepted, no-op, and every kind of refusal,
each with its own reason and message, the center folder byte-identical after a refusal."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.services import center_import, county, county_export, station
from app.services.center_import import ImportOutcome, ImportStatus
from app.sync import age, bundle, envelope
from app.sync.errors import Refusal
from tests.conftest import StationInfo, snapshot
from tests.unit.sync_support import (  # noqa: F401 - fixtures
    CenterInfo,
    Linked,
    center_info_fixture,
    center_template_fixture,
    linked_fixture,
    linked_template_fixture,
    open_center,
    reseal,
    this_month,
)


def _import(info: CenterInfo, *paths: Path) -> list[ImportOutcome]:
    with open_center(info) as session:
        return center_import.import_bundles(session, list(paths))


def _export(linked: Linked) -> Path:
    return county_export.export_period(linked.station, this_month(), linked.out).path


def _refused(info: CenterInfo, path: Path, reason: Refusal) -> ImportOutcome:
    before = snapshot(info.folder)
    [outcome] = _import(info, path)
    assert (outcome.status, outcome.reason) == (ImportStatus.REFUSED, reason), outcome.message
    assert snapshot(info.folder) == before
    return outcome


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _recipient(info: CenterInfo) -> age.X25519PublicKey:
    return info.recipient


def test_import_stores_once_and_reimport_is_a_noop(linked: Linked) -> None:
    path = _export(linked)
    [first] = _import(linked.center, path)
    assert first.status is ImportStatus.IMPORTED and first.period == this_month()
    assert first.school == "绍兴市越城区第一中学"
    before = snapshot(linked.center.folder)
    [again] = _import(linked.center, path)
    assert again.status is ImportStatus.DUPLICATE and "already imported" in again.message
    assert snapshot(linked.center.folder) == before


def test_folder_import_orders_by_sequence_and_refuses_a_replay(linked: Linked) -> None:
    older, newer = _export(linked), _export(linked)
    outcomes = _import(linked.center, linked.out)  # a USB folder: both, in any order
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED] * 2
    assert [o.sequence for o in outcomes] == [1, 2]
    fresh = _export(linked)
    assert _import(linked.center, fresh)[0].status is ImportStatus.IMPORTED
    replay = linked.out / "replayed.age"
    shutil.copyfile(older, replay)
    assert _import(linked.center, replay)[0].status is ImportStatus.DUPLICATE
    assert newer.exists()


def test_older_sequence_than_imported_is_a_replay(linked: Linked) -> None:
    older, newer = _export(linked), _export(linked)
    assert _import(linked.center, newer)[0].status is ImportStatus.IMPORTED
    outcome = _refused(linked.center, older, Refusal.REPLAY)
    assert "replay" in outcome.message and "older" in outcome.message


def _positions(data: bytes) -> dict[str, tuple[int, Refusal]]:
    offset = age.parse_header(data).payload_offset
    share = data.index(b"-> X25519 ") + 14
    body = data.index(b"\n", share) + 5
    return {
        "version line": (3, Refusal.NOT_A_BUNDLE),
        "x25519 share": (share, Refusal.DAMAGED),
        "wrapped file key": (body, Refusal.DAMAGED),
        "bundle stanza": (data.index(b"-> xinan-bundle") + 20, Refusal.DAMAGED),
        "header mac": (data.index(b"\n--- ") + 10, Refusal.DAMAGED),
        "payload nonce": (offset + 3, Refusal.DAMAGED),
        "payload": (offset + 16 + 200, Refusal.DAMAGED),
        "last byte (tag)": (len(data) - 1, Refusal.DAMAGED),
    }


@pytest.mark.parametrize(
    "where",
    ["version line", "x25519 share", "wrapped file key", "bundle stanza", "header mac",
     "payload nonce", "payload", "last byte (tag)"],
)  # fmt: skip
def test_a_flipped_byte_anywhere_is_refused(linked: Linked, where: str) -> None:
    data = _export(linked).read_bytes()
    position, reason = _positions(data)[where]
    flipped = bytearray(data)
    flipped[position] ^= 0x01
    outcome = _refused(linked.center, _write(linked.out, "x.age", bytes(flipped)), reason)
    assert "damaged" in outcome.message or "not a county bundle" in outcome.message


@pytest.mark.parametrize("keep", [10, 60, "header", "payload", -1])
def test_truncated_files_are_refused_as_truncated(linked: Linked, keep: int | str) -> None:
    data = _export(linked).read_bytes()
    offset = age.parse_header(data).payload_offset
    cut = {"header": offset - 20, "payload": offset + 40}.get(str(keep), keep)
    assert isinstance(cut, int)
    outcome = _refused(linked.center, _write(linked.out, "t.age", data[:cut]), Refusal.TRUNCATED)
    assert "truncated" in outcome.message


def _inner(info: CenterInfo, data: bytes) -> bytes:
    return age.decrypt(data, info.identity)


def _reencrypt(info: CenterInfo, inner: bytes) -> bytes:
    args = ("1", "330602", envelope.fingerprint(info.recipient), str(len(inner)))
    return age.encrypt(inner, info.recipient, [age.Stanza(envelope.STANZA, args, b"")])


@pytest.mark.parametrize(
    ("line", "column", "reasons"),
    [
        (0, 5, {Refusal.BAD_SIGNATURE}),  # untrusted comment
        (1, 20, {Refusal.BAD_SIGNATURE, Refusal.UNKNOWN_SIGNER}),  # signature
        (1, 3, {Refusal.BAD_SIGNATURE, Refusal.UNKNOWN_SIGNER}),  # algorithm / key id
        (2, 30, {Refusal.BAD_SIGNATURE}),  # trusted comment
        (3, 10, {Refusal.BAD_SIGNATURE}),  # global signature
        (4, 50, {Refusal.BAD_SIGNATURE}),  # the signed JSON itself
    ],
)
def test_content_altered_and_reencrypted_to_the_county_key_is_refused(
    linked: Linked, line: int, column: int, reasons: set[Refusal]
) -> None:
    """Anyone can encrypt to the county's public key: the signature is the real gate."""
    inner = bytearray(_inner(linked.center, _export(linked).read_bytes()))
    starts = [0, *[i + 1 for i, b in enumerate(inner) if b == 0x0A][:4]]
    inner[starts[line] + column] ^= 0x02
    path = _write(linked.out, "s.age", _reencrypt(linked.center, bytes(inner)))
    before = snapshot(linked.center.folder)
    [outcome] = _import(linked.center, path)
    assert outcome.status is ImportStatus.REFUSED and outcome.reason in reasons
    assert snapshot(linked.center.folder) == before


def test_unknown_signer_is_refused(
    linked: Linked, station_template: StationInfo, tmp_path: Path
) -> None:
    stranger = tmp_path / "stranger"
    shutil.copytree(station_template.folder, stranger)
    (stranger / "station.lock").unlink(missing_ok=True)
    with station.unlock(stranger, station_template.password) as other:
        county.import_county_key(other, linked.center.key_file)
        path = county_export.export_period(other, this_month(), linked.out).path
    outcome = _refused(linked.center, path, Refusal.UNKNOWN_SIGNER)
    assert "unknown school key" in outcome.message


def _payload(linked: Linked, **changes: object) -> bytes:
    data = json.loads(county_export.preview(linked.station, this_month()).payload)
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        target = data
        for name in parents:
            target = target[name]
        target[last] = value
    return bundle.canonical(data)


def test_sender_claiming_another_school_is_refused(linked: Linked) -> None:
    payload = _payload(linked, school__station_id="00000000-0000-4000-8000-000000000000")
    data = reseal(linked.station, payload, _recipient(linked.center))
    outcome = _refused(linked.center, _write(linked.out, "m.age", data), Refusal.SENDER_MISMATCH)
    assert "another" in outcome.message


def test_bundle_for_another_county_center_is_refused(linked: Linked) -> None:
    other_center = X25519PrivateKey.generate().public_key()
    data = reseal(linked.station, _payload(linked), other_center, county_code="330603")
    outcome = _refused(linked.center, _write(linked.out, "f.age", data), Refusal.FOREIGN)
    assert "another county center" in outcome.message and "330603" in outcome.message


def test_bundle_about_another_county_is_refused(linked: Linked) -> None:
    payload = _payload(linked, school__county_code="330603")
    data = reseal(linked.station, payload, _recipient(linked.center))
    outcome = _refused(linked.center, _write(linked.out, "c.age", data), Refusal.FOREIGN)
    assert "330603" in outcome.message


def test_two_gigabyte_file_is_refused_unread(linked: Linked) -> None:
    huge = linked.out / "huge.age"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: no disk space, never read
    outcome = _refused(linked.center, huge, Refusal.OVERSIZED)
    assert "2,048 MiB" in outcome.message and "not read" in outcome.message
    assert os.stat(huge).st_blocks == 0


def test_future_schema_is_refused_with_its_own_message(linked: Linked) -> None:
    data = reseal(linked.station, _payload(linked, schema=2), _recipient(linked.center))
    outcome = _refused(linked.center, _write(linked.out, "n.age", data), Refusal.FUTURE_SCHEMA)
    assert "newer XinAn" in outcome.message and "schema 2" in outcome.message


def test_future_envelope_is_refused_as_future(linked: Linked) -> None:
    inner = _inner(linked.center, _export(linked).read_bytes())
    recipient = _recipient(linked.center)
    args = ("2", "330602", envelope.fingerprint(recipient), str(len(inner)))
    data = age.encrypt(inner, recipient, [age.Stanza(envelope.STANZA, args, b"")])
    _refused(linked.center, _write(linked.out, "v.age", data), Refusal.FUTURE_SCHEMA)


@pytest.mark.parametrize(
    "change",
    [
        {"cases": [{"name": "张三"}]},
        {"school__school_type": "私立学校"},
        {"sequence": True},
        {"created_at": "2026-11-01 张三"},
        {"staffing": {"full_time": 1, "part_time": 0, "certified": 0, "note": "王老师"}},
    ],
)
def test_fields_outside_the_schema_are_refused(linked: Linked, change: dict[str, object]) -> None:
    data = reseal(linked.station, _payload(linked, **change), _recipient(linked.center))
    outcome = _refused(linked.center, _write(linked.out, "v.age", data), Refusal.SCHEMA_VIOLATION)
    assert "schema" in outcome.message or "JSON" in outcome.message


def test_unsuppressed_small_cell_is_refused(linked: Linked) -> None:
    payload = json.loads(_payload(linked))
    cells = payload["tables"]["open_flags"]
    hidden = next(cell for cell in cells if cell[1] is None)
    hidden[1] = 1
    data = reseal(linked.station, bundle.canonical(payload), _recipient(linked.center))
    outcome = _refused(linked.center, _write(linked.out, "u.age", data), Refusal.SCHEMA_VIOLATION)
    assert "small cells" in outcome.message


def test_threshold_below_the_county_policy_is_refused(linked: Linked) -> None:
    data = reseal(linked.station, _payload(linked, threshold=3), _recipient(linked.center))
    outcome = _refused(linked.center, _write(linked.out, "p.age", data), Refusal.POLICY)
    assert "requires 5" in outcome.message


def test_not_a_bundle_and_unreadable(linked: Linked) -> None:
    _refused(
        linked.center, _write(linked.out, "a.age", b"PK\x03\x04 a zip file"), Refusal.NOT_A_BUNDLE
    )
    _refused(linked.center, linked.out / "missing.age", Refusal.UNREADABLE)
