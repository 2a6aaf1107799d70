"""bench_quality's citation check: of the sources a claim-carrying key point cites, the share
that state a claim it carries (tests/benchmarks/quality_scoring.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))

from quality_scoring import Counts, claim_figures, score_claims

EVENT = {
    "name": "Kelvo floods",
    "claim": [
        {"text": "Floods hit Kelvo.", "terms": ["floods", "Kelvo"], "articles": ["a", "b"]},
        {"text": "Rimsk sent tents.", "terms": ["Rimsk", "tents"], "articles": ["c"]},
    ],
}


def _figures(points):
    counts = Counts()
    score_claims(counts, EVENT, points, "")
    return claim_figures(counts), counts.notes


def test_a_point_citing_only_sources_that_state_its_claims_is_all_stating():
    figures, notes = _figures([("Floods hit Kelvo on Monday.", ["a", "b"])])
    assert figures["citations_stating"] == 1.0
    assert "citations of sources stating none of the point's claims" not in notes


def test_a_source_cited_for_a_claim_it_does_not_state_is_counted_and_named():
    figures, notes = _figures(
        [("Floods hit Kelvo on Monday.", ["a", "b"]), ("Rimsk sent tents to Kelvo.", ["a", "c"])]
    )
    assert figures["citations_stating"] == 0.75  # "a" states the floods, not Rimsk's tents
    assert notes["citations of sources stating none of the point's claims"] == [
        "Kelvo floods: a cited for rimsk sent tents to kelvo"
    ]


def test_a_point_carrying_no_claim_is_not_judged():
    figures, _ = _figures([("The minister spoke to reporters.", ["a", "c"])])
    assert figures["citations_stating"] is None
