"""The story of an ingested source: its text past the headline ingest keeps at the top as a
heading paragraph (the title's own line, which names the story's actors)."""

from __future__ import annotations

from briefing_app.model import Source


def story_start(source: Source) -> int:
    """Where the first paragraph that is not a heading starts (0 when there is none)."""
    return next((p.start for p in source.paragraphs if p.kind != "heading"), 0)


def story(source: Source) -> str:
    """The text past the headline."""
    return source.text[story_start(source) :]


def story_paragraphs(source: Source) -> list[str]:
    """The paragraphs past the headline."""
    start = story_start(source)
    return [source.text[p.start : p.end] for p in source.paragraphs if p.start >= start]


def headline(source: Source) -> str:
    """The heading paragraphs at the top, joined by a blank line ("" when there is none)."""
    return source.text[: story_start(source)].strip()


def story_kinds(source: Source) -> list[str]:
    """The kinds of the paragraphs past the headline."""
    start = story_start(source)
    return [p.kind for p in source.paragraphs if p.start >= start]
