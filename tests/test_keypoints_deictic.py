"""A sentence opening with a deictic and a shell noun ("Today's action", "These measures")
never words a key point: its content is in another sentence. Invented texts, made-up names."""

from __future__ import annotations

import pytest
from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.referents import unquotable

NAMES = [("Orsk Treasury", "ORG"), ("Orsk", "GPE"), ("Talor Shipping", "ORG"), ("Kestria", "GPE")]


def test_todays_action_never_words_a_point():
    text = (
        "The Orsk Treasury today sanctioned Talor Shipping and six of its tankers for carrying "
        "oil from Kestria.\n\n"
        "Today's action was taken in coordination with the Orsk Treasury's partners in Kestria "
        "and the Orsk Treasury's own office in Kestria.\n\n"
        "Talor Shipping moved oil from Kestria to buyers abroad on 14 tankers last year.\n"
    )
    src, sa = labelled(text, NAMES)
    analysis = combine([src], [sa], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert not any(t.startswith("Today's action") for t in texts)
    assert any("sanctioned Talor Shipping" in t for t in texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today's action was taken in coordination with the Orsk Treasury.", True),
        ("These measures will take effect in Kestria on Friday.", True),
        ("This week's historic announcement follows months of talks in Orsk.", True),
        # near-misses: the noun names the event, or the determiner's noun is the content
        ("Today's earthquake killed 212 people in Talor.", False),
        ("This new funding will support 4,000 families in Kestria.", False),
        ("The decision was welcomed by Kestria and Orsk on Monday.", False),
    ],
)
def test_a_deictic_shell_noun_opening(text, expected):
    assert unquotable(text) is expected
