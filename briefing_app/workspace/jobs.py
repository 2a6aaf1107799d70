"""Pure, thread-safe steps of the long use cases: load files, analyse, export.

Each runs on a worker thread in the window and directly in the CLI; none touches a
Workspace, so the GUI thread can keep reading the workspace while they run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app import analysis, export, ingest
from briefing_app.model import Analysis, Briefing, LoadError, Source

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(slots=True)
class LoadResult:
    """Sources that loaded and one-line errors for those that did not."""

    sources: list[Source] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    originals: dict[str, bytes] = field(default_factory=dict)  # source id -> original bytes


@dataclass(slots=True)
class AnalysisResult:
    """An analysis of a snapshot of sources and the per-source cache entries it computed."""

    analysis: Analysis
    source_ids: list[str]
    new_cache: dict[tuple[str, str], dict] = field(default_factory=dict)
    cache_hits: int = 0


def load_files(paths: Iterable[str | os.PathLike], *, max_bytes: int | None = None) -> LoadResult:
    """Load every path; a bad file becomes a LoadError and never stops the others."""
    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    originals: dict[str, bytes] = {}
    sources, errors = ingest.load_sources(paths, originals=originals, **kwargs)
    return LoadResult(list(sources), list(errors), originals)


def run_analysis(
    sources: Sequence[Source],
    cache: dict[tuple[str, str], dict],
    *,
    top_n: int = 5,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    steps: Progress | None = None,
) -> AnalysisResult:
    """Analyse ``sources``, reusing per-source results cached under the current model key."""
    key = analysis.model_key()
    per_source: list[analysis.SourceAnalysis | None] = []
    missing: list[Source] = []
    for src in sources:
        cached = cache.get((src.id, key))
        if cached is None:
            per_source.append(None)
            missing.append(src)
        else:
            per_source.append(analysis.SourceAnalysis.from_dict(cached))
    hits = len(sources) - len(missing)
    total = len(sources)

    def _progress(done: int, _total: int) -> None:
        if progress is not None:
            progress(hits + done, total)

    if progress is not None:
        progress(hits, total)
    fresh = (
        analysis.analyze_sources(missing, progress=_progress, cancelled=cancelled, steps=steps)
        if missing
        else []
    )
    new_cache: dict[tuple[str, str], dict] = {}
    fresh_iter = iter(fresh)
    for i, item in enumerate(per_source):
        if item is None:
            item = next(fresh_iter)
            per_source[i] = item
            new_cache[(item.source, key)] = item.to_dict()
    result = analysis.combine(sources, per_source, top_n=top_n)  # type: ignore[arg-type]
    return AnalysisResult(result, [s.id for s in sources], new_cache, hits)


def export_briefing(
    briefing: Briefing, path: str | os.PathLike, options: export.ExportOptions | None = None
) -> Path:
    """Write ``briefing`` to ``path`` (format from the suffix), atomically."""
    return export.export_briefing(briefing, path, options)


def warm_up() -> str:
    """Load the NLP model now (call from a worker at start-up) and return its key."""
    analysis.load_nlp()
    return analysis.model_key()
