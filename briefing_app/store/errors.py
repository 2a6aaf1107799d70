"""The one error the project file raises for anything a user can cause."""

from __future__ import annotations

import os

from briefing_app.model import BriefingError


class ProjectError(BriefingError):
    """A project file that cannot be read or written: ``"<file>: <reason>"`` on one line."""

    def __init__(self, path: str | os.PathLike, reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
