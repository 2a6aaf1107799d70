"""Key points, fifteenth round: a death toll given as the value of the word "toll" ("the
official death toll rose only to 57 late on Friday", "the toll stands at 57") is the same toll
as "at least 57 people have died" in another source, so that source is cited for the point
too. Invented texts with made-up places; entities labelled by hand."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.keypoints import candidates
from briefing_app.analysis.tolled import states
from briefing_app.analysis.tolls import toll_keys

_PLACES = [("Veloria", "GPE"), ("Marden", "GPE"), ("Orsk", "GPE")]


def _pair(a: str, b: str):
    """One candidate per text, each text its own source."""
    sources, spans, starts, ids = [], [], [], []
    for k, text in enumerate((a, b)):
        source, sa = labelled(text, _PLACES, f"s{k}")
        sources.append(source)
        spans.append([(0, len(text))])
        starts.append([s for s, _, _ in sa.entities])
        ids.append([(s, "place:" + text[s:e].lower()) for s, e, _ in sa.entities])
    sents = candidates(sources, spans, starts, gazetteer(), ids)
    assert len(sents) == 2, [s.text for s in sents]
    return sents


def test_toll_given_as_the_value_of_toll():
    for text, toll in (
        ("Officials said the official death toll rose only to 57 late on Friday.", "#57 toll"),
        ("The health ministry said the death toll is now at 31 and expected to climb.", "#31 toll"),
        ("The death toll from the storm in Veloria climbed to 1,240 on Monday.", "#1240 toll"),
        ("The ministry says the official death toll from the quake stands at 28.", "#28 toll"),
        ("Police confirmed a death toll of 12 after the blast.", "#12 toll"),
    ):
        assert toll in toll_keys(text), text


def test_no_toll_value_from_shares_days_years_or_other_tolls():
    for text in (
        "The death toll as of 5 May was still unclear, officials said.",
        "The death toll rose to 12% of reported cases in the outbreak.",
        "The death toll in 2019 was the highest since records began.",
        "The new road toll of 12 dollars angered drivers in Marden.",  # no deaths told
        "Officials said the toll of the storm on farms came to 40 hectares lost.",  # no deaths
    ):
        assert not any(k.endswith(" toll") for k in toll_keys(text)), text


def test_toll_as_value_states_the_same_toll_in_people():
    lead = (
        "As relief efforts grew on Saturday, officials said at least 57 people have died in "
        "Veloria, and hundreds are still missing."
    )
    other = (
        "Leaders fear hundreds remain missing in Veloria, even as the official death toll "
        "rose only to 57 late on Friday."
    )
    a, b = _pair(lead, other)
    assert states(b, a) and states(a, b)


def test_two_tolls_stay_apart():
    lead = (
        "As relief efforts grew on Saturday, officials said at least 57 people have died in "
        "Veloria, and hundreds are still missing."
    )
    for other in (
        # another count: a toll told as it rose is its own fact
        "Leaders fear hundreds remain missing in Orsk, even as the official death toll rose "
        "only to 12 late on Friday.",
        # the same figure counting something else
        "Engineers said the repair bill in Orsk rose to 57 million on Friday as roads closed.",
    ):
        a, b = _pair(lead, other)
        assert not states(b, a), other
