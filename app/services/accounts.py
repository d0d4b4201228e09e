"""Accounts on a station (counselors manage them) and the notices shown at login.

Every account with a password has its own key slot. Disabling an account destroys its
slot, so its password no longer opens anything; resetting writes a new slot.
"""

from __future__ import annotations

from app.domain.access import Scope
from app.domain.accounts import Account, check_password
from app.domain.enums import Role
from app.errors import NotFound, PermissionDenied, ValidationError
from app.security.keyslots import wrap_key
from app.services.session import Session
from app.services.station import slot_id
from app.store import accounts_repo, notifications_repo
from app.store.notifications_repo import Notification


def list_accounts(session: Session) -> list[Account]:
    session.require(Role.COUNSELOR)
    return accounts_repo.list_accounts(session.db)


def account_scopes(session: Session) -> dict[int, Scope]:
    """The classes / grade each account is bound to (for the counselor's account list)."""
    session.require(Role.COUNSELOR)
    return {
        account.id: accounts_repo.scope_of(session.db, account)
        for account in accounts_repo.list_accounts(session.db)
        if account.id is not None
    }


def _check_scope(role: Role, class_ids: frozenset[int], grade_id: int | None) -> None:
    if role is Role.HEAD_TEACHER and not class_ids:
        raise ValidationError.single("classes", "required", "a head teacher needs a class")
    if role is Role.GRADE_LEADER and grade_id is None:
        raise ValidationError.single("grade", "required", "a grade leader needs a grade")


def _save_slot(session: Session, account: Account, password: str) -> None:
    assert account.id is not None
    slots = session.slots
    new_slot = wrap_key(
        session.db.key,
        password,
        slots.station_id,
        slot_id(account.id),
        account.id,
        account.username,
        account.role.value,
    )
    updated = slots.with_slot(new_slot)
    updated.save(session.paths.slots)
    session.slots = updated


def create_account(
    session: Session,
    account: Account,
    password: str,
    class_ids: frozenset[int] = frozenset(),
    grade_id: int | None = None,
) -> int:
    """A new account with its own key slot (written only if the database commit follows)."""
    session.require(Role.COUNSELOR)
    account.validate()
    check_password(password)
    _check_scope(account.role, class_ids, grade_id)
    with session.write("account.create", "account", role=account.role.value) as change:
        if any(a.username == account.username for a in accounts_repo.list_accounts(change.db)):
            raise ValidationError.single("username", "duplicate", "user name already taken")
        account_id = accounts_repo.insert_account(change.db, account)
        accounts_repo.set_scope(change.db, account_id, class_ids, grade_id)
        change.entity_id = account_id
        _save_slot(
            session,
            Account(account_id, account.username, account.display_name, account.role),
            password,
        )
    return account_id


def _other_account(session: Session, account_id: int) -> Account:
    session.require(Role.COUNSELOR)
    account = accounts_repo.get_account(session.db, account_id)
    if account.id == session.account.id:
        raise PermissionDenied("use 'change password' for your own account")
    return account


def reset_password(session: Session, account_id: int, new_password: str) -> None:
    """A counselor gives another account a new password (a new slot)."""
    check_password(new_password)
    account = _other_account(session, account_id)
    with session.write("account.reset", "account", account_id):
        accounts_repo.set_disabled(session.db, account_id, False)
        _save_slot(
            session,
            Account(account.id, account.username, account.display_name, account.role),
            new_password,
        )


def disable_account(session: Session, account_id: int) -> None:
    """Disable an account and destroy its key slot."""
    _other_account(session, account_id)
    with session.write("account.disable", "account", account_id) as change:
        accounts_repo.set_disabled(change.db, account_id, True)
        try:
            updated = session.slots.without_slot(slot_id(account_id))
        except NotFound:
            updated = session.slots
        updated.save(session.paths.slots)
        session.slots = updated


def my_notifications(session: Session, unread_only: bool = True) -> list[Notification]:
    if session.account.id is None:
        return []
    return notifications_repo.for_account(
        session.db, session.account.id, session.account.role, unread_only
    )


def mark_notifications_read(session: Session, ids: list[int]) -> None:
    if not ids:
        return
    with session.write("notifications.read", "account", session.account.id, count=len(ids)):
        notifications_repo.mark_read(session.db, ids)
