"""Which distinct points a briefing keeps and how each is worded (small invented texts, made-up
names, so no list helps)."""

from __future__ import annotations

from collections import Counter

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.keypoints import Sentence, select_split
from briefing_app.model import Source


def _sent(source: int, k: int, words: str, score: float, actors=(), events=()) -> Sentence:
    s = Sentence(source, k, k * 100, k * 100 + len(words), words, Counter(words.split()))
    s.score, s.actors, s.events = score, frozenset(actors), frozenset(events)
    return s


def test_the_key_points_are_the_first_picked_not_the_best_scored():
    sources = [Source(id=x, path=f"{x}.txt", format="txt", text="", sha256="") for x in "ab"]
    met = _sent(0, 0, "aaa bbb ccc ddd eee fff", 1.0, {"vell", "tull"}, {0})
    # the same talks retold in the same source: it scores high only by repeating the first
    retold = _sent(0, 1, "aaa bbb ccc ggg hhh iii jjj kkk", 0.8, {"vell", "tull"}, {0})
    other = _sent(1, 0, "ppp qqq rrr sss ttt uuu", 0.55)
    points, background = select_split([met, retold, other], sources, 2, 1)
    assert [p.text for p in points] == [met.text, other.text]
    assert [p.text for p in background] == [retold.text]


def test_a_point_takes_the_wording_of_its_source_that_gives_the_figures():
    names = [("Ardian Red Shield", "ORG"), ("Veloria", "GPE")]
    a = labelled(
        "The Ardian Red Shield will deploy rescue teams to Veloria to help the local rescue "
        "effort after the storm.\n"
        "Ferries between the islands of Veloria stopped for two days while the wind blew.\n"
        "The Ardian Red Shield has deployed a team of 45 rescue specialists and six dogs to "
        "Veloria for the rescue effort.\n",
        names,
        "a",
    )
    b = labelled(
        "Schools across Veloria stayed shut on Monday and Tuesday as roads were cleared.",
        [("Veloria", "GPE")],
        "b",
    )
    analysis = combine([a[0], b[0]], [a[1], b[1]], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    rescue = [t for t in texts if "Red Shield" in t]
    # one point for the one fact, worded with what was sent, not "rescue teams"
    assert rescue == [
        "The Ardian Red Shield has deployed a team of 45 rescue specialists and six dogs to "
        "Veloria for the rescue effort."
    ]
    point = next(p for p in analysis.key_points if p.text == rescue[0])
    # both sentences stay its evidence
    assert len([e for e in point.evidence if e.source == "a"]) == 2


def test_the_latest_report_still_words_a_point_over_an_older_source_s_figures():
    sources = [
        Source(id="a", path="a.txt", format="txt", text="", sha256="", published="2031-03-01"),
        Source(id="b", path="b.txt", format="txt", text="", sha256="", published="2031-03-04"),
    ]
    who, kind = {"shield", "veloria"}, {5}
    picked = _sent(0, 0, "shield deploy rescue teams veloria storm", 1.0, who, kind)
    precise = _sent(0, 1, "shield deploy team rescue specialists veloria", 0.5, who, kind)
    precise.details = frozenset({"#45 rescue special"})
    # three days later another source tells the same deployment, with a larger team
    later = _sent(1, 0, "shield deploy rescue teams veloria grown", 0.6, who, kind)
    points, _ = select_split([picked, precise, later], sources, 1, 0)
    assert [p.text for p in points] == [later.text]
    assert points[0].sources == ["a", "b"]


def test_a_fact_told_again_in_its_source_with_the_same_figure_is_no_second_point():
    names = [("Ardian Red Shield", "ORG"), ("Veloria", "GPE")]
    a = labelled(
        "The Ardian Red Shield has deployed a team of 45 rescue specialists and six dogs to "
        "Veloria for the rescue effort.\n"
        "Ferries between the islands of Veloria stopped for two days while the wind blew.\n"
        "The team of 45 rescue specialists and their dogs began searching the harbour district "
        "of Veloria.\n",
        names,
        "a",
    )
    analysis = combine([a[0]], [a[1]], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert len([t for t in texts if "45 rescue specialists" in t]) == 1
    assert any(t.startswith("Ferries") for t in texts)
