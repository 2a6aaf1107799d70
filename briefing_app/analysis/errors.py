"""Errors the analysis raises."""

from __future__ import annotations

from briefing_app.model import BriefingError


class AnalysisError(BriefingError):
    """Analysis cannot run (e.g. no language model is installed); the message is one line."""


class AnalysisCancelled(Exception):
    """The caller asked to stop an analysis that was running."""
