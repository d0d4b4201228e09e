"""记录: counseling sessions, talks with guardians, mentor talks (倾听一刻钟) …"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from app.domain.enums import ContactKind
from app.domain.growth import Contact, GrowthFile
from app.services import growth
from app.ui.growth.fields import datetime_text, enum_combo
from app.ui.growth.form import GrowthForm
from app.ui.growth.records import Column
from app.ui.growth.records_tab import RecordsTab
from app.ui.vocab import enum_name


class ContactForm(GrowthForm):
    form_name = "contact"

    def build(self) -> None:
        self.add_combo("kind", self.tr("Kind:"), enum_combo(self, ContactKind))
        self.add_date("at", self.tr("Time:"), with_time=True)
        self.add_line("with_whom", self.tr("With whom:"), self.tr("e.g. the student, mother"))
        self.add_note("note", self.tr("Note:"), lines=6)

    def fresh_values(self) -> dict[str, Any]:
        return {**super().fresh_values(), "at": datetime_text(datetime.now())}

    def record(self) -> Contact:
        kind = ContactKind(self.values()["kind"])
        at = self.date("at", required=True)
        sid = self.host.student_id
        return Contact(None, sid, at, kind, self.text("with_whom"), self.text("note"))

    def submit(self, record: Contact) -> tuple[Any, tuple[Any, ...]]:
        return growth.add_contact, (record,)

    def saved_text(self) -> str:
        return self.tr("The record was added.")


class ContactsTab(RecordsTab):
    key = "contacts"
    form_class = ContactForm

    def form_title(self) -> str:
        return self.tr("New record (Ctrl+N)")

    def records(self, file: GrowthFile) -> Sequence[Contact]:
        return file.contacts

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Time"), lambda c: datetime_text(c.at)),
            Column(self.tr("Kind"), lambda c: enum_name(c.kind)),
            Column(self.tr("With whom"), lambda c: c.with_whom),
            Column(self.tr("Recorded by"), lambda c: c.actor),
            Column(self.tr("Note"), lambda c: c.note.split("\n", 1)[0]),
        ]

    def details(self, contact: Contact) -> list[tuple[str, str]]:
        return [
            (self.tr("Time:"), datetime_text(contact.at)),
            (self.tr("Kind:"), enum_name(contact.kind)),
            (self.tr("With whom:"), contact.with_whom),
            (self.tr("Note:"), contact.note),
        ]
