"""Citing, fourteenth round: a sentence telling the same blow as a point, but none of the counts
the point gives of it (a toll, a number of aftershocks), states that the blow struck, not the
point's counts ("aid for those affected by the earthquake in Orsk" / "the death toll from the
quake in Orsk has risen to 2,000"). A magnitude, a day of the month or a year is no count: a
sentence telling the blow without them still supports the point telling the blow. And a
sentence joined to a point telling an act only by a shared detail ("humanitarian assistance"),
sharing no actor but places with it and naming an agent the point does not, tells another
body's act: it does not support the point (the same act told by another source still does).

Invented sentences (places and figures are made up); entities are labelled by hand.
"""

from __future__ import annotations

from test_keypoints_round5 import _source, candidate_pair

from briefing_app.analysis.facts import same_fact
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.keypoints import candidates
from briefing_app.analysis.others_act import others_act
from briefing_app.analysis.passing import blow_told, counts_untold

_PLACES = [("Veloria", "GPE"), ("Orsk", "GPE"), ("Kestrel", "GPE")]


def _sentences(a_text: str, b_text: str):
    return candidate_pair(a_text, b_text, _PLACES)


def _told(a_text: str, b_text: str) -> bool:
    a, b = _sentences(a_text, b_text)
    return blow_told(a, b, gazetteer().event_words)


def test_an_aid_sentence_recalling_the_quake_does_not_state_its_toll():
    assert not _told(
        "Kestrel is sending tents to the families affected by the severe earthquake in Orsk.\n",
        "Three days after the earthquake struck Orsk, the death toll has risen to 2,400.\n",
    )


def test_a_sentence_telling_the_quake_does_not_state_the_aftershocks_counted():
    assert not _told(
        "Kestrel stands with the people of Veloria after the devastating earthquake struck Orsk.\n",
        "The earthquake that struck Orsk in Veloria was followed by at least 46 aftershocks.\n",
    )


def test_near_miss_the_same_toll_in_other_words_still_states_it():
    assert _told(
        "Officials said the earthquake in Orsk had killed 2,400 people.\n",
        "Three days after the earthquake struck Orsk, the death toll has risen to 2,400.\n",
    )


def test_near_miss_a_lead_reporting_the_quake_still_states_the_point():
    # "a strong earthquake hit": the blow brought in as news, not recalled beside an act
    assert _told(
        "A strong earthquake hit Orsk in Veloria on Sunday.\n",
        "Officials said the earthquake killed at least 57 people in Orsk in Veloria.\n",
    )


def test_near_miss_a_magnitude_and_a_day_are_no_counts():
    a, b = _sentences(
        "The earthquake struck Orsk in Veloria on Saturday and destroyed many homes.\n",
        "On Saturday, 14 March, a magnitude 6.9 earthquake struck Orsk in Veloria.\n",
    )
    assert not counts_untold(a, b)


def test_near_miss_a_year_is_no_count():
    a, b = _sentences(
        "The earthquake struck Orsk in Veloria and destroyed many homes.\n",
        "The strongest earthquake since 1962 struck Orsk in Veloria, destroying homes.\n",
    )
    assert not counts_untold(a, b)


# --- another actor's act in the same place, joined only by a shared detail -------------------

_ACTORS = [("Veloria", "GPE"), ("Orsk", "GPE"), ("Kestrel", "GPE"), ("Red Shield", "ORG")]
_PREFIX = {"GPE": "place", "ORG": "organization"}


def _labelled(a_text: str, b_text: str):
    """Candidates of two sources, places and bodies labelled by hand."""
    a, b = _source(a_text, _ACTORS, "a"), _source(b_text, _ACTORS, "b")
    ids = []
    for src, sa in (a, b):
        ids.append(
            [
                (s, f"{_PREFIX[label]}:{src.text[s:e].lower().replace(' ', '-')}")
                for s, e, label in sa.entities
            ]
        )
    sents = candidates([a[0], b[0]], [a[1].sentences, b[1].sentences], [[], []], gazetteer(), ids)
    return next(s for s in sents if s.source == 0), next(s for s in sents if s.source == 1)


_KESTREL_GIVES = (
    "Today Kestrel announced that it is providing new humanitarian assistance to the people "
    "of Orsk affected by the floods.\n"
)


def test_another_body_s_aid_in_the_same_place_does_not_support_a_donor_s_act():
    a, b = _labelled(
        "The Red Shield is working with local partners to get urgently needed humanitarian "
        "assistance to the affected areas.\n",
        _KESTREL_GIVES,
    )
    assert not same_fact(a, b)


def test_near_miss_the_same_act_told_by_another_source_still_supports_it():
    a, b = _labelled(
        "Kestrel is providing humanitarian assistance to the people of Orsk after the floods, "
        "its foreign minister said.\n",
        _KESTREL_GIVES,
    )
    assert same_fact(a, b)


def test_near_miss_a_blow_point_is_not_an_act():
    a, b = _labelled(
        "The Red Shield counted thousands of destroyed homes in Orsk after the floods.\n",
        "Floods struck Orsk in Veloria on Sunday, destroying thousands of homes.\n",
    )
    assert not others_act(a, b)  # the point tells no act: the rule does not apply
