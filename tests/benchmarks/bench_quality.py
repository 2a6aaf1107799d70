"""Benchmark: the app's auto-fill against hand-written gold on real articles, beside raw spaCy.

Run with ``python tests/benchmarks/bench_quality.py [--corpus DIR] [--json] [--details]``. Every
article of the corpus (``tests/fixtures/corpus`` unless ``--corpus`` names another folder laid out
the same way, such as the held-out ``tests/fixtures/corpus_holdout``) is loaded through the app's
ingest (``load_source``); the model runs once over all of them (``analyze_sources``); each article
is then combined on its own (actors, types, dates, source metadata) and each event set together
(main claims and what they cite, and the other way round: of the sources a claim-carrying point
cites, the share that state a claim it carries). In the same run, raw spaCy (the same model, default
pipeline, ``nlp(text).ents`` on the same clean text) is scored the same way: PERSON -> person, ORG
-> organization, GPE/LOC/FAC -> place, NORP -> group, one actor per distinct entity text; its dates
are DATE entities read with dateparser; its "points" are the first two sentences of each article (a
lead baseline). The app is scored a second time with the hand-written name lists (``persons.txt``,
``organizations.txt``) emptied, to show how much comes from rules and how much from lists. A corpus
without event sets reports no claim figures.
The scoring rules are in ``tests/fixtures/corpus/README.md`` and ``quality_scoring.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality_scoring as qs  # noqa: E402

from briefing_app.analysis import analyze_sources, combine  # noqa: E402
from briefing_app.analysis.nlp import model_name  # noqa: E402
from briefing_app.ingest import SourceError, load_source  # noqa: E402
from briefing_app.model import Source  # noqa: E402

RAW_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
NAME_LISTS = ("persons.txt", "organizations.txt")


@contextmanager
def name_lists_emptied() -> Iterator[None]:
    """The analysis with ``persons.txt`` and ``organizations.txt`` read as empty files.

    Every lookup of a resource path answers an empty file for those two names, wherever the
    list reader lives (``briefing_app.resources`` or a module that imported its function).
    """
    # every module that reads a list is loaded first, so that each one is patched
    import briefing_app.analysis
    import briefing_app.ingest  # noqa: F401
    from briefing_app import resources
    from briefing_app.analysis import gazetteer as gz

    real = resources.resource_path
    patched_modules = [
        m
        for name, m in list(sys.modules.items())
        if name.startswith("briefing_app") and getattr(m, "resource_path", None) is real
    ]

    def clear() -> None:  # every table read from a list, not the gazetteer's alone
        clear_caches = getattr(resources, "clear_caches", None)
        if clear_caches is not None:
            clear_caches()
        elif hasattr(gz.gazetteer, "cache_clear"):  # a checkout from before clear_caches
            gz.gazetteer.cache_clear()

    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.txt"
        empty.write_text("", encoding="utf-8")

        def patched(*parts: str) -> Path:
            return empty if parts and parts[-1] in NAME_LISTS else real(*parts)

        for module in patched_modules:
            module.resource_path = patched
        clear()
        try:
            lists = gz.gazetteer()
            if getattr(lists, "persons", None) or getattr(lists, "organizations", None):
                raise RuntimeError("the gazetteer did not honour the emptied name lists")
            yield
        finally:
            for module in patched_modules:
                module.resource_path = real
            clear()


def _stems(sources: Sequence[Source], stem_of: dict[str, str], ids: Sequence[str]) -> list[str]:
    return [stem_of[i] for i in ids if i in stem_of]


def score_app(articles, sources, per_source, events) -> dict:
    """The app's figures: each article combined alone, each event set combined together."""
    counts = qs.Counts()
    stem_of = {s.id: a.stem for a, s in zip(articles, sources, strict=True)}
    by_stem = {a.stem: (s, sa) for a, s, sa in zip(articles, sources, per_source, strict=True)}
    for art, src, sa in zip(articles, sources, per_source, strict=True):
        analysis = combine([src], [sa])
        actors = [(a.name, list(a.aliases), a.type) for a in analysis.actors]
        qs.score_actors(counts, art.stem, actors, art.gold)
        # Every span a timeline entry cites is scored, not only the one that names it: an
        # entry merging "Monday" and "20 March" shows the analyst both, rightly or wrongly.
        cited = [(d.date, src.text[e.start : e.end]) for d in analysis.dates for e in d.evidence]
        qs.score_dates(counts, art.stem, cited, art.gold)
        meta = {key: getattr(src, key) for key in qs.FIELDS}
        qs.score_metadata(counts, art.stem, meta, art.gold)
    together = qs.Counts()  # actors of each event set, all its articles read at once
    gold_of = {a.stem: a.gold for a in articles}
    covered: dict[str, int] = {}  # claims covered, per event set (beside the lead baseline's)
    for event in events:
        members = [by_stem[s] for s in event["articles"]]
        analysis = combine([m[0] for m in members], [m[1] for m in members])
        points = [(k.text, _stems(sources, stem_of, k.sources)) for k in analysis.key_points]
        before = counts.values.get("claims_covered", 0)
        qs.score_claims(counts, event, points, analysis.summary)
        covered[event["name"]] = counts.values.get("claims_covered", 0) - before
        actors = [(a.name, list(a.aliases), a.type) for a in analysis.actors]
        gold = qs.merged_gold([gold_of[s] for s in event["articles"]])
        qs.score_actors(together, event["name"], actors, gold)
    figures = _figures(counts)
    figures.update(qs.set_actor_figures(together))
    figures["_notes"].update({f"event sets: {k}": v for k, v in together.notes.items()})
    figures["_covered_by_set"] = covered
    return figures


