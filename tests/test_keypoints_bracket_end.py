"""Key-point candidates: a line ending in a closing bracket with no stop inside it (a dated
title, a photo credit, a link, a sentence cut off after a gloss) is no sentence; a bracket
closing after its stop ends one.

Invented lines (places are made up).
"""

from __future__ import annotations

import re

from test_keypoints_round5 import _source

from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.keypoints import candidates

_PLACES = [("Veloria", "GPE"), ("Orsk", "GPE"), ("Kestrel", "GPE")]


def _candidates(text: str) -> list[str]:
    """The candidate texts of a source whose sentences are its lines."""
    src, _sa = _source(text, _PLACES, "c")
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return [s.text for s in candidates([src], [spans], [[]], gazetteer(), [[]])]


def test_a_line_ending_in_a_bracket_alone_is_no_sentence():
    found = _candidates(
        "Army officers in Veloria said on Monday that they had dissolved the parliament.\n"
        "Relief for the people of Orsk in the wake of the floods in Veloria (3 March 2023)\n"
        "Photo of the harbour of Orsk shared under a Creative Commons licence (CC BY 2.0)\n"
        "The final count of the vote was published and it showed the Union Party (UP)"
    )
    assert found == [
        "Army officers in Veloria said on Monday that they had dissolved the parliament."
    ]


def test_near_miss_a_bracket_closing_after_its_stop_ends_a_sentence():
    found = _candidates(
        "The council of Orsk met again on Friday to discuss the repairs. (It had met twice.)\n"
    )
    assert found and found[0].endswith("(It had met twice.)")
