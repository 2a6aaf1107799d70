"""Which of the analyst's summaries were written from another set of sources than today's."""

from __future__ import annotations

from briefing_app.model import AUTO, Block, Briefing

SUMMARY = "summary"  # the fill of the bottom line / summary / situation sections
STALE_MARK = "Sources changed since this was written"


def _summary_blocks(briefing: Briefing) -> list[Block]:
    return [b for s in briefing.sections if s.fill == SUMMARY for b in s.blocks if b.origin != AUTO]


def current_sources(briefing: Briefing) -> list[str]:
    return [c.source for c in briefing.citations]


def note_sources(briefing: Briefing, sources: list[str], previous: Briefing | None = None) -> None:
    """Record ``sources`` on each analyst summary written or changed since ``previous``.

    A block matches its earlier self by ``id``, else ``key``, else identical text; one that
    has no record yet (written before this was kept) is taken as written from ``sources``.
    """
    before: dict[str, str] = {}
    if previous is not None:
        for b in _summary_blocks(previous):
            before[b.id or b.key or b.text] = b.text
    for block in _summary_blocks(briefing):
        ident = block.id or block.key or block.text
        if not block.based_on or (previous is not None and before.get(ident) != block.text):
            block.based_on = list(sources)


def is_stale(block: Block, briefing: Briefing) -> bool:
    """True for an analyst's summary written from other sources than the briefing has now."""
    if block.origin == AUTO or not block.based_on:
        return False
    return set(block.based_on) != set(current_sources(briefing))


def stale_blocks(briefing: Briefing) -> list[Block]:
    """The analyst's summaries that the sources have moved on from."""
    return [b for b in _summary_blocks(briefing) if is_stale(b, briefing)]
