"""Printing from the desktop: every document is drawn by ``app.services.printing`` on the
worker into a folder the user chooses each time (``dialogs.choose_folder``; never a temp
folder), then ``PrintedDialog`` tells where the file is — with 打开文件夹 / 打开文件 — and
shows any warning in Chinese (the built-in-font fallback above all).

| module | what it is |
|---|---|
| `jobs.py` | worker jobs ``(session, folder, …)`` around the printing services |
| `run.py` | ``print_to_folder(ctx, parent, job, …)``: folder → worker → result dialog |
| `result_dialog.py` | ``PrintedDialog``: path, pages, warnings, open folder / file |
| `semester_dialog.py` | the semester report: which semester, the explicit names appendix |
| `batch.py` | 打印全校/全班成长档案 with a cancellable progress dialog |
| `visit_forms.py` | the growth file's 家访记录表 buttons (blank, selected visit) |
| `actions.py` | page buttons: 学期工作报告…, 批量打印成长档案…, a class's coverage list |
| `font_box.py` | Settings: the embedded font, pick another .ttf/.ttc, fallback warning |

Module imports stay light: reportlab is imported by the services on the worker.
"""
