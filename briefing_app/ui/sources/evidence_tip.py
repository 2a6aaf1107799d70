"""The tooltip of auto-filled text: the supporting sentence and how many sources back it."""

from __future__ import annotations

import html
from collections.abc import Callable

from briefing_app.model import Evidence
from briefing_app.ui.widgets.wording import count


def evidence_tooltip(evidence: list[Evidence], sentence_for: Callable[[Evidence], str]) -> str:
    """Rich-text tooltip for ``evidence`` (the first span's sentence, quoted)."""
    sentence = sentence_for(evidence[0])
    n = len({e.source for e in evidence})
    support = f"Supported by {count(n, 'source')}"
    quote = f"“{html.escape(sentence)}”<br>" if sentence else ""
    return f"<p style='max-width: 420px'>{quote}<i>{support} — click to show</i></p>"
