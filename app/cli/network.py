"""CLI for the warning network: accounts, committee members, the report inbox."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli import output
from app.cli.commands import lookup_class, lookup_grade, open_session
from app.cli.prompts import new_secret
from app.domain.accounts import Account
from app.domain.enums import Role, WarningLevel
from app.errors import NotFound
from app.services import accounts, students, triage
from app.services.session import Session

_ROLE_LABELS = {
    "counselor": "心理教师",
    "leader": "学校领导",
    "head_teacher": "班主任",
    "grade_leader": "年级组长",
}
StationArgs = Callable[[argparse.ArgumentParser], None]


def add_network_commands(sub: Any, station_args: StationArgs) -> None:
    account = sub.add_parser("account", help="accounts and roles").add_subparsers(
        dest="account_cmd", required=True
    )
    p = account.add_parser("list", help="list accounts")
    station_args(p)
    p.set_defaults(handler=account_list)
    p = account.add_parser("add", help="create an account (password: XINAN_NEW_PASSWORD)")
    station_args(p)
    p.add_argument("username")
    p.add_argument("--name", required=True, help="display name")
    p.add_argument("--role", required=True, choices=list(_ROLE_LABELS))
    p.add_argument(
        "--class",
        dest="classes",
        action="append",
        default=[],
        help="class name or id (head teachers; repeatable)",
    )
    p.add_argument("--grade", help="grade name or id (grade leaders)")
    p.set_defaults(handler=account_add)
    for name, handler, text in (
        ("disable", account_disable, "disable the account and destroy its key slot"),
        ("reset", account_reset, "give the account a new password"),
    ):
        p = account.add_parser(name, help=text)
        station_args(p)
        p.add_argument("username")
        p.set_defaults(handler=handler)
    _add_committee(sub, station_args)


def _add_committee(sub: Any, station_args: StationArgs) -> None:
    committee = sub.add_parser(
        "committee", help="committee members and their reports"
    ).add_subparsers(dest="committee_cmd", required=True)
    p = committee.add_parser("add-member", help="appoint a class psychology committee member")
    station_args(p)
    p.add_argument("name")
    p.add_argument("--class", dest="class_name", required=True, help="class name or id")
    p.set_defaults(handler=member_add)
    p = committee.add_parser("inbox", help="concerns awaiting triage, urgent first")
    station_args(p)
    p.set_defaults(handler=inbox_list)
    p = committee.add_parser("triage", help="turn a concern into a flag, or dismiss it")
    station_args(p)
    p.add_argument("concern", type=int, help="concern number from `committee inbox`")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--level", choices=["red", "orange", "yellow", "blue"])
    group.add_argument("--dismiss", action="store_true")
    p.add_argument("--reason", required=True)
    p.add_argument("--student", help="student number or id, if the name was ambiguous")
    p.set_defaults(handler=concern_triage)


def account_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        rows = [
            (
                a.id,
                a.username,
                a.display_name,
                _ROLE_LABELS[a.role.value],
                "停用" if a.disabled else "",
            )
            for a in accounts.list_accounts(session)
        ]
    output.table(["ID", "用户名", "姓名", "角色", "状态"], rows)
    return 0


def account_add(args: argparse.Namespace) -> int:
    password = new_secret("XINAN_NEW_PASSWORD", "Password for the new account: ")
    with open_session(args) as session:
        class_ids = frozenset(lookup_class(session, c) for c in args.classes)
        grade_id = lookup_grade(session, args.grade) if args.grade else None
        account = Account(None, args.username, args.name, Role(args.role))
        new_id = accounts.create_account(session, account, password, class_ids, grade_id)
    print(f"Account {args.username} created (id {new_id}).")
    return 0


def _account_id(session: Session, username: str) -> int:
    for account in accounts.list_accounts(session):
        if account.username == username and account.id is not None:
            return account.id
    raise NotFound(f"no account {username!r}")


def account_disable(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        accounts.disable_account(session, _account_id(session, args.username))
    print(f"Account {args.username} disabled; its key slot is destroyed.")
    return 0


def account_reset(args: argparse.Namespace) -> int:
    password = new_secret("XINAN_NEW_PASSWORD", "New password: ")
    with open_session(args) as session:
        accounts.reset_password(session, _account_id(session, args.username), password)
    print(f"New password set for {args.username}.")
    return 0


def member_add(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        triage.add_member(session, args.name, lookup_class(session, args.class_name))
    print("Committee member added; station.pub republished.")
    return 0


def inbox_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        classes = {c.id: c.name for c in students.classes(session)}
        intake = session.intake
        pending = triage.pending(session)
    if intake is not None and intake.quarantined:
        print(
            f"{len(intake.quarantined)} report file(s) could not be opened and were set "
            "aside in inbox/quarantine"
        )
    output.table(
        ["编号", "紧急", "班级", "心理委员", "关于", "内容"],
        [
            (
                p.concern.id,
                "紧急" if p.concern.urgency.value == "urgent" else "",
                classes.get(p.class_id or -1, ""),
                p.reporter,
                p.concern.student_name,
                p.concern.text,
            )
            for p in pending
        ],
    )
    return 0


def concern_triage(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        student_id = students.resolve(session, args.student) if args.student else None
        if args.dismiss:
            triage.dismiss(session, args.concern, args.reason)
            print(f"Concern {args.concern} dismissed.")
            return 0
        flag = triage.to_flag(
            session, args.concern, WarningLevel(args.level), args.reason, student_id
        )
    print(f"Concern {args.concern} became a {flag.level.value} flag for student {flag.student_id}.")
    return 0
