"""File suffix -> loader, imported on first use (docx and PDF readers are slow to import)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from briefing_app.ingest.draft import Draft

Loader = Callable[[bytes, str], Draft]

# suffix -> (format name, "module:function" under briefing_app.ingest)
_LOADERS: dict[str, tuple[str, str]] = {}


def register(suffix: str, fmt: str, target: str) -> None:
    """Register ``target`` ("module:function") as the loader for files ending in ``suffix``."""
    _LOADERS[suffix.lower()] = (fmt, target)


def formats() -> dict[str, str]:
    """Suffix -> format name, in registration order."""
    return {suffix: fmt for suffix, (fmt, _target) in _LOADERS.items()}


def loader_for(suffix: str) -> tuple[str, Loader] | None:
    """``(format, loader)`` for a suffix, or ``None`` when the suffix is not supported."""
    entry = _LOADERS.get(suffix.lower())
    if entry is None:
        return None
    fmt, target = entry
    module, function = target.split(":")
    return fmt, getattr(importlib.import_module(f"briefing_app.ingest.{module}"), function)


register(".txt", "text", "text:load")
register(".md", "markdown", "markdown:load")
register(".markdown", "markdown", "markdown:load")
register(".html", "html", "html:load")
register(".htm", "html", "html:load")
register(".docx", "docx", "docx:load")
register(".pdf", "pdf", "pdf:load")
