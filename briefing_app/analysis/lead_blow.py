"""The blow leads: a briefing on a disaster keeps among its key points the sentence that tells
the disaster striking, when several sources tell it.

Each source about an earthquake or a fire tells the blow once, often in a short sentence or in
passing ("after the nation was hit by an earthquake on 14 August", "the landslide occurred in
a remote part of the province on Friday"), and then tells its own response at length: longer,
name-dense sentences that score higher. The key points can then all be responses, each citing
its one source, while the one fact every source states waits in the background. So when a
background point tells a hazard striking (``hazards.told``), stated by at least two sources,
by more sources than any key point naming a hazard (``hazards.named``) and by no fewer than
the last key point picked, the two change places: the blow becomes a key point and the last
key point picked goes to the background (it stays in the briefing). Nothing changes for a
briefing whose key points already tell the blow with its sources, nor for one whose sources
tell no hazard.
"""

from __future__ import annotations

from briefing_app.analysis.hazards import named, told
from briefing_app.model import KeyPoint

MIN_SOURCES = 2  # the blow of the event: told by several sources, not one source's aside


def blow_first(picked: list[tuple[object, KeyPoint]], top_n: int) -> list:
    """``picked`` ((reading place, point) in the order the points were picked, the first
    ``top_n`` the key points) with the first background point telling a hazard striking moved
    into the key points in place of the last one picked, when it is stated by more sources
    than any key point naming a hazard."""
    if len(picked) <= top_n or top_n < 1:
        return picked
    # a background point telling the blow must be stated by more sources than any key point
    # naming the hazard (a passing mention in one source's response is no lead)
    last = picked[top_n - 1][1]
    need = max(MIN_SOURCES, _told_by(picked, top_n) + 1, len(set(last.sources)))
    for k in range(top_n, len(picked)):
        point = picked[k][1]
        if len(set(point.sources)) >= need and told(point.text):
            out = list(picked)
            out[top_n - 1], out[k] = out[k], out[top_n - 1]
            return out
    return picked


def _told_by(picked: list, top_n: int) -> int:
    """The most sources a key point naming a hazard cites (0: none names one): "as we cover
    the 7.3 earthquake in Veloria, aid arrives", cited by three sources, tells it to them."""
    return max((len(set(p.sources)) for _, p in picked[:top_n] if named(p.text)), default=0)
