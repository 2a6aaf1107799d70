"""Key points, fourteenth round: one blow told by several sources in other words takes one
point, not two, so the relief told after it gets the room. Two leads naming the blow's day in
two forms ("late Sunday" / "on 1 March", one day as the timeline resolved them) are one fact
in picking too; and a source's sentence telling the blow alone, that the picked point tells
alone too, leaves the pool when the point is picked. Invented texts with made-up places;
entities labelled by hand, days given as the timeline would resolve them."""

from __future__ import annotations

import re

from test_analysis_rules import labelled

from briefing_app.analysis.facts import same_fact
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.keypoints import _one_blow, candidates, score, select

_PLACES = [("Veloria", "GPE"), ("Marden", "GPE"), ("Orsk", "GPE"), ("Kestrel Aid", "ORG")]
_DAYS = {"Sunday": "2026-03-01", "1 March": "2026-03-01", "4 March": "2026-03-04"}


def _sentences(*texts: str):
    """One candidate per text, each text its own source, actors and days set by hand."""
    sources, spans, starts, ids, days = [], [], [], [], []
    for k, text in enumerate(texts):
        source, sa = labelled(text, _PLACES, f"s{k}")
        sources.append(source)
        spans.append([(0, len(text))])  # each text one sentence ("7.5" is no stop)
        starts.append([s for s, _, _ in sa.entities])
        ids.append(
            [
                (s, ("place:" if label == "GPE" else "organization:") + text[s:e].lower())
                for s, e, label in sa.entities
            ]
        )
        days.append(
            [(m.start(), iso) for word, iso in _DAYS.items() for m in re.finditer(word, text)]
        )
    sents = candidates(sources, spans, starts, gazetteer(), ids, days=days)
    return sources, sents


def _pair(a: str, b: str):
    _, sents = _sentences(a, b)
    assert len(sents) == 2, [s.text for s in sents]
    return sents


_LEAD_A = "A strong earthquake struck Veloria late Sunday, killing at least 300 people."
_LEAD_B = "A powerful earthquake hit Veloria on 1 March, leaving at least 300 people dead."


def test_one_day_in_two_forms_is_one_fact_in_picking():
    a, b = _pair(_LEAD_A, _LEAD_B)
    assert same_fact(a, b, synonyms=False)


def test_two_days_stay_two_facts():
    a, b = _pair(_LEAD_A, "A powerful earthquake hit Veloria on 4 March, leaving 120 people dead.")
    assert not same_fact(a, b, synonyms=False)
    a, b = _pair(
        "Kestrel Aid sent a medical team and tents to Orsk late Sunday.",
        "A powerful earthquake hit Veloria on 1 March, leaving at least 120 people dead.",
    )
    assert not same_fact(a, b, synonyms=False)


def test_blow_told_alone_in_other_words_is_one_blow():
    a, b = _pair(
        "A strong earthquake struck Veloria, killing at least 300 people.",
        "The earthquake destroyed hundreds of homes across Veloria and left many dead.",
    )
    assert _one_blow(b, a) and _one_blow(a, b)


def test_blow_with_more_or_an_act_is_not_one_blow():
    lead = "A strong earthquake struck Veloria, killing at least 300 people."
    for other in (
        # a magnitude the point does not give: a second quake, or more of the blow
        "A second earthquake of magnitude 7.5 struck Veloria, destroying hundreds of homes.",
        # a day the point does not name
        "The earthquake destroyed hundreds of homes across Veloria on 4 March.",
        # an act besides the blow
        "Kestrel Aid sent rescuers to Veloria after the earthquake destroyed hundreds of homes.",
        # another place
        "A strong earthquake struck Marden, killing at least 40 people.",
    ):
        a, b = _pair(lead, other)
        assert not _one_blow(b, a), other


def test_the_blow_takes_one_point_and_the_relief_another():
    sources, sents = _sentences(
        "A strong earthquake struck Veloria, killing at least 300 people.",
        "The earthquake destroyed hundreds of homes across Veloria and left many dead.",
        "Kestrel Aid flew tents, water and medicine to Veloria for the families left homeless.",
    )
    score(sents)
    points = select(sents, sources, 2)
    texts = [p.text for p in points]
    assert any(t.startswith("Kestrel Aid flew tents") for t in texts), texts
    blow = [p for p in points if "earthquake" in p.text]
    assert len(blow) == 1 and set(blow[0].sources) == {"s0", "s1"}, texts
