"""Report-entry mode for class psychology committee members 心理委员 (students).

Write-only by construction: the window knows the station's public file (class lists,
committee members, the inbox public key) and nothing else. It never asks for or accepts
the station password and never shows anything already stored. What the member types
lives only in the form's widgets: no QSettings, no autosave, no undo history (undo is
switched off, and line edits are emptied with ``setText``, which drops their history),
and the window is not a ``Lockable``, so a lock never stashes it. After each submission
the form is wiped and rebuilt empty.

Two ways in: the unlock dialog's "I am a psychology committee member" button (the
station folder's ``station.pub`` and ``inbox/``), and ``xinan report-entry --pubkey FILE
--out DIR`` on any computer (``run_report_entry``).
"""

from app.ui.report_entry.window import ReportEntryWindow, open_for_station, run_report_entry

__all__ = ["ReportEntryWindow", "open_for_station", "run_report_entry"]
