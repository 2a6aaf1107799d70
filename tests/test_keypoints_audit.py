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
        ("Thank you for joining us in Talor on Sept. 3, 2024 at 10 am.", True),
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


@pytest.mark.parametrize("aid_figure", ["80 000", "80,000"])
def test_one_figure_counting_two_different_things_is_two_points(aid_figure):
    names = [("Ostra", "GPE"), ("World Food Programme", "ORG")]
    a = labelled(
        "Floods in Ostra have displaced 80,000 people since Monday, the disaster agency said.",
        names,
        "a",
    )
    b = labelled(
        f"Aid agencies have delivered food to {aid_figure} people in Ostra since Monday, the "
        "World Food Programme said.",
        names,
        "b",
    )
    analysis = combine([a[0], b[0]], [a[1], b[1]], top_n=3)
    points = {p.text[:12]: sorted(p.sources) for p in analysis.key_points}
    assert points == {"Floods in Os": ["a"], "Aid agencies": ["b"]}


def test_one_count_of_one_thing_befalling_it_is_still_one_point():
    names = [("Ostra", "GPE")]
    a = labelled(
        "Floods in Ostra have displaced 80,000 people since Monday, the disaster agency said.",
        names,
        "a",
    )
    b = labelled(
        "In Ostra 80 000 people have been displaced by the rising river, officials said.",
        names,
        "b",
    )
    analysis = combine([a[0], b[0]], [a[1], b[1]], top_n=3)
    assert [sorted(p.sources) for p in analysis.key_points] == [["a", "b"]]


def test_a_count_befalling_its_noun_in_words_of_one_family_cites_both_sources():
    # "killed" and "dead" are one kind of event: one toll, each report cites the other;
    # "pulled 300 people alive from the rubble" counts something else.
    names = [("Talor", "GPE")]
    a = labelled(
        "The cyclone killed at least 300 people in Talor on Monday, officials said.", names, "a"
    )
    b = labelled(
        "In Talor 300 people are dead after the cyclone, the Red Cross said on Monday.", names, "b"
    )
    c = labelled(
        "Rescuers in Talor have pulled 300 people alive from the rubble since the cyclone.",
        names,
        "c",
    )
    analysis = combine([a[0], b[0], c[0]], [a[1], b[1], c[1]], top_n=3)
    cited = {p.text[:12]: sorted(p.sources) for p in analysis.key_points}
    assert cited["The cyclone "] == ["a", "b"]
    assert cited["Rescuers in "] == ["c"]


def test_a_toll_and_the_count_of_its_dead_are_one_point():
    # "the death toll has risen to 300 people" names what befalls "300 people were killed"
    names = [("Talor", "GPE")]
    a = labelled(
        "The death toll in Talor has risen to 300 people, officials said on Monday.", names, "a"
    )
    b = labelled(
        "At least 300 people have been killed in Talor by the cyclone, the Red Cross said.",
        names,
        "b",
    )
    analysis = combine([a[0], b[0]], [a[1], b[1]], top_n=3)
    assert [sorted(p.sources) for p in analysis.key_points] == [["a", "b"]]


def test_a_sentence_opening_with_its_count_is_a_key_point_and_a_fragment_is_not():
    text = (
        "Floods hit the Ostra valley on Monday after three days of rain, officials said.\n\n"
        "12,000 people have fled their homes in Talor since the river burst its banks on "
        "Monday.\n\n"
        "and 300 more were injured in the town of Talor on Monday, the mayor told reporters.\n\n"
        "The regional governor asked the national army to send boats and helicopters."
    )
    points = _points(text, [("Ostra", "GPE"), ("Talor", "GPE")], top_n=5)
    assert any(p.startswith("12,000 people have fled") for p in points)
    assert not any("300 more were injured" in p for p in points)
