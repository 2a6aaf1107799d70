"""The use cases both front ends share: add sources, analyse, auto-fill, annotate, save, export."""

from briefing_app.analysis import AnalysisCancelled
from briefing_app.briefing import STALE_MARK, is_stale
from briefing_app.export import ExportError
from briefing_app.ingest import SUPPORTED_SUFFIXES, SourceError
from briefing_app.resources import sample_article
from briefing_app.store import PROJECT_SUFFIX, ProjectError, Recovery
from briefing_app.workspace.jobs import (
    AnalysisResult,
    LoadResult,
    export_briefing,
    load_files,
    run_analysis,
    warm_up,
)
from briefing_app.workspace.workspace import DEFAULT_TEMPLATE, Workspace

__all__ = [
    "DEFAULT_TEMPLATE",
    "PROJECT_SUFFIX",
    "STALE_MARK",
    "SUPPORTED_SUFFIXES",
    "AnalysisCancelled",
    "AnalysisResult",
    "ExportError",
    "LoadResult",
    "ProjectError",
    "Recovery",
    "SourceError",
    "Workspace",
    "export_briefing",
    "is_stale",
    "load_files",
    "run_analysis",
    "sample_article",
    "warm_up",
]
