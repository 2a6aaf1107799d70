"""Review of round 17's first merged rules: ordinary news sentences the rules' authors did not
write, that each rule must leave as they were (invented text and hand-made labels)."""

from __future__ import annotations

import pytest
from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.podium import stage_direction
from briefing_app.ingest.load import source_from_text
from briefing_app.ingest.title_day import title_stamp


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


HEADLINE = "Relief camps open after floods\n\n"
REST = "\n\nRelief camps opened in Kestria for 3,000 people after the river rose.\n"


def _paged(text: str, labels: list[tuple[str, str]]):
    """Actors of a page cleaned as a pasted text is: a headline, then its lead paragraph."""
    src = source_from_text(text)
    _, sa = labelled(src.text, labels, sid=src.id)
    return {a.name: a for a in combine([src], [sa]).actors}


@pytest.mark.parametrize(
    ("lead", "rest", "labels", "absent"),
    [
        # a host's given name as her one label, her full name further down
        (
            "Victoria: Welcome back to the programme, where we talk about farming.",
            "\n\nVictoria Lane has hosted the show since 2019, with Kestria as its home.\n",
            [("Victoria Lane", "PERSON"), ("Kestria", "GPE")],
            "Victoria",
        ),
        # a heading spelt like a town, the text writing the word in lower case
        (
            "Independence: The independence of the courts is the theme of this year's forum.",
            REST,
            [("Kestria", "GPE")],
            "Independence",
        ),
    ],
)
def test_a_label_before_a_colon_opening_the_lead_is_no_dateline(lead, rest, labels, absent):
    assert absent not in _paged(HEADLINE + lead + rest, labels)


@pytest.mark.parametrize(
    "sentence",
    [
        # a report's sentence opening like a heading, its verb in the present tense
        "Remarks by Ana Velt lift shares in Orsk as traders bet on a rate cut.",
        "Statements by Ana Velt worry the farmers of Talor.",
        # a quotation opening as a framing line, closed before its speaker
        "“The following is what we agreed: grain will move by sea,” Ana Velt said on Tuesday.",
        '"The following are our terms," the union told the port of Orsk.',
    ],
)
def test_ordinary_sentences_opening_like_a_frame_are_no_stage_direction(sentence: str):
    assert not stage_direction(sentence)


def test_headings_and_framing_lines_stay_stage_directions():
    for sentence in [
        "Remarks by President Ana Velt at the opening of the Orsk summit",
        "Statement by Ana Velt, Deputy Coordinator, at the Council meeting on Talor.",
        "“The following is the text of a joint statement issued by Orsk and Talor.",
    ]:
        assert stage_direction(sentence)


def test_a_look_back_headline_opening_with_its_day_gives_no_published_date():
    title = "June 4, 1989: the night the tanks came to Orsk"
    body = "Thirty-five years later, in 2024, survivors still remember the crackdown."
    assert title_stamp(title, body) == ""
    # a dated message whose body names no later year keeps its day
    notice = "March 30, 2031: Message for Kelvo Residents"
    assert title_stamp(notice, "The airport stays closed until 2031-04-02.") == "2031-03-30"
    assert title_stamp(notice, "The embassy reminds residents to shelter in place.") == (
        "2031-03-30"
    )
