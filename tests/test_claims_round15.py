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


# ---- a lead hidden by an ISO day stamped before it -------------------------------------


def _start(text: str) -> str:
    """The first sentence's words as the key points see them (``lead_start``)."""
    from briefing_app.analysis.furniture import after_bullet
    from briefing_app.analysis.lead_start import lead_start
    from briefing_app.analysis.lines import sentence_start

    at = lead_start(text, 0, after_bullet(text, sentence_start(text, 0)))
    return text[at:]


def test_iso_day_stamp_is_cut_off_the_lead():
    lead = "Rescuers searched the rubble of Orsk for survivors of Tuesday's earthquake."
    for opener in (
        " date 2031-03-04 MARDEN, 4 March (Kestrel Press) – ",  # the day, then a dateline
        "date 2031-03-04 ",
        "Date: 2031-03-04 ",
        "2031-03-04T09:30:00Z ",
    ):
        assert _start(opener + lead) == lead, opener


def test_iso_day_near_misses_keep_their_start():
    for text in (
        "2031-03-04 was the day rescuers reached Orsk.",  # the day is the subject
        "date 2031-03-04 and more notes on the Orsk rescue.",  # no capital after it
        "Dates 2031-03-04 Marden rescue log.",  # not the label
    ):
        assert _start(text) == text, text
    from briefing_app.analysis.lead_start import lead_start

    text = "Rains fell. 2031-03-04 The Board met."  # inside a paragraph
    at = text.index("2031")
    assert lead_start(text, at, at) == at


# ---- a quantifier standing for the people the sentence before counted ------------------


def test_quantifier_alone_does_not_word_a_point():
    from briefing_app.analysis.referents import unquotable

    for text in (
        "Most were pulled from the wreckage in Orsk and Marden.",
        "Many have fled to relatives in the hills above Orsk.",
        "Others spent the night on open ground in Marden.",
        "Several were taken to the hospital in Orsk by helicopter.",
    ):
        assert unquotable(text), text
    for text in (
        "Some 650 people were treated for injuries in Orsk.",  # "some" before a count
        "Many residents fled to relatives in the hills above Orsk.",  # names its noun
        "Most of the dead were found in the old town of Orsk.",
        "All flights to Marden were cancelled on Tuesday.",
        "Otherwise the Orsk Water Board kept the wells open.",
    ):
        assert not unquotable(text), text


# ---- a headline stating a point's fact cites its source ---------------------------------

_BODY_A = (
    "{title}\n\n"
    "Relief teams from Kestrel Aid reached the flooded villages of Marden on Tuesday morning.\n\n"
    "The teams brought tents, water filters and blankets for families sleeping in schools.\n\n"
    "Kestrel Aid said more trucks would follow from the coast later in the week.\n"
)
_BODY_B = (
    "Heavy floods swept through Veloria on Monday, killing at least 40 people in the province.\n\n"
    "Schools across the valley stayed closed while teachers counted their pupils again.\n\n"
    "Engineers will rebuild the old stone bridge over the river in the spring.\n"
)
_LABELS = [("Veloria", "GPE"), ("Marden", "GPE"), ("Kestrel Aid", "ORG")]


def _toll_point_sources(title: str) -> list[str]:
    from dataclasses import replace

    from briefing_app.analysis import combine

    text_a = _BODY_A.format(title=title)
    src_a, sa_a = labelled(text_a, _LABELS, "a")
    src_a = replace(src_a, title=title)
    src_b, sa_b = labelled(_BODY_B, _LABELS, "b")
    points = combine([src_a, src_b], [sa_a, sa_b], top_n=5).key_points
    toll = [p for p in points if "40 people" in p.text]
    assert toll, [p.text for p in points]
    # the headline never words a point
    assert all(p.text.strip() != title for p in points)
    return toll[0].sources


def test_headline_stating_the_fact_cites_its_source():
    assert _toll_point_sources("Floods kill 40 people in Veloria province") == ["a", "b"]


def test_headline_of_another_fact_cites_nothing():
    assert _toll_point_sources("Kestrel Aid sends relief teams to Marden") == ["b"]


# ---- a later retelling that drops the point's place does not word it -------------------


def _worded(first: str, later: str) -> str:
    from dataclasses import replace

    from briefing_app.analysis.wording import latest

    sources, spans, starts, ids = [], [], [], []
    for k, (text, day) in enumerate(((first, "2031-03-04"), (later, "2031-03-05"))):
        source, sa = labelled(text, [*_PLACES, ("Defence Ministry", "ORG")], f"s{k}")
        sources.append(replace(source, published=day))
        spans.append([(0, len(text))])
        starts.append([s for s, _, _ in sa.entities])
        ids.append(
            [
                (s, ("place:" if label == "GPE" else "organization:") + text[s:e].lower())
                for s, e, label in sa.entities
            ]
        )
    a, b = candidates(sources, spans, starts, gazetteer(), ids)
    return latest([a, b], sources, precise=True, places=True).text


def test_later_report_without_the_place_does_not_word_the_point():
    first = "A strong earthquake struck Veloria before dawn on Tuesday, killing at least 20 people."
    later = "The Defence Ministry says the toll from the earthquake that hit the country is 28."
    assert _worded(first, later) == first


def test_later_report_naming_the_place_still_words_the_point():
    first = "A strong earthquake struck Veloria before dawn on Tuesday, killing at least 20 people."
    later = "The Defence Ministry says the toll from the earthquake in Veloria now stands at 28."
    assert _worded(first, later) == later