def lead_reference(articles, sources, per_source, events) -> dict:
    """A reference the app's points should beat: each article's first two body sentences as the
    app cuts them (headings, bylines, captions and other furniture left out, as
    ``keypoints.candidates`` leaves them out), each citing its own article, scored like the
    app's points. Printed beside the table; it changes no figure."""
    from briefing_app.analysis.gazetteer import gazetteer
    from briefing_app.analysis.keypoints import candidates

    needed = {stem for event in events for stem in event["articles"]}
    leads: dict[str, list[tuple[str, list[str]]]] = {}
    for art, src, sa in zip(articles, sources, per_source, strict=True):
        if art.stem in needed:
            sents = candidates([src], [sa.sentences], [[]], gazetteer())
            leads[art.stem] = [(s.text, [art.stem]) for s in sents if s.index < 2]
    counts = qs.Counts()
    covered: dict[str, int] = {}
    for event in events:
        points = [p for stem in event["articles"] for p in leads[stem]]
        before = counts.values.get("claims_covered", 0)
        qs.score_claims(counts, event, points, "")
        covered[event["name"]] = counts.values.get("claims_covered", 0) - before
    return {**qs.claim_figures(counts), "_covered_by_set": covered}


def below_lead(app: dict[str, int], lead: dict[str, int]) -> list[str]:
    """The event sets whose key points cover fewer claims than the lead baseline does."""
    return [f"{name}: app {n}, lead {lead[name]}" for name, n in app.items() if n < lead[name]]


def _raw_date(text: str) -> str:
    """ISO for a DATE entity's text, read with dateparser (no reference date: "Monday" fails)."""
    if re.fullmatch(r"(1[5-9]|20)\d\d", text.strip()):
        return text.strip()
    import dateparser

    for parts, width in ((["year", "month", "day"], 10), (["year", "month"], 7)):
        found = dateparser.parse(
            text, languages=["en"], settings={"REQUIRE_PARTS": parts, "STRICT_PARSING": True}
        )
        if found is not None:
            return found.date().isoformat()[:width]
    return ""


def score_raw(articles, sources, events) -> dict:
    """Raw spaCy on the same clean texts, scored by the same rules."""
    import spacy

    nlp = spacy.load(model_name())
    counts = qs.Counts()
    leads: dict[str, list[tuple[str, list[str]]]] = {}
    raw_actors: dict[str, dict[str, tuple[str, list[str], str]]] = {}
    for art, doc in zip(articles, nlp.pipe([s.text for s in sources]), strict=True):
        seen: dict[str, tuple[str, list[str], str]] = {}
        dates = []
        for ent in doc.ents:
            if ent.label_ in RAW_TYPES:
                seen.setdefault(ent.text.casefold(), (ent.text, [], RAW_TYPES[ent.label_]))
            elif ent.label_ == "DATE" and (iso := _raw_date(ent.text)):
                dates.append((iso, ent.text))
        raw_actors[art.stem] = seen
        qs.score_actors(counts, art.stem, list(seen.values()), art.gold)
        qs.score_dates(counts, art.stem, dates, art.gold)
        body = [s.text for s in doc.sents if len(s.text.split()) >= 6]
        leads[art.stem] = [(text, [art.stem]) for text in body[:2]]
    together = qs.Counts()
    gold_of = {a.stem: a.gold for a in articles}
    for event in events:
        points = [p for stem in event["articles"] for p in leads[stem]]
        qs.score_claims(counts, event, points, "")
        seen: dict[str, tuple[str, list[str], str]] = {}
        for stem in event["articles"]:
            for key, actor in raw_actors[stem].items():
                seen.setdefault(key, actor)
        gold = qs.merged_gold([gold_of[s] for s in event["articles"]])
        qs.score_actors(together, event["name"], list(seen.values()), gold)
    figures = _figures(counts)
    figures.update(qs.set_actor_figures(together))
    for key in qs.FIELDS:
        figures[f"{key}_accuracy"] = None  # spaCy reads no page metadata
    return figures


def _figures(counts: qs.Counts) -> dict:
    out: dict = {}
    out.update(qs.actor_figures(counts))
    out.update(qs.metadata_figures(counts))
    out.update(qs.date_figures(counts))
    out.update(qs.claim_figures(counts))
    out["_notes"] = counts.notes
    return out


