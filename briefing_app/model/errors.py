"""The base of every error a user can cause; its message is one line meant for them."""

import os


class BriefingError(Exception):
    """An expected failure with a one-line, user-facing message (never shown as a traceback)."""


class FileProblem(BriefingError):
    """A file that cannot be read or written: ``"<file>: <reason>"`` on one line."""

    def __init__(self, path: str | os.PathLike, reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = " ".join(str(reason).split())  # one line, always
        super().__init__(f"{self.path}: {self.reason}")
