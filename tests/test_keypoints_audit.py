"""Cases an adversarial review found in the key-point rules: a list of facts with counts is
content (only a list of topics is a label), thanks to a third party for an event is no
courtesy formula, one figure counting two different things is two facts (small invented texts,
made-up names)."""

from __future__ import annotations

import pytest
from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.furniture import label_list


def _points(text: str, names: list[tuple[str, str]], top_n: int = 4) -> list[str]:
    src, sa = labelled(text, names)
    analysis = combine([src], [sa], top_n=top_n)
    return [p.text for p in analysis.key_points + analysis.background]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Damage so far: 300 homes destroyed; 12 bridges down; 40,000 people without power.",
            False,
        ),
        ("Losses: two hundred homes destroyed; bridges washed out; roads closed.", False),
        ("Subjects: visit to Talor; labour mobility; regional security; elections.", True),
        ("Tags: floods; Kestria; relief convoys; harbour fees.", True),
    ],
)
def test_a_list_of_facts_with_counts_is_no_label_over_topics(text, want):
    assert label_list(text) is want


def test_a_list_of_damage_figures_is_a_key_point():
    text = (
        "Damage so far: 300 homes destroyed; 12 bridges down; 40,000 people without power.\n"
        "Rain is forecast to ease over Talor by the weekend, the weather office said.\n"
    )
    assert "Damage so far: 300 homes destroyed; 12 bridges down; 40,000 people without power." in (
        _points(text, [("Talor", "GPE")])
    )
