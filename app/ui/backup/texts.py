"""What a backup holds, as translated lines: counts, audit-chain head, dates.

Used by the backup panel (the verified result of "Back up now") and the restore dialog
(what a backup file holds before anything is replaced).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.ui.i18n import fmt

translate = QCoreApplication.translate


def _count_names() -> tuple[tuple[str, str], ...]:
    """(table, label) of the counts worth showing, in display order."""
    return (
        ("students", translate("Backup", "students")),
        ("flag_changes", translate("Backup", "warning records")),
        ("plans", translate("Backup", "plan versions")),
        ("contacts", translate("Backup", "talks")),
        ("home_visits", translate("Backup", "home visits")),
        ("screenings", translate("Backup", "screenings")),
        ("committee_reports", translate("Backup", "committee reports")),
        ("audit_log", translate("Backup", "audit entries")),
    )


def counts_text(counts: dict[str, int]) -> str:
    """ "学生 12，预警记录 3，…" — the record counts of a backup."""
    parts = [f"{label} {counts.get(table, 0)}" for table, label in _count_names()]
    return translate("Backup", ", ").join(parts)


def audit_text(seq: int | None, head: str | None) -> str:
    if not seq or not head:
        return translate("Backup", "Audit chain: empty")
    text = translate("Backup", "Audit chain head: entry {seq}, {hash}")
    return fmt(text, seq=seq, hash=grouped(head))


def grouped(digest: str) -> str:
    """A hex digest in groups of eight, so that it wraps and can be read out."""
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))


def when_text(moment: datetime | str) -> str:
    """A backup's time as the user reads it: 2026-11-02 09:30."""
    value = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    return value.strftime("%Y-%m-%d %H:%M")


def age_text(days: float) -> str:
    """How long ago, in words: "today", "1 day ago", "12 days ago"."""
    whole = int(days)
    if whole < 1:
        return translate("Backup", "today")
    return fmt(translate("Backup", "{days} days ago"), days=whole)


def size_text(size: int) -> str:
    return fmt(translate("Backup", "{size} MB"), size=f"{size / 2**20:.1f}")
