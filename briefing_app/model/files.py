"""Writing a file so that a failure never leaves a half-written or missing previous version.

The one atomic writer of the project (exports, the project file, the actors map image): stdlib
only, so every package may use it. Callers turn ``AtomicWriteError`` into their own error.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path


class AtomicWriteError(OSError):
    """An OS error while writing ``path``; ``reason`` says why in words a user understands."""

    def __init__(self, path: Path, stage: str, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror)
        self.path = path
        self.stage = stage  # create, write or replace
        self.cause = cause
        self.reason = os_reason(cause, stage)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def os_reason(exc: OSError, stage: str = "write") -> str:
    """A short, user-facing reason for an OS error at ``stage`` (create, write or replace)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long for the disk"
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


def atomic_write(path: str | os.PathLike, write: Callable[[Path], object]) -> Path:
    """Call ``write(temp)`` for a new empty temp file beside ``path``, fsync it, move it in place.

    The temp file is created with the umask's permissions (as any document the user saves);
    an existing file's permissions are kept. On any failure the temp file is removed and a
    previous file at ``path`` is untouched. OS errors become ``AtomicWriteError``; other
    exceptions propagate unchanged.
    """
    target = Path(path)
    try:
        is_dir = target.is_dir()
    except OSError as exc:  # (a name too long: is_dir passes on only "not found" errors)
        raise AtomicWriteError(target, "create", exc) from exc
    if is_dir:
        raise AtomicWriteError(target, "create", IsADirectoryError(errno.EISDIR, "is a folder"))
    # The pid in the name tells a killed process's leftover from a write still going on.
    tmp = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    stage = "create"
    try:
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise AtomicWriteError(target, stage, exc) from exc
    try:
        stage = "write"
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
        stage = "replace"
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, AtomicWriteError):
            raise AtomicWriteError(target, stage, exc) from exc
        raise
    sync_folder(target.parent)
    return target


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable where the platform allows it (POSIX only)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder or Path("."), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
