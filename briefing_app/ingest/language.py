"""The language of a source: py3langid (offline, 97 languages) over the start of its text."""

from __future__ import annotations

import re
import threading
from typing import Any

_MIN_WORDS = 5  # fewer words say nothing reliable
_MIN_PROBABILITY = 0.5
_WORD = re.compile(r"[^\W\d_]+")
_lock = threading.Lock()
_identifier: Any = None


def _classifier() -> Any:
    """py3langid's model, loaded once on first use (it takes a moment: not at import time)."""
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def guess_language(text: str) -> str:
    """ISO 639-1 code of the likeliest language, or ``""`` when nothing is convincing."""
    sample = text[:20000]
    if len(_WORD.findall(sample[:2000])) < _MIN_WORDS:
        return ""
    code, probability = _classifier().classify(sample)
    return str(code) if probability >= _MIN_PROBABILITY else ""


def normalise_language(tag: str) -> str:
    """``"en-GB"``, ``"en_US"`` or ``"EN"`` to ``"en"``; ``""`` when not a language tag."""
    primary = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""
