"""Briefing text copied out of the app that stands alone: the Sources entries its [n] cite."""

from __future__ import annotations

from collections.abc import Iterable

from briefing_app.export.content import SOURCES_HEADING, is_sources, one_line, sorted_citations
from briefing_app.export.form import Form
from briefing_app.model import Briefing

__all__ = ["SOURCES_HEADING", "cited_entries", "sources_heading"]


def cited_entries(briefing: Briefing, source_ids: Iterable[str]) -> list[tuple[int, str, str]]:
    """(number, text, URL) of each cited source, in number order, numbered as in the briefing
    and worded as the export prints its Sources list (the text ends with what goes before
    the URL, so ``f"{number}. {text}{url}"`` is the printed entry)."""
    wanted = set(source_ids)
    if not wanted:
        return []
    form = Form.of(briefing)
    out = []
    for citation in sorted_citations(briefing):
        if citation.source in wanted:
            text, url = form.citation(citation)
            out.append((citation.number, text, url))
    return out


def sources_heading(briefing: Briefing) -> str:
    """The heading the export gives the Sources list (the template's, else "Sources")."""
    section = next((s for s in briefing.sections if is_sources(s)), None)
    heading = one_line(section.heading) if section is not None else ""
    return heading or SOURCES_HEADING
