"""Build tests/data/broken/: deliberately damaged XinAn files, kept small.

    /tmp/venv/bin/python tests/data/broken/make_broken.py

Every file here must open with a clear XinAn error and change nothing
(tests/unit/test_broken_files.py). ``station-ok/`` is the undamaged control station
(password ``broken-fixture-1``, user ``counselor``); the sealed reports and transfer
files are addressed to it. Backups whose defect lies outside the database carry zeros
in place of the database (same length), so git stores them in a few hundred bytes.
Re-running replaces everything (new keys: all files are regenerated together).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.domain.accounts import Account
from app.domain.committee import CommitteeReport
from app.domain.enums import Gender, Role, SchoolType
from app.domain.school import School
from app.domain.student import Student
from app.security import backup_container as container
from app.security import sealed
from app.services import backup, inbox, station, students, transfer
from app.services.report_entry import submit
from app.services.session import Session
from app.services.station_public import StationPublic
from app.sync import age

OUT = Path(__file__).resolve().parent
PASSWORD = "broken-fixture-1"
KIB = 1024


def _new_station(folder: Path, name: str) -> Session:
    created = station.create_station(
        folder,
        School(name, "330602", SchoolType.JUNIOR, boarding=False),
        Account(None, "counselor", "样本老师", Role.COUNSELOR),
        PASSWORD,
    )
    return created.session


def _flip(data: bytes, offset: int) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= 0x20
    return bytes(changed)


def _write(name: str, data: bytes) -> None:
    (OUT / name).write_bytes(data)


def _station_variant(name: str, db: bytes) -> None:
    folder = OUT / name
    folder.mkdir()
    (folder / "station.db").write_bytes(db)
    shutil.copy(OUT / "station-ok" / "station.keys", folder / "station.keys")


def stations() -> None:
    db = (OUT / "station-ok" / "station.db").read_bytes()
    _station_variant("station-bad-header", b"\x00" * 16 + db[16 : 8 * KIB])
    _station_variant("station-flipped-page", _flip(db, 20 * 4096 + 1000))
    _station_variant("station-truncated", db[: 64 * KIB])


def key_slots() -> None:
    good = json.loads((OUT / "station-ok" / "station.keys").read_text(encoding="utf-8"))
    _write("keys-not-json.keys", b'{"format": "xinan-keyslots", "slots": [')
    _write("keys-newer-version.keys", json.dumps({**good, "version": 99}).encode())
    tampered = json.loads(json.dumps(good))
    tampered["slots"][0]["role"] = "leader"  # the slot's metadata is authenticated
    _write("keys-tampered-slot.keys", json.dumps(tampered).encode())
    weak = json.loads(json.dumps(good))
    weak["slots"][0]["kdf"]["memory_kib"] = 8
    _write("keys-weak-kdf.keys", json.dumps(weak).encode())


def _assemble(db_len: int, slots: bytes, header: bytes, manifest: bytes, version: int) -> bytes:
    footer = container._FOOTER.pack(
        db_len, len(slots), len(header), len(manifest), version, bytes(6), container.MAGIC
    )
    return bytes(db_len) + slots + header + manifest + footer


def backups(session: Session, scratch: Path) -> None:
    made = backup.backup(session, scratch)
    data = made.path.read_bytes()
    parts = container.read_parts(made.path)
    _write("backup-flipped-db.xbak", _flip(data, parts.db_len // 2))
    _write("backup-truncated.xbak", data[: 8 * KIB])
    _write("backup-not-a-backup.xbak", b"PK\x03\x04 this is a zip file, not a backup" * 20)
    altered = parts.header_bytes.replace("样本".encode(), "伪造".encode())
    _write("backup-altered-header.xbak", _assemble(
        parts.db_len, parts.slots, altered, parts.manifest, container.VERSION))  # fmt: skip
    _write("backup-bad-slots.xbak", _assemble(
        parts.db_len, b"{not json" + bytes(50), parts.header_bytes, parts.manifest,
        container.VERSION))  # fmt: skip
    _write("backup-newer-format.xbak", _assemble(
        16, parts.slots, parts.header_bytes, parts.manifest, 2))  # fmt: skip


def _report(public: StationPublic, scratch: Path) -> bytes:
    report = CommitteeReport(
        None, public.classes[0].id, None, "心理委员", date(2026, 11, 2), date(2026, 11, 6), 4,
        "本周平稳",
    )  # fmt: skip
    return submit(public, report, scratch).read_bytes()


def reports(public: StationPublic, scratch: Path) -> None:
    good = _report(public, scratch)
    _write("report-tampered.xrep", _flip(good, len(good) // 2))
    _write("report-truncated.xrep", good[:30])
    _write("report-newer-version.xrep", good[:8] + b"\x02" + good[9:])
    foreign = sealed.seal(b"{}", X25519PrivateKey.generate().public_key(), public.station_id)
    _write("report-other-station.xrep", foreign)
    key = sealed.load_public(public.public_key)
    not_a_report = sealed.seal(b'{"hello": "world"}', key, public.station_id)
    _write("report-bad-content.xrep", not_a_report)
    _write("report-too-large.xrep", sealed.MAGIC + b"\x01" + bytes(300 * KIB))


def transfers(receiver: Session, scratch: Path) -> None:
    key_path = transfer.export_key_file(receiver, scratch / "receiver.xkey")
    sender = _new_station(scratch / "sender", "发送小学")
    other = _new_station(scratch / "other", "别的中学")
    class_id = students.add_class(sender, "六年级", "六(1)班")
    sid = students.add_student(
        sender, Student(None, "G20130000001", "转学生", Gender.FEMALE, None, class_id)
    )
    good = transfer.export_student(sender, sid, key_path, scratch).path.read_bytes()
    _write("transfer-tampered.xtrf", _flip(good, len(good) - 100))
    _write("transfer-bad-signature.xtrf", _resigned(receiver, good))
    _write("transfer-truncated.xtrf", good[: len(good) // 2])
    _write(
        "transfer-newer-version.xtrf",
        good.replace(b"-> xinan-transfer 1 ", b"-> xinan-transfer 2 "),
    )
    _write("transfer-not-a-transfer.xtrf", "学生档案.docx".encode() * 30)
    other_key = transfer.export_key_file(other, scratch / "other.xkey")
    second = Student(None, "G20130000002", "另一名", Gender.MALE, None, None)
    second_id = students.add_student(sender, second)
    elsewhere = transfer.export_student(sender, second_id, other_key, scratch).path.read_bytes()
    _write("transfer-other-school.xtrf", elsewhere)
    key_text = key_path.read_text(encoding="utf-8")
    _write("transfer-key-tampered.xkey", key_text.replace("330602", "330699").encode())
    _write("transfer-key-not-json.xkey", key_text[:40].encode())
    sender.close()
    other.close()


def _resigned(receiver: Session, good: bytes) -> bytes:
    """Decrypted, one payload byte changed, encrypted again: only the signature can tell."""
    raw = base64.b64decode(receiver.db.one("SELECT value FROM meta WHERE key = ?",
                                           ("transfer_private_key",))[0])  # fmt: skip
    identity = X25519PrivateKey.from_private_bytes(raw)
    inner = age.decrypt(good, identity)
    stanzas = age.parse_header(good).stanzas[1:]
    return age.encrypt(_flip(inner, len(inner) - 1), identity.public_key(), stanzas)


def main() -> None:
    for item in OUT.iterdir():
        if item.name not in ("make_broken.py", "README.md", "__init__.py", "__pycache__"):
            shutil.rmtree(item) if item.is_dir() else item.unlink()
    with tempfile.TemporaryDirectory(dir=OUT.parent) as tmp:
        scratch = Path(tmp)
        session = _new_station(scratch / "ok", "样本中学")
        students.add_class(session, "七年级", "七(1)班")
        public = inbox.publish(session)
        transfers(session, scratch)
        reports(public, scratch)
        backups(session, scratch)
        session.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        session.close()
        (OUT / "station-ok").mkdir()
        for name in ("station.db", "station.keys"):
            shutil.copy(scratch / "ok" / name, OUT / "station-ok" / name)
    stations()
    key_slots()
    for path in OUT.rglob("*"):
        if path.is_file():
            os.chmod(path, 0o644)


if __name__ == "__main__":
    main()
