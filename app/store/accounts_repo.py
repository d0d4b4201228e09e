"""Account rows (the secrets live in the key-slot file, not here)."""

from __future__ import annotations

from typing import Any

from app.domain.access import Scope
from app.domain.accounts import Account
from app.domain.enums import Role
from app.errors import NotFound
from app.store.codec import now_s
from app.store.connection import Database


def _account(row: Any) -> Account:
    return Account(row[0], row[1], row[2], Role(row[3]), bool(row[4]))


def insert_account(db: Database, account: Account) -> int:
    return int(
        db.execute(
            "INSERT INTO accounts (username, display_name, role, disabled, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                account.username,
                account.display_name,
                account.role.value,
                int(account.disabled),
                now_s(),
            ),
        ).lastrowid
    )


def get_account(db: Database, account_id: int) -> Account:
    row = db.one(
        "SELECT id, username, display_name, role, disabled FROM accounts WHERE id = ?",
        (account_id,),
    )
    if row is None:
        raise NotFound(f"no account {account_id}")
    return _account(row)


def list_accounts(db: Database) -> list[Account]:
    return [
        _account(r)
        for r in db.query(
            "SELECT id, username, display_name, role, disabled FROM accounts ORDER BY id"
        )
    ]


def scope_of(db: Database, account: Account) -> Scope:
    if account.id is None:
        return Scope(account.role)
    classes = frozenset(
        int(r[0])
        for r in db.query(
            "SELECT class_id FROM account_classes WHERE account_id = ?", (account.id,)
        )
    )
    grade = db.one("SELECT grade_id FROM accounts WHERE id = ?", (account.id,))
    return Scope(account.role, classes, int(grade[0]) if grade and grade[0] else None)


def set_scope(
    db: Database, account_id: int, class_ids: frozenset[int], grade_id: int | None
) -> None:
    db.execute("DELETE FROM account_classes WHERE account_id = ?", (account_id,))
    db.executemany(
        "INSERT INTO account_classes (account_id, class_id) VALUES (?, ?)",
        [(account_id, class_id) for class_id in sorted(class_ids)],
    )
    db.execute("UPDATE accounts SET grade_id = ? WHERE id = ?", (grade_id, account_id))


def set_disabled(db: Database, account_id: int, disabled: bool) -> None:
    db.execute("UPDATE accounts SET disabled = ? WHERE id = ?", (int(disabled), account_id))


def update_display_name(db: Database, account_id: int, display_name: str) -> None:
    db.execute("UPDATE accounts SET display_name = ? WHERE id = ?", (display_name, account_id))


def head_teacher_accounts_of_class(db: Database, class_id: int) -> list[int]:
    return [
        int(r[0])
        for r in db.query(
            "SELECT a.id FROM account_classes ac JOIN accounts a ON a.id = ac.account_id "
            "WHERE ac.class_id = ? AND a.role = 'head_teacher' AND a.disabled = 0",
            (class_id,),
        )
    ]
