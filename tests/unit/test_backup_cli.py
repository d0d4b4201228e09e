"""The backup, restore and transfer commands, run as a user would (``python -m app``)."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli import run_cli

PASSWORD = "cli-password-123"


def _init(folder: Path, school: str, county: str) -> str:
    done = run_cli(
        "init", "--station", str(folder), "--school", school, "--county", county,
        env={"XINAN_PASSWORD": PASSWORD},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[-1].strip()  # the recovery code


def _run(*args: str, **env: str) -> str:
    done = run_cli(*args, env={"XINAN_PASSWORD": PASSWORD, **env})
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def test_backup_inspect_restore_from_the_command_line(tmp_path: Path) -> None:
    station = tmp_path / "station"
    code = _init(station, "命令行中学", "330602")
    out = tmp_path / "usb"
    out.mkdir()
    written = _run("backup", "--station", str(station), "--to", str(out))
    assert "verified" in written
    (backup_file,) = out.glob("心安备份-命令行中学-*.xbak")
    shown = _run("restore", str(backup_file), "--inspect", XINAN_RECOVERY_CODE=code)
    assert "命令行中学" in shown and "audit head" in shown and "opened by recovery" in shown
    refused = run_cli("restore", str(backup_file), "--station", str(station),
                      env={"XINAN_PASSWORD": PASSWORD})  # fmt: skip
    assert refused.returncode == 1 and "--yes" in refused.stderr
    restored = _run("restore", str(backup_file), "--station", str(station), "--yes")
    assert "kept (renamed)" in restored
    assert len(list(tmp_path.glob("station.before-restore-*"))) == 1
    assert "No backup" not in _run("backup", "--station", str(station), "--status")


def test_transfer_from_the_command_line(tmp_path: Path) -> None:
    sender, receiver = tmp_path / "a", tmp_path / "b"
    _init(sender, "甲小学", "330602")
    _init(receiver, "乙中学", "330603")
    roster = tmp_path / "roster.csv"
    roster.write_text("姓名,性别,学籍号,年级,班级\n王小红,女,G2014000101,六年级,1\n", "utf-8")
    _run("roster", "import", str(roster), "--station", str(sender))
    key = tmp_path / "b.xkey"
    assert "Fingerprint" in _run("transfer", "key", "--station", str(receiver), "--out", str(key))
    _run("transfer", "export", "G2014000101", "--station", str(sender), "--to-key", str(key),
         "--out", str(tmp_path))  # fmt: skip
    (sent,) = tmp_path.glob("*.xtrf")
    preview = _run("transfer", "import", str(sent), "--station", str(receiver), "--preview")
    assert "王小红" in preview and "甲小学" in preview
    assert "Accepted as new student" in _run(
        "transfer", "import", str(sent), "--station", str(receiver)
    )
    again = run_cli("transfer", "import", str(sent), "--station", str(receiver),
                    env={"XINAN_PASSWORD": PASSWORD})  # fmt: skip
    assert again.returncode == 1 and "already received" in again.stderr


def test_about_names_the_versions() -> None:
    shown = _run("about")
    assert "SQLCipher" in shown and "Database schema" in shown and "Python" in shown
