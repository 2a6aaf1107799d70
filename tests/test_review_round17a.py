"""Review of round 17's first merged rules: ordinary news sentences the rules' authors did not
write, that each rule must leave as they were (invented text and hand-made labels)."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]):
    src, sa = labelled(text, labels)
    return {a.name: a for a in combine([src], [sa]).actors}


def test_a_broadcasters_division_before_its_chairman_stays():
    # "NBC Sports" + " Chairman Pete ...": an acronym, a plural noun and a title; the plural
    # names the body's line of work, it is no title's first word ("Country Director")
    text = (
        "KORVO Sports Chairman Pete Arlen said the deal would run until 2030. KORVO said the "
        "games would stream online."
    )
    labels = [("KORVO Sports", "ORG"), ("Pete Arlen", "PERSON"), ("KORVO", "ORG")]
    actors = _actors(text, labels)
    assert "KORVO Sports" in actors
    assert "Pete Arlen" in actors


def test_an_acronym_and_a_word_run_into_a_title_is_still_dropped():
    text = (
        "The Relief Agency of Morvik (RAM) opened a depot. “We need roads,” said RAM Country "
        "Director Pavel Orsk on Monday."
    )
    labels = [
        ("Relief Agency of Morvik", "ORG"),
        ("RAM", "ORG"),
        ("RAM Country", "ORG"),
        ("Pavel Orsk", "PERSON"),
    ]
    actors = _actors(text, labels)
    assert "RAM Country" not in actors
    assert "Pavel Orsk" in actors


def test_a_people_before_a_unit_noun_qualifying_a_plural_stays_a_group():
    # "in Sunni district councils": the unit noun qualifies what follows it; the name is a
    # people's, no place ("in Varakkal taluk on Friday" stays a place)
    text = (
        "Seats were contested in Ombari district councils across the north, the election board "
        "said. Voting was calm in Varakkal taluk on Friday."
    )
    actors = _actors(text, [("Ombari", "NORP"), ("Varakkal", "NORP")])
    assert "Ombari" not in actors
    assert actors["Varakkal"].type == "place"
