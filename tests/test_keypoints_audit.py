"""Cases an adversarial review found in the key-point rules: a list of facts with counts is
content (only a list of topics is a label), thanks to a third party for an event is no
courtesy formula, one figure counting two different things is two facts (small invented texts,
made-up names)."""

from __future__ import annotations

import pytest
from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.furniture import courtesy, label_list


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


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Thank you to the 400 volunteers who rebuilt the school, the mayor said.", False),
        ("Thank you to the volunteers who rebuilt the harbour wall in Talor.", False),
        ("Welcome news came on Tuesday when the port of Talor reopened to fuel ships.", False),
        # addressed to the listeners, no event or figure of its own: courtesy
        ("Thank you for being here.", True),
        ("Thank you to everyone for coming today.", True),
        ("Mr. President, it's an honor to have you here.", True),
        ("Good morning, everyone.", True),
    ],
)
def test_thanks_for_an_event_or_a_figure_is_no_courtesy_formula(text, want):
    assert courtesy(text) is want


def test_thanks_for_an_event_and_welcome_news_word_key_points():
    text = (
        "Welcome news came on Tuesday when the port of Talor reopened to ships carrying fuel.\n"
        "Thank you to the 400 volunteers who rebuilt the school in Talor, the mayor said.\n"
        "Thank you for being here with us in Talor today.\n"
    )
    texts = _points(text, [("Talor", "GPE")])
    assert any(t.startswith("Welcome news came") for t in texts)
    assert any(t.startswith("Thank you to the 400 volunteers") for t in texts)
    assert not any(t.startswith("Thank you for being here") for t in texts)
