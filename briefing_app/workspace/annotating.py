"""Annotating sources and quoting them in the briefing: the workspace's editing use cases."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from briefing_app.model import Analysis, Annotation, Block, Briefing, BriefingError, Source
from briefing_app.workspace import curation


def passage(source: Source | None, source_id: str, start: int, end: int, what: str) -> Source:
    """The source, if ``[start, end)`` is a passage of it; else a BriefingError."""
    if source is None or not 0 <= start < end <= len(source.text):
        raise BriefingError(f"Cannot {what} {source_id}:{start}-{end}: no such passage")
    return source


def new_annotation(
    source: Source, start: int, end: int, colour: str, comment: str, tags: Iterable[str]
) -> Annotation:
    """An annotation of ``source.text[start:end]`` (the source text never changes)."""
    return Annotation(
        id=uuid.uuid4().hex[:12],
        source=source.id,
        start=start,
        end=end,
        quote=source.text[start:end],
        colour=colour,
        comment=comment,
        tags=sorted({t.strip() for t in tags if t.strip()}),
        created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )


def insert_quote(
    briefing: Briefing,
    analysis: Analysis | None,
    section_id: str,
    source: Source,
    start: int,
    end: int,
    index: int | None,
) -> Block:
    """Put a cited quote of a source passage into a section (its citation joins the list)."""
    section = briefing.section(section_id)
    if section is None:
        raise BriefingError(f"No section {section_id!r} in this briefing")
    block = curation.quote_block(source, start, end)
    if briefing.citation_number(source.id) is None and analysis is not None:
        cite = analysis.citation_for(source.id)
        if cite is not None:
            briefing.citations.append(cite)
    section.blocks.insert(len(section.blocks) if index is None else index, block)
    return block
