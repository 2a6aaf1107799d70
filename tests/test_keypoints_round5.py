"""Key points, fifth round: one disaster told by several sources in other words cites them all
(issue 8 §5, merging on shared actors and event words), and a dateline of a date alone no
longer hides a lead sentence. Small invented texts with made-up places, so no list helps."""

from __future__ import annotations

import re

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.extract import SourceAnalysis
from briefing_app.analysis.lines import sentence_start


def _source(text: str, labels: list[tuple[str, str]], sid: str):
    """``labelled`` with sentences cut at a stop followed by a space (so "6.9" stays whole)."""
    source, sa = labelled(text, labels, sid)
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\s][^\n]*?[.!?](?=\s|$)", text)]
    return source, SourceAnalysis(sid, "test", spans, sa.entities)


def candidate_pair(a_text: str, b_text: str, labels: list[tuple[str, str]]):
    """The key-point candidates of two sources, one each, their entities labelled by hand and
    named by the actor ids key points compare ("person:ann roe", "place:orsk")."""
    from briefing_app.analysis.gazetteer import gazetteer
    from briefing_app.analysis.keypoints import candidates

    a, b = _source(a_text, labels, "a"), _source(b_text, labels, "b")
    ids = [
        [
            (s, ("person:" if label == "PERSON" else "place:") + src.text[s:e].lower())
            for s, e, label in sa.entities
        ]
        for src, sa in (a, b)
    ]
    sents = candidates([a[0], b[0]], [a[1].sentences, b[1].sentences], [[], []], gazetteer(), ids)
    return next(s for s in sents if s.source == 0), next(s for s in sents if s.source == 1)


def _combine(*parts, top_n: int = 5):
    return combine([p[0] for p in parts], [p[1] for p in parts], top_n=top_n)


VELORIA = [("Veloria", "GPE"), ("Marden", "GPE"), ("Ardian Red Shield", "ORG")]
FILLER = (
    "Engineers in Marden will rebuild the old stone bridge over the river next spring.\n"
    "The harvest festival in Marden drew large crowds of visitors from the coast.\n"
)


def _point(analysis, word: str):
    found = [p for p in analysis.key_points if word in p.text]
    assert found, [p.text for p in analysis.key_points]
    return found[0]


def test_one_quake_told_in_other_words_by_two_sources_cites_both():
    a = _source(
        "A magnitude 6.9 earthquake struck Veloria early on Sunday, flattening mud-brick homes.\n"
        + FILLER,
        VELORIA,
        "a",
    )
    b = _source(
        "The tremor left the hill villages of Veloria devastated, with dozens of farmers dead.\n"
        "Schools across the valley stayed closed while teachers counted their pupils again.\n",
        VELORIA,
        "b",
    )
    analysis = _combine(a, b)
    quake = [p for p in analysis.key_points if "quake" in p.text]
    assert any(sorted(p.sources) == ["a", "b"] for p in quake), [
        (p.text, p.sources) for p in analysis.key_points
    ]
    # each cited source keeps its own sentence as evidence
    point = next(p for p in quake if sorted(p.sources) == ["a", "b"])
    spans = {
        e.source: (a if e.source == "a" else b)[0].text[e.start : e.end] for e in point.evidence
    }
    assert "struck Veloria" in spans["a"] and "farmers dead" in spans["b"]


def test_two_quakes_in_one_place_on_different_days_stay_two_points():
    a = _source(
        "A strong earthquake struck Veloria on Sunday, damaging the old harbour wall.\n" + FILLER,
        VELORIA,
        "a",
    )
    b = _source(
        "Another earthquake hit Veloria on Thursday, killing two shepherds in the north.\n"
        "Schools across the valley stayed closed while teachers counted their pupils again.\n",
        VELORIA,
        "b",
    )
    analysis = _combine(a, b)
    for p in analysis.key_points:
        if "earthquake" in p.text:
            assert len(p.sources) == 1, (p.text, p.sources)


def test_two_magnitudes_are_two_quakes():
    a = _source(
        "A magnitude 6.9 earthquake struck Veloria, flattening mud-brick homes in the hills.\n"
        + FILLER,
        VELORIA,
        "a",
    )
    b = _source(
        "A magnitude 5.2 quake hit Veloria, damaging a school roof in the lowlands.\n"
        "Schools across the valley stayed closed while teachers counted their pupils again.\n",
        VELORIA,
        "b",
    )
    analysis = _combine(a, b)
    for p in analysis.key_points:
        if "quake" in p.text:
            assert len(p.sources) == 1, (p.text, p.sources)


