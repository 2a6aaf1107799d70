"""Citing a coup told in other words: "the army seized power" (its seizure, a power grab, the
putsch, the overthrow) and "the military coup" name one kind of event, so another source's
sentence telling the same takeover supports the point. Near misses stay apart: seizing a ship
is a capture, not a coup; "who took power in 2009" tells no coup; a coup in another country,
or on another day, is another fact.

Invented sentences (places and names are made up); places are labelled by hand.
"""

from __future__ import annotations

from test_keypoints_round5 import candidate_pair

from briefing_app.analysis.eventwords import event_kinds, plain_sense
from briefing_app.analysis.facts import same_fact
from briefing_app.analysis.gazetteer import gazetteer

_PLACES = [("Veloria", "GPE"), ("Orsk", "GPE"), ("Kestrel", "GPE")]


def _sentences(a_text: str, b_text: str):
    return candidate_pair(a_text, b_text, _PLACES)


def _same(a_text: str, b_text: str) -> bool:
    a, b = _sentences(a_text, b_text)
    return same_fact(a, b)


def _kinds(text: str) -> frozenset[int]:
    return event_kinds(plain_sense(text), gazetteer())


def test_seizing_power_names_the_kind_a_coup_names():
    coup = _kinds("the military coup")
    assert coup
    for told in (
        "the army seized power",
        "soldiers grabbed power overnight",
        "the seizure of power by the army",
        "a power grab by the generals",
        "the putsch was condemned",
        "officers overthrew the president",
        "the military takeover",
        "an unconstitutional change of government",
    ):
        assert _kinds(told) & coup, told


def test_near_miss_seizing_a_ship_or_taking_office_is_no_coup():
    coup = _kinds("the military coup")
    assert not _kinds("the navy seized a cargo ship") & coup
    assert not _kinds("the president, who took power in 2009, spoke") & coup
    assert not _kinds("the takeover of the airline by its rival") & coup


def test_a_second_source_telling_the_coup_as_a_seizure_of_power_supports_it():
    assert _same(
        "The army of Veloria seized power on Monday after weeks of unrest in Orsk.\n",
        "Western governments condemned the military coup in Veloria.\n",
    )


def test_a_power_grab_supports_the_point_telling_the_coup():
    assert _same(
        "Residents of Orsk said officers had staged a coup in Veloria.\n",
        "The generals of Veloria grabbed power in a night of gunfire.\n",
    )


def test_near_miss_the_same_army_seizing_a_ship_is_another_fact():
    assert not _same(
        "The army of Veloria seized a cargo ship off the coast of Orsk.\n",
        "The army of Veloria staged a coup and detained the cabinet.\n",
    )


def test_near_miss_a_coup_in_another_country_is_another_fact():
    assert not _same(
        "Soldiers seized power in Veloria and closed the borders.\n",
        "Soldiers seized power in Kestrel and closed the borders.\n",
    )


def test_near_miss_a_coup_and_a_leader_taking_office_years_before_stay_apart():
    assert not _same(
        "The army of Veloria seized power on Monday and dissolved the parliament.\n",
        "The president of Veloria, who took power in 2009, was re-elected on Saturday.\n",
    )


def test_near_miss_two_coups_on_two_days_stay_apart():
    assert not _same(
        "The army of Veloria seized power on 1 February after the disputed vote.\n",
        "Officers staged a coup in Veloria on 3 March after the disputed vote.\n",
    )


def test_two_bodies_condemning_the_coup_state_one_fact():
    assert _same(
        "The council of Kestrel strongly condemns the unconstitutional change of government in "
        "Veloria.\n",
        "The regional leaders condemned the coup attempt in Veloria on Monday.\n",
    )


def test_near_miss_two_bodies_condemning_two_acts_in_one_place_stay_apart():
    assert not _same(
        "The council of Kestrel condemned the coup in Veloria and the arrest of the cabinet.\n",
        "The regional leaders condemned the bombing of a market in Veloria.\n",
    )
