"""Home-visit planning on the desktop (issue 6), over ``app.services.visit_planning``.

| module | what it is |
|---|---|
| `jobs.py` | worker jobs composing the services (classes one may plan for, plans, follow-ups) |
| `models.py` | table models: plan items, the follow-up schedule, the plan dialog's students |
| `plan_dialog.py` | 制定家访计划: month, class, ticked students with a day each (Lockable) |
| `plans_panel.py` | the 家访计划 tab: list, plan, record from plan, cancel, print forms |
| `follow_ups.py` | the 重点群体随访 tab: overdue first, the interval (counselor) |
| `recording.py` | 按计划记录家访: draft from the plan → growth file's visits tab, pre-filled |
| `plan_box.py` | the growth file's "planned visits" box (recording from the due list) |
| `errors.py` | plan problems as sentences naming the student |

Modules are imported when the Home visits page is first shown.
"""
