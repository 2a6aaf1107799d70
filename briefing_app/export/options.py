"""What an export can be asked to do, and the one error it raises for the user."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_app.export import errors
from briefing_app.export.errors import ExportError

PAGE_SIZES = ("A4", "letter")


@dataclass(slots=True)
class WordComment:
    """A Word comment anchored on the first occurrence of ``anchor_text`` in the briefing body."""

    anchor_text: str
    text: str
    author: str = ""
    initials: str = ""


@dataclass(slots=True)
class AppendixEntry:
    """One annotated excerpt for the appendix: a quote, the analyst's comment and its source."""

    tag: str
    quote: str
    comment: str = ""
    source: str = ""  # source id, rendered as a citation marker to the Sources list


@dataclass(slots=True)
class ExportOptions:
    """Page size plus the annotations that go into an export (comments, appendix)."""

    page_size: str = "A4"
    comments: list[WordComment] = field(default_factory=list)
    appendix: list[AppendixEntry] = field(default_factory=list)
    pdfa: bool = False  # PDF exports as PDF/A-2b (archival)

    def checked_page_size(self, path: object) -> str:
        """The page size, matched case-insensitively against PAGE_SIZES, else ExportError."""
        for name in PAGE_SIZES:
            if self.page_size.strip().lower() == name.lower():
                return name
        reason = errors.UNKNOWN_PAGE_SIZE.format(size=self.page_size, known=" or ".join(PAGE_SIZES))
        raise ExportError(f"{path}: {reason}")
