"""Annotating sources and quoting them in the briefing: the workspace's editing use cases."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefing_app.model import Analysis, Annotation, Block, Briefing, BriefingError, Source
from briefing_app.workspace import curation

if TYPE_CHECKING:
    from briefing_app.workspace.workspace import Workspace


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


# -- annotations -----------------------------------------------------------------------
def add_annotation(
    ws: Workspace,
    source_id: str,
    start: int,
    end: int,
    *,
    colour: str = "yellow",
    comment: str = "",
    tags: Iterable[str] = (),
) -> Annotation:
    """Annotate a span of a source (the source text never changes)."""
    src = passage(ws.source(source_id), source_id, start, end, "annotate")
    ann = new_annotation(src, start, end, colour, comment, tags)
    ws.annotations.append(ann)
    ws._touch()
    return ann


def update_annotation(ws: Workspace, ann: Annotation) -> None:
    ws.annotations = [ann if a.id == ann.id else a for a in ws.annotations]
    ws._touch()


def set_annotations(ws: Workspace, annotations: Iterable[Annotation]) -> None:
    """Replace every annotation at once (undo and redo of annotation edits)."""
    ws.annotations = list(annotations)
    ws._touch()


def remove_annotation(ws: Workspace, annotation_id: str) -> Annotation | None:
    found = next((a for a in ws.annotations if a.id == annotation_id), None)
    ws.annotations = [a for a in ws.annotations if a.id != annotation_id]
    if found:
        ws._touch()
    return found


def quote_block(ws: Workspace, source_id: str, start: int, end: int) -> Block:
    """A quote of a source passage with its citation and evidence (not yet inserted)."""
    src = passage(ws.source(source_id), source_id, start, end, "quote")
    return curation.quote_block(src, start, end)


def quote_into(
    ws: Workspace, section_id: str, source_id: str, start: int, end: int, index: int | None = None
) -> Block:
    """Quote in Briefing: insert a source passage into a section as a cited quote."""
    if ws.briefing is None:
        raise BriefingError("No briefing yet: add a source first")
    src = passage(ws.source(source_id), source_id, start, end, "quote")
    block = insert_quote(ws.briefing, ws.analysis, section_id, src, start, end, index)
    ws._touch()
    return block


def append_block(ws: Workspace, section_id: str, block: Block) -> Block:
    """Add a block (a figure such as the Actors map) at the end of a section."""
    section = ws.briefing.section(section_id) if ws.briefing is not None else None
    if section is None:
        raise BriefingError(f"No section {section_id!r} to put that in")
    section.blocks.append(block)
    ws._touch()
    return block
