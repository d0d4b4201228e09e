"""Translated names of the domain's vocabularies shown by the shell (roles, school types).

Pages showing other vocabularies add their own functions here, in the same style, so that
``pyside6-lupdate`` sees every string (context "Vocab").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.accounts import Account
from app.domain.enums import Role, SchoolType
from app.ui.i18n import fmt


def role_name(role: Role) -> str:
    names = {
        Role.COUNSELOR: QCoreApplication.translate("Vocab", "Counselor"),
        Role.LEADER: QCoreApplication.translate("Vocab", "School leader"),
        Role.HEAD_TEACHER: QCoreApplication.translate("Vocab", "Head teacher"),
        Role.GRADE_LEADER: QCoreApplication.translate("Vocab", "Grade leader"),
        Role.RECOVERY: QCoreApplication.translate("Vocab", "Recovery code"),
    }
    return names[role]


def school_type_name(school_type: SchoolType) -> str:
    names = {
        SchoolType.PRIMARY: QCoreApplication.translate("Vocab", "Primary school"),
        SchoolType.JUNIOR: QCoreApplication.translate("Vocab", "Junior middle school"),
        SchoolType.SENIOR: QCoreApplication.translate("Vocab", "Senior high school"),
        SchoolType.NINE_YEAR: QCoreApplication.translate("Vocab", "Nine-year school"),
        SchoolType.VOCATIONAL: QCoreApplication.translate("Vocab", "Vocational school"),
    }
    return names[school_type]


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Vocab", "Yes")
    return QCoreApplication.translate("Vocab", "No")


def account_label(account: Account) -> str:
    """How the signed-in account is shown, e.g. 王老师（心理健康教师）."""
    text = QCoreApplication.translate("Vocab", "{name} ({role})")
    return fmt(text, name=account.display_name, role=role_name(account.role))
