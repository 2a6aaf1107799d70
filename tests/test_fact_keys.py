"""The shortcut in ``facts.same_fact``: two sentences with no key in common (``fact_keys``) are
never one fact. Checked against the whole chain of rules on real multi-source text: every pair
the shortcut rejects is run through the rules with the shortcut off, and none may match."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.analysis import analyze, facts
from briefing_app.analysis.fact_keys import fact_keys, share_nothing
from briefing_app.ingest import load_source

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
# Event sets of real articles (one event, several publishers): many facts told twice.
SETS = {
    "tonga": sorted(CORPUS.glob("tonga_*.txt")),
    "hualien": sorted(CORPUS.glob("hualien_*.txt")),
    "articles": sorted((Path(__file__).parent / "fixtures" / "articles").glob("*.txt")),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SETS))
def test_no_pair_the_shortcut_rejects_is_one_fact_by_the_rules(name, monkeypatch) -> None:
    paths = SETS[name]
    assert len(paths) >= 3
    rejected = []

    def record(a, b) -> bool:  # the shortcut off; remember what it would have rejected
        if share_nothing(a, b):
            rejected.append((a, b))
        return False

    monkeypatch.setattr(facts, "share_nothing", record)
    analyze([load_source(p) for p in paths])
    assert rejected, "no pair was rejected: the shortcut is not exercised"
    monkeypatch.setattr(facts, "share_nothing", lambda a, b: False)  # the rules alone
    wrong = [
        (a.text, b.text)
        for a, b in rejected
        for synonyms in (True, False)
        if facts.same_fact(a, b, synonyms=synonyms)
    ]
    assert wrong == []


def test_keys_hold_words_actors_details_and_are_computed_once() -> None:
    from briefing_app.analysis.keypoints import Sentence

    s = Sentence(0, 0, 0, 10, "The storm hit Veloria.", terms={"storm": 1, "veloria": 1})
    s.actors = frozenset({"place:veloria"})
    s.details = frozenset({"death toll"})
    keys = fact_keys(s)
    assert {"storm", "place:veloria", "death toll"} <= keys
    assert fact_keys(s) is keys
    other = Sentence(1, 0, 0, 10, "Talks opened in Orsk.", terms={"talks": 1, "opened": 1})
    assert share_nothing(s, other)
    other.keys = None
    other.details = frozenset({"death toll"})
    assert not share_nothing(s, other)
