"""Key-point citations, round 17: a point that names no kind of event, retold by another source.

"The port city of Talor has suffered a massive and horrifying impact, the Kestrian Red Cross
says" names no kind of event the word lists know, so no retelling shares one with it and the
test of shared actors and a shared kind of event never cited another source for it: "The
Kestrian Red Cross said nine in ten houses of the city of Talor were damaged or destroyed"
stayed uncited (seen on two fresh sets: a cyclone's blow on a port city told by four
publishers, a town cut off by a quake told by three). In citing, the actors now stand in for
the missing kind: a sentence of another source naming two or more of the point's actors, one
not a place, and no actor of its own, with the words of a same-fact match, a lower-case word
in common besides the names and no day apart, states it.

Invented texts, places and bodies; entities are labelled by hand as the small model labels them.
"""

from __future__ import annotations

from types import SimpleNamespace

from test_keypoints_round5 import _combine, _source

from briefing_app.analysis.eventless import eventless_retold
from briefing_app.analysis.facts import SAME_FACT

_LABELS = [
    ("Talor", "GPE"),
    ("Veloria", "GPE"),
    ("Storm Orla", "PERSON"),
    ("Kestrian Red Cross", "ORG"),
    ("Harwick Trust", "ORG"),
]
_FILLER = (
    "Engineers in Marden will rebuild the old stone bridge over the river next spring.\n"
    "The harvest festival in Marden drew large crowds of visitors from the coast.\n"
)
_POINT = (
    "The port city of Talor in Veloria has suffered a massive and horrifying impact, the "
    "Kestrian Red Cross says.\n"
)


def _cited(other: str) -> list[str]:
    red_cross = _source(_POINT + _FILLER, _LABELS, "redcross")
    paper = _source(other + "\n" + _FILLER, _LABELS, "paper")
    found = [p for p in _combine(red_cross, paper).key_points if "horrifying" in p.text]
    assert found
    return found[0].sources


def test_another_source_retelling_a_point_without_a_kind_of_event_is_cited():
    told = (
        "The Kestrian Red Cross said nine in ten houses of the city of Talor were damaged or "
        "destroyed."
    )
    assert _cited(told) == ["redcross", "paper"]


def test_a_sentence_naming_an_actor_of_its_own_is_not_cited():
    trust = "The Harwick Trust said that nine in ten houses of Talor had been damaged or destroyed."
    assert _cited(trust) == ["redcross"]


def test_ordinary_news_of_the_same_body_and_town_is_not_cited():
    office = "The Kestrian Red Cross opened a new office in Talor last year."
    assert _cited(office) == ["redcross"]


def _s(source, actors, *, events=(), days=(), text="Most houses of the city were wrecked."):
    return SimpleNamespace(
        source=source,
        text=text,
        fact_actors=frozenset(actors),
        fact_events=frozenset(events),
        days=frozenset(days),
    )


_STORM = "person:storm-orla"
_TALOR = "place:talor"
_VELORIA = "place:veloria"
_POINT_S = _s(
    0,
    {_STORM, _TALOR, _VELORIA, "organization:kestrian-red-cross"},
    text="The city has suffered a massive and horrifying impact.",
)


def test_the_rule_needs_two_of_the_points_actors_one_not_a_place():
    assert eventless_retold(_s(1, {_STORM, _TALOR}), _POINT_S, 0.3, SAME_FACT)
    # places alone: any story told of the town ("Talor in Veloria reopened its school")
    assert not eventless_retold(_s(1, {_TALOR, _VELORIA}), _POINT_S, 0.3, SAME_FACT)
    assert not eventless_retold(_s(1, {_STORM}), _POINT_S, 0.3, SAME_FACT)


def test_near_misses_stay_uncited():
    storm = _s(1, {_STORM, _TALOR})
    assert not eventless_retold(storm, _POINT_S, SAME_FACT - 0.01, SAME_FACT)  # few words
    own = _s(1, {_STORM, _TALOR, "organization:harwick-trust"})
    assert not eventless_retold(own, _POINT_S, 0.5, SAME_FACT)  # another body's story
    # no word in common besides the names: "Orla's path crossed Talor" / "a horrifying impact"
    other_words = _s(1, {_STORM, _TALOR}, text="Orla's path crossed Talor before dawn.")
    assert not eventless_retold(other_words, _POINT_S, 0.5, SAME_FACT)
    # the words in common are about the telling: two things one body told reporters
    told = _s(0, {_STORM, _TALOR}, text="Orla's crew told reporters the port is shut.")
    also = _s(1, {_STORM, _TALOR}, text="Orla's mayor told reporters the fleet is small.")
    assert not eventless_retold(also, told, 0.5, SAME_FACT, frozenset({"told", "reporte"}))
    assert eventless_retold(also, told, 0.5, SAME_FACT)  # the telling words alone
    same_source = _s(0, {_STORM, _TALOR})
    assert not eventless_retold(same_source, _POINT_S, 0.5, SAME_FACT)
    # the point names a kind of event: the usual test (shared kind) decides, not this one
    struck = _s(0, {_STORM, _TALOR, _VELORIA}, events={1})
    assert not eventless_retold(storm, struck, 0.5, SAME_FACT)
    # two days as the timeline resolved them: "deaths reached 378" / "it formed on the 15th"
    later = _s(1, {_STORM, _TALOR}, days={"2021-12-26"})
    formed = _s(0, {_STORM, _TALOR}, days={"2021-12-15"})
    assert not eventless_retold(later, formed, 0.5, SAME_FACT)
    assert eventless_retold(_s(1, {_STORM, _TALOR}, days={"2021-12-15"}), formed, 0.5, SAME_FACT)
