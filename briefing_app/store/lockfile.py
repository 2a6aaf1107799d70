"""A lock file beside a project another instance has open, as LibreOffice keeps one.

``.~lock.NAME.briefing#`` holds one line, ``user,host,pid,since``. It is advice, not a lock:
it lets a second instance warn before two people edit one project (the last save would
silently win), and it names who has it open. A lock left by a crashed instance on this machine
is recognised (its pid is gone) and ignored; one from another machine cannot be checked, so it
is believed.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import socket
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefing_app.store.tempfiles import pid_alive

_MAX_BYTES = 4096


@dataclass(frozen=True, slots=True)
class LockInfo:
    """Who holds a project open: user, host name, process id and since when (ISO 8601)."""

    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        since = self.since.replace("T", " ")[:16]
        where = "this computer" if self.host == _host() else self.host
        return f"{self.user or 'someone'} on {where} (since {since} UTC)"

    def is_ours(self) -> bool:
        return self.host == _host() and self.pid == os.getpid()

    def is_live(self) -> bool:
        return self.host != _host() or pid_alive(self.pid)


def _host() -> str:
    return socket.gethostname() or "localhost"


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def lock_path(project: str | os.PathLike) -> Path:
    project = Path(project)
    return project.with_name(f".~lock.{project.name}#")


def _clean(field: str) -> str:
    return "".join(ch for ch in field if ch.isprintable() and ch != ",")[:200]


def read_lock(project: str | os.PathLike) -> LockInfo | None:
    """The lock beside ``project``, or None if there is none (or it is not one of ours)."""
    path = lock_path(project)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        raw = os.read(fd, _MAX_BYTES).decode("utf-8", "replace")
    except OSError:
        return None
    finally:
        os.close(fd)
    parts = raw.strip().split(",")
    if len(parts) != 4 or not parts[2].isdigit():
        return None
    return LockInfo(parts[0], parts[1], int(parts[2]), parts[3])


def other_instance(project: str | os.PathLike) -> LockInfo | None:
    """The live instance other than this one that has ``project`` open, if any."""
    info = read_lock(project)
    if info is None or info.is_ours() or not info.is_live():
        return None
    return info


def acquire(project: str | os.PathLike) -> None:
    """Write this instance's lock beside ``project`` (quietly nothing where we cannot write)."""
    since = datetime.now(UTC).isoformat(timespec="seconds").removesuffix("+00:00")
    line = ",".join(_clean(x) for x in (_user(), _host(), str(os.getpid()), since)) + "\n"
    path = lock_path(project)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        tmp.write_text(line, encoding="utf-8")
        os.replace(tmp, path)
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def release(project: str | os.PathLike) -> None:
    """Remove the lock beside ``project`` if it is this instance's."""
    info = read_lock(project)
    if info is not None and info.is_ours():
        with contextlib.suppress(OSError):
            lock_path(project).unlink()
