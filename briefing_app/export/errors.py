"""ExportError and the catalogue of reasons an export cannot be written (one place)."""

from __future__ import annotations

from briefing_app.model import BriefingError


class ExportError(BriefingError):
    """An export that could not be written: ``"<file>: <reason>"`` on one line."""


# Reasons shown to users, after "<file>: ". Keep them short and say what to do.
UNKNOWN_PAGE_SIZE = "unknown page size {size!r} (use {known})"
UNKNOWN_FORMAT = "cannot export to {suffix} ({known})"
FONT_MISSING = "bundled font missing (reinstall the app)"
