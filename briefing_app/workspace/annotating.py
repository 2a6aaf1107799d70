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


class Annotating:
    """The workspace's annotation and quoting use cases (a mixin of ``Workspace``)."""

    # -- annotations -----------------------------------------------------------------------
    def add_annotation(
        self,
        source_id: str,
        start: int,
        end: int,
        *,
        colour: str = "yellow",
        comment: str = "",
        tags: Iterable[str] = (),
    ) -> Annotation:
        """Annotate a span of a source (the source text never changes)."""
        src = passage(self.source(source_id), source_id, start, end, "annotate")
        ann = new_annotation(src, start, end, colour, comment, tags)
        self.annotations.append(ann)
        self._touch()
        return ann

    def update_annotation(self, ann: Annotation) -> None:
        self.annotations = [ann if a.id == ann.id else a for a in self.annotations]
        self._touch()

    def set_annotations(self, annotations: Iterable[Annotation]) -> None:
        """Replace every annotation at once (undo and redo of annotation edits)."""
        self.annotations = list(annotations)
        self._touch()

    def remove_annotation(self, annotation_id: str) -> Annotation | None:
        found = next((a for a in self.annotations if a.id == annotation_id), None)
        self.annotations = [a for a in self.annotations if a.id != annotation_id]
        if found:
            self._touch()
        return found

    def quote_block(self, source_id: str, start: int, end: int) -> Block:
        """A quote of a source passage with its citation and evidence (not yet inserted)."""
        src = passage(self.source(source_id), source_id, start, end, "quote")
        return curation.quote_block(src, start, end)

    def insert_quote(
        self, section_id: str, source_id: str, start: int, end: int, index: int | None = None
    ) -> Block:
        """Quote in Briefing: insert a source passage into a section as a cited quote."""
        if self.briefing is None:
            raise BriefingError("No briefing yet: add a source first")
        src = passage(self.source(source_id), source_id, start, end, "quote")
        block = insert_quote(self.briefing, self.analysis, section_id, src, start, end, index)
        self._touch()
        return block

    def append_block(self, section_id: str, block: Block) -> Block:
        """Add a block (a figure such as the Actors map) at the end of a section."""
        section = self.briefing.section(section_id) if self.briefing is not None else None
        if section is None:
            raise BriefingError(f"No section {section_id!r} to put that in")
        section.blocks.append(block)
        self._touch()
        return block
