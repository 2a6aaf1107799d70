"""Where the app's log goes: a file in the user's state folder, and stderr with ``--verbose``.

The core never prints; modules log through ``logging.getLogger(__name__)``. A user who hits a
problem sends the log file (``log_file()``), which ``--verbose`` makes detailed.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

LOG_DIR_ENV = "BRIEFING_LOG_DIR"  # overrides the folder (tests set it)
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_handlers: list[logging.Handler] = []  # ours, so a second setup replaces them


def log_file() -> Path:
    """The log file: ``briefing-app.log`` in the user's log (state) folder."""
    override = os.environ.get(LOG_DIR_ENV, "").strip()
    if override:
        return Path(override) / "briefing-app.log"
    import platformdirs  # only needed here

    return Path(platformdirs.user_log_dir("briefing-app")) / "briefing-app.log"


def setup_logging(verbose: bool = False) -> Path | None:
    """Log INFO and up to the log file (DEBUG with ``verbose``, which also echoes to stderr).

    Returns the log file, or None when it cannot be written (the app runs on without it).
    """
    root = logging.getLogger("briefing_app")
    for handler in _handlers:
        root.removeHandler(handler)
        handler.close()
    _handlers.clear()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if verbose:
        echo = logging.StreamHandler(sys.stderr)
        echo.setFormatter(logging.Formatter("briefing-app: %(levelname)s %(name)s: %(message)s"))
        _handlers.append(echo)
    path: Path | None = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        to_file = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=2, encoding="utf-8"
        )
    except OSError:
        path = None  # a read-only home must not stop the app
    else:
        to_file.setFormatter(logging.Formatter(_FORMAT))
        _handlers.append(to_file)
    for handler in _handlers:
        root.addHandler(handler)
    return path
