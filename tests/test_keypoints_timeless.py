"""A timeless definition of a body (a page's encyclopaedic blurb) is never a key point.

Invented texts with made-up names; near-misses are sentences of the same shape that tell news.
"""

from __future__ import annotations

import pytest
from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.timeless import timeless

NAMES = [
    ("Orsk Commission", "ORG"),
    ("Orsk Union", "ORG"),
    ("Talor Rescue Service", "ORG"),
    ("Talor", "GPE"),
    ("Kestria", "GPE"),
]


def test_a_blurb_defining_a_body_is_background_never_a_point():
    text = (
        "The Orsk Commission (OC) is the executive arm of the Orsk Union, responsible for "
        "proposing laws, enforcing its rules and running the union budget.\n\n"
        "The Orsk Union is sending 40 tonnes of tents and blankets to Talor after the floods.\n\n"
        "The Talor Rescue Service responds to disasters around the world with engineers and "
        "medics.\n\n"
        "Floods in Talor forced 4,000 people from their homes in Kestria on Tuesday.\n"
    )
    src, sa = labelled(text, NAMES)
    analysis = combine([src], [sa], top_n=3)
    texts = [p.text for p in analysis.key_points]
    assert not any("executive arm" in t or "around the world" in t for t in texts)
    assert any("40 tonnes" in t for t in texts)
    assert any("4,000 people" in t for t in texts)


@pytest.mark.parametrize(
    "text",
    [
        "The Orsk Commission (OC) is the executive arm of the Orsk Union, responsible for laws.",
        "The Talor Rescue Service responds to disasters around the world.",
        "The Talor Rescue Service is a charity that trains volunteers in rescue work.",
    ],
)
def test_generic_sentences_about_a_named_body_are_timeless(text):
    assert timeless(text, gazetteer())


@pytest.mark.parametrize(
    "text",
    [
        # a rank, a time, a figure, an event, a hazard or a speaker makes it news
        "Kestria is the first country to send engineers to Talor.",
        "The Orsk Union is the largest donor to the appeal for Talor.",
        "Hurricane Ivo is the strongest storm on the planet this year.",
        "The Orsk Union is a donor of 40 tonnes of tents to Talor.",
        "Kestria is a reliable partner of Talor, the minister said.",
        "The Talor Rescue Service sent 60 rescuers to Kestria on Monday.",
        "The Talor Rescue Service is now a part of the relief operation in Kestria.",
        # a subject that is not a name: a judgement on the situation, not a definition
        "The situation in Talor is a humanitarian catastrophe for the whole region.",
    ],
)
def test_near_misses_news_in_the_shape_of_a_definition_stay_points(text):
    assert not timeless(text, gazetteer())
