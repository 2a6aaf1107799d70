"""The one error the project file raises, and the catalogue of its messages (like spaCy's)."""

from __future__ import annotations

import errno
import os
import sqlite3

from briefing_app.model.errors import FileProblem
from briefing_app.model.files import AtomicWriteError
from briefing_app.model.files import os_reason as write_reason


class ProjectError(FileProblem):
    """A project file that cannot be read or written: ``"<file>: <reason>"`` on one line."""


# Reasons shown to users. Keep them short, lower-case, and say what to do where possible.
IS_FOLDER = "is a folder, not a briefing project"
NO_SUCH_FILE = "no such file"
EMPTY = "empty file, not a briefing project"
TRUNCATED = "damaged project file (truncated)"
TRUNCATED_SIZE = "damaged project file (truncated: {} of {} bytes)"
NOT_SQLITE = "not a briefing project (not an SQLite database)"
OTHER_PROGRAM = "not a briefing project (an SQLite database of another program)"
NO_TABLES = "damaged project file (no tables)"
BAD_DATA = "damaged project file (bad data: {})"
NEWER = (
    "made by a newer version of briefing-app (project format {version}; this version reads up "
    "to {supported}); please update briefing-app"
)
CANNOT_READ = "cannot read ({})"
CANNOT_SAVE = "cannot save ({})"
SAVE_INTO_FOLDER = "cannot save (is a folder)"
NO_RECOVERY_FOLDER = "cannot create the recovery folder ({})"
UNREADABLE_RECOVERY = "recovery copy skipped: {}"


def os_reason(exc: OSError) -> str:
    """Why an OS call on a project file failed, in a user's words."""
    if isinstance(exc, AtomicWriteError):
        return exc.reason
    if isinstance(exc, PermissionError):
        return "permission denied"
    if exc.errno in (errno.ENOSPC, errno.ENAMETOOLONG):
        return write_reason(exc)
    return exc.strerror or str(exc)


def sqlite_reason(exc: sqlite3.Error) -> str:
    """Why SQLite refused, in a user's words."""
    text = str(exc)
    if "readonly" in text:
        return "the file is read-only"
    if "locked" in text or "busy" in text:
        return "another program is using the file"
    if "full" in text:
        return "the disk is full"
    return text


def failed(path: str | os.PathLike, message: str, exc: BaseException) -> ProjectError:
    """The ProjectError for an OS or SQLite error while reading or saving (``message`` is
    CANNOT_READ or CANNOT_SAVE)."""
    if isinstance(exc, sqlite3.OperationalError):
        return ProjectError(path, message.format(sqlite_reason(exc)))
    if isinstance(exc, sqlite3.DatabaseError):
        damaged = f"damaged project file: {exc}"
        if message == CANNOT_READ:
            return ProjectError(path, f"damaged project file ({exc})")
        return ProjectError(path, message.format(damaged))
    if isinstance(exc, FileNotFoundError) and message == CANNOT_SAVE:
        return ProjectError(path, message.format("the folder does not exist"))
    if isinstance(exc, OSError):
        return ProjectError(path, message.format(os_reason(exc)))
    raise TypeError(f"not an OS or SQLite error: {exc!r}")
