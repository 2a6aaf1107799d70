"""Māori names of iwi, hapū and trusts joined by "ki" or "o" ("of"): "Ātiawa ki
Whakarongotai", "Te Kotahitanga o Te Atiawa", "Nga Hua o Ngāti Pukenga". The model cuts them
at the particle into two names (a "place" and a "body", or two "persons"); the whole is one
body. Only where a part is written the Māori way (a macron, or the article "Te", "Ngā",
"Ngāti", "Ngāi"), so "Chile o Perú" (Spanish "or") stays two places."""

from __future__ import annotations

import re

from briefing_app.analysis.mentions import Mention

_GAP = re.compile(r" (?:ki|o) ")
_MACRON = re.compile(r"[ĀĒĪŌŪāēīōū]")
_ARTICLES = ("Te ", "Ngā", "Nga ", "Ngāti ", "Ngāi ", "Ngati ", "Ngai ")


def maori_joined_name(text: str, a: Mention, b: Mention) -> Mention | None:
    """One body's name out of two mentions joined by "ki" or "o", else None."""
    if a.label == "NORP" or b.label == "NORP" or not _GAP.fullmatch(text, a.end, b.start):
        return None
    if not b.text[:1].isupper() or not any(
        _MACRON.search(m.text) or m.text.startswith(_ARTICLES) for m in (a, b)
    ):
        return None
    return Mention(a.source, a.start, b.end, text[a.start : b.end], "ORG", "", a.article)
