"""Ingest: a path (txt, md, html, docx, pdf), bytes or pasted text becomes a clean Source."""

from briefing_app.ingest.cruft_rules import list_problems
from briefing_app.ingest.errors import SourceError
from briefing_app.ingest.load import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    load_source,
    load_sources,
    source_from_bytes,
    source_from_text,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "SourceError",
    "list_problems",
    "load_source",
    "load_sources",
    "source_from_bytes",
    "source_from_text",
]
