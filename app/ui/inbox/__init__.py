"""Widgets of the counselor's committee-report inbox (``app.ui.pages.inbox_page``).

- ``concern_list``: the red "urgent concerns" banner and the concerns awaiting triage;
- ``triage_panel``: turn the selected concern into a flag, merge it, or dismiss it;
- ``week_reports``: the reports of one week per class, and the classes that sent none;
- ``members_box``: appoint and remove committee members (republishes ``station.pub``).
"""
