"""Entry point: ``python -m app`` and the ``xinan`` command.

Plain ``xinan`` (optionally ``--lang X``) opens the desktop directly: the command-line
interface imports every command's modules (reports, bundles …, over half a second), and
none of that is needed to show the unlock dialog. Anything else goes to ``app.cli``.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence


def desktop_language(argv: Sequence[str]) -> str | None:
    """ "" (no language given) or the ``--lang`` value when ``argv`` asks for nothing but
    the desktop; None when it names a command or anything else (for ``app.cli``)."""
    if not argv:
        return ""
    if len(argv) == 1 and argv[0].startswith("--lang=") and len(argv[0]) > len("--lang="):
        return argv[0].removeprefix("--lang=")
    if len(argv) == 2 and argv[0] == "--lang" and not argv[1].startswith("-"):
        return argv[1]
    return None


def desktop(lang: str) -> int:
    """What ``xinan`` without a command does (``app.cli.commands.gui``), minus the CLI."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        from app.ui.application import run_gui
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith(("PySide6", "shiboken6")):
            raise
        print("xinan: the desktop window needs PySide6, which is not installed")
        return 2
    from app.paths import default_station

    return run_gui(default_station(), lang=lang or None)


def main() -> int:
    # Every file XinAn creates (database, slots, exports) is private to the user.
    os.umask(0o077)
    lang = desktop_language(sys.argv[1:])
    if lang is not None:
        return desktop(lang)
    from app.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
