"""CLI for backups, restores, student file transfers and the About information."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.cli.commands import open_session, station_folder
from app.cli.prompts import secret
from app.domain.labels import label
from app.errors import ValidationError
from app.services import about, backup, restore, students, transfer
from app.services.restore import BackupInfo

StationArgs = Callable[[argparse.ArgumentParser], None]
_SHOWN_COUNTS = (
    ("students", "学生"), ("flag_changes", "预警记录"), ("plans", "计划版本"),
    ("contacts", "谈话记录"), ("home_visits", "家访"), ("committee_reports", "心理委员周报"),
    ("audit_log", "审计条目"),
)  # fmt: skip


def add_backup_commands(sub: Any, station_args: StationArgs) -> None:
    _add_backup(sub, station_args)
    _add_restore(sub, station_args)
    _add_transfer(sub, station_args)
    p = sub.add_parser("about", help="versions of XinAn, its database schema and SQLCipher")
    p.set_defaults(handler=about_cmd)


def _add_backup(sub: Any, station_args: StationArgs) -> None:
    p = sub.add_parser("backup", help="write a verified, encrypted backup file")
    station_args(p)
    p.add_argument("--to", metavar="DIR", help="folder to write the backup into")
    p.add_argument("--status", action="store_true", help="show when the last backup was made")
    p.add_argument("--auto", action="store_true", help="automatic backup, if one is due")
    p.add_argument("--auto-folder", metavar="DIR", help="set the automatic-backup folder")
    p.add_argument("--auto-off", action="store_true", help="turn automatic backups off")
    p.add_argument("--keep", type=int, help="automatic backups to keep (default 10)")
    p.add_argument("--every-days", type=int, help="days between automatic backups")
    p.add_argument("--remind-days", type=int, help="remind after this many days (default 7)")
    p.set_defaults(handler=backup_cmd)


def _add_restore(sub: Any, station_args: StationArgs) -> None:
    p = sub.add_parser(
        "restore",
        help="replace the station with a backup (password or recovery code of the backup: "
        "XINAN_PASSWORD or XINAN_RECOVERY_CODE)",
    )
    station_args(p)
    p.add_argument("file", help="backup file (.xbak)")
    p.add_argument("--inspect", action="store_true", help="only show what the backup holds")
    p.add_argument("--yes", action="store_true", help="do not ask before replacing")
    p.set_defaults(handler=restore_cmd)


def _add_transfer(sub: Any, station_args: StationArgs) -> None:
    transfer_cmds = sub.add_parser("transfer", help="student file transfer 档案转接")
    cmds = transfer_cmds.add_subparsers(dest="transfer_cmd", required=True)
    p = cmds.add_parser("key", help="export this station's transfer key file")
    station_args(p)
    p.add_argument("--out", required=True, metavar="FILE", help="key file (or folder)")
    p.set_defaults(handler=transfer_key)
    p = cmds.add_parser("export", help="export one student's growth file for another school")
    station_args(p)
    p.add_argument("student", help="student number (学籍号) or id")
    p.add_argument("--to-key", required=True, metavar="FILE", help="receiving school's key")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the transfer file")
    p.set_defaults(handler=transfer_export)
    p = cmds.add_parser("import", help="preview and accept a transfer file")
    station_args(p)
    p.add_argument("file", help="transfer file (.xtrf)")
    p.add_argument("--preview", action="store_true", help="only show what it holds")
    p.add_argument(
        "--into-existing",
        action="store_true",
        help="attach the history to the student here with the same 学籍号 and name",
    )
    p.set_defaults(handler=transfer_import)


# --- backup ------------------------------------------------------------------------------


_SETTING_FLAGS = {
    "keep": "auto_keep",
    "every_days": "auto_every_days",
    "remind_days": "reminder_days",
}


def _settings_changes(
    args: argparse.Namespace, current: backup.BackupSettings
) -> backup.BackupSettings | None:
    changes: dict[str, Any] = {}
    if args.auto_folder:
        changes["auto_folder"] = str(Path(args.auto_folder).expanduser().absolute())
    if args.auto_off:
        changes["auto_folder"] = None
    for flag, setting in _SETTING_FLAGS.items():
        if getattr(args, flag) is not None:
            changes[setting] = getattr(args, flag)
    return replace(current, **changes) if changes else None


def backup_cmd(args: argparse.Namespace) -> int:
    if not (args.to or args.status or args.auto or _has_settings(args)):
        raise ValidationError.single("to", "required", "give --to DIR (or --status, --auto)")
    with open_session(args) as session:
        new_settings = _settings_changes(args, backup.load_settings(session))
        if new_settings is not None:
            backup.save_settings(session, new_settings)
        result = backup.backup(session, Path(args.to)) if args.to else None
        if args.auto:
            result = backup.auto_backup_if_due(session) or result
        status = backup.backup_status(session)
    if result is not None:
        _print_result(result)
    if args.status or not args.to:
        _print_status(status)
    return 0


def _has_settings(args: argparse.Namespace) -> bool:
    values = (args.auto_folder, args.keep, args.every_days, args.remind_days)
    return args.auto_off or any(v is not None for v in values)


def _print_result(result: backup.BackupResult) -> None:
    print(f"Backup written and verified: {result.path}")
    print(f"  {result.size / 2**20:.1f} MiB; audit head {result.audit_seq}:{result.audit_head}")
    print("  " + _counts_line(result.counts))


def _counts_line(counts: dict[str, int]) -> str:
    return "，".join(f"{name} {counts.get(table, 0)}" for table, name in _SHOWN_COUNTS)


def _print_status(status: backup.BackupStatus) -> None:
    if status.last_at is None:
        print("No backup has been made yet.")
    else:
        print(f"Last backup: {status.last_at:%Y-%m-%d %H:%M} ({status.age_days:.1f} days ago)")
    if status.due and status.last_at is not None:
        print(f"Reminder: the last backup is older than {status.reminder_days} days.")
    folder = status.settings.auto_folder
    if folder:
        print(f"Automatic backups: {folder} (keep {status.settings.auto_keep})")
    else:
        print("Automatic backups: off")


# --- restore -----------------------------------------------------------------------------


def _backup_secret() -> str:
    code = os.environ.get("XINAN_RECOVERY_CODE")
    if code:
        return code
    return secret("XINAN_PASSWORD", "Password or recovery code valid when the backup was made: ")


def _print_header(info: BackupInfo) -> None:
    header = info.header
    print(f"Backup of {header.school_name} (county {header.county_code}), ", end="")
    print(f"made {header.created_at.replace('T', ' ')} ({header.kind})")


def _print_details(info: BackupInfo) -> None:
    header = info.header
    print(f"  XinAn {header.app_version}, schema {header.schema_version}, ", end="")
    print(f"{info.size / 2**20:.1f} MiB, opened by {info.opened_by}")
    print("  " + _counts_line(info.counts or {}))
    print(f"  audit head {info.audit_seq}:{info.audit_head}")


def restore_cmd(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    _print_header(restore.inspect_backup(path))
    code = _backup_secret()
    _print_details(restore.inspect_backup(path, code))
    if args.inspect:
        return 0
    folder = station_folder(args)
    if not (args.yes or _confirm(folder)):
        print("Nothing was changed.")
        return 1
    result = restore.restore(path, folder, code)
    print(f"Restored into {result.station_folder}")
    if result.kept_aside is not None:
        print(f"The previous station was kept (renamed) in {result.kept_aside}")
    return 0


def _confirm(folder: Path) -> bool:
    if not sys.stdin.isatty():
        print("xinan: add --yes to replace the station without a question", file=sys.stderr)
        return False
    answer = input(f"Replace the station in {folder} with this backup? Type yes: ")
    return answer.strip().lower() == "yes"


# --- transfer ----------------------------------------------------------------------------


def transfer_key(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        path = transfer.export_key_file(session, Path(args.out))
        fingerprint = transfer.key_file(session).fingerprint
    print(f"Transfer key file: {path}")
    print(f"Fingerprint (read it to the sending school): {fingerprint}")
    return 0


def transfer_export(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        student_id = students.resolve(session, args.student)
        done = transfer.export_student(session, student_id, Path(args.to_key), Path(args.out))
    print(f"Transfer file for {done.recipient.school_name}: {done.path}")
    print(f"Student {student_id} is now marked transferred here (the record is kept).")
    return 0


def _print_preview(found: transfer.TransferPreview) -> None:
    s = found.growth.student
    print(f"From {found.sender.school_name} (county {found.sender.county_code}),")
    print(f"  exported {found.exported_at.replace('T', ' ')} by {found.exported_by}")
    state = "known" if found.sender_known else "first transfer from this station"
    print(f"  sender key {found.sender_fingerprint} ({state})")
    print(f"Student {s.name} 学籍号 {s.student_number} {label(s.gender)} {s.birth_date or ''}")
    print(f"  was in {found.placement or '—'}; current level {label(found.growth.current_level)}")
    print("  records: " + ", ".join(f"{k} {v}" for k, v in found.record_counts.items() if v))
    if found.conflict is not None:
        c = found.conflict
        print(f"  already here: {c.name} ({c.class_name or 'no class'}), id {c.student_id}")
    if found.already_received_at:
        print(f"  already received on {found.already_received_at}")


def transfer_import(args: argparse.Namespace) -> int:
    with open_session(args, read_only=False) as session:
        _print_preview(transfer.preview(session, Path(args.file)))
        if args.preview:
            return 0
        result = transfer.accept(session, Path(args.file), into_existing=args.into_existing)
    kind = "new student" if result.created_new else "existing student"
    print(f"Accepted as {kind} {result.student_id} with {result.records} records.")
    return 0


def about_cmd(args: argparse.Namespace) -> int:
    for name, value in about.about().lines():
        print(f"{name:<16} {value}")
    return 0