def test_an_agency_acting_after_the_quake_supports_the_blow_but_not_the_other_way():
    a = _source(
        "A magnitude 6.9 earthquake struck Veloria early on Sunday, flattening mud-brick homes.\n"
        + FILLER,
        VELORIA,
        "a",
    )
    b = _source(
        "The Ardian Red Shield is flying tents to Veloria after the earthquake destroyed homes.\n"
        "Schools across the valley stayed closed while teachers counted their pupils again.\n",
        VELORIA,
        "b",
    )
    analysis = _combine(a, b)
    # b tells the quake destroying homes in Veloria: it is a source of the blow; a tells
    # nothing of the Ardian Red Shield's tents
    assert sorted(_point(analysis, "flattening").sources) == ["a", "b"]
    assert _point(analysis, "tents").sources == ["b"]


def test_a_flood_and_a_quake_in_one_place_are_two_facts():
    a = _source(
        "A magnitude 6.9 earthquake struck Veloria early on Sunday, flattening mud-brick homes.\n"
        + FILLER,
        VELORIA,
        "a",
    )
    b = _source(
        "Floods swept through Veloria after days of rain, damaging roads and bridges.\n"
        "Schools across the valley stayed closed while teachers counted their pupils again.\n",
        VELORIA,
        "b",
    )
    analysis = _combine(a, b)
    assert _point(analysis, "flattening").sources == ["a"]
    assert _point(analysis, "Floods").sources == ["b"]


def test_a_dateline_of_a_date_alone_is_cut_off_the_lead_sentence():
    text = (
        "25 April 2015 – The Marden envoy reported that the storm which struck the coast "
        "today flooded two fishing ports.\n"
    )
    assert text[sentence_start(text, 0) :].startswith("The Marden envoy")
    a = _source(text + FILLER, VELORIA, "a")
    analysis = _combine(a)
    assert any(p.text.startswith("The Marden envoy") for p in analysis.key_points)


def test_a_count_or_a_lower_case_word_after_a_date_is_no_dateline():
    for text in ("25 Velorians – all of them farmers – lost their homes.", "12 May – a date."):
        assert sentence_start(text, 0) == 0
    # not at a paragraph's start: mid-sentence
    text = "It began at noon. 3 March – The talks resumed."
    assert sentence_start(text, 18) == 18


def test_standing_with_a_country_is_solidarity_not_a_key_point():
    a = _source(
        "“Ardia stands with Veloria — our close partner and friend — today and always,” said "
        "the Ardian envoy in Marden, who met local relief officials.\n"
        "Ardia announced an initial $1.2 million in emergency aid for Veloria after the storm.\n"
        + FILLER,
        [*VELORIA, ("Ardia", "GPE")],
        "a",
    )
    texts = [p.text for p in _combine(a, top_n=3).key_points]
    assert not any("stands with" in t for t in texts), texts
    assert any("$1.2 million" in t for t in texts), texts


def test_standing_with_a_people_while_telling_the_disaster_striking_is_still_a_fact():
    # near miss: the sentence goes on to tell what the cyclone did; it may word a point
    a = _source(
        "Ardia stands with the people of Veloria in the face of the damage caused by the "
        "cyclone, which left hundreds of villagers dead.\n" + FILLER,
        [*VELORIA, ("Ardia", "GPE")],
        "a",
    )
    texts = [p.text for p in _combine(a, top_n=3).key_points]
    assert any("stands with the people of Veloria" in t for t in texts), texts


def _split_after(text: str, cut: str, sid: str):
    """A source whose model cut a sentence just after ``cut`` (the rest split as usual)."""
    source, sa = _source(text, VELORIA, sid)
    at = text.index(cut) + len(cut)
    spans = []
    for s, e in sa.sentences:
        if s < at < e:
            spans += [(s, at), (at + 1, e)]
        else:
            spans.append((s, e))
    return source, SourceAnalysis(sid, "test", spans, sa.entities)


def test_a_sentence_the_model_cut_after_a_closing_bracket_is_one_key_point():
    text = (
        "The Marden Relief Office (MRO) and the Ardian Red Shield (ARS) Joint Unit have advised "
        "of their readiness to send water engineers to Veloria.\n" + FILLER
    )
    analysis = _combine(_split_after(text, "(ARS)", "a"), top_n=3)
    texts = [p.text for p in analysis.key_points]
    assert any(
        t.startswith("The Marden Relief Office (MRO)") and t.endswith("Veloria.") for t in texts
    )
    assert not any(t.endswith("(ARS)") for t in texts), texts


def test_a_bracket_closing_a_sentence_or_a_line_still_ends_it():
    from briefing_app.analysis.lines import rejoined

    text = "Aid reached Veloria (Marden said.) Schools reopened.\nThe port (east)\nRoads opened."
    first = text.index("Schools")
    assert rejoined(text, [(0, first - 1), (first, text.index("\n"))]) == [
        (0, first - 1),
        (first, text.index("\n")),
    ]
    port, roads = text.index("The port"), text.index("Roads")
    assert rejoined(text, [(port, roads - 1), (roads, len(text))]) == [
        (port, roads - 1),
        (roads, len(text)),
    ]
