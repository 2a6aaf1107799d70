"""A verbless list item under a lead-in ending in a colon never words a key point.

Invented texts with made-up names; the near-misses are list items that are whole sentences.
"""

from __future__ import annotations

import pytest
from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.fragments import finite

NAMES = [("Talor", "GPE"), ("Kestria", "GPE"), ("Orsk", "GPE"), ("Border Committee", "ORG")]


def _points(text: str) -> list[str]:
    src, sa = labelled(text, NAMES)
    analysis = combine([src], [sa], top_n=4)
    return [p.text for p in analysis.key_points + analysis.background]


def test_verbless_items_completing_a_lead_in_never_word_a_point():
    texts = _points(
        "Talor and Kestria agreed to an immediate ceasefire at talks hosted by Orsk on Monday.\n"
        "The two sides agreed on these points:\n"
        "- An immediate and unconditional ceasefire between Talor and Kestria from midnight.\n"
        "- A meeting of the Border Committee on 4 August, to be hosted by Kestria.\n"
        "- The return of the ambassadors of Talor and Kestria, if both sides agreed.\n"
        "Orsk will send observers to the border of Talor and Kestria next week.\n"
    )
    assert not any(t.startswith(("An immediate", "A meeting", "The return")) for t in texts)
    assert any("agreed to an immediate ceasefire" in t for t in texts)


def test_near_miss_list_items_that_are_whole_sentences_stay_points():
    texts = _points(
        "Key facts:\n"
        "- The earthquake killed 212 people in Talor on Sunday.\n"
        "- 4,000 people fled their homes in the hills of Kestria.\n"
        "- Orsk will send 40 engineers and two field hospitals to Talor.\n"
    )
    assert any("killed 212 people" in t for t in texts)
    assert any("fled their homes" in t for t in texts)
    assert any("40 engineers" in t for t in texts)


def test_near_miss_a_verbless_bullet_without_a_lead_in_is_left_to_the_other_rules():
    texts = _points(
        "- Talor and Kestria agreed to an immediate ceasefire at talks hosted by Orsk.\n"
        "- A meeting of the Border Committee of Talor and Kestria on 4 August in Orsk.\n"
    )
    assert any("A meeting of the Border Committee" in t for t in texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A meeting of the Border Committee on 4 August, to be hosted by Kestria.", False),
        ("The convening of a meeting of commanders, followed by a meeting led by Orsk.", False),
        ("The return of the ambassadors, if both sides agreed.", False),
        ("The earthquake killed 212 people in Talor.", True),
        ("4,000 people fled their homes.", True),
        ("Orsk will send 40 engineers.", True),
        ("Kestria sends 40 engineers to Talor.", True),
    ],
)
def test_a_finite_verb_in_the_main_clause(text, expected):
    assert finite(text) is expected
