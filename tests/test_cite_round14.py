"""Citing, fourteenth round: a sentence telling the same blow as a point, but none of the counts
the point gives of it (a toll, a number of aftershocks), states that the blow struck, not the
point's counts ("aid for those affected by the earthquake in Orsk" / "the death toll from the
quake in Orsk has risen to 2,000"). A magnitude, a day of the month or a year is no count: a
sentence telling the blow without them still supports the point telling the blow.

Invented sentences (places and figures are made up); entities are labelled by hand.
"""

from __future__ import annotations

from test_keypoints_round5 import _source

from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.keypoints import candidates
from briefing_app.analysis.passing import blow_told, counts_untold

_PLACES = [("Veloria", "GPE"), ("Orsk", "GPE"), ("Kestrel", "GPE")]


def _sentences(a_text: str, b_text: str):
    """Candidates of two sources with the actors they name (places labelled by hand)."""
    a, b = _source(a_text, _PLACES, "a"), _source(b_text, _PLACES, "b")
    ids = []
    for src, sa in (a, b):
        ids.append([(s, f"place:{src.text[s:e].lower()}") for s, e, _ in sa.entities])
    sents = candidates([a[0], b[0]], [a[1].sentences, b[1].sentences], [[], []], gazetteer(), ids)
    return next(s for s in sents if s.source == 0), next(s for s in sents if s.source == 1)


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
        "Kestrel stands with the people of Veloria after the devastating earthquake struck "
        "Orsk.\n",
        "The earthquake that struck Orsk in Veloria was followed by at least 46 aftershocks.\n",
    )


def test_near_miss_the_same_toll_in_other_words_still_states_it():
    assert _told(
        "Officials said the earthquake in Orsk had killed 2,400 people.\n",
        "Three days after the earthquake struck Orsk, the death toll has risen to 2,400.\n",
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
