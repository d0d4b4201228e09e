"""Accounts (counselors only, in Settings): list, create, reset a password, disable.

Every account with a password has its own key slot; disabling an account destroys its
slot, so its password no longer opens the station. The counselor's own account is
changed with "Change password" above, never here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.access import Scope
from app.domain.accounts import Account
from app.domain.enums import Role
from app.domain.school import Grade, SchoolClass
from app.services import accounts, students
from app.services.session import Session
from app.ui import dialogs, errors
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.pages.account_dialogs import NewAccountDialog, ResetPasswordDialog
from app.ui.vocab import role_name


@dataclass(frozen=True)
class AccountsData:
    accounts: list[Account]
    scopes: dict[int, Scope]
    classes: list[SchoolClass]
    grades: list[Grade]


def load_accounts(session: Session) -> AccountsData:
    """Worker job: the accounts with their classes / grade, and the school's structure."""
    return AccountsData(
        accounts.list_accounts(session),
        accounts.account_scopes(session),
        students.classes(session),
        students.grades(session),
    )


class AccountsPanel(QGroupBox):
    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = AccountsData([], {}, [], [])
        self.dialog: NewAccountDialog | ResetPasswordDialog | None = None
        self.setObjectName("accountsPanel")
        self.setTitle(self.tr("Accounts"))
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Classes / grade"),
                self.tr("Status"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(120)
        self.table.itemSelectionChanged.connect(self._update)
        self.status = QLabel(self)
        self.status.setObjectName("statusText")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(self._buttons())
        layout.addWidget(self.status)

    def _buttons(self) -> QHBoxLayout:
        self.new_button = self._button(self.tr("New account…"), "newAccount", self.new_account)
        self.reset_button = self._button(
            self.tr("Reset password…"), "resetPassword", self.reset_password
        )
        self.disable_button = self._button(self.tr("Disable"), "disableAccount", self.disable)
        row = QHBoxLayout()
        for button in (self.new_button, self.reset_button, self.disable_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.call(load_accounts, on_success=self._show, on_error=self._failed, owner=self)

    def _show(self, data: AccountsData) -> None:
        self.data = data
        self.table.setRowCount(0)
        for account in data.accounts:
            self._add_row(account)
        self._update()

    def _add_row(self, account: Account) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = (
            account.username,
            account.display_name,
            role_name(account.role),
            self._scope_text(account),
            self._status_text(account),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            if account.disabled:
                item.setForeground(Qt.GlobalColor.gray)
            self.table.setItem(row, column, item)

    def _scope_text(self, account: Account) -> str:
        scope = self.data.scopes.get(account.id or -1)
        if scope is None:
            return ""
        if account.role is Role.HEAD_TEACHER:
            names = {c.id: c.name for c in self.data.classes}
            return "、".join(names.get(i, str(i)) for i in sorted(scope.class_ids))
        if account.role is Role.GRADE_LEADER:
            return next((g.name for g in self.data.grades if g.id == scope.grade_id), "")
        return ""

    def _status_text(self, account: Account) -> str:
        if account.disabled:
            return self.tr("Disabled")
        if account.id == self.ctx.account.id:
            return self.tr("Active (you)")
        return self.tr("Active")

    def selected(self) -> Account | None:
        row = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= row < len(self.data.accounts):
            return None
        return self.data.accounts[row]

    def select_username(self, username: str) -> None:
        names = [a.username for a in self.data.accounts]
        if username in names:
            self.table.selectRow(names.index(username))

    def _update(self) -> None:
        account = self.selected()
        other = account is not None and account.id != self.ctx.account.id
        writable = not self.ctx.read_only
        self.new_button.setEnabled(writable)
        self.reset_button.setEnabled(writable and other)
        self.disable_button.setEnabled(
            writable and other and account is not None and not account.disabled
        )

    # --- changes -------------------------------------------------------------------------

    def new_account(self) -> None:
        self._open(NewAccountDialog(self.ctx, self.data.classes, self.data.grades, self))

    def reset_password(self) -> None:
        account = self.selected()
        if account is not None:
            self._open(ResetPasswordDialog(self.ctx, account, self))

    def _open(self, dialog: NewAccountDialog | ResetPasswordDialog) -> None:
        self.dialog = dialog
        dialog.done_ok.connect(self._changed)
        dialog.open()

    def disable(self) -> None:
        account = self.selected()
        if account is None or account.id is None:
            return
        question = self.tr(
            "Disable the account {name} ({username})? After disabling, the account's key "
            "slot is destroyed: its password no longer opens the station. A new password "
            "(Reset password) enables it again."
        )
        if not dialogs.ask(
            self, fmt(question, name=account.display_name, username=account.username)
        ):
            return
        done = fmt(self.tr("Account {username} disabled."), username=account.username)
        self.ctx.call(
            accounts.disable_account,
            account.id,
            on_success=lambda _none: self._changed(done),
            on_error=self._failed,
            owner=self,
        )

    def _changed(self, text: str) -> None:
        self.status.setText(text)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(errors.describe(exc))
