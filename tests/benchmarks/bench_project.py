"""Benchmark: open and save a .briefing project with 200 analysed sources.

Run: python tests/benchmarks/bench_project.py
Prints load_project's median time against two baselines measured in the same run (a bare
sqlite3 SELECT of every row, and json.loads of the same content as one JSON file), and the
time to save after one source changed. Target: opening a 200-source project <= 2 s in all,
so load_project should take well under 0.3 s.
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from briefing_app.model import Annotation, Paragraph, Source, source_id_for
from briefing_app.store import ProjectState, load_project, project, save_project

SOURCES = 200
WORDS = 1500
RUNS = 7
MODEL_KEY = "en_core_web_sm-3.8.0/analysis-1"


def _words(rng: random.Random, n: int) -> list[str]:
    vocab = [
        "minister",
        "Kazakhstan",
        "talks",
        "Putin",
        "Tokayev",
        "said",
        "agreement",
        "energy",
        "the",
        "of",
        "and",
        "in",
        "on",
        "a",
        "security",
        "border",
        "Moscow",
        "Astana",
        "gas",
        "Sunday",
        "president",
        "summit",
        "officials",
        "trade",
        "would",
        "report",
        "état",
        "—",
    ]
    return [rng.choice(vocab) for _ in range(n)]


def _analysis(rng: random.Random, sid: str, text: str) -> dict:
    """A per-source analysis dict of realistic shape and size (~30-60 KB of JSON)."""
    spans = []
    pos = 0
    for _ in range(rng.randint(260, 560)):
        start = rng.randint(pos, pos + 40)
        end = start + rng.randint(3, 25)
        pos = end
        spans.append(
            {
                "start": start,
                "end": end,
                "label": rng.choice(["PERSON", "ORG", "GPE", "DATE"]),
                "text": text[start:end],
                "sentence": [max(0, start - 60), end + 60],
            }
        )
    return {
        "source": sid,
        "model": MODEL_KEY,
        "entities": spans,
        "sentences": [[i * 120, i * 120 + 110] for i in range(80)],
        "key_points": [
            {
                "text": text[i * 300 : i * 300 + 200],
                "score": rng.random(),
                "evidence": [sid, i, i + 200],
            }
            for i in range(12)
        ],
        "dates": [
            {"iso": f"2026-11-{d:02d}", "start": d * 50, "end": d * 50 + 10} for d in range(1, 25)
        ],
    }


def build_state(sources: int = SOURCES, seed: int = 1) -> ProjectState:
    rng = random.Random(seed)
    state = ProjectState(sources=[], originals={})
    for i in range(sources):
        text = " ".join(_words(rng, WORDS))
        original = f"<html><body><article><p>{text}</p></article></body></html>".encode() * 2
        sid = source_id_for(original + str(i).encode())
        state.sources.append(
            Source(
                id=sid,
                path=f"/home/analyst/sources/article-{i:03d}.html",
                format="html",
                text=text,
                sha256=sid * 4,
                paragraphs=[Paragraph(0, len(text))],
                title=f"Article {i}",
                outlet="Example News",
                published="2026-11-26",
            )
        )
        state.originals[sid] = original
        state.analysis_cache[(sid, MODEL_KEY)] = _analysis(rng, sid, text)
        if i % 4 == 0:
            state.annotations.append(
                Annotation(f"ann-{i}", sid, 10, 40, quote=text[10:40], comment="check", tags=["x"])
            )
    state.briefing = {
        "title": "Benchmark briefing",
        "sections": [
            {"id": f"s{k}", "blocks": [{"text": " ".join(_words(rng, 60))} for _ in range(8)]}
            for k in range(6)
        ],
    }
    state.actor_decisions = [{"op": "rename", "actor": f"a{k}", "to": f"b{k}"} for k in range(20)]
    state.settings = {"template": "situation-report", "page_size": "A4"}
    return state


def _median(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _bare_select(path: Path) -> None:
    conn = sqlite3.connect(path)
    for table in ("sources", "originals", "analysis_cache", "annotations", "briefing"):
        conn.execute(f"SELECT * FROM {table}").fetchall()
    conn.close()


def main() -> int:
    state = build_state()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.briefing"
        t0 = time.perf_counter()
        save_project(path, state)
        first_save = time.perf_counter() - t0
        size_mb = path.stat().st_size / 1e6

        as_json = Path(tmp) / "bench.json"
        as_json.write_text(
            json.dumps(
                {
                    "sources": [s.to_dict() for s in state.sources],
                    "cache": [[k[0], k[1], v] for k, v in state.analysis_cache.items()],
                    "annotations": [a.to_dict() for a in state.annotations],
                    "briefing": state.briefing,
                }
            ),
            encoding="utf-8",
        )

        no_cache = Path(tmp) / "no-cache.briefing"
        cache = state.analysis_cache
        state.analysis_cache = {}
        save_project(no_cache, state)
        state.analysis_cache = cache

        load = _median(lambda: load_project(path))
        load_no_cache = _median(lambda: load_project(no_cache))
        bare = _median(lambda: _bare_select(path))
        json_base = _median(lambda: json.loads(as_json.read_text(encoding="utf-8")))
        assert load_project(path) == state

        def save_one_changed() -> dict:
            state.sources[100].title += "!"
            return project.save(path, state)

        written = save_one_changed()
        assert written["sources"] == 1 and written["analysis_cache"] == 0, written
        save_one = _median(save_one_changed, runs=5)

        print(f"project: {SOURCES} sources x {WORDS} words, file {size_mb:.1f} MB")
        cache_kb = [len(json.dumps(v)) / 1000 for v in state.analysis_cache.values()]
        print(f"analysis cache entries: {min(cache_kb):.0f}-{max(cache_kb):.0f} KB of JSON each")
        print(f"first save (new file):       {first_save * 1000:7.1f} ms")
        print(f"load_project (median of {RUNS}):  {load * 1000:7.1f} ms   target < 300 ms")
        print(f"  the same without the cache: {load_no_cache * 1000:7.1f} ms   (rest: cache JSON)")
        print(f"baseline bare SELECT *:      {bare * 1000:7.1f} ms   ratio {load / bare:.2f}x")
        ratio = load / json_base
        print(f"baseline json.loads 1 file:  {json_base * 1000:7.1f} ms   ratio {ratio:.2f}x")
        print(f"save, one source changed:    {save_one * 1000:7.1f} ms  (median of 5)")
        return 0 if load < 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
