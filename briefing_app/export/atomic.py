"""Write a file so that a failure never leaves a half-written or missing previous version."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from briefing_app.export.options import ExportError


def _reason(exc: OSError, stage: str) -> str:
    """A short, user-facing reason for an OS error at ``stage`` (create, write or replace)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if isinstance(exc, FileNotFoundError) and stage == "create":
        return "the folder does not exist"
    if isinstance(exc, NotADirectoryError) or exc.errno == errno.ENOTDIR:
        return "the folder is not a folder (a file has that name)"
    if isinstance(exc, IsADirectoryError):
        return "a folder has that name"
    if isinstance(exc, PermissionError):
        if stage == "replace":
            return "the file is open in another program or locked (close it and try again)"
        return "no permission to write in that folder"
    return exc.strerror or type(exc).__name__


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual rw-r--r--."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o644


def atomic_write(path: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call ``write(temp)`` for a temp file beside ``path``, fsync it and move it into place.

    On any failure the temp file is removed and a previous file at ``path`` is untouched.
    OS errors become an ExportError naming the file; other exceptions propagate unchanged.
    """
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{target}: a folder has that name")
    stage = "create"
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent or Path(".")
        )
    except OSError as exc:
        raise ExportError(f"{target}: {_reason(exc, stage)}") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        stage = "write"
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(target))
        stage = "replace"
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise ExportError(f"{target}: {_reason(exc, stage)}") from exc
        raise
    _sync_folder(target.parent)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX only)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder or Path("."), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
