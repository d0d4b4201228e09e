"""One handler per CLI command: read the arguments, call services, print results."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime
from pathlib import Path

from app import paths
from app.cli import output
from app.cli.prompts import new_secret, secret
from app.domain.accounts import Account
from app.domain.enums import Role, SchoolType, SourceLevel, VisitKind, WarningLevel
from app.domain.growth import HomeVisit
from app.domain.school import School
from app.errors import NotFound, ValidationError
from app.services import audit, growth, station, students
from app.services import due as due_service
from app.services.session import Session
from app.store.students_repo import RosterFilter


def station_folder(args: argparse.Namespace) -> Path:
    return Path(args.station).expanduser() if args.station else paths.default_station()


def account_name(args: argparse.Namespace) -> str | None:
    return getattr(args, "user", None) or os.environ.get("XINAN_USER") or None


def open_session(args: argparse.Namespace, read_only: bool = False) -> Session:
    password = secret("XINAN_PASSWORD", "Password: ")
    session = station.unlock(
        station_folder(args), password, account_name(args), read_only=read_only
    )
    if session.integrity_problems:
        print(
            "xinan: warning: the database failed its integrity check and is open "
            "read-only; restore a backup",
            file=sys.stderr,
        )
    return session


def _date(text: str | None, field: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError.single(field, "format", f"{field}: use YYYY-MM-DD") from None


def init(args: argparse.Namespace) -> int:
    username = account_name(args) or "counselor"
    password = new_secret("XINAN_PASSWORD", "New password for the counselor account: ")
    school = School(args.school, args.county, SchoolType(args.type), args.boarding)
    account = Account(None, username, args.display_name or username, Role.COUNSELOR)
    created = station.create_station(station_folder(args), school, account, password)
    created.session.close()
    print(f"Station created in {station_folder(args)}")
    print(f"Account: {username}")
    print("Recovery code (write it down now; it is shown only once):")
    print(f"    {created.recovery_code}")
    return 0


def demo(args: argparse.Namespace) -> int:
    from app.services import demo as demo_service

    folder = Path(args.station).expanduser() if args.station else paths.demo_station()
    info = demo_service.ensure_demo(folder, args.students)
    print(f"Demo station: {info.folder}")
    print(f"User: {info.username}   Password: {info.password}")
    if args.no_gui:
        return 0
    return gui(args, station_folder=info.folder, password=info.password, username=info.username)


def gui(
    args: argparse.Namespace,
    station_folder: Path | None = None,
    password: str | None = None,
    username: str | None = None,
) -> int:
    try:
        from app.ui.application import run_gui
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith(("PySide6", "shiboken6")):
            raise
        print("xinan: the desktop window needs PySide6, which is not installed")
        return 2
    return run_gui(
        station_folder or _folder_or_default(args),
        password=password,
        username=username,
        lang=getattr(args, "lang", None),
    )


def _folder_or_default(args: argparse.Namespace) -> Path:
    return (
        Path(args.station).expanduser()
        if getattr(args, "station", None)
        else paths.default_station()
    )


def roster_import(args: argparse.Namespace) -> int:
    from app.services.roster_import import import_roster

    with open_session(args, read_only=args.dry_run) as session:
        report = import_roster(
            session, Path(args.file), dry_run=args.dry_run, skip_invalid=args.skip_invalid
        )
    output.roster_report(report, args.dry_run)
    return 1 if report.errors and not (args.skip_invalid or args.dry_run) else 0


def lookup_class(session: Session, text: str) -> int:
    for klass in students.classes(session):
        if text in (str(klass.id), klass.name):
            return klass.id
    raise NotFound(f"no class {text!r}")


def lookup_grade(session: Session, text: str) -> int:
    for grade in students.grades(session):
        if text in (str(grade.id), grade.name):
            return grade.id
    raise NotFound(f"no grade {text!r}")


def student_list(args: argparse.Namespace) -> int:
    with open_session(args, read_only=True) as session:
        flt = RosterFilter(
            class_id=lookup_class(session, args.class_name) if args.class_name else None,
            grade_id=lookup_grade(session, args.grade) if args.grade else None,
            level=WarningLevel(args.level) if args.level else None,
        )
        output.roster(students.roster(session, flt))
    return 0


def student_show(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        student_id = students.resolve(session, args.student)
        output.growth_file(growth.open_growth_file(session, student_id), students.classes(session))
    return 0


def flag_set(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        student_id = students.resolve(session, args.student)
        change = growth.set_level(
            session,
            student_id,
            WarningLevel(args.level),
            args.reason,
            SourceLevel(args.source),
            args.reporter,
        )
    print(f"Flag of student {student_id}: {change.previous_level.value} -> {change.level.value}")
    return 0


def visit_add(args: argparse.Namespace) -> int:
    visited_on = _date(args.date, "date")
    assert visited_on is not None
    with open_session(args) as session:
        student_id = students.resolve(session, args.student)
        visit = HomeVisit(
            None,
            student_id,
            visited_on,
            VisitKind(args.kind),
            args.visitors,
            args.met_with,
            args.observations,
            args.concerns,
            args.actions,
            _date(args.next_visit, "next"),
            args.follow_up,
        )
        visit_id = growth.add_visit(session, visit)
    print(f"Home visit {visit_id} recorded for student {student_id}")
    return 0


def due(args: argparse.Namespace) -> int:
    with open_session(args, read_only=True) as session:
        now = datetime.now()
        items = due_service.due_items(session, now)
        output.due(items, students.roster(session), now)
    return 0


def audit_verify(args: argparse.Namespace) -> int:
    with open_session(args, read_only=True) as session:
        verdict = audit.verify(session)
        structure = audit.structure_problems(session)
    if structure:
        print(f"xinan: database structure check failed: {structure[0]}", file=sys.stderr)
    if verdict.ok:
        print(f"Audit chain intact: {verdict.entries} entries, head {verdict.head_hash.hex()}")
        return 1 if structure else 0
    print(
        f"xinan: audit chain BROKEN after {verdict.entries} good entries: {verdict.problem}",
        file=sys.stderr,
    )
    return 1


def passwd(args: argparse.Namespace) -> int:
    old = secret("XINAN_PASSWORD", "Current password: ")
    with station.unlock(station_folder(args), old, account_name(args)) as session:
        new = new_secret("XINAN_NEW_PASSWORD", "New password: ")
        station.change_password(session, old, new)
    print("Password changed.")
    return 0


def recover(args: argparse.Namespace) -> int:
    code = secret("XINAN_RECOVERY_CODE", "Recovery code: ")
    new = new_secret("XINAN_NEW_PASSWORD", "New password: ")
    session = station.recover(station_folder(args), code, account_name(args), new)
    name = session.account.username
    session.close()
    print(f"New password set for {name}. The recovery code stays valid.")
    return 0
