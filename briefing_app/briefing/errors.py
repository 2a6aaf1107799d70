"""Errors a user can cause with templates and briefing files."""

from __future__ import annotations

from briefing_app.model import BriefingError


class TemplateError(BriefingError):
    """A template file that cannot be used: ``"<path>: <reason>"``."""


class BriefingFormatError(BriefingError):
    """Text that is not a briefing this version can read."""
