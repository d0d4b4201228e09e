"""Account rows (the secrets live in the key-slot file, not here)."""

from __future__ import annotations

from typing import Any

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
