"""Settings: change the password, auto-lock minutes, the school's details (read-only)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.errors import WrongCredentials
from app.services import station
from app.ui import errors
from app.ui.backup.sections import settings_sections
from app.ui.context import ShellContext
from app.ui.pages.accounts_panel import AccountsPanel
from app.ui.settings import AUTO_LOCK_RANGE
from app.ui.transfer.key_box import TransferKeyBox
from app.ui.vocab import account_label, school_type_name, yes_no
from app.ui.widgets.password_pair import PasswordPair


class PasswordBox(QGroupBox):
    """Current password + new one twice; runs station.change_password on the worker."""

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Change password"))
        self.current = QLineEdit(self)
        self.current.setObjectName("currentPassword")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.textChanged.connect(self._update)
        self.passwords = PasswordPair(self, [(self.tr("Current password:"), self.current)])
        self.button = QPushButton(self.tr("Change password"), self)
        self.button.setObjectName("changePassword")
        self.button.clicked.connect(self.change)
        self.status = QLabel(self)
        self.status.setObjectName("statusText")
        self.status.setWordWrap(True)
        self._layout()
        self.passwords.changed.connect(self._update)
        self._update()

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.passwords)
        layout.addLayout(row)

    def _update(self) -> None:
        ready = bool(self.current.text()) and self.passwords.is_acceptable()
        self.button.setEnabled(ready and not self.ctx.read_only)
        if self.ctx.read_only:
            self.status.setText(self.tr("The station is open read-only."))

    def change(self) -> None:
        self.button.setEnabled(False)
        self.status.setText(self.tr("Changing the password…"))
        self.ctx.call(
            station.change_password,
            self.current.text(),
            self.passwords.password(),
            on_success=self._changed,
            on_error=self._failed,
            owner=self,
        )

    def _changed(self, _result: object) -> None:
        self.current.clear()
        self.passwords.clear()
        self.status.setText(self.tr("Password changed. Use the new password from now on."))
        self._update()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongCredentials):
            self.status.setText(self.tr("The current password is not right."))
            self.current.clear()
            self.current.setFocus()
        else:
            self.status.setText(errors.describe(exc))
        self._update()


class AutoLockBox(QGroupBox):
    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Automatic lock"))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("autoLockMinutes")
        self.minutes.setRange(*AUTO_LOCK_RANGE)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setMaximumWidth(140)
        self.minutes.setValue(ctx.settings.auto_lock_minutes())
        self.minutes.valueChanged.connect(ctx.settings.set_auto_lock_minutes)
        form = QFormLayout(self)
        form.addRow(self.tr("Lock after this long without use:"), self.minutes)


class SchoolBox(QGroupBox):
    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("School and station"))
        school = ctx.school
        form = QFormLayout(self)
        rows = (
            (self.tr("School name:"), school.name),
            (self.tr("County code:"), school.county_code),
            (self.tr("School type:"), school_type_name(school.school_type)),
            (self.tr("Boarding school:"), yes_no(school.boarding)),
            (self.tr("Station folder:"), str(ctx.session.paths.folder)),
            (self.tr("Signed in as:"), account_label(ctx.account)),
        )
        for label, value in rows:
            field = QLabel(value, self)
            field.setObjectName("schoolInfo")
            field.setWordWrap(True)
            form.addRow(label, field)


class SettingsPage(QWidget):
    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsPage")
        heading = QLabel(self.tr("Settings"), self)
        heading.setObjectName("pageHeading")
        self.password_box = PasswordBox(ctx, self)
        self.auto_lock_box = AutoLockBox(ctx, self)
        self.school_box = SchoolBox(ctx, self)
        content = QWidget(self)  # scrolls: with the accounts panel it outgrows small screens
        layout = QVBoxLayout(content)
        layout.addWidget(heading)
        for box in (self.password_box, self.auto_lock_box, self.school_box):
            box.setMaximumWidth(720)
            layout.addWidget(box)
        if ctx.account.role is Role.COUNSELOR:  # accounts are the counselors' business
            from app.ui.printing.font_box import FontBox  # 打印字体 (issue 6)

            self.font_box = FontBox(ctx, self)
            self.font_box.setMaximumWidth(720)
            layout.addWidget(self.font_box)
            self.accounts_panel = AccountsPanel(ctx, self)
            self.accounts_panel.setMaximumWidth(720)
            layout.addWidget(self.accounts_panel)
        if ctx.account.role is Role.COUNSELOR:  # 档案转接密钥 (app/ui/transfer)
            self.transfer_key_box = TransferKeyBox(ctx, self)
            self.transfer_key_box.setMaximumWidth(720)
            layout.addWidget(self.transfer_key_box)
        for section in settings_sections(ctx, self):  # 备份与恢复, 关于心安 (app/ui/backup)
            section.setMaximumWidth(720)
            layout.addWidget(section)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
