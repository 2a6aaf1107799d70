"""Citing a shooting told in other words: being shot, a shooting, gunfire and gunmen name the
kind of event an attack names (WordNet shoot.v.01: hit with a missile from a weapon, whose
hypernym is "hit"), so a second source telling that a person was shot supports the point
telling it. Near misses stay apart: the same person visiting the town, and a shooting in
another town.

Invented sentences (places and names are made up); entities are labelled by hand.
"""

from __future__ import annotations

from test_keypoints_round5 import candidate_pair

from briefing_app.analysis.eventwords import event_kinds
from briefing_app.analysis.facts import same_fact
from briefing_app.analysis.gazetteer import gazetteer

_LABELS = [("Arlen Dace", "PERSON"), ("Orsk", "GPE"), ("Kestrel", "GPE"), ("Veloria", "GPE")]


def _sentences(a_text: str, b_text: str):
    return candidate_pair(a_text, b_text, _LABELS)


def _same(a_text: str, b_text: str) -> bool:
    a, b = _sentences(a_text, b_text)
    return same_fact(a, b)


def test_shooting_words_name_the_kind_an_attack_names():
    attack = event_kinds("the attack", gazetteer())
    for told in ("he was shot", "gunmen opened fire", "the shooting", "heavy gunfire"):
        assert event_kinds(told, gazetteer()) & attack, told


def test_a_second_source_telling_the_person_was_shot_supports_the_point():
    assert _same(
        "Prime Minister Arlen Dace was shot after a cabinet session in Orsk, news agencies said.\n",
        "Investigators worked near the scene where Arlen Dace was shot earlier in the day.\n",
    )


def test_near_miss_the_same_person_visiting_the_town_is_another_fact():
    assert not _same(
        "Prime Minister Arlen Dace was shot outside the town hall in Orsk.\n",
        "Prime Minister Arlen Dace visited the new hospital in Orsk last spring.\n",
    )


def test_near_miss_a_shooting_in_another_town_is_another_fact():
    assert not _same(
        "Gunmen opened fire on a crowded market in Orsk, killing four people.\n",
        "Gunmen opened fire on a crowded market in Kestrel, killing four people.\n",
    )
