"""Sources become an Analysis: actors, key points, dates and citations with evidence.

Importing this package is cheap: spaCy is imported only when the model is first loaded.
"""

from briefing_app.analysis.combine import analyze, citations, combine
from briefing_app.analysis.errors import AnalysisCancelled, AnalysisError
from briefing_app.analysis.extract import SourceAnalysis, analyze_sources
from briefing_app.analysis.gazetteer import list_problems
from briefing_app.analysis.nlp import ANALYSIS_VERSION, load_nlp, model_key

__all__ = [
    "ANALYSIS_VERSION",
    "AnalysisCancelled",
    "AnalysisError",
    "SourceAnalysis",
    "analyze",
    "analyze_sources",
    "citations",
    "combine",
    "list_problems",
    "load_nlp",
    "model_key",
]
