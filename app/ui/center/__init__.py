"""County center mode in the desktop (``xinan center gui``): the county counseling center's
own window over its encrypted center database — enrolled schools (学校), bundle import
(导入) and the county views (统计) with the .xlsx export and the period report PDF.

Separate from the station's shell (``app.ui.controller``): a center has no school, no
roles and no pages of the station. It reuses the worker (``app.ui.tasks``), the dialogs
wrapper, the language and the style. Entry point: ``application.run_center_gui``.
"""
