"""Committee members 心理委员: appoint and remove them per class.

Their names are published in ``station.pub`` (not secret, per DOMAIN.md) so report-entry
mode can offer them; the service republishes the file after every change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import triage
from app.services.triage import CommitteeMember
from app.ui import dialogs, errors
from app.ui.context import ShellContext
from app.ui.i18n import fmt


class MembersBox(QWidget):
    """The list of members (class · name) with "appoint" and "remove"."""

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.class_names: dict[int, str] = {}
        self.members: list[CommitteeMember] = []
        self._build()
        self._update()

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Committee members choose their name from this list when they hand in a "
                "report. The names and the class lists are kept in the station's public file "
                "station.pub; nothing else is."
            ),
            self,
        )
        intro.setObjectName("fieldHint")
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("memberList")
        self.list.currentRowChanged.connect(self._update)
        self.remove_button = QPushButton(self.tr("Remove from the committee"), self)
        self.remove_button.setObjectName("removeMember")
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel(self)
        self.status.setObjectName("errorText")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._add_row())
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)

    def _add_row(self) -> QHBoxLayout:
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("memberClass")
        self.class_combo.setPlaceholderText(self.tr("Class"))
        self.class_combo.currentIndexChanged.connect(self._update)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("memberName")
        self.name_edit.setPlaceholderText(self.tr("Student's name"))
        self.name_edit.textChanged.connect(self._update)
        self.name_edit.returnPressed.connect(self.appoint)
        self.add_button = QPushButton(self.tr("Appoint"), self)
        self.add_button.setObjectName("appointMember")
        self.add_button.clicked.connect(self.appoint)
        row = QHBoxLayout()
        row.addWidget(self.class_combo, 1)
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.add_button)
        return row

    # --- data ----------------------------------------------------------------------------

    def set_class_names(self, names: dict[int, str]) -> None:
        chosen = self.class_combo.currentData()
        self.class_names = names
        blocked = self.class_combo.blockSignals(True)
        self.class_combo.clear()
        for class_id, name in names.items():
            self.class_combo.addItem(name, class_id)
        self.class_combo.setCurrentIndex(self.class_combo.findData(chosen))
        self.class_combo.blockSignals(blocked)
        self._update()

    def refresh(self) -> None:
        self.ctx.call(triage.members, on_success=self._show, on_error=self._failed, owner=self)

    def _show(self, members: list[CommitteeMember]) -> None:
        self.members = members
        self.list.clear()
        for member in members:
            where = self.class_names.get(member.class_id or -1, "")
            item = QListWidgetItem(fmt(self.tr("{where} · {name}"), where=where, name=member.name))
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            self.list.addItem(item)
        self._update()

    def _update(self) -> None:
        writable = not self.ctx.read_only
        ready = self.class_combo.currentIndex() >= 0 and bool(self.name_edit.text().strip())
        self.add_button.setEnabled(writable and ready)
        self.remove_button.setEnabled(writable and self.list.currentItem() is not None)

    # --- changes -------------------------------------------------------------------------

    def appoint(self) -> None:
        if not self.add_button.isEnabled():
            return
        name, class_id = self.name_edit.text().strip(), self.class_combo.currentData()
        self.add_button.setEnabled(False)
        self.ctx.call(
            triage.add_member,
            name,
            class_id,
            on_success=lambda _id: self._changed(True),
            on_error=self._failed,
            owner=self,
        )

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.members):
            return
        member = self.members[row]
        question = self.tr("Remove {name} from the psychology committee of {where}?")
        where = self.class_names.get(member.class_id or -1, "")
        if not dialogs.ask(self, fmt(question, name=member.name, where=where)):
            return
        self.ctx.call(
            triage.remove_member,
            member.id,
            on_success=lambda _none: self._changed(False),
            on_error=self._failed,
            owner=self,
        )

    def _changed(self, appointed: bool) -> None:
        self.status.clear()
        if appointed:
            self.name_edit.setText("")
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(errors.describe(exc))
        self._update()
