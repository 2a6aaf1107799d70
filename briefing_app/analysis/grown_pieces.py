"""A name the model cut from a longer name its source writes whole elsewhere, grown back: the
model read "Police Scotland" six times and "Scotland" twice after "Police" ("Police Scotland's
Decision"): those two are the body too, not the country. Only a capitalised word right before
the mention, on its line, that makes a name the same source has as a mention of its own. (A
name cut at a hyphen, "Cap" of "Cap-aux-Meules", is grown by ``hyphenated``.)"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from briefing_app.analysis.mentions import Mention

_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*)[ \t]$")


def grown_pieces(mentions: list[Mention], texts: Sequence[str]) -> list[Mention]:
    """The mentions, each piece of a longer name its source has grown to that name."""
    longer: dict[tuple[int, str], Counter] = {}
    for m in mentions:
        if " " in m.text:
            longer.setdefault((m.source, m.text), Counter())[m.label] += 1
    taken = {(m.source, m.start, m.end) for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        text = texts[m.source]
        before = (
            None
            if m.role or m.address
            else _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        )
        if before is None:  # a titled surname ("Minister Hanno Pevkur") is left to the titles
            out.append(m)
            continue
        name = f"{before.group(1)} {m.text}"
        labels = longer.get((m.source, name))
        if labels is None:
            out.append(m)
            continue
        start = before.start(1)
        if (m.source, start, m.end) in taken:
            out.append(m)  # the longer name is there already: a nested piece, left to others
            continue
        label = min(labels, key=lambda k: (-labels[k], k))
        out.append(replace(m, start=start, text=name, label=label, role="", article=False))
    return out
