"""Curating actors and annotations: the analyst's decisions, kept and re-applied."""

from __future__ import annotations

from collections.abc import Sequence

from briefing_app.analysis import cooccurrence as cooc
from briefing_app.analysis import curation
from briefing_app.export import AppendixEntry, ExportOptions, WordComment
from briefing_app.model import (
    QUOTE,
    Analysis,
    Annotation,
    Block,
    Briefing,
    BriefingError,
    Evidence,
    Run,
    Source,
)
from briefing_app.model.decisions import Decision
from briefing_app.model.text import naive_sentences

Edge = cooc.Edge


def curated(
    raw: Analysis, decisions: Sequence[Decision | dict], sources: Sequence[Source]
) -> curation.Curated:
    """The analysis as the analyst curated it, and the decisions that no longer match."""
    if not decisions:
        return curation.Curated(raw)
    return curation.curate(raw, decisions, sources)


def decision(op: str | Decision, analysis: Analysis, *args, **kwargs) -> Decision:
    """Build one decision (by name, e.g. ``"merge"``, or given whole) and anchor it on the
    actors' current names, so it survives re-analysis."""
    if isinstance(op, str):
        maker = curation.MAKERS.get(op)
        if maker is None:
            raise BriefingError(f"unknown actor decision {op!r} (known: {', '.join(curation.OPS)})")
        op = maker(*args, **kwargs)
    return curation.anchor(op, analysis)


def describe(decision_: Decision | dict) -> str:
    """A line for the undo history, e.g. "Merge Tokayev into Kassym-Jomart Tokayev"."""
    return curation.describe(decision_)


def edges(
    analysis: Analysis, sources: Sequence[Source], sentences: dict[str, list[tuple[int, int]]]
) -> list[Edge]:
    """Actor co-occurrence by sentence; sources without model sentences use a plain splitter."""
    spans = {s.id: sentences.get(s.id) or naive_sentences(s.text) for s in sources if s.text}
    return cooc.cooccurrence(analysis, spans)


def quote_block(source: Source, start: int, end: int) -> Block:
    """A quote block for the briefing with the same provenance an auto-filled block has."""
    text = " ".join(source.text[start:end].split())
    return Block(
        kind=QUOTE,
        runs=[Run(text), Run(cite=source.id)],
        evidence=[Evidence(source.id, start, end)],
    )


def export_options(
    briefing: Briefing,
    annotations: Sequence[Annotation],
    page_size: str,
    comments: bool,
    appendix_: bool,
) -> ExportOptions:
    """Page size, and the analyst's annotations as Word comments and/or an appendix."""
    options = ExportOptions(page_size=page_size)
    if comments:
        options.comments = word_comments(annotations, briefing)
    if appendix_:
        options.appendix = appendix(annotations)
    return options


def word_comments(annotations: Sequence[Annotation], briefing: Briefing) -> list[WordComment]:
    """Comments on annotated passages the briefing quotes, anchored on that quoted text.

    Comments on passages the briefing does not quote belong in the appendix, not on
    unrelated text.
    """
    body = " ".join(" ".join(b.text.split()) for s in briefing.sections for b in s.blocks)
    author = briefing.author or "Analyst"
    initials = "".join(part[:1] for part in author.split()).upper()[:3]
    comments = []
    for a in annotations:
        quote = " ".join(a.quote.split())
        if a.comment.strip() and quote and quote in body:
            comments.append(WordComment(quote, a.comment, author, initials or "A"))
    return comments


def appendix(annotations: Sequence[Annotation]) -> list[AppendixEntry]:
    """The "Annotated excerpts" appendix: one entry per tag (untagged last), in text order."""
    entries: list[AppendixEntry] = []
    ordered = sorted(annotations, key=lambda a: (a.source, a.start))
    tags = sorted({t for a in ordered for t in a.tags}, key=str.casefold)
    for tag in tags:
        entries += [
            AppendixEntry(tag, " ".join(a.quote.split()), a.comment, a.source)
            for a in ordered
            if tag in a.tags
        ]
    entries += [
        AppendixEntry("Untagged", " ".join(a.quote.split()), a.comment, a.source)
        for a in ordered
        if not a.tags
    ]
    return entries
