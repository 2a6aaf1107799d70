"""Whether the story has begun above a line: then the line is one of its short paragraphs,
not the headline over it."""

from __future__ import annotations

from briefing_app.ingest.draft import Block

STORY_PARAGRAPHS = 3  # paragraphs of the story told above a line: it is no headline
STORY_WORDS = 8  # a paragraph of the story has at least this many words


def story_begun(blocks: list[Block], at: int) -> bool:
    """STORY_PARAGRAPHS paragraphs that each close a sentence stand above block ``at``: the
    story is being told, so a line there is one of its short paragraphs (a sentence ending in
    "Fla." or "Inc."), not the headline over it (a cookie notice is one paragraph)."""
    told = 0
    for block in blocks[:at]:
        line = " ".join(block.lines)
        told += len(line.split()) >= STORY_WORDS and line.rstrip("”’\"')").endswith((".", "!", "?"))
    return told >= STORY_PARAGRAPHS
