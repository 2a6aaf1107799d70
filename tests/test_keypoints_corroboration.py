"""Key points that several sources state cite all of them: cross-source corroboration rules on
small invented texts (made-up names, so no list helps)."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def test_an_actor_named_inside_another_name_counts_as_shared_and_joins_the_closest_point():
    a = labelled(
        "The Marden Relief Office is ready to assist the Government of Veloria in its efforts "
        "after the storm.",
        [("Marden Relief Office", "ORG"), ("Government of Veloria", "ORG")],
        "a",
    )
    b = labelled(
        "The Ardian Red Shield stands ready to provide any assistance Veloria needs after the "
        "storm.",
        [("Ardian Red Shield", "ORG"), ("Veloria", "GPE")],
        "b",
    )
    c = labelled(
        "Ardian engineers will deploy two field hospitals to Veloria and send rescue teams "
        "tomorrow.\nThe Ardian Red Shield also counted the damage to the harbour roads.",
        [("Veloria", "GPE")],
        "c",
    )
    analysis = combine([x[0] for x in (a, b, c)], [x[1] for x in (a, b, c)], top_n=3)
    ready = [p for p in analysis.key_points if "ready" in p.text]
    # "Government of Veloria" names Veloria: the two offers of help are one point citing both,
    # and not attached to the deployment point that shares only Veloria and a kind of event.
    assert len(ready) == 1 and sorted(ready[0].sources) == ["a", "b"]
    deploy = next(p for p in analysis.key_points if "deploy" in p.text)
    assert deploy.sources == ["c"]


def _combine(*parts, top_n: int = 3):
    return combine([p[0] for p in parts], [p[1] for p in parts], top_n=top_n)


def test_a_fact_retold_in_other_words_merges_on_a_shared_detail_without_a_shared_actor():
    # "death toll" is a detail both reports share; no actor is named in either sentence.
    a = labelled(
        "Two days after the quake rocked the hill towns, the death toll has risen to around "
        "1,400, officials said.",
        [],
        "a",
    )
    b = labelled(
        "The death toll is now 2,100 and climbing, with hundreds injured under the rubble.", [], "b"
    )
    c = labelled(
        "Engineers in Norvale will rebuild the old stone bridge over the river next spring.",
        [("Norvale", "GPE")],
        "c",
    )
    analysis = _combine(a, b, c)
    toll = [p for p in analysis.key_points if "death toll" in p.text]
    assert len(toll) == 1 and sorted(toll[0].sources) == ["a", "b"]


def test_a_shared_figure_and_place_make_one_fact_across_sources():
    a = labelled(
        "The first shock was followed hours later by a separate earthquake that left 64,000 "
        "villagers near Norvale homeless.",
        [("Norvale", "GPE")],
        "a",
    )
    b = labelled(
        "A second quake shook the valley near Norvale, and 64,000 people lost their houses.",
        [("Norvale", "GPE")],
        "b",
    )
    c = labelled(
        "Volunteers in Kestria collected blankets and tinned food for the families in tents.",
        [("Kestria", "GPE")],
        "c",
    )
    analysis = _combine(a, b, c)
    quake = [p for p in analysis.key_points if "64,000" in p.text]
    assert len(quake) == 1 and sorted(quake[0].sources) == ["a", "b"]


def test_two_different_facts_about_one_minister_stay_apart():
    # One actor, a shared detail ("border treaty"): but one met on Tuesday, the other resigned
    # on Friday. Two facts, two points.
    a = labelled(
        "Foreign Minister Ardo Vell met his Kestrian counterpart in Talor on Tuesday to discuss "
        "the border treaty.",
        [("Ardo Vell", "PERSON"), ("Talor", "GPE")],
        "a",
    )
    b = labelled(
        "Foreign Minister Ardo Vell resigned on Friday after the border treaty collapsed in "
        "parliament.",
        [("Ardo Vell", "PERSON")],
        "b",
    )
    analysis = _combine(a, b)
    assert sorted(p.sources for p in analysis.key_points) == [["a"], ["b"]]


def test_a_fact_several_sources_state_outranks_each_source_s_opening_colour():
    colour = (
        "Lanterns from Marda and Kessel still hung over the square in Talor at dawn.",
        "Grey clouds from Orsk rolled over Venn while the ferry from Lute was late.",
        "The bakers of Pell and Tamsin sold their bread in Ardo before the dawn bell.",
    )
    filler = (
        "Nobody in the street had slept much during the long and noisy night before.",
        "A dog barked somewhere behind the old mill until the church clock struck six.",
        "Children waited at the gate of the school for a bus that never came at all.",
    )
    toll = (
        "In the evening the death toll from the landslide had reached 41, the police said.",
        "The death toll from the landslide rose to 41 as rescuers dug through the mud.",
        "Officials put the death toll from the landslide at 41 late on the second day.",
    )
    names = ["Marda", "Kessel", "Talor", "Orsk", "Venn", "Lute", "Pell", "Tamsin", "Ardo"]
    parts = [
        labelled(f"{c}\n{f}\n{t}", [(n, "GPE") for n in names], sid)
        for c, f, t, sid in zip(colour, filler, toll, "abc", strict=True)
    ]
    analysis = _combine(*parts, top_n=3)
    best = max(analysis.key_points, key=lambda p: p.score)
    assert "death toll" in best.text and sorted(best.sources) == ["a", "b", "c"]
    assert analysis.summary.startswith(best.text)


def test_a_demonstrative_with_its_noun_is_a_point_but_a_pronoun_after_a_conjunction_is_not():
    text = (
        "The harbour board of Varna approved a grant for the northern quay on Monday.\n"
        "This new harbour fund will pay for two cranes at the northern quay of Varna.\n"
        "But it will not cover the cost of dredging the southern quay in the next ten years.\n"
        "This is the largest grant the port of Varna has ever received from the board.\n"
    )
    src, sa = labelled(text, [("Varna", "GPE")])
    analysis = combine([src], [sa], top_n=7)
    texts = {p.text for p in analysis.key_points + analysis.background}
    assert "This new harbour fund will pay for two cranes at the northern quay of Varna." in texts
    assert not any(t.startswith(("But it", "This is")) for t in texts)


def test_a_wire_photo_caption_ending_with_place_and_date_is_never_a_point():
    text = (
        "Ardo Vell and Mara Tull attend a meeting at the harbour office in Talor, Kestria, "
        "March 20, 2023.\n"
        "Ardo Vell and Mara Tull signed the fishing accord in Talor after two days of talks.\n"
    )
    src, sa = labelled(text, [("Ardo Vell", "PERSON"), ("Mara Tull", "PERSON"), ("Talor", "GPE")])
    analysis = combine([src], [sa], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert texts == [
        "Ardo Vell and Mara Tull signed the fishing accord in Talor after two days of talks."
    ]


def test_a_sentence_opening_with_by_and_a_lower_case_word_is_not_a_byline():
    src, sa = labelled(
        "By evening the death toll from the landslide near Norvale had reached 41, police said.",
        [("Norvale", "GPE")],
    )
    analysis = combine([src], [sa], top_n=3)
    assert [p.text[:10] for p in analysis.key_points] == ["By evening"]


def test_a_point_is_worded_by_the_best_scored_source_that_states_it():
    from collections import Counter

    from briefing_app.analysis.keypoints import Sentence, select
    from briefing_app.model import Source

    def sent(i: int, words: str, score: float) -> Sentence:
        s = Sentence(i, 0, 0, len(words), words, Counter(words.split()))
        s.score = score
        return s

    sources = [Source(id=x, path=f"{x}.txt", format="txt", text="", sha256="") for x in "abx"]
    first = sent(0, "aaa bbb ccc ddd eee fff", 1.0)
    other = sent(1, "ddd eee fff ggg hhh iii", 0.5)
    # Restates the second point more closely than the first, and is better scored than it.
    best = sent(2, "ccc ddd eee fff ggg hhh", 0.9)
    points = select([first, other, best], sources, 2)
    second = next(p for p in points if p.text != first.text)
    # worded by "x"; "a" says most of what "x" says (near-copy), so it is cited too
    assert second.text == best.text and second.sources == ["a", "b", "x"]


def test_shared_actors_and_a_kind_of_event_need_shared_words_too():
    # Both name Wu, Li and Talor and a visit, but an invitation to visit later is not the visit.
    names = [("Wu", "PERSON"), ("Li", "PERSON"), ("Talor", "GPE")]
    a = labelled(
        "Wu told reporters in the capital on Tuesday that he had quietly invited Li to visit "
        "Talor again later this year, once the grain harvest and the autumn cattle fairs are over.",
        names,
        "a",
    )
    b = labelled(
        "The three-day visit of Li to Talor gave Wu a public show of partnership against their "
        "old rivals in the northern provinces and the busy coastal fishing towns.",
        names,
        "b",
    )
    analysis = _combine(a, b)
    assert sorted(p.sources for p in analysis.key_points) == [["a"], ["b"]]


def test_speaking_on_the_telephone_is_the_same_kind_of_event_as_talks():
    a = labelled(
        "Ardo Vell spoke to Mara Tull about the harbour fees this afternoon.",
        [("Ardo Vell", "PERSON"), ("Mara Tull", "PERSON")],
        "a",
    )
    b = labelled(
        "Mara Tull and Ardo Vell had a long telephone conversation, the ministry in Talor said.",
        [("Ardo Vell", "PERSON"), ("Mara Tull", "PERSON"), ("Talor", "GPE")],
        "b",
    )
    analysis = _combine(a, b)
    assert [p.sources for p in analysis.key_points] == [["a", "b"]]


def test_a_piece_of_a_sentence_split_inside_brackets_is_never_a_point():
    from briefing_app.analysis.extract import SourceAnalysis

    src, _ = labelled("", [])
    src.text = (
        "The harbour board of Talor will rebuild the old northern quay after the winter storms.\n"
        '"In coordination with the MRO [Marden Relief Office], the harbour board of Talor will '
        'pay for two new cranes at the quay," the mayor said.'
    )
    second = src.text.index('"In')
    cut = src.text.index("Marden")  # the model cut the sentence inside the brackets
    sentences = [(0, second - 1), (second, cut), (cut, len(src.text))]
    sa = SourceAnalysis(src.id, "test", sentences, [])
    analysis = combine([src], [sa], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert texts == [src.text[: second - 1]]


def test_a_two_letter_name_is_a_word_two_sentences_share():
    # "Xi" is the shared word that makes the two meetings one fact.
    a = labelled(
        "Xi met the trade envoys of the northern provinces in Talor.",
        [("Xi", "PERSON"), ("Talor", "GPE")],
        "a",
    )
    b = labelled(
        "Xi held talks with the envoys about the grain routes and river tolls.",
        [("Xi", "PERSON")],
        "b",
    )
    analysis = _combine(a, b)
    assert [sorted(p.sources) for p in analysis.key_points] == [["a", "b"]]


def test_words_about_the_telling_are_no_shared_detail():
    # One minister, one phrase ("told reporters"), two different things he said.
    a = labelled(
        "Ardo Vell told reporters in Talor that the harbour fees would stay the same.",
        [("Ardo Vell", "PERSON"), ("Talor", "GPE")],
        "a",
    )
    b = labelled(
        "Ardo Vell told reporters in Talor that the fishing fleet was far too small.",
        [("Ardo Vell", "PERSON"), ("Talor", "GPE")],
        "b",
    )
    analysis = _combine(a, b)
    assert sorted(p.sources for p in analysis.key_points) == [["a"], ["b"]]


def test_the_same_fact_retold_in_one_source_gives_way_to_another_fact():
    from collections import Counter

    from briefing_app.analysis.keypoints import Sentence, select
    from briefing_app.model import Source

    def sent(k: int, words: str, score: float, actors=(), events=()) -> Sentence:
        s = Sentence(0, k, k * 100, k * 100 + len(words), words, Counter(words.split()))
        s.score, s.actors, s.events = score, frozenset(actors), frozenset(events)
        return s

    sources = [Source(id="a", path="a.txt", format="txt", text="", sha256="")]
    met = sent(0, "aaa bbb ccc ddd eee fff", 1.0, {"vell", "tull"}, {0})
    # the same two people at the same talks, in other words: one fact told twice
    retold = sent(1, "aaa bbb ccc ggg hhh iii jjj kkk", 0.8, {"vell", "tull"}, {0})
    other = sent(2, "ppp qqq rrr sss ttt uuu", 0.55)
    points = select([met, retold, other], sources, 2)
    assert [p.text for p in points] == [met.text, other.text]


def test_corroboration_counts_the_sources_stating_the_same_fact_not_only_a_shared_actor():
    from briefing_app.analysis.gazetteer import gazetteer
    from briefing_app.analysis.keypoints import Sentence, _told_elsewhere, details, terms_of

    gaz = gazetteer()

    def sent(source: int, text: str, actors=()) -> Sentence:
        s = Sentence(source, 0, 0, len(text), text, terms_of(text, gaz))
        s.actors, s.details = frozenset(actors), details(text, gaz)
        s.events = frozenset(gaz.event_words[t] for t in s.terms if t in gaz.event_words)
        return s

    toll_a = sent(0, "The death toll from the landslide had reached 41, the police said.")
    toll_b = sent(1, "The death toll from the landslide rose to 41 as rescuers dug on.")
    # one actor and one kind of event in common, nothing else: not the same fact
    visit_a = sent(
        0, "Ardo Vell visited the new school in Talor and praised the teachers' patience.", {"vell"}
    )
    visit_b = sent(
        2,
        "Ardo Vell will visit the harbour of Orsk next year to inspect the fishing fleet.",
        {"vell"},
    )
    assert _told_elsewhere([toll_a, toll_b, visit_a, visit_b]) == [1, 1, 0, 0]
