"""Every damaged file under tests/data/broken/ opens with a clear message and changes nothing.

Parametrized over the folder itself: a fixture added there is tested without a change
here (its name's prefix says what kind of file it is; an unknown prefix fails).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from app.errors import CorruptFile, ImportRejected, WrongCredentials, XinAnError
from app.services import inbox, restore, station, transfer
from tests.conftest import snapshot

BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken"
PASSWORD = "broken-fixture-1"
SKIP = {"make_broken.py", "README.md", "station-ok", "__pycache__"}
FIXTURES = sorted(p.name for p in BROKEN.iterdir() if p.name not in SKIP)


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _copy_ok(tmp_path: Path) -> Path:
    folder = tmp_path / "station"
    shutil.copytree(BROKEN / "station-ok", folder)
    return folder


def _station(name: str, tmp_path: Path) -> str:
    folder = tmp_path / name
    shutil.copytree(BROKEN / name, folder)
    before = snapshot(folder)
    try:
        with station.unlock(folder, PASSWORD, "counselor") as session:
            assert session.read_only and session.integrity_problems  # told, and protected
            message = "opened read-only: " + session.integrity_problems[0]
    except CorruptFile as exc:
        message = exc.message
    after = snapshot(folder)
    after.pop("station.lock", None)
    assert after == before
    return message


def _keys(name: str, tmp_path: Path) -> str:
    folder = _copy_ok(tmp_path)
    shutil.copy(BROKEN / name, folder / "station.keys")
    before = snapshot(folder)
    with pytest.raises((CorruptFile, WrongCredentials)) as caught:
        station.unlock(folder, PASSWORD, "counselor")
    assert snapshot(folder) == before
    return caught.value.message


def _backup(name: str, tmp_path: Path) -> str:
    folder = _copy_ok(tmp_path)
    before = _tree(tmp_path)
    with pytest.raises(CorruptFile) as caught:
        restore.inspect_backup(BROKEN / name, PASSWORD)
    with pytest.raises(CorruptFile):
        restore.restore(BROKEN / name, folder, PASSWORD)
    assert _tree(tmp_path) == before  # no staging folder, nothing renamed
    return caught.value.message


def _report(name: str, tmp_path: Path) -> str:
    folder = _copy_ok(tmp_path)
    (folder / "inbox").mkdir()
    shutil.copy(BROKEN / name, folder / "inbox" / name)
    with station.unlock(folder, PASSWORD, "counselor") as session:
        result = session.intake
        stored = session.db.one("SELECT count(*) FROM committee_reports")[0]
    assert result.imported == 0 and stored == 0
    assert [q.file_name for q in result.quarantined] == [name]
    assert (folder / "inbox" / "quarantine" / name).read_bytes() == (BROKEN / name).read_bytes()
    return str(result.quarantined[0].reason)


def _transfer(name: str, tmp_path: Path) -> str:
    folder = _copy_ok(tmp_path)
    with station.unlock(folder, PASSWORD, "counselor") as session:
        count = session.db.one("SELECT count(*) FROM students")[0]
        with pytest.raises((CorruptFile, ImportRejected)) as caught:
            transfer.preview(session, BROKEN / name)
        with pytest.raises((CorruptFile, ImportRejected)):
            transfer.accept(session, BROKEN / name)
        assert session.db.one("SELECT count(*) FROM students")[0] == count
    return caught.value.message


def _key_file(name: str, tmp_path: Path) -> str:
    with pytest.raises(CorruptFile) as caught:
        transfer.read_key_file(BROKEN / name)
    return caught.value.message


OPENERS: dict[str, Callable[[str, Path], str]] = {
    "station-": _station,
    "keys-": _keys,
    "backup-": _backup,
    "report-": _report,
    "transfer-key-": _key_file,
    "transfer-": _transfer,
}


@pytest.mark.parametrize("name", FIXTURES)
def test_broken_file_opens_with_a_clear_message(name: str, tmp_path: Path) -> None:
    opener = next((f for prefix, f in OPENERS.items() if name.startswith(prefix)), None)
    assert opener is not None, f"no test knows what {name} is: add its prefix to OPENERS"
    message = opener(name, tmp_path)
    assert message and "Traceback" not in message
    assert len(message) < 300 and "\n" not in message


def test_the_control_station_opens(tmp_path: Path) -> None:
    with station.unlock(_copy_ok(tmp_path), PASSWORD, "counselor") as session:
        assert not session.read_only and session.integrity_problems == []
        assert inbox.public_file(session).exists()


def test_messages_say_what_is_wrong(tmp_path: Path) -> None:
    assert "truncated" in _backup("backup-truncated.xbak", tmp_path / "a")
    assert "altered" in _backup("backup-altered-header.xbak", tmp_path / "b")
    assert "addressed to" in _transfer("transfer-other-school.xtrf", tmp_path / "c")
    assert "altered" in _transfer("transfer-tampered.xtrf", tmp_path / "d")
    assert "version" in _transfer("transfer-newer-version.xtrf", tmp_path / "e")


def test_every_fixture_is_a_xinan_error_not_a_crash() -> None:
    assert issubclass(CorruptFile, XinAnError) and issubclass(ImportRejected, XinAnError)
    assert len(FIXTURES) >= 20
