"""Backups in the desktop: the Settings panel, the reminder, automatic backups, restore.

| module | what it is |
|---|---|
| `sections.py` | the boxes Settings embeds: 备份与恢复 (counselors), 关于心安 (everyone) |
| `backup_panel.py` | "Back up now" (folder remembered, on the worker, verified result), status |
| `auto_box.py` | reminder days and automatic rotating backups (the core's settings) |
| `reminder.py` | the banner in the main window's status bar; automatic backup at lock/close |
| `restore_dialog.py` | restore a backup file (unlock dialog, or Settings after a lock) |
| `texts.py` | what a backup holds, as translated lines (counts, audit head, dates) |
| `memory.py` | last folders chosen and the last automatic backup's failure (QSettings) |

Wiring elsewhere (small insertions): the main window's status bar holds the About button
(F1, ``app/ui/about_dialog.py``) and, when due, the reminder banner; ``restore_requested``
on the main window makes the controller lock and open the restore dialog over the unlock
dialog; the controller queues the automatic backup before closing a session and asks for
the reminder after an unlock's deferred checks; the unlock dialog has 从备份恢复…, and a
station folder whose database is gone (key file still there) opens the unlock dialog with
a "damaged" message instead of the set-up wizard.

Every service call runs on the single worker: backups, inspections and restores take
from a fraction of a second to a few seconds.
"""
