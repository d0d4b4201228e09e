"""Entry point: ``python -m app`` and the ``xinan`` command."""

from __future__ import annotations

import os
import sys


def main() -> int:
    # Every file XinAn creates (database, slots, exports) is private to the user.
    os.umask(0o077)
    from app.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
