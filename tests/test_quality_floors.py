"""Quality floors on the real corpus: the auto-fill may not fall below today's figures.

Runs the evaluation of ``tests/benchmarks/bench_quality.py`` (the app, and the app with the
hand-written name lists emptied) against the hand-written gold of ``tests/fixtures/corpus`` and
asserts each figure a little under what it measured when the floor was set. Raise a floor when
the rules improve; never lower one to let a change through.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent / "benchmarks" / "bench_quality.py"

# Measured on the corpus, minus 0.02 (rates) or plus a small margin (counts).
FLOORS = {
    "actor_precision": 0.79,
    "actor_recall": 0.94,
    "alias_pairs_merged": 0.67,
    "set_actor_precision": 0.80,
    "set_actor_recall": 0.94,
    "type_accuracy": 0.94,
    "title_accuracy": 0.98,
    "outlet_accuracy": 0.98,
    "url_accuracy": 0.98,
    "author_accuracy": 0.98,
    "published_accuracy": 0.98,
    "date_recall": 0.74,
    "date_precision": 0.87,
    "claims_covered": 0.60,
    "claim_sources_cited": 0.41,
}
CEILINGS = {
    "actor_false_positives": 39,
    "actor_splits": 17,
    "set_actor_splits": 12,
    "false_dates_from_numbers": 1,
}
# With persons.txt and organizations.txt emptied, recall may not fall further than this.
MAX_RECALL_DROP_WITHOUT_LISTS = 0.03


def _bench():
    spec = importlib.util.spec_from_file_location("bench_quality", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_quality", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures() -> dict:
    return _bench().evaluate(raw=False, emptied=True)


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(FLOORS))
def test_figure_stays_above_its_floor(figures: dict, key: str) -> None:
    value = figures["app"][key]
    assert value is not None and value >= FLOORS[key], (
        f"{key} fell to {value} (floor {FLOORS[key]}); "
        "run tests/benchmarks/bench_quality.py --details to see what changed"
    )


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(CEILINGS))
def test_error_count_stays_below_its_ceiling(figures: dict, key: str) -> None:
    assert figures["app"][key] <= CEILINGS[key], f"{key} rose to {figures['app'][key]}"


@pytest.mark.slow
def test_recall_holds_without_the_name_lists(figures: dict) -> None:
    with_lists = figures["app"]["actor_recall"]
    without = figures["app_lists_emptied"]["actor_recall"]
    assert without >= with_lists - MAX_RECALL_DROP_WITHOUT_LISTS, (with_lists, without)


@pytest.mark.slow
def test_every_corpus_article_has_gold_and_loads(figures: dict) -> None:
    corpus = BENCH.parents[1] / "fixtures" / "corpus"
    articles = [p for p in corpus.iterdir() if p.suffix in (".txt", ".html")]
    assert figures["articles"] == len(articles) >= 24
    assert figures["event_sets"] >= 4
