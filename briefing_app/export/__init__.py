"""Briefing -> DOCX and PDF files: styled, cited, written atomically.

reportlab and python-docx are imported lazily, inside the exporters, so start-up stays fast.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from briefing_app.export import errors
from briefing_app.export.atomic import atomic_write
from briefing_app.export.options import (
    PAGE_SIZES,
    AppendixEntry,
    ExportError,
    ExportOptions,
    WordComment,
)
from briefing_app.model import Briefing

Exporter = Callable[[Briefing, "str | os.PathLike", "ExportOptions | None"], Path]


def export_docx(
    briefing: Briefing, path: str | os.PathLike, options: ExportOptions | None = None
) -> Path:
    """Write ``briefing`` as a Word document at ``path`` and return the path."""
    from briefing_app.export.word import export_docx as _export

    return _export(briefing, path, options)


def export_pdf(
    briefing: Briefing, path: str | os.PathLike, options: ExportOptions | None = None
) -> Path:
    """Write ``briefing`` as a PDF at ``path`` and return the path."""
    from briefing_app.export.pdf import export_pdf as _export

    return _export(briefing, path, options)


# Suffix -> exporter; another format registers here.
EXPORTERS: dict[str, Exporter] = {".docx": export_docx, ".pdf": export_pdf}


def export_briefing(
    briefing: Briefing, path: str | os.PathLike, options: ExportOptions | None = None
) -> Path:
    """Write ``briefing`` in the format its suffix names (.docx or .pdf)."""
    suffix = Path(path).suffix.lower()
    exporter = EXPORTERS.get(suffix)
    if exporter is None:
        known = ", ".join(sorted(EXPORTERS))
        suffix = suffix or "a file without suffix"
        raise ExportError(f"{path}: " + errors.UNKNOWN_FORMAT.format(suffix=suffix, known=known))
    return exporter(briefing, path, options)


__all__ = [
    "EXPORTERS",
    "PAGE_SIZES",
    "AppendixEntry",
    "ExportError",
    "ExportOptions",
    "WordComment",
    "atomic_write",
    "export_briefing",
    "export_docx",
    "export_pdf",
]
