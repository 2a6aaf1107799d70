"""A fact retold with synonyms, or with a capital for its country, still cites every source that
states it; a sentence stating two points' facts cites its source for both. Small invented texts
(made-up names, except real capitals and countries for the metonymy rule, which reads them from
GeoNames data)."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _combine(*parts, top_n: int = 3):
    return combine([p[0] for p in parts], [p[1] for p in parts], top_n=top_n)


def _citing(analysis, word: str) -> list[list[str]]:
    return [sorted(p.sources) for p in analysis.key_points if word in p.text.lower()]


def test_a_fact_told_with_synonym_verbs_and_nouns_cites_both_sources():
    # "earthquake struck" / "quake hit": no word in common but the place.
    a = labelled(
        "A strong earthquake struck the hill town of Belmora before dawn, the regional office "
        "said.",
        [("Belmora", "GPE")],
        "a",
    )
    b = labelled(
        "The quake that hit Belmora flattened the old market and the school.",
        [("Belmora", "GPE")],
        "b",
    )
    c = labelled(
        "Engineers in Norvale will rebuild the old stone bridge over the river next spring.",
        [("Norvale", "GPE")],
        "c",
    )
    analysis = _combine(a, b, c)
    quake = _citing(analysis, "quake")
    assert quake and all(sources == ["a", "b"] for sources in quake)
    assert _citing(analysis, "bridge") == [["c"]]


def test_near_synonym_nouns_after_the_same_modifier_are_one_detail():
    # "peace plan" / "peace proposal" of one actor, no kind of event, no other detail shared
    a = labelled(
        "Ardo Vell praised the peace plan of the river clans in a speech to the northern assembly.",
        [("Ardo Vell", "PERSON")],
        "a",
    )
    b = labelled(
        "Ardo Vell said on the radio that the peace proposal was the only way to end the feud.",
        [("Ardo Vell", "PERSON")],
        "b",
    )
    c = labelled(
        "Engineers in Norvale will rebuild the old stone bridge over the river next spring.",
        [("Norvale", "GPE")],
        "c",
    )
    analysis = _combine(a, b, c)
    peace = _citing(analysis, "peace")
    assert peace and all(sources == ["a", "b"] for sources in peace)


def test_a_capital_stands_for_its_country_when_matching_facts_not_in_the_actor_list():
    # "Canberra" in one report, "Australia" in the other: one government, one fact.
    a = labelled(
        "Canberra signed a fresh accord on fishing with the island council.",
        [("Canberra", "GPE")],
        "a",
    )
    b = labelled(
        "Australia signed the accord with the council on Thursday after a long night.",
        [("Australia", "GPE")],
        "b",
    )
    analysis = _combine(a, b)
    assert all(sorted(p.sources) == ["a", "b"] for p in analysis.key_points)
    # the actor list keeps the city and the country apart
    assert {"Canberra", "Australia"} <= {x.name for x in analysis.actors}


def test_synonyms_do_not_join_two_different_facts_about_one_actor():
    # One minister, a shared kind of event in synonyms ("struck" / "hit"), two different days.
    a = labelled(
        "The army of Kestria struck the rebel camps near Oron on Monday, the ministry said.",
        [("Kestria", "GPE"), ("Oron", "GPE")],
        "a",
    )
    b = labelled(
        "A storm hit the Kestria coast on Friday and closed the ferry port near Oron.",
        [("Kestria", "GPE"), ("Oron", "GPE")],
        "b",
    )
    analysis = _combine(a, b)
    assert sorted(sorted(p.sources) for p in analysis.key_points) == [["a"], ["b"]]


def test_a_sentence_stating_two_points_facts_cites_its_source_for_both():
    from collections import Counter

    from briefing_app.analysis.keypoints import Sentence, select
    from briefing_app.model import Source

    def sent(i: int, words: str, score: float, actors: set, events: set) -> Sentence:
        s = Sentence(i, 0, 0, len(words), words, Counter(words.split()))
        s.score, s.facts = score, frozenset(s.terms)
        s.actors = s.fact_actors = frozenset(actors)
        s.events = frozenset(events)
        return s

    sources = [Source(id=x, path=f"{x}.txt", format="txt", text="", sha256="") for x in "abc"]
    first = sent(0, "aaa bbb ccc ddd eee fff", 1.0, {"vell"}, {0})
    second = sent(1, "ppp qqq rrr sss ttt uuu", 0.9, {"tull"}, {1})
    # states both points' facts (their actors, kinds of event and words): cited by both
    both = sent(2, "aaa bbb ccc ddd ppp qqq rrr sss", 0.2, {"vell", "tull"}, {0, 1})
    points = select([first, second, both], sources, 2)
    assert sorted(sorted(p.sources) for p in points) == [["a", "c"], ["b", "c"]]


def test_loss_of_life_names_the_kind_of_event_deadly_names():
    # One place, "deadly" / "the loss of life": no detail or event word in common.
    a = labelled(
        "A deadly landslide buried the lower streets of Oron before dawn on the coast.",
        [("Oron", "GPE")],
        "a",
    )
    b = labelled(
        "Officials in Oron counted the loss of life as rain kept falling on the streets below "
        "the landslide.",
        [("Oron", "GPE")],
        "b",
    )
    c = labelled(
        "Engineers in Norvale will rebuild the old stone bridge over the river next spring.",
        [("Norvale", "GPE")],
        "c",
    )
    analysis = _combine(a, b, c)
    slide = _citing(analysis, "landslide")
    assert slide and all(sources == ["a", "b"] for sources in slide)


def _dated(text: str, labels, sid: str, published: str):
    src, sa = labelled(text, labels, sid)
    src.published = published
    return src, sa


def test_a_weekday_and_a_date_that_resolve_to_one_day_are_one_fact_and_other_days_stay_apart():
    names = [("Ardo Vell", "PERSON"), ("Mara Tull", "PERSON"), ("Talor", "GPE")]
    # Monday counted from a report of Wednesday 6 March 2024 is 4 March.
    a = _dated(
        "Ardo Vell signed the grain accord with Mara Tull in Talor on Monday, ending a month of "
        "quarrels.",
        names,
        "a",
        "2024-03-06",
    )
    same = _dated(
        "In Talor the grain accord was signed on 4 March by Mara Tull after long talks with the "
        "envoys.",
        names,
        "b",
        "2024-03-07",
    )
    other = _dated(
        "In Talor the grain accord was signed on 5 March by Mara Tull after long talks with the "
        "envoys.",
        names,
        "b",
        "2024-03-07",
    )
    assert all(sorted(p.sources) == ["a", "b"] for p in _combine(a, same).key_points)
    assert sorted(p.sources for p in _combine(a, other).key_points) == [["a"], ["b"]]


def test_a_detail_shared_only_in_synonyms_needs_a_shared_actor():
    # "funding to match" / "aid match": one broad kind of event (aid), no actor in common.
    a = labelled(
        "The relief office appealed to donors to step up funding to match the scale of the "
        "flood in Oron.",
        [("Oron", "GPE")],
        "a",
    )
    b = labelled(
        "Kestria has pledged to aid match every coin donated by the public to the appeal.",
        [("Kestria", "GPE")],
        "b",
    )
    analysis = _combine(a, b)
    assert sorted(p.sources for p in analysis.key_points) == [["a"], ["b"]]


def test_a_day_of_another_event_in_the_sentence_does_not_part_two_reports_of_one_fact():
    # The quake was on Monday; the call that mentions it was "this afternoon" (Thursday).
    a = _dated(
        "A strong quake hit Belmora on Monday and flattened the old market.",
        [("Belmora", "GPE")],
        "a",
        "2024-03-06",
    )
    b = _dated(
        "Ardo Vell phoned the mayor of Belmora this afternoon, after the earthquake struck the "
        "town.",
        [("Ardo Vell", "PERSON"), ("Belmora", "GPE")],
        "b",
        "2024-03-07",
    )
    analysis = _combine(a, b)
    assert all(sorted(p.sources) == ["a", "b"] for p in analysis.key_points)