def evaluate(*, raw: bool = True, emptied: bool = True, corpus: Path = qs.CORPUS) -> dict:
    """Every figure, as {"app": ..., "app_lists_emptied": ..., "raw_spacy": ..., ...}."""
    articles = qs.load_articles(corpus)
    if not articles:
        raise RuntimeError(f"{corpus}: no gold files in {corpus / 'gold'}")
    events = qs.load_event_sets(corpus)
    sources, failures = [], []
    for art in articles:
        try:
            sources.append(load_source(art.path))
        except SourceError as exc:
            failures.append(str(exc))
    if failures:
        raise RuntimeError("corpus files failed to load: " + "; ".join(failures))
    t = time.perf_counter()
    per_source = analyze_sources(sources)
    result = {
        "corpus": str(corpus),
        "articles": len(articles),
        "event_sets": len(events),
        "model": model_name(),
        "app": score_app(articles, sources, per_source, events),
    }
    by_set = result["app"].pop("_covered_by_set")
    if events:
        lead = lead_reference(articles, sources, per_source, events)
        below = below_lead(by_set, lead.pop("_covered_by_set"))
        lead["sets_below_lead"] = len(below)
        result["lead_reference"] = lead
        if below:
            result["app"]["_notes"]["event sets covering fewer claims than the lead"] = below
    if emptied:
        with name_lists_emptied():
            result["app_lists_emptied"] = score_app(articles, sources, per_source, events)
        result["app_lists_emptied"].pop("_covered_by_set")
    if raw:
        result["raw_spacy"] = score_raw(articles, sources, events)
    result["seconds"] = round(time.perf_counter() - t, 1)
    return result


ROWS = (
    ("actor_precision", "Actor precision"),
    ("actor_recall", "Actor recall"),
    ("actor_f1", "Actor F1"),
    ("actor_false_positives", "  false positives (count)"),
    ("actor_splits", "  splits (count)"),
    ("not_actors_listed", "  bylines/credits/cruft listed"),
    ("alias_pairs_merged", "Alias pairs merged"),
    ("set_actor_precision", "Actor precision, event sets read together"),
    ("set_actor_recall", "Actor recall, event sets read together"),
    ("set_actor_splits", "  splits across sources (count)"),
    ("type_accuracy", "Types right"),
    ("title_accuracy", "Source title right"),
    ("outlet_accuracy", "Source outlet right"),
    ("url_accuracy", "Source URL right"),
    ("author_accuracy", "Source author right"),
    ("published_accuracy", "Source date right"),
    ("date_recall", "Date recall"),
    ("date_recall_explicit", "  explicit dates"),
    ("date_recall_relative", "  relative dates (weekday, tomorrow)"),
    ("date_precision", "Date precision"),
    ("false_dates_from_numbers", "False dates from numbers (count)"),
    ("claims_covered", "Main claims covered"),
    ("claim_sources_cited", "Stating sources cited per covered claim"),
    ("citations_stating", "Citations of claim-carrying points that state a claim they carry"),
)
COLUMNS = (("app", "app"), ("app_lists_emptied", "app, lists emptied"), ("raw_spacy", "raw spaCy"))


def _cell(value) -> str:
    return "—" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))


def table(result: dict) -> str:
    cols = [(k, label) for k, label in COLUMNS if k in result]
    lines = [f"| metric | {' | '.join(label for _, label in cols)} |"]
    lines.append("|---|" + "---:|" * len(cols))
    for key, label in ROWS:
        lines.append(f"| {label} | {' | '.join(_cell(result[k].get(key)) for k, _ in cols)} |")
    return "\n".join(lines)


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list every miss and error")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=qs.CORPUS,
        metavar="DIR",
        help="a corpus folder with its gold/ (default: tests/fixtures/corpus)",
    )
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    if not (corpus / "gold").is_dir():
        print(f"{args.corpus}: not a corpus folder (no gold/ inside)", file=sys.stderr)
        return 2
    result = evaluate(corpus=corpus)
    notes = {k: result[k].pop("_notes") for k, _ in COLUMNS if k in result}
    if args.json:
        if args.details:
            result["details"] = notes
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(
        f"corpus {_shown(corpus)}: {result['articles']} articles, "
        f"{result['event_sets']} event sets, "
        f"model {result['model']}, {result['seconds']} s"
    )
    print(table(result))
    lead = result.get("lead_reference")
    if lead:
        print(
            "Reference, each article's first two body sentences as the app cuts them: "
            f"claims covered {_cell(lead['claims_covered'])}, "
            f"stating sources cited {_cell(lead['claim_sources_cited'])}; "
            f"event sets where it covers more claims than the app: {lead['sets_below_lead']}"
        )
    if args.details:
        for column, found in notes.items():
            for kind, items in sorted(found.items()):
                print(f"\n[{column}] {kind} ({len(items)}):")
                for item in items:
                    print(f"  {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
