"""Names of bodies the model missed, found by their shape: capitalised words that end with an
organisation word ("Emergency Response Coordination Centre") or hold one before "of"/"for"
("Department of National Defense")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm, clean_mention
from briefing_app.model import Source

_TOKEN = re.compile(r"[^\s]+")
_NAME_WORD = re.compile(r"[A-Z][\w.’'&-]*")
_CONNECTORS = frozenset(["of", "for", "on"])
_POSSESSIVE = ("’s", "'s")
_CLOSING = ",.;:!?)]”\"’'"
MIN_WORDS = 2


def _runs(text: str) -> list[list[tuple[int, int]]]:
    """Runs of capitalised words (with "of"/"for"/"on"/"the" inside), as word spans."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        s, e = m.span()
        closed = False
        if word.endswith(_POSSESSIVE):
            run = []  # "EU’s Emergency ...": the owner is not part of the name
            continue
        while e > s and text[e - 1] in _CLOSING:
            e -= 1
            closed = True
        bare = text[s:e]
        if _NAME_WORD.fullmatch(bare) and any(c.isalpha() for c in bare):
            run.append((s, e))
        elif bare in _CONNECTORS or (
            bare == "the" and run and text[run[-1][0] : run[-1][1]] in _CONNECTORS
        ):
            run.append((s, e)) if run else None
        else:
            closed = True
        if closed or (s > 0 and text[s - 1] == "\n"):
            runs.append(run)
            run = []
    runs.append(run)
    return [r for r in runs if r]


def named_bodies(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Organisation names of that shape that no mention covers yet."""
    taken: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        taken.setdefault(m.source, []).append((m.start, m.end))
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        spans = sorted(taken.get(i, []))
        # the shape is read in the model's view: text in capitals is there in ordinary case
        for run in _runs(src.text_for_model):
            words = [src.text_for_model[s:e] for s, e in run]
            while words and (words[-1] in _CONNECTORS or words[-1] == "the"):
                words.pop()
                run = run[:-1]
            keys = [cached_norm(w) for w in words]
            while keys and (
                (keys[0] in gaz.stopwords and not words[0].isupper()) or keys[0] in _CONNECTORS
            ):
                keys, words, run = keys[1:], words[1:], run[1:]  # "The", "In", "Since" ...
            content = [k for k in keys if k not in _CONNECTORS and k != "the"]
            if len(content) < MIN_WORDS:
                continue
            heads = [j for j, k in enumerate(keys[:-1]) if k in gaz.org_suffixes]
            if keys[-1] not in gaz.org_suffixes and not any(
                keys[j + 1] in _CONNECTORS for j in heads
            ):
                continue
            s, e = run[0][0], run[-1][1]
            j = bisect.bisect_right(spans, (s, float("inf"))) - 1
            if j >= 0 and spans[j][0] == s and spans[j][1] < e:  # "Philippine" + "Department of"
                s = min((a for a, _ in run if a > spans[j][1]), default=e)
            k = bisect.bisect_left(spans, (e, -1)) - 1
            if (k >= 0 and spans[k][1] > s) or any(
                a < e and s < b for a, b in spans[k + 1 : k + 2]
            ):
                continue  # a mention is already there
            m = clean_mention(text, i, s, e, "ORG", gaz)
            if m is not None and " " in m.text:
                found.append(m)
    return found
