"""The encrypted store: file format, pragmas, lock, integrity, migrations."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from app.domain.enums import Gender
from app.domain.student import Student
from app.errors import (
    ReadOnlyStation,
    SchemaTooNew,
    StationLocked,
    WrongCredentials,
    XinAnError,
)
from app.services import inbox, station, students
from app.services.session import Session
from app.store import connection, migrations
from tests.conftest import StationInfo, snapshot

MARKER = "MARKER-7f3a9c-绝密标记"


def _add_marked_student(session: Session) -> int:
    class_id = students.add_class(session, "七年级", "七年级(1)班")
    return students.add_student(
        session,
        Student(
            None,
            "G110101201103050011",
            f"张三{MARKER}",
            Gender.MALE,
            date(2011, 3, 5),
            class_id,
            notes=f"note {NOTE_MARKER}",
        ),
    )


NOTE_MARKER = "NOTE-MARKER-51e0b2-心情低落"
STORE_FILES = {"station.db", "station.db-wal", "station.db-shm", "station.keys"}


def _needles(marker: str) -> tuple[bytes, ...]:
    unique_part = marker.split("-")[-2]  # the hex id, present in no other text
    return marker.encode("utf-8"), marker.encode("utf-16-le"), unique_part.encode()


def test_database_is_encrypted_and_marker_appears_in_no_file(
    session: Session, station_info: StationInfo
) -> None:
    """Nothing of a student's record is in any file of the station folder. Names are the
    one deliberate exception: the class lists in the public file station.pub (DOMAIN.md
    says they are not secret), so the name marker is checked against the store files."""
    _add_marked_student(session)
    inbox.publish(session)
    db_bytes = (station_info.folder / "station.db").read_bytes()
    assert db_bytes[:16] != b"SQLite format 3\x00"
    files = [p for p in station_info.folder.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"station.db", "station.db-wal", "station.keys"}
    for path in files:
        data = path.read_bytes()
        assert not any(n in data for n in _needles(NOTE_MARKER)), path.name
        if path.name in STORE_FILES:
            assert not any(n in data for n in _needles(MARKER)), path.name
    public = (station_info.folder / "station.pub").read_text(encoding="utf-8")
    assert MARKER in public and "G110101201103050011" not in public


def test_required_pragmas_are_in_force(session: Session) -> None:
    conn = session.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert conn.execute("PRAGMA cipher_log_level").fetchone()[0] == "NONE"


def test_second_writer_is_refused_until_the_first_closes(station_info: StationInfo) -> None:
    first = station.unlock(station_info.folder, station_info.password)
    with pytest.raises(StationLocked):
        station.unlock(station_info.folder, station_info.password)
    reader = station.unlock(station_info.folder, station_info.password, read_only=True)
    assert reader.read_only
    reader.close()
    first.close()
    station.unlock(station_info.folder, station_info.password).close()


def test_wrong_password_changes_no_file(station_info: StationInfo) -> None:
    before = snapshot(station_info.folder)
    with pytest.raises(WrongCredentials):
        station.unlock(station_info.folder, "not-the-password")
    with pytest.raises(WrongCredentials):
        station.unlock(station_info.folder, station_info.password, username="nobody")
    assert snapshot(station_info.folder) == before


def _corrupt_middle_page(db_path: Path) -> None:
    data = bytearray(db_path.read_bytes())
    page = 4096
    assert len(data) >= 4 * page
    for offset in range(2 * page + 100, 2 * page + 140):
        data[offset] ^= 0x5A
    db_path.write_bytes(bytes(data))


def test_damaged_page_opens_read_only_and_is_not_repaired(
    session: Session, station_info: StationInfo
) -> None:
    _add_marked_student(session)
    session.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    db_path = station_info.folder / "station.db"
    _corrupt_middle_page(db_path)
    damaged = db_path.read_bytes()
    reopened = station.unlock(station_info.folder, station_info.password)
    try:
        assert reopened.read_only
        assert reopened.integrity_problems
        with pytest.raises(ReadOnlyStation):
            students.add_class(reopened, "八年级", "八年级(1)班")
    finally:
        reopened.close()
    assert db_path.read_bytes() == damaged


def test_database_newer_than_the_app_is_refused(
    session: Session, station_info: StationInfo
) -> None:
    latest = migrations.latest_version()
    session.db.conn.execute(f"PRAGMA user_version = {latest + 1}")
    session.close()
    with pytest.raises(SchemaTooNew) as raised:
        station.unlock(station_info.folder, station_info.password)
    assert raised.value.params["schema"] == latest + 1


def _migration_folder(tmp_path: Path, extra_sql: str) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(migrations.available()[0].path.parent, folder)
    number = migrations.latest_version() + 1
    (folder / f"{number:04d}_test_step.sql").write_text(extra_sql, encoding="utf-8")
    return folder


def test_migration_keeps_an_encrypted_copy_and_bumps_the_version(
    session: Session, station_info: StationInfo, tmp_path: Path
) -> None:
    folder = _migration_folder(tmp_path, "CREATE TABLE test_extra (x INTEGER);")
    conn, db_path = session.db.conn, station_info.folder / "station.db"
    before = migrations.current_version(conn)
    applied = migrations.migrate(conn, db_path, folder)
    assert applied == [before + 1]
    assert migrations.current_version(conn) == before + 1
    copies = list(station_info.folder.glob("station.db.pre-v*"))
    assert len(copies) == 1
    assert copies[0].read_bytes()[:16] != b"SQLite format 3\x00"
    copy = connection.connect(copies[0], session.db.key, read_only=True)
    assert migrations.current_version(copy) == before
    copy.close()


def test_failed_migration_rolls_back_completely(
    session: Session, station_info: StationInfo, tmp_path: Path
) -> None:
    folder = _migration_folder(tmp_path, "CREATE TABLE half (x);\nTHIS IS NOT SQL;")
    conn = session.db.conn
    before = migrations.current_version(conn)
    with pytest.raises(connection.DatabaseError):
        migrations.migrate(conn, station_info.folder / "station.db", folder)
    assert migrations.current_version(conn) == before
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0
    assert not conn.in_transaction


def test_every_damaged_page_gives_a_clear_error_or_a_read_only_station(
    session: Session, station_info: StationInfo
) -> None:
    """Flip bytes in each page in turn: unlocking never raises a raw driver error."""
    _add_marked_student(session)
    session.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    db_path = station_info.folder / "station.db"
    pristine = db_path.read_bytes()
    for page in range(len(pristine) // 4096):
        damaged = bytearray(pristine)
        for offset in range(page * 4096 + 200, page * 4096 + 232):
            damaged[offset] ^= 0xA5
        db_path.write_bytes(bytes(damaged))
        try:
            opened = station.unlock(station_info.folder, station_info.password)
        except XinAnError as exc:
            assert exc.code in {"corrupt_file", "wrong_credentials"}, exc
        else:
            assert opened.read_only and opened.integrity_problems
            opened.close()
        for leftover in station_info.folder.glob("station.db-*"):
            leftover.unlink()
