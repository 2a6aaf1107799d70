"""The blow leads: a briefing on a disaster keeps among its key points the sentence that tells
the disaster striking, when several sources tell it.

Each source about an earthquake or a fire tells the blow once, often in a short sentence or in
passing ("after the nation was hit by an earthquake on 14 August", "the landslide occurred in
a remote part of the province on Friday"), and then tells its own response at length: longer,
name-dense sentences that score higher. The key points can then all be responses, each citing
its one source, while the one fact every source states waits in the background. So when a background
point tells a hazard striking (``hazards.told``), stated by at least two sources, by more
sources than any key point telling a hazard striking and by no fewer than the last key point
picked, the two change places: the blow becomes a key point and the last key point picked
goes to the background (it stays in the briefing). Nothing changes for a briefing whose key
points already tell the blow with its sources, nor for one whose sources tell no hazard.
"""

from __future__ import annotations

from briefing_app.analysis.hazards import told
from briefing_app.model import KeyPoint

MIN_SOURCES = 2  # the blow of the event: told by several sources, not one source's aside


def blow_first(picked: list[tuple[object, KeyPoint]], top_n: int) -> list:
    """``picked`` ((reading place, point) in the order the points were picked, the first
    ``top_n`` the key points) with the first background point telling a hazard striking moved
    into the key points in place of the last one picked, when no key point tells one."""
    if len(picked) <= top_n or top_n < 1:
        return picked
    # the most sources a key point telling a blow cites: a background point telling one must
    # be stated by more (a passing mention in one source's response is no lead)
    told_by = max((len(set(p.sources)) for _, p in picked[:top_n] if told(p.text)), default=0)
    last = picked[top_n - 1][1]
    need = max(MIN_SOURCES, told_by + 1, len(set(last.sources)))
    for k in range(top_n, len(picked)):
        point = picked[k][1]
        if len(set(point.sources)) >= need and told(point.text):
            out = list(picked)
            out[top_n - 1], out[k] = out[k], out[top_n - 1]
            return out
    return picked
