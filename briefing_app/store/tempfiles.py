"""Temporary files beside a project: named after the saving process, so leftovers can be told
from a save still running and removed."""

from __future__ import annotations

import contextlib
import os
import secrets
from glob import escape
from pathlib import Path


def pid_alive(pid: int) -> bool:
    """True unless no process ``pid`` exists on this machine (unsure counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError, ValueError):
        return True  # another user's process, or nothing we can ask about: leave it be
    return True


def temp_path(path: Path) -> Path:
    """``.NAME.PID-XXXXXXXX.tmp`` beside ``path``."""
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")


def remove_stale_temps(path: Path) -> list[Path]:
    """Delete the temporary files beside ``path`` whose saving process is gone."""
    removed = []
    with contextlib.suppress(OSError):
        for tmp in path.parent.glob(f".{escape(path.name)}.*-*.tmp"):
            pid = tmp.name[len(path.name) + 2 :].split("-", 1)[0]
            if pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid)):
                with contextlib.suppress(OSError):
                    tmp.unlink()
                    removed.append(tmp)
    return removed
