"""Transfer bookkeeping kept as settings rows (no table of its own: schema unchanged).

``transfer_in:<transfer id>`` and ``transfer_out:<transfer id>`` hold one JSON object
per transfer; ``transfer_senders`` maps a sending station's id to its signing key.
"""

from __future__ import annotations

import json
from typing import Any

from app.store.connection import Database


def settings_with_prefix(db: Database, prefix: str) -> dict[str, Any]:
    """Every setting whose key starts with ``prefix``, by key (values decoded)."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = db.query(
        "SELECT key, value FROM settings WHERE key LIKE ? ESCAPE '\\' ORDER BY key",
        (escaped + "%",),
    )
    return {str(key): json.loads(value) for key, value in rows}
