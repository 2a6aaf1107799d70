"""Temporary files beside a project carry the writing process's pid (``model.files``), so
a killed save's leftovers can be told from a save still running, and removed."""

from __future__ import annotations

import contextlib
import os
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


def remove_stale_temps(path: Path) -> list[Path]:
    """Delete the temporary files (``.NAME.PID-XXXX.tmp``, as ``model.files.atomic_write``
    names them) beside ``path`` whose writing process is gone."""
    removed = []
    with contextlib.suppress(OSError):
        for tmp in path.parent.glob(f".{escape(path.name)}.*-*.tmp"):
            pid = tmp.name[len(path.name) + 2 :].split("-", 1)[0]
            if pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid)):
                with contextlib.suppress(OSError):
                    tmp.unlink()
                    removed.append(tmp)
    return removed
