"""The dialogs of the accounts panel: a new account, a new password for an account.

Both hold passwords, so neither is a ``Lockable``: a lock closes them and drops what was
typed. The services write the key slots; these dialogs only collect the input.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.accounts import Account
from app.domain.enums import Role
from app.domain.school import Grade, SchoolClass
from app.services import accounts
from app.ui import errors
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.vocab import role_name
from app.ui.widgets.password_pair import PasswordPair

ACCOUNT_ROLES = (Role.COUNSELOR, Role.LEADER, Role.HEAD_TEACHER, Role.GRADE_LEADER)


class _AccountDialog(QDialog):
    """Common frame: a form on top, an error line, OK / Cancel; ``done_ok`` on success."""

    done_ok = Signal(str)

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(460)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("okButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.passwords = PasswordPair(self)
        self.passwords.changed.connect(self.update_state)

    def finish_layout(self, *widgets: QWidget) -> None:
        layout = QVBoxLayout(self)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addWidget(self.passwords)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def update_state(self) -> None:
        self.ok_button.setEnabled(self.is_ready() and not self.ctx.read_only)

    def is_ready(self) -> bool:
        return self.passwords.is_acceptable()

    def submit(self) -> None:
        """Subclasses start their service call here (``run``)."""

    def run(self, service: Any, *args: Any) -> None:
        self.ok_button.setEnabled(False)
        self.error_label.clear()
        self.ctx.call(service, *args, on_success=self._succeeded, on_error=self._failed, owner=self)

    def _succeeded(self, _result: object) -> None:
        self.passwords.clear()
        self.done_ok.emit(self.success_text())
        self.accept()

    def success_text(self) -> str:
        return ""

    def _failed(self, exc: BaseException) -> None:
        self.error_label.setText(errors.describe(exc))
        self.update_state()

    def reject(self) -> None:
        self.passwords.clear()
        super().reject()


class NewAccountDialog(_AccountDialog):
    """User name, name, role; classes (head teacher) or grade (grade leader); password."""

    def __init__(
        self,
        ctx: ShellContext,
        classes: list[SchoolClass],
        grades: list[Grade],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ok_button.setText(self.tr("Create the account"))
        self.setObjectName("newAccountDialog")
        self.setWindowTitle(self.tr("New account"))
        self.form = QWidget(self)
        self._fields(classes, grades)
        self.finish_layout(self.form)
        self._role_changed()

    def _fields(self, classes: list[SchoolClass], grades: list[Grade]) -> None:
        self.username = QLineEdit(self.form)
        self.username.setObjectName("newUsername")
        self.display_name = QLineEdit(self.form)
        self.display_name.setObjectName("newDisplayName")
        self.display_name.setPlaceholderText(self.tr("e.g. 李老师"))
        self.role = QComboBox(self.form)
        self.role.setObjectName("newRole")
        for role in ACCOUNT_ROLES:
            self.role.addItem(role_name(role), role.value)
        self.role.setCurrentIndex(-1)
        self.role.setPlaceholderText(self.tr("Choose a role"))
        self.classes = self._class_list(classes)
        self.grade = QComboBox(self.form)
        self.grade.setObjectName("newGrade")
        for grade in grades:
            self.grade.addItem(grade.name, grade.id)
        self.grade.setCurrentIndex(-1)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        self.form_layout = QFormLayout(self.form)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout.addRow(self.tr("User name:"), self.username)
        self.form_layout.addRow(self.tr("Name:"), self.display_name)
        self.form_layout.addRow(self.tr("Role:"), self.role)
        self.form_layout.addRow(self.tr("Classes:"), self.classes)
        self.form_layout.addRow(self.tr("Grade:"), self.grade)

    def _connect(self) -> None:
        for signal in (self.username.textChanged, self.display_name.textChanged):
            signal.connect(self.update_state)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.grade.currentIndexChanged.connect(self.update_state)
        self.classes.itemChanged.connect(self.update_state)

    def _class_list(self, classes: list[SchoolClass]) -> QListWidget:
        widget = QListWidget(self.form)
        widget.setObjectName("newClasses")
        widget.setMaximumHeight(140)
        for school_class in classes:
            item = QListWidgetItem(school_class.name, widget)
            item.setData(Qt.ItemDataRole.UserRole, school_class.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        return widget

    def chosen_role(self) -> Role | None:
        value = self.role.currentData()
        return Role(value) if value else None

    def class_ids(self) -> frozenset[int]:
        items = (self.classes.item(row) for row in range(self.classes.count()))
        return frozenset(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def _role_changed(self) -> None:
        role = self.chosen_role()
        self.form_layout.setRowVisible(self.classes, role is Role.HEAD_TEACHER)
        self.form_layout.setRowVisible(self.grade, role is Role.GRADE_LEADER)
        self.update_state()

    def is_ready(self) -> bool:
        role = self.chosen_role()
        scope_ok = {
            Role.HEAD_TEACHER: bool(self.class_ids()),
            Role.GRADE_LEADER: self.grade.currentIndex() >= 0,
        }.get(role, role is not None)
        filled = bool(self.username.text().strip() and self.display_name.text().strip())
        return filled and scope_ok and super().is_ready()

    def submit(self) -> None:
        role = self.chosen_role()
        if not self.is_ready() or role is None:
            return
        account = Account(
            None, self.username.text().strip(), self.display_name.text().strip(), role
        )
        class_ids = self.class_ids() if role is Role.HEAD_TEACHER else frozenset()
        grade_id = self.grade.currentData() if role is Role.GRADE_LEADER else None
        self.run(accounts.create_account, account, self.passwords.password(), class_ids, grade_id)

    def success_text(self) -> str:
        return fmt(self.tr("Account {username} created."), username=self.username.text().strip())


class ResetPasswordDialog(_AccountDialog):
    """A new password (a new key slot) for another account; enables a disabled one."""

    def __init__(self, ctx: ShellContext, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ok_button.setText(self.tr("Set the new password"))
        self.account = account
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("Reset password"))
        text = self.tr(
            "New password for {name} ({username}). The old password stops working at once; "
            "a disabled account is enabled again."
        )
        self.intro = QLabel(fmt(text, name=account.display_name, username=account.username), self)
        self.intro.setWordWrap(True)
        self.finish_layout(self.intro)
        self.update_state()

    def submit(self) -> None:
        if self.is_ready() and self.account.id is not None:
            self.run(accounts.reset_password, self.account.id, self.passwords.password())

    def success_text(self) -> str:
        text = self.tr("New password set for {username}.")
        return fmt(text, username=self.account.username)
