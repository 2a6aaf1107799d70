"""Pure, thread-safe steps of the long use cases: load, analyse, export, save, curate.

Each runs on a worker thread in the window and directly in the CLI; none touches a
Workspace, so the GUI thread can keep reading the workspace while they run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app import analysis, export, ingest, store
from briefing_app import briefing as briefing_pkg
from briefing_app.model import Analysis, Briefing, LoadError, Source, Template
from briefing_app.workspace import curation

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
    top_n: int = 5  # how many key points were asked for


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
    previous: tuple[Sequence[str], Analysis] | None = None,
) -> AnalysisResult:
    """Analyse ``sources``, reusing per-source results cached under the current model key.

    ``previous`` is the last combined analysis and the source ids it was made from: when the
    sources are those and every one is a cache hit, it is the answer (combine is pure).
    """
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
    ids = [s.id for s in sources]
    if (
        previous is not None
        and not missing
        and list(previous[0]) == ids
        and previous[1].model == key
    ):
        return AnalysisResult(previous[1], ids, new_cache, hits, top_n)
    result = analysis.combine(sources, per_source, top_n=top_n)  # type: ignore[arg-type]
    return AnalysisResult(result, ids, new_cache, hits, top_n)


def export_briefing(
    briefing: Briefing, path: str | os.PathLike, options: export.ExportOptions | None = None
) -> Path:
    """Write ``briefing`` to ``path`` (format from the suffix), atomically."""
    return export.export_briefing(briefing, path, options)


def save_state(
    path: Path,
    state: store.ProjectState,
    analysis: Analysis | None,
    *,
    recovery: str = "",
    stamp: str = "",
    expect: str | None = None,
) -> Path:
    """Write a project snapshot (or, with ``recovery``, that session's recovery copy).

    The analysis is turned into JSON here, on the worker: at hundreds of sources that is most
    of the snapshot's cost, and the workspace only ever replaces its analysis, never edits it.
    """
    if analysis is not None:
        state.settings["analysis"] = analysis.to_dict()
    if recovery:
        return store.write_recovery(
            state, project_path=str(path) if path else None, session_id=recovery
        )
    store.save(path, state, {"saved_at": stamp or store.now_iso()}, expect_saved_at=expect)
    return path


@dataclass(slots=True)
class CurationResult:
    """Actor decisions re-applied to an analysis and the briefing refreshed from it."""

    decisions: list  # Decision (or a stored dict not read yet)
    analysis: Analysis
    briefing: Briefing | None
    generation: int  # the workspace's change count when the snapshot was taken
    base: list = field(default_factory=list)  # the decisions the snapshot had
    stale: list = field(default_factory=list)  # decisions that matched nothing
    unreadable: list[str] = field(default_factory=list)
    raw: Analysis | None = None  # the analysis the decisions were applied to


def curate(
    raw: Analysis,
    decisions: list,
    sources: Sequence[Source],
    template: Template,
    previous: Briefing | None,
    fields: dict[str, str],
    generation: int,
    base: list | None = None,
) -> CurationResult:
    """Apply every actor decision to ``raw`` and refresh the briefing's auto blocks."""
    curated = curation.curated(raw, decisions, sources)
    briefing = (
        briefing_pkg.autofill(curated.analysis, template, previous=previous, fields=fields)
        if previous is not None
        else None
    )
    return CurationResult(
        list(decisions),
        curated.analysis,
        briefing,
        generation,
        list(base or []),
        list(curated.stale),
        list(curated.unreadable),
        raw,
    )


def warm_up() -> str:
    """Load the NLP model now (call from a worker at start-up) and return its key."""
    analysis.load_nlp()
    return analysis.model_key()
