"""County sync end to end through the real CLI: a center, a school, a bundle on a "USB
stick", imported, refused when damaged, reported and exported as .xlsx."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.conftest import StationInfo, snapshot
from tests.e2e.cli import run_cli

CENTER_PASSWORD = "center-password-42"


def _ok(*args: str, password: str) -> str:
    result = run_cli(*args, env={"XINAN_PASSWORD": password})
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def test_county_journey(station_info: StationInfo, tmp_path: Path) -> None:
    center, key, usb = tmp_path / "center", tmp_path / "county.xckey", tmp_path / "usb"
    usb.mkdir()
    period = date.today().strftime("%Y-%m")
    school = ("--station", str(station_info.folder))
    pw = station_info.password
    name = "越城区心理辅导中心"
    out = _ok("center", "init", "--center", str(center), "--county", "330602",
              "--name", name, "--key-out", str(key), password=CENTER_PASSWORD)  # fmt: skip
    assert "Recovery code" in out and key.exists()
    assert "imported" in _ok("county", "import-key", str(key), *school, password=pw)
    out = _ok("county", "enroll-file", "--out", str(tmp_path / "enroll.json"), *school, password=pw)
    key_id = out.split("Signing key id: ")[1].split()[0]
    out = _ok("center", "accept", str(tmp_path / "enroll.json"), "--center", str(center),
              password=CENTER_PASSWORD)  # fmt: skip
    assert out.startswith("accepted: 绍兴市越城区第一中学") and key_id in out
    _ok("county", "staffing", "--full-time", "1", "--part-time", "2", "--certified", "1",
        *school, password=pw)  # fmt: skip
    assert "不会发送" in _ok("county", "preview", "--period", period, *school, password=pw)
    _ok("county", "export", "--period", period, "--out", str(usb), *school, password=pw)
    [bundle] = list(usb.glob("*.age"))
    out = _ok("center", "import", str(usb), "--center", str(center), password=CENTER_PASSWORD)
    assert out.startswith("imported: ") and "1 accepted, 0 refused" in out
    out = _ok("center", "import", str(bundle), "--center", str(center), password=CENTER_PASSWORD)
    assert out.startswith("already imported: ")

    damaged = tmp_path / "damaged.age"
    data = bytearray(bundle.read_bytes())
    data[-5] ^= 0xFF
    damaged.write_bytes(bytes(data))
    before = snapshot(center)
    refused = run_cli("center", "import", str(damaged), "--center", str(center),
                      env={"XINAN_PASSWORD": CENTER_PASSWORD})  # fmt: skip
    assert refused.returncode == 1 and "REFUSED [damaged]" in refused.stdout
    assert snapshot(center) == before

    xlsx = tmp_path / "county.xlsx"
    out = _ok("center", "report", "--period", period, "--xlsx", str(xlsx), "--center", str(center),
              password=CENTER_PASSWORD)  # fmt: skip
    assert "[预警人数趋势]" in out and "全县" in out and xlsx.exists()


def test_wrong_county_key_is_refused_with_one_line(
    station_info: StationInfo, tmp_path: Path
) -> None:
    center, key = tmp_path / "center", tmp_path / "other.xckey"
    _ok("center", "init", "--center", str(center), "--county", "110101", "--name", "东城",
        "--key-out", str(key), password=CENTER_PASSWORD)  # fmt: skip
    before = snapshot(station_info.folder)
    result = run_cli("county", "import-key", str(key), "--station", str(station_info.folder),
                     env={"XINAN_PASSWORD": station_info.password})  # fmt: skip
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "county 110101" in result.stderr
    assert {
        k: v for k, v in snapshot(station_info.folder).items() if k.startswith("station.k")
    } == {k: v for k, v in before.items() if k.startswith("station.k")}
