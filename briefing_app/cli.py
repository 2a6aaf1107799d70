"""Command line: ``briefing-app [FILE...]`` opens the window; sub-commands run headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``briefing-app``."""
    argv = sys.argv[1:] if argv is None else argv
    print("briefing-app: not yet implemented", file=sys.stderr)
    return 1
