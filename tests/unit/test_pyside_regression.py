"""Guard against PySide6 6.12.0's ``none_dealloc`` defect.

On Python 3.11, PySide6 6.12.0 drops one reference to ``None`` on every Qt call that
returns nothing; after roughly ten thousand such calls ``None``'s count reaches zero and
the interpreter aborts ("none_dealloc"). A desktop app makes that many calls in minutes,
so an installed build with the defect must fail the test suite, not a counselor's day.
The calls run in a subprocess, because the failure mode is an abort.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 30_000

PROBE = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    obj, widget = QObject(), QWidget()
    before = sys.getrefcount(None)
    for i in range({CALLS} // 2):
        obj.setObjectName("probe")     # void C++ methods: return None to Python
        widget.setEnabled(i % 2 == 0)
    after = sys.getrefcount(None)
    print(before - after)
    """
)


def test_void_qt_calls_do_not_leak_references_to_none() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, (
        f"the PySide6 probe crashed (exit {done.returncode}): this PySide6 build has the "
        f"none_dealloc defect; install a version without it (see pyproject.toml)\n"
        f"{done.stderr[-2000:]}"
    )
    lost = int(done.stdout.strip().splitlines()[-1])
    # A healthy build loses nothing (Python 3.12+ makes None immortal: the count is fixed).
    assert lost < CALLS // 10, f"None lost {lost} references over {CALLS} void Qt calls"
