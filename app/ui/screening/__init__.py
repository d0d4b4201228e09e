"""The 测评 Screening page's parts (``app.ui.pages.screening_page`` puts them together).

| module | what it is |
|---|---|
| `data.py` | worker jobs: the page's data (review list, thresholds, coverage), the preview |
| `rows.py` | the rows a sheet could not import (unmatched, duplicate, no scores, errors) |
| `preview_dialog.py` | each column and what it is read as (the user maps unknown ones) |
| `importer.py` | the flow: file → preview → import with progress → result |
| `result_dialog.py` | what an import did, listing every row it could not import |
| `review.py` | suggested yellow flags: accept (one confirmation in bulk) / dismiss (reason) |
| `coverage.py` | screening coverage per class this semester; who has no result |
| `thresholds.py` | the MHT thresholds (validity, total for a plan, abnormal scale) |
"""
